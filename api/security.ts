/**
 * What a public API needs against misuse, beside the query limits of GraphQL Armor (server.ts):
 * writes behind a bearer token (auth.ts), cross-origin access only for configured origins, and
 * a time limit on each request (timeout.ts). Values come from the environment (scripts/config.ts).
 */
import type { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import { useAdminToken } from './auth.ts';
import { useRequestTimeout } from './timeout.ts';

export interface SecurityOptions {
  /** The bearer token mutations require (ZANGRAPH_ADMIN_TOKEN); null disables writes */
  adminToken: string | null;
  /** Origins browsers may call from (ZANGRAPH_CORS_ORIGIN); empty: same-origin only; `['*']`: any */
  corsOrigins: readonly string[];
  /** Longest execution of one request, ms (ZANGRAPH_REQUEST_TIMEOUT_MS) */
  requestTimeoutMs: number;
}

/** Safe unless configured otherwise: no writes, no cross-origin access, 10 s per request. */
export const DEFAULT_SECURITY: SecurityOptions = { adminToken: null, corsOrigins: [], requestTimeoutMs: 10_000 };

type CorsOption = YogaServerOptions<Record<string, never>, Record<string, never>>['cors'];

/**
 * Yoga's `cors` option. Without origins, no CORS headers at all, so browsers keep pages of other
 * origins out. Credentials are never allowed: the API uses bearer tokens, not cookies.
 */
export function corsOption(origins: readonly string[]): CorsOption {
  if (origins.length === 0) return false;
  return {
    origin: [...origins],
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'accept', 'authorization'],
    credentials: false,
    maxAge: 600,
  };
}

/** The token and timeout plugins, in the order they must run: refuse a write before timing it. */
export function securityPlugins(options: SecurityOptions): Plugin[] {
  return [useAdminToken(options.adminToken), useRequestTimeout(options.requestTimeoutMs)];
}

type ArmorConfig = NonNullable<Parameters<typeof EnvelopArmorPlugin>[0]>;
type ArmorLimit = 'maxDepth' | 'costLimit' | 'maxAliases' | 'maxTokens' | 'maxDirectives';

/**
 * GraphQL Armor's limits, rejecting with a typed error: Armor's own errors carry no code and call
 * themselves syntax errors. `extensions.limit` names the limit (`maxDepth`, `costLimit`…).
 * `blockFieldSuggestion` is passed through as given.
 */
export function withLimitCodes(limits: Pick<ArmorConfig, ArmorLimit | 'blockFieldSuggestion'>): ArmorConfig {
  const reject = (limit: string) => (_: unknown, error: GraphQLError) => {
    throw new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit } });
  };
  const { blockFieldSuggestion, ...counted } = limits;
  const coded = Object.entries(counted).map(([limit, options]) => [
    limit,
    { ...options, propagateOnRejection: false, onReject: [reject(limit)] },
  ]);
  return { ...Object.fromEntries(coded), blockFieldSuggestion } as ArmorConfig;
}
