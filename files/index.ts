/** File helpers shared by the embedded adapters and the use cases: durable replacement of a file. */
export { writeDurably, writeFileDurably } from './durable-write.ts';
