/** The whole corpus ingested once, for the reference tests: citations, mentions and relations by document and line. */
import { fileURLToPath } from 'node:url';
import type { Citation, IngestedDocument } from '../../model/index.ts';
import { ingestCorpus } from '../../ingest/index.ts';
import { describe as describeRef } from './citations-fixture.ts';
export { COAO, CODE_ID, CONSTITUTION } from '../acts.ts';

export const corpus = await ingestCorpus(fileURLToPath(new URL('../../corpus/', import.meta.url)));

export function ingested(file: string): IngestedDocument {
  const doc = corpus.documents.find((d) => d.document.file === file);
  if (!doc) throw new Error(`not ingested: ${file}`);
  return doc;
}

/** Citations whose reference starts on a raw line. */
export function citationsAt(doc: IngestedDocument, line: number): Citation[] {
  return doc.citations.filter((c) => c.source.startLine === line);
}

/** A citation as `act | article=13 part=1 | context`: the cited act, the address, and whether the act came from context. */
export function summary(c: Citation): string {
  return `${c.targetActId} | ${describeRef(c.ref)} | ${c.actFromContext ? 'context' : 'named'}`;
}

/** Acts of the plain mentions starting on a raw line. */
export function mentionedAt(doc: IngestedDocument, line: number): string[] {
  return doc.mentions.filter((m) => m.source.startLine === line).map((m) => m.actId);
}

export const DRAFT_CONCEPT_2030 = '/akn/kz/act/concept/2021/legal-policy-2030-draft';
