/**
 * The configuration, read from the environment once at start and validated: paths, backends,
 * ingest limits, API security, where to listen. Nothing below scripts/ reads `process.env`: each entry
 * point reads its flags (scripts/cli.ts, which maps flags such as `--port` onto these variables), calls
 * `loadConfig` and passes the values down.
 *
 * Every problem is collected and reported together, each naming the variable, what was
 * wrong and what is expected, so a misconfigured deployment fails in one round instead of
 * one variable at a time. Secrets are never echoed back in messages.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SECURITY, type SecurityOptions } from '../api/index.ts';
import type { CorpusSettings } from '../app/index.ts';
import { DEFAULT_MAX_FILE_BYTES, MAX_FILE_BYTES_VARIABLE } from '../ingest/index.ts';

export type Env = Readonly<Record<string, string | undefined>>;

/** Every environment variable `loadConfig` reads, with what it sets: the `--help` of each script lists them. */
export const CONFIG_VARIABLES: Readonly<Record<string, string>> = {
  ZANGRAPH_DATA_DIR: 'local state: embedded stores and sync state (default ./data)',
  ZANGRAPH_CORPUS_DIR: 'the corpus directory with manifest.json (default ./corpus)',
  [MAX_FILE_BYTES_VARIABLE]: `largest corpus file read, bytes (default ${DEFAULT_MAX_FILE_BYTES})`,
  ZANGRAPH_GRAPH: 'graph store: embedded | neo4j (default embedded)',
  NEO4J_URI: 'Neo4j server (neo4j://host:7687), with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE',
  ZANGRAPH_SEARCH: 'search index: embedded | meilisearch (default embedded)',
  MEILI_HOST: 'Meilisearch server (http://host:7700), with MEILI_API_KEY',
  ZANGRAPH_ADMIN_TOKEN: 'bearer token for mutations, at least 32 characters (unset: writes disabled)',
  ZANGRAPH_CORS_ORIGIN: 'origins browsers may call from, comma-separated, or * (unset: same origin only)',
  ZANGRAPH_REQUEST_TIMEOUT_MS: 'time limit of one request, ms (default 10000)',
  PORT: 'port to serve on (default 4000; 0 picks a free one)',
  HOST: 'address to serve on (default 0.0.0.0)',
};

/** The variables of the developer tools (the evaluation, the benchmarks, the term list), not of the service. */
export const TOOL_VARIABLES: Readonly<Record<string, string>> = {
  ZANGRAPH_SHARED_DIR: 'the shared folder holding adilet/ (default ../shared beside the repository)',
  ZANGRAPH_HELDOUT_ACTS:
    'folders of act folders kept outside the repository (separated as PATH is), on which the unseen and dev query sets are judged',
};

/** The shared folder: ZANGRAPH_SHARED_DIR (a checkout elsewhere, a git worktree), else ../shared beside the repository, as CI lays it out. */
export function sharedDir(env: Env): string {
  return env.ZANGRAPH_SHARED_DIR ?? fileURLToPath(new URL('../../shared/', import.meta.url));
}

/** The variables of scripts that write the stores without serving (ingest, import): all but the server's own. */
export const STORE_VARIABLES: readonly string[] = Object.keys(CONFIG_VARIABLES).filter(
  (name) => !['PORT', 'HOST', 'ZANGRAPH_ADMIN_TOKEN', 'ZANGRAPH_CORS_ORIGIN', 'ZANGRAPH_REQUEST_TIMEOUT_MS'].includes(name),
);

export type GraphConfig =
  | { kind: 'embedded'; /** Directory of the embedded store: <data dir>/graph */ dir: string }
  | { kind: 'neo4j'; uri: string; user: string; password: string; database: string };

export type SearchConfig =
  | { kind: 'embedded'; /** Directory of the embedded index: <data dir>/search */ dir: string }
  | { kind: 'meilisearch'; host: string; apiKey: string | null };

export interface Config {
  /** The corpus (ZANGRAPH_CORPUS_DIR, default ./corpus), its size limit, and the sync state in the data directory */
  corpus: CorpusSettings;
  /** Local state (ZANGRAPH_DATA_DIR, default ./data): embedded stores, the last ingest's pipeline fingerprint */
  dataDir: string;
  graph: GraphConfig;
  search: SearchConfig;
  /** Write token, CORS origins and request time limit of the GraphQL server */
  api: SecurityOptions;
  /** Where `npm start` serves (PORT, default 4000; HOST, default 0.0.0.0) */
  listen: { port: number; host: string };
}

