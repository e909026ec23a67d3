/**
 * Find references in the Russian text of an act (`подпункта 8) части второй статьи 22 настоящего Кодекса`, `пунктом 3
 * статьи 5 настоящего Закона`, `части первой настоящей статьи`, `статьями 22 и 23`): the FoundReferences the Kazakh
 * finder gives (find.ts), so the same resolver resolves them to the same targets. Russian prints a chain from the
 * bottom up, each unit word before its numbers, and the anchor last: the groups are read in text order and turned
 * round. Anchors read: `настоящего Кодекса/Закона` (this act), `настоящей статьи`, `данной части`, … (the unit
 * the reference stands in); a chain with neither names its act otherwise (another act by name) or not at all.
 */
import { RUSSIAN_ORDINAL_SOURCE, RUSSIAN_UNIT_SOURCE, russianOrdinalValue, russianUnitOf, type RussianUnit } from '../russian-units.ts';
import type { Anchor, FoundGroup, FoundItem, FoundReference } from './find.ts';
import { UNIT_RANK } from './tokens.ts';

const NUMBER = String.raw`\d+(?:-\d+)*`;
const ITEM = `(?:${NUMBER}\\)|${NUMBER}|${RUSSIAN_ORDINAL_SOURCE})`;
/** List separators: comma, `и` (and), `или` (or); a range is a dash between spaces or an en dash. */
const SEP = String.raw`(?:\s*,\s*|\s+(?:и|или)\s+|\s*[–—]\s*|\s+-\s+)`;
const GROUP = new RegExp(`(?<![\\p{L}])${RUSSIAN_UNIT_SOURCE}\\s+(?<items>${ITEM}(?:${SEP}${ITEM})*)`, 'giu');
/** `настоящего Кодекса`, `настоящего Закона`: this act. */
const SELF = /\s+настоящего\s+(Кодекса|Закона)(?![\p{L}])/uy;
/** `настоящей статьи`, `настоящего пункта`, `данной части` ("of this article, point, part"): the unit the reference stands in. */
const RELATIVE_SOURCE = `(?:настоящ|данн)\\p{L}*\\s+${RUSSIAN_UNIT_SOURCE}`;
const RELATIVE_AFTER = new RegExp(`\\s+${RELATIVE_SOURCE}`, 'uy');
const RELATIVE_ALONE = new RegExp(`(?<![\\p{L}])${RELATIVE_SOURCE}`, 'giu');

/** Every reference in a Russian text, in text order. */
export function findRussianReferences(text: string): FoundReference[] {
  const found: FoundReference[] = [];
  let chain: { start: number; end: number; groups: FoundGroup[] } | null = null;
  const close = () => {
    if (chain) found.push(withAnchor(text, chain.start, chain.end, chain.groups.toReversed()));
    chain = null;
  };
  for (const m of text.matchAll(GROUP)) {
    const group: FoundGroup = { unit: russianUnitOf(m.groups?.['ruStem'] ?? ''), items: itemsOf(m.groups?.['items'] ?? '') };
    const last: FoundGroup | undefined = chain?.groups.at(-1);
    // A larger unit right after (blanks between) continues the chain upwards: `подпункта 8) части второй статьи 22`.
    if (chain && last && /^\s+$/u.test(text.slice(chain.end, m.index)) && UNIT_RANK[group.unit] < UNIT_RANK[last.unit]) {
      chain.groups.push(group);
      chain.end = m.index + m[0].length;
      continue;
    }
    close();
    chain = { start: m.index, end: m.index + m[0].length, groups: [group] };
  }
  close();
  shareAnchors(text, found);
  // `настоящей статьи` with no chain before it names the unit itself (`в соответствии с настоящей статьей`).
  for (const m of text.matchAll(RELATIVE_ALONE)) {
    if (found.some((r) => m.index >= r.start && m.index < r.end)) continue;
    const unit = russianUnitOf(m.groups?.['ruStem'] ?? '');
    found.push({ start: m.index, end: m.index + m[0].length, raw: m[0], anchor: { kind: 'relative', unit }, chains: [] });
  }
  return found.sort((a, b) => a.start - b.start);
}

const LIST_SEPARATOR = /^(?:\s*,\s*|\s+(?:и|или|а\s+также)\s+)$/u;

/**
 * Chains listed one after another share the anchor printed after the last (`подпункт 10) статьи 5, подпункт 5) пункта 1
 * статьи 12 и подпункт 3) пункта 5 статьи 13 настоящего Закона`): from the last back, a chain without one takes its
 * neighbour's.
 */
function shareAnchors(text: string, found: FoundReference[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const [ref, next] = [found[i], found[i + 1]] as [FoundReference, FoundReference];
    if (ref.anchor.kind === 'none' && next.anchor.kind !== 'none' && LIST_SEPARATOR.test(text.slice(ref.end, next.start)))
      found[i] = { ...ref, anchor: next.anchor };
  }
}

/** A chain (top down) with the anchor printed after it, if any. */
function withAnchor(text: string, start: number, end: number, groups: FoundGroup[]): FoundReference {
  let anchor: Anchor = { kind: 'none' };
  let last = end;
  SELF.lastIndex = end;
  RELATIVE_AFTER.lastIndex = end;
  const self = SELF.exec(text);
  const relative = self ? null : RELATIVE_AFTER.exec(text);
  if (self) {
    anchor = { kind: 'self', actKind: self[1]?.toLowerCase() === 'закона' ? 'law' : 'code' };
    last = SELF.lastIndex;
  } else if (relative) {
    anchor = { kind: 'relative', unit: russianUnitOf(relative.groups?.['ruStem'] ?? '') as RussianUnit };
    last = RELATIVE_AFTER.lastIndex;
  }
  return { start, end: last, raw: text.slice(start, last), anchor, chains: [groups] };
}

/** The numbers of a group: `8)`, `43-1`, `второй`, `12, 13, 14 и 15`, `5–7` (a range). */
function itemsOf(list: string): FoundItem[] {
  const tokens = list.split(new RegExp(`(${SEP})`, 'u'));
  const items: FoundItem[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    const printed = (tokens[i] ?? '').replace(/\)$/u, '');
    const num = String(russianOrdinalValue(printed) ?? printed);
    const previous = items.at(-1);
    if (i > 0 && /[–—]|\s-\s/u.test(tokens[i - 1] ?? '') && previous?.kind === 'num')
      items[items.length - 1] = { kind: 'range', from: Number(previous.num), to: Number(num) };
    else items.push({ kind: 'num', num });
  }
  return items;
}
