/**
 * A word-level diff of two wordings of a provision, for people reading what an amendment changed. The diff itself is
 * jsdiff's (`diffArrays`, Myers' algorithm); what is ours is the tokenizer: a word is a run of letters and digits of any
 * script, joined by inner hyphens, so a Kazakh or Russian word with its case ending (`43-1-баппен`, `1-бөлігінің`,
 * `әкімшілік-құқықтық`) is one token and a changed ending replaces the whole word, while each punctuation mark is a
 * token of its own (a quote mark or a semicolon added at the end of a subparagraph is a change of one mark). Whitespace
 * is not a token: it stays attached in front of the token it precedes, so the runs concatenate back to the texts.
 */
import { diffArrays } from 'diff';

export type DiffRunKind = 'equal' | 'inserted' | 'deleted';

/** A maximal run of tokens the two wordings share, or only the newer (`inserted`) or the older (`deleted`) has. */
export interface DiffRun {
  kind: DiffRunKind;
  /** The run's text with its inner whitespace as printed (the newer wording's, for an equal run) */
  text: string;
}

export interface WordDiff {
  /** In reading order; the equal and deleted runs make up the older wording, the equal and inserted ones the newer */
  runs: DiffRun[];
  /** One line of plain text: deleted runs as `[-…-]`, inserted ones as `{+…+}` (the notation of `git diff --word-diff`), whitespace as one space */
  rendering: string;
  /** Words and marks inserted and deleted */
  inserted: number;
  deleted: number;
}

interface Token {
  /** The whitespace printed before the token */
  space: string;
  word: string;
}

/** A word (letters, combining marks and digits, inner hyphens and apostrophes), or any other single non-space character. */
const TOKEN = /(\s*)([\p{L}\p{M}\p{N}]+(?:[-‐'’][\p{L}\p{M}\p{N}]+)*|\S)/gu;

/** The tokens of a text, each with the whitespace before it; trailing whitespace is dropped. */
export function wordTokens(text: string): string[] {
  return tokenize(text).map((t) => t.word);
}

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ space: m[1] ?? '', word: m[2] ?? '' }));
}

/**
 * The word-level diff of an older and a newer wording (either may be empty: a provision inserted or removed). `same`
 * says which tokens are one: by default those spelt alike; a caller may also equate marks that only typesetting tells
 * apart (an en dash and a hyphen).
 */
export function wordDiff(older: string, newer: string, same: (a: string, b: string) => boolean = (a, b) => a === b): WordDiff {
  const changes = diffArrays(tokenize(older), tokenize(newer), { comparator: (a, b) => same(a.word, b.word) });
  const runs: DiffRun[] = [];
  let rendering = '';
  let inserted = 0;
  let deleted = 0;
  for (const change of changes) {
    const kind: DiffRunKind = change.added ? 'inserted' : change.removed ? 'deleted' : 'equal';
    if (kind === 'inserted') inserted += change.count;
    if (kind === 'deleted') deleted += change.count;
    const text = change.value.map((t, i) => (i === 0 ? t.word : t.space + t.word)).join('');
    runs.push({ kind, text });
    // A run is set off by the space its first token had (none before the first run), whitespace shown as one space.
    const space = rendering === '' || change.value[0]?.space === '' ? '' : ' ';
    rendering += `${space}${MARKS[kind][0]}${text.replace(/\s+/g, ' ')}${MARKS[kind][1]}`;
  }
  return { runs, rendering, inserted, deleted };
}

const MARKS: Record<DiffRunKind, [string, string]> = { equal: ['', ''], deleted: ['[-', '-]'], inserted: ['{+', '+}'] };