/** Thrown when the environment cannot select working backends; `problems` holds one line per setting. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const GRAPH_BACKENDS = ['embedded', 'neo4j'] as const;
const SEARCH_BACKENDS = ['embedded', 'meilisearch'] as const;
/** URI schemes neo4j-driver accepts: routing (`neo4j`) or direct (`bolt`), plain or encrypted */
const NEO4J_SCHEMES = ['neo4j:', 'neo4j+s:', 'neo4j+ssc:', 'bolt:', 'bolt+s:', 'bolt+ssc:'];
/** Neo4j Community Edition serves exactly one user database, named `neo4j` */
const DEFAULT_NEO4J_DATABASE = 'neo4j';
/** Neo4j database names: letters, digits, dots and dashes, starting with a letter */
const DATABASE_NAME = /^[A-Za-z][A-Za-z0-9.-]{2,62}$/;
const DEFAULT_PORT = 4000;
const DEFAULT_HOST = '0.0.0.0';
/** The last state of a sync, in the data directory */
const SYNC_STATE_FILE = 'corpus-sync.json';
/** The marker of a sync that wrote the graph store and not yet the search index, in the data directory */
const INDEX_PENDING_FILE = 'index-pending';
/** The store's own corpus of imported acts (`npm run import`), in the data directory */
const IMPORTED_CORPUS_DIR = 'corpus';

/** Read and validate the configuration; throws ConfigError naming every bad or missing variable. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const dataDir = resolve(value(env, 'ZANGRAPH_DATA_DIR') ?? './data');
  const corpusDir = resolve(value(env, 'ZANGRAPH_CORPUS_DIR') ?? './corpus');
  const graphKind = choice(env, 'ZANGRAPH_GRAPH', GRAPH_BACKENDS, problems);
  const searchKind = choice(env, 'ZANGRAPH_SEARCH', SEARCH_BACKENDS, problems);
  const graph = graphKind === 'neo4j' ? neo4jConfig(env, problems) : { kind: 'embedded' as const, dir: join(dataDir, 'graph') };
  const search =
    searchKind === 'meilisearch' ? meilisearchConfig(env, problems) : { kind: 'embedded' as const, dir: join(dataDir, 'search') };
  const api = apiConfig(env, problems);
  const corpus = {
    corpusDir,
    importedDir: join(dataDir, IMPORTED_CORPUS_DIR),
    maxFileBytes: maxFileBytes(env, problems),
    statePath: join(dataDir, SYNC_STATE_FILE),
    indexPendingPath: join(dataDir, INDEX_PENDING_FILE),
  };
  const listen = { port: port(env, problems), host: value(env, 'HOST') ?? DEFAULT_HOST };
  if (problems.length > 0 || !graph || !search) throw new ConfigError(problems);
  return { corpus, dataDir, graph, search, api, listen };
}

/** `loadConfig` for an entry point: a bad configuration is printed and ends the process with status 1. */
export function loadConfigOrExit(env: Env = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

function maxFileBytes(env: Env, problems: string[]): number {
  const raw = value(env, MAX_FILE_BYTES_VARIABLE);
  if (raw === null) return DEFAULT_MAX_FILE_BYTES;
  if (!/^[1-9]\d*$/.test(raw)) problems.push(`${MAX_FILE_BYTES_VARIABLE} must be a positive whole number of bytes; got "${raw}"`);
  return Number(raw);
}

function port(env: Env, problems: string[]): number {
  const raw = value(env, 'PORT');
  if (raw === null) return DEFAULT_PORT;
  const n = Number(raw);
  // 0 asks the system for a free port (the tests and benchmarks use it).
  if (!/^\d+$/.test(raw) || n > 65_535) problems.push(`PORT must be a port number from 0 to 65535; got "${raw}"`);
  return n;
}

/** Shortest admin token accepted: 32 characters, enough for 128 random bits in hex */
const MIN_TOKEN_LENGTH = 32;
/** A request may be given at most ten minutes */
const MAX_REQUEST_TIMEOUT_MS = 600_000;

function apiConfig(env: Env, problems: string[]): SecurityOptions {
  const adminToken = value(env, 'ZANGRAPH_ADMIN_TOKEN');
  // The value is a secret: messages give its length, never its text.
  if (adminToken !== null && (adminToken.length < MIN_TOKEN_LENGTH || /\s/.test(adminToken))) {
    problems.push(
      `ZANGRAPH_ADMIN_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters without spaces (e.g. the output of \`openssl rand -hex 32\`); got ${adminToken.length} characters`,
    );
  }
  const timeout = value(env, 'ZANGRAPH_REQUEST_TIMEOUT_MS');
  const requestTimeoutMs = timeout === null ? DEFAULT_SECURITY.requestTimeoutMs : Number(timeout);
  if (!Number.isInteger(requestTimeoutMs) || requestTimeoutMs < 1 || requestTimeoutMs > MAX_REQUEST_TIMEOUT_MS) {
    problems.push(
      `ZANGRAPH_REQUEST_TIMEOUT_MS must be a whole number of milliseconds from 1 to ${MAX_REQUEST_TIMEOUT_MS}; got "${timeout}"`,
    );
  }
  return { adminToken, corsOrigins: corsOrigins(env, problems), requestTimeoutMs };
}

/** ZANGRAPH_CORS_ORIGIN: comma-separated origins (`https://app.example.kz`), or `*` for any; unset means same-origin only. */
function corsOrigins(env: Env, problems: string[]): string[] {
  const raw = value(env, 'ZANGRAPH_CORS_ORIGIN');
  if (raw === null) return [];
  const origins = raw
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  if (origins.includes('*')) {
    if (origins.length > 1) problems.push(`ZANGRAPH_CORS_ORIGIN must be "*" alone or a list of origins, not both; got "${raw}"`);
    return ['*'];
  }
  for (const origin of origins) {
    const url = parseUrl(origin);
    // An origin is scheme, host and port only: a path or a trailing slash would never equal a browser's Origin header.
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin) {
      problems.push(
        `ZANGRAPH_CORS_ORIGIN entries must be origins like https://app.example.kz (scheme, host, optional port; no path); got "${origin}"`,
      );
    }
  }
  return origins;
}

