import { afterAll } from 'vitest';
import { temporaryStore } from './corpus-fixture.ts';
import { graphStoreContract } from './graph-store.contract.ts';

const removals: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(removals.map((remove) => remove()));
});

graphStoreContract(
  'embedded',
  async () => {
    const { store, remove } = await temporaryStore([]);
    removals.push(remove);
    return store;
  },
  'pinned',
);
