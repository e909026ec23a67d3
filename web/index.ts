/** The web interface's public surface: the yoga plugin serving the pages, and GraphiQL from local files. */
export { useWeb } from './plugin.ts';
export { renderGraphiQL } from './graphiql.ts';
