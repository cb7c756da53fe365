/** What `adopt` and `publish` share: one .docx in, another out. */
import { DocxError } from "../docx/package";
import { describeDocxError } from "../docx/messages";
import { UsageError, type Options } from "./args";
import { type Io, readInput, refuseInput, safeName, writeOutput } from "./io";

/**
 * adopt and publish: one .docx in (read under the same rules as any input), another out (never over the input).
 * `refusal` turns the transform's own refusals into a sentence (exit 1); unusable input is exit 2.
 */
export async function rewriteDocx<R extends { bytes: Uint8Array }>(
  o: Options,
  io: Io,
  transform: (data: Uint8Array) => R,
  refusal: (err: unknown) => string | undefined,
): Promise<R | number> {
  if (o.files.length !== 1) throw new UsageError("oneFile", { command: o.command }, true);
  if (!o.out) throw new UsageError("outRequired", { command: o.command }, true);
  const file = o.files[0];
  const inputs = [file, ...(o.profile ? [o.profile] : [])];
  await refuseInput(o.out, inputs);
  const input = await readInput(file, o.locale);
  if ("error" in input) {
    io.err(`${safeName(file)}: ${input.error}`);
    return 2;
  }
  let result: R;
  try {
    result = transform(input.data);
  } catch (err) {
    const sentence = refusal(err);
    if (sentence) {
      io.err(`${safeName(file)}: ${sentence}`);
      return 1;
    }
    if (err instanceof DocxError) {
      io.err(`${safeName(file)}: ${describeDocxError(err, o.locale)}`);
      return 2;
    }
    throw err;
  }
  await writeOutput(o.out, result.bytes, o.force, o.locale, inputs);
  return result;
}
