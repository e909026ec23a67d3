/** Document.expressions and .versions, Provision.versions, the Expression, DocumentVersion and ProvisionVersion types, Amendment.before and .after. */
import { aroundEvent, heldVersions, producingEvents, versionsOf, type ProvisionVersion } from '../../app/index.ts';
import type { Amendment, Document, Expression, Provision } from '../../model/index.ts';
import { versionReads, type ApiContext, type Resolvers } from '../context.ts';

/** A version of a provision with the one before it, so its producing events can be told apart from the earlier ones'. */
type ListedVersion = ProvisionVersion & { previous: ProvisionVersion | null };

/** The date an event counts from: its effective date, else its act's date. */
async function eventDate(a: Amendment, { loaders }: ApiContext): Promise<string | null> {
  return a.effectiveFrom ?? (await loaders.act.load(a.actId))?.date ?? null;
}

export const resolvers: Resolvers = {
  Document: {
    expressions: (doc: Document, _: unknown, { loaders }: ApiContext) => loaders.expressions.load(doc.id),
    versions: async (doc: Document, _: unknown, context: ApiContext) => {
      const held = await heldVersions(versionReads(context), doc.id);
      return held.map((expression, i) => ({ validFrom: expression.versionDate, validTo: held[i + 1]?.versionDate ?? null, expression }));
    },
  },
  Expression: {
    amendingAct: (e: Expression, _: unknown, { loaders }: ApiContext) => (e.amendingActId ? loaders.act.load(e.amendingActId) : null),
  },
  Provision: {
    versions: async (p: Provision, _: unknown, context: ApiContext): Promise<ListedVersion[]> => {
      const versions = await versionsOf(versionReads(context), p.id);
      return versions.map((v, i) => ({ ...v, previous: versions[i - 1] ?? null }));
    },
  },
  ProvisionVersion: {
    provision: (v: ProvisionVersion, _: unknown, { loaders }: ApiContext) => loaders.provision.load(v.id),
    number: (v: ProvisionVersion) => v.num,
    expression: async (v: ProvisionVersion, _: unknown, { loaders }: ApiContext) =>
      (await loaders.expressions.load(v.documentId)).find((e) => e.id === v.expressionId) ?? null,
    amendments: async (v: ListedVersion, _: unknown, context: ApiContext) => {
      const events = await context.loaders.amendmentsOfProvision.load(v.id);
      const acts = await context.loaders.act.loadMany(events.map((a) => a.actId));
      const dates = new Map(acts.map((act) => (act && !(act instanceof Error) ? [act.id, act.date] : ['', null])));
      return producingEvents(v, v.previous ?? null, events, (actId) => dates.get(actId) ?? null);
    },
  },
  Amendment: {
    before: async (a: Amendment, _: unknown, context: ApiContext) =>
      (await aroundEvent(versionReads(context), a, await eventDate(a, context))).before,
    after: async (a: Amendment, _: unknown, context: ApiContext) =>
      (await aroundEvent(versionReads(context), a, await eventDate(a, context))).after,
  },
};
