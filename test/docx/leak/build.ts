/**
 * Building blocks for the leak corpus: a package around a body as Word writes it (Word's namespaces, mc:Ignorable,
 * its relationship and content types), and pictures that carry metadata (PNG text and eXIf chunks, JPEG Exif with
 * XPAuthor in UTF-16, XMP, a comment segment).
 */
import { readFileSync } from "fs";
import * as path from "path";
import { strToU8, zipSync, zlibSync } from "fflate";

export const NS =
  'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:o="urn:schemas-microsoft-com:office:office" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:w10="urn:schemas-microsoft-com:office:word" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" ' +
  'mc:Ignorable="w14 w15 wp14"';

const T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.wordprocessingml";
const xml = (s: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n${s}`;

let paraId = 0x1a2b3c00;
export const r = (text: string, rPr = "") =>
  `<w:r w:rsidRPr="00D1E2F3">${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
export const p = (inner: string, pPr = "") =>
  `<w:p w14:paraId="${(paraId++).toString(16).toUpperCase()}" w14:textId="77777777" w:rsidR="00D1E2F3" w:rsidRDefault="00D1E2F3">${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${inner}</w:p>`;
export const heading = (text: string) => p(r(text), '<w:pStyle w:val="Kop2"/>');
/** A mark as the pane makes it: a control tagged nota:woo:<ground>, shown as tags. */
export const mark = (ground: string, inner: string, id = 100 + paraId) =>
  `<w:sdt><w:sdtPr><w:alias w:val="Niet openbaar (${ground})"/><w:tag w:val="nota:woo:${ground}"/><w:id w:val="${id}"/><w15:appearance w15:val="tags"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
export const ins = (author: string, inner: string, id = 1) =>
  `<w:ins w:id="${id}" w:author="${author}" w:date="2024-11-25T10:00:00Z">${inner}</w:ins>`;
export const del = (author: string, text: string, id = 2) =>
  `<w:del w:id="${id}" w:author="${author}" w:date="2024-11-25T10:00:00Z"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;

/** An inline picture as Word writes it. */
export const picture = (rid: string, id: number, descr = "", extra = "") =>
  `<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" wp14:anchorId="1C2D3E4F" wp14:editId="5A6B7C8D">` +
  `<wp:extent cx="95250" cy="95250"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
  `<wp:docPr id="${id}" name="IMG_${id}_Gijsbert.jpg"${descr ? ` descr="${descr}"` : ""}${extra}/>` +
  `<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
  `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>` +
  `<pic:nvPicPr><pic:cNvPr id="${id}" name="IMG_${id}_Gijsbert.jpg"${descr ? ` descr="${descr}"` : ""}/><pic:cNvPicPr/></pic:nvPicPr>` +
  `<pic:blipFill><a:blip r:embed="${rid}"><a:extLst><a:ext uri="{28A0092B-C50C-407E-A947-70E740481C1C}"><a14:useLocalDpi xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" val="0"/></a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
  `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="95250" cy="95250"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
  `</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;

/** A text box as Word 2010+ writes it: the shape in mc:Choice, the VML text box in mc:Fallback. */
export const textBox = (inner: string, id = 7) =>
  `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
  `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>` +
  `<wp:extent cx="2360930" cy="1404620"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="${id}" name="Tekstvak ${id}"/><wp:cNvGraphicFramePr/>` +
  `<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2360930" cy="1404620"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>` +
  `<wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
  `<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
  `<v:shape id="Tekstvak ${id}" o:spid="_x0000_s102${id}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:185.9pt;height:110.6pt;z-index:251659264;mso-width-percent:400;mso-height-percent:200" o:gfxdata="UEsDBBQABgAIAAAAIQC2gziS/gAAAOEBAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbJSRQU7DMBBF90jcwfIWJU67QAgl6YK0S0CoHGBkTxKLZGx53NDeHictG4SQWNrz/3tPcrk9jIOYMLB1VMlVXkiBpJ2x1FXyfb/L7qXgCGRgcISVPCLLbX19Ve6PHlmkNnEl+xj9g1KsexyBc+eR0qR1YYSYjqFTHvQHdKjWRXGntKOIFLM4M2RdNtjCfojiyIj+jZLRNDvDkG/DgwrlVNKfQNO3HwGGBpwPfiotI5ZbMJ6kdIJ8sUs4R4gLtHdt2ckXpDFo7OtdSRHA+l17IUXVX8j0qaOj/7p/Ko+HcZ2kD4ZkNAqxgpTyybVEiC6ZiFmG/RFOTl+/8HyIOl1fzAfHZgXq2p6dQn9rA+O+rNaPj6gZAQq2iewbfWjHcAFK9IGpFfr2w=="><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;

/** A complex field: its code, then (when given) its shown result. */
export const field = (code: string, result?: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${code} </w:instrText></w:r>` +
  (result === undefined ? "" : `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${result}`) +
  `<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

export const STYLES = (extra = "") =>
  xml(
    `<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Verdana" w:hAnsi="Verdana" w:eastAsia="Calibri" w:cs="Times New Roman"/><w:sz w:val="18"/><w:lang w:val="nl-NL" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="240" w:lineRule="atLeast"/></w:pPr></w:pPrDefault></w:docDefaults>` +
      `<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:next w:val="Standaard"/><w:qFormat/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:basedOn w:val="Standaard"/><w:next w:val="Standaard"/><w:qFormat/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
      `<w:style w:type="character" w:default="1" w:styleId="Standaardalinea-lettertype"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
      `<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="Standaardalinea-lettertype"/><w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>` +
      extra +
      `</w:styles>`,
  );

export interface PackageSpec {
  body: string;
  /** Extra parts: name → text or bytes. */
  parts?: Record<string, string | Uint8Array>;
  /** Relationships of word/document.xml besides styles and settings: [id, type (last segment or full), target, external?]. */
  rels?: [string, string, string, boolean?][];
  /** Relationships of other parts: part → relationships. */
  partRels?: Record<string, [string, string, string, boolean?][]>;
  overrides?: [string, string][];
  styles?: string;
  creator?: string;
  sectPr?: string;
  /** Extra root relationships (a thumbnail). */
  rootRels?: [string, string, string][];
}

const relsXml = (items: [string, string, string, boolean?][]) =>
  xml(
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      items
        .map(
          ([id, type, target, external]) =>
            `<Relationship Id="${id}" Type="${type.includes("://") ? type : `${T}/${type}`}" Target="${target}"${external ? ' TargetMode="External"' : ""}/>`,
        )
        .join("") +
      `</Relationships>`,
  );

export const STORY_CT: Record<string, string> = {
  header: `${CT}.header+xml`,
  footer: `${CT}.footer+xml`,
  footnotes: `${CT}.footnotes+xml`,
  endnotes: `${CT}.endnotes+xml`,
  comments: `${CT}.comments+xml`,
  numbering: `${CT}.numbering+xml`,
};

/** The nota's header lines, as a template nota has them. */
export const HEADER_LINES = (van = "Directie MBO") =>
  p(r("TER ONDERTEKENING")) + p(r("Aan: MOCW")) + p(r(`Van: ${van}`)) + p(r("Datum: 26 november 2024"));

export function docxPackage(spec: PackageSpec): Uint8Array {
  const files: Record<string, string | Uint8Array> = {
    "[Content_Types].xml": xml(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>` +
        `<Default Extension="jpeg" ContentType="image/jpeg"/><Default Extension="emf" ContentType="image/x-emf"/>` +
        `<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>` +
        `<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>` +
        `<Override PartName="/word/document.xml" ContentType="${CT}.document.main+xml"/>` +
        `<Override PartName="/word/styles.xml" ContentType="${CT}.styles+xml"/>` +
        `<Override PartName="/word/settings.xml" ContentType="${CT}.settings+xml"/>` +
        `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
        (spec.overrides ?? []).map(([n, t]) => `<Override PartName="/${n}" ContentType="${t}"/>`).join("") +
        `</Types>`,
    ),
    "_rels/.rels": relsXml([
      ["rId1", "officeDocument", "word/document.xml"],
      [
        "rId2",
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        "docProps/core.xml",
      ],
      ...(spec.rootRels ?? []),
    ]),
    "docProps/core.xml": xml(
      `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
        `<dc:creator>${spec.creator ?? "Piet Schrijver"}</dc:creator><cp:lastModifiedBy>${spec.creator ?? "Piet Schrijver"}</cp:lastModifiedBy><cp:revision>3</cp:revision>` +
        `<dcterms:created xsi:type="dcterms:W3CDTF">2024-11-25T09:00:00Z</dcterms:created></cp:coreProperties>`,
    ),
    "word/document.xml": xml(
      `<w:document ${NS}><w:body>${spec.body}${spec.sectPr ?? '<w:sectPr w:rsidR="00D1E2F3"><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>'}</w:body></w:document>`,
    ),
    "word/_rels/document.xml.rels": relsXml([
      ["rIdStyles", "styles", "styles.xml"],
      ["rIdSettings", "settings", "settings.xml"],
      ...(spec.rels ?? []),
    ]),
    "word/styles.xml": spec.styles ?? STYLES(),
    "word/settings.xml": xml(
      `<w:settings ${NS}><w:zoom w:percent="100"/><w:trackRevisions/><w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>` +
        `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
        `<w:rsids><w:rsidRoot w:val="00D1E2F3"/><w:rsid w:val="00D1E2F3"/></w:rsids><m:mathPr><m:mathFont m:val="Cambria Math"/></m:mathPr><w:themeFontLang w:val="nl-NL"/>` +
        `<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/><w15:chartTrackingRefBased/><w15:docId w15:val="{8E0C8A5B-1D3A-4F2B-9C1E-0A1B2C3D4E5F}"/></w:settings>`,
    ),
    ...spec.parts,
  };
  for (const [part, rels] of Object.entries(spec.partRels ?? {}))
    files[part.replace(/([^/]+)$/, "_rels/$1.rels")] = relsXml(rels);
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === "string" ? strToU8(v) : v])),
  );
}

