/**
 * Query words read through the other language's text. Analysts write the word they know: a Kazakh query with the
 * Russian word or the loanword where the Kazakh text has its own term (`жануарлар приюты` where the animals law says
 * панажай, `вакцинация` where it says вакциналау), a Russian query with the Kazakh text's loanword. A provision whose
 * own text lacks the word but whose other-language text holds it counts as holding the word, scored as the other
 * index scores it there. Each act's Russian text is aligned to its Kazakh provisions by eId, so this needs no
 * dictionary, and it works on any act imported with both texts. Provision by provision, not corpus-wide: that some
 * other act's Kazakh text uses the loanword says nothing of this act's.
 *
 * Two more routes, each weighed below the word itself:
 * - its general-language synonym in the other text (search/analyzer/russian-synonyms.ts): a Kazakh query with the
 *   Russian word `вакцинация` finds the provision whose Russian text says `прививок` (the peacekeeping law's
 *   preventive inoculations) though another act's Russian text says вакцинация itself. A synonym the other texts use
 *   far more than the word is another sense of it, and left out;
 * - where no other-language text holds the word, its translation learned from the aligned texts (word-association.ts),
 *   in the acts that never use the word: the one route that does read across acts, since what it reads is how the
 *   acts render one term differently.
 */
import type { TextAnalyzer } from '../analyzer/index.ts';
import type { IndexState } from './state.ts';
import { isOtherSense } from './synonym-senses.ts';
import type { WordAssociations } from './word-association.ts';

/** The shortest stem matched as a prefix too */
const MIN_PREFIX = 6;

export interface BridgedWord {
  /** The word as typed */
  word: string;
  /** Its term in the query's language */
  term: string;
  /** The term of the other language it was first read through: its own, its synonym or its learned translation */
  via: string;
  /**
   * The query language's doc numbers of the provisions whose other-language text holds a term the word is read
   * through and whose own text lacks `term`, with the other index's score there, weighed by the route
   */
  docs: Map<number, number>;
}

/** One way of reading a word in the other language's text */
interface Route {
  via: string;
  /** Also as a prefix (the word's own term, when long: the other text may hold it derived) */
  prefix: boolean;
  /** Score factor against the word's own term */
  weight: number;
  /** Acts whose provisions the route does not read (a learned translation: the acts using the word itself) */
  skipActs?: ReadonlySet<string>;
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
 * The words of `query` (among the `terms` the query ranks by) read through the other state's texts, each with the
 * documents it matches only so; a word matching none so is left out. `associations` null: no word read through its
 * learned translation.
 */
export function bridgedWords(
  state: IndexState,
  other: IndexState,
  query: string,
  terms: readonly string[],
  associations: WordAssociations | null,
): BridgedWord[] {
  const ranked = new Set(terms);
  const bridged: BridgedWord[] = [];
  for (const token of state.analyzer.analyze(query)) {
    // Numbers are the same in both languages.
    if (token.stop || !ranked.has(token.term) || /^\d/.test(token.term) || bridged.some((b) => b.term === token.term)) continue;
    const word = query.slice(token.start, token.end);
    const own = state.index.frequency(token.term);
    // The word as typed, else its term: a loanword's derivation read back to its noun (`реабилитациялау`, to
    // rehabilitate → `реабилитация`) is what the other text holds.
    const typed = [word, token.term].map((w) => termOf(other.analyzer, w)).find((t): t is string => t !== null && other.index.holds(t));
    const routes: Route[] = [];
    // A word the query's language uses about as often as the other language is its own: reading it again would
    // find few provisions more, at the cost of a second search.
    if (typed !== undefined && own * 2 < other.index.frequency(typed))
      routes.push({ via: typed, prefix: typed.length >= MIN_PREFIX, weight: 1 });
    // A word the other texts never hold is read through its translation there, in the acts whose own text never uses
    // the word: they render the term in another word. In an act that uses the word, a provision holding the
    // translation but not the word phrases it otherwise, and reading it so would only blur.
    const translation = typed === undefined ? (associations?.translate(state, other, token.term) ?? null) : null;
    if (translation)
      routes.push({
        via: translation.term,
        prefix: false,
        weight: other.ranking.associationWeight / other.ranking.otherLanguageWeight,
        skipActs: translation.actsHolding,
      });
    const synonym = heldSynonym(other, word, typed === undefined ? 0 : other.index.frequency(typed));
    if (synonym !== null && synonym !== typed) routes.push({ via: synonym, prefix: false, weight: other.ranking.synonymWeight });
    const docs = new Map<number, number>();
    for (const route of routes) {
      const matches = other.index.match([{ term: route.via, prefix: route.prefix, fuzzy: 0 }], {
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
        if (route.skipActs?.has(state.byNumber[doc]?.documentId ?? '')) continue;
        docs.set(doc, Math.max(docs.get(doc) ?? 0, (matches.scores[n] ?? 0) * route.weight));
      }
    }
    const [first] = routes;
    if (first && docs.size > 0) bridged.push({ word, term: token.term, via: first.via, docs });
  }
  return bridged;
}
