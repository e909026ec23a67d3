/**
 * Find references in a provision's text (eyecite's "get citations" step): pure syntax, no resolution.
 *
 * A reference is an anchor and the chains that follow it:
 * - anchor: `осы Кодекстің` (this code), a relative `осы баптың`/`осы бөліктің`/`осы тарауда` (this
 *   article/part/chapter), an act by name (`Азаматтық процестік кодексінің`, `ӘҚБтК-нің`,
 *   `«… туралы» ҚР Заңының`), or none (a bare `786-бап`, whose act is named elsewhere if at all);
 * - chain: groups from the top down, each a list of numbers and one unit word
 *   (`22-бабы екінші бөлігінің 8) тармақшасын`); a lower group after a space continues the chain;
 * - chains after a list separator share the anchor (`102-бабының үшінші бөлігіндегі, 103-бабындағы … және 25-тарауындағы`).
 * A named act with no chain is a plain mention; `осы Кодекстің` with no chain names nothing (docs/formats.md C19).
 */
import {
  actByName,
  actByPrinted,
  actByQuotedTitle,
  ACT_NAME_SOURCE,
  genericByName,
  GENERIC_NAME_SOURCE,
  QUOTED_TITLE_SOURCE,
  stubAct,
} from '../acts/lookup.ts';
import type { ActEntry } from '../acts/registry.ts';
import type { ActKind } from '../../model/index.ts';
import { isoDate, monthOfWord } from '../amendments/dates.ts';
import { execAll } from '../regex.ts';
import { ORDINAL_SOURCE, ordinalValue } from '../../text/index.ts';
import { isPluralEnding, UNIT_RANK, UNIT_WORD_SOURCE, unitWordOf, type Unit } from './tokens.ts';

export type Anchor =
  /** `осы Кодекстің`, `осы Заңның`: the act whose text the reference stands in (or, in a text quoting an act, the quoted act) */
  | { kind: 'self'; actKind: ActKind }
  /** `осы баптың` (this article), `осы тарауда` (in this chapter): the unit enclosing the reference */
  | { kind: 'relative'; unit: Unit }
  /** An act by name or title; `printedNumber` is the number printed with it (`№ 216`), to check against the registry */
  | { kind: 'act'; act: ActEntry; printedNumber?: string }
  /** A generic word (`кодекске`, `Конвенцияның`): the act of that kind the text named last */
  | { kind: 'context'; actKind: ActKind }
  /** A bare chain (`(786-бап)`, `[13-бап 1-бөлік]`): no act is named next to it */
  | { kind: 'none' };

/** One number of a group: as printed (cleaned), or a range `787-789` / `12) - 16)` to expand. */
export type FoundItem = { kind: 'num'; num: string } | { kind: 'range'; from: number; to: number };

/** Numbers and the unit word they share: `132, 133, 134 және 135-баптарында`. */
export interface FoundGroup {
  unit: Unit;
  items: FoundItem[];
}

export interface FoundReference {
  /** Offsets of the whole phrase (anchor through the last unit word) in the text */
  start: number;
  end: number;
  raw: string;
  anchor: Anchor;
  /** Each chain is its groups from the top down; empty for a plain act mention or a bare relative (`осы бапта`) */
  chains: FoundGroup[][];
}

const NUM = String.raw`\d+(?:-\d+)*`;
const ITEM = `(?:${NUM}\\)|${NUM}|(?:${ORDINAL_SOURCE})(?![\\p{L}]))`;
/**
 * List separators: comma, `және` (and), `немесе`/`не` (or), `мен`/`бен`/`пен` (and), and a range dash: between `12)`
 * and `16)`, or between two numbers as any dash that is not a number's own hyphen (`4 – 6-баптарында`, `4–6`, `4 - 6`;
 * `1-2-бөлігінде` is part 1-2).
 */
