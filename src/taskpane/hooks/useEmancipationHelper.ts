/**
 * The emancipation helper's logic: passages found in the document or in a picked letter, the page references
 * the person may edit, and the actions (find, read a letter, go to a passage, insert the sentence). A letter is
 * read off the main thread; `readingSlow` turns true when reading lasts past 300 ms, so progress is shown then
 * and never flashes for a small letter.
 */
import { useEffect, useRef, useState } from "react";
import { lexiconOf, letterPassages } from "../../checks/engine";
import { formatPageReferences, parsePageReferences } from "../../nota/pages";
import { buildFlagSentence, passagePages, passageTopics, type Passage } from "../../nota/emancipation";
import type { DocumentSnapshot } from "../../nota/snapshot";
import { placeOf } from "../../word/places";
import { useServices } from "../services";
import { useLaterT } from "../messages-later";
import { useAction } from "./useAction";
import type { NotaState } from "./useNota";

/** How long reading may take before progress is shown (shorter flashes; longer feels frozen). */
export const PROGRESS_DELAY_MS = 300;

export interface Found {
  source: "document" | "letter";
  passages: Passage[];
  pageSource: DocumentSnapshot["pageSource"];
  pageNumbers?: DocumentSnapshot["pageNumbers"];
}

const fromLetter = (snapshot: DocumentSnapshot, lexicon: ReturnType<typeof lexiconOf>): Found => ({
  source: "letter",
  passages: letterPassages(snapshot, lexicon),
  pageSource: snapshot.pageSource,
});

export function useEmancipationHelper(
  state: NotaState,
  refresh: () => Promise<void>,
  setLetter: (letter: NotaState["letter"]) => void,
) {
  const { document, profile, readLetter, copyText } = useServices();
  const lt = useLaterT();
  const action = useAction();
  const lexicon = lexiconOf(profile);
  // Seeded once from the letter already picked (the tab may have been left and opened again).
  const [found, setFound] = useState<Found | undefined>(() =>
    state.letter ? fromLetter(state.letter.snapshot, lexicon) : undefined,
  );
  const [pagesText, setPagesText] = useState(() =>
    found ? formatPageReferences(passagePages(found.passages)) : "",
  );
  const [readingSlow, setReadingSlow] = useState(false);
  const slowTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(slowTimer.current), []);

  const show = (next: Found) => {
    setFound(next);
    setPagesText(formatPageReferences(passagePages(next.passages)));
  };
  const pages = parsePageReferences(/^\s*\d/.test(pagesText) ? `blz. ${pagesText}` : pagesText);

  // The open document is the nota (a header or blocks), or the letter itself (the pane opened beside it).
  const isNota =
    !!state.nota && (Object.keys(state.nota.header).length > 0 || Object.keys(state.nota.blocks).length > 0);

  const findInDocument = () =>
    action.run(async () => {
      const result = await document.findPassages(lexicon);
      setFound({ source: "document", ...result });
      // In the nota itself the pages are the nota's own, never the letter's: none are proposed.
      setPagesText(isNota ? "" : formatPageReferences(passagePages(result.passages)));
      return undefined;
    });

  /** The sentence, for pasting into the nota (the letter is open here, or Word cannot insert it). */
  const copySentence = () =>
    action.run(async () => {
      if (!found) return undefined;
      await copyText(buildFlagSentence(profile.emancipation, passageTopics(found.passages, lexicon), pages));
      return lt("sentenceCopied");
    });

  const pickLetter = (file: File) =>
    action.run(async () => {
      const startSlowTimer = () => {
        clearTimeout(slowTimer.current);
        slowTimer.current = setTimeout(() => setReadingSlow(true), PROGRESS_DELAY_MS);
      };
      try {
        const snapshot = await readLetter(file, startSlowTimer);
        setLetter({ name: file.name, snapshot });
        show(fromLetter(snapshot, lexicon));
        return lt("letterLoaded", { name: file.name });
      } finally {
        clearTimeout(slowTimer.current);
        setReadingSlow(false);
      }
    });

  const goToPassage = (p: Passage) =>
    action.run(async () => {
      if (state.nota) await document.goTo(placeOf(state.nota.snapshot, p.paragraph));
      return undefined;
    });

  const insertSentence = () =>
    action.run(async () => {
      if (!found) return undefined;
      const result = await document.insertEmancipationFlag(
        pages,
        passageTopics(found.passages, lexicon),
        profile.emancipation,
      );
      await refresh();
      return lt(result === "inserted" ? "sentenceInserted" : "sentenceUpdated");
    });

  return {
    action,
    found,
    pagesText,
    setPagesText,
    readingSlow,
    foundPages: found ? formatPageReferences(passagePages(found.passages)) : "",
    isNota,
    findInDocument,
    copySentence,
    pickLetter,
    goToPassage,
    insertSentence,
  };
}
