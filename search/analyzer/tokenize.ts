/**
 * Tokenization that keeps legal numbers whole: `15-1`, `14-1)` → `15-1`, `14-1`;
 * `22-бабы` → `22` and `бабы`; words joined by a hyphen (`жария-құқықтық`) split into their parts,
 * because analysts type either part alone. Any non-letter (NBSP included) separates tokens;
 * a soft hyphen inside a word does not.
 */

export interface Token {
  /** The token as it stands in the input, soft hyphens removed */
  text: string;
  /** Offsets of the token in the input */
  start: number;
  end: number;
  /** Whether the token is a number (`15`, `15-1`) rather than a word */
  numeric: boolean;
}

/** A number with its hyphenated sub-numbers (`15-1`, `2-1-1`), or a run of letters (with combining marks and soft hyphens). */
const TOKEN = /\d+(?:-\d+)*|[\p{L}\p{M}][\p{L}\p{M}\u00AD]*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index ?? 0;
    const raw = match[0];
    tokens.push({ text: raw.replace(/\u00AD/g, ''), start, end: start + raw.length, numeric: /^\d/.test(raw) });
  }
  return tokens;
}
