/**
 * The synthetic scale corpus: N copies of the ingested seed corpus, copy k of every document
 * under a new document id, so the data has the real shape (the same provisions, amendments,
 * citations and their fan-out) at N times the size.
 *
 * Every id that names a corpus document or something inside it (provision, amendment,
 * citation, mention, relation, note ids, and the references between them) is rewritten to
 * the same copy, so a citation from copy k of one text to another text lands in copy k of
 * that text. Acts that are not corpus documents (amending laws, acts cited by name) stay
 * shared across copies, as they would be in a bigger real corpus.
 */
import type { IngestedDocument } from '../../model/index.ts';

/** Copy k's id of a document id: an AKN work URI with a distinguishing suffix on its number part. */
export function copyId(documentId: string, copy: number): string {
  return `${documentId}-copy${copy}`;
}

/** The seed documents `factor` times: copy 0 keeps the original ids, copies 1… get new ones. */
export function scaleCorpus(seed: readonly IngestedDocument[], factor: number): IngestedDocument[] {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`scaleCorpus: factor must be a positive integer, got ${factor}`);
  const out: IngestedDocument[] = [...seed];
  for (let copy = 1; copy < factor; copy++) out.push(...copyCorpus(seed, copy));
  return out;
}

/** One copy of the seed corpus under new document ids. */
export function copyCorpus(seed: readonly IngestedDocument[], copy: number): IngestedDocument[] {
  const rename = new Map(seed.map((d) => [d.document.id, copyId(d.document.id, copy)]));
  const rewrite = (value: string): string => {
    const exact = rename.get(value);
    if (exact !== undefined) return exact;
    // ids inside a document are `${documentId}/~…` or `${documentId}/!…`: rename the prefix
    const slash = value.search(/\/[~!]/);
    if (slash < 0) return value;
    const renamed = rename.get(value.slice(0, slash));
    return renamed === undefined ? value : renamed + value.slice(slash);
  };
  const json = JSON.stringify(seed);
  return JSON.parse(json, (_key, value: unknown) => (typeof value === 'string' ? rewrite(value) : value)) as IngestedDocument[];
}
