/** Nota kinds: the required blocks per purpose (profile data), the template per kind, and the document that is no nota. */
import { ENGINE_MESSAGES, checkNota } from "../../src/checks/engine";
import { PROFILES, profileById } from "../../src/checks/builtin-profiles";
import {
  isNota,
  kindOf,
  requiredBlocksFor,
  templateBlocks,
  templateOptionsFor,
} from "../../src/checks/kinds";
import { DEFAULT_PROFILE } from "../../src/checks/profile";
import { parseProfile } from "../../src/checks/profile-schema";
import { requiredBlock } from "../../src/checks/rules/required-block";
import { blockEmpty } from "../../src/checks/rules/block-empty";
import { readDocx } from "../../src/docx/reader";
import { buildTemplateDocx } from "../../src/docx/template-docx";
import { parseNota } from "../../src/nota/parser";
import { b, h, notaSnapshot, snapshotOf, textsWithInserted } from "../helpers/snapshots";
import { ruleTester } from "../helpers/rule-tester";

const noDecision = { blocks: { "geadviseerd-besluit": null } } as const;

ruleTester(requiredBlock, {
  valid: [
    {
      name: "TER INFORMATIE needs no Geadviseerd besluit",
      nota: notaSnapshot({ purpose: "TER INFORMATIE", ...noDecision }),
    },
    { name: "TER KENNISNAME needs none", nota: notaSnapshot({ purpose: "TER KENNISNAME", ...noDecision }) },
    {
      name: "nor in another ministry's profile",
      nota: notaSnapshot({ purpose: "TER KENNISNAME", aan: "MBZK", ...noDecision }),
      profile: profileById("bzk"),
    },
    {
      name: "a profile file's requiredBlocks hold for every kind, the informatienota still without a decision",
      nota: notaSnapshot({
        purpose: "TER INFORMATIE",
        blocks: { "geadviseerd-besluit": null, kernpunten: null },
      }),
      profile: parseProfile('{"requiredBlocks": ["aanleiding", "geadviseerd-besluit", "niet-openbaar"]}'),
    },
    {
      name: "a profile's own kinds",
      nota: notaSnapshot({ purpose: "TER ADVISERING", blocks: { kernpunten: null } }),
      profile: parseProfile(
        '{"kinds": [{"id": "adviesnota", "purposes": ["TER ADVISERING"], "requiredBlocks": ["aanleiding", "geadviseerd-besluit"]}]}',
      ),
    },
  ],
  invalid: [
    {
      name: "TER BESLISSING does need Geadviseerd besluit",
      nota: notaSnapshot({ purpose: "TER BESLISSING", ...noDecision }),
      findings: [
        {
          messageId: "missing",
          block: "geadviseerd-besluit",
          output: textsWithInserted({ purpose: "TER BESLISSING" }, "geadviseerd-besluit"),
        },
      ],
    },
    {
      name: "TER ONDERTEKENING does too",
      nota: notaSnapshot({ purpose: "TER ONDERTEKENING", ...noDecision }),
      findings: [
        {
          messageId: "missing",
          block: "geadviseerd-besluit",
          output: textsWithInserted({ purpose: "TER ONDERTEKENING" }, "geadviseerd-besluit"),
        },
      ],
    },
    {
      name: "no purpose line: the profile's own list",
      nota: notaSnapshot({ purpose: null, ...noDecision }),
      findings: [
        {
          messageId: "missing",
          block: "geadviseerd-besluit",
          output: textsWithInserted({ purpose: null }, "geadviseerd-besluit"),
        },
      ],
    },
    {
      name: "an informatienota still needs its Kernpunten",
      nota: notaSnapshot({
        purpose: "TER INFORMATIE",
        blocks: { "geadviseerd-besluit": null, kernpunten: null },
      }),
      findings: [
        {
          messageId: "missing",
          block: "kernpunten",
          output: textsWithInserted({ purpose: "TER INFORMATIE", ...noDecision }, "kernpunten"),
        },
      ],
    },
  ],
});

