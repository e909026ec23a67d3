/**
 * Pages at Akoma Ntoso id paths: a provision at `${documentId}/~${eId}`, a document at its work id,
 * and an act known to the graph (an amending law) at its work id.
 */
import { WebError } from '../client.ts';
import type { PageContext } from '../context.ts';
import type { Page } from '../page.ts';
import { renderDocument } from '../views/document.ts';
import { renderProvision } from '../views/provision.ts';
import { amendmentsPage } from './amendments.ts';

export const AKN_PREFIX = '/akn/';
/** Depth of the citation neighbourhood the page draws (the issue asks for 1–2) */
export const NEIGHBOURHOOD_DEPTH = 2;

const UNIT = 'id type number heading text status language';

const PROVISION = `
query WebProvision($id: ID!, $depth: Int!) {
  provision(id: $id) {
    ${UNIT}
    source { file startLine endLine }
    document { id title shortNames kind language }
    ancestors { id type number heading }
    children { ${UNIT} children { ${UNIT} children { ${UNIT} children { ${UNIT} } } } }
    amendments { id action scope effectiveFrom targetLabel raw act { id number date title } target { id type number ancestors { type number } } }
    citations { id raw target { id type number heading ancestors { type number } document { id shortNames title } } targetAct { id number date title } source { id } }
    citedBy { id raw source { id type number heading document { id title shortNames } ancestors { id type number heading } } }
  }
  citationGraph(from: $id, direction: BOTH, depth: $depth) {
    nodes { id type number heading ancestors { type number } document { id title shortNames } }
    edges { from { id } to { id } }
  }
}`;

const DOCUMENT = `
query WebDocument($id: ID!) {
  document(id: $id) {
    id kind title titleEn shortNames number date consolidatedAsOf publisher authors file
    children { id type number heading status children { id type number heading status children { id type number heading status } } }
    relations { type raw act { id number date title } }
  }
  mostAmended(document: $id, first: 10) { count provision { id type number heading } }
  amendments(filter: { document: $id }, first: 1) { totalCount }
}`;

const ACT = `query WebAct($id: ID!) { act(id: $id) { id } }`;

export async function aknPage(ctx: PageContext, id: string): Promise<Page> {
  if (id.includes('/~')) {
    const data = await ctx.client.query<ProvisionData>(PROVISION, { id, depth: NEIGHBOURHOOD_DEPTH }).catch(notFoundAs404);
    if (!data?.provision) throw new WebError(404, `no provision has the id ${id}`);
    return { title: data.provision.heading ?? id, data, body: renderProvision(ctx, data), scripts: ['cytoscape.min.js', 'graph.js'] };
  }
  const doc = await ctx.client.query<DocumentData>(DOCUMENT, { id }).catch(notFoundAs404);
  if (doc?.document) return { title: doc.document.title, data: doc, body: renderDocument(ctx, doc) };
  const act = await ctx.client.query<{ act: { id: string } | null }>(ACT, { id });
  if (act.act) return amendmentsPage(ctx, { act: act.act.id });
  throw new WebError(404, `no provision, document or act has the id ${id}`);
}

/** A NOT_FOUND error of a lookup is the same as a null answer: no such thing. */
function notFoundAs404(error: unknown): null {
  if (error instanceof WebError && error.status === 404) return null;
  throw error;
}

export interface Unit {
  id: string;
  type: string;
  number: string | null;
  heading: string | null;
  text: string;
  status: string;
  language: string | null;
  children?: Unit[];
}

export interface Named {
  id: string;
  type: string;
  number: string | null;
  heading: string | null;
}

export interface ActRef {
  id: string;
  number: string | null;
  date: string | null;
  title: string | null;
}

export interface DocRef {
  id: string;
  title: string;
  shortNames: string[];
}

export interface ProvisionData {
  provision:
    | (Unit & {
        source: { file: string; startLine: number; endLine: number };
        document: DocRef & { kind: string; language: string };
        ancestors: Named[];
        amendments: {
          id: string;
          action: string;
          scope: string;
          effectiveFrom: string | null;
          targetLabel: string | null;
          raw: string;
          act: ActRef;
          target: { id: string; type: string; number: string | null; ancestors: { type: string; number: string | null }[] } | null;
        }[];
        citations: {
          id: string;
          raw: string;
          target: (Named & { document: DocRef; ancestors: { type: string; number: string | null }[] }) | null;
          targetAct: ActRef | null;
          source: { id: string };
        }[];
        citedBy: { id: string; raw: string; source: Named & { document: DocRef; ancestors: Named[] } }[];
      })
    | null;
  citationGraph: {
    nodes: (Named & { document: DocRef; ancestors: { type: string; number: string | null }[] })[];
    edges: { from: { id: string }; to: { id: string } }[];
  };
}

export interface DocumentData {
  document: {
    id: string;
    kind: string;
    title: string;
    titleEn: string | null;
    shortNames: string[];
    number: string | null;
    date: string | null;
    consolidatedAsOf: string | null;
    publisher: string | null;
    authors: string[];
    file: string;
    children: (Named & { status: string; children: (Named & { status: string; children: (Named & { status: string })[] })[] })[];
    relations: { type: string; raw: string; act: ActRef }[];
  } | null;
  mostAmended: { count: number; provision: Named }[];
  amendments: { totalCount: number };
}
