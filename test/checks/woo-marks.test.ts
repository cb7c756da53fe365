import { wooMarks, groundSentence } from "../../src/checks/rules/woo-marks";
import { notaSnapshot, textsOf } from "../helpers/snapshots";
import { ruleTester } from "../helpers/rule-tester";
import type { DocumentSnapshot } from "../../src/nota/snapshot";

const SENTENCE = "Het rapport is opgesteld door Jan Jansen van de inspectie.";

/** The standard nota with its Aanleiding sentence marked (ranges of the sentence) and the given last block. */
function marked(marks: [string, string][], lastBlock: string[] = ["N.v.t."]): DocumentSnapshot {
  const s = notaSnapshot({ blocks: { aanleiding: [SENTENCE], "niet-openbaar": lastBlock } });
  const p = s.paragraphs.find((q) => q.text === SENTENCE)!;
  p.marks = marks.map(([ground, text]) => {
    const start = SENTENCE.indexOf(text);
    return { tag: `nota:woo:${ground}`, start, end: start + text.length };
  });
  p.contentControlTags = p.marks.map((m) => m.tag);
  return s;
}
const aanleiding = (s: DocumentSnapshot) => s.paragraphs.findIndex((p) => p.text === SENTENCE);

ruleTester(wooMarks, {
  valid: [
    { name: "nothing marked, N.v.t. (Van withheld by routine needs no sentence)", nota: notaSnapshot() },
    {
      name: "a mark whose ground the block names",
      nota: marked([["5.1.2e", "Jan Jansen"]], ["Namen van ambtenaren zijn gelakt op grond van 5.1.2e Woo."]),
    },
    {
      name: "two marks on the same ground",
      nota: marked(
        [
          ["5.1.2e", "Jan Jansen"],
          ["5.1.2e", "inspectie"],
        ],
        ["Persoonsgegevens (5.1.2e)."],
      ),
    },
  ],
  invalid: [
    {
      name: "a mark whose ground the block does not name: the sentence is suggested",
      nota: marked([["5.1.2e", "Jan Jansen"]], ["Persoonsgegevens worden gelakt."]),
      findings: [
        {
          messageId: "groundNotNamed",
          block: "niet-openbaar",
          suggestions: [
            {
              messageId: "insertSentence",
              edit: {
                kind: "insertParagraph",
                block: "niet-openbaar",
                text: groundSentence("5.1.2e"),
                tag: "nota:woo-ground:5.1.2e",
              },
              // The sentence after the block's own.
              output: textsOf(
                marked(
                  [["5.1.2e", "Jan Jansen"]],
                  ["Persoonsgegevens worden gelakt.", groundSentence("5.1.2e")],
                ),
              ),
            },
          ],
        },
      ],
    },
    {
      name: "marks, yet the block says N.v.t.: replace it",
      nota: marked([["5.1.2i", "inspectie"]]),
      findings: [
        {
          messageId: "nvtButWithheld",
          message: /5\.1\.2i/,
          // The N.v.t. gives way to the ground's sentence.
          suggestions: [{ messageId: "replaceNvt", output: textsOf(marked([], [groundSentence("5.1.2i")])) }],
        },
      ],
    },
    {
      name: "the block names a ground nothing is withheld on",
      nota: marked([], ["Economische belangen van de Staat (5.1.2b)."]),
      findings: [{ messageId: "claimsWithoutMarks", message: /5\.1\.2b/ }],
    },
    {
      name: "overlapping marks on different grounds cannot be published",
      nota: marked(
        [
          ["5.1.2e", "Jan Jansen van"],
          ["5.1.2d", "van de inspectie"],
        ],
        ["Op grond van 5.1.2e en 5.1.2d Woo."],
      ),
      findings: [{ messageId: "overlap", severity: "error" }],
    },
    {
      name: "a mark on something that is no Woo ground",
      nota: marked([["5.9", "Jan Jansen"]], ["Gelakt op grond van 5.1.2e."]),
      // (5.1.2e in the block is covered: Van is withheld on it by the profile.)
      findings: [{ messageId: "unknownGround", severity: "error" }],
    },
  ],
});

test("the suggested sentence replaces N.v.t. and names the ground", () => {
  const s = marked([["5.1.2i", "inspectie"]]);
  expect(aanleiding(s)).toBeGreaterThan(0);
  expect(groundSentence("5.1.2i")).toBe(
    "Informatie wordt niet openbaar gemaakt op grond van artikel 5.1.2i Woo (goed functioneren van de Staat).",
  );
});
