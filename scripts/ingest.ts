/**
 * `npm run ingest`: parse the whole corpus (the seed corpus and the store's imported acts) anew, print the report, write the parsed corpus to
 * `out/corpus.json` (git-ignored) as `{ documents: IngestedDocument[] }` (model/types.ts), and
 * write it to the configured graph store and search index (the same backends `npm start` uses).
 * Exits with status 1 and the error's file:line excerpt when the corpus is unusable, and with the
 * list of what would be lost when a text would replace a stored document with less (articles,
 * parts, amendments) or with structural warnings; `--accept-loss` writes it anyway.
 * `--json` prints the report as JSON on stdout (`{ documents: DocumentSummary[], wrote, log }`),
 * everything else on stderr. `--versions <act folder>` reads the earlier versions of an act exported in that folder
 * and reconciles them with the corpus's version of the act (ingest/versions/reconcile.ts): the figures and the cases
 * go in the report, under the act.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { IngestError, ReplacementRefused, syncStores } from '../app/index.ts';
import {
  corpusDirs,
  formatReport,
  ingestCorpus,
  ingestExportVersions,
  reconcileVersions,
  summarizeDocuments,
  versionsOf,
  type PeriodReconciliation,
} from '../ingest/index.ts';
import { createBackends } from './backends.ts';
import { DATA_DIR_FLAG, parseCommandLine } from './cli.ts';
import { CONFIG_VARIABLES, loadConfigOrExit } from './config.ts';

const outDir = new URL('../out/', import.meta.url);

const { values, env } = parseCommandLine({
  usage: 'npm run ingest --',
  summary: 'Parse the whole corpus anew, print the report, write out/corpus.json and the configured graph store and search index.',
  flags: {
    'accept-loss': { type: 'boolean', description: 'write new versions that lose stored articles, parts or amendments, or look damaged' },
    json: { type: 'boolean', description: 'print the report as JSON on stdout (everything else on stderr)' },
    'data-dir': DATA_DIR_FLAG,
    'corpus-dir': { type: 'string', value: '<dir>', variable: 'ZANGRAPH_CORPUS_DIR', description: 'the corpus directory' },
    versions: {
      type: 'string',
      value: '<act folder>',
      description: 'reconcile the corpus version of an act with its earlier versions exported in this folder (dated sub-folders)',
    },
  },
  variables: Object.keys(CONFIG_VARIABLES).filter(
    (name) => !['PORT', 'HOST', 'ZANGRAPH_ADMIN_TOKEN', 'ZANGRAPH_CORS_ORIGIN', 'ZANGRAPH_REQUEST_TIMEOUT_MS'].includes(name),
  ),
});
const json = values.json === true;
/** With --json, stdout holds the JSON alone. */
const say = json ? (line: string) => console.error(line) : (line: string) => console.log(line);

const config = loadConfigOrExit(env);
try {
  const { corpusDir, importedDir, maxFileBytes } = config.corpus;
  // The seed corpus and the acts imported into the store's own corpus (`npm run import`).
  const corpus = await ingestCorpus(await corpusDirs(corpusDir, importedDir), { maxFileBytes });
  const earlier = typeof values.versions === 'string' ? await ingestExportVersions(values.versions, maxFileBytes) : [];
  const reconciliations = new Map<string, PeriodReconciliation[]>();
  for (const doc of corpus.documents) {
    const versions = versionsOf(doc, earlier);
    if (versions.length > 1) reconciliations.set(doc.document.id, reconcileVersions(versions));
  }
  if (!json) say(formatReport(corpus.documents, reconciliations));
  await mkdir(outDir, { recursive: true });
  const target = new URL('corpus.json', outDir);
  await writeFile(target, JSON.stringify(corpus));
  say(`\nwrote ${fileURLToPath(target)}`);

  const backends = await createBackends(config);
  say(backends.description);
  try {
    const { log } = await syncStores(backends, config.corpus, { force: true, parsed: corpus, acceptLoss: values['accept-loss'] === true });
    for (const line of log) say(line);
    if (json)
      console.log(
        JSON.stringify(
          {
            documents: summarizeDocuments(corpus.documents, reconciliations),
            wrote: fileURLToPath(target),
            log: [backends.description, ...log],
          },
          null,
          2,
        ),
      );
  } finally {
    await backends.close();
  }
} catch (error) {
  if (!(error instanceof IngestError) && !(error instanceof ReplacementRefused)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