const SEP = String.raw`(?:\s*,\s*|\s+(?:және|немесе|не|мен|бен|пен)\s+|(?<=\))\s*[-–—]\s*(?=\d+(?:-\d+)*\))|(?<=\d)(?:\s*[–—]\s*|\s+-\s*|\s*-\s+)(?=\d))`;
/** Numbers meet their unit word with a hyphen (`22-бабы`), an en dash (`5–бабына`) or a space (`8) тармақшасын`, `677 бап`). */
// Case-sensitive: unit words after a number are lower case, and a capital `11 Б.` is a page count (бет), not `836-б.`.
const GROUP = new RegExp(`(?<items>${ITEM}(?:${SEP}${ITEM})*)(?:\\s?[-–]\\s?|\\s+)${UNIT_WORD_SOURCE}`, 'yu');
const SEP_RE = new RegExp(SEP, 'yu');
const BLANK = /\s*/y;
/** Between a named act and its chain: a space, or a colon (`ӘҚБтК: 651, 652-баптары`). */
const AFTER_ACT = /\s*:?\s*/y;

/** `Қазақстан Республикасы(ның)` (of the Republic of Kazakhstan) and `ҚР`, as printed before an act's name. */
const REPUBLIC = '(?:(?:Қазақстан\\s+Республикасы(?:ның)?|ҚР)\\s+)';
/** A date as printed around a title: `2015 жылғы 23 қарашадағы` (of 23 November 2015), `7.12.2015 жылғы`, `2000 жылғы`; `s` tells the copies' groups apart. */
const dateSource = (s: string) =>
  `(?:(?<dd${s}>\\d{1,2})\\.(?<mm${s}>\\d{1,2})\\.)?(?<year${s}>\\d{4})\\s+жылғы(?:\\s+(?<day${s}>\\d{1,2})\\s+(?<month${s}>\\p{L}+))?`;
/**
 * What may stand between a title and the word for its kind, in the orders printed: the republic, the issuer (President,
 * Ministry of Internal Affairs ІІМ, minister, Government), a date, the republic again, a number. Each is its own
 * optional group, since a repeated group would forget the date it captured.
 */
const REPUBLIC_WORD = '(?:Қазақстан\\s+Республикасы(?:ның)?|ҚР)';
const ISSUER = '(?:Президентінің|ІІМ(?:-нің)?|Ішкі\\s+істер\\s+министрінің|Үкіметінің)';
const numberSource = (s: string) => `№\\s*(?<number${s}>\\d+(?:-[IVXІ]+)?)`;
const BETWEEN = `(?:\\s+${REPUBLIC_WORD})?(?:\\s+${ISSUER})?(?:\\s+${dateSource('A')})?(?:\\s+${REPUBLIC_WORD})?(?:\\s+${numberSource('A')})?`;
/** Kind words: law, code, constitutional law, decree (Жарлығы), order (бұйрығы), resolution (қаулысы). */
const kindWordSource = (s: string) => `(?<kindWord${s}>Конституциялық\\s+заң|Заң|Кодекс|Жарлығ|бұйрығ|қаулыс)\\p{L}*`;
const KIND_WORD = kindWordSource('A');
/** An act with no title, by its issuer, date and number (`ҚР ІІМ 2011 жылғы 27 мамырдағы № 246 бұйрығы`, an order of the Ministry of Internal Affairs). */
const DATED = `(?<dated>(?:${REPUBLIC_WORD}\\s+)?(?:${ISSUER}\\s+)?${dateSource('C')}\\s+${numberSource('C')}\\s+${kindWordSource('C')})`;
/**
 * An official title in «…» (one level of inner «…» allowed) or "…", the words between, and the word for the kind of act;
 * a date before it (`2015 жылғы жаңа редакциядағы «…» Заңның`, in the new wording of 2015) tells same-titled acts apart.
 */
