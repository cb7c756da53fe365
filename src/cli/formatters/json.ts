/** `nota check --format json`: every file's outcome and the counts, to standard output or --out. */
import { BLOCK_IDS } from "../../nota/schema";
import { jsonText, writeOutput } from "../io";
import type { CheckFormatter, FormatContext } from "./types";

export function jsonFormatter({ o, io, inputs }: FormatContext): CheckFormatter {
  const files: unknown[] = [];
  return {
    checked({ file, result, findings, choice, profileSentence }) {
      const { nota } = result;
      files.push({
        file,
        profile: {
          id: choice.profile.id,
          name: choice.profile.name,
          reason: choice.reason.kind,
          sentence: profileSentence,
        },
        notANota: result.notANota,
        kind: result.kind?.id ?? null,
        blocks: BLOCK_IDS.map((id) => ({
          id,
          present: nota.blocks[id] !== undefined,
          heading: nota.blocks[id]?.heading ?? null,
        })),
        findings,
        suppressed: result.suppressed,
      });
    },
    unusable(entry) {
      files.push(entry);
    },
    async finish(counts) {
      const text = jsonText({ files, counts });
      if (o.out) await writeOutput(o.out, text + "\n", o.force, o.locale, inputs);
      else io.out(text);
    },
  };
}
