/**
 * Stems already computed. A corpus repeats a small vocabulary (Zipf), so indexing stems each distinct word once
 * instead of once per occurrence; the cap bounds memory on odd input. Both languages' stemmers are kept so.
 */
const CACHE_LIMIT = 200_000;

/** `stem`, answering a word it has stemmed before from memory. */
export function cachedStemmer(stem: (word: string) => string): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let stemmed = cache.get(word);
    if (stemmed === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      stemmed = stem(word);
      cache.set(word, stemmed);
    }
    return stemmed;
  };
}