function neo4jConfig(env: Env, problems: string[]): GraphConfig | null {
  const when = 'when ZANGRAPH_GRAPH=neo4j';
  const uri = required(env, 'NEO4J_URI', `${when} (e.g. neo4j://localhost:7687)`, problems);
  const user = required(env, 'NEO4J_USER', when, problems);
  const password = required(env, 'NEO4J_PASSWORD', when, problems);
  const database = value(env, 'NEO4J_DATABASE') ?? DEFAULT_NEO4J_DATABASE;
  if (uri !== null) {
    const scheme = parseUrl(uri)?.protocol;
    if (!scheme || !NEO4J_SCHEMES.includes(scheme)) {
      problems.push(`NEO4J_URI must be a URL with scheme ${NEO4J_SCHEMES.map((s) => s.slice(0, -1)).join(', ')}; got "${uri}"`);
    }
  }
  if (!DATABASE_NAME.test(database)) {
    problems.push(`NEO4J_DATABASE must be a Neo4j database name (3-63 letters, digits, dots, dashes; first a letter); got "${database}"`);
  }
  if (uri === null || user === null || password === null || problems.length > 0) return null;
  return { kind: 'neo4j', uri, user, password, database };
}

function meilisearchConfig(env: Env, problems: string[]): SearchConfig | null {
  const host = required(env, 'MEILI_HOST', 'when ZANGRAPH_SEARCH=meilisearch (e.g. http://localhost:7700)', problems);
  if (host === null) return null;
  const scheme = parseUrl(host)?.protocol;
  if (scheme !== 'http:' && scheme !== 'https:') {
    problems.push(`MEILI_HOST must be an http:// or https:// URL; got "${host}"`);
    return null;
  }
  return { kind: 'meilisearch', host, apiKey: value(env, 'MEILI_API_KEY') };
}

/** A set, non-blank variable, trimmed; null when unset or blank (a blank line in a .env file means unset). */
function value(env: Env, name: string): string | null {
  const raw = env[name]?.trim();
  return raw ? raw : null;
}

function required(env: Env, name: string, when: string, problems: string[]): string | null {
  const v = value(env, name);
  if (v === null) problems.push(`${name} is required ${when}`);
  return v;
}

function choice<T extends string>(env: Env, name: string, allowed: readonly T[], problems: string[]): T {
  const v = value(env, name);
  if (v === null) return allowed[0] as T;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  problems.push(`${name} must be one of ${allowed.join(', ')}; got "${v}"`);
  return allowed[0] as T;
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