const QUOTED = `(?:${dateSource('B')}\\s+(?:жаңа\\s+редакциядағы\\s+)?)?(?:«(?<title>[^«»]+(?:«[^«»]*»[^«»]*)*)»|"(?<asciiTitle>[^"«»]+)")${BETWEEN}\\s+${KIND_WORD}`;
/** A registered title alone in «…», with no kind word after it (`(«Әкімшілік рәсімдер туралы» 2000 жылғы, …)`). */
const KNOWN = `«(?<known>${QUOTED_TITLE_SOURCE})»`;
/** A short name in brackets after an act's name: `(Салық кодексі)` (Tax Code), `(ӘРПК)`; not a gloss like `(процессуалдық бөлігімен)`. */
const SHORT_NAME = '(?:\\s*\\((?:[^()\\d]{1,30}?(?:кодекс|заң)\\p{L}*|\\p{Lu}[\\p{Lu}\\p{Ll}]{1,6})\\))?';
const ANCHOR_ALTERNATIVES = [
  // Not a plural: `осы заңдардағы` is "in these laws"; not the adjective `заңды` (legal) of
  // `осы заңды тұлға` (this legal entity), `заңды мүдде` (legitimate interest), `заңды күші` (legal force).
  `(?<self>осы\\s+(?<selfWord>Кодекс|Заң)(?!тер|дар)(?!ды\\s+(?:тұлға|мүдде|күш|өкіл))\\p{L}*)`,
  `(?<relative>осы\\s+${UNIT_WORD_SOURCE})`,
  `(?<act>${REPUBLIC}?(?:${QUOTED}|${KNOWN}|(?<name>${ACT_NAME_SOURCE}))${SHORT_NAME})`,
  DATED,
];
/** Anchors start at a word boundary: no letter or digit before them (anchorMatches tests it). */
const anchorRegExp = (alternatives: readonly string[]) => new RegExp(alternatives.join('|'), 'giu');
const ANCHOR = anchorRegExp(ANCHOR_ALTERNATIVES);
/** The same, and generic words (`кодекс`, `Конвенция`), which only a text quoting acts reads (see FindOptions). */
const ANCHOR_WITH_GENERIC = anchorRegExp([...ANCHOR_ALTERNATIVES, `(?<generic>${GENERIC_NAME_SOURCE})`]);
/**
 * Where a bare chain may begin: a number not glued to a word or another number. The digit is looked for first,
 * the boundary behind it second: V8 then skips ahead to digits instead of testing the boundary at every position.
 */
const BARE_START = new RegExp(`(?=${NUM})(?<![\\p{L}\\p{N}-])`, 'gu');

const KIND_OF_WORD: Record<string, ActKind> = {
  заң: 'law',
  кодекс: 'code',
  'конституциялық заң': 'constitutionalLaw',
  жарлығ: 'decree',
  бұйрығ: 'order',
  қаулыс: 'resolution',
};

export interface FindOptions {
  /**
   * Read generic words (`кодекс`, `Конвенция`, `тұжырымдама`) as anchors. Off for acts, where `кодекс`
   * is everywhere and means the act itself; on for texts that quote acts (policy papers, articles, textbooks).
   */
  generic?: boolean;
}

/** Find every reference and act mention in a text, in text order. */
export function findReferences(text: string, options: FindOptions = {}): FoundReference[] {
  const found: FoundReference[] = [];
  let covered = 0;
  for (const m of anchorMatches(options.generic ? ANCHOR_WITH_GENERIC : ANCHOR, text)) {
    if (m.index < covered) continue;
    const g = m.groups ?? {};
    const anchor = anchorOf(g, text.slice(0, m.index));
    if (!anchor) continue;
    const afterAnchor = m.index + m[0].length;
    // After `осы тармақтың` (of this point = part), `бөлік` names an абзац of that part (docs/formats.md C17).
    const partMeansParagraph = anchor.kind === 'relative' && unitWordOf((g['stem'] ?? '').toLowerCase()).word === 'тармақ';
    const parsed = parseChains(
      text,
      skip(anchor.kind === 'act' || anchor.kind === 'context' ? AFTER_ACT : BLANK, text, afterAnchor),
      partMeansParagraph,
    );
    // `осы Кодекстің нормалары` names no provision (docs/formats.md C19); in a text quoting acts it still mentions the act.
    if (!parsed && anchor.kind === 'self' && !options.generic) continue;
    if (!parsed && anchor.kind === 'relative' && isPluralEnding(g['ending'] ?? '')) continue;
    const end = parsed?.end ?? afterAnchor;
    found.push({ start: m.index, end, raw: text.slice(m.index, end), anchor, chains: parsed?.chains ?? [] });
    covered = end;
  }
  return [...found, ...bareReferences(text, found)].sort((a, b) => a.start - b.start);
}

