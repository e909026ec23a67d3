/**
 * Query.changes, Provision.diff and Document.reconciliation: thin over the versions use cases (app/changes.ts). A
 * request reads a document's versions once, however many of its provisions ask for a diff.
 */
import DataLoader from 'dataloader';
import {
  changesBetween,
  storedReconciliation,
  type ChangeOrder,
  type ChangeSet,
  type ChangeWithActs,
  type PeriodReconciliation,
  type ReconciliationCase,
} from '../../app/index.ts';
import { MAX_PAGE_SIZE } from '../../graph/port.ts';
import type { Amendment, Document, Provision } from '../../model/index.ts';
import type { ApiContext, Resolvers } from '../context.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { badInput, checkRange, notFound } from '../errors.ts';
import { enumResolver } from '../enums.ts';
import { documentIdOf } from '../references.ts';
import { wholeDays } from './date.ts';

const CURSOR_KIND = 'change';

type ChangeKind = ChangeWithActs['change']['kind'];
type DiffRunKind = ChangeWithActs['change']['diff']['runs'][number]['kind'];
type Outcome = ReconciliationCase['outcome'];
type Cause = NonNullable<ReconciliationCase['cause']>;

const ORDERS: Record<ChangeOrder, true> = { newestFirst: true, oldestFirst: true, document: true };
const CHANGE_KINDS: Record<ChangeKind, true> = { amended: true, inserted: true, repealed: true, removed: true };
const RUN_KINDS: Record<DiffRunKind, true> = { equal: true, inserted: true, deleted: true };
const OUTCOMES: Record<Outcome, true> = { confirmed: true, unexplainedChange: true, unconfirmedNote: true };
const CAUSES: Record<Cause, true> = {
  publisherText: true,
  extractionArtefact: true,
  parserError: true,
  noteOutsidePeriod: true,
  noteMissing: true,
};

/** The amendments of a request's reconciliation cases, read in one batch. */
const amendmentLoaders = new WeakMap<ApiContext, DataLoader<string, Amendment | null>>();

function amendments(context: ApiContext): DataLoader<string, Amendment | null> {
  let loader = amendmentLoaders.get(context);
  if (!loader) amendmentLoaders.set(context, (loader = new DataLoader((ids: readonly string[]) => context.graph.getAmendments(ids))));
  return loader;
}

/** The change sets a request has read, by document, dates and order: one read of the versions per document and dates. */
const perRequest = new WeakMap<ApiContext, Map<string, Promise<ChangeSet | null>>>();

function changeSet(context: ApiContext, documentId: string, from: string, to: string, order: ChangeOrder): Promise<ChangeSet | null> {
  let sets = perRequest.get(context);
  if (!sets) perRequest.set(context, (sets = new Map()));
  const key = `${documentId} ${from} ${to} ${order}`;
  let set = sets.get(key);
  if (!set) sets.set(key, (set = changesBetween(context.graph, documentId, from, to, order)));
  return set;
}

/** The two dates as whole days (a partial `from` is its first day, a partial `to` its last), `from` not after `to`. */
function wholeDates(args: { from: string; to: string }): { from: string; to: string } {
  const { from, to } = wholeDays(args) as { from: string; to: string };
  if (from > to) throw badInput('from', `from ${args.from} is after to ${args.to}`);
  return { from, to };
}

export const resolvers: Resolvers = {
  Query: {
    changes: async (
      _: unknown,
      args: { document: string; from: string; to: string; order: ChangeOrder; first: number; after: string | null },
      context: ApiContext,
    ) => {
      const first = checkRange('first', args.first, MAX_PAGE_SIZE);
      const { from, to } = wholeDates(args);
      const documentId = await documentIdOf(context, args.document, 'document');
      const set = await changeSet(context, documentId, from, to, args.order);
      if (!set) throw notFound('document', args.document, 'Document');
      const after = args.after ? decodeCursor(CURSOR_KIND, args.after, 'after') : null;
      const start = after === null ? 0 : set.changes.findIndex((c) => c.change.eId === after) + 1;
      if (start === 0 && after !== null) throw badInput('after', 'cursor names no change of this list');
      const nodes = set.changes.slice(start, start + first);
      return {
        fromVersion: set.fromVersion,
        toVersion: set.toVersion,
        nodes,
        totalCount: set.changes.length,
        pageInfo: {
          hasNextPage: start + first < set.changes.length,
          hasPreviousPage: after !== null,
          startCursor: nodes[0] ? encodeCursor(CURSOR_KIND, nodes[0].change.eId) : null,
          endCursor: nodes.at(-1) ? encodeCursor(CURSOR_KIND, nodes.at(-1)!.change.eId) : null,
        },
      };
    },
  },
  Provision: {
    diff: async (p: Provision, args: { from: string; to: string }, context: ApiContext) => {
      const { from, to } = wholeDates(args);
      const set = await changeSet(context, p.documentId, from, to, 'document');
      return set?.changes.find((c) => c.change.eId === p.eId) ?? null;
    },
  },
  Document: {
    reconciliation: async (d: Document, _: unknown, context: ApiContext) => (await storedReconciliation(context.graph, d.id)) ?? [],
  },
  ChangeOrder: enumResolver(ORDERS),
  ChangeKind: enumResolver(CHANGE_KINDS),
  DiffRunKind: enumResolver(RUN_KINDS),
  ReconciliationOutcome: enumResolver(OUTCOMES),
  ReconciliationCause: enumResolver(CAUSES),
  ProvisionChange: {
    eId: (c: ChangeWithActs) => c.change.eId,
    provision: (c: ChangeWithActs, _: unknown, { loaders }: ApiContext) => loaders.provision.load(c.provisionId),
    kind: (c: ChangeWithActs) => c.change.kind,
    before: (c: ChangeWithActs) => wording(c.change.before),
    after: (c: ChangeWithActs) => wording(c.change.after),
    runs: (c: ChangeWithActs) => c.change.diff.runs,
    rendering: (c: ChangeWithActs) => c.change.diff.rendering,
  },
  VersionReconciliation: {
    cases: (p: PeriodReconciliation, args: { outcome: Outcome | null }) =>
      args.outcome ? p.cases.filter((c) => c.outcome === args.outcome) : p.cases,
  },
  ReconciliationCase: {
    amendment: (c: ReconciliationCase, _: unknown, context: ApiContext) => (c.amendmentId ? amendments(context).load(c.amendmentId) : null),
  },
};

/** A unit's wording where it is in force; null where absent or repealed. */
function wording(unit: { status: string; text: string } | null): string | null {
  return unit && unit.status === 'inForce' ? unit.text : null;
}
