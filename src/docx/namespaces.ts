/** The XML namespaces the .docx code reads and writes, once. */
export const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  wStrict: "http://purl.oclc.org/ooxml/wordprocessingml/main",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  math: "http://schemas.openxmlformats.org/officeDocument/2006/math",
  mathStrict: "http://purl.oclc.org/ooxml/officeDocument/math",
} as const;

export const W_NS = NS.w;
