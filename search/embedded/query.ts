/**
 * Answering a query from the index state (state.ts): text matches ranked by BM25+ with coordination,
 * phrase and diversity adjustments, reference matches first, facets and the total over every match,
 * snippets for the page only.
 */
import { provisionId } from '../../model/index.ts';
import type { TextAnalyzer } from '../analyzer/index.ts';
import { bestParts, type PartHit } from '../best-part.ts';
import { definedTermMatcher, termsDefinedBy, type DefinedTermMatcher, type Passage, type SearchDocument } from '../documents.ts';
import { matchesFilter, restricting } from '../facets.ts';
import type { AlignedText, SearchHit, SearchLanguage, SearchRequest, SearchResults } from '../port.ts';
import { termReadings, type QueryPlan } from '../query-plan.ts';
import { enclosingEIds } from '../reference-query.ts';
import { buildSnippet } from '../snippet.ts';
import type { BridgedWord } from './bridge.ts';
import { diversify } from './diversify.ts';
import { proximityFactor, tightestSpan } from './proximity.ts';
import type { QueryTermSpec } from './inverted-index.ts';
import { definedTermsOf, holdsPhrase, locate, type IndexState, type Located } from './state.ts';
import { topK } from './top-k.ts';

/** How many of the best text matches are checked for the query phrase. */
const PHRASE_WINDOW = 50;

/** A text match: doc number and final score (BM25+ × query terms matched × their share, phrase boost). */
interface TextMatch {
  docNumber: number;
  doc: SearchDocument;
  score: number;
  /** Whether it defines the term a query names: its hit is then the passage defining it (DefinedTermMatcher.definingPassage) */
  definesTerm?: boolean;
}

/**
 * The parent section a text match is grouped under when results are diversified: its document and
 * the headings above it. A text with no heading above it is a group of its own: the paragraphs of
 * a paper without sections are not one section.
 */
const sectionOf = (doc: SearchDocument): string => (doc.path.length === 0 ? doc.id : `${doc.documentId}\n${doc.path.join('\n')}`);

/**
 * A synonym is a word no one typed, so it has no typo and is no prefix; one letter is allowed on a long stem only, where
 * a form's stem loses a fleeting vowel (`прививк`, inoculation, and `прививок`, of inoculations). On a short one, one
 * letter makes another word: `причит`, of причитание (a synonym of жалоба, complaint), is not `причин`, a reason.
 */
const synonymFuzziness = (term: string): number => (term.length >= 7 ? 1 : 0);

/** Typo tolerance scaled with word length: none below 4 letters, one edit up to 7, two from 8. Numbers are exact. */
function fuzziness(term: string): number {
  if (/^\d/.test(term) || term.length < 4) return 0;
  return term.length >= 8 ? 2 : 1;
}

/**
 * Text matches: every match counted (for the total and facets), only the best `wanted` of
 * them ranked (the phrase window at least), each with the index terms it matched.
 */
