/**
 * A server under load for the API benchmark, in its own process so the load generator does
 * not share its event loop. Prints `{"port": n}` on stdout once listening; stops on SIGTERM,
 * and when its stdin closes, so a benchmark killed midway leaves no server behind. Over the
 * IPC channel it answers any message with its CPU time so far (µs, user + system), which the
 * benchmark turns into CPU time per request: a figure other load on the machine barely moves.
 *
 *   node --import tsx scripts/bench/api-server.ts --kind api   --dir <store dir>
 *   node --import tsx scripts/bench/api-server.ts --kind bare  --dir <store dir>
 *   node --import tsx scripts/bench/api-server.ts --kind floor
 *
 * - api: zangraph's GraphQL server (api/server.ts) over the embedded store (and search index) in
 *   --dir, behind the node:http listener `npm start` uses (api/main.ts).
 * - bare: the same answers from the same store through node:http alone (api-bare.ts).
 * - floor: the framework's floor, a plain `createYoga` (its defaults, no plugins) whose one
 *   resolver returns a constant string; `payload(bytes: n)` sizes it like the answer it stands beside.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createSchema, createYoga } from 'graphql-yoga';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listen, createServer } from '../../api/index.ts';
import { openEmbeddedGraphStore } from '../../graph/index.ts';
import { openEmbeddedSearchIndex } from '../../search/index.ts';
import { createBareHandler, type BarePorts } from './api-bare.ts';

const { values } = parseArgs({ options: { kind: { type: 'string' }, dir: { type: 'string' } } });

const server =
  values.kind === 'floor'
    ? await listening(floorServer())
    : values.kind === 'api'
      ? await apiServer(values.dir)
      : values.kind === 'bare'
        ? await listening(createHttpServer(createBareHandler(await openPorts(values.dir))))
        : null;
if (!server) throw new Error(`api-server: --kind must be api, bare or floor, got ${values.kind}`);
console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
process.stdin.once('end', () => process.exit(0)).resume();
process.on('message', () => {
  const { user, system } = process.cpuUsage();
  process.send?.({ cpuMicros: user + system });
});

function floorServer(): Server {
  const constants = new Map<number, string>();
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { payload(bytes: Int!): String! }',
      resolvers: {
        Query: {
          payload: (_: unknown, { bytes }: { bytes: number }) => {
            let constant = constants.get(bytes);
            if (constant === undefined) constants.set(bytes, (constant = 'x'.repeat(bytes)));
            return constant;
          },
        },
      },
    }),
    graphiql: false,
    landingPage: false,
  });
  return createHttpServer((request, response) => void yoga(request, response));
}

async function openPorts(dir: string | undefined): Promise<BarePorts> {
  if (!dir) throw new Error(`api-server: --dir is required for --kind ${values.kind}`);
  const graph = await openEmbeddedGraphStore({ dataDir: join(dir, 'graph') });
  const search = await openEmbeddedSearchIndex({ dataDir: join(dir, 'search') });
  return { graph, search };
}

async function apiServer(dir: string | undefined): Promise<Server> {
  const yoga = await createServer(await openPorts(dir), { graphiql: false });
  return (await listen(yoga, 0)).server;
}

async function listening(server: Server): Promise<Server> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}
