/**
 * Writes behind a bearer token: Mutation.reingest against the real server over embedded stores,
 * reading the real seed corpus. Reads stay public.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest } from '../../ingest/index.ts';
import { CODE_ID } from '../contract/corpus-fixture.ts';
import { codeOf, CORPUS_DIR, post, serve, type Served } from './api-fixture.ts';
import { CODE_FILE, makeCorpus, seedBytes, tempDir } from './fixture.ts';

const START = fileURLToPath(new URL('../../scripts/start.ts', import.meta.url));

const TOKEN = 'a3f1c9e0b7d24e6f8a5b1c3d9e7f0a2b4c6d8e0f1a3b5c7d';
const REINGEST = `mutation ($document: ID) {
  reingest(document: $document) { ingested written { status document { id sha256 } } removed log }
}`;

interface Reingested {
  reingest: {
    ingested: boolean;
    written: { status: string; document: { id: string; sha256: string } }[];
    removed: string[];
    log: string[];
  };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('writes need the admin token', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serve({ filled: false, security: { adminToken: TOKEN } });
  });
  afterAll(() => served.close());

  it('refuses a reingest without an Authorization header with UNAUTHENTICATED and HTTP 401, writing nothing', async () => {
    const answer = await post(served.yoga, REINGEST);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(codeOf(answer)).toBe('UNAUTHENTICATED');
    expect(answer.data ?? null).toBeNull();
    expect((await served.graph.counts()).documents).toBe(0);
  });

  it('refuses a wrong token, a token one character short, and the right token without the Bearer scheme', async () => {
    for (const headers of [bearer('wrong'), bearer(TOKEN.slice(0, -1)), { authorization: TOKEN }, { authorization: `Basic ${TOKEN}` }]) {
      const answer = await post(served.yoga, REINGEST, { headers });
      expect(codeOf(answer)).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(answer)).not.toContain(TOKEN.slice(0, 8));
    }
    expect((await served.graph.counts()).documents).toBe(0);
  });

  it('keeps reads public: a query without a token answers with data', async () => {
    const answer = await post<{ stats: { documents: number } }>(served.yoga, `{ stats { documents } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.stats.documents).toBe(0);
  });

  it('with the token, ingests every manifest document into the graph and the search index', async () => {
    const manifest = await readManifest(CORPUS_DIR);
    const answer = await post<Reingested>(served.yoga, REINGEST, { headers: bearer(TOKEN) });
    expect(answer.errors).toBeUndefined();
    const result = answer.data?.reingest;
    expect(result?.ingested).toBe(true);
    expect(result?.written.map((w) => [w.document.id, w.status]).sort()).toEqual(manifest.map((d) => [d.id, 'CREATED']).sort());
    expect(result?.written.find((w) => w.document.id === CODE_ID)?.document.sha256).toBe(manifest.find((d) => d.id === CODE_ID)?.sha256);
    // 121-бап. Сотта медиация жүргізу тәртібі (code, line 7398): searchable right after the write
    const search = await post<{ search: { hits: { provision: { id: string } }[] } }>(
      served.yoga,
      `{ search(query: "медиация", first: 50) { hits { provision { id } } } }`,
    );
    expect(search.data?.search.hits.map((h) => h.provision.id)).toContain(`${CODE_ID}/~art_121`);
  });

  it('finds nothing stale on a second reingest, and re-parses a named document without changing it', async () => {
    const again = await post<Reingested>(served.yoga, REINGEST, { headers: bearer(TOKEN) });
    expect(again.data?.reingest).toMatchObject({ ingested: false, written: [], removed: [] });
    expect(again.data?.reingest.log[0]).toMatch(/up to date with the manifest: nothing ingested/);

    const named = await post<Reingested>(served.yoga, REINGEST, { headers: bearer(TOKEN), variables: { document: CODE_ID } });
    expect(named.data?.reingest.ingested).toBe(true);
    expect(named.data?.reingest.written.find((w) => w.document.id === CODE_ID)?.status).toBe('UNCHANGED');
  });

  it('reports a document the manifest does not list as NOT_FOUND', async () => {
    const answer = await post(served.yoga, REINGEST, { headers: bearer(TOKEN), variables: { document: '/akn/kz/act/code/1999-01-01/0' } });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'document' });
  });
});

describe('writes from a bad corpus', () => {
  it('answers INGEST_FAILED naming the file when a text does not match its manifest SHA-256, leaving the store as it was', async () => {
    const corpusDir = makeCorpus([{ like: CODE_FILE, file: CODE_FILE, bytes: seedBytes(CODE_FILE), sha256: '0'.repeat(64) }]);
    const served = await serve({ filled: false, corpusDir, security: { adminToken: TOKEN } });
    try {
      const answer = await post(served.yoga, REINGEST, { headers: bearer(TOKEN) });
      expect(codeOf(answer)).toBe('INGEST_FAILED');
      expect(answer.errors?.[0]?.message).toContain(CODE_FILE);
      expect((await served.graph.counts()).documents).toBe(0);
    } finally {
      await served.close();
    }
  });
});

describe('a server started without a token', () => {
  it('refuses every write with FORBIDDEN naming ZANGRAPH_ADMIN_TOKEN, whatever token is sent, and still answers reads', async () => {
    const served = await serve({ filled: false });
    try {
      for (const headers of [{}, bearer(TOKEN)]) {
        const answer = await post(served.yoga, REINGEST, { headers });
        expect(answer.status).toBe(403);
        expect(codeOf(answer)).toBe('FORBIDDEN');
        expect(answer.errors?.[0]?.message).toMatch(/ZANGRAPH_ADMIN_TOKEN/);
      }
      expect((await post(served.yoga, `{ stats { documents } }`)).errors).toBeUndefined();
    } finally {
      await served.close();
    }
  });
});

/**
 * Run `npm start`'s script with the token set, call `during` with its URL once it serves, stop it
 * and return all it printed; or, if it exits by itself (a refused configuration), what it printed.
 */
