/**
 * A .docx's refusal as data (issue 20): the DocxError carries a DocxProblem (a code and typed values), the letter
 * worker posts that problem as it is, and the command line and the pane fill their sentence from the same data.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { deserialize, serialize } from "v8";
import { strToU8 } from "fflate";
import { describeDocxError } from "../../src/docx/messages";
import { DocxError, type DocxProblem } from "../../src/docx/package";
import { readUsableDocx } from "../../src/docx/reader";
import { respond, type LetterResponse } from "../../src/taskpane/letter/protocol";
import { run } from "../helpers/cli";
import * as damage from "../helpers/damage";
import { fixtureBytes } from "../helpers/fixtures";
import { smallDocx } from "../helpers/raw-zip";

const nota = () => fixtureBytes("example-nota.docx");
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** What the reader throws for `bytes` (a DocxError, or the test fails). */
function thrown(bytes: Uint8Array): DocxError {
  try {
    readUsableDocx(bytes);
  } catch (err) {
    if (err instanceof DocxError) return err;
    throw err;
  }
  throw new Error("read");
}

const REFUSED: [string, () => Uint8Array, DocxProblem][] = [
  [
    "a flipped byte",
    () => damage.flippedByte(nota()),
    { code: "damaged", problem: "crc-mismatch", entry: "word/document.xml" },
  ],
  ["a password", () => damage.encryptedEntry(nota()), { code: "encrypted", entry: expect.any(String) }],
  ["no zip", () => strToU8("platte tekst"), { code: "not-zip" }],
  [
    "text only in a header",
    () =>
      smallDocx("<w:p/>", [
        {
          name: "word/header1.xml",
          data: strToU8(`<w:hdr xmlns:w="${W}"><w:p><w:r><w:t>Kop</w:t></w:r></w:p></w:hdr>`),
        },
      ]),
    { code: "empty", elsewhere: "headers" },
  ],
  [
    "broken XML",
    () => smallDocx("<w:p><w:r></w:p>"),
    { code: "xml", part: "word/document.xml", line: expect.any(Number) },
  ],
  [
    "deep nesting",
    () => smallDocx(`<w:p>${"<w:r>".repeat(300)}</w:p>`),
    { code: "limit", limit: "depth", max: 256, part: "word/document.xml" },
  ],
];

describe.each(REFUSED)("%s", (_name, make, problem) => {
  test("is thrown as a DocxError whose problem names its values", () => {
    const error = thrown(make());
    expect(error.problem).toEqual(problem);
    expect(error.code).toBe(problem.code);
  });

  test("the worker posts the problem; the pane's sentence from it is the command line's, word for word", async () => {
    const bytes = make();
    const posted: LetterResponse[] = [];
    await respond(bytes, (r) => posted.push(deserialize(serialize(r)) as LetterResponse)); // as postMessage clones
    const refused = posted.find((r) => r.kind === "refused");
    if (refused?.kind !== "refused") throw new Error(`not refused: ${JSON.stringify(posted)}`);
    expect(refused.problem).toEqual(thrown(bytes).problem);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "nota-errors-")), "brief.docx");
    writeFileSync(file, bytes);
    const cli = await run("check", file);
    expect(cli.code).toBe(2);
    expect(cli.err).toBe(`${file}: ${describeDocxError(refused.problem, "nl")}`);
    for (const locale of ["nl", "en"] as const)
      expect(describeDocxError(refused.problem, locale)).toBe(describeDocxError(thrown(bytes), locale));
  });
});

test.each<[DocxProblem, string]>([
  [
    { code: "xml", part: "word/document.xml", line: 1234 },
    "is beschadigd: het onderdeel word/document.xml is geen leesbare XML (rond regel 1234); open het in Word en sla het opnieuw op",
  ],
  [
    { code: "xml", part: "document" },
    "is beschadigd: het onderdeel document is geen leesbare XML (rond regel ?); open het in Word en sla het opnieuw op",
  ],
  [
    { code: "too-large", mb: 1024 },
    "is te groot om veilig te lezen (meer dan 1024 MB uitgepakt); is het wel een nota?",
  ],
  [{ code: "file-too-large", mb: 50 }, "is groter dan 50 MB; zo groot is geen nota of brief"],
  [
    { code: "limit", limit: "paragraphs", max: 250_000 },
    "gaat over een grens van de assistent: meer dan 250.000 alinea's. Is het wel een nota?",
  ],
  [
    { code: "damaged", problem: "count-mismatch" },
    "is beschadigd: de inhoudsopgave telt een ander aantal onderdelen dan er staan; open het in Word en sla het opnieuw op",
  ],
  [
    { code: "damaged", problem: "bad-name", entry: "word/\u001b[2J.xml" },
    "is beschadigd: het onderdeel word/\\u001b[2J.xml heeft een naam die in een Word-document niet kan bestaan; open het in Word en sla het opnieuw op",
  ],
  [{ code: "empty" }, "is leeg"],
])("%j: its sentence, filled from the values as they were", (problem, sentence) => {
  expect(describeDocxError(problem, "nl")).toBe(sentence);
  expect(describeDocxError(new DocxError(problem), "nl")).toBe(sentence);
});
