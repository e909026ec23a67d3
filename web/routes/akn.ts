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

/** A unit's fields; its Russian heading and text when the page shows them */
const UNIT =
  'id type number heading text status language ruHeading: heading(language: RU) @include(if: $ru) ru: text(language: RU) @include(if: $ru)';
const WORDING = 'validFrom validTo heading text';

const PROVISION = `
query WebProvision($id: ID!, $depth: Int!, $asOf: Date, $ru: Boolean!) {
  provision(id: $id, asOf: $asOf) {
    ${UNIT}
    asOf
    source { file startLine endLine }
    document { id title shortNames kind language versions { validFrom validTo } }
    ancestors { id type number heading }
    children { ${UNIT} children { ${UNIT} children { ${UNIT} children { ${UNIT} } } } }
    amendments {
      id action scope effectiveFrom targetLabel raw act { id number date title } target { id type number ancestors { type number } }
      before { ${WORDING} } after { ${WORDING} }
    }
    citations { id raw target { id type number heading ancestors { type number } document { id shortNames title } } targetAct { id number date title } source { id } }
    citedBy { id raw source { id type number heading document { id title shortNames } ancestors { id type number heading } } }
  }
  citationGraph(from: $id, direction: BOTH, depth: $depth) {
    nodes { id type number heading ancestors { type number } document { id title shortNames } }
    edges { from { id } to { id } }
  }
}`;

/** The provision and the units below it compared between the versions in force on two dates, word by word */
const CHANGE = 'diff(from: $from, to: $to) { kind runs { kind text } acts { id number date title } }';
const DIFFED = `id type number ${CHANGE}`;
const DIFF = `
query WebProvisionDiff($id: ID!, $from: Date!, $to: Date!) {
  provision(id: $id) { ${DIFFED} children { ${DIFFED} children { ${DIFFED} children { ${DIFFED} children { ${DIFFED} } } } } }
}`;

const DOCUMENT = `
query WebDocument($id: ID!) {
  document(id: $id) {
    id kind title titleEn titleRu shortNames number date consolidatedAsOf publisher authors file
    children { id type number heading status children { id type number heading status children { id type number heading status } } }
    relations { type raw act { id number date title } }
  }
  mostAmended(document: $id, first: 10) { count provision { id type number heading } }
  amendments(filter: { document: $id }, first: 1) { totalCount }
}`;

const ACT = `query WebAct($id: ID!) { act(id: $id) { id } }`;

export async function aknPage(ctx: PageContext, id: string): Promise<Page> {
  if (id.includes('/~')) {
    const view = provisionParams(ctx.url);
    const data = await ctx.client
      .query<ProvisionData>(PROVISION, { id, depth: NEIGHBOURHOOD_DEPTH, asOf: view.asOf, ru: view.text !== 'kk' })
      .catch(notFoundAs404);
    if (!data?.provision) throw new WebError(404, `no provision has the id ${id}`);
    const compared = comparedVersions(data.provision.document.versions, view);
    const diff: Compared | null = compared
      ? { ...compared, changes: changedUnits((await ctx.client.query<DiffData>(DIFF, { id: data.provision.id, ...compared })).provision) }
      : null;
    return {
      title: data.provision.heading ?? id,
      data: { ...data, diff },
      body: renderProvision(ctx, data, view, diff),
      scripts: ['cytoscape.min.js', 'graph.js'],
    };
  }
  const doc = await ctx.client.query<DocumentData>(DOCUMENT, { id }).catch(notFoundAs404);
  if (doc?.document) return { title: doc.document.title, data: doc, body: renderDocument(ctx, doc) };
  const act = await ctx.client.query<{ act: { id: string } | null }>(ACT, { id });
  if (act.act) return amendmentsPage(ctx, { act: act.act.id });
  throw new WebError(404, `no provision, document or act has the id ${id}`);
}

/** What a provision page shows besides the provision: a date's wording, the text's language, two versions compared. */
export interface ProvisionView {
  asOf: string | null;
  text: 'kk' | 'ru' | 'both';
  from: string | null;
  to: string | null;
}

export function provisionParams(url: URL): ProvisionView {
  const get = (name: string) => url.searchParams.get(name)?.trim() || null;
  const text = get('text');
  return { asOf: get('asOf'), text: text === 'ru' || text === 'both' ? text : 'kk', from: get('from'), to: get('to') };
}

/** The versions compared: those the URL names, else the one before the newest and the newest; none with one version. */
function comparedVersions(versions: readonly Version[], view: ProvisionView): { from: string; to: string } | null {
  if (view.from && view.to) return { from: view.from, to: view.to };
  const [previous, newest] = versions.slice(-2);
  return previous && newest ? { from: previous.validFrom, to: newest.validFrom } : null;
}

/** The units of a compared tree whose wording changed, in document order. */
function changedUnits(unit: DiffedUnit | null): Compared['changes'] {
  if (!unit) return [];
  const own = unit.diff ? [{ id: unit.id, type: unit.type, number: unit.number, ...unit.diff }] : [];
  return [...own, ...(unit.children ?? []).flatMap(changedUnits)];
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
  /** The Russian heading and text, when asked for (null when that wording is not held) */
  ruHeading?: string | null;
  ru?: string | null;
  children?: Unit[];
}

export interface Version {
  validFrom: string;
  validTo: string | null;
}

export interface Wording extends Version {
  heading: string | null;
  text: string;
}

export interface Change {
  kind: string;
  runs: { kind: 'EQUAL' | 'INSERTED' | 'DELETED'; text: string }[];
  acts: ActRef[];
}

interface DiffedUnit {
  id: string;
  type: string;
  number: string | null;
  diff: Change | null;
  children?: DiffedUnit[];
}

interface DiffData {
  provision: DiffedUnit | null;
}

/** Two versions compared: the units (the page's provision and those below it) whose wording changed, with their diffs */
export interface Compared {
  from: string;
  to: string;
  changes: (Change & { id: string; type: string; number: string | null })[];
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
        asOf: string | null;
        source: { file: string; startLine: number; endLine: number };
        document: DocRef & { kind: string; language: string; versions: Version[] };
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
          before: Wording | null;
          after: Wording | null;
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
    titleRu: string | null;
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
