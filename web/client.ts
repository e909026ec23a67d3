/**
 * The pages' only data path: GraphQL documents executed by the server's own yoga instance
 * (`yoga.fetch`, in process, no socket), so a page gets exactly what an API client would, through
 * the same parsing, validation, limits, time limit and error masking.
 */

/** A failure a page shows as such: 404 for NOT_FOUND and NOT_IN_FORCE (no wording on that date), 400 for BAD_USER_INPUT, 500 otherwise. */
export class WebError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'WebError';
  }
}

export interface GraphQLClient {
  /** The `data` of a query, or a WebError for the first error the answer carries. */
  query<T>(document: string, variables?: Record<string, unknown>): Promise<T>;
}

type Fetch = (input: string, init: RequestInit) => Response | Promise<Response>;

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const STATUS_BY_CODE: Record<string, number> = { NOT_FOUND: 404, NOT_IN_FORCE: 404, BAD_USER_INPUT: 400 };

export function createClient(fetchFn: Fetch): GraphQLClient {
  return {
    async query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
      const response = await fetchFn('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: document, variables }),
      });
      const answer = (await response.json()) as Answer<T>;
      const error = answer.errors?.[0];
      if (error) throw new WebError(STATUS_BY_CODE[error.extensions?.code ?? ''] ?? 500, error.message);
      if (!answer.data) throw new WebError(500, `GraphQL answered HTTP ${response.status} without data`);
      return answer.data;
    },
  };
}
