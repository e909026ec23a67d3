/**
 * Footnotes of the policy papers. A footnote body (`1 Халыққа …`, the TAB and U+FFFD after the
 * number already turned into a space) is printed at the foot of the page, so it interrupts the
 * paragraph that runs over the page break; its marker is a digit glued to a word elsewhere
 * (`қарастырды1.`, `(EGDI)3`). The footnote becomes a child of the node whose text holds its
 * marker (eId `…__fnt_3`), which makes the link structural.
 */
import type { SourceLine } from '../normalize.ts';
import { execAll } from '../regex.ts';
import type { DocTree } from './document-tree.ts';
import type { DraftNode } from './draft.ts';

/** A digit glued to a word, a closing bracket or quote: a footnote marker. */
const MARKER = /(?<=[\p{L})»])(\d{1,2})(?=[\s.,;:)]|$)/gu;

/** Every footnote number marked somewhere in the text. */
export function markedNumbers(lines: readonly SourceLine[]): Set<number> {
  const found = new Set<number>();
  for (const l of lines) for (const m of execAll(MARKER, l.text)) found.add(Number(m[1]));
  return found;
}

/**
 * The number of a footnote body starting on this line, or null. Footnotes run 1, 2, 3… through
 * the paper; a body may be missing (001 lacks the body of 3 and all of 7), so the next number may
 * skip up to two; and its marker must stand somewhere in the text, which keeps a wrapped line
 * that happens to start with a number (`5 жыл …`) in its paragraph.
 */
export function footnoteStart(text: string, last: number, marked: ReadonlySet<number>): number | null {
  const m = /^(\d{1,2}) (?=\S)/.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  return n > last && n <= last + 3 && marked.has(n) ? n : null;
}

/** A footnote body ends with its sentence (most end with a URL and a full stop). */
export function footnoteComplete(lines: readonly SourceLine[]): boolean {
  const last = lines[lines.length - 1];
  return last === undefined || /\.\s*$/.test(last.text) || lines.length >= 5;
}

/** Put every footnote under the node whose text marks it, nearest to the body; report the unmarked. */
export function linkFootnotes(tree: DocTree, footnotes: readonly DraftNode[], candidates: readonly DraftNode[]): void {
  // The markers of each candidate line, read once rather than once per footnote.
  const marked = candidates.flatMap((node) =>
    node.textLines.map((l) => ({ node, line: l.line, nums: [...execAll(MARKER, l.text)].map((m) => m[1]) })),
  );
  for (const fn of footnotes) {
    const at = fn.textLines[0]?.line ?? 0;
    let best: { node: DraftNode; distance: number } | null = null;
    for (const { node, line, nums } of marked) {
      if (fn.num === null || !nums.includes(fn.num)) continue;
      const distance = Math.abs(line - at);
      if (!best || distance < best.distance) best = { node, distance };
    }
    if (best) tree.move(fn, best.node);
    else tree.diagnose(at, 'footnoteUnmarked', `footnote ${fn.num} has no marker in the text; it stays where its body is printed`);
  }
}

/** Report footnote numbers marked in the text but with no body. */
export function reportMissingBodies(
  tree: DocTree,
  marked: ReadonlySet<number>,
  bodies: readonly DraftNode[],
  lines: readonly SourceLine[],
): void {
  const have = new Set(bodies.map((b) => Number(b.num)));
  const max = Math.max(0, ...have);
  for (let n = 1; n <= max; n += 1) {
    if (have.has(n) || !marked.has(n)) continue;
    const line = lines.find((l) => [...execAll(MARKER, l.text)].some((m) => Number(m[1]) === n))?.line ?? 0;
    tree.diagnose(line, 'footnoteMissing', `footnote ${n} is marked here but its body is not in the text`);
  }
}
