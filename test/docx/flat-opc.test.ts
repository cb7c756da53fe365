/** Reading Word's getOoxml packages: the control's placeholder state and the sections' numbering. */
import {
  controlShowsPlaceholder,
  controlShowsPlaceholderOrUndefined,
  sectionRestarts,
} from "../../src/docx/flat-opc";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const pkg = (...parts: [string, string][]) =>
  `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">${parts
    .map(
      ([name, body]) =>
        `<pkg:part pkg:name="${name}"><pkg:xmlData><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document></pkg:xmlData></pkg:part>`,
    )
    .join("")}</pkg:package>`;
const sdt = (pr: string, inner = "<w:p/>") =>
  `<w:sdt><w:sdtPr>${pr}</w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;

test.each([
  ["showing", sdt("<w:tag w:val='x'/><w:showingPlcHdr/>"), true],
  ["showing, val on", sdt('<w:showingPlcHdr w:val="1"/>'), true],
  ["explicitly not", sdt('<w:showingPlcHdr w:val="false"/>'), false],
  ["not marked", sdt("<w:tag w:val='x'/>"), false],
  ["an inner control's mark is not the outer's", sdt("", sdt("<w:showingPlcHdr/>")), false],
  ["no control", "<w:p/>", undefined],
])("%s", (_name, body, expected) => {
  expect(controlShowsPlaceholder(pkg(["/word/document.xml", body]))).toBe(expected);
});

test("only the main document part counts (a glossary's docParts do not)", () => {
  const glossary: [string, string] = ["/word/glossary/document.xml", sdt("<w:showingPlcHdr/>")];
  expect(controlShowsPlaceholder(pkg(glossary, ["/word/document.xml", sdt("")]))).toBe(false);
});

test("a package that is no XML is 'not known', not a crash", () => {
  expect(controlShowsPlaceholderOrUndefined("<pkg:package")).toBeUndefined();
});

test("sections in order, with their restarts", () => {
  const body =
    `<w:p><w:pPr><w:sectPr><w:pgNumType w:fmt="lowerRoman"/></w:sectPr></w:pPr></w:p>` +
    `<w:p/><w:sectPr><w:pgNumType w:start="1"/></w:sectPr>`;
  expect(sectionRestarts(pkg(["/word/document.xml", body]))).toEqual([undefined, 1]);
  expect(sectionRestarts(pkg(["/word/document.xml", "<w:p/>"]))).toEqual([]);
});
