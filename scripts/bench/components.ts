/**
 * The components benchmarks build on, loaded on demand. The suite runs on a partial checkout
 * too (stages are written by several people at once): a component whose module is not there
 * yet is reported as missing, by name, instead of taking every benchmark down.
 */
export type IngestModule = typeof import('../../ingest/index.ts');
export type AmendmentsModule = typeof import('../../ingest/amendments/index.ts');
export type CitationsModule = typeof import('../../ingest/citations/index.ts');
export type GraphModule = typeof import('../../graph/embedded.ts');
export type SearchModule = typeof import('../../search/embedded.ts');

export interface Components {
  ingest: IngestModule | null;
  amendments: AmendmentsModule | null;
  citations: CitationsModule | null;
  graph: GraphModule | null;
  search: SearchModule | null;
  /** One line per component that could not be loaded, naming it */
  missing: string[];
}

export async function loadComponents(): Promise<Components> {
  const missing: string[] = [];
  const load = async <T>(name: string, importer: () => Promise<T>): Promise<T | null> => {
    try {
      return await importer();
    } catch (error) {
      // Only "not written yet" is tolerated; a module that exists and fails to load is a real error.
      if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
      missing.push(`${name} is not available yet (${(error as Error).message.split('\n')[0]})`);
      return null;
    }
  };
  return {
    ingest: await load('ingest pipeline', () => import('../../ingest/index.ts')),
    amendments: await load('amendments stage', () => import('../../ingest/amendments/index.ts')),
    citations: await load('citations stage', () => import('../../ingest/citations/index.ts')),
    graph: await load('embedded graph store', () => import('../../graph/embedded.ts')),
    search: await load('embedded search index', () => import('../../search/embedded.ts')),
    missing,
  };
}