function textMatches(
  state: IndexState,
  plan: QueryPlan,
  defined: DefinedTermMatcher,
  bridged: readonly BridgedWord[],
  request: SearchRequest,
  wanted: number,
): {
  count: number;
  kept: Int32Array;
  best: TextMatch[];
  expandedTerms: string[];
  /** Of the `count` kept, those holding every word typed */
  allWords: number;
  holdsAll: (n: number) => boolean;
} {
  const { index, ranking, byNumber } = state;
  if (plan.terms.length === 0) return { count: 0, kept: state.kept, best: [], expandedTerms: [], allWords: 0, holdsAll: () => false };
  // Each term once, so the number of query terms a text matches is the share it holds; a thesaurus expansion
  // counts with the word it stands for (it follows that word in plan.terms) and weighs less.
  const queryTerms = [...new Set(plan.terms)];
  const groups: number[] = [];
  queryTerms.forEach((term, i) => {
    const standsFor = plan.thesaurus.get(term) ?? plan.synonyms.get(term);
    const variant = standsFor === undefined ? -1 : queryTerms.indexOf(standsFor);
    groups.push(variant >= 0 && variant < i ? (groups[variant] ?? i) : (groups.at(-1) ?? -1) + 1);
  });
  const groupCount = (groups.at(-1) ?? -1) + 1;
  // A word read through the other language's text counts as the word, right after it, as an expansion does.
  const specs: QueryTermSpec[] = queryTerms.flatMap((term, i) => [
    {
      term,
      prefix: i === queryTerms.length - 1 && term.length >= 3 && !/^\d/.test(term) && !plan.synonyms.has(term),
      fuzzy: plan.synonyms.has(term) ? synonymFuzziness(term) : fuzziness(term),
      weight: plan.thesaurus.has(term) ? ranking.thesaurusWeight : plan.synonyms.has(term) ? ranking.synonymWeight : 1,
      group: groups[i] ?? i,
    },
    ...bridged
      .filter((b) => b.term === term)
      .map((b) => ({
        term: `${b.via}@`,
        prefix: false,
        fuzzy: 0,
        weight: ranking.otherLanguageWeight,
        group: groups[i] ?? i,
        scored: b.docs,
      })),
  ]);
  const matches = index.match(specs, {
    boosts: state.boosts,
    fuzzyWeight: ranking.fuzzyWeight,
    prefixWeight: ranking.prefixWeight,
    bm25: ranking.bm25,
  });
  if (state.kept.length < matches.count) {
    state.kept = new Int32Array(matches.count * 2);
    state.keptScores = new Float64Array(matches.count * 2);
  }
  const { kept, keptScores } = state;
  // The score factor of a text matching q of the query terms, by q.
  const factor = Array.from({ length: groupCount + 1 }, (_, q) => q * (q / groupCount) ** ranking.coordination);
  const filter = restricting(request.filter);
  const phrase = plan.phraseRequired ? (plan.phrase ?? plan.terms) : null;
  // A text can hold the phrase only if the index lists it under each of the phrase's indexed words:
  // that look-up is cheap, analyzing the text to find the words in order is not.
  const phraseWords = (plan.phrase ?? plan.terms).filter((term) => queryTerms.includes(term));
  const mayHoldPhrase = (n: number): boolean => index.termsIn(n, phraseWords).length === phraseWords.length;
  let count = 0;
  // Every word typed, each in its own words or a thesaurus variant: termCounts counts the groups matched.
  const holdsAll = (n: number): boolean => matches.termCounts[n] === groupCount;
  let allWords = 0;
  for (let i = 0; i < matches.count; i++) {
    const n = matches.docs[i] ?? 0;
    // Matches are live documents: the document itself is needed only to filter.
    if (filter || phrase) {
      const doc = byNumber[n];
      if (!doc || (filter && !matchesFilter(doc, filter))) continue;
      if (phrase && !(mayHoldPhrase(n) && holdsPhrase(state, n, phrase))) continue;
    }
    kept[count] = n;
    keptScores[count] = (matches.scores[n] ?? 0) * (factor[matches.termCounts[n] ?? 0] ?? 0);
    if (holdsAll(n)) allWords++;
    count++;
  }
  const best: TextMatch[] = topK(keptScores, count, Math.max(wanted, PHRASE_WINDOW)).map((i) => {
    const n = kept[i] ?? 0;
    return { docNumber: n, doc: byNumber[n] as SearchDocument, score: keptScores[i] ?? 0 };
  });
  // The phrase and proximity boosts reorder the head of the list only: checking every match would cost a pass over
  // every text.
  if (plan.phrase && !plan.phraseRequired) {
    const head = best.slice(0, PHRASE_WINDOW);
    const groupOf = wordGroups(state, queryTerms, groups);
    for (const m of head) {
      if (mayHoldPhrase(m.docNumber) && holdsPhrase(state, m.docNumber, plan.phrase)) m.score *= ranking.phraseBoost;
      m.score *= proximityFactor(tightestSpan(state.sequences[m.docNumber] ?? [], groupOf), ranking.proximityBoost);
    }
    // A boost only raises scores, so the head stays ahead of the rest.
    head.sort((a, b) => b.score - a.score || a.docNumber - b.docNumber);
    best.splice(0, head.length, ...head);
  }
  const diverse = diversify(best, (m) => sectionOf(m.doc), ranking.perSection, PHRASE_WINDOW);
  // The definition of the term a query names comes first (a stable sort keeps the rest in order).
  const head = diverse.slice(0, PHRASE_WINDOW);
  const readings = termReadings(plan);
  const definitions = definitionsAmong(state, defined, { kept, keptScores, count }, new Map(diverse.map((m) => [m.docNumber, m])));
  // A definition question (`что такое …`, `… деген не`) next ranks the texts that open by saying what its terms are
  // (`Детским анимационным фильмом является фильм для детей …`, the cinema law: a children's animated film is …; `…
  // болып табылады`, is; `Под … понимается`, by … is meant): texts that merely use the term put it anywhere.
  const openings = plan.asksDefinition
    ? head.filter((m) => !definitions.named.includes(m) && opensWith(state.analyzer, m.doc, readings[0] ?? []))
    : [];
  // Then the definitions of a term the question names with more words (`что такое подтверждение при создании партии`),
  // unless a text holds all the question's words together: it says more of what is asked (`что такое фильм для детей`
  // is answered by `Детским анимационным фильмом является фильм для детей …`, the cinema law's 14-1-бап, not by the
  // definition of `фильм`).
  const typed = readings[0] ?? [];
  const typedGroupOf = wordGroups(
    state,
    typed,
    typed.map((_, i) => i),
  );
  const together = (m: TextMatch): boolean => {
    const found = tightestSpan(state.sequences[m.docNumber] ?? [], typedGroupOf);
    return found !== null && found.groups === typed.length && found.span <= found.groups + TOGETHER_SLACK;
  };
  const within = definitions.within.length === 0 || head.some(together) ? [] : definitions.within.filter((m) => !openings.includes(m));
  const first = [...definitions.named, ...openings, ...within];
  if (first.length > 0) {
    const top = head[0]?.score ?? 0;
    for (const m of first) m.score += top; // scores stay in rank order
    // A definition may come from below the head, or from beyond the list: it leaves its place either way.
    const rest = diverse.filter((m) => !first.includes(m));
    diverse.splice(0, diverse.length, ...first, ...rest);
  }
  return { count, kept, best: diverse, expandedTerms: matches.expandedTerms, allWords, holdsAll };
}