function runStart(env: Record<string, string>, during: (url: string) => Promise<void>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', START], {
      env: { ...process.env, ZANGRAPH_DATA_DIR: tempDir('logs'), PORT: '0', HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let serving = false;
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /serving (http:\/\/\S+)/.exec(output)?.[1];
      if (url && !serving) {
        serving = true;
        during(url).then(
          () => child.kill('SIGTERM'),
          (error: unknown) => (child.kill('SIGKILL'), reject(error)),
        );
      }
    });
    child.on('exit', () => resolve(output));
  });
}

describe('the admin token in logs', () => {
  it('never appears in what the server prints while serving refused, failed and successful writes', async () => {
    const output = await runStart({ ZANGRAPH_ADMIN_TOKEN: TOKEN }, async (url) => {
      const send = (authorization: string | null, variables: Record<string, unknown> = {}) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          body: JSON.stringify({ query: REINGEST, variables }),
        }).then((r) => r.json() as Promise<{ errors?: { extensions?: { code?: string } }[] }>);
      expect((await send(null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await send(`Bearer ${TOKEN.slice(0, -1)}x`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await send(`Bearer ${TOKEN}`, { document: 'nope' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await send(`Bearer ${TOKEN}`, { document: CODE_ID })).errors).toBeUndefined();
    });
    expect(output).toMatch(/serving http/);
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain(TOKEN.slice(0, 12));
  }, 60_000);

  it('is not echoed when start-up refuses a token too short', async () => {
    const short = 'hunter2-but-longer';
    const output = await runStart({ ZANGRAPH_ADMIN_TOKEN: short }, async () => undefined);
    expect(output).toMatch(/ZANGRAPH_ADMIN_TOKEN must be at least 32 characters/);
    expect(output).not.toContain(short);
  }, 60_000);
});
