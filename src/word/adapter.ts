/**
 * NotaDocument implemented with Office.js. The only module that calls Word. Every operation is one Word.run
 * in the batch pattern: queue loads, sync once, compute, queue writes, sync once.
 */
import {
  AFSTEMMING_NAMESPACE,
  Afstemming,
  afstemmingToXml,
  formatParties,
  normalizeAfstemming,
} from "../nota/afstemming";
import {
  CompiledLexicon,
  FlagSentenceSettings,
  buildFlagSentence,
  findPassages,
  findTopics,
} from "../nota/emancipation";
import { HeaderField, afstemmingOf, parseNota } from "../nota/parser";
import { BlockId, FieldId, NOTA_SCHEMA, TAGS, blockSpec, parseTag } from "../nota/schema";
import { DocumentSnapshot, SnapshotParagraph, Story, storyOf } from "../nota/snapshot";
import type { DocumentEdit, Finding } from "../checks/types";
import { TemplateValues, templateBodyXml } from "../docx/ooxml-template";
import { NotaWordError, toNotaWordError } from "./errors";
import { templateFlatOpc, toBase64 } from "./ooxml";
import { fold, localIndex, relocate } from "./places";
import type {
  Capabilities,
  GoToTarget,
  NotaDocument,
  PassageResult,
  ReadOptions,
  TemplatePlacement,
} from "./types";

/** What the adapter needs from Office: `Word.run` and the requirement-set check. Tests hand in the double. */
export interface WordHost {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/** Marks the comments this add-in writes, so that it removes only its own. */
export const COMMENT_MARKER = "[Nota-assistent]";

/** Word's search takes at most 255 characters. */
const MAX_SEARCH = 255;

export function detectCapabilities(host: Pick<WordHost, "isSetSupported">): Capabilities {
  return {
    customXmlParts: host.isSetSupported("WordApi", "1.4"),
    comments: host.isSetSupported("WordApi", "1.4"),
    paragraphEvents: host.isSetSupported("WordApi", "1.6"),
    pages: host.isSetSupported("WordApiDesktop", "1.2"),
    createDocument: host.isSetSupported("WordApi", "1.3"),
  };
}

/** Word's paragraph text uses \v for line breaks and \r at ends; the snapshot uses \n. */
function cleanText(text: string): string {
  return text.replace(/\r\n?|\v/g, "\n").replace(/\n$/, "");
}

/** Which occurrence of `needle` in `text` starts at `start` (0 for the first). */
function occurrenceAt(text: string, needle: string, start: number): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0 && i < start; i = text.indexOf(needle, i + 1)) n++;
  return n;
}

const HEADER_STORIES: Story[] = ["firstPageHeader", "primaryHeader"];

const PARAGRAPH_PROPS_13 =
  "items/text,items/style,items/styleBuiltIn,items/outlineLevel,items/isListItem,items/tableNestingLevel,items/font/bold";

/** A story's paragraphs: the body, or the first section's page header. */
function storyParagraphs(context: Word.RequestContext, story: Story): Word.ParagraphCollection {
  if (story === "body") return context.document.body.paragraphs;
  return context.document.sections.getFirst().getHeader(story === "firstPageHeader" ? "FirstPage" : "Primary")
    .paragraphs;
}

/**
 * The paragraphs of the stories a snapshot has, loaded with their text in one batch, and found again after
 * the sync by their text near their old place.
 */
class LiveParagraphs {
  private readonly collections = new Map<Story, Word.ParagraphCollection>();

  constructor(
    context: Word.RequestContext,
    private readonly snapshot: DocumentSnapshot,
  ) {
    for (const story of new Set(snapshot.paragraphs.map(storyOf)).add("body")) {
      this.collections.set(story, storyParagraphs(context, story).load("items/text"));
    }
  }

  /** Call after the sync: the paragraph that was snapshot paragraph `index`; "stale" when it is gone. */
  find(index: number): Word.Paragraph {
    const p = this.snapshot.paragraphs[index];
    const collection = p ? this.collections.get(storyOf(p)) : undefined;
    const at = collection
      ? relocate(
          collection.items.map((q) => cleanText(q.text)),
          localIndex(this.snapshot, index),
          p.text,
        )
      : undefined;
    if (at === undefined) throw new NotaWordError("stale");
    return collection!.items[at];
  }

  get body(): Word.Paragraph[] {
    return this.collections.get("body")!.items;
  }
}

export class OfficeNotaDocument implements NotaDocument {
  readonly capabilities: Capabilities;

  constructor(private readonly host: WordHost) {
    this.capabilities = detectCapabilities(host);
  }

