/** The real host: Word.run (also going on with an object's request context) and the requirement-set check. */
import type { WordHost } from "./adapter";

export function officeHost(): WordHost {
  return {
    run: <T>(
      first: ((context: Word.RequestContext) => Promise<T>) | { context: unknown },
      second?: (context: Word.RequestContext) => Promise<T>,
    ): Promise<T> =>
      typeof first === "function"
        ? Word.run(first)
        : Word.run(first as OfficeExtension.ClientObject, second!),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
