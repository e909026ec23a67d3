/** A work's dated versions: their timeline as one IngestedDocument, and the manifest's view of a work of several versions. */
export { buildTimeline, extendTimeline, type HeldTimeline } from './timeline.ts';
export { workFingerprints, worksOf, workSha256 } from './work.ts';
export { formatBlind, wordingKey } from './wording-key.ts';