/** The query-word group of each word id of the query's terms as typed or expanded by the thesaurus or a synonym; -1 for any other. */
function wordGroups(state: IndexState, queryTerms: readonly string[], groups: readonly number[]): (wordId: number) => number {
  const byId = new Map<number, number>();
  queryTerms.forEach((term, i) => {
    const id = state.wordIds.get(term);
    if (id !== undefined) byId.set(id, groups[i] ?? i);
  });
  return (wordId) => byId.get(wordId) ?? -1;
}

/**
 * The texts among every match (the `count` kept, not only the best) that define a term the query names, best first:
 * the definition answers such a query wherever its wording ranks it, as a long defining sentence that names its term
 * once, last (`… ерікті бірлестігі саяси партия деп танылады`, the political parties law: … is recognised as a political
 * party), ranks below every short text using the term. `named`: those defining exactly the term the query names;
 * `within`, for a definition question, those defining a term the query names with more words
 * (DefinedTermMatcher.namesWithMore), the term holding most of them first.
 */
function definitionsAmong(
  state: IndexState,
  defined: DefinedTermMatcher,
  matches: { kept: Int32Array; keptScores: Float64Array; count: number },
  listed: ReadonlyMap<number, TextMatch>,
): { named: TextMatch[]; within: TextMatch[] } {
  // The terms of the index the query names, looked up once: most queries name none, and need not look further.
  const namedTerms = new Set<string>();
  const termsWithin = new Map<string, number>();
  for (const term of definedTermsOf(state)) {
    const held = defined.names(term) ? Infinity : defined.namesWithMore(term);
    if (held === Infinity) namedTerms.add(term);
    else if (held > 0) termsWithin.set(term, held);
  }
  const named: TextMatch[] = [];
  const within: TextMatch[] = [];
  if (namedTerms.size === 0 && termsWithin.size === 0) return { named, within };
  const words = new Map<TextMatch, number>();
  for (let i = 0; i < matches.count; i++) {
    const n = matches.kept[i] ?? 0;
    const doc = state.byNumber[n];
    // Few texts define anything: the look at the rest stops at these two fields.
    if (!doc || (doc.definition !== true && doc.definedTerms === undefined)) continue;
    const terms = termsDefinedBy(doc);
    const held = terms.some((t) => namedTerms.has(t)) ? Infinity : Math.max(0, ...terms.map((t) => termsWithin.get(t) ?? 0));
    if (held === 0) continue;
    const m = listed.get(n) ?? { docNumber: n, doc, score: matches.keptScores[i] ?? 0 };
    m.definesTerm = true;
    if (held === Infinity) named.push(m);
    else {
      words.set(m, held);
      within.push(m);
    }
  }
  const byScore = (a: TextMatch, b: TextMatch): number => b.score - a.score || a.docNumber - b.docNumber;
  return { named: named.sort(byScore), within: within.sort((a, b) => (words.get(b) ?? 0) - (words.get(a) ?? 0) || byScore(a, b)) };
}

