/** Word's stories as the snapshot names them, and Word's paragraph text as the snapshot writes it. */
import type { Story } from "../nota/snapshot";

/** Word's paragraph text uses \v for line breaks and \r at ends; the snapshot uses \n. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?|\v/g, "\n").replace(/\n$/, "");
}

/** A story's paragraphs: the body, or the first section's page header. */
export function storyParagraphs(context: Word.RequestContext, story: Story): Word.ParagraphCollection {
  if (story === "body") return context.document.body.paragraphs;
  return context.document.sections.getFirst().getHeader(story === "firstPageHeader" ? "FirstPage" : "Primary")
    .paragraphs;
}
