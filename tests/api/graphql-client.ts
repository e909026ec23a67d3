/** A minimal GraphQL client over a fetch function: `yoga.fetch` in-process, or global fetch over HTTP. */

export interface GraphQLErrorBody {
  message: string;
  locations?: { line: number; column: number }[];
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

type Fetch = (input: string, init: RequestInit) => Response | Promise<Response>;

export async function graphql<T>(
  fetchFn: Fetch,
  query: string,
  variables: Record<string, unknown> = {},
  url = 'http://localhost/graphql',
): Promise<GraphQLResponse<T>> {
  const response = await fetchFn(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}