/** Words that may stand among a question's words in a text still holding them together (`фильм для детей`) */
const TOGETHER_SLACK = 2;

/** Words a text may put before the term it says something of: `Под` (by … is meant), a unit's number */
const OPENING_SLACK = 2;
/**
 * What makes an opening sentence say what its subject is: Kazakh `болып табылады` (is), `дегеніміз` (is meant by),
 * `деп … түсініледі / танылады / аталады` (is understood / recognised / called), Russian `является` (is), `понимается`
 * (is meant), a dash after the term (`X – …`, `X – это …`).
 */
const COPULA = /болып\s+табыл|дегеніміз|деп\s+(?:түсінілед|танылад|аталад)|являет|являют|понима(?:ется|ются)|\s[–—-]\s/iu;

/**
 * Whether a search document's first passage opens with every one of `terms` (its first words, as many as the terms and
 * OPENING_SLACK more, stop words not counted) in a sentence that says what they are (COPULA).
 */
function opensWith(analyzer: TextAnalyzer, doc: SearchDocument, terms: readonly string[]): boolean {
  const sentence = doc.passages[0]?.text.split(/(?<=[.;])\s/u)[0];
  if (!sentence || terms.length === 0 || !COPULA.test(sentence)) return false;
  const opening = new Set(
    analyzer
      .analyze(sentence.slice(0, 300))
      .filter((t) => !t.stop)
      .slice(0, terms.length + OPENING_SLACK)
      .map((t) => t.term),
  );
  return terms.every((term) => opening.has(term));
}

/** Kinds of document whose articles a reference names (`22-бап`, `статья 22`), codes first. */
const REFERENCED_KINDS = ['code', 'law'];

/**
 * The provisions a reference query names, in the acts it names (every code and law when it names none), codes
 * first; `searchState` then puts first the act the rest of the query is about.
 */
function referenceMatches(state: IndexState, plan: QueryPlan, request: SearchRequest): Located[] {
  const reference = plan.reference;
  if (!reference) return [];
  const acts = [...state.stored.values()]
    .map((s) => s.document)
    .filter((d) => REFERENCED_KINDS.includes(d.kind))
    .sort((a, b) => REFERENCED_KINDS.indexOf(a.kind) - REFERENCED_KINDS.indexOf(b.kind));
  const named = acts.filter((d) => d.shortNames.some((n) => reference.documentNames.includes(n.toLowerCase())));
  const found: Located[] = [];
  for (const act of named.length > 0 ? named : acts) {
    const hit = enclosingEIds(reference.eId).reduce<Located | null>((at, eId) => at ?? locate(state, provisionId(act.id, eId)), null);
    if (hit && matchesFilter(hit.doc, request.filter)) found.push(hit);
  }
  return found;
}

/**
 * References in the order of the acts the rest of the query matches best (`статья 15 закона об ответственном
 * обращении с животными`: the animals law's article first): by each act's best text match, a stable sort.
 */
function byActRelevance(references: Located[], text: readonly TextMatch[]): Located[] {
  const best = new Map<string, number>();
  for (const m of text) best.set(m.doc.documentId, Math.max(best.get(m.doc.documentId) ?? 0, m.score));
  return [...references].sort((a, b) => (best.get(b.doc.documentId) ?? 0) - (best.get(a.doc.documentId) ?? 0));
}

/**
 * One page of results for a planned query, in the state's language, its words also read through the other
 * language's text where a provision's own text lacks them (`bridged`); each hit carries its provision's text in the
 * other language when `alignedOf` has it.
 */
