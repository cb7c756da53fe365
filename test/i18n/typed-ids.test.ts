/**
 * Message ids are typed: a misspelt id is a compile error (tsc and ts-jest check this file; an
 * `@ts-expect-error` that expects no error is itself an error). At run time the calls behave as stated.
 */
import { defineRule } from "../../src/checks/types";
import { PANE_MESSAGES } from "../../src/taskpane/messages";
import { LATER_MESSAGES } from "../../src/taskpane/messages-later";
import { CLI_MESSAGES } from "../../src/cli/messages";
import { catalogue, translator } from "../../src/i18n";

test("a rule can only report the messages it declares", () => {
  const reported: string[] = [];
  const rule = defineRule({
    meta: {
      id: "example",
      defaultSeverity: "info",
      description: { nl: "Voorbeeld.", en: "Example." },
      fixable: false,
      hasSuggestions: false,
      messages: catalogue({ known: "Bekend." }, { known: "Known." }),
    },
    check({ report }) {
      report({ messageId: "known" });
      // @ts-expect-error — "unknown" is not one of this rule's messages
      report({ messageId: "unknown" });
    },
  });
  rule.check({ report: (r: { messageId: string }) => reported.push(r.messageId) } as never);
  expect(reported).toEqual(["known", "unknown"]);
});

test("the pane's and the command line's ids are typed", () => {
  const t = translator(PANE_MESSAGES, "nl");
  expect(t("cancel")).toBe("Annuleren");
  // @ts-expect-error — not a message id of the pane's frame (and at run time no silent blank either)
  expect(() => t("annuleren")).toThrow();
  const lt = translator(LATER_MESSAGES, "nl");
  expect(lt("save")).toBe("Opslaan");
  // @ts-expect-error — a text of the frame is not one of the later parts'
  expect(() => lt("cancel")).toThrow();
  const c = translator(CLI_MESSAGES, "en");
  expect(c("notFound")).toBe("file not found");
  // @ts-expect-error — not a message id of the command line
  expect(() => c("notfound")).toThrow();
});
