/** Nota kinds (beslisnota, informatienota): which one a nota is, by its purpose line, and the blocks it needs. */
import { NOTA_SCHEMA, type BlockId } from "../nota/schema";
import type { Nota } from "../nota/parser";
import type { NotaKind, Profile } from "./profile";

const fold = (s: string) => s.replace(/\s+/g, " ").trim().toUpperCase();

/** The kind the nota's purpose line names (TER INFORMATIE → informatienota); undefined without one. */
export function kindOf(nota: Nota, profile: Profile): NotaKind | undefined {
  const purpose = nota.header.purpose?.value;
  if (!purpose) return undefined;
  const key = fold(purpose);
  // A profile object made before kinds existed (kept by a deployment) has none.
  return (profile.kinds ?? []).find((k) => k.purposes.some((p) => fold(p) === key));
}

/** The blocks this nota needs: its kind's, or the profile's own list when the purpose names no kind. */
export function requiredBlocksFor(nota: Nota, profile: Profile): readonly BlockId[] {
  return kindOf(nota, profile)?.requiredBlocks ?? profile.requiredBlocks;
}

/**
 * Whether the document is a nota at all: a block of the schema, a purpose line, or both Aan and Van. A letter
 * (whose colofon has Datum and Kenmerk too), a report or an empty page is not, and gets one sentence instead of
 * every missing block.
 */
export function isNota(nota: Nota): boolean {
  if (Object.keys(nota.blocks).length > 0 || nota.header.purpose) return true;
  return nota.header.aan !== undefined && nota.header.van !== undefined;
}

/** The blocks a template of this kind holds: the kind's required blocks and the optional ones, in schema order. */
export function templateBlocks(kind: NotaKind): BlockId[] {
  return NOTA_SCHEMA.blocks.filter((b) => kind.requiredBlocks.includes(b.id) || !b.required).map((b) => b.id);
}

/** What `nota template` and the pane's new nota write for a kind: its blocks and its purpose line. */
export function templateOptionsFor(
  profile: Profile,
  kindId?: string,
): { blocks?: BlockId[]; labels: Profile["labels"]; purpose?: string } {
  const kind = kindId ? (profile.kinds ?? []).find((k) => k.id === kindId) : undefined;
  return kind
    ? { blocks: templateBlocks(kind), labels: profile.labels, purpose: kind.purposes[0] }
    : { labels: profile.labels };
}
