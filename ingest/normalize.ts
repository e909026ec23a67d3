/**
 * Normalize: undo PDF-extraction artefacts line by line, keeping every line's place in the raw file.
 *
 * The raw text is never changed; normalization yields SourceLines (one per non-blank raw line)
 * whose `text` is cleaned, and whose line number and offsets point into the raw file. Every
 * step below is small, named and idempotent: applying it twice gives what applying it once gives.
 */
import type { SourceSpan } from '../model/index.ts';
import { fixLookalikes, fixRomanNumerals } from '../text/index.ts';

/** One non-blank raw line, cleaned. */
export interface SourceLine {
  /** Cleaned text: no leading/trailing blanks, Cyrillic look-alikes fixed */
  text: string;
  /** 1-based raw line number */
  line: number;
  /** Offset of the raw line's first character in the raw file */
  startOffset: number;
  /** Offset just past the raw line's last character (before its newline) */
  endOffset: number;
  /** Leading blanks the raw line had (PDF indentation; headings sometimes have one) */
  indent: number;
}

/** Text joined from consecutive SourceLines, with the span it covers in the raw file. */
export interface JoinedText {
  text: string;
  source: SourceSpan;
  /** Where each line's text begins in `text`, so a match inside it can be traced to its raw line */
  pieces: ReadonlyArray<{ at: number; line: SourceLine }>;
}

/** Idempotent: spaces that are not U+0020 (NBSP, thin, figure, narrow NBSP, tabs) become one space; soft hyphens and U+FFFD go. */
export function foldSpaces(s: string): string {
  // Most lines hold none of these: one test spares them three replacing passes.
  if (!SPACES_TO_FOLD.test(s)) return s;
  return s
    .replace(/[\u00AD\uFFFD\u200B\uFEFF]/g, (c) => (c === '\uFFFD' ? ' ' : ''))
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/ {2,}/g, ' ');
}

/** Any character foldSpaces changes, or two spaces in a row. */
const SPACES_TO_FOLD = /[\u00AD\uFFFD\u200B\uFEFF\u00A0\u2000-\u200A\u202F\u205F\u3000\t]| {2}/;

/** The per-line cleaning steps, in order. */
export const LINE_STEPS: ReadonlyArray<(s: string) => string> = [foldSpaces, fixLookalikes, fixRomanNumerals];

/** Clean one line of text with every step (also usable on a query or a fragment). */
export function cleanText(s: string): string {
  return LINE_STEPS.reduce((acc, step) => step(acc), s).trim();
}

/** Split a raw file into cleaned non-blank SourceLines. */
export function normalizeLines(raw: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let offset = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lineNo = 1;
  while (offset <= raw.length) {
    let end = raw.indexOf('\n', offset);
    if (end === -1) end = raw.length;
    const rawLine = raw.slice(offset, end).replace(/\r$/, '');
    const text = cleanText(rawLine);
    if (text) {
      const indent = rawLine.length - rawLine.replace(/^[\s\u00A0]+/, '').length;
      lines.push({ text, line: lineNo, startOffset: offset, endOffset: offset + rawLine.length, indent });
    }
    offset = end + 1;
    lineNo += 1;
  }
  return lines;
}

/**
 * Words of the corpus, for telling a soft line-end hyphen (`қаты-`/`суына` → `қатысуына`)
 * from a real one (`жария-`/`құқықтық`) by whether the joined or the hyphenated form is
 * attested elsewhere.
 */
export type Lexicon = ReadonlySet<string>;

export function buildLexicon(lines: Iterable<SourceLine>): Lexicon {
  const words = new Set<string>();
  for (const { text } of lines) addWords(text.toLowerCase(), words);
  return words;
}

/**
 * Add what `/[\p{L}][\p{L}-]*[\p{L}]/gu` matches in `s` to `words`: each run of letters and hyphens, from its
 * first letter to its last, when those are two letters. One pass over the characters with a table of letters
 * instead of the regex, whose \p{L} is a long range test per character (lexicon of the corpus: 36 ms → 16 ms).
 */
function addWords(s: string, words: Set<string>): void {
  let first = -1; // where the run's first letter starts, -1 outside a run
  let last = -1; // where its last letter starts
  let end = -1; // just past its last letter
  for (let i = 0; i <= s.length;) {
    const cp = i < s.length ? (s.codePointAt(i) ?? 0) : -1;
    const size = cp > 0xffff ? 2 : 1;
    if (cp >= 0 && isLetter(cp)) {
      if (first < 0) first = i;
      last = i;
      end = i + size;
    } else if (cp !== HYPHEN) {
      if (first >= 0 && last > first) words.add(s.slice(first, end));
      first = -1;
    }
    i += size;
  }
}

const HYPHEN = 0x2d;
const LETTER_RE = /^\p{L}$/u;
/** \p{L} of each BMP code point, filled on first sight: 0 not looked up yet, 1 a letter, 2 not a letter. */
const BMP_LETTER = new Uint8Array(0x10000);

