/**
 * What a single cleaned line of a code looks like, on its own, before context decides
 * whether to believe it: a heading, a numbered label, an amendment note, a URL, or text.
 * Labels are matched exactly as printed (case-sensitive), so a label's characters can be
 * told from the text after it.
 */

export type LineClass =
  | { kind: 'section' | 'chapter' | 'article'; num: string; rest: string }
  | { kind: 'part' | 'subparagraph'; num: string; rest: string; referenceLike: boolean }
  /** `label` is set when the note stands in place of a repealed provision: `12) 2025.17.12. № …` */
  | { kind: 'note'; label: { kind: 'part' | 'subparagraph'; num: string } | null; rest: string }
  | { kind: 'url' }
  | { kind: 'text' };

const NUM = String.raw`\d+(?:-\d+)*`;
// N-БӨЛІМ. = section (бөлім), always upper case in this code
const SECTION = new RegExp(String.raw`^(${NUM})-БӨЛІМ\.(?:\s+|$)(.*)$`, 'u');
// N-тарау. = chapter
const CHAPTER = new RegExp(String.raw`^(${NUM})-тарау\.(?:\s+|$)(.*)$`, 'u');
// N-бап. = article; `134-баптарына` (to articles 134) does not match: the dot is required
const ARTICLE = new RegExp(String.raw`^(${NUM})-бап\.(?:\s+|$)(.*)$`, 'u');
const PART = new RegExp(String.raw`^(${NUM})\.(?:\s+|$)(.*)$`, 'u');
const SUBPARAGRAPH = new RegExp(String.raw`^(${NUM})\)(?:\s+|$)(.*)$`, 'u');
/** An amendment note starts with its date, YYYY.DD.MM. followed by the act number sign. */
export const NOTE_START = /^\d{4}\.\d{2}\.\d{2}\. №/u;
const URL_LINE = /^https?:\/\/\S+$/u;
/**
 * After a label, words that show the "label" is a wrapped reference, not a provision:
 * `3) тармақшаларында` (in subparagraphs 3)), `1), 2) немесе 3)` (or), `2. тармағында` (in paragraph 2).
 */
const REFERENCE_AFTER_LABEL = /^(?:,|және\s|немесе\s|тармақша|тармақ|бөлі[гк])/u;

export function classifyLine(text: string): LineClass {
  let m = SECTION.exec(text);
  if (m) return { kind: 'section', num: m[1] ?? '', rest: m[2] ?? '' };
  m = CHAPTER.exec(text);
  if (m) return { kind: 'chapter', num: m[1] ?? '', rest: m[2] ?? '' };
  m = ARTICLE.exec(text);
  if (m) return { kind: 'article', num: m[1] ?? '', rest: m[2] ?? '' };
  if (NOTE_START.test(text)) return { kind: 'note', label: null, rest: text };
  if (URL_LINE.test(text)) return { kind: 'url' };
  for (const [kind, re] of [
    ['part', PART],
    ['subparagraph', SUBPARAGRAPH],
  ] as const) {
    m = re.exec(text);
    if (!m) continue;
    const num = m[1] ?? '';
    const rest = m[2] ?? '';
    if (NOTE_START.test(rest)) return { kind: 'note', label: { kind, num }, rest };
    return { kind, num, rest, referenceLike: REFERENCE_AFTER_LABEL.test(rest) };
  }
  return { kind: 'text' };
}
