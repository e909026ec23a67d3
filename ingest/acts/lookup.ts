/** Look acts up by the name or the «title» a text cites them by; unknown «titles» become stub acts. */
import { type Act, type ActKind, actWorkUri, unknownActUri } from '../../model/index.ts';
import { ACTS, GENERIC_NAMES, type ActEntry, type GenericName } from './registry.ts';

/** Regex source matching any registered name (the finder wraps it with its prefixes and boundaries). */
export const ACT_NAME_SOURCE = ACTS.flatMap((a) => a.names).join('|');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex source matching any registered «title», as written between the quotes (an act may be named by its title alone). */
export const QUOTED_TITLE_SOURCE = [...new Set(ACTS.flatMap((a) => a.quotedTitles))]
  .sort((a, b) => b.length - a.length)
  .map((t) => escape(t).replace(/\s+/g, '\\s+'))
  .join('|');

/** Regex source matching any generic word (`кодекс`, `Конвенция`, `тұжырымдама`). */
export const GENERIC_NAME_SOURCE = GENERIC_NAMES.flatMap((g) => g.names).join('|');

const BY_NAME = ACTS.flatMap((entry) => entry.names.map((n) => ({ entry, re: new RegExp(`^(?:${n})$`, 'iu') })));
const GENERIC_BY_NAME = GENERIC_NAMES.flatMap((generic) => generic.names.map((n) => ({ generic, re: new RegExp(`^(?:${n})$`, 'iu') })));

/** The registered act a name as written belongs to (`ӘҚБтК-нің`, `Азаматтық процестік кодексінің`), or null. */
export function actByName(name: string): ActEntry | null {
  return BY_NAME.find((n) => n.re.test(name))?.entry ?? null;
}

/** The generic word a name as written is (`кодекске` → the code kind), or null. */
export function genericByName(name: string): GenericName | null {
  return GENERIC_BY_NAME.find((n) => n.re.test(name))?.generic ?? null;
}

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
/** `«ҚР … туралы» Заңы` and `«… туралы» ҚР Заңы` are one act: the republic's name inside the quotes is not part of the title. */
const withoutRepublic = (title: string) =>
  title
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:ҚР|Қазақстан Республикасы(?:ның)?) (?=\p{Ll})/u, '');

/** Each act's «titles», squashed once rather than at every lookup. */
const BY_TITLE = ACTS.map((entry) => ({ entry, titles: new Set(entry.quotedTitles.map(squash)) }));

/**
 * The registered act of an official title as written between «…», or null. When several acts share
 * the title (`Ақпараттандыру туралы`, 2007 and 2015), the year printed next to it chooses; without
 * a year that matches, the latest of them (the one in force) is taken.
 */
export function actByQuotedTitle(title: string, year: number | null = null): ActEntry | null {
  const key = squash(withoutRepublic(title));
  const candidates = BY_TITLE.filter((a) => a.titles.has(key)).map((a) => a.entry);
  if (candidates.length <= 1) return candidates[0] ?? null;
  const ofYear = candidates.find((a) => year !== null && a.date?.startsWith(String(year)));
  return ofYear ?? [...candidates].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0] ?? null;
}

/** The registered act of a kind adopted on a date (`… 2015 жылғы 23 қарашадағы № 216 Заңы` is the Law on state service, whatever number is printed), or null. */
export function actByPrinted(kind: ActKind, date: string): ActEntry | null {
  return ACTS.find((a) => a.kind === kind && a.date === date) ?? null;
}

/**
 * A stub for an act known only by its «title»: keyed by kind, date and number when the text prints
 * them (`… Президентінің 2013 жылғы 31 желтоқсандағы № 720 Жарлығы` → `/akn/kz/act/decree/2013-12-31/720`),
 * else one id per title, whatever the case ending of `Заңы`.
 */
export function stubAct(title: string, kind: ActKind, printed: { date?: string | null; number?: string | null } = {}): ActEntry {
  const name = withoutRepublic(title);
  const { date = null, number = null } = printed;
  const id = date && number ? actWorkUri(kind, date, number) : unknownActUri(name);
  return { id, kind, title: `«${title}»`, number, date, names: [], quotedTitles: [title] };
}

/** The model's Act record of a registry entry; documentId is the corpus document holding its text, if any. */
export function toAct(entry: ActEntry, documentId: string | null): Act {
  return { id: entry.id, kind: entry.kind, number: entry.number, date: entry.date, title: entry.title, documentId };
}
