/**
 * Direct reference queries: `15-1-бап`, `ӘРПК 22-бап 2-бөлік`, `22-баптың 2-бөлігі`, `article 4`, and in Russian
 * `статья 22`, `ст. 22`, `пункт 3 статьи 5`.
 * A query that names an article (and maybe its part and subparagraph) is answered by that
 * provision first; words left over are searched as usual.
 *
 * Parsing works on analyzed tokens, so every inflection of a unit word counts (бабы, баптың,
 * бөлігінде all stem to their unit) and the eId is built by model/akn.ts, the one place that
 * maps Kazakh units onto AKN names.
 */
import { type CitationRef, codeEId, EID_SEPARATOR } from '../model/index.ts';
import type { AnalyzedToken } from './analyzer/index.ts';

type Level = 'article' | 'part' | 'subparagraph';

/** Unit words by their stem (or lowercased English/Russian form). */
const UNITS: ReadonlyMap<string, Level> = new Map([
  ['бап', 'article'], // article
  ['article', 'article'],
  ['art', 'article'],
  ['статья', 'article'], // article (Russian, as the Kazakh analyzer leaves it)
  ['стат', 'article'], // статья, статьи, статье: article (Russian, its Snowball stem)
  ['ст', 'article'], // ст.: article (Russian abbreviation)
  ['пункт', 'part'], // пункт, пункта: paragraph (Russian for the code's numbered part, тармақ)
  ['част', 'part'], // часть, части: part (Russian)
  ['подпункт', 'subparagraph'], // подпункт, подпункта: subparagraph (Russian)
  ['бөлік', 'part'], // part
  ['тармақ', 'part'], // paragraph (the code's other word for a part)
  ['part', 'part'],
  ['тармақша', 'subparagraph'], // subparagraph
  ['subparagraph', 'subparagraph'],
  ['point', 'subparagraph'],
]);

export interface ReferenceQuery {
  ref: Pick<CitationRef, 'article' | 'part' | 'subparagraph'>;
  /** eId the reference names in a code (`art_22__para_2`) */
  eId: string;
  /** Abbreviations in the query that may name the document (`әрпк`), to match against Document.shortNames */
  documentNames: string[];
  /** Tokens that are neither the reference nor a document name: the rest of the query */
  rest: AnalyzedToken[];
}

const isNumber = (t: AnalyzedToken | undefined): boolean => t !== undefined && /^\d/.test(t.term);

/** The reference a query names, or null when it names none (then it is an ordinary text query). */
export function parseReferenceQuery(tokens: readonly AnalyzedToken[]): ReferenceQuery | null {
  const ref: Record<Level, string | null> = { article: null, part: null, subparagraph: null };
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const level = UNITS.get(tokens[i]?.term ?? '');
    if (!level || ref[level] !== null) continue;
    // Kazakh puts the number first (22-бап); English and Russian after the word (article 4).
    const at = isNumber(tokens[i - 1]) && !used.has(i - 1) ? i - 1 : isNumber(tokens[i + 1]) ? i + 1 : -1;
    if (at < 0) continue;
    ref[level] = tokens[at]?.term ?? null;
    used.add(i).add(at);
  }
  if (ref.article === null) return null;
  const eId = codeEId(ref);
  if (eId === null) return null;
  const documentNames: string[] = [];
  const rest: AnalyzedToken[] = [];
  tokens.forEach((t, i) => {
    if (used.has(i)) return;
    if (t.expansion && !t.thesaurus) documentNames.push(t.term);
    else rest.push(t);
  });
  return { ref, eId, documentNames, rest };
}

/**
 * The eId a reference names, then each enclosing eId up to its article: a part the code does not
 * number (`art_56__point_3` has no para) falls back to the nearest enclosing node.
 */
export function enclosingEIds(eId: string): string[] {
  const levels = eId.split(EID_SEPARATOR);
  return levels.map((_, i) => levels.slice(0, levels.length - i).join(EID_SEPARATOR));
}
