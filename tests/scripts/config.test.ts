import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, type Env } from '../../scripts/config.ts';

const neo4jEnv: Env = {
  ZANGRAPH_GRAPH: 'neo4j',
  NEO4J_URI: 'neo4j://db.internal:7687',
  NEO4J_USER: 'neo4j',
  NEO4J_PASSWORD: 's3cret-pass',
};

function problemsOf(env: Env): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected loadConfig to reject the environment');
}

describe('loadConfig', () => {
  it('selects the embedded backends in ZANGRAPH_DATA_DIR when nothing is set', () => {
    expect(loadConfig({ ZANGRAPH_DATA_DIR: '/var/zangraph' })).toEqual({
      corpus: {
        corpusDir: resolve('./corpus'),
        importedDir: '/var/zangraph/corpus',
        maxFileBytes: 16 * 1024 * 1024,
        statePath: '/var/zangraph/corpus-sync.json',
        indexPendingPath: '/var/zangraph/index-pending',
      },
      dataDir: '/var/zangraph',
      graph: { kind: 'embedded', dir: '/var/zangraph/graph' },
      search: { kind: 'embedded', dir: '/var/zangraph/search' },
      api: { adminToken: null, corsOrigins: [], requestTimeoutMs: 10_000 },
      listen: { port: 4000, host: '0.0.0.0' },
    });
  });

  it('defaults the data directory to ./data resolved from the working directory', () => {
    expect(loadConfig({}).graph).toEqual({ kind: 'embedded', dir: resolve('./data/graph') });
  });

  it('reads the corpus directory, the file size limit and where to listen', () => {
    const config = loadConfig({ ZANGRAPH_CORPUS_DIR: '/srv/corpus', ZANGRAPH_MAX_FILE_BYTES: '1048576', PORT: '0', HOST: '127.0.0.1' });
    expect(config.corpus).toMatchObject({ corpusDir: '/srv/corpus', maxFileBytes: 1048576 });
    expect(config.listen).toEqual({ port: 0, host: '127.0.0.1' });
  });

  it('rejects a file size limit that is not a positive whole number, naming the variable', () => {
    for (const bad of ['0', '-5', '16MB', '1e6']) {
      expect(problemsOf({ ZANGRAPH_MAX_FILE_BYTES: bad })).toEqual([
        `ZANGRAPH_MAX_FILE_BYTES must be a positive whole number of bytes; got "${bad}"`,
      ]);
    }
  });

  it('rejects a port that is not a port number', () => {
    for (const bad of ['http', '-1', '65536', '80.5']) {
      expect(problemsOf({ PORT: bad })).toEqual([`PORT must be a port number from 0 to 65535; got "${bad}"`]);
    }
  });

  it('reads the Neo4j settings and defaults the database to the community edition one', () => {
    expect(loadConfig(neo4jEnv).graph).toEqual({
      kind: 'neo4j',
      uri: 'neo4j://db.internal:7687',
      user: 'neo4j',
      password: 's3cret-pass',
      database: 'neo4j',
    });
    expect(loadConfig({ ...neo4jEnv, NEO4J_DATABASE: 'laws-kz' }).graph).toMatchObject({ database: 'laws-kz' });
  });

  it('names every missing Neo4j variable at once', () => {
    const problems = problemsOf({ ZANGRAPH_GRAPH: 'neo4j' });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^NEO4J_URI is required when ZANGRAPH_GRAPH=neo4j/);
    expect(problems[1]).toMatch(/^NEO4J_USER is required/);
    expect(problems[2]).toMatch(/^NEO4J_PASSWORD is required/);
  });

  it('treats a blank variable as missing', () => {
    expect(problemsOf({ ...neo4jEnv, NEO4J_PASSWORD: '   ' })).toEqual(['NEO4J_PASSWORD is required when ZANGRAPH_GRAPH=neo4j']);
  });

  it('rejects a Neo4j URI whose scheme the driver does not speak, quoting the value', () => {
    const [problem] = problemsOf({ ...neo4jEnv, NEO4J_URI: 'http://db.internal:7474' });
    expect(problem).toContain('NEO4J_URI must be a URL with scheme neo4j, neo4j+s, neo4j+ssc, bolt, bolt+s, bolt+ssc');
    expect(problem).toContain('"http://db.internal:7474"');
  });

  it('rejects a database name Neo4j would refuse', () => {
    expect(problemsOf({ ...neo4jEnv, NEO4J_DATABASE: 'x; DROP' })[0]).toMatch(/^NEO4J_DATABASE must be a Neo4j database name/);
  });

  it('never echoes the password in a message', () => {
    const error = (() => {
      try {
        loadConfig({ ...neo4jEnv, NEO4J_URI: 'ftp://x' });
      } catch (e) {
        return e as Error;
      }
      return null;
    })();
    expect(error?.message).toContain('NEO4J_URI');
    expect(error?.message).not.toContain('s3cret-pass');
  });

  it('rejects an unknown backend name and lists the allowed ones', () => {
    expect(problemsOf({ ZANGRAPH_GRAPH: 'postgres' })).toEqual(['ZANGRAPH_GRAPH must be one of embedded, neo4j; got "postgres"']);
    expect(problemsOf({ ZANGRAPH_SEARCH: 'elastic' })).toEqual(['ZANGRAPH_SEARCH must be one of embedded, meilisearch; got "elastic"']);
  });

  it('reads the Meilisearch host and an optional API key', () => {
    expect(loadConfig({ ZANGRAPH_SEARCH: 'meilisearch', MEILI_HOST: 'http://search:7700' }).search).toEqual({
      kind: 'meilisearch',
      host: 'http://search:7700',
      apiKey: null,
    });
    expect(
      loadConfig({ ZANGRAPH_SEARCH: 'meilisearch', MEILI_HOST: 'https://search.kz', MEILI_API_KEY: 'masterKey' }).search,
    ).toMatchObject({ apiKey: 'masterKey' });
  });

  it('requires MEILI_HOST for Meilisearch and an http(s) URL in it', () => {
    expect(problemsOf({ ZANGRAPH_SEARCH: 'meilisearch' })[0]).toMatch(/^MEILI_HOST is required when ZANGRAPH_SEARCH=meilisearch/);
    expect(problemsOf({ ZANGRAPH_SEARCH: 'meilisearch', MEILI_HOST: 'search:7700' })).toEqual([
      'MEILI_HOST must be an http:// or https:// URL; got "search:7700"',
    ]);
  });

  it('reports graph and search problems together in one error message', () => {
    expect(() => loadConfig({ ZANGRAPH_GRAPH: 'neo4j', ZANGRAPH_SEARCH: 'meilisearch' })).toThrowError(
      /invalid configuration:\n {2}- NEO4J_URI[\s\S]*\n {2}- MEILI_HOST is required/,
    );
  });
});

