/**
 * Global ids: the one place where the id of every stored thing is built and taken apart.
 *
 * Every id inside a document starts with the document's id (its FRBR work URI), followed by
 * `/~` and an eId for a provision (AKN portion syntax), or `/!` and a kind for everything else
 * (amendments, citations, mentions, relations, editorial notes). Acts have work URIs of their own.
 * Re-ingesting the same text yields the same ids.
 */
import { cleanNum } from './akn.ts';
import type { DocumentRelationType } from './types.ts';

/** Global id of a provision: `${documentId}/~${eId}`. */
export function provisionId(documentId: string, eId: string): string {
  return `${documentId}/~${eId}`;
}

/** Split a global provision id into its document id and eId; null if it is not one. */
export function parseProvisionId(id: string): { documentId: string; eId: string } | null {
  const at = id.indexOf('/~');
  if (at <= 0) return null;
  return { documentId: id.slice(0, at), eId: id.slice(at + 2) };
}

/**
 * The id of an amendment event: `${documentId}/!amendment_${targetEId}__${actNumber}_${actDate}`,
 * `doc` in place of the eId when the target is unresolved. The caller appends `_2`, `_3`… when the
 * same act changes the same target again.
 */
export function amendmentId(documentId: string, targetEId: string | null, actNumber: string, actDate: string): string {
  return `${documentId}/!amendment_${targetEId ?? 'doc'}__${cleanNum(actNumber)}_${actDate}`;
}

/** The id of the n-th citation (from 1) in a provision's text: `${sourceId}/!citation_${n}`. */
export function citationId(sourceId: string, n: number): string {
  return `${sourceId}/!citation_${n}`;
}

/** The id of the n-th plain mention of an act (from 1) in a provision's text: `${sourceId}/!mention_${n}`. */
export function mentionId(sourceId: string, n: number): string {
  return `${sourceId}/!mention_${n}`;
}

/** The id of a relation of a document to an act: `${documentId}/!relation_${type}__${actKey}`; `actKey` names the act in the id. */
export function relationId(documentId: string, type: DocumentRelationType, actKey: string): string {
  return `${documentId}/!relation_${type}__${actKey}`;
}

/** The id of an editorial note, by the raw line it starts on: `${documentId}/!note_${startLine}`. */
export function noteId(documentId: string, startLine: number): string {
  return `${documentId}/!note_${startLine}`;
}

/** ISO 639-2 codes of the languages of the corpus, as FRBR expression URIs spell them. */
const LANGUAGE_639_2: Readonly<Record<string, string>> = { kk: 'kaz', ru: 'rus', en: 'eng' };

/** The id of an expression (one language of a work at one version date): `${documentId}/kaz@2024-01-01`. */
export function expressionId(documentId: string, language: string, versionDate: string): string {
  return `${documentId}/${LANGUAGE_639_2[language] ?? language}@${versionDate}`;
}

/** The id of a wording of a provision: `${provisionId}/!wording_${language}_${validFrom}`. */
export function wordingId(provisionId: string, language: string, validFrom: string): string {
  return `${provisionId}/!wording_${language}_${validFrom}`;
}

/** The id of a defined term: `${documentId}/!term_${language}_${term}`, the term lower-cased with runs of non-letters as `-`. */
export function termId(documentId: string, language: string, term: string): string {
  const slug = term
    .toLocaleLowerCase('kk')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return `${documentId}/!term_${language}_${slug}`;
}

/** The id of the document any id belongs to: everything before its first `/~` or `/!` (an id with neither is a document's own). */
export function ownerDocumentId(id: string): string {
  const provision = id.indexOf('/~');
  const other = id.indexOf('/!');
  const cut = provision < 0 ? other : other < 0 ? provision : Math.min(provision, other);
  return cut < 0 ? id : id.slice(0, cut);
}

/** The number an id ends with (`…/!citation_10` → 10; 0 if none): the order of citations and mentions within their provision. */
export function trailingNumber(id: string): number {
  const m = /(\d+)$/.exec(id);
  return m ? Number(m[1]) : 0;
}

/** Work URI of an act from its kind, ISO date and number: `/akn/kz/act/law/2025-12-17/241-VIII`, `/akn/kz/act/order/2020-09-24/128-o`. */
export function actWorkUri(kind: string, date: string, number: string): string {
  return `/akn/kz/act/${kind}/${date}/${cleanNum(transliterateSuffix(number))}`;
}

/**
 * `128-ө` (ө for өкім, an order of a ministry) → `128-o`, so that `128-ө` and `128` stay two acts
 * in ASCII ids. Roman numerals (`VIIІ` with Cyrillic І) are cleanNum's job.
 */
function transliterateSuffix(number: string): string {
  return number.replace(/-[өӨ]$/u, '-o');
}

/** Work URI of an act known only by its name: a readable, deterministic slug. */
export function unknownActUri(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFC')
    .replace(/[«»"“”„()]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return `/akn/kz/act/unknown/${slug}`;
}
