import { describe, expect, it } from 'vitest';
import { atLeast, atMost, mbPerSecond, quantile, summarize } from '../../../scripts/bench/stats.ts';

describe('benchmark statistics', () => {
  it('takes the median of an odd count as the middle sample, whatever the input order', () => {
    expect(summarize([9, 1, 5]).median).toBe(5);
  });

  it('takes the median of an even count as the mean of the two middle samples', () => {
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('reports min, max and the number of runs', () => {
    expect(summarize([3, 7, 5])).toMatchObject({ runs: 3, min: 3, max: 7 });
  });

  it('leaves p95 and p99 out below 20 samples, where they would only repeat the maximum', () => {
    expect(summarize([1, 2, 3])).toMatchObject({ p95: null, p99: null });
  });

  it('takes p95 and p99 by nearest rank: of 1..100 they are 95 and 99', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarize(samples)).toMatchObject({ p95: 95, p99: 99, median: 50.5 });
    expect(quantile([10, 20, 30, 40], 0.75)).toBe(30);
  });

  it('refuses to summarize no samples', () => {
    expect(() => summarize([])).toThrow(/no samples/);
  });

  it('computes throughput in MB per second', () => {
    expect(mbPerSecond(2_000_000, 500)).toBe(4);
  });

  it('judges a target met exactly at its limit and missed beyond it', () => {
    expect(atMost('t', 0.5, 0.5, 's').met).toBe(true);
    expect(atMost('t', 0.51, 0.5, 's')).toMatchObject({ met: false, target: '≤ 0.5 s' });
    expect(atLeast('r', 29.9, 30, '%')).toMatchObject({ met: false, target: '≥ 30 %' });
  });
});
