import { requiredBlock } from "../../src/checks/rules/required-block";
import { parseProfile } from "../../src/checks/profile-schema";
import { blockSpec } from "../../src/nota/schema";
import { b, h, notaSnapshot, snapshotOf, textsWithInserted } from "../helpers/snapshots";
import { ruleTester } from "../helpers/rule-tester";

ruleTester(requiredBlock, {
  valid: [
    { name: "the standard nota", nota: notaSnapshot() },
    { name: "without the optional Toelichting", nota: notaSnapshot({ blocks: { toelichting: null } }) },
    {
      name: "other wordings count as present (Advies, Kern, wordt gemaakt)",
      nota: snapshotOf([
        b("Aanleiding"),
        "x",
        b("Advies"),
        "y",
        b("Kern"),
        "z",
        b("Informatie die niet openbaar wordt gemaakt"),
        "N.v.t.",
      ]),
    },
    {
      name: "numbered headings with a colon, any case",
      nota: snapshotOf([
        h("1. AANLEIDING:"),
        "x",
        h("2) geadviseerd besluit"),
        "y",
        h("3. Kernpunten"),
        "z",
        h("4. Informatie die niet openbaar gemaakt kan worden"),
        "N.v.t.",
      ]),
    },
    {
      name: "a profile that requires fewer blocks",
      nota: notaSnapshot({ blocks: { kernpunten: null } }),
      profile: parseProfile('{"requiredBlocks": ["aanleiding", "geadviseerd-besluit", "niet-openbaar"]}'),
    },
  ],
  invalid: [
    {
      name: "Kernpunten missing, as in many 2024 notas",
      nota: notaSnapshot({ blocks: { kernpunten: null } }),
      findings: [
        {
          messageId: "missing",
          block: "kernpunten",
          fix: { kind: "insertBlock", block: "kernpunten" },
          message: /Kernpunten/,
          // The heading and the block's placeholder, after Geadviseerd besluit's content.
          output: (() => {
            const texts = notaSnapshot({ blocks: { kernpunten: null } }).paragraphs.map((p) => p.text);
            const at = texts.indexOf("Toelichting");
            return [
              ...texts.slice(0, at),
              "Kernpunten",
              blockSpec("kernpunten").placeholder.nl,
              ...texts.slice(at),
            ];
          })(),
        },
      ],
    },
    {
      name: "the last block missing",
      nota: notaSnapshot({ blocks: { "niet-openbaar": null } }),
      findings: [
        { messageId: "missing", block: "niet-openbaar", output: textsWithInserted({}, "niet-openbaar") },
      ],
    },
    {
      name: "a nota with only its header misses every required block",
      nota: snapshotOf(["TER BESLISSING", "Aan: MOCW", "Datum: 1 maart 2024"]),
      // Each fix on its own: the block's heading and placeholder after the header.
      findings: (["aanleiding", "geadviseerd-besluit", "kernpunten", "niet-openbaar"] as const).map(
        (block) => ({
          messageId: "missing",
          block,
          output: [
            "TER BESLISSING",
            "Aan: MOCW",
            "Datum: 1 maart 2024",
            blockSpec(block).label.nl,
            blockSpec(block).placeholder.nl,
          ],
        }),
      ),
    },
    {
      name: "a heading that only mentions the block inside a sentence does not count",
      nota: notaSnapshot({ blocks: { aanleiding: null, toelichting: ["De aanleiding is de monitor."] } }),
      findings: [
        {
          messageId: "missing",
          block: "aanleiding",
          output: textsWithInserted(
            { blocks: { toelichting: ["De aanleiding is de monitor."] } },
            "aanleiding",
          ),
        },
      ],
    },
  ],
});
