/**
 * Expand found chains into one structural address per target (eyecite's list handling):
 * a group's list multiplies the targets, a small range becomes its members, and each chain
 * takes the levels it does not print from the chain before it (or from the anchor's base).
 */
import type { CitationRef } from '../../model/index.ts';
import type { FoundGroup, FoundItem } from './find.ts';
import { UNIT_PATH } from './tokens.ts';

/** Ranges up to this many members are expanded; longer ones stay one target with a problem. */
export const MAX_RANGE_MEMBERS = 20;

export interface ExpandedTarget {
  ref: CitationRef;
  /** Why the target is doubtful (a range too long to expand), or null */
  problem: string | null;
}

export const EMPTY_REF: CitationRef = { section: null, chapter: null, article: null, part: null, subparagraph: null, paragraph: null };

/** Every target of a reference's chains, in text order; `base` holds the levels a relative anchor supplies. */
export function expandChains(chains: readonly (readonly FoundGroup[])[], base: CitationRef = EMPTY_REF): ExpandedTarget[] {
  const targets: ExpandedTarget[] = [];
  let context = base;
  for (const chain of chains) {
    const head = chain[0];
    if (!head) continue;
    // Only the levels above the head on its own eId path carry over: a chapter does not pass into an article.
    let partial: ExpandedTarget[] = [{ ref: inherit(context, head.unit), problem: null }];
    for (const group of chain) {
      partial = partial.flatMap((t) =>
        group.items.flatMap(numbersOf).map(({ num, problem }) => ({ ref: { ...t.ref, [group.unit]: num }, problem: t.problem ?? problem })),
      );
    }
    targets.push(...partial);
    context = partial[0]?.ref ?? context;
  }
  return targets;
}

function inherit(from: CitationRef, unit: FoundGroup['unit']): CitationRef {
  const ref: CitationRef = { ...EMPTY_REF };
  for (const level of UNIT_PATH[unit]) if (level !== unit) ref[level] = from[level];
  return ref;
}

function numbersOf(item: FoundItem): Array<{ num: string; problem: string | null }> {
  if (item.kind === 'num') return [{ num: item.num, problem: null }];
  const count = item.to - item.from + 1;
  if (count < 2) return [{ num: `${item.from}-${item.to}`, problem: `range ${item.from}-${item.to} does not ascend: kept as printed` }];
  if (count > MAX_RANGE_MEMBERS)
    return [
      {
        num: `${item.from}-${item.to}`,
        problem: `range ${item.from}-${item.to} has ${count} members, more than ${MAX_RANGE_MEMBERS}: kept as one target`,
      },
    ];
  return Array.from({ length: count }, (_, i) => ({ num: String(item.from + i), problem: null }));
}
