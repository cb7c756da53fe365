import { checkNota } from "../../src/checks/engine";
import { acceptFinding, placeKey, switchRuleOff } from "../../src/checks/suppressions";
import {
  AFSTEMMING_NAMESPACE,
  afstemmingFromXml,
  afstemmingOf,
  afstemmingToXml,
  normalizeAfstemming,
  suppressionsOf,
} from "../../src/nota/afstemming";
import { parseNota } from "../../src/nota/parser";
import type { DocumentSnapshot } from "../../src/nota/snapshot";
import { notaSnapshot } from "../helpers/snapshots";

const withRecord = (snapshot: DocumentSnapshot, xml: string): DocumentSnapshot => ({
  ...snapshot,
  customXmlParts: [{ namespace: AFSTEMMING_NAMESPACE, xml }],
});

describe("suppressions in the afstemming record", () => {
  const record = {
    internal: [{ name: "MBO" }],
    external: [],
    suppressions: [
      {
        ruleId: "header-fields",
        messageId: "referentieFormat",
        place: "field:referentie",
        reason: "oud nummer",
        by: "J. de Vries",
        at: "2024-11-26",
      },
      { ruleId: "heading-wording" },
    ],
  };
  test("written and read back whole, beside the parties", () => {
    const xml = afstemmingToXml(record);
    expect(afstemmingFromXml(xml)).toEqual(record);
    expect(xml).toContain('<suppression rule="header-fields" message="referentieFormat"');
  });
  test("escaped: a reason with <, & and quotes stays text", () => {
    const tricky = {
      internal: [],
      external: [],
      suppressions: [{ ruleId: "afstemming", reason: `a <b> & "c"` }],
    };
    expect(afstemmingFromXml(afstemmingToXml(tricky)).suppressions).toEqual(tricky.suppressions);
  });
  test("normalizing keeps them, once each", () => {
    const twice = {
      ...record,
      suppressions: [...record.suppressions, { ruleId: "heading-wording", by: "X" }],
    };
    expect(normalizeAfstemming(twice).suppressions).toEqual(record.suppressions);
  });
  test("a record with only suppressions leaves the parties to the header's text", () => {
    const xml = afstemmingToXml({ internal: [], external: [], suppressions: [{ ruleId: "afstemming" }] });
    const read = afstemmingOf(parseNota(withRecord(notaSnapshot({ intern: "MBO, FEZ" }), xml)));
    expect(read.afstemming.internal.map((p) => p.name)).toEqual(["MBO", "FEZ"]);
    expect(read.afstemming.suppressions).toEqual([{ ruleId: "afstemming" }]);
  });
  test("a damaged record holds no suppressions (and is no error)", () => {
    expect(suppressionsOf(withRecord(notaSnapshot(), "<afstemming"))).toEqual([]);
  });
});

describe("the engine honours suppressions", () => {
  const snapshot = notaSnapshot({ referentie: "ABC", intern: "XYZ" });
  const all = checkNota(snapshot).findings;
  const referentie = all.find((f) => f.messageId === "referentieFormat")!;
  test("the case has the findings the suppressions are about", () => {
    expect(referentie).toBeDefined();
    expect(all.some((f) => f.messageId === "unknownDirectorate")).toBe(true);
  });
  test("an accepted finding is left out and listed with who and why", () => {
    const accepted = acceptFinding(referentie, snapshot, {
      reason: "oud nummer",
      by: "J. de Vries",
      at: "2024-11-26",
    });
    expect(accepted).toEqual({
      ruleId: "header-fields",
      messageId: "referentieFormat",
      place: "field:referentie",
      reason: "oud nummer",
      by: "J. de Vries",
      at: "2024-11-26",
    });
    const result = checkNota(
      withRecord(snapshot, afstemmingToXml({ internal: [], external: [], suppressions: [accepted] })),
    );
    expect(result.findings).toEqual(
      all.filter((f) => f !== referentie && f.messageId !== "referentieFormat"),
    );
    expect(result.suppressed).toEqual([{ finding: referentie, suppression: accepted }]);
  });
  test("a rule switched off for the document removes all its findings, and only its", () => {
    const result = checkNota(snapshot, { suppressions: [switchRuleOff("afstemming", { at: "2024-11-26" })] });
    expect(result.findings).toEqual(all.filter((f) => f.ruleId !== "afstemming"));
    expect(result.suppressed.length).toBe(all.filter((f) => f.ruleId === "afstemming").length);
  });
  test("a suppression for another place does not hide the finding", () => {
    const elsewhere = { ruleId: "header-fields", messageId: "referentieFormat", place: "field:datum" };
    expect(checkNota(snapshot, { suppressions: [elsewhere] }).findings).toEqual(all);
  });
  test("a paragraph's place is its text, so an edit elsewhere does not lose the acceptance", () => {
    const f = { ruleId: "x", messageId: "y", severity: "info" as const, message: "", paragraph: 0 };
    expect(placeKey(f, snapshot)).toBe("text:ter ondertekening");
    expect(placeKey({ ...f, paragraph: undefined, block: "kernpunten" }, snapshot)).toBe("block:kernpunten");
  });
});
