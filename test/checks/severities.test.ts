/**
 * A profile's severity for a rule sets the rule's default and, lowering it, caps its messages: it never flattens the
 * severities a rule gives its messages (header-fields: errors, warnings and notes).
 */
import { checkNota, severityOf } from "../../src/checks/engine";
import { parseProfile } from "../../src/checks/profile-schema";
import { headerFields } from "../../src/checks/rules/header-fields";
import { headingWording } from "../../src/checks/rules/heading-wording";
import { b, notaSnapshot, snapshotOf } from "../helpers/snapshots";

/** A nota with four of header-fields' messages, in its three severities. */
const NOTA = notaSnapshot({
  purpose: "TER OVERWEGING",
  aan: "de Minister van Financiën",
  datum: "31 februari 2024",
  referentie: "abc",
});
const severities = (json: string) =>
  Object.fromEntries(
    checkNota(NOTA, { rules: [headerFields], profile: parseProfile(json) }).findings.map((f) => [
      f.messageId,
      f.severity,
    ]),
  );

describe("a profile's severity for a rule", () => {
  test("none: each message keeps the rule's own severity", () => {
    expect(severities("{}")).toEqual({
      datumInvalid: "error",
      purposeUnknown: "warning",
      referentieFormat: "warning",
      aanUnknown: "info",
    });
  });
  test("the rule's own default changes nothing", () => {
    expect(severities('{"severities": {"header-fields": "error"}}')).toEqual(severities("{}"));
  });
  test("lowered to warning: the errors become warnings, the notes stay notes", () => {
    expect(severities('{"severities": {"header-fields": "warning"}}')).toEqual({
      datumInvalid: "warning",
      purposeUnknown: "warning",
      referentieFormat: "warning",
      aanUnknown: "info",
    });
  });
  test("lowered to info: every message is a note", () => {
    expect(new Set(Object.values(severities('{"severities": {"header-fields": "info"}}')))).toEqual(
      new Set(["info"]),
    );
  });
  test("off: the rule does not run", () => {
    expect(severities('{"severities": {"header-fields": "off"}}')).toEqual({});
  });
  test("raised: the rule's default messages take it", () => {
    const nota = snapshotOf([b("Aanleiding"), "x", b("Advies"), "y"]);
    const raised = parseProfile('{"severities": {"heading-wording": "error"}}');
    expect(
      checkNota(nota, { rules: [headingWording], profile: raised }).findings.map((f) => f.severity),
    ).toEqual(["error"]);
  });
  test.each([
    // rule default, the message's own, the profile's → the finding's
    ["error", undefined, undefined, "error"],
    ["error", "info", undefined, "info"],
    ["warning", undefined, "error", "error"],
    ["warning", "info", "error", "info"], // raising leaves a message the rule rates lower where it is
    ["warning", "error", "error", "error"],
    ["warning", "error", "warning", "error"], // the rule's default: a message rated higher stays so
    ["warning", "error", "info", "info"], // lowering caps it
    ["error", "warning", "warning", "warning"],
    ["error", "info", "warning", "info"],
  ] as const)("rule %s, message %s, profile %s → %s", (rule, own, configured, expected) => {
    expect(severityOf(rule, own, configured)).toBe(expected);
  });
});
