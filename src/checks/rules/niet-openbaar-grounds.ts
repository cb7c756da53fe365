import { catalogue } from "../../i18n";
import { NOT_APPLICABLE, WOO_MOTIVATION, findWooCodes } from "../../nota/woo";
import { defineRule } from "../types";
import { meaningfulContent } from "./util";

export const nietOpenbaarGrounds = defineRule({
  meta: {
    id: "niet-openbaar-grounds",
    defaultSeverity: "warning",
    description: {
      nl: "Het blok over niet-openbare informatie zegt 'N.v.t.', of wat niet openbaar wordt en waarom (Woo-grond of motivering).",
      en: "The block on withheld information says 'N.v.t.', or what is withheld and why (a Woo ground or a reason).",
    },
    fixable: false,
    hasSuggestions: false,
    messages: catalogue(
      {
        noGround:
          "Noem waarom deze informatie niet openbaar wordt: een Woo-grond (bijvoorbeeld 5.1.2e) of een motivering.",
        unknownGround: "'{code}' is geen Woo-grond; bedoeld is misschien 5.1.2e (persoonlijke levenssfeer).",
      },
      {
        noGround: "Say why this information is withheld: a Woo ground (e.g. 5.1.2e) or a reason.",
        unknownGround: "'{code}' is not a Woo ground; perhaps 5.1.2e (personal privacy) is meant.",
      },
    ),
  },
  check({ nota, report }) {
    const section = nota.blocks["niet-openbaar"];
    if (!section) return;
    const content = meaningfulContent(nota, section);
    if (content.length === 0) return; // block-empty reports that
    const texts = content.map((i) => nota.snapshot.paragraphs[i].text.trim());
    if (texts.length === 1 && NOT_APPLICABLE.test(texts[0])) return;
    const all = texts.join("\n");
    const codes = findWooCodes(all);
    for (const c of codes.filter((c) => !c.known)) {
      report({
        messageId: "unknownGround",
        data: { code: c.code },
        block: "niet-openbaar",
        paragraph: content[0],
      });
    }
    if (codes.some((c) => c.known) || WOO_MOTIVATION.test(all)) return;
    report({ messageId: "noGround", block: "niet-openbaar", paragraph: content[0] });
  },
});