ruleTester(blockEmpty, {
  valid: [],
  invalid: [
    {
      name: "an empty Geadviseerd besluit in an informatienota is a loose end (warning), not an error",
      nota: notaSnapshot({ purpose: "TER INFORMATIE", blocks: { "geadviseerd-besluit": [] } }),
      findings: [{ messageId: "empty", block: "geadviseerd-besluit", severity: "warning" }],
    },
    {
      name: "in a beslisnota it is an error",
      nota: notaSnapshot({ purpose: "TER BESLISSING", blocks: { "geadviseerd-besluit": [] } }),
      findings: [{ messageId: "empty", block: "geadviseerd-besluit", severity: "error" }],
    },
  ],
});

describe("kinds", () => {
  test("the kind by the purpose line, in any case", () => {
    expect(kindOf(parseNota(notaSnapshot({ purpose: "Ter kennisname" })), DEFAULT_PROFILE)?.id).toBe(
      "informatienota",
    );
    expect(kindOf(parseNota(notaSnapshot({ purpose: "TER BESLUITVORMING" })), DEFAULT_PROFILE)?.id).toBe(
      "beslisnota",
    );
    expect(kindOf(parseNota(notaSnapshot({ purpose: null })), DEFAULT_PROFILE)).toBeUndefined();
    expect(
      requiredBlocksFor(parseNota(notaSnapshot({ purpose: "TER INFORMATIE" })), DEFAULT_PROFILE),
    ).not.toContain("geadviseerd-besluit");
  });
  test.each(PROFILES.map((p) => [p.id, p] as const))(
    "%s: the template of each kind has that kind's blocks and passes required-block",
    (_id, profile) => {
      for (const kind of profile.kinds) {
        const { blocks, labels, purpose } = templateOptionsFor(profile, kind.id);
        expect(blocks).toEqual(templateBlocks(kind));
        const snapshot = readDocx(buildTemplateDocx({ blocks, labels, values: { purpose } }));
        const nota = parseNota(snapshot);
        expect(Object.keys(nota.blocks).sort()).toEqual([...blocks!].sort());
        expect(nota.header.purpose?.value).toBe(kind.purposes[0]);
        expect(checkNota(snapshot, { profile, rules: [requiredBlock] }).findings).toEqual([]);
        // Another ministry's template writes its own labels, not OCW's.
        if (profile.id !== "ocw")
          expect(snapshot.paragraphs.map((p) => p.text)).not.toContain("Intern OCW afgestemd");
      }
    },
  );
  test("a profile object made before kinds existed: the profile's own list, no error", () => {
    const old = { ...DEFAULT_PROFILE, kinds: undefined } as unknown as typeof DEFAULT_PROFILE;
    const nota = parseNota(notaSnapshot({ purpose: "TER INFORMATIE", ...noDecision }));
    expect(requiredBlocksFor(nota, old)).toEqual(DEFAULT_PROFILE.requiredBlocks);
  });
  test("the informatienota's template has no Geadviseerd besluit", () => {
    const { blocks } = templateOptionsFor(DEFAULT_PROFILE, "informatienota");
    expect(blocks).toEqual(["aanleiding", "kernpunten", "toelichting", "niet-openbaar"]);
  });
});

describe("a document that is no nota", () => {
  test.each([
    ["an empty document", snapshotOf([])],
    [
      "a letter with a Datum and a Kenmerk",
      snapshotOf(["Datum: 9 oktober 2024", "Kenmerk: 2024-0000594040", "Geachte voorzitter,", "Hierbij …"]),
    ],
    [
      "a report with bold headings of its own",
      snapshotOf([b("Samenvatting"), "Tekst.", b("Conclusies"), "Meer tekst."]),
    ],
  ])("%s: one sentence, no rule's findings", (_name, snapshot) => {
    const result = checkNota(snapshot);
    expect(result.notANota).toBe(true);
    expect(result.findings).toEqual([]);
    expect(ENGINE_MESSAGES.nl.notANota).toMatch(/geen nota/);
  });
  test.each([
    ["a purpose line", snapshotOf(["TER BESLISSING"])],
    ["Aan and Van", snapshotOf(["Aan: MOCW", "Van: Directie MBO"])],
    ["one block", snapshotOf([h("Aanleiding"), "x"])],
  ])("%s makes it a nota (missing blocks are then findings)", (_name, snapshot) => {
    expect(isNota(parseNota(snapshot))).toBe(true);
    expect(checkNota(snapshot).notANota).toBe(false);
  });
});
