/**
 * Which term of the other language a term translates to, learned from the aligned texts. Acts render one Russian term
 * with different Kazakh words (`ответственность`, responsibility, is `жауапкершілік` in the animals law and
 * `жауаптылық` in the code 350-VI), so a Kazakh word learned from one act misses another act's provisions, while the
 * Russian texts mostly agree.
 * Every provision imported with both texts is a translation pair (its Kazakh and Russian search documents share its
 * id): the term of the other text that the pairs holding a term hold most specifically (by the Dice coefficient) is its
 * translation, if most of those pairs hold it. No dictionary, and it works on any act imported with both texts.
 * Learned per term when a query first asks, and forgotten whenever the documents change.
 */
import type { IndexState } from './state.ts';

/**
 * Fewest translation pairs holding both terms: in two, a rare word's best match was as often a neighbouring word
 * (`кеше`, a complex, to `комплекс`) as its rendering (`бұйрық`, an order, to `приказ`)
 */
const MIN_PAIRS = 3;
/** Least share of the term's pairs whose other text holds the translation: a rendering, not a neighbouring word */
const MIN_SHARE = 0.5;
/**
 * Least Dice coefficient: below it the best match was a word most texts hold (`алпыс`, sixty, to `действ`, to act,
 * at 0.04), above it a rendering (`зиян`, harm, to `вред` at 0.83; `уақытша`, temporary, to `време` at 0.72)
 */
const MIN_DICE = 0.3;

export interface Translation {
  /** The term of the other language */
  term: string;
  /**
   * The acts (document ids) whose text in the word's own language holds the word: their provisions lacking it phrase
   * the translation some other way, not in another word
   */
  actsHolding: ReadonlySet<string>;
}

export interface WordAssociations {
  /** What `term` of `from`'s language translates to in `to`'s, in the provisions both hold; null if nothing clearly. */
  translate(from: IndexState, to: IndexState, term: string): Translation | null;
  /** Forget what was learned: documents were added or taken out. */
  clear(): void;
}

/** Of a state's texts whose provision the other state holds too: how many hold each word (by word id), and their acts. */
interface Pairs {
  frequency: Int32Array;
  acts: Set<string>;
}

export function createWordAssociations(): WordAssociations {
  /** The translation (or null) of each term asked, by the state asked in */
  const learned = new Map<IndexState, Map<string, Translation | null>>();
  /** By the state translated into */
  const pairsOf = new Map<IndexState, Pairs>();

  const pairs = (to: IndexState, from: IndexState): Pairs => {
    const known = pairsOf.get(to);
    if (known) return known;
    const frequency = new Int32Array(to.words.length);
    const acts = new Set<string>();
    const seen = new Int32Array(to.words.length);
    let stamp = 0;
    to.byNumber.forEach((doc, n) => {
      const sequence = to.sequences[n];
      if (!doc || !sequence || !from.numbers.has(doc.id)) return;
      acts.add(doc.documentId);
      stamp++;
      for (const w of sequence)
        if (seen[w] !== stamp) {
          seen[w] = stamp;
          frequency[w] = (frequency[w] ?? 0) + 1;
        }
    });
    const computed = { frequency, acts };
    pairsOf.set(to, computed);
    return computed;
  };

  const learn = (from: IndexState, to: IndexState, term: string): Translation | null => {
    const docs = from.index.documents(term);
    // An act's texts lie together in doc numbers: its id is looked at where the act changes only.
    const actsHolding = new Set<string>();
    let act: string | undefined;
    for (const n of docs) {
      const next = from.byNumber[n]?.documentId;
      if (next !== act && next !== undefined) actsHolding.add(next);
      act = next;
    }
    const both = pairs(to, from);
    // A word every act with both texts uses has no provision it could be found in through its translation.
    if ([...both.acts].every((act) => actsHolding.has(act))) return null;
    const together = new Map<number, number>();
    const seen = new Int32Array(to.words.length);
    let count = 0;
    for (const n of docs) {
      const id = from.byNumber[n]?.id;
      const m = id === undefined ? undefined : to.numbers.get(id);
      const sequence = m === undefined ? undefined : to.sequences[m];
      if (!sequence) continue;
      count++;
      for (const w of sequence)
        if (seen[w] !== count) {
          seen[w] = count;
          together.set(w, (together.get(w) ?? 0) + 1);
        }
    }
    let found: string | null = null;
    let highest = MIN_DICE;
    for (const [w, pairsHolding] of together) {
      if (pairsHolding < MIN_PAIRS || pairsHolding < MIN_SHARE * count) continue;
      const candidate = to.words[w] ?? '';
      // Numbers are the same in both languages; a stop word is no rendering (the index holds content terms only).
      if (/^\d/.test(candidate) || !to.index.holds(candidate)) continue;
      // The Dice coefficient: a word most texts hold (`статья`, an article) is in most of the term's pairs too.
      const dice = (2 * pairsHolding) / (count + (both.frequency[w] ?? 0));
      if (dice > highest) {
        highest = dice;
        found = candidate;
      }
    }
    return found === null ? null : { term: found, actsHolding };
  };

  return {
    translate(from, to, term) {
      let cache = learned.get(from);
      if (!cache) {
        cache = new Map();
        learned.set(from, cache);
      }
      let known = cache.get(term);
      if (known === undefined) {
        known = learn(from, to, term);
        cache.set(term, known);
      }
      return known;
    },
    clear() {
      learned.clear();
      pairsOf.clear();
    },
  };
}
