/**
 * Mutation.reingest: the corpus into both stores through the same sync as `npm start`
 * (the `corpus` port). The bearer token is checked before any mutation runs (api/auth.ts).
 * What was written is read back from `store`: the request's snapshot (`graph`) predates the write.
 */
import { GraphQLError } from 'graphql';
import type { WriteStatus } from '../../graph/port.ts';
import { IngestError, ReplacementRefused } from '../../app/index.ts';
import { findDocumentId } from '../references.ts';
import type { ApiContext, Resolvers } from '../context.ts';
import { enumResolver } from '../enums.ts';
import { notFound } from '../errors.ts';

const WRITE_STATUSES: Record<WriteStatus, true> = { created: true, replaced: true, unchanged: true };

function unavailable(what: string): GraphQLError {
  return new GraphQLError(`reingest is unavailable: this server has no ${what}`, { extensions: { code: 'UNAVAILABLE' } });
}

async function reingest(_: unknown, args: { document?: string | null; acceptLoss: boolean }, context: ApiContext) {
  const { store, search, corpus } = context;
  if (!corpus) throw unavailable('corpus directory');
  if (!search) throw unavailable('search index to keep in step with the graph');
  const document = args.document ?? null;
  // An id of the manifest, or a number or short name of a stored document (as every document argument takes).
  const known =
    document !== null && ((await corpus.documentIds()).includes(document) || (await findDocumentId(context, document)) !== null);
  if (document !== null && !known) throw notFound('document', document, 'Manifest document');
  try {
    const { sync: report, log } = await corpus.sync(document !== null, args.acceptLoss);
    const documents = await store.getDocuments(report.written.map((w) => w.documentId));
    const written = report.written.map((w, i) => ({ status: w.status, document: documents[i] }));
    return { ingested: report.ingested, written, removed: report.removed, log };
  } catch (error) {
    // An unusable text is the caller's to fix: its message names the file and line, and holds no secret.
    if (error instanceof IngestError) {
      throw new GraphQLError(error.message, { extensions: { code: 'INGEST_FAILED', file: error.file, line: error.line } });
    }
    if (error instanceof ReplacementRefused) {
      throw new GraphQLError(error.message, { extensions: { code: 'REPLACEMENT_REFUSED', losses: error.losses } });
    }
    throw error;
  }
}

export const resolvers: Resolvers = {
  WriteStatus: enumResolver(WRITE_STATUSES),
  Mutation: { reingest },
};
