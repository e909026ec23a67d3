/** Listening, and nothing else: hand a built server to node:http. */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestListener } from './http.ts';
import type { ZangraphYoga } from './server.ts';

export interface Listening {
  server: Server;
  port: number;
  /**
   * Stop taking connections and resolve once every request taken has been answered, so the stores can then be
   * closed under no request: a client that hung up (a load test ending) leaves its request running on the server.
   */
  close(): Promise<void>;
}

/** Listen on `port` (0 picks a free one); resolves with the server and the port it got. */
export function listen(yoga: ZangraphYoga, port: number, host = '127.0.0.1'): Promise<Listening> {
  const { listener, idle } = createRequestListener(yoga);
  const server = createHttpServer(listener);
  const close = async (): Promise<void> => {
    await new Promise((done) => server.close(done));
    await idle();
  };
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({ server, port: (server.address() as AddressInfo).port, close });
    });
  });
}
