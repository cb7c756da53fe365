/** A document without text in its body is "leeg" only when it holds no text anywhere (issue 16). */
import { strToU8 } from "fflate";
import { readUsableDocx } from "../../src/docx/reader";
import { smallDocx } from "../helpers/raw-zip";
import { refusal } from "../helpers/refusal";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const story = (root: string, inner: string) => strToU8(`<w:${root} xmlns:w="${W}">${inner}</w:${root}>`);
const P = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

const sentence = (bytes: Uint8Array, locale: "nl" | "en" = "nl") =>
  refusal(bytes, { read: readUsableDocx, locale });

test.each([
  [
    "text only in a header",
    { name: "word/header1.xml", data: story("hdr", P("Kenmerk 2026")) },
    /alleen tekst in de kop- en voetteksten/,
  ],
  [
    "text only in a footer",
    { name: "word/footer2.xml", data: story("ftr", P("Pagina 1")) },
    /alleen tekst in de kop- en voetteksten/,
  ],
  [
    "text only in footnotes",
    {
      name: "word/footnotes.xml",
      data: story("footnotes", `<w:footnote w:id="1">${P("Zie de brief.")}</w:footnote>`),
    },
    /alleen tekst in voetnoten of eindnoten/,
  ],
  [
    "text only in comments",
    {
      name: "word/comments.xml",
      data: story("comments", `<w:comment w:id="0">${P("Graag aanpassen.")}</w:comment>`),
    },
    /alleen tekst in opmerkingen/,
  ],
])("%s: said, not 'leeg'", (_name, part, expected) => {
  const message = sentence(smallDocx("<w:p/>", [part]));
  expect(message).toMatch(expected);
  expect(message).not.toBe("is leeg");
});

test("all of it a tracked deletion: said so, with what to do", () => {
  const body = `<w:p><w:del w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>Aanleiding</w:delText></w:r></w:del></w:p>`;
  expect(sentence(smallDocx(body))).toMatch(
    /alles erin is verwijderd met wijzigingen bijhouden; aanvaard of weiger/,
  );
  expect(sentence(smallDocx(body), "en")).toMatch(/everything in it is deleted with track changes/);
});

test("a header without text, and nothing else: still 'is leeg'", () => {
  expect(sentence(smallDocx("<w:p/>", [{ name: "word/header1.xml", data: story("hdr", "<w:p/>") }]))).toBe(
    "is leeg",
  );
});

test("a body with text is read whatever else there is", () => {
  expect(
    sentence(smallDocx(P("Aanleiding"), [{ name: "word/header1.xml", data: story("hdr", P("x")) }])),
  ).toBe("read");
});
