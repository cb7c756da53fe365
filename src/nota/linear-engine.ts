/**
 * The linear-time engine for a user's patterns: re2js, the pure-JS port of RE2 (no native build). Imported for its
 * effect where profiles are read (the command line, the tests); the pane, which holds only the built-in profile,
 * never loads it (it is some 65 KB gzipped).
 */
import { RE2JS } from "re2js";
import { registerLinearEngine } from "./safe-pattern";

registerLinearEngine((source, ignoreCase) => {
  const re = RE2JS.compile(source, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  return {
    exec(text, from = 0) {
      const m = re.matcher(text);
      if (!m.find(from)) return undefined;
      return { start: m.start(), end: m.end() };
    },
    test: (text) => re.matcher(text).find(),
  };
});
