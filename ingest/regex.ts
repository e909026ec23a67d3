/**
 * Matching a module-level global regex over many short texts.
 *
 * `text.matchAll(re)` copies `re` on every call (the spec's species constructor), and V8 does not
 * carry the copy's compiled code over: for the citation anchor (3,000 characters of source, run
 * once per provision) the copies cost twice as much as the matching (findReferences over the
 * corpus: 82 ms with matchAll, 30 ms without).
 */

/**
 * Every match of the global regex `re` in `text`, exactly as `text.matchAll(re)` yields them, but
 * matched by `re` itself. Its `lastIndex` is set before each match, so the caller may use `re` again
 * between two matches (a nested call) without disturbing the iteration.
 */
export function* execAll(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!re.global) throw new TypeError(`execAll: /${re.source.slice(0, 40)}/ is not global`);
  const fullUnicode = /[uv]/.test(re.flags);
  let at = 0;
  for (;;) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) return;
    // An empty match moves on by one character (both halves of a surrogate pair under the `u` flag), as matchAll does.
    at = m[0] === '' ? re.lastIndex + (fullUnicode && isPairAt(text, re.lastIndex) ? 2 : 1) : re.lastIndex;
    yield m;
  }
}

function isPairAt(text: string, at: number): boolean {
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
