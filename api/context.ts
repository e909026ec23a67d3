/**
 * Per-request context: the ports, and one DataLoader per port lookup so that a query
 * touching N provisions makes one batched port call per field, not N.
 * Loaders live for one request only: the store may change between requests. Within a request
 * every read goes through one snapshot of the graph store, so a response assembled from many
 * store calls describes one version of the graph even while a re-ingest writes.
 */
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo, GraphQLScalarType } from 'graphql';
import type {
  Act,
  ActMention,
  Amendment,
  Citation,
  Diagnostic,
  Document,
  DocumentRelation,
  EditorialNote,
  Expression,
  Provision,
  Term,
  Wording,
} from '../model/index.ts';
import type { GraphReader, GraphStore } from '../graph/port.ts';
import { documentOn, type ProvisionVersion, type SyncReport, type VersionReads } from '../app/index.ts';
import type { SearchIndex } from '../search/port.ts';
import { DEFAULT_QUERY_LIMITS } from './limits.ts';
import type { HeavyGate } from './heavy-gate.ts';
import { WorkMeter, type AnswerLimits } from './work-meter.ts';

/** The ports the API serves. `search` is optional: without it the search fields answer with an error. */
export interface ApiPorts {
  graph: GraphStore;
  search?: SearchIndex;
  /** The corpus behind the stores, for the admin `reingest` mutation; without it the mutation answers with an error */
  corpus?: CorpusSync;
}

/** Keeps the stores in line with the corpus (app/corpus-sync.ts `createCorpusSync` is the implementation). */
export interface CorpusSync {
  /** Ids of the documents the corpus manifest lists */
  documentIds(): Promise<string[]>;
  /**
   * Sync graph store and search index with the corpus, one sync at a time; `force` parses every text anew;
   * `acceptLoss` writes new versions that lose stored data or look damaged (refused otherwise: app/replacement.ts)
   */
  sync(force: boolean, acceptLoss?: boolean): Promise<{ sync: SyncReport; log: string[] }>;
}

export interface Loaders {
  document: DataLoader<string, Document | null>;
  provision: DataLoader<string, Provision | null>;
  act: DataLoader<string, Act | null>;
  citation: DataLoader<string, Citation | null>;
  children: DataLoader<string, Provision[]>;
  ancestors: DataLoader<string, Provision[]>;
  roots: DataLoader<string, Provision[]>;
  articles: DataLoader<string, Provision[]>;
  amendmentsOfProvision: DataLoader<string, Amendment[]>;
  amendmentsOfAct: DataLoader<string, Amendment[]>;
  citationsFrom: DataLoader<string, Citation[]>;
  citationsTo: DataLoader<string, Citation[]>;
  citationsOfAct: DataLoader<string, Citation[]>;
  citationsOfDocument: DataLoader<string, Citation[]>;
  mentionsOfAct: DataLoader<string, ActMention[]>;
  mentionsOfDocument: DataLoader<string, ActMention[]>;
  relationsOfDocument: DataLoader<string, DocumentRelation[]>;
  notesOfDocument: DataLoader<string, EditorialNote[]>;
  diagnosticsOfDocument: DataLoader<string, Diagnostic[]>;
  termsOfDocument: DataLoader<string, Term[]>;
  termsDefinedBy: DataLoader<string, Term[]>;
  /** A provision's wordings other than its own: other languages, earlier versions */
  wordings: DataLoader<string, Wording[]>;
  expressions: DataLoader<string, Expression[]>;
  provisionsOfDocument: DataLoader<string, Provision[]>;
  /** Every wording of a document, those of provisions its newest version no longer holds included */
  wordingsOfDocument: DataLoader<string, Wording[]>;
  /** A document as worded on a day (app/point-in-time.ts `documentOn`): built once per request, whatever asks for it */
  documentOn: DataLoader<DocumentDay, ProvisionVersion[], string>;
}

/** A document on a day: the key of `Loaders.documentOn`. */
export interface DocumentDay {
  documentId: string;
  date: string;
}

/** The ports, with `graph` narrowed to the request's snapshot: what resolvers read. */
export interface ApiContext extends Omit<ApiPorts, 'graph'> {
  graph: GraphReader;
  /** The store itself, for write operations only (reads go through `graph`) */
  store: GraphStore;
  loaders: Loaders;
  /** The request's work so far, and whether it must stop (api/work-meter.ts) */
  meter: WorkMeter;
}

/** A batch port call as a loader: the port already answers in key order. */
function loader<V>(batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
  return new DataLoader<string, V>(batch, { maxBatchSize: 1000 });
}

/**
 * A request's loaders, each made when the request first asks for it: a query reads through a few
 * of them, and making every one for every request (a DataLoader, its cache, its closures) cost
 * more than most requests' reads.
 */
class RequestLoaders implements Loaders {
  private readonly made: Partial<Loaders> = {};

  constructor(private readonly graph: GraphReader) {}

