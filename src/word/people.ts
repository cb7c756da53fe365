/**
 * Reads that only the Controle tab and the Woo section need, in a chunk of their own (not in the first load): the
 * assistant's own comments, and the document's people.
 */

/** How many comments start with `marker` (the assistant's own). One sync. */
export async function countComments(context: Word.RequestContext, marker: string): Promise<number> {
  const comments = context.document.body.getComments().load("items/content");
  await context.sync();
  return (comments.items ?? []).filter((c) => c.content.startsWith(marker)).length;
}

/**
 * The author and last author (Document.properties, WordApi 1.3), the comments' authors (WordApi 1.4) and the
 * tracked changes' authors (WordApi 1.6), each only where `sets` says this Word has it; each name once. One sync.
 */
export async function readPeople(
  context: Word.RequestContext,
  sets: { comments: boolean; trackedChanges: boolean },
): Promise<string[]> {
  const properties = context.document.properties.load("author,lastAuthor");
  const comments = sets.comments ? context.document.body.getComments().load("items/authorName") : undefined;
  const tracked = sets.trackedChanges
    ? context.document.body.getTrackedChanges().load("items/author")
    : undefined;
  await context.sync();
  const names = [
    properties.author,
    properties.lastAuthor,
    ...(comments?.items ?? []).map((c) => c.authorName),
    ...(tracked?.items ?? []).map((t) => t.author),
  ];
  return [...new Set(names.map((n) => (n ?? "").trim()).filter(Boolean))];
}
