/**
 * The Russian text beside the Kazakh (issue #16): alignment of the two texts of one version (align.ts), the
 * reconciliation of their notes (notes.ts), and a work's document with its Russian expressions added (withRussian).
 */
import { expressionId, type Expression, type IngestedDocument, type Term, type Wording } from '../../model/index.ts';
import { pairTerms } from '../term-pairs.ts';
import { alignTranslation } from './align.ts';

export { alignTranslation, type Alignment, type AlignmentFigures } from './align.ts';

/** One version of a work in both languages: its Kazakh document (one expression) and its Russian one. */
export interface TranslatedVersion {
  kazakh: IngestedDocument;
  russian: IngestedDocument;
}

/**
 * The work `document` (a single text or the timeline of its versions, ingest/versions) with the Russian text of some of
 * its versions added: each version's Russian expression, the Russian Wordings of its aligned provisions, in force from
 * the version's date to the work's next version (a wording unchanged across versions is one Wording, its period
 * widened), the Russian terms paired with the Kazakh terms the document defines (ingest/term-pairs.ts) or defined
 * where the Kazakh text defines none, and the
 * alignments' diagnostics. The Kazakh provisions stay the document's.
 *
 * A document that holds Russian wordings already (a work extended one version at a time, ingest/index.ts addVersion)
 * keeps them: one in force up to its newest Russian version (`validTo` null then) now ends at the version after that,
 * or runs on through a newer version that words the provision the same. Its Russian terms stay unless a newer
 * version reads them again.
 */
export function withRussian(document: IngestedDocument, versions: readonly TranslatedVersion[]): IngestedDocument {
  const dates = [...new Set(document.expressions.map((e) => e.versionDate))].sort();
  const next = (date: string) => dates.find((d) => d > date) ?? null;
  const expressions: Expression[] = [];
  const diagnostics = [];
  const runs = new Map<string, Wording>();
  const heldUntil = next(document.expressions.filter((e) => e.language === 'ru').at(-1)?.versionDate ?? '');
  const held = document.wordings.map((w) => {
    if (w.language !== 'ru' || w.validTo !== null || heldUntil === null) return w;
    const run = { ...w, validTo: heldUntil };
    runs.set(w.provisionId, run);
    return run;
  });
  const wordings: Wording[] = [];
  /** The document's own terms, by provision and term: a pair counts only where the work still defines its Kazakh term */
  const defined = new Set(document.terms.map((t) => `${t.definitionId}\n${t.term}`));
  const defining = new Set(document.terms.map((t) => t.definitionId));
  const provisions = new Set(document.provisions.map((p) => p.id));
  /** Russian terms by id: a later version's reading wins */
  const translations = new Map<string, Term>();
  for (const { kazakh, russian } of [...versions].sort((a, b) => compare(versionDate(a.kazakh), versionDate(b.kazakh)))) {
    const date = versionDate(kazakh);
    const alignment = alignTranslation(kazakh, russian, date);
    expressions.push(russianExpression(kazakh, russian, date));
    diagnostics.push(...russian.diagnostics, ...alignment.diagnostics);
    for (const pair of pairTerms(kazakh, russian))
      if (defined.has(`${pair.kazakh.definitionId}\n${pair.kazakh.term}`)) translations.set(pair.russian.id, pair.russian);
    // A term only the Russian text defines (its patterns read `под … понимается`, `… является …`, which the Kazakh
    // says otherwise) is the work's too, where the provision still stands and its Kazakh text defines nothing.
    for (const term of russian.terms)
      if (provisions.has(term.definitionId) && !defining.has(term.definitionId)) translations.set(term.id, term);
    for (const w of alignment.wordings) {
      const run = runs.get(w.provisionId);
      // The same wording in the next version: one Wording, its period widened.
      if (run && run.validTo === date && sameWording(run, w)) {
        run.validTo = next(date);
        continue;
      }
      const opened = { ...w, validTo: next(date) };
      runs.set(w.provisionId, opened);
      wordings.push(opened);
    }
  }
  // The newest Russian text's title (meta.yaml's title.rus): the readers fall back to the Kazakh title without one.
  const newest = versions.reduce<TranslatedVersion | null>((a, v) => (a && versionDate(a.kazakh) > versionDate(v.kazakh) ? a : v), null);
  const titleRu = newest && newest.russian.document.title !== newest.kazakh.document.title ? newest.russian.document.title : null;
  return {
    ...document,
    document: titleRu ? { ...document.document, titleRu } : document.document,
    expressions: [...document.expressions, ...expressions].sort(
      (a, b) => compare(a.versionDate, b.versionDate) || compare(a.language, b.language),
    ),
    wordings: [...held, ...wordings],
    terms: [...document.terms.filter((t) => !translations.has(t.id)), ...translations.values()],
    diagnostics: [...document.diagnostics, ...diagnostics],
  };
}

const versionDate = (doc: IngestedDocument) => doc.expressions[0]?.versionDate ?? doc.document.consolidatedAsOf ?? 'undated';

function russianExpression(kazakh: IngestedDocument, russian: IngestedDocument, date: string): Expression {
  const { document } = russian;
  return {
    id: expressionId(document.id, 'ru', date),
    documentId: document.id,
    language: 'ru',
    versionDate: date,
    file: document.file,
    sha256: document.sha256,
    format: document.format ?? 'adilet',
    amendingActId: kazakh.expressions[0]?.amendingActId ?? null,
  };
}

function sameWording(a: Wording, b: Wording): boolean {
  return a.text === b.text && a.heading === b.heading && a.status === b.status && a.parentId === b.parentId && a.num === b.num;
}

/** Code-unit order, as the stores sort */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
