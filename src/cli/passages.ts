/** `nota passages LETTER.docx`: a letter's emancipation passages, with their pages and the sentence for the nota. */
import { lexiconOf } from "../checks/engine";
import type { Translate } from "../i18n";
import { buildFlagSentence, findPassages, passagePages, passageTopics } from "../nota/emancipation";
import { formatPageReferences } from "../nota/pages";
import { UsageError, type Options } from "./args";
import { type Io, safeName } from "./io";
import { loadDocx, loadProfile } from "./load";
import type { CliMessageId } from "./messages";

type T = Translate<CliMessageId>;

export async function runPassages(o: Options, io: Io, t: T): Promise<number> {
  if (o.files.length !== 1) throw new UsageError("oneFile", { command: "passages" }, true);
  const profile = await loadProfile(o.profile, o.locale);
  const file = o.files[0];
  const loaded = await loadDocx(file, o.locale);
  if ("error" in loaded) {
    io.err(`${safeName(file)}: ${loaded.error}`);
    return 2;
  }
  const lexicon = lexiconOf(profile);
  const passages = findPassages(loaded.snapshot, lexicon);
  const pages = passagePages(passages);
  const sentence = passages.length
    ? buildFlagSentence(profile.emancipation, passageTopics(passages, lexicon), pages)
    : undefined;
  if (o.format === "json") {
    io.out(
      JSON.stringify(
        { file, pageSource: loaded.snapshot.pageSource, passages, pages, sentence: sentence ?? null },
        null,
        2,
      ),
    );
    return 0;
  }
  io.out(safeName(file));
  if (!passages.length) {
    io.out(`  ${t("noPassages")}`);
    return 0;
  }
  for (const p of passages) {
    const page = p.page !== undefined ? t("page", { n: p.page }) : "?";
    io.out(
      `  ${page.padEnd(8)} ${t("paragraph", { n: p.paragraph + 1 }).padEnd(12)} [${p.topics.join(", ")}]`,
    );
    io.out(`           ${p.excerpt}`);
  }
  io.out("");
  io.out(`  ${t("passagesFound", { n: passages.length, pages: formatPageReferences(pages) })}`);
  if (loaded.snapshot.pageSource === "breaks") io.out(`  ${t("pagesFromBreaks")}`);
  io.out("");
  io.out(`  ${t("sentence")}`);
  io.out(`  ${sentence}`);
  return 0;
}
