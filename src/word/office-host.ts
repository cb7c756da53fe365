/** The real host: Word.run and the requirement-set check of the running Office. */
import type { WordHost } from "./adapter";

export function officeHost(): WordHost {
  return {
    run: (batch) => Word.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
