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

/**
 * The token grammar: a number with its hyphenated sub-numbers (`15-1`, `2-1-1`), or a run of
 * letters (with combining marks and soft hyphens). Written as a scanner over char codes rather
 * than one regular expression: tokenizing is most of the cost of indexing and of cutting snippets,
 * and the scanner asks the Unicode regular expression about each distinct character only once.
 */
const LETTER = /^[\p{L}\p{M}]$/u;
/** Per UTF-16 code unit: 0 not yet asked, 1 letter or mark, 2 neither */
const letterClass = new Uint8Array(0x10000);
const SOFT_HYPHEN = 0xad;
const HYPHEN = 0x2d;

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Length (1 or 2 code units) of the letter or mark at `at`, or 0. */
function letterAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff) {
    // A surrogate pair: ask about the whole code point (rare, so not memoized).
    const point = text.codePointAt(at) ?? 0;
    return point > 0xffff && LETTER.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  let cls = letterClass[code];
  if (!cls) {
    cls = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    letterClass[code] = cls;
  }
  return cls === 1 ? 1 : 0;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const start = at;
    if (isDigit(text.charCodeAt(at))) {
      while (at < text.length && isDigit(text.charCodeAt(at))) at++;
      // `-` joins sub-numbers only when a digit follows it.
      while (text.charCodeAt(at) === HYPHEN && isDigit(text.charCodeAt(at + 1))) {
        at++;
        while (at < text.length && isDigit(text.charCodeAt(at))) at++;
      }
      tokens.push({ text: text.slice(start, at), start, end: at, numeric: true });
      continue;
    }
    const first = letterAt(text, at);
    if (first === 0) {
      at++;
      continue;
    }
    at += first;
    let softHyphen = false;
    for (;;) {
      if (text.charCodeAt(at) === SOFT_HYPHEN) {
        softHyphen = true;
        at++;
        continue;
      }
      const next = at < text.length ? letterAt(text, at) : 0;
      if (next === 0) break;
      at += next;
    }
    const raw = text.slice(start, at);
    tokens.push({ text: softHyphen ? raw.replace(/\u00AD/g, '') : raw, start, end: at, numeric: false });
  }
  return tokens;
}