  get document() {
    return (this.made.document ??= loader((ids) => this.graph.getDocuments(ids)));
  }
  get provision() {
    return (this.made.provision ??= loader((ids) => this.graph.getProvisions(ids)));
  }
  get act() {
    return (this.made.act ??= loader((ids) => this.graph.getActs(ids)));
  }
  get citation() {
    return (this.made.citation ??= loader((ids) => this.graph.getCitations(ids)));
  }
  get children() {
    return (this.made.children ??= loader((ids) => this.graph.childrenOf(ids)));
  }
  get ancestors() {
    return (this.made.ancestors ??= loader((ids) => this.graph.ancestorsOf(ids)));
  }
  get roots() {
    return (this.made.roots ??= loader((ids) => this.graph.rootsOfDocuments(ids)));
  }
  get articles() {
    return (this.made.articles ??= loader((ids) => this.graph.provisionsOfDocuments(ids, 'article')));
  }
  get amendmentsOfProvision() {
    return (this.made.amendmentsOfProvision ??= loader((ids) => this.graph.amendmentsOfProvisions(ids)));
  }
  get amendmentsOfAct() {
    return (this.made.amendmentsOfAct ??= loader((ids) => this.graph.amendmentsOfActs(ids)));
  }
  get citationsFrom() {
    return (this.made.citationsFrom ??= loader((ids) => this.graph.citationsFrom(ids)));
  }
  get citationsTo() {
    return (this.made.citationsTo ??= loader((ids) => this.graph.citationsTo(ids)));
  }
  get citationsOfAct() {
    return (this.made.citationsOfAct ??= loader((ids) => this.graph.citationsOfActs(ids)));
  }
  get citationsOfDocument() {
    return (this.made.citationsOfDocument ??= loader((ids) => this.graph.citationsOfDocuments(ids)));
  }
  get mentionsOfAct() {
    return (this.made.mentionsOfAct ??= loader((ids) => this.graph.mentionsOfActs(ids)));
  }
  get mentionsOfDocument() {
    return (this.made.mentionsOfDocument ??= loader((ids) => this.graph.mentionsOfDocuments(ids)));
  }
  get relationsOfDocument() {
    return (this.made.relationsOfDocument ??= loader((ids) => this.graph.relationsOfDocuments(ids)));
  }
  get notesOfDocument() {
    return (this.made.notesOfDocument ??= loader((ids) => this.graph.editorialNotesOfDocuments(ids)));
  }
  get diagnosticsOfDocument() {
    return (this.made.diagnosticsOfDocument ??= loader((ids) => this.graph.diagnosticsOfDocuments(ids)));
  }
  get termsOfDocument() {
    return (this.made.termsOfDocument ??= loader((ids) => this.graph.termsOfDocuments(ids)));
  }
  get termsDefinedBy() {
    return (this.made.termsDefinedBy ??= loader((ids) => this.graph.termsDefinedBy(ids)));
  }
  get wordings() {
    return (this.made.wordings ??= loader((ids) => this.graph.getWordings(ids)));
  }
  get expressions() {
    // The port reads one document's expressions at a time: a request asks for one or a few documents.
    return (this.made.expressions ??= loader((ids) => Promise.all(ids.map((id) => this.graph.getExpressions(id)))));
  }
  get provisionsOfDocument() {
    return (this.made.provisionsOfDocument ??= loader((ids) => this.graph.provisionsOfDocuments(ids)));
  }
  get wordingsOfDocument() {
    return (this.made.wordingsOfDocument ??= loader((ids) => this.graph.wordingsOfDocuments(ids)));
  }
  get documentOn(): Loaders['documentOn'] {
    // Read through the loaders above, so the document's provisions and wordings are read once per request too.
    return (this.made.documentOn ??= new DataLoader(
      (days: readonly DocumentDay[]) =>
        Promise.all(days.map(({ documentId, date }) => documentOn(versionReads({ loaders: this }), documentId, date))),
      { cacheKeyFn: ({ documentId, date }) => `${date} ${documentId}` },
    ));
  }
}

export function createLoaders(graph: GraphReader): Loaders {
  return new RequestLoaders(graph);
}

/** The point-in-time use case's reads (app/point-in-time.ts) over a request's loaders. */
export function versionReads({ loaders }: Pick<ApiContext, 'loaders'>): VersionReads {
  return {
    document: (id) => loaders.document.load(id),
    provision: (id) => loaders.provision.load(id),
    wordings: (id) => loaders.wordings.load(id),
    expressions: (id) => loaders.expressions.load(id),
    provisionsOfDocument: (id) => loaders.provisionsOfDocument.load(id),
    wordingsOfDocument: (id) => loaders.wordingsOfDocument.load(id),
  };
}

/** The context of one request; `signal` aborts when its client goes away; heavy requests take turns at `gate`. */
export function createContext(
  ports: ApiPorts,
  request: { signal?: AbortSignal; limits?: AnswerLimits; gate?: HeavyGate } = {},
): ApiContext {
  const graph = ports.graph.snapshot();
  const meter = new WorkMeter(request.limits ?? DEFAULT_QUERY_LIMITS, request.gate ?? null, request.signal);
  // Each port named rather than spread: V8 builds `{ ...ports, graph, … }` (a spread, then more properties)
  // on a slow path, microseconds per request in the API benchmark's profile. `satisfies` keeps the list
  // whole: a port added to ApiPorts fails to compile here until it is passed on.
  return {
    search: ports.search,
    corpus: ports.corpus,
    graph,
    store: ports.graph,
    loaders: createLoaders(graph),
    meter,
  } satisfies Record<keyof ApiContext, unknown>;
}

/**
 * The shape of a resolver map. Parent and argument types are `never` here so that each
 * resolver can declare the precise model type it receives (a function taking `Provision`
 * is assignable to one taking `never`), without `any`.
 */
export type FieldResolver = (parent: never, args: never, context: ApiContext, info: GraphQLResolveInfo) => unknown;
export type Resolvers = Record<string, Record<string, FieldResolver | string> | GraphQLScalarType>;
