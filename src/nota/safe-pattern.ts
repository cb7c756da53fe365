/**
 * Patterns from a profile run over every document: one with catastrophic backtracking (`^(a+)+$`) would hang the
 * checker. This refuses the shapes that cause it — a quantified group that itself holds a quantifier, and a
 * quantified group of alternatives — and backreferences, before a pattern is ever run. Pure; no Office, no DOM.
 */

/** Why a pattern could backtrack catastrophically (named in the profile messages, src/checks/profile-messages.ts). */
export type UnsafeReason = "backreference" | "nested-quantifier" | "repeated-alternation";

/** Why `pattern` is unsafe, or undefined when it is safe to run on any input. */
export function unsafePattern(pattern: string): UnsafeReason | undefined {
  // For each open group: whether it holds a quantifier or an alternation.
  const groups: { quantified: boolean; alternation: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      if (!inClass && /[1-9k]/.test(pattern[i + 1] ?? "")) return "backreference";
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") groups.push({ quantified: false, alternation: false });
    else if (c === "|" && groups.length) groups[groups.length - 1].alternation = true;
    else if (c === ")") {
      const group = groups.pop();
      const next = pattern[i + 1];
      const quantifiedAfter =
        next === "*" ||
        next === "+" ||
        (next === "{" && /^\{\d*,\d*\}|^\{\d{2,}\}/.test(pattern.slice(i + 1)));
      if (group && quantifiedAfter && group.quantified) return "nested-quantifier";
      if (group && quantifiedAfter && group.alternation) return "repeated-alternation";
      if (group && groups.length && (group.quantified || quantifiedAfter))
        groups[groups.length - 1].quantified = true;
    } else if ((c === "*" || c === "+" || c === "{") && groups.length) {
      groups[groups.length - 1].quantified = true;
    }
  }
  return undefined;
}
