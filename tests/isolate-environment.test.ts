import { describe, expect, it } from 'vitest';
import { isolateEnvironment, REAL_SERVERS_OPT_IN, SERVER_VARIABLE, SHARED_DIR_VARIABLE } from './isolate-environment.ts';

const shell = {
  PATH: '/usr/bin',
  HOME: '/home/dev',
  ZANGRAPH_GRAPH: 'neo4j',
  ZANGRAPH_SEARCH: 'meilisearch',
  ZANGRAPH_DATA_DIR: '/srv/zangraph',
  ZANGRAPH_SHARED_DIR: '/work/shared',
  ZANGRAPH_HELDOUT_ACTS: '/srv/heldout-acts',
  NEO4J_URI: 'neo4j://prod:7687',
  NEO4J_PASSWORD: 'secret',
  MEILI_HOST: 'http://prod:7700',
  NEO4J: 'no underscore, not ours',
};

describe('the test environment', () => {
  it('holds no ZANGRAPH_, NEO4J_ or MEILI_ variable while tests run, but what the real-server opt-in lets through', () => {
    const left = Object.keys(process.env).filter((name) => /^(?:ZANGRAPH|NEO4J|MEILI)_/.test(name) && name !== SHARED_DIR_VARIABLE);
    if (process.env[REAL_SERVERS_OPT_IN] === '1') expect(left.filter((name) => !SERVER_VARIABLE.test(name))).toEqual([]);
    else expect(left).toEqual([]);
  });

  it('drops every backend variable of the shell and keeps the others, the shared data`s place among them', () => {
    const env: Record<string, string | undefined> = { ...shell };
    expect(isolateEnvironment(env)).toEqual([
      'MEILI_HOST',
      'NEO4J_PASSWORD',
      'NEO4J_URI',
      'ZANGRAPH_DATA_DIR',
      'ZANGRAPH_GRAPH',
      'ZANGRAPH_HELDOUT_ACTS',
      'ZANGRAPH_SEARCH',
    ]);
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/home/dev', NEO4J: 'no underscore, not ours', ZANGRAPH_SHARED_DIR: '/work/shared' });
  });

  it('lets NEO4J_, MEILI_, the backend choice and the held-out acts through only with ZANGRAPH_TEST_REAL_SERVERS=1, and still drops other ZANGRAPH_', () => {
    for (const optIn of ['0', 'yes', '']) {
      const env: Record<string, string | undefined> = { ...shell, ZANGRAPH_TEST_REAL_SERVERS: optIn };
      isolateEnvironment(env);
      expect(env.NEO4J_URI, optIn).toBeUndefined();
    }
    const env: Record<string, string | undefined> = { ...shell, ZANGRAPH_TEST_REAL_SERVERS: '1' };
    isolateEnvironment(env);
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/dev',
      NEO4J: 'no underscore, not ours',
      NEO4J_URI: 'neo4j://prod:7687',
      NEO4J_PASSWORD: 'secret',
      MEILI_HOST: 'http://prod:7700',
      ZANGRAPH_GRAPH: 'neo4j',
      ZANGRAPH_SEARCH: 'meilisearch',
      ZANGRAPH_SHARED_DIR: '/work/shared',
      ZANGRAPH_HELDOUT_ACTS: '/srv/heldout-acts',
      ZANGRAPH_TEST_REAL_SERVERS: '1',
    });
  });
});
