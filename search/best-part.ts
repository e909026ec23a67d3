/**
 * The part of a code article a match lies in, engine-neutral. A code's search document is a whole
 * article (its parts and subparagraphs are passages), but a question is usually answered by one part:
 * the hit is the part holding most of the matched words (its place still says the article), or the one
 * subparagraph of it that holds them all. An article whose heading holds every matched word, or whose
 * match is spread so thin that no part holds half of the words, stays the hit.
 */
import { contentTerms, matchingTokens, type TextAnalyzer } from './analyzer/index.ts';
import type { Passage, SearchDocument } from './documents.ts';

export interface PartHit {
  provisionId: string;
  /** The part's passages: what its snippet is cut from */
  passages: Passage[];
}

interface Group {
  id: string;
  passages: Passage[];
  /** Occurrences of each matched term in the group's passages */
  counts: Map<string, number>;
}

/** The tokens of a passage whose term is one of `terms`. */
function tokensOf(analyzer: TextAnalyzer, text: string, terms: ReadonlySet<string>): string[] {
  return matchingTokens(analyzer, text, terms).map((t) => t.term);
}

/** The id of the part a passage belongs to: the article's child whose subtree holds it (the article itself for its own text). */
function partOf(articleId: string, passageId: string): string {
  if (!passageId.startsWith(`${articleId}__`)) return articleId;
  const rest = passageId.slice(articleId.length + 2);
  const cut = rest.indexOf('__');
  return `${articleId}__${cut < 0 ? rest : rest.slice(0, cut)}`;
}

/**
 * The parts of `doc` (the search document of the article `articleId`) a match lies in, best first, at most
 * `most`: the part holding the most terms of `matched` (a term of the heading counting half), then parts holding as many. None, for the article
 * itself: not a code article, a heading holding every matched term, no part holding half of them, or the
 * article's own words holding the most. Of parts holding as many, the one where they weigh most comes first.
 */
export function bestParts(
  analyzer: TextAnalyzer,
  doc: Pick<SearchDocument, 'kind' | 'definition' | 'heading' | 'passages'>,
  articleId: string,
  matched: ReadonlySet<string>,
  most = 1,
): PartHit[] {
  if (doc.kind !== 'code' || doc.definition || doc.passages.length < 2) return [];
  const heading = new Set(contentTerms(analyzer.analyze(doc.heading)));
  // A term the heading holds, or a completion of one (the last query word is also matched as a prefix), is the heading's:
  // a heading holding every matched term names what the whole article is about.
  const ofHeading = (t: string): boolean => [...heading].some((h) => t.startsWith(h));
  if ([...matched].every(ofHeading)) return [];
  const groups = new Map<string, Group>();
  const totals = new Map<string, number>();
  for (const passage of doc.passages) {
    const id = partOf(articleId, passage.provisionId);
    const group = groups.get(id) ?? { id, passages: [], counts: new Map<string, number>() };
    group.passages.push(passage);
    for (const term of tokensOf(analyzer, passage.text, matched)) {
      group.counts.set(term, (group.counts.get(term) ?? 0) + 1);
      totals.set(term, (totals.get(term) ?? 0) + 1);
    }
    groups.set(id, group);
  }
  // A part's weight: for each term, the share of the article's occurrences of it that stand in the part, so a
  // part holding the rare words of the query outranks one repeating a word every part has.
  const weight = (g: Group): number => [...g.counts].reduce((sum, [term, n]) => sum + n / (totals.get(term) ?? 1), 0);
  // Distinct terms first, a term of the heading counting half (the article is already about it); the weight (less
  // than 1 per term after the division) only breaks ties. A stable sort keeps text order on a tie.
  const distinct = (g: Group): number => [...g.counts.keys()].reduce((sum, t) => sum + (ofHeading(t) ? 0.5 : 1), 0);
  const covering = (g: Group): number => distinct(g) + weight(g) / (matched.size + 1);
  const ranked = [...groups.values()].sort((a, b) => covering(b) - covering(a));
  const best = ranked[0];
  if (!best || best.id === articleId || best.counts.size * 2 < matched.size) return [];
  return ranked
    .filter((g) => g.id !== articleId && distinct(g) === distinct(best))
    .slice(0, most)
    .map((g) => narrowed(analyzer, g, matched));
}

/** A part, or the one subparagraph of it holding every matched term when the part's own words hold none: the answer itself. */
function narrowed(analyzer: TextAnalyzer, part: Group, matched: ReadonlySet<string>): PartHit {
  const [own, ...below] = part.passages;
  if (own && own.provisionId === part.id && tokensOf(analyzer, own.text, matched).length === 0) {
    const whole = below.filter((p) => new Set(tokensOf(analyzer, p.text, matched)).size === matched.size);
    if (whole.length === 1 && whole[0]) return { provisionId: whole[0].provisionId, passages: [whole[0]] };
  }
  return { provisionId: part.id, passages: part.passages };
}