describe('loadConfig: the API settings', () => {
  const TOKEN = '9c1f0e7a5b3d4c2e8f6a0b1c3d5e7f90';
  const api = (env: Env) => loadConfig(env).api;

  it('disables writes, allows no other origin and gives each request 10 s when nothing is set', () => {
    expect(api({})).toEqual({ adminToken: null, corsOrigins: [], requestTimeoutMs: 10_000 });
  });

  it('reads the admin token, trimmed', () => {
    expect(api({ ZANGRAPH_ADMIN_TOKEN: ` ${TOKEN}\n` }).adminToken).toBe(TOKEN);
  });

  it('refuses a short token or one with spaces, giving its length but never its text', () => {
    for (const token of ['short-secret', `${TOKEN.slice(0, 16)} ${TOKEN.slice(16)}`]) {
      const [problem] = problemsOf({ ZANGRAPH_ADMIN_TOKEN: token });
      expect(problem).toMatch(/^ZANGRAPH_ADMIN_TOKEN must be at least 32 characters without spaces/);
      expect(problem).toContain(`got ${token.length} characters`);
      expect(problem).not.toContain(token.slice(0, 8));
    }
  });

  it('reads comma-separated CORS origins, or * alone', () => {
    expect(api({ ZANGRAPH_CORS_ORIGIN: 'https://app.zangraph.kz, http://localhost:5173' }).corsOrigins).toEqual([
      'https://app.zangraph.kz',
      'http://localhost:5173',
    ]);
    expect(api({ ZANGRAPH_CORS_ORIGIN: '*' }).corsOrigins).toEqual(['*']);
  });

  it('rejects a CORS entry that is not an origin, quoting it, and * mixed with origins', () => {
    expect(problemsOf({ ZANGRAPH_CORS_ORIGIN: 'https://app.zangraph.kz/, app.zangraph.kz, ftp://files.kz' })).toEqual([
      'ZANGRAPH_CORS_ORIGIN entries must be origins like https://app.example.kz (scheme, host, optional port; no path); got "https://app.zangraph.kz/"',
      'ZANGRAPH_CORS_ORIGIN entries must be origins like https://app.example.kz (scheme, host, optional port; no path); got "app.zangraph.kz"',
      'ZANGRAPH_CORS_ORIGIN entries must be origins like https://app.example.kz (scheme, host, optional port; no path); got "ftp://files.kz"',
    ]);
    expect(problemsOf({ ZANGRAPH_CORS_ORIGIN: '*, https://app.zangraph.kz' })[0]).toMatch(/^ZANGRAPH_CORS_ORIGIN must be "\*" alone/);
  });

  it('reads the request time limit in milliseconds and rejects one that is not a whole number from 1 to 600000', () => {
    expect(api({ ZANGRAPH_REQUEST_TIMEOUT_MS: '2500' }).requestTimeoutMs).toBe(2500);
    for (const bad of ['0', '-5', '1.5', '10s', '600001']) {
      expect(problemsOf({ ZANGRAPH_REQUEST_TIMEOUT_MS: bad })).toEqual([
        `ZANGRAPH_REQUEST_TIMEOUT_MS must be a whole number of milliseconds from 1 to 600000; got "${bad}"`,
      ]);
    }
  });
});
