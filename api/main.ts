/** Listening, and nothing else: hand a built server to node:http. */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestListener } from './http.ts';
import type { ZangraphYoga } from './server.ts';

/** Listen on `port` (0 picks a free one); resolves with the server and the port it got. */
export function listen(yoga: ZangraphYoga, port: number, host = '127.0.0.1'): Promise<{ server: Server; port: number }> {
  const server = createHttpServer(createRequestListener(yoga));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({ server, port: (server.address() as AddressInfo).port });
    });
  });
}
