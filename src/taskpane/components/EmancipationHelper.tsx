/** The emancipation helper (Controle tab): render only; the logic is in useEmancipationHelper. */
import { useRef } from "react";
import { Badge, Button, Field, Input, Link, ProgressBar, Text } from "@fluentui/react-components";
import { Search20Regular } from "../icons";
import { useLaterT } from "../messages-later";
import { useEmancipationHelper } from "../hooks/useEmancipationHelper";
import type { NotaState } from "../hooks/useNota";
import { useLayoutStyles } from "./layout";
import { ActionFeedback, Notice } from "./Feedback";

type Props = {
  state: NotaState;
  refresh: () => Promise<void>;
  setLetter: (letter: NotaState["letter"]) => void;
};

export default function EmancipationHelper({ state, refresh, setLetter }: Props) {
  const lt = useLaterT();
  const styles = useLayoutStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const helper = useEmancipationHelper(state, refresh, setLetter);
  const { found, action } = helper;

  return (
    <section className={styles.section} aria-labelledby="emancipation-heading">
      <Text as="h2" id="emancipation-heading" weight="semibold" tabIndex={-1}>
        {lt("emancipation")}
      </Text>
      <Text size={200}>{lt("emancipationIntro")}</Text>
      <div className={styles.rowCentered}>
        {/* In a nota the letter is what counts: its file first. With the letter open, search it here. */}
        {helper.isNota && <Button onClick={() => fileInput.current?.click()}>{lt("chooseLetter")}</Button>}
        <Button icon={<Search20Regular />} onClick={() => void helper.findInDocument()}>
          {helper.isNota ? lt("findInNota") : lt("findInDocument")}
        </Button>
        {!helper.isNota && <Button onClick={() => fileInput.current?.click()}>{lt("chooseLetter")}</Button>}
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label={lt("chooseLetter")}
          data-testid="letter-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void helper.pickLetter(file);
          }}
        />
      </div>
      {helper.readingSlow && (
        <Field validationMessage={lt("letterReading")} validationState="none">
          <ProgressBar aria-label={lt("letterReading")} data-testid="letter-progress" />
        </Field>
      )}
      <ActionFeedback state={action.state} />
      {found && found.passages.length === 0 && <Notice>{lt("passagesNone")}</Notice>}
      {found && found.passages.length > 0 && (
        <>
          <Text role="status">
            {lt("passagesFound", { n: found.passages.length, pages: helper.foundPages || "?" })}
          </Text>
          {found.source === "document" && helper.isNota && <Notice>{lt("passagesInNota")}</Notice>}
          {found.pageSource === "none" && <Notice intent="warning">{lt("pagesUnknown")}</Notice>}
          {found.pageSource === "breaks" && <Notice>{lt("pagesFromBreaks")}</Notice>}
          {found.pageNumbers === "physical" && <Notice intent="warning">{lt("pagesPhysical")}</Notice>}
          <ul className={styles.list} aria-label={lt("emancipation")}>
            {found.passages.map((p) => (
              <li key={p.paragraph} className={styles.card}>
                <div className={styles.rowCentered}>
                  <Badge appearance="outline">
                    {p.page !== undefined ? lt("page", { n: p.page }) : lt("pageUnknown")}
                  </Badge>
                  <Text size={200}>{p.topics.join(", ")}</Text>
                </div>
                {found.source === "document" ? (
                  <Link as="button" className={styles.message} onClick={() => void helper.goToPassage(p)}>
                    {p.excerpt}
                  </Link>
                ) : (
                  <Text size={200}>{p.excerpt}</Text>
                )}
              </li>
            ))}
          </ul>
          <Field label={lt("pagesInput")} hint={lt("pagesInputHint")}>
            <Input value={helper.pagesText} onChange={(_, d) => helper.setPagesText(d.value)} />
          </Field>
          <div className={styles.rowCentered}>
            {helper.isNota && (
              <Button
                appearance="primary"
                disabled={action.running}
                onClick={() => void helper.insertSentence()}
              >
                {lt("insertSentence")}
              </Button>
            )}
            <Button
              appearance={helper.isNota ? "secondary" : "primary"}
              disabled={action.running}
              onClick={() => void helper.copySentence()}
            >
              {lt("copySentence")}
            </Button>
          </div>
          {!helper.isNota && <Text size={200}>{lt("copySentenceHint")}</Text>}
        </>
      )}
    </section>
  );
}
