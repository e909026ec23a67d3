/**
 * What a failed Meilisearch connection tells the operator. No server is needed: a closed
 * local port is a real failure of the real client.
 */
import { MeilisearchApiError } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { SearchIndexError } from '../../../search/port.ts';
import { asIndexError, MeilisearchIndexError, openMeilisearchIndex } from '../../../search/meilisearch/search-index.ts';

describe('openMeilisearchIndex', () => {
  it('names the backend, the host and what to check when no server listens', async () => {
    const error = await openMeilisearchIndex({ host: 'http://127.0.0.1:1', apiKey: 'secret-master-key' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MeilisearchIndexError);
    expect(error).toBeInstanceOf(SearchIndexError);
    const message = (error as Error).message;
    expect(message).toMatch(/^\[search:meilisearch\] connect failed at http:\/\/127\.0\.0\.1:1: /);
    expect(message).toContain('is the Meilisearch server running and reachable, and is MEILI_HOST right?');
    expect(message).not.toContain('secret-master-key');
  });
});

describe('asIndexError', () => {
  it("keeps Meilisearch's error code and points at the API key when it is refused", () => {
    const refused = new MeilisearchApiError(new Response(null, { status: 403 }), {
      code: 'invalid_api_key',
      message: 'The provided API key is invalid.',
      type: 'auth',
      link: 'https://docs.meilisearch.com/errors#invalid_api_key',
    });
    const error = asIndexError('update settings of zangraph-provisions', refused, 'http://search:7700');
    expect(error.code).toBe('invalid_api_key');
    expect(error.message).toBe(
      '[search:meilisearch] update settings of zangraph-provisions failed at http://search:7700: ' +
        'The provided API key is invalid. [invalid_api_key]; check MEILI_API_KEY (the master key, or a key allowed these actions)',
    );
    expect(error.cause).toBe(refused);
  });

  it('passes an adapter error through unchanged', () => {
    const error = new MeilisearchIndexError('add documents: task 7 failed [invalid_document_id]', 'invalid_document_id');
    expect(asIndexError('again', error, 'http://x')).toBe(error);
  });
});
