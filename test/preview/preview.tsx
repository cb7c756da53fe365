/**
 * The preview: the real task pane next to a document in the Word double, for machines without Word and for the
 * end-to-end tests. Development only: never part of the production build.
 */
import { memo, useEffect, useMemo, useReducer, useState } from "react";
import { createRoot } from "react-dom/client";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { PANE_MESSAGES } from "../../src/taskpane/messages";
import { LATER_MESSAGES } from "../../src/taskpane/messages-later";
import { parseNota } from "../../src/nota/parser";
import { fill } from "../../src/i18n";
import { App, initialTab } from "../../src/taskpane/App";
import { createServices } from "../../src/taskpane/services";
import { DEFAULT_PROFILE } from "../../src/checks/profile";
import { readDocx } from "../../src/docx/reader";
import { DocxError, MAX_FILE_MB } from "../../src/docx/package";
import { describeDocxError } from "../../src/docx/messages";
import { ALL_SETS, FLOOR_SETS, WEB_SETS, WordDocumentModel, WordDouble } from "../word-double";
import { PREVIEW_MESSAGES } from "./messages";
import { previewDocument } from "./document";

const params = new URLSearchParams(window.location.search);
const locale = params.get("lang") === "en" ? "en" : "nl";
const dark = params.get("theme") === "dark";
const sets = params.get("sets") === "web" ? WEB_SETS : params.get("sets") === "floor" ? FLOOR_SETS : ALL_SETS;
/** The double for a document: `?sets=web` is Word on the web, its platform too (what the web refuses, refused). */
const doubleOf = (model: WordDocumentModel) => {
  const double = new WordDouble(model, sets);
  if (params.get("sets") === "web") double.platform = "web";
  return double;
};
const text = PREVIEW_MESSAGES[locale];
/** `?word=library`: everything through Microsoft's library, nothing routed to the double (./document.ts). */
const routing = params.get("word") === "library" ? "library-only" : "routed";

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  banner: {
    gridColumn: "1 / span 2",
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  doc: { padding: "24px", overflow: "auto" },
  sheet: {
    maxWidth: "760px",
    margin: "0 auto",
    padding: "48px 56px",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow8,
    fontFamily: "Verdana, sans-serif",
    fontSize: "13px",
  },
  pane: {
    width: "340px",
    minWidth: "300px",
    maxWidth: "720px",
    resize: "horizontal",
    overflow: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  para: { margin: "0 0 6px 0", minHeight: "1em", outlineOffset: "2px" },
  control: { borderLeft: `3px solid ${tokens.colorBrandStroke2}`, paddingLeft: "6px" },
  tag: { fontSize: "10px", color: tokens.colorBrandForeground2, fontFamily: "monospace" },
  placeholder: { color: tokens.colorNeutralForeground4, fontStyle: "italic" },
  selected: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  woo: {
    outline: `1px solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  cell: { marginLeft: "16px", borderLeft: `1px dotted ${tokens.colorNeutralStroke1}`, paddingLeft: "6px" },
  list: { marginLeft: "18px" },
  /** The bullet Word draws: shown, but not text (not in textContent, not in the selection's offsets). */
  bullet: { "::before": { content: "attr(data-prefix)" } },
  comment: { fontSize: "11px", color: tokens.colorPaletteMarigoldForeground2, margin: "0 0 6px 24px" },
  pageHeader: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    padding: "8px",
    marginBottom: "16px",
    fontSize: "11px",
  },
  pageBreak: {
    borderTop: `1px dashed ${tokens.colorNeutralStroke1}`,
    fontSize: "10px",
    color: tokens.colorNeutralForeground3,
    margin: "8px 0",
  },
});

/** The author's text selection inside one paragraph, as the double's selection (Document.getSelection). */
function useSelectionSync(double: WordDouble) {
  useEffect(() => {
    const onChange = () => {
      const sel = window.getSelection();
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- the browser's DOM selection, not a Word proxy
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
      const range = sel.getRangeAt(0);
      const at = (node: Node) =>
        (node instanceof Element ? node : node.parentElement)?.closest("[data-paragraph]");
      const p = at(range.startContainer);
      if (!p || p !== at(range.endContainer)) return;
      const offset = (node: Node, pos: number) => {
        const before = document.createRange();
        before.selectNodeContents(p);
        before.setEnd(node, pos);
        return before.toString().length;
      };
      const paragraph = double.model.paragraphs[Number(p.getAttribute("data-paragraph"))];
      if (!paragraph) return;
      const start = Math.max(0, offset(range.startContainer, range.startOffset));
      const end = Math.min(paragraph.text.length, offset(range.endContainer, range.endOffset));
      if (end > start) double.model.selection = { paragraphUids: [paragraph.uid], start, end };
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [double]);
}

/** Documents the add-in created (Application.createDocument), as the .docx reader reads them. */
function CreatedDocuments({ double, version }: { double: WordDouble; version: number }) {
  const styles = useStyles();
  void version;
  const docs = double.model.createdDocuments;
  if (!docs.length) return null;
  const paragraphs = readDocx(docs[docs.length - 1]).paragraphs;
  return (
    <div className={styles.sheet} role="document" aria-label={text.created} data-testid="created-document">
      {paragraphs.map((p) => (
        <p key={p.index} className={styles.para}>
          {p.text}
        </p>
      ))}
    </div>
  );
}

/** A paragraph's text with its Woo marks drawn as Word draws tagged controls. */
function withMarks(
  text: string,
  marks: { id: number; tag: string; span?: { start: number; end: number } }[],
  className: string,
) {
  if (!marks.length) return text;
  const out: React.ReactNode[] = [];
  let at = 0;
  for (const m of [...marks].sort((a, b) => a.span!.start - b.span!.start)) {
    if (m.span!.start < at) continue;
    out.push(text.slice(at, m.span!.start));
    out.push(
      <span key={m.id} className={className} title={m.tag} data-woo={m.tag}>
        {text.slice(m.span!.start, m.span!.end)}
      </span>,
    );
    at = m.span!.end;
  }
  out.push(text.slice(at));
  return out;
}

/** The paragraph being edited: its content is the browser's until it loses the focus (then it is committed). */
let editing: number | undefined;

interface ParagraphProps {
  uid: number;
  index: number;
  text: string;
  className: string;
  fontSize?: string;
  bold: boolean;
  prefix: string;
  selected: boolean;
  range?: [number, number];
  marks: { id: number; tag: string; span?: { start: number; end: number } }[];
  markClass: string;
  onCommit: (value: string) => void;
}

/**
 * One editable paragraph. While it has the focus React leaves it alone (a re-render for another paragraph's
 * change would otherwise rewrite the text the person is typing); on blur its text goes to the double.
 */
const EditableParagraph = memo(
  function EditableParagraph(props: ParagraphProps) {
    const { text: value, range } = props;
    return (
      <p
        className={props.className}
        style={{ fontSize: props.fontSize, fontWeight: props.bold ? 700 : undefined }}
        contentEditable
        suppressContentEditableWarning
        data-paragraph={props.index}
        data-prefix={props.prefix || undefined}
        data-selected={props.selected ? "true" : undefined}
        onFocus={() => (editing = props.uid)}
        onBlur={(e) => {
          if (editing === props.uid) editing = undefined;
          const typed = e.currentTarget.textContent ?? "";
          if (typed !== value) props.onCommit(typed);
        }}
      >
        {range ? (
          <>
            {value.slice(0, range[0])}
            <mark>{value.slice(range[0], range[1])}</mark>
            {value.slice(range[1])}
          </>
        ) : (
          withMarks(value, props.marks, props.markClass)
        )}
      </p>
    );
  },
  (before, after) =>
    editing === after.uid ||
    (before.text === after.text &&
      before.className === after.className &&
      before.index === after.index &&
      before.selected === after.selected &&
      before.range?.join() === after.range?.join() &&
      JSON.stringify(before.marks) === JSON.stringify(after.marks)),
);

/** Paragraphs drawn in slices, one per frame: a 20,000-paragraph document never freezes the page. */
const SLICE = 400;
function useProgressive(total: number, double: WordDouble): number {
  const [shown, setShown] = useState(Math.min(total, SLICE));
  useEffect(() => setShown(Math.min(total, SLICE)), [double, total]);
  useEffect(() => {
    if (shown >= total) return;
    const frame = requestAnimationFrame(() => setShown((n) => Math.min(total, n + SLICE)));
    return () => cancelAnimationFrame(frame);
  }, [shown, total]);
  return shown;
}

function DocumentView({ double, version }: { double: WordDouble; version: number }) {
  const styles = useStyles();
  const model = double.model;
  const selection = model.selection;
  void version;
  useSelectionSync(double);
  const shown = useProgressive(model.paragraphs.length, double);
  return (
    <div className={styles.sheet} role="document" aria-label={text.document} data-testid="document">
      {[...model.headers.FirstPage, ...model.headers.Primary].some((p) => p.text.trim()) && (
        <div className={styles.pageHeader} aria-label={text.pageHeader}>
          {[...model.headers.FirstPage, ...model.headers.Primary].map((p) => (
            <p
              key={p.uid}
              className={styles.para}
              data-selected={selection?.paragraphUids.includes(p.uid) ? "true" : undefined}
              style={{
                fontWeight: p.bold ? 700 : undefined,
                marginLeft: p.cell ? `${p.cell.column * 140}px` : undefined,
              }}
            >
              {p.text}
            </p>
          ))}
        </div>
      )}
      {model.paragraphs.slice(0, shown).map((p, i) => {
        const previous = model.paragraphs[i - 1];
        const controls = p.controls.map((id) => model.controls.get(id)).filter((c) => c !== undefined);
        const newControls = controls.filter((c) => !previous?.controls.includes(c.id));
        const placeholder = controls.some((c) => c.showingPlaceholder);
        const selected = selection?.paragraphUids.includes(p.uid);
        const size = p.outlineLevel < 10 ? `${Math.max(13, 22 - p.outlineLevel * 3)}px` : undefined;
        const classes = [
          styles.para,
          controls.length ? styles.control : "",
          placeholder ? styles.placeholder : "",
          p.cell ? styles.cell : "",
          p.isListItem ? styles.list : "",
        ];
        // A selection inside the paragraph is drawn, unless the paragraph has marks (they are drawn instead).
        const range =
          selected &&
          selection?.start !== undefined &&
          selection.end !== undefined &&
          !controls.some((c) => c.span)
            ? [selection.start, selection.end]
            : undefined;
        return (
          <div key={p.uid}>
            {previous && p.page > previous.page && <div className={styles.pageBreak}>— blz. {p.page} —</div>}
            {newControls.map((c) => (
              <div key={c.id} className={styles.tag}>
                {c.tag}
              </div>
            ))}
            <EditableParagraph
              uid={p.uid}
              index={i}
              text={p.text}
              className={[
                ...classes,
                p.isListItem && p.outlineLevel >= 10 ? styles.bullet : "",
                selected && !range ? styles.selected : "",
              ].join(" ")}
              fontSize={size}
              bold={p.outlineLevel < 10 || !!p.bold}
              prefix={p.isListItem && p.outlineLevel >= 10 ? "• " : ""}
              selected={!!selected}
              range={range ? [range[0], range[1]] : undefined}
              marks={controls.filter((c) => c.span).map((c) => ({ id: c.id, tag: c.tag, span: c.span }))}
              markClass={styles.woo}
              onCommit={(value) => double.type(i, value)}
            />
            {model.comments
              .filter((c) => c.paragraphUid === p.uid)
              .map((c) => (
                <div key={c.id} className={styles.comment} role="note">
                  {text.comment}: {c.content}
                </div>
              ))}
          </div>
        );
      })}
    </div>
  );
}

function Preview({ initial }: { initial: WordDouble }) {
  const styles = useStyles();
  const [double, setDouble] = useState(initial);
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  const [status, setStatus] = useState<string>();
  useEffect(() => {
    const listener = () => bump();
    double.changeListeners.add(listener);
    return () => {
      double.changeListeners.delete(listener);
    };
  }, [double]);
  const services = useMemo(() => {
    const { document, traffic } = previewDocument(double, Word, OfficeExtension, locale, routing);
    // For the end-to-end test: the requests Microsoft's library sent to the double.
    (window as unknown as { notaLibraryTraffic: unknown }).notaLibraryTraffic = traffic;
    return createServices(document, locale, DEFAULT_PROFILE);
  }, [double]);
  /** A dropped document that is not a nota (a letter): kept aside until the person says to open it. */
  const [pending, setPending] = useState<{ name: string; model: WordDocumentModel }>();
  const open = (name: string, model: WordDocumentModel) => {
    setPending(undefined);
    setDouble(doubleOf(model));
    setStatus(fill(text.dropped, { name, n: model.paragraphs.length }, locale));
  };
  const onDrop = async (e: React.DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (!file) return;
    try {
      // The same limits and sentences as the pane's letter picker and the command line.
      if (file.size > MAX_FILE_MB * 1024 * 1024)
        throw new DocxError({ code: "file-too-large", mb: MAX_FILE_MB });
      // Said before the reading starts, and painted: reading a large file takes a moment.
      setStatus(fill(text.dropReading, { name: file.name }, locale));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const model = WordDocumentModel.fromDocx(new Uint8Array(await file.arrayBuffer()));
      const nota = parseNota(model.toSnapshot());
      if (!Object.keys(nota.header).length && !Object.keys(nota.blocks).length) {
        setStatus(undefined);
        setPending({ name: file.name, model });
        return;
      }
      open(file.name, model);
    } catch (err) {
      const detail = err instanceof DocxError ? describeDocxError(err, locale) : (err as Error).message;
      setStatus(fill(text.dropFailed, { name: file.name, detail }, locale));
    }
  };
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={styles.page} onDragOver={(e) => e.preventDefault()} onDrop={(e) => void onDrop(e)}>
        <header className={styles.banner} role="banner">
          <strong>{text.banner}</strong>
          <div>{text.bannerDetail}</div>
          <div>{routing === "routed" ? text.library : text.libraryOnly}</div>
          {status && <div role="status">{status}</div>}
          {pending && (
            <MessageBar intent="warning">
              <MessageBarBody>{fill(text.notANota, { name: pending.name }, locale)}</MessageBarBody>
              <MessageBarActions>
                <Button onClick={() => open(pending.name, pending.model)}>{text.openAnyway}</Button>
                <Button onClick={() => setPending(undefined)}>{text.keep}</Button>
              </MessageBarActions>
            </MessageBar>
          )}
        </header>
        <div className={styles.doc}>
          <DocumentView double={double} version={version} />
          <CreatedDocuments double={double} version={version} />
        </div>
        <aside className={styles.pane} aria-label={text.pane} data-testid="pane">
          <App
            key={double.id}
            services={services}
            theme={dark ? webDarkTheme : webLightTheme}
            tab={initialTab(window.location.search, window.localStorage)}
            storage={window.localStorage}
          />
        </aside>
      </div>
    </FluentProvider>
  );
}

/** Starts once the page's scripts are in: Microsoft's library (preview.html) is loaded before this bundle. */
void (async () => {
  // The pane's English catalogue before the first render, as the add-in's entry point does.
  await Promise.all([PANE_MESSAGES.load(locale), LATER_MESSAGES.load(locale)]);
  const seed = params.get("doc") ?? "example-nota.docx";
  const model =
    seed === "empty"
      ? WordDocumentModel.fromSnapshot({
          paragraphs: [],
          customXmlParts: [],
          properties: {},
          pageSource: "none",
        })
      : WordDocumentModel.fromDocx(
          new Uint8Array(await (await fetch(`fixtures/${encodeURIComponent(seed)}`)).arrayBuffer()),
        );
  createRoot(document.getElementById("root")!).render(<Preview initial={doubleOf(model)} />);
})();
