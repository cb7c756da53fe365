/**
 * Patterns from a profile (`referencePattern`, `/…/` lexicon terms) run over every document: on a backtracking
 * engine one of them (`^(a?a?)+$`) could hang the checker for minutes, and no heuristic catches every such shape.
 * So they never run on one: a user's pattern is compiled by a linear-time engine with RE2 semantics (the pure-JS
 * `re2js`, registered by src/nota/linear-engine.ts where profiles are read: the command line, the tests), and what
 * RE2 cannot express (backreferences, lookarounds) is refused with a sentence. Only the project's own patterns (the
 * built-in lexicon, the built-in reference pattern: marked trusted) run on JavaScript's RegExp. Pure; no Office,
 * no DOM.
 */

/** Why a user's pattern cannot be used (named in the profile messages, src/checks/profile-messages.ts). */
export type UnsafeReason = "backreference" | "lookaround" | "unsupported";

/** A compiled pattern: the first match from `from` on (UTF-16 offsets), or undefined. */
export interface LinearPattern {
  exec(text: string, from?: number): { start: number; end: number } | undefined;
  test(text: string): boolean;
}

/** Compiles `source` in linear time, or throws (a syntax RE2 does not accept). */
export type LinearCompiler = (source: string, ignoreCase: boolean) => LinearPattern;

let linear: LinearCompiler | undefined;

/** Registers the linear-time engine (src/nota/linear-engine.ts does, on import). */
export function registerLinearEngine(compiler: LinearCompiler): void {
  linear = compiler;
}

const trusted = new Set<string>();

/** The project's own patterns, which run on JavaScript's RegExp (they use lookarounds, and are tested here). */
export function trustPatterns(sources: Iterable<string>): void {
  for (const s of sources) trusted.add(s);
}

export function isTrusted(source: string): boolean {
  return trusted.has(source);
}

/** Why `pattern` cannot run on the linear engine, or undefined when it can (a syntax error is not judged here). */
export function unsafePattern(pattern: string): UnsafeReason | undefined {
  if (trusted.has(pattern)) return undefined;
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
    else if (c === "(" && /^\(\?<?[=!]/.test(pattern.slice(i, i + 4))) return "lookaround";
  }
  if (linear) {
    try {
      linear(pattern, false);
    } catch {
      return "unsupported";
    }
  }
  return undefined;
}

/**
 * A pattern ready to run: a trusted one on RegExp, any other on the linear engine (throws when there is none
 * registered: a user's pattern never falls back to a backtracking engine).
 */
export function compilePattern(source: string, ignoreCase = false): LinearPattern {
  if (!trusted.has(source)) {
    if (!linear) throw new Error("no linear-time engine registered for a user's pattern");
    return linear(source, ignoreCase);
  }
  const re = new RegExp(source, ignoreCase ? "giu" : "gu");
  return {
    exec(text, from = 0) {
      re.lastIndex = from;
      const m = re.exec(text);
      return m ? { start: m.index, end: m.index + m[0].length } : undefined;
    },
    test: (text) => {
      re.lastIndex = 0;
      return re.test(text);
    },
  };
}