export function searchState(
  state: IndexState,
  plan: QueryPlan,
  bridged: readonly BridgedWord[],
  request: SearchRequest,
  language: SearchLanguage,
  alignedOf: (provisionId: string) => AlignedText | null,
): SearchResults {
  const offset = request.offset ?? 0;
  const limit = request.limit ?? 10;
  const named = referenceMatches(state, plan, request);
  const seen = new Set(named.map((r) => r.passage?.provisionId ?? r.doc.id));
  const defined = definedTermMatcher(state.analyzer, termReadings(plan), plan.askedAbout);
  const text = textMatches(state, plan, defined, bridged, request, offset + limit + 1 + seen.size);
  const references = byActRelevance(named, text.best);
  const topScore = text.best[0]?.score ?? 0;

  type Ranked = {
    doc: SearchDocument;
    provisionId: string;
    score: number;
    terms: readonly string[];
    passage: Passage | null;
    docNumber: number | null;
    definesTerm: boolean;
  };
  const ranked: Ranked[] = references.map((r, i) => ({
    doc: r.doc,
    provisionId: r.passage?.provisionId ?? r.doc.id,
    score: topScore + references.length - i,
    terms: plan.terms,
    passage: r.passage,
    docNumber: null,
    definesTerm: false,
  }));
  for (const m of text.best)
    if (!seen.has(m.doc.id))
      ranked.push({
        doc: m.doc,
        provisionId: m.doc.id,
        score: m.score,
        terms: [],
        passage: null,
        docNumber: m.docNumber,
        definesTerm: m.definesTerm === true,
      });

  // Facets and total over every match: the text matches a reference already answers are counted once, as the reference.
  // Looked for by doc number: a look-up per match of a reference query.
  const seenNumbers = new Set([...seen].flatMap((id) => state.numbers.get(id) ?? []));
  let counted = text.count;
  let allWords = references.length + text.allWords;
  for (let i = 0; seenNumbers.size > 0 && i < counted;) {
    const n = text.kept[i] ?? 0;
    if (!seenNumbers.has(n)) {
      i++;
      continue;
    }
    if (text.holdsAll(n)) allWords--;
    text.kept[i] = text.kept[--counted] ?? 0;
  }
  const facetDocs = new Int32Array(counted + references.length);
  facetDocs.set(text.kept.subarray(0, counted));
  references.forEach((r, i) => (facetDocs[counted + i] = state.numbers.get(r.doc.id) ?? -1));

  // A text match on a code article is the part it lies in, or the parts, when several hold as much of it; a text
  // defining the term a query names is the passage defining it; a reference stays what it names. Every page is cut
  // from the same list: the hits before it are laid out too, and the first after it, which says whether there is a
  // next page (the total counts articles, not their parts).
  const hits: SearchHit[] = [];
  const end = offset + limit;
  for (const r of ranked) {
    if (hits.length > end) break;
    const matched = new Set(r.docNumber === null ? r.terms : state.index.termsIn(r.docNumber, text.expandedTerms));
    // Looked for on the page only: a definition may be copied in every version and language of a large index.
    const defining = r.definesTerm ? defined.definingPassage(r.doc) : null;
    const parts: Array<PartHit | null> = defining
      ? [{ provisionId: defining.provisionId, passages: [defining] }]
      : r.docNumber === null
        ? []
        : bestParts(state.analyzer, r.doc, r.doc.id, matched, state.ranking.partsPerArticle);
    if (parts.length === 0) parts.push(null);
    for (const part of parts) {
      const provisionId = part?.provisionId ?? r.provisionId;
      if (hits.length < offset || hits.length >= end) {
        hits.push({ provisionId, score: 0, snippet: '', highlights: [], language, aligned: null }); // off the page: no snippet needed
        continue;
      }
      const passages = part?.passages ?? (r.passage ? [r.passage] : r.doc.passages);
      const snippet = buildSnippet(state.analyzer, r.doc.heading, passages, matched);
      hits.push({
        provisionId,
        score: r.score,
        snippet: snippet.snippet,
        highlights: snippet.highlights,
        language,
        aligned: alignedOf(provisionId),
      });
    }
  }
  const hasMore = hits.length > end;
  hits.splice(end);
  hits.splice(0, offset);
  return {
    total: counted + references.length,
    allWordsTotal: allWords,
    references: references.map((r) => r.passage?.provisionId ?? r.doc.id),
    language,
    hits,
    hasMore,
    facets: state.facets.count(facetDocs, facetDocs.length),
  };
}
