import { describe, expect, it } from 'vitest';
import {
  amendmentId,
  citationId,
  mentionId,
  noteId,
  ownerDocumentId,
  parseProvisionId,
  provisionId,
  relationId,
  trailingNumber,
} from '../../model/index.ts';
import { ingestedCorpus } from '../contract/corpus-fixture.ts';

const documents = await ingestedCorpus();

describe('ids of the ingested seed corpus', () => {
  it('every provision id is built from its document id and eId, and parses back into them', () => {
    for (const doc of documents) {
      for (const p of doc.provisions) {
        expect(p.id).toBe(provisionId(p.documentId, p.eId));
        expect(parseProvisionId(p.id)).toEqual({ documentId: p.documentId, eId: p.eId });
      }
    }
  });

  it('every id inside a document belongs to that document', () => {
    for (const doc of documents) {
      const id = doc.document.id;
      const all = [doc.provisions, doc.amendments, doc.citations, doc.mentions, doc.relations, doc.editorialNotes].flat();
      expect(all.length).toBeGreaterThan(0);
      for (const item of all) expect(ownerDocumentId(item.id), item.id).toBe(id);
    }
    expect(ownerDocumentId(documents[0]!.document.id)).toBe(documents[0]!.document.id);
  });

  it('citations and mentions are numbered from 1 within their source provision, in text order', () => {
    for (const doc of documents) {
      for (const [items, build] of [
        [doc.citations, citationId],
        [doc.mentions, mentionId],
      ] as const) {
        const seen = new Map<string, number>();
        for (const item of items) {
          const n = trailingNumber(item.id);
          expect(item.id).toBe(build(item.sourceId, n));
          expect(n).toBeGreaterThan(seen.get(item.sourceId) ?? 0);
          seen.set(item.sourceId, n);
        }
      }
    }
  });

  it('notes are named by their first raw line, relations by their type, amendments by target and act', () => {
    const amendments = documents.flatMap((d) => d.amendments);
    expect(amendments.length).toBeGreaterThan(100);
    for (const doc of documents) {
      for (const note of doc.editorialNotes) expect(note.id).toBe(noteId(note.documentId, note.source.startLine));
      for (const r of doc.relations) expect(r.id.startsWith(relationId(r.documentId, r.type, ''))).toBe(true);
    }
    const acts = new Map(documents.flatMap((d) => d.acts).map((act) => [act.id, act]));
    for (const a of amendments) {
      const act = acts.get(a.actId)!;
      const eId = a.targetId === null ? null : parseProvisionId(a.targetId)!.eId;
      // A second change of the same target by the same act gets `_2`, `_3`… appended.
      expect(a.id).toMatch(new RegExp(`^${escape(amendmentId(a.documentId, eId, act.number!, act.date!))}(_\\d+)?$`));
    }
    expect(amendmentId('/akn/kz/act/code/2020-06-29/350-VI', null, '241-VIIІ', '2025-12-17')).toBe(
      '/akn/kz/act/code/2020-06-29/350-VI/!amendment_doc__241-VIII_2025-12-17',
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
