/** graph/neo4j/reads.ts without a server: which statement an amendment search starts from. */
import { describe, expect, it } from 'vitest';
import * as cypher from '../../../graph/neo4j/cypher.ts';
import { amendmentStart } from '../../../graph/neo4j/reads.ts';

describe('amendmentStart', () => {
  it('starts from the first filter given: act, target, document, effective date from / to, act date from / to', () => {
    expect(amendmentStart({ documentId: 'd', actId: 'a', targetId: 't' })).toBe('actId');
    expect(amendmentStart({ documentId: 'd', targetId: 't' })).toBe('targetId');
    expect(amendmentStart({ documentId: 'd', effectiveFrom: { from: '2026-01-01' } })).toBe('documentId');
    expect(amendmentStart({ effectiveFrom: { to: '2020-12-31' }, actDate: { from: '2019-01-01' } })).toBe('effectiveFromTo');
    expect(amendmentStart({ actDate: { from: '2019-01-01', to: '2019-12-31' } })).toBe('actDateFrom');
    expect(amendmentStart({ actDate: { to: '2019-12-31' } })).toBe('actDateTo');
  });

  it('reads every amendment only when no filter it could start from is given', () => {
    expect(amendmentStart({})).toBe('all');
    expect(amendmentStart({ action: 'repealed', documentId: '', effectiveFrom: null })).toBe('all');
    expect(cypher.FIND_AMENDMENTS.all).toMatch(/^\s*MATCH \(m:Amendment\)\s*WITH DISTINCT m/);
  });
});
