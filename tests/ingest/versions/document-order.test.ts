/**
 * Where a provision read from its wordings alone goes in a version's document order (version-texts.ts inDocumentOrder):
 * the parts of article 175 as the 2024-01-01 export holds them, against a newest version that no longer has some.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { inDocumentOrder } from '../../../ingest/index.ts';
import type { Provision } from '../../../model/index.ts';
import { codeVersions } from './code-versions.ts';

describe('a version’s document order with provisions the newest version no longer holds', () => {
  /** Article 175 and its parts 1, 2, 2-1, 3, 4, 5 and 6 in the 2024-01-01 export (L3355–3381), in that text's order */
  let article: Provision[];
  beforeAll(async () => {
    const [, v2024] = await codeVersions();
    article = (v2024?.provisions ?? []).filter((p) => p.eId === 'art_175' || /^art_175__para_[^_]+$/.test(p.eId));
  });

  /** The parts of a newest version without `gone`: the others' ordinals close up behind them, as a parse numbers them. */
  function newestWithout(gone: readonly string[]): Provision[] {
    let ordinal = 0;
    return article.filter((p) => !gone.includes(p.eId)).map((p) => (p.parentId === null ? p : { ...p, ordinal: ordinal++ }));
  }

  it('puts two neighbouring parts back at their ordinals, between the parts around them', () => {
    const gone = ['art_175__para_2', 'art_175__para_2-1'];
    expect(article.map((p) => [p.eId, p.ordinal]).slice(1, 5)).toEqual([
      ['art_175__para_1', 0],
      ['art_175__para_2', 1],
      ['art_175__para_2-1', 2],
      ['art_175__para_3', 3],
    ]);
    // The kept parts as the newest version numbers them (part 3 now at ordinal 1), the two gone ones as 2024 did (1, 2):
    // by ordinal alone part 3 would fall between them.
    const mixed = [...newestWithout(gone), ...article.filter((p) => gone.includes(p.eId))];
    expect(inDocumentOrder(mixed, new Set(mixed.filter((p) => gone.includes(p.eId)).map((p) => p.id))).map((p) => p.eId)).toEqual(
      article.map((p) => p.eId),
    );
  });

  it('keeps the given order of the kept parts and puts a last part gone at the end', () => {
    const gone = ['art_175__para_6'];
    const mixed = [...article.filter((p) => gone.includes(p.eId)), ...newestWithout(gone)];
    expect(inDocumentOrder(mixed, new Set(mixed.filter((p) => gone.includes(p.eId)).map((p) => p.id))).map((p) => p.eId)).toEqual(
      article.map((p) => p.eId),
    );
  });
});
