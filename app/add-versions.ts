/**
 * Adding newer versions to a work the store holds (an import of the next version of an act): only the new versions'
 * files are parsed; the work's timeline is read back from the graph store and extended (ingest's extendWork), and only
 * that document is written, to the graph store and then the search index, by the corpus sync. The result is the one a
 * full ingest of the corpus gives. Where it might not be, there is no short way (null) and the caller ingests the
 * whole corpus: the store is not in step with its corpus, the new versions are not all newer than those held, a
 * line-end hyphen needs the corpus's words, or another text cites a provision of the work that only the new versions
 * hold (its citation, unresolved today, would resolve).
 */
import type { GraphReader } from '../graph/index.ts';
import {
  extendWork,
  pipelineFingerprint,
  type CorpusHoldings,
  type CorpusText,
  type HeldTimeline,
  type ParsedVersion,
} from '../ingest/index.ts';
import { codeEId, provisionId, type Citation, type IngestedDocument } from '../model/index.ts';
import { corpusManifest, indexBehind, type CorpusSettings } from './corpus-sync.ts';
import { staleWorks } from './graph-sync.ts';
import { readHeldTimeline } from './versions.ts';

/** The work `workId` with `texts` (its new versions, oldest first) added, parsed alone; null when only a full ingest will do. */
export async function addedVersions(
  graph: GraphReader,
  settings: CorpusSettings,
  workId: string,
  texts: readonly CorpusText[],
): Promise<{ work: IngestedDocument; versions: ParsedVersion[] } | null> {
  const held = await readHeldTimeline(graph, workId);
  const newest = held?.expressions.filter((e) => e.language === held.document.language).at(-1)?.versionDate;
  if (!held || newest === undefined || texts.some((t) => (t.document.consolidatedAsOf ?? '') <= newest)) return null;
  if (!(await inStep(graph, settings))) return null;
  const extended = await extendWork(held, texts, await storeHoldings(graph));
  if (!extended || (await citedFromElsewhere(graph, held, extended.work))) return null;
  return extended;
}

/** Whether the store holds every work as the corpus lists it, parsed by this pipeline, with the search index level. */
async function inStep(graph: GraphReader, settings: CorpusSettings): Promise<boolean> {
  if (await indexBehind(settings)) return false;
  const manifest = await corpusManifest(settings);
  const { stale } = await staleWorks(graph, { manifest, pipeline: await pipelineFingerprint(), statePath: settings.statePath });
  return stale.length === 0;
}

/** What the store holds of the corpus: every version of every work is there, as a provision or a wording of one. */
async function storeHoldings(graph: GraphReader): Promise<CorpusHoldings> {
  return {
    documents: new Set((await graph.listDocuments()).map((d) => d.id)),
    async provisions(ids) {
      const [provisions, wordings] = await Promise.all([graph.getProvisions(ids), graph.getWordings(ids)]);
      return new Set(ids.filter((_, i) => provisions[i] !== null || (wordings[i]?.length ?? 0) > 0));
    },
  };
}

/** Whether another document holds an unresolved citation of a provision the work now holds and did not before. */
async function citedFromElsewhere(graph: GraphReader, held: HeldTimeline, work: IngestedDocument): Promise<boolean> {
  const before = new Set([...held.provisions.map((p) => p.id), ...held.wordings.map((w) => w.provisionId)]);
  const now = [...work.provisions.map((p) => p.id), ...work.wordings.map((w) => w.provisionId)];
  const added = new Set(now.filter((id) => !before.has(id)));
  if (added.size === 0) return false;
  const [citations = []] = await graph.citationsOfActs([work.document.id]);
  return citations.some((c) => c.documentId !== work.document.id && !c.resolved && targetsOf(c).some((id) => added.has(id)));
}

/** The provisions a citation would resolve to, as ingest's resolveTarget tries them: its own, then `бірінші абзац`'s parent. */
function targetsOf(c: Citation): string[] {
  if (c.targetActId === null) return [];
  const eIds = [codeEId(c.ref), c.ref.paragraph === '1' ? codeEId({ ...c.ref, paragraph: null }) : null];
  return eIds.flatMap((eId) => (eId ? [provisionId(c.targetActId as string, eId)] : []));
}
