/**
 * Where an eId stands in a markdown export of the national legal database (../shared/adilet/…/kaz.md,
 * rus.md), read by regex on its headings and numbering: the ingest of that format does not exist yet.
 * Articles are headed `**N-бап. …**` / `**Статья N. …**` (or with `#`), parts are unindented `N. …`
 * lines, subparagraphs `N) …` lines under their part (under the article when it has no parts).
 * A repealed subparagraph is printed in italics (`*1) алып тасталды …*`) and is not found.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../shared-dir.ts';

export { SHARED_DIR };

export type ExportLanguage = 'kk' | 'ru';

const NUM = '\\d+(?:-\\d+)*';
const EID = new RegExp(`^art_(${NUM})(?:__para_(${NUM}))?(?:__point_(${NUM}))?$`);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const articleHeading = (num: string, language: ExportLanguage) =>
  new RegExp(`^(?:\\*\\*|#+ )${language === 'kk' ? `${escape(num)}-бап\\.` : `Статья ${escape(num)}\\.`}`);
/** Any heading: the next article, chapter or section, or the signature, ends an article. */
const HEADING = /^(?:\*\*|#)/;
const PART = new RegExp(`^(${NUM})\\.\\s`);
const POINT = new RegExp(`^\\s*(${NUM})\\)\\s`);

export function readExport(folder: string, language: ExportLanguage): string[] {
  return readFileSync(join(SHARED_DIR, 'adilet', folder, `${language === 'kk' ? 'kaz' : 'rus'}.md`), 'utf8').split('\n');
}

/**
 * The 1-based line of the provision an eId names (`art_9__para_3`, `art_1__point_12-1`,
 * `art_4__para_1__point_16`), or null when the export has no such article, part or subparagraph.
 * Only article, part and subparagraph eIds can be checked this way; any other eId is an error.
 */
export function exportLine(lines: readonly string[], eId: string, language: ExportLanguage): number | null {
  const match = EID.exec(eId);
  if (!match) throw new Error(`${eId}: only art_N, __para_N and __point_N can be found in an export`);
  const [, article = '', part, point] = match;
  const start = lines.findIndex((line) => articleHeading(article, language).test(line));
  if (start < 0) return null;
  let end = lines.findIndex((line, i) => i > start && HEADING.test(line));
  if (end < 0) end = lines.length;
  let from = start;
  let to = end;
  if (part) {
    const at = lines.findIndex((line, i) => i > start && i < end && PART.exec(line)?.[1] === part);
    if (at < 0) return null;
    const next = lines.findIndex((line, i) => i > at && i < end && PART.test(line));
    [from, to] = [at, next < 0 ? end : next];
  } else if (point && lines.slice(start + 1, end).some((line) => PART.test(line))) {
    return null; // a subparagraph named without its part, in an article that has parts
  }
  if (!point) return from + 1;
  const at = lines.findIndex((line, i) => i > from && i < to && POINT.exec(line)?.[1] === point);
  return at < 0 ? null : at + 1;
}
