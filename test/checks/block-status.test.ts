import { blockVerdict } from "../../src/checks/block-status";
import { checkNota } from "../../src/checks/engine";
import { DEFAULT_PROFILE } from "../../src/checks/profile";
import type { Profile } from "../../src/checks/profile";
import type { BlockId } from "../../src/nota/schema";
import { notaSnapshot, type NotaOptions } from "../helpers/snapshots";

/** The guide's verdict on `block`, from the findings the checklist lists for the same nota and profile. */
function verdictOf(blocks: NotaOptions["blocks"], block: BlockId, profile?: Profile) {
  const result = checkNota(notaSnapshot({ blocks }), { profile: profile ?? DEFAULT_PROFILE });
  const listed = result.findings.filter((f) => f.block === block).map((f) => f.severity);
  const { status, severity } = blockVerdict(result.nota, block, result.findings);
  return { status, severity, listed };
}

describe("the block guide's verdict is the checklist's", () => {
  test.each<[string, NotaOptions["blocks"], BlockId, string, string | undefined]>([
    // The optional Toelichting left empty: "leeg" and a warning, in the guide as in the checklist.
    ["optional block present and empty", { toelichting: [] }, "toelichting", "empty", "warning"],
    ["required block present and empty", { aanleiding: [] }, "aanleiding", "empty", "error"],
    ["required block missing", { kernpunten: null }, "kernpunten", "missing", "error"],
    ["optional block missing: nothing to say", { toelichting: null }, "toelichting", "missing", undefined],
    ["N.v.t. where it is allowed", { toelichting: ["N.v.t."] }, "toelichting", "filled", undefined],
    // Words, but none the rule counts as content: empty, as the rule says.
    ["N.v.t. where it is not allowed", { aanleiding: ["N.v.t."] }, "aanleiding", "empty", "error"],
    ["filled", {}, "aanleiding", "filled", undefined],
  ])("%s", (_name, blocks, block, status, severity) => {
    const v = verdictOf(blocks, block);
    expect(v.status).toBe(status);
    expect(v.severity).toBe(severity);
    // What the checklist lists for that block: the same severity, or nothing.
    expect(v.listed).toEqual(severity ? [severity] : []);
  });

  test("the profile's severity decides, in both: switched off, the guide has no verdict beyond 'leeg'", () => {
    const off = {
      ...DEFAULT_PROFILE,
      severities: { ...DEFAULT_PROFILE.severities, "block-empty": "off" as const },
    };
    expect(verdictOf({ toelichting: [] }, "toelichting", off)).toEqual({
      status: "empty",
      severity: undefined,
      listed: [],
    });
    const info = {
      ...DEFAULT_PROFILE,
      severities: { ...DEFAULT_PROFILE.severities, "block-empty": "info" as const },
    };
    expect(verdictOf({ toelichting: [] }, "toelichting", info)).toMatchObject({
      severity: "info",
      listed: ["info"],
    });
    // The rule's own default changes nothing: an empty optional block stays a warning, not an error.
    const error = {
      ...DEFAULT_PROFILE,
      severities: { ...DEFAULT_PROFILE.severities, "block-empty": "error" as const },
    };
    expect(verdictOf({ toelichting: [] }, "toelichting", error)).toMatchObject({
      severity: "warning",
      listed: ["warning"],
    });
  });
});