/** A story part (header, footer, notes) with Word's namespaces. */
export const storyPart = (root: string, inner: string) => xml(`<w:${root} ${NS}>${inner}</w:${root}>`);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const utf16le = (s: string) =>
  new Uint8Array([...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
function chunk(type: string, data: Uint8Array): Uint8Array {
  const body = new Uint8Array([...strToU8(type), ...data]);
  return new Uint8Array([...u32(data.length), ...body, ...u32(crc32(body))]);
}

/** A 2×2 PNG (drawable) whose text, eXIf and time chunks say `secret` (Latin-1, UTF-8 and UTF-16). */
export function pngWithMetadata(secret: string, rgb: [number, number, number] = [200, 30, 30]): Uint8Array {
  const header = new Uint8Array([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
  const rows = new Uint8Array([0, ...rgb, ...rgb, 0, ...rgb, ...rgb]);
  const pieces = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("tEXt", strToU8(`Author\0${secret}`)),
    chunk("iTXt", strToU8(`Description\0\0\0\0\0Foto van ${secret}`)),
    chunk("eXIf", new Uint8Array([0x49, 0x49, 0x2a, 0, ...utf16le(secret)])),
    chunk("tIME", new Uint8Array([0x07, 0xe8, 11, 25, 10, 0, 0])),
    chunk("IDAT", zlibSync(rows)),
    chunk("IEND", new Uint8Array()),
  ];
  return new Uint8Array(pieces.flatMap((x) => [...x]));
}

/** A real JPEG (test/fixtures/leak/saturn.jpeg) given an Exif segment (Artist, XPAuthor in UTF-16), XMP and a comment. */
export function jpegWithMetadata(secret: string): Uint8Array {
  const jpeg = readFileSync(path.join(__dirname, "..", "..", "fixtures", "leak", "saturn.jpeg"));
  const segment = (marker: number, data: Uint8Array) =>
    new Uint8Array([0xff, marker, ((data.length + 2) >> 8) & 0xff, (data.length + 2) & 0xff, ...data]);
  const exif = segment(
    0xe1,
    new Uint8Array([...strToU8("Exif\0\0II*\0Artist:"), ...strToU8(secret), 0, ...utf16le(secret), 0, 0]),
  );
  const xmp = segment(
    0xe1,
    strToU8(`http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><dc:creator>${secret}</dc:creator></x:xmpmeta>`),
  );
  const com = segment(0xfe, strToU8(`Gemaakt door ${secret}`));
  return new Uint8Array([...jpeg.subarray(0, 2), ...exif, ...xmp, ...com, ...jpeg.subarray(2)]);
}
