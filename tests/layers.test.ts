/**
 * The layering the layout promises, checked on the source: which module may import which, that
 * other modules go through a module's index.ts (or its port), and that only scripts/ reads the
 * environment. A corpus file's way to a GraphQL answer then goes down the layers, never back up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MODULES = ['model', 'text', 'files', 'ingest', 'graph', 'search', 'app', 'web', 'api', 'scripts'] as const;
type Module = (typeof MODULES)[number];

/** Which modules each module may import (its own files aside). */
const MAY_IMPORT: Record<Module, readonly Module[]> = {
  model: [],
  text: [],
  files: [],
  ingest: ['model', 'text'],
  graph: ['model', 'files'],
  search: ['model', 'text', 'files'],
  app: ['model', 'ingest', 'graph', 'search', 'files', 'api'],
  // The web pages read through the API's own yoga instance; they explain a query with the engine-neutral planner.
  web: ['model', 'search'],
  api: ['model', 'graph', 'search', 'app', 'web'],
  scripts: ['model', 'ingest', 'graph', 'search', 'app', 'api'],
};

const ADAPTERS = ['graph/embedded', 'graph/neo4j', 'search/embedded', 'search/meilisearch'];

/**
 * Files other modules may import: the surfaces, the ports the API sees without the adapters behind them, and the
 * engine-neutral query planner the web pages explain a query with (search/index.ts would load both adapters).
 */
const SURFACE = /(^|\/)index\.ts$|^graph\/port\.ts$|^search\/port\.ts$|^search\/query-plan\.ts$/;

interface Import {
  file: string;
  target: string;
}

const sources = MODULES.flatMap((module) =>
  readdirSync(join(ROOT, module), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(module, f)),
);

const imports: Import[] = sources.flatMap((file) =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => ({
    file,
    target: relative(ROOT, join(ROOT, dirname(file), m[1]!)),
  })),
);

const moduleOf = (path: string) => path.split('/')[0] as Module;

describe('layers', () => {
  it('finds the imports it checks', () => {
    expect(imports.length).toBeGreaterThan(300);
  });

  it('each module imports only the modules below it', () => {
    const wrong = imports.filter(
      ({ file, target }) => moduleOf(file) !== moduleOf(target) && !MAY_IMPORT[moduleOf(file)].includes(moduleOf(target)),
    );
    expect(wrong).toEqual([]);
  });

  it('other modules import a module only through its index.ts or its port', () => {
    const past = imports.filter(({ file, target }) => {
      if (SURFACE.test(target)) return false;
      if (moduleOf(file) !== moduleOf(target)) return true;
      // Within a module, an adapter's folder is entered through its index.ts as well.
      const adapter = ADAPTERS.find((folder) => target.startsWith(`${folder}/`));
      return adapter !== undefined && !file.startsWith(`${adapter}/`);
    });
    expect(past).toEqual([]);
  });

  it('nothing below scripts/ reads process.env', () => {
    const readers = sources.filter((f) => moduleOf(f) !== 'scripts' && /process\.env/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(readers).toEqual([]);
  });
});