function isLetter(cp: number): boolean {
  if (cp > 0xffff) return LETTER_RE.test(String.fromCodePoint(cp));
  let known = BMP_LETTER[cp];
  if (!known) BMP_LETTER[cp] = known = LETTER_RE.test(String.fromCharCode(cp)) ? 1 : 2;
  return known === 1;
}

/**
 * How a document's line-end hyphens are to be read when the lexicon does not decide:
 * the code's typesetting never splits words, so its hyphens are real (`realUnlessAttested`);
 * the policy papers and books hyphenate by syllable (`softUnlessAttested`).
 */
export type HyphenPolicy = 'realUnlessAttested' | 'softUnlessAttested';

/** How two wrapped lines meet: with a space, glued (a real hyphen ends the left line), or glued with the soft hyphen removed. */
export type LineJoin = 'space' | 'glue' | 'unhyphenate';

export function lineJoin(left: string, right: string, lexicon?: Lexicon, policy: HyphenPolicy = 'realUnlessAttested'): LineJoin {
  const hyphenated = /([\p{L}\p{N}])-$/u.exec(left);
  if (!hyphenated) return 'space';
  if (/\p{N}/u.test(hyphenated[1] ?? '')) return 'glue';
  const head = /[\p{L}-]*[\p{L}]-$/u.exec(left)?.[0].slice(0, -1).toLowerCase() ?? '';
  const tail = /^[\p{L}]+/u.exec(right)?.[0].toLowerCase() ?? '';
  if (!head || !tail || !lexicon) return policy === 'realUnlessAttested' || !tail ? 'glue' : 'unhyphenate';
  if (lexicon.has(`${head}-${tail}`)) return 'glue';
  if (lexicon.has(head + tail)) return 'unhyphenate';
  return policy === 'realUnlessAttested' ? 'glue' : 'unhyphenate';
}

/** Join two wrapped lines' texts by the rule of lineJoin. */
export function joinTwo(left: string, right: string, lexicon?: Lexicon, policy?: HyphenPolicy): string {
  switch (lineJoin(left, right, lexicon, policy)) {
    case 'space':
      return `${left} ${right}`;
    case 'glue':
      return left + right;
    case 'unhyphenate':
      return left.slice(0, -1) + right;
  }
}

/**
 * Join consecutive wrapped lines into one text: real hyphens kept, soft hyphens dropped,
 * other breaks become a space; act numerals are fixed again over the joins (`№ 136-` / `VІІІ`),
 * which keeps lengths, so `pieces` stay exact.
 */
export function joinLines(lines: readonly SourceLine[], file: string, lexicon?: Lexicon, policy?: HyphenPolicy): JoinedText {
  const first = lines[0];
  if (!first) throw new Error('joinLines: no lines to join');
  const pieces: Array<{ at: number; line: SourceLine }> = [{ at: 0, line: first }];
  // The text so far, in parts: each join reads and rewrites only the last parts (wordEnd), where joining onto the
  // whole text made every join scan and copy it, quadratic in a long paragraph.
  const parts = [first.text];
  let length = first.text.length;
  for (const line of lines.slice(1)) {
    const from = wordEnd(parts);
    const left = parts.slice(from).join('');
    const joined = joinTwo(left, line.text, lexicon, policy);
    parts.splice(from, parts.length - from, joined.slice(0, joined.length - line.text.length), line.text);
    length += joined.length - left.length;
    pieces.push({ at: length - line.text.length, line });
  }
  return { text: fixRomanNumerals(parts.join('')), source: spanOf(lines, file), pieces };
}

/**
 * Where the parts that lineJoin must read begin: the last part, and those before it while the part is letters and
 * hyphens only (a word cut over several lines, whose head lies in an earlier part). A part with any other
 * character ends the run of letters and hyphens that lineJoin looks at, so nothing before it matters.
 */
function wordEnd(parts: readonly string[]): number {
  let from = parts.length - 1;
  while (from > 0 && WORD_PART.test(parts[from] ?? '')) from -= 1;
  return from;
}

const WORD_PART = /^[\p{L}-]*$/u;

/** The raw-file span of the characters [start, end) of a joined text (line-exact; offsets exact within a line). */
export function spanAt(joined: JoinedText, start: number, end: number): SourceSpan {
  const locate = (at: number) => {
    let piece = joined.pieces[0];
    for (const p of joined.pieces) if (p.at <= at) piece = p;
    if (!piece) throw new Error('spanAt: empty joined text');
    return { line: piece.line, offset: piece.line.startOffset + piece.line.indent + Math.min(at - piece.at, piece.line.text.length) };
  };
  const from = locate(start);
  const to = locate(Math.max(start, end - 1));
  return { file: joined.source.file, startLine: from.line.line, endLine: to.line.line, startOffset: from.offset, endOffset: to.offset + 1 };
}

/** The raw-file span covered by a run of SourceLines. */
export function spanOf(lines: readonly SourceLine[], file: string): SourceSpan {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) throw new Error('spanOf: no lines');
  return { file, startLine: first.line, endLine: last.line, startOffset: first.startOffset, endOffset: last.endOffset };
}
