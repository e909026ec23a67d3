/**
 * The SearchIndex contract against a real Meilisearch server, when one is configured:
 * MEILI_HOST (and MEILI_API_KEY when the server has a master key). Each suite gets its own
 * pair of indexes under a random prefix, deleted afterwards.
 */
import { randomUUID } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { afterAll } from 'vitest';
import { openMeilisearchIndex } from '../../search/meilisearch/search-index.ts';
import { loadConfig } from '../../scripts/config.ts';
import { whenServerConfigured } from './real-server.ts';
import { searchIndexContract } from './search-index.contract.ts';

whenServerConfigured(
  'SearchIndex contract: meilisearch',
  'MEILI_HOST',
  'set MEILI_HOST (and MEILI_API_KEY) to run the contract against a real Meilisearch 1.15+ server',
  () => {
    const config = loadConfig({ ...process.env, ZANGRAPH_SEARCH: 'meilisearch' }).search;
    if (config.kind !== 'meilisearch') throw new Error('loadConfig ignored ZANGRAPH_SEARCH=meilisearch');
    const prefixes: string[] = [];

    afterAll(async () => {
      const client = new Meilisearch({ host: config.host, ...(config.apiKey ? { apiKey: config.apiKey } : {}) });
      for (const prefix of prefixes) {
        await client.deleteIndexIfExists(`${prefix}-provisions`);
        await client.deleteIndexIfExists(`${prefix}-versions`);
      }
    });

    searchIndexContract('meilisearch', async () => {
      const indexPrefix = `zangraph-test-${randomUUID().slice(0, 8)}`;
      prefixes.push(indexPrefix);
      return openMeilisearchIndex({ host: config.host, apiKey: config.apiKey, indexPrefix });
    });
  },
);
