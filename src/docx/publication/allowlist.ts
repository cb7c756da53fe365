/**
 * What a publication copy may hold: the namespaces it writes, and in each the element and attribute names of the
 * schema's vocabulary (./schema-vocabulary.ts) less the ones that carry data rather than layout (EXCLUDED).
 * Anything else — an extension namespace, a name no schema declares, a name below — is not written.
 */
import { SCHEMA_ATTRIBUTES, SCHEMA_ELEMENTS } from "./schema-vocabulary";

/** The namespaces of the copy, by the prefix it writes them with (transitional URIs). */
export const NAMESPACES = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  m: "http://schemas.openxmlformats.org/officeDocument/2006/math",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  pic: "http://schemas.openxmlformats.org/drawingml/2006/picture",
  wp: "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
  v: "urn:schemas-microsoft-com:vml",
  o: "urn:schemas-microsoft-com:office:office",
  w10: "urn:schemas-microsoft-com:office:word",
} as const;
export type Prefix = keyof typeof NAMESPACES;

export const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
export const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** Strict OOXML's URIs, read as the transitional ones they stand for. */
const STRICT: Record<string, Prefix> = {
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/math": "m",
  "http://purl.oclc.org/ooxml/drawingml/main": "a",
  "http://purl.oclc.org/ooxml/drawingml/picture": "pic",
  "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing": "wp",
};
const BY_URI = new Map<string, Prefix>([
  ...(Object.entries(NAMESPACES).map(([p, u]) => [u, p]) as [string, Prefix][]),
  ...(Object.entries(STRICT) as [string, Prefix][]),
]);

/** The copy's prefix for a namespace URI; undefined for every namespace the copy does not write. */
export function prefixOf(uri: string): Prefix | undefined {
  return BY_URI.get(uri);
}

/** Names of the vocabulary that hold data, not layout: never written. */
const EXCLUDED_ELEMENTS: Partial<Record<Prefix, string[]>> = {
  w: [
    // Comments, revisions and their ranges (resolved before the copy is written; never carried).
    ...["annotationRef", "comment", "commentRangeEnd", "commentRangeStart", "commentReference", "comments"],
    ...["del", "ins", "moveFrom", "moveTo", "delText", "delInstrText", "cellDel", "cellIns", "cellMerge"],
    ...["moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd", "numberingChange"],
    ...["pPrChange", "rPrChange", "sectPrChange", "tblGridChange", "tblPrChange", "tblPrExChange"],
    ...["tcPrChange", "trPrChange"],
    ...["customXmlDelRangeEnd", "customXmlDelRangeStart", "customXmlInsRangeEnd", "customXmlInsRangeStart"],
    ...["customXmlMoveFromRangeEnd", "customXmlMoveFromRangeStart", "customXmlMoveToRangeEnd"],
    ...["customXmlMoveToRangeStart"],
    // Names, ids, bindings and data of controls, custom XML, smart tags, bookmarks, permissions, proofing.
    ...["sdt", "sdtPr", "sdtContent", "sdtEndPr", "customXml", "customXmlPr", "smartTag", "smartTagPr"],
    ...["dataBinding", "alias", "tag", "lock", "placeholder", "showingPlcHdr", "temporary", "docPartObj"],
    ...["bookmarkStart", "bookmarkEnd", "permStart", "permEnd", "proofErr", "proofState"],
    // Form fields' names, help and status texts, macros.
    ...["ffData", "fldData", "helpText", "statusText", "entryMacro", "exitMacro", "textInput", "ddList"],
    ...["listEntry", "checkBox", "calcOnExit"],
    // Objects, controls, imported content, ink, sub-documents, picture bullets, the page background.
    ...["object", "objectEmbed", "objectLink", "control", "altChunk", "altChunkPr", "contentPart", "subDoc"],
    ...["movie", "numPicBullet", "lvlPicBulletId", "background"],
    // Settings that point outside or keep history: template, schemas, variables, mail merge, protection.
    ...["attachedTemplate", "attachedSchema", "docVar", "docVars", "mailMerge", "rsid", "rsids", "rsidRoot"],
    ...["documentProtection", "writeProtection", "printerSettings", "glossaryDocument", "docParts"],
    ...["headerSource", "odso", "recipients", "recipientData", "updateFields", "saveThroughXslt"],
    // Embedded fonts (the font table keeps the fonts' names and metrics).
    ...["embedRegular", "embedBold", "embedItalic", "embedBoldItalic", "embedTrueTypeFonts"],
    ...["embedSystemFonts", "saveSubsetFonts"],
  ],
  a: [
    ...["extLst", "ext", "hlinkClick", "hlinkHover", "hlinkMouseOver", "snd", "audioCd", "wavAudioFile"],
    ...["audioFile", "videoFile", "quickTimeFile", "t", "txBody"],
  ],
  o: ["OLEObject", "signatureline", "diagram", "ink", "equationxml"],
};