const BOUNDARY = /(?<![\p{L}\p{N}])/iuy;

/**
 * The matches of `re` that start at a word boundary, as `(?<![\p{L}\p{N}])(?:…)` would find them: the alternatives
 * are searched alone and a match inside a word is dropped, the search going on one character after its start.
 * Testing the boundary at every position cost as much as all the alternatives together (anchors over the
 * corpus: 20 ms with it in the regex, 12 ms so).
 */
function* anchorMatches(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  let at = 0;
  for (;;) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) return;
    BOUNDARY.lastIndex = m.index;
    const atBoundary = BOUNDARY.test(text);
    at = atBoundary && m[0] !== '' ? re.lastIndex : m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
    if (atBoundary) yield m;
  }
}

function anchorOf(g: Record<string, string | undefined>, before: string): Anchor | null {
  if (g['self']) return { kind: 'self', actKind: (g['selfWord'] ?? '').toLowerCase() === 'заң' ? 'law' : 'code' };
  if (g['relative']) return { kind: 'relative', unit: unitWordOf((g['stem'] ?? '').toLowerCase()).unit };
  if (g['generic']) {
    const generic = genericByName(g['generic']);
    const previousWord = /([\p{L}-]+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    return generic && !generic.notAfter.includes(previousWord) ? { kind: 'context', actKind: generic.kind } : null;
  }
  if (g['name']) {
    const act = actByName(g['name']);
    return act ? { kind: 'act', act } : null;
  }
  const year = Number(g['yearB'] ?? g['yearA']) || null;
  if (g['known']) {
    const act = actByQuotedTitle(g['known'], year);
    return act ? { kind: 'act', act } : null;
  }
  if (g['dated']) {
    const kind = kindOf(g['kindWordC']);
    const date = printedDate(g, 'C');
    const number = g['numberC'] ?? null;
    const phrase = g['dated'].replace(/\s+/g, ' ');
    // Untitled: the stub's title is the phrase as printed, not a «title».
    const act = (date ? actByPrinted(kind, date) : null) ?? { ...stubAct(phrase, kind, { date, number }), title: phrase };
    return { kind: 'act', act, ...(number ? { printedNumber: number } : {}) };
  }
  const title = g['title'] ?? g['asciiTitle'];
  if (!title) return null;
  const kind = kindOf(g['kindWordA']);
  const date = printedDate(g, 'A');
  const number = g['numberA'] ?? null;
  const act = actByQuotedTitle(title, year) ?? (date ? actByPrinted(kind, date) : null) ?? stubAct(title, kind, { date, number });
  return { kind: 'act', act, ...(number ? { printedNumber: number } : {}) };
}

const kindOf = (word: string | undefined): ActKind => KIND_OF_WORD[(word ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 'other';

/** The full date printed in a dated phrase (`2013 жылғы 31 желтоқсандағы`, `7.12.2015 жылғы`), as ISO, or null; `s` names the copy of the date groups. */
function printedDate(g: Record<string, string | undefined>, s: string): string | null {
  const year = Number(g[`year${s}`]);
  if (!year) return null;
  if (g[`dd${s}`] && g[`mm${s}`]) return isoDate(year, Number(g[`mm${s}`]), Number(g[`dd${s}`]));
  const month = monthOfWord(g[`month${s}`] ?? '');
  return month && g[`day${s}`] ? isoDate(year, month, Number(g[`day${s}`])) : null;
}

/** Chains with digits that no anchor governs (`(786-бап)`); ordinals alone (`екінші бөлігінде`) are too common in prose to count. */
function bareReferences(text: string, anchored: readonly FoundReference[]): FoundReference[] {
  const bare: FoundReference[] = [];
  let covered = 0;
  for (const m of execAll(BARE_START, text)) {
    if (m.index < covered || anchored.some((r) => m.index >= r.start && m.index < r.end)) continue;
    const parsed = parseChains(text, m.index, false);
    if (!parsed) continue;
    bare.push({ start: m.index, end: parsed.end, raw: text.slice(m.index, parsed.end), anchor: { kind: 'none' }, chains: parsed.chains });
    covered = parsed.end;
  }
  return bare;
}

function skip(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.exec(text) ? re.lastIndex : at;
}

/** A group at exactly `at`, or null. */
function groupAt(text: string, at: number, partMeansParagraph: boolean): { group: FoundGroup; end: number } | null {
  GROUP.lastIndex = at;
  const m = GROUP.exec(text);
  if (!m?.groups) return null;
  const word = unitWordOf((m.groups['stem'] ?? '').toLowerCase());
  const unit = partMeansParagraph && word.word === 'бөлік' ? 'paragraph' : word.unit;
  return { group: { unit, items: itemsOf(m.groups['items'] ?? '', isPluralEnding(m.groups['ending'] ?? '')) }, end: GROUP.lastIndex };
}

/**
 * The numbers of a group. A hyphenated number is one number (`1-2-бөлігінде` = part 1-2, `3-1`),
 * except a lone pair with a plural ending, which is a range (`787-789-баптарының`).
 */
function itemsOf(list: string, plural: boolean): FoundItem[] {
  const tokens = list.split(new RegExp(`(${SEP})`, 'u'));
  const items: FoundItem[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    const printed = (tokens[i] ?? '').replace(/\)$/, '');
    const num = String(ordinalValue(printed) ?? printed);
    const previous = items[items.length - 1];
    if (i > 0 && /[-–—]/.test(tokens[i - 1] ?? '') && previous?.kind === 'num')
      items[items.length - 1] = { kind: 'range', from: Number(previous.num), to: Number(num) };
    else items.push({ kind: 'num', num });
  }
  const only = items[0];
  const pair = only?.kind === 'num' ? /^(\d+)-(\d+)$/.exec(only.num) : null;
  if (plural && items.length === 1 && pair && Number(pair[1]) < Number(pair[2]))
    return [{ kind: 'range', from: Number(pair[1]), to: Number(pair[2]) }];
  return items;
}

/** Chains from `at`: a lower group after blanks continues a chain; a group after a list separator starts a sibling chain. */
function parseChains(text: string, at: number, partMeansParagraph: boolean): { chains: FoundGroup[][]; end: number } | null {
  const first = groupAt(text, at, partMeansParagraph);
  if (!first) return null;
  const chains: FoundGroup[][] = [[first.group]];
  let end = first.end;
  for (;;) {
    const chain = chains[chains.length - 1] ?? [];
    const last = chain[chain.length - 1];
    const lower = groupAt(text, skip(BLANK, text, end), partMeansParagraph);
    if (lower && last && UNIT_RANK[lower.group.unit] > UNIT_RANK[last.unit]) {
      chain.push(lower.group);
      end = lower.end;
      continue;
    }
    SEP_RE.lastIndex = end;
    const sibling = SEP_RE.exec(text) ? groupAt(text, SEP_RE.lastIndex, partMeansParagraph) : null;
    if (!sibling) break;
    chains.push([sibling.group]);
    end = sibling.end;
  }
  return { chains, end };
}
