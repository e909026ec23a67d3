/**
 * Static files under `/assets/`: the site's own CSS and scripts (web/assets/), Cytoscape from
 * node_modules, and GraphiQL's bundle from @graphql-yoga/render-graphiql. Nothing comes from a CDN.
 *
 * Each is read when first asked for and kept with its compressed forms. Links carry `?v=` with a
 * digest of the content (or the package version), so browsers may cache a file for good.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { asBytes, chooseEncoding, compress, type Bytes, type Encoding } from './compress.ts';

const require = createRequire(import.meta.url);
const OWN = new URL('./assets/', import.meta.url);

interface AssetSource {
  type: string;
  /** The content; called once */
  read(): Promise<Bytes>;
  /** A cache-busting version known without reading the content, if any */
  version?: string;
}

const graphiqlVersion = (require('@graphql-yoga/render-graphiql/package.json') as { version: string }).version;

type GraphiQLBundle = typeof import('@graphql-yoga/render-graphiql/graphiql');
/** GraphiQL's bundle module holds 9 MB of strings: imported only when GraphiQL is first opened. */
const graphiqlPart = (pick: (bundle: GraphiQLBundle) => string) => async (): Promise<Bytes> =>
  asBytes(Buffer.from(pick(await import('@graphql-yoga/render-graphiql/graphiql')), 'utf8'));

const JS = 'text/javascript; charset=utf-8';
const own = (file: string, type: string): AssetSource => ({ type, read: async () => asBytes(readFileSync(new URL(file, OWN))) });

const SOURCES: Record<string, AssetSource> = {
  'site.css': own('site.css', 'text/css; charset=utf-8'),
  'site.js': own('site.js', JS),
  'graph.js': own('graph.js', JS),
  'graphiql-boot.js': own('graphiql-boot.js', JS),
  'cytoscape.min.js': { type: JS, read: async () => asBytes(readFileSync(require.resolve('cytoscape/dist/cytoscape.min.js'))) },
  'graphiql/graphiql.js': { type: JS, version: graphiqlVersion, read: graphiqlPart((b) => b.js) },
  'graphiql/graphiql.css': { type: 'text/css; charset=utf-8', version: graphiqlVersion, read: graphiqlPart((b) => b.css) },
  'graphiql/editor.worker.js': { type: JS, version: graphiqlVersion, read: graphiqlPart((b) => b.editorWorkerService) },
  'graphiql/json.worker.js': { type: JS, version: graphiqlVersion, read: graphiqlPart((b) => b.jsonWorker) },
  'graphiql/graphql.worker.js': { type: JS, version: graphiqlVersion, read: graphiqlPart((b) => b.graphqlWorker) },
  'graphiql/favicon.ico': {
    type: 'image/x-icon',
    version: graphiqlVersion,
    // The bundle gives the icon as a data: URL.
    read: async () =>
      asBytes(Buffer.from((await import('@graphql-yoga/render-graphiql/graphiql')).favicon.replace(/^data:[^,]*;base64,/, ''), 'base64')),
  },
};

export const ASSET_PREFIX = '/assets/';

interface Loaded {
  body: Bytes;
  compressed: Map<Encoding, Bytes>;
}
const loaded = new Map<string, Promise<Loaded>>();
const versions = new Map<string, string>();

/** The URL of an asset, with its version. */
export function assetUrl(name: string): string {
  const source = SOURCES[name];
  if (!source) throw new Error(`web/assets.ts: no asset named ${name}`);
  let version = source.version ?? versions.get(name);
  if (version === undefined) {
    // Own files and Cytoscape are small: their digest is computed once, on the first page that links them.
    const path = name === 'cytoscape.min.js' ? require.resolve('cytoscape/dist/cytoscape.min.js') : new URL(name, OWN);
    version = createHash('sha256').update(readFileSync(path)).digest('base64url').slice(0, 12);
    versions.set(name, version);
  }
  return `${ASSET_PREFIX}${name}?v=${version}`;
}

/** The response for `/assets/<name>`, or null when there is no such asset. */
export async function assetResponse(name: string, request: Request): Promise<Response | null> {
  const source = SOURCES[name];
  if (!source) return null;
  let entry = loaded.get(name);
  if (!entry) {
    entry = source.read().then((body) => ({ body, compressed: new Map() }));
    loaded.set(name, entry);
  }
  const asset = await entry;
  const encoding = chooseEncoding(request.headers.get('accept-encoding'), asset.body.length);
  let body = asset.compressed.get(encoding);
  if (!body) {
    body = compress(asset.body, encoding, 'asset');
    asset.compressed.set(encoding, body);
  }
  const headers: Record<string, string> = {
    'content-type': source.type,
    'cache-control': 'public, max-age=31536000, immutable',
    vary: 'accept-encoding',
    'x-content-type-options': 'nosniff',
  };
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}
