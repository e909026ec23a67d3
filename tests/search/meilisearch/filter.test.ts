import { describe, expect, it } from 'vitest';
import { buildSearchFilter, dayNumber, documentIdsFilter, quoteFilterValue } from '../../../search/meilisearch/filter.ts';
import { CODE_ID } from '../../acts.ts';

describe('buildSearchFilter', () => {
  it('is null when no field restricts the search', () => {
    expect(buildSearchFilter(undefined)).toBeNull();
    expect(buildSearchFilter({})).toBeNull();
  });

  it('joins the given fields with AND in a fixed order, each a quoted literal', () => {
    expect(buildSearchFilter({ status: 'inForce', chapter: '12-1', kind: 'code', document: CODE_ID })).toBe(
      `documentId = "${CODE_ID}" AND kind = "code" AND chapter = "12-1" AND status = "inForce"`,
    );
  });

  it('filters a range of last-amendment dates on the day as a number, either end open', () => {
    expect(buildSearchFilter({ status: 'inForce', lastAmended: { from: '2025-01-01', to: '2025-12-31' } })).toBe(
      'status = "inForce" AND lastAmendedDay >= 20250101 AND lastAmendedDay <= 20251231',
    );
    expect(buildSearchFilter({ lastAmended: { to: '2020-06-30' } })).toBe('lastAmendedDay <= 20200630');
    expect(buildSearchFilter({ lastAmended: {} })).toBeNull();
  });

  it('refuses a date that is not an ISO day rather than put it into the expression', () => {
    expect(() => buildSearchFilter({ lastAmended: { from: '2025 OR 1=1' } })).toThrow(/not an ISO date/);
    expect(dayNumber('2026-01-01')).toBe(20260101);
  });

  it('keeps a value that tries to close its literal and add a condition inside the literal', () => {
    expect(buildSearchFilter({ document: 'x" OR kind = "code' })).toBe('documentId = "x\\" OR kind = \\"code"');
    expect(buildSearchFilter({ chapter: '1 OR 1=1' })).toBe('chapter = "1 OR 1=1"');
  });

  it('doubles a trailing backslash so it cannot escape the closing quote', () => {
    expect(buildSearchFilter({ document: 'a\\' })).toBe('documentId = "a\\\\"');
    expect(buildSearchFilter({ document: 'a\\" OR status = "inForce' })).toBe('documentId = "a\\\\\\" OR status = \\"inForce"');
  });

  it('passes newlines, single quotes, parentheses and Kazakh letters through inside the literal', () => {
    expect(buildSearchFilter({ chapter: "1)\nOR (kind = 'law'" })).toBe(`chapter = "1)\nOR (kind = 'law'"`);
    expect(buildSearchFilter({ chapter: 'Тарау 2' })).toBe('chapter = "Тарау 2"');
  });
});

describe('quoteFilterValue', () => {
  it('quotes the empty string as an empty literal', () => {
    expect(quoteFilterValue('')).toBe('""');
  });

  it('escapes backslashes before quotes, so an escaped quote is not unescaped twice', () => {
    expect(quoteFilterValue('\\"')).toBe('"\\\\\\""');
  });
});

describe('documentIdsFilter', () => {
  it('lists every document id as its own quoted literal', () => {
    expect(documentIdsFilter([CODE_ID, 'x", "y'])).toBe(`documentId IN ["${CODE_ID}", "x\\", \\"y"]`);
  });
});
