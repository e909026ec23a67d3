/** The API's public surface: the GraphQL server over the ports, its listener, and the ports it declares. */
export { createServer, loadSchema, type ServerOptions, type ZangraphYoga } from './server.ts';
// A query's estimated cost over the lengths measured from a store (the soak reports it for each hostile query).
export { estimateCost } from './cost.ts';
export { measureListSizes } from './list-sizes.ts';
export { DEFAULT_QUERY_LIMITS, type QueryLimits } from './limits.ts';
export { listen, type Listening } from './main.ts';
export type { ApiPorts, CorpusSync } from './context.ts';
export { DEFAULT_SECURITY, type SecurityOptions } from './security.ts';
// The GraphQL names of model enums, for the benchmark's bare handler that answers as the server does.
export { enumResolver } from './enums.ts';
export { AMENDMENT_ACTIONS } from './resolvers/amendment.ts';
export { PROVISION_STATUSES } from './resolvers/provision.ts';
