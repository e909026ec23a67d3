/**
 * Query words read through the other language's text. Analysts write the word they know: a Kazakh query with the
 * Russian word or the loanword where the Kazakh text has its own term (`жануарлар приюты` where the animals law says
 * панажай, `вакцинация` where it says вакциналау), a Russian query with the Kazakh text's loanword. A provision whose
 * own text lacks the word but whose other-language text holds it counts as holding the word, scored as the other
 * index scores it there. Each act's Russian text is aligned to its Kazakh provisions by eId, so this needs no
 * dictionary, and it works on any act imported with both texts. Provision by provision, not corpus-wide: that some
 * other act's Kazakh text uses the loanword says nothing of this act's.
 *
 * A word is read through its general-language synonym in the other text too (search/analyzer/russian-synonyms.ts): a
 * Kazakh query with the Russian word `вакцинация` finds the provision whose Russian text says `прививок` (the
 * peacekeeping law's preventive inoculations) though another act's Russian text says вакцинация itself, the score
 * weighed as a synonym's is. A synonym the other texts use far more than the word is another sense of it, and left out.
 */
import type { TextAnalyzer } from '../analyzer/index.ts';
import type { IndexState } from './state.ts';
import { isOtherSense } from './synonym-senses.ts';

/** The shortest stem matched as a prefix too */
const MIN_PREFIX = 6;

export interface BridgedWord {
  /** The word as typed */
  word: string;
  /** Its term in the query's language */
  term: string;
  /** Its term in the other language, or its synonym's, which that language's texts hold */
  via: string;
  /** Whether `via` is a synonym of the word's term in the other language (no text holds the word) */
  synonym: boolean;
  /**
   * The query language's doc numbers of the provisions whose other-language text holds `via` and whose own text lacks
   * `term`, with the other index's score of `via` there
   */
  docs: Map<number, number>;
}

/** A word's first content term under an analyzer (a loanword analyzes to one term), or null. */
function termOf(analyzer: TextAnalyzer, word: string): string | null {
  return analyzer.analyze(word).find((t) => !t.stop)?.term ?? null;
}

/**
 * The synonym of `word` in the other language that the other texts hold most often, short of the frequency that makes
 * it another sense of the word, which those texts hold `frequency` times (synonym-senses.ts); null when there is none.
 */
function heldSynonym(other: IndexState, word: string, frequency: number): string | null {
  const synonyms = other.analyzer.analyze(word).find((t) => !t.stop)?.synonyms ?? [];
  const held = synonyms.filter((s) => other.index.holds(s) && !isOtherSense(other.index, s, frequency));
  return held.sort((a, b) => other.index.frequency(b) - other.index.frequency(a))[0] ?? null;
}

/**
 * The words of `query` (among the `terms` the query ranks by) that the other state's texts hold, each with the
 * documents it matches only through the other language; a word matching none so is left out.
 */
export function bridgedWords(state: IndexState, other: IndexState, query: string, terms: readonly string[]): BridgedWord[] {
  const ranked = new Set(terms);
  const bridged: BridgedWord[] = [];
  for (const token of state.analyzer.analyze(query)) {
    // Numbers are the same in both languages.
    if (token.stop || !ranked.has(token.term) || /^\d/.test(token.term)) continue;
    if (bridged.some((b) => b.term === token.term)) continue;
    const word = query.slice(token.start, token.end);
    const own = state.index.frequency(token.term);
    // The word as typed, else its term: a loanword's derivation read back to its noun (`реабилитациялау`, to
    // rehabilitate → `реабилитация`) is what the other text holds.
    const direct = [word, token.term].map((w) => termOf(other.analyzer, w)).find((t): t is string => t !== null && other.index.holds(t));
    // A word the query's language uses about as often as the other language is its own: reading it again would
    // find few provisions more, at the cost of a second search.
    const routes = direct !== undefined && own * 2 < other.index.frequency(direct) ? [{ via: direct, synonym: false }] : [];
    // Its synonym too, which the other text of an act may say where another act's says the word itself.
    const synonym = heldSynonym(other, word, direct === undefined ? 0 : other.index.frequency(direct));
    if (synonym !== null && synonym !== direct) routes.push({ via: synonym, synonym: true });
    const docs = new Map<number, number>();
    for (const route of routes) {
      // A long stem also as a prefix: the other text may hold the word derived (Russian `реабилитационных`, of
      // rehabilitation, beside `реабилитация`), on another stem.
      const matches = other.index.match([{ term: route.via, prefix: !route.synonym && route.via.length >= MIN_PREFIX, fuzzy: 0 }], {
        boosts: other.boosts,
        fuzzyWeight: other.ranking.fuzzyWeight,
        prefixWeight: other.ranking.prefixWeight,
        bm25: other.ranking.bm25,
      });
      for (let i = 0; i < matches.count; i++) {
        const n = matches.docs[i] ?? 0;
        const id = other.byNumber[n]?.id;
        const doc = id === undefined ? undefined : state.numbers.get(id);
        if (doc === undefined || (own > 0 && state.index.termsIn(doc, [token.term]).length > 0)) continue;
        const score = (matches.scores[n] ?? 0) * (route.synonym ? other.ranking.synonymWeight : 1);
        docs.set(doc, Math.max(docs.get(doc) ?? 0, score));
      }
    }
    const [first] = routes;
    if (first && docs.size > 0) bridged.push({ word, term: token.term, via: first.via, synonym: first.synonym, docs });
  }
  return bridged;
}