  private async run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.host.run(batch);
    } catch (err) {
      throw toNotaWordError(err);
    }
  }

  async readSnapshot(options: ReadOptions = {}): Promise<DocumentSnapshot> {
    const caps = this.capabilities;
    return this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load(PARAGRAPH_PROPS_13);
      const controls = context.document.body.contentControls;
      controls.load("items/tag,items/text,items/placeholderText");
      const records = caps.customXmlParts
        ? context.document.customXmlParts.getByNamespace(AFSTEMMING_NAMESPACE)
        : undefined;
      records?.load("items/id");
      // The first page's header, where house-style templates keep the nota's header column.
      const headers = HEADER_STORIES.map((story) => ({
        story,
        paragraphs: storyParagraphs(context, story).load(PARAGRAPH_PROPS_13),
      }));
      await context.sync();
      const header = headers.find((h) => h.paragraphs.items.some((p) => p.text.trim()));
      const all = [...paragraphs.items, ...(header?.paragraphs.items ?? [])];
      const bodyCount = paragraphs.items.length;

      // Second round: which paragraphs each control holds, table cells, the record's XML, pages.
      const controlParagraphs = controls.items.map((cc) => cc.paragraphs.load("items/text"));
      const cells = all.map((p) =>
        p.tableNestingLevel > 0 ? p.parentTableCellOrNullObject.load("rowIndex,cellIndex") : undefined,
      );
      const xml = records?.items.map((part) => part.getXml()) ?? [];
      const lexicon = options.pagesFor;
      const pages =
        caps.pages && lexicon
          ? paragraphs.items.map((p) =>
              findTopics(p.text, lexicon).length ? p.getRange("Start").pages.load("items/index") : undefined,
            )
          : [];
      await context.sync();

      const snapshotParagraphs: SnapshotParagraph[] = [];
      let table = -1;
      let previousDepth = 0;
      all.forEach((p, index) => {
        const depth = p.tableNestingLevel;
        if ((depth > 0 && previousDepth === 0) || (depth > 0 && index === bodyCount)) table++;
        previousDepth = depth;
        const sp: SnapshotParagraph = {
          index,
          text: cleanText(p.text),
          isListItem: p.isListItem,
          tableDepth: depth,
          contentControlTags: [],
          style:
            p.styleBuiltIn && p.styleBuiltIn !== "Other"
              ? { name: p.style, builtIn: p.styleBuiltIn }
              : { name: p.style },
        };
        if (p.outlineLevel >= 1 && p.outlineLevel <= 9) sp.outlineLevel = p.outlineLevel;
        if (p.font.bold !== null && sp.text.trim()) sp.bold = p.font.bold;
        const cell = cells[index];
        if (cell && !cell.isNullObject) sp.cell = { table, row: cell.rowIndex, column: cell.cellIndex };
        const page = pages[index];
        if (page && page.items.length) sp.page = page.items[0].index;
        if (index >= bodyCount && header) {
          sp.story = header.story;
          sp.page = 1;
        }
        snapshotParagraphs.push(sp);
      });
      this.attachControls(
        snapshotParagraphs,
        controls.items.map((cc, i) => ({
          tag: cc.tag,
          placeholder: !!cc.placeholderText && fold(cc.text) === fold(cc.placeholderText),
          texts: controlParagraphs[i].items.map((q) => cleanText(q.text)),
        })),
      );
      return {
        paragraphs: snapshotParagraphs,
        customXmlParts: xml.map((x, i) => ({
          id: records!.items[i].id,
          namespace: AFSTEMMING_NAMESPACE,
          xml: x.value,
        })),
        properties: {},
        pageSource: pages.some((p) => p !== undefined) ? "layout" : "none",
      };
    });
  }

  /**
   * Content controls list their paragraphs; Word gives no paragraph → control link below WordApi 1.6, so match
   * each control's paragraph texts to a run of body paragraphs. Controls come in document order: the next one
   * starts after the previous one ends (a sibling, searched first) or lies inside it (nested).
   */
  private attachControls(
    paragraphs: SnapshotParagraph[],
    controls: { tag: string; placeholder: boolean; texts: string[] }[],
  ) {
    const texts = paragraphs.map((p) => fold(p.text));
    const matchAt = (i: number, want: string[]) => want.every((t, k) => texts[i + k] === t);
    let previous = { start: 0, end: -1 };
    for (const cc of controls) {
      const want = cc.texts.map(fold);
      if (!want.length) continue;
      let at = -1;
      for (let i = previous.end + 1; i + want.length <= texts.length && at < 0; i++)
        if (matchAt(i, want)) at = i;
      for (let i = previous.start; i + want.length - 1 <= previous.end && at < 0; i++)
        if (matchAt(i, want)) at = i;
      if (at < 0) continue;
      for (let k = 0; k < want.length; k++) {
        const p = paragraphs[at + k];
        if (cc.tag) p.contentControlTags.push(cc.tag);
        if (cc.placeholder) p.placeholder = true;
      }
      previous = { start: at, end: at + want.length - 1 };
    }
  }

  async insertTemplate(values: TemplateValues, placement: TemplatePlacement): Promise<void> {
    if (placement === "new-document" && !this.capabilities.createDocument)
      throw new NotaWordError("unsupported");
    // The zip writer is only needed for a new document: loaded then, not with the pane.
    const docx =
      placement === "new-document"
        ? (await import("../docx/template-docx")).buildTemplateDocx({ values })
        : undefined;
    await this.run(async (context) => {
      if (placement === "new-document") {
        context.application.createDocument(toBase64(docx!)).open();
      } else {
        context.document.body.insertOoxml(templateFlatOpc({ values }), "Start");
      }
      await context.sync();
    });
  }

  async isEmpty(): Promise<boolean> {
    return this.run(async (context) => {
      const body = context.document.body;
      body.load("text");
      const tables = body.tables;
      tables.load("items");
      await context.sync();
      return body.text.trim() === "" && tables.items.length === 0;
    });
  }

  async setField(field: FieldId, value: string): Promise<void> {
    await this.run(async (context) => {
      // getFirst fails the batch with ItemNotFound when the control is gone; nothing is written then.
      context.document.contentControls.getByTag(TAGS.field(field)).getFirst().insertText(value, "Replace");
      await context.sync();
    }).catch((err: NotaWordError) => {
      throw err.code === "not-found" ? new NotaWordError("field-missing", err.officeCode, err) : err;
    });
  }

  async goTo(target: GoToTarget): Promise<void> {
    await this.run(async (context) => {
      const paragraphs = storyParagraphs(context, target.story ?? "body");
      paragraphs.load("items/text");
      const control = target.tag
        ? context.document.contentControls.getByTag(target.tag).getFirstOrNullObject()
        : undefined;
      control?.load("id");
      await context.sync();
      if (control && !control.isNullObject) {
        control.select("Select");
        await context.sync();
        return;
      }
      const index = relocate(
        paragraphs.items.map((p) => cleanText(p.text)),
        target.paragraph,
        target.text,
      );
      if (index === undefined) throw new NotaWordError("stale");
      const paragraph = paragraphs.items[index];
      const text = cleanText(paragraph.text);
      const needle =
        target.start !== undefined && target.end !== undefined ? text.slice(target.start, target.end) : "";
      if (!needle.trim() || needle.length > MAX_SEARCH || /[\n\t]/.test(needle)) {
        paragraph.select("Select");
        await context.sync();
        return;
      }
      const found = paragraph.search(needle, { matchCase: true });
      found.load("items");
      await context.sync();
      const which = occurrenceAt(text, needle, target.start!);
      (found.items[which] ?? paragraph).select("Select");
      await context.sync();
    });
  }

  async readAfstemming() {
    return afstemmingOf(parseNota(await this.readSnapshot()));
  }

  async writeAfstemming(afstemming: Afstemming): Promise<void> {
    const clean = normalizeAfstemming(afstemming);
    const snapshot = await this.readSnapshot();
    const nota = parseNota(snapshot);
    const fields: [FieldId, string][] = [
      ["intern-afgestemd", formatParties(clean.internal)],
      ["extern-afgestemd", formatParties(clean.external)],
    ];
    if (!fields.some(([id]) => nota.header[id])) throw new NotaWordError("field-missing");
    await this.run(async (context) => {
      const live = new LiveParagraphs(context, snapshot);
      const existing = this.capabilities.customXmlParts
        ? context.document.customXmlParts.getByNamespace(AFSTEMMING_NAMESPACE)
        : undefined;
      existing?.load("items/id");
      await context.sync();
      // Locate every field before writing anything, so that a stale place changes nothing.
      const writes = fields.map(([id, value]) =>
        this.prepareFieldWrite(context, live, nota.header[id], value),
      );
      existing?.items.forEach((part) => part.delete());
      if (this.capabilities.customXmlParts) context.document.customXmlParts.add(afstemmingToXml(clean));
      writes.forEach((write) => write?.());
      await context.sync();
    });
  }

  /**
   * Prepares writing a header field's value: into its content control when the template made it, otherwise
   * over the value's text in its paragraph (the first value paragraph takes the whole value; further value
   * lines are removed, their content being part of the new value). Throws "stale" before anything is written.
   */
  private prepareFieldWrite(
    context: Word.RequestContext,
    live: LiveParagraphs,
    field: HeaderField | undefined,
    value: string,
  ): (() => void) | undefined {
    if (!field) return undefined;
    if (field.tagged) {
      return () => {
        context.document.contentControls
          .getByTag(TAGS.field(field.id))
          .getFirst()
          .insertText(value, "Replace");
      };
    }
    if (!field.paragraphs.length) {
      // A label without a value: the value goes on the line after the label.
      if (field.labelParagraph === undefined) throw new NotaWordError("field-missing");
      const label = live.find(field.labelParagraph);
      return () => {
        label.insertParagraph(value, "After");
      };
    }
    const [first, ...rest] = field.paragraphs.map((i) => live.find(i));
    const prefix = cleanText(first.text).slice(0, field.valueOffset);
    return () => {
      first.insertText(`${prefix}${value}`, "Replace");
      rest.forEach((p) => p.delete());
    };
  }

  async findPassages(lexicon: CompiledLexicon): Promise<PassageResult> {
    const snapshot = await this.readSnapshot({ pagesFor: lexicon });
    return { passages: findPassages(snapshot, lexicon), pageSource: snapshot.pageSource };
  }

  async insertEmancipationFlag(
    pages: number[],
    topics: string[],
    settings: FlagSentenceSettings,
  ): Promise<"inserted" | "updated"> {
    const sentence = buildFlagSentence(settings, topics, pages);
    return this.insertTaggedParagraph("aanleiding", sentence, TAGS.emancipationFlag);
  }

  /**
   * Writes `text` in the paragraph tagged `tag` when there is one (updated), otherwise as a new tagged
   * paragraph at the end of `block` (inserted).
   */
  private async insertTaggedParagraph(
    block: BlockId,
    text: string,
    tag: string,
  ): Promise<"inserted" | "updated"> {
    const snapshot = await this.readSnapshot();
    const nota = parseNota(snapshot);
    const section = nota.blocks[block];
    const tagged = snapshot.paragraphs.some((p) => p.contentControlTags.includes(tag));
    if (!tagged && !section) throw new NotaWordError("block-missing");
    return this.run(async (context) => {
      if (tagged) {
        context.document.contentControls.getByTag(tag).getFirst().insertText(text, "Replace");
        await context.sync();
        return "updated" as const;
      }
      const live = new LiveParagraphs(context, snapshot);
      await context.sync();
      const s = section!;
      const blockControl = snapshot.paragraphs.some((p) => p.contentControlTags.includes(TAGS.block(block)));
      const placeholderOnly =
        s.content.length > 0 && s.content.every((i) => snapshot.paragraphs[i].placeholder);
      let range: Word.Range | Word.Paragraph;
      if (blockControl && placeholderOnly) {
        range = context.document.contentControls
          .getByTag(TAGS.block(block))
          .getFirst()
          .insertText(text, "Replace");
      } else {
        const last = s.content.length ? s.content[s.content.length - 1] : s.headingParagraph;
        if (last === undefined) throw new NotaWordError("block-missing");
        range = live.find(last).insertParagraph(text, "After");
      }
      const control = range.insertContentControl();
      control.tag = tag;
      control.title = parseTag(tag)?.kind === "flag" ? "Emancipatie" : tag;
      await context.sync();
      return "inserted" as const;
    });
  }

  async applyEdit(edit: DocumentEdit, snapshot: DocumentSnapshot): Promise<void> {
    switch (edit.kind) {
      case "setField": {
        const field = parseNota(snapshot).header[edit.field];
        if (!field) throw new NotaWordError("field-missing");
        if (field.tagged) return this.setField(edit.field, edit.value);
        await this.run(async (context) => {
          const live = new LiveParagraphs(context, snapshot);
          await context.sync();
          this.prepareFieldWrite(context, live, field, edit.value)?.();
          await context.sync();
        });
        return;
      }
      case "replaceText": {
        const original = snapshot.paragraphs[edit.paragraph]?.text ?? "";
        const needle = original.slice(edit.start, edit.end);
        await this.run(async (context) => {
          const live = new LiveParagraphs(context, snapshot);
          await context.sync();
          const paragraph = live.find(edit.paragraph);
          if (edit.start === 0 && edit.end === original.length) {
            paragraph.insertText(edit.text, "Replace");
          } else {
            if (needle.length > MAX_SEARCH) throw new NotaWordError("general");
            const found = paragraph.search(needle, { matchCase: true });
            found.load("items");
            await context.sync();
            const hit = found.items[occurrenceAt(original, needle, edit.start)];
            if (!hit) throw new NotaWordError("stale");
            hit.insertText(edit.text, "Replace");
          }
          await context.sync();
        });
        return;
      }
      case "insertParagraph":
        if (edit.block) {
          await this.insertTaggedParagraph(edit.block, edit.text, edit.tag ?? `nota:note:${edit.block}`);
          return;
        }
        await this.run(async (context) => {
          const live = new LiveParagraphs(context, snapshot);
          await context.sync();
          if (edit.afterParagraph === undefined) throw new NotaWordError("stale");
          live.find(edit.afterParagraph).insertParagraph(edit.text, "After");
          await context.sync();
        });
        return;
      case "insertBlock":
        await this.insertBlock(edit.block, snapshot);
        return;
    }
  }

  /** Inserts a missing block (heading and an empty control) after the block that precedes it in the schema. */
  private async insertBlock(block: BlockId, snapshot: DocumentSnapshot): Promise<void> {
    const nota = parseNota(snapshot);
    if (nota.blocks[block]) return;
    const order = blockSpec(block).order;
    const before = NOTA_SCHEMA.blocks.filter((b) => b.order < order && nota.blocks[b.id]).pop();
    const after = NOTA_SCHEMA.blocks.find((b) => b.order > order && nota.blocks[b.id]);
    const xml = templateFlatOpc({}).replace(/<w:body>.*<\/w:body>/s, `<w:body>${blockXml(block)}</w:body>`);
    await this.run(async (context) => {
      const live = new LiveParagraphs(context, snapshot);
      await context.sync();
      if (before) {
        live.find(nota.blocks[before.id]!.span[1]).getRange("Whole").insertOoxml(xml, "After");
      } else if (after) {
        live.find(nota.blocks[after.id]!.span[0]).getRange("Whole").insertOoxml(xml, "Before");
      } else {
        context.document.body.insertOoxml(xml, "End");
      }
      await context.sync();
    });
  }

  async addReviewComments(findings: readonly Finding[], snapshot: DocumentSnapshot): Promise<number> {
    if (!this.capabilities.comments) throw new NotaWordError("unsupported");
    return this.run(async (context) => {
      const live = new LiveParagraphs(context, snapshot);
      await context.sync();
      let count = 0;
      for (const f of findings) {
        // A finding in the page header, without a place, or whose place is gone gets its comment at the start.
        const p = f.paragraph !== undefined ? snapshot.paragraphs[f.paragraph] : undefined;
        let paragraph = live.body[0];
        if (p && storyOf(p) === "body") {
          try {
            paragraph = live.find(f.paragraph!);
          } catch (err) {
            // Gone since the check: the comment goes at the start, so that it is not lost.
            if (!(err instanceof NotaWordError && err.code === "stale")) throw err;
          }
        }
        if (!paragraph) continue;
        paragraph.getRange("Whole").insertComment(`${COMMENT_MARKER} ${f.message}`);
        count++;
      }
      await context.sync();
      return count;
    });
  }

  async removeReviewComments(): Promise<number> {
    if (!this.capabilities.comments) throw new NotaWordError("unsupported");
    return this.run(async (context) => {
      const comments = context.document.body.getComments();
      comments.load("items/content");
      await context.sync();
      const ours = comments.items.filter((c) => c.content.startsWith(COMMENT_MARKER));
      ours.forEach((c) => c.delete());
      await context.sync();
      return ours.length;
    });
  }

  async onDocumentChanged(handler: () => void): Promise<(() => Promise<void>) | undefined> {
    if (!this.capabilities.paragraphEvents) return undefined;
    const registrations = await this.run(async (context) => {
      const document = context.document;
      const listen = async () => handler();
      const added = [
        document.onParagraphChanged.add(listen),
        document.onParagraphAdded.add(listen),
        document.onParagraphDeleted.add(listen),
      ];
      await context.sync();
      return added;
    });
    // Handlers are removed in the context that added them, as Office.js requires.
    return async () => {
      try {
        registrations.forEach((r) => r.remove());
        await registrations[0].context.sync();
      } catch (err) {
        throw toNotaWordError(err);
      }
    };
  }
}

/** One block as WordprocessingML: its heading and its empty content control. */
function blockXml(block: BlockId): string {
  const body = templateBodyXml({});
  const heading = `<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">${blockSpec(block).label}</w:t></w:r></w:p>`;
  const start = body.indexOf(heading);
  const sdtEnd = body.indexOf("</w:sdt>", start) + "</w:sdt>".length;
  return body.slice(start, sdtEnd);
}
