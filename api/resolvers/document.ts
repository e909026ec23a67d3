/** Query.documents, Query.document and the Document type. */
import { heldVersions } from '../../app/index.ts';
import { versionReads, type ApiContext, type Resolvers } from '../context.ts';
import { enumResolver } from '../enums.ts';
import { readIn, type ReadDocument } from '../reading-language.ts';
import { notInForce } from '../errors.ts';
import { findDocumentId } from '../references.ts';
import { byDate, type DatedOrder } from '../order.ts';
import type { Document, DocumentKind, Provision, ProvisionType } from '../../model/index.ts';
import { firstDay } from './date.ts';

/** A document asked for as of a day (`document(id:, asOf:)`): its provision lists answer as worded that day. */
type DatedDocument = Document & { asOf?: string };

/**
 * The provisions `newest` reads from the newest version, or, on the document's `asOf` day, those of the document as
 * worded then that `keep` selects (those the newest version no longer holds included).
 */
async function asOfDocument(
  doc: DatedDocument,
  newest: () => Promise<Provision[]>,
  keep: (p: Provision) => boolean,
  context: ApiContext,
): Promise<Provision[]> {
  if (!doc.asOf) return newest();
  return (await context.loaders.documentOn.load({ documentId: doc.id, date: doc.asOf })).filter(keep);
}

const DOCUMENT_KINDS: Record<DocumentKind, true> = { code: true, law: true, policy: true, article: true, textbook: true };

export const resolvers: Resolvers = {
  Query: {
    documents: async (_: unknown, { order }: { order: DatedOrder }, { graph }: ApiContext) => byDate(await graph.listDocuments(), order),
    document: async (
      _: unknown,
      { id, language, asOf }: { id: string; language?: string | null; asOf?: string | null },
      context: ApiContext,
    ): Promise<(DatedDocument & ReadDocument) | null> => {
      const found = await findDocumentId(context, id);
      const doc = found ? await context.loaders.document.load(found) : null;
      if (!doc) return null;
      let dated: DatedDocument = doc;
      if (asOf) {
        const day = firstDay(asOf);
        const earliest = (await heldVersions(versionReads(context), doc.id))[0]?.versionDate;
        if (earliest === undefined || day < earliest)
          throw notInForce('asOf', doc.id, `${day} is before the earliest version held (${earliest})`);
        dated = { ...doc, asOf: day };
      }
      if (!language || language === doc.language) return dated;
      // Another language: only when the document holds its newest version in it (an expression of that language and date).
      const expressions = await context.graph.getExpressions(doc.id);
      const newest = expressions.reduce((date, e) => (e.versionDate > date ? e.versionDate : date), '');
      const held = expressions.some((e) => e.language === language && e.versionDate === newest);
      return held ? { ...dated, readIn: language } : null;
    },
  },
  // JOURNAL_ARTICLE renamed ARTICLE (a бап in ProvisionType); the old name stays as a deprecated input.
  DocumentKind: { ...enumResolver(DOCUMENT_KINDS), JOURNAL_ARTICLE: 'article' },
  Document: {
    language: (doc: ReadDocument) => doc.readIn ?? doc.language,
    // Read in Russian, the Russian title where the work holds one (it is read in Russian only when it holds the text).
    title: (doc: ReadDocument) => (doc.readIn === 'ru' && doc.titleRu ? doc.titleRu : doc.title),
    titleRu: (doc: ReadDocument) => doc.titleRu ?? null,
    articles: async (doc: DatedDocument & ReadDocument, _: unknown, context: ApiContext) =>
      readIn(
        await asOfDocument(
          doc,
          () => context.loaders.articles.load(doc.id),
          (p) => p.type === 'article',
          context,
        ),
        doc.readIn,
      ),
    children: async (doc: DatedDocument & ReadDocument, _: unknown, context: ApiContext) =>
      readIn(
        await asOfDocument(
          doc,
          () => context.loaders.roots.load(doc.id),
          (p) => p.parentId === null,
          context,
        ),
        doc.readIn,
      ),
    provisions: async (doc: DatedDocument & ReadDocument, { type }: { type: ProvisionType | null }, context: ApiContext) => {
      const newest = async () => (await context.graph.provisionsOfDocuments([doc.id], type))[0] ?? [];
      return readIn(await asOfDocument(doc, newest, (p) => !type || p.type === type, context), doc.readIn);
    },
    act: (doc: Document, _: unknown, { loaders }: ApiContext) => loaders.act.load(doc.id),
    relations: (doc: Document, _: unknown, { loaders }: ApiContext) => loaders.relationsOfDocument.load(doc.id),
    editorialNotes: (doc: Document, _: unknown, { loaders }: ApiContext) => loaders.notesOfDocument.load(doc.id),
    references: (doc: Document, _: unknown, { loaders }: ApiContext) => loaders.citationsOfDocument.load(doc.id),
    mentions: (doc: Document, _: unknown, { loaders }: ApiContext) => loaders.mentionsOfDocument.load(doc.id),
    diagnostics: (doc: Document, _: unknown, { loaders }: ApiContext) => loaders.diagnosticsOfDocument.load(doc.id),
  },
};
