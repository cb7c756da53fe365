/**
 * The afstemming form's logic: the parties shown (the document's, until the person changes them: then a draft
 * of their own, never seeded from the document twice) and saving them as data and as header text.
 */
import { useMemo, useState } from "react";
import { afstemmingOf, type Afstemming, type AfstemmingParty } from "../../nota/afstemming";
import { useServices } from "../services";
import { useLaterT } from "../messages-later";
import { useAction } from "./useAction";
import type { NotaState } from "./useNota";

export function useAfstemmingForm(state: NotaState, refresh: () => Promise<void>) {
  const { document } = useServices();
  const lt = useLaterT();
  const action = useAction();
  const current = useMemo(() => (state.nota ? afstemmingOf(state.nota) : undefined), [state.nota]);
  const [draft, setDraft] = useState<Afstemming>();
  const parties = draft ?? current?.afstemming ?? { internal: [], external: [] };
  // Editing again clears the last outcome ("opgeslagen" is about what was saved, not about the new draft).
  const update = (kind: keyof Afstemming, list: AfstemmingParty[]) => {
    action.reset();
    setDraft({ ...parties, [kind]: list });
  };
  const save = () =>
    action.run(async () => {
      await document.writeAfstemming(parties);
      setDraft(undefined);
      await refresh();
      return lt("afstemmingSaved");
    });
  return { current, parties, update, save, dirty: draft !== undefined, action };
}