/** Attributes of the vocabulary that hold who, when, where from or a hash: never written. */
const EXCLUDED_ATTRIBUTES: Partial<Record<Prefix | "", string[]>> = {
  w: [
    ...["author", "date", "initials", "rsidDel", "rsidP", "rsidR", "rsidRDefault", "rsidRPr", "rsidSect"],
    ...["rsidTr", "tooltip", "docLocation", "anchor", "tgtFrame", "hash", "hashValue", "salt", "saltValue"],
    ...["cryptAlgorithmClass", "cryptAlgorithmSid", "cryptAlgorithmType", "cryptProvider"],
    ...["cryptProviderType", "cryptProviderTypeExt", "cryptProviderTypeExtSource", "cryptSpinCount"],
    ...["spinCount", "algIdExt", "algIdExtSource", "algorithmName", "dllVersion", "storeItemID", "xpath"],
    ...["prefixMappings", "progId", "shapeId", "shapeid", "drawAspect", "dirty", "uri", "element", "url"],
    ...["vendorID", "solutionID", "namespaceuri", "original", "lastValue", "fieldCodes", "appName"],
  ],
  "": ["href", "target", "src", "action", "invalidUrl", "tgtFrame", "tooltip", "link"],
  o: ["gfxdata", "href", "althref", "oleicon", "ole", "relid", "oleid"],
};

const toSets = (source: Record<string, readonly string[]>, excluded: Record<string, string[] | undefined>) =>
  new Map(
    Object.entries(source).map(([p, names]) => [p, new Set(names.filter((n) => !excluded[p]?.includes(n)))]),
  );

const ELEMENTS = toSets(SCHEMA_ELEMENTS, EXCLUDED_ELEMENTS);

/** Attributes by their own namespace: qualified ones (w:, m:, o:, r:, xml:) and unqualified ones (""). */
const ATTRIBUTES = toSets(
  {
    w: SCHEMA_ATTRIBUTES.w,
    m: SCHEMA_ATTRIBUTES.m,
    o: SCHEMA_ATTRIBUTES.o,
    "": [
      ...SCHEMA_ATTRIBUTES.a,
      ...SCHEMA_ATTRIBUTES.pic,
      ...SCHEMA_ATTRIBUTES.wp,
      ...SCHEMA_ATTRIBUTES.v,
      ...SCHEMA_ATTRIBUTES.o,
      ...SCHEMA_ATTRIBUTES.w10,
    ],
    // Relationship references are rewritten to the copy's own ids; a link to a file outside never is.
    r: ["id", "embed"],
    xml: ["space"],
  },
  EXCLUDED_ATTRIBUTES,
);

export function elementAllowed(prefix: Prefix, local: string): boolean {
  return ELEMENTS.get(prefix)?.has(local) ?? false;
}

export function attributeAllowed(prefix: Prefix | "" | "xml", local: string): boolean {
  return ATTRIBUTES.get(prefix)?.has(local) ?? false;
}

/** The settings a copy keeps (layout, compatibility, notes' separators); every other setting goes. */
export const SETTINGS_KEPT = new Set([
  "defaultTabStop",
  "evenAndOddHeaders",
  "mirrorMargins",
  "gutterAtTop",
  "bookFoldPrinting",
  "bookFoldRevPrinting",
  "bookFoldPrintingSheets",
  "characterSpacingControl",
  "compat",
  "footnotePr",
  "endnotePr",
  "themeFontLang",
  "clrSchemeMapping",
  "decimalSymbol",
  "listSeparator",
  "autoHyphenation",
  "consecutiveHyphenLimit",
  "hyphenationZone",
  "doNotHyphenateCaps",
  "mathPr",
  "noPunctuationKerning",
  "bordersDoNotSurroundHeader",
  "bordersDoNotSurroundFooter",
  "strictFirstAndLastChars",
  "noLineBreaksAfter",
  "noLineBreaksBefore",
  "defaultTableStyle",
  "drawingGridHorizontalSpacing",
  "drawingGridVerticalSpacing",
  "displayHorizontalDrawingGridEvery",
  "displayVerticalDrawingGridEvery",
  "doNotUseMarginsForDrawingGridOrigin",
  "drawingGridHorizontalOrigin",
  "drawingGridVerticalOrigin",
  "alignBordersAndEdges",
  "doNotShadeFormData",
]);
