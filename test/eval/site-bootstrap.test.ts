// The spread of a split's label figures over resampled sites: what a reader needs beside "建设 0.74 on 47 gold
// paragraphs" to tell a real change from another draw of sites.
import { describe, expect, it } from 'vitest';
import type { FunctionLabel } from '../../src/model/items.ts';
import {
  siteBootstrapIntervals,
  type SiteLabels,
  siteShareInterval,
} from '../../src/eval/real-pages/site-bootstrap.ts';

/** A site whose paragraphs the model codes right, except the given number it misses (建设 coded 教育). */
function site(right: number, wrong: number): SiteLabels {
  const want: FunctionLabel[][] = [];
  const got: FunctionLabel[][] = [];
  const kinds: FunctionLabel[][] = [['维权'], ['参与'], ['建设'], ['教育'], ['建设', '教育'], []];
  for (let i = 0; i < right; i++) {
    want.push(kinds[i % kinds.length]!);
    got.push(kinds[i % kinds.length]!);
  }
  for (let i = 0; i < wrong; i++) {
    want.push(['建设']);
    got.push(['教育']);
  }
  return { want, got };
}

const width = (i: { low: number; high: number }) => i.high - i.low;

describe('site-bootstrap intervals of the label figures', () => {
  it('a split whose sites all score alike has no spread', () => {
    const intervals = siteBootstrapIntervals([site(12, 0), site(12, 0), site(12, 0)])!;
    expect(intervals.macroF1).toEqual({ low: 1, high: 1 });
    expect(intervals.f1['建设']).toEqual({ low: 1, high: 1 });
  });

  it('brackets the figure, and is the same every run', () => {
    const sites = [site(10, 0), site(8, 2), site(12, 1), site(6, 3), site(9, 0), site(11, 2)];
    const a = siteBootstrapIntervals(sites)!;
    expect(a).toEqual(siteBootstrapIntervals(sites));
    expect(a.f1['建设'].low).toBeLessThan(a.f1['建设'].high);
    expect(a.f1['建设'].high).toBeLessThanOrEqual(1);
    // 维权 is never missed, so no draw of sites can lower it.
    expect(a.f1['维权']).toEqual({ low: 1, high: 1 });
  });

  it('narrows as a split gathers more sites of the same kind', () => {
    const few = [site(10, 0), site(8, 3), site(12, 1), site(6, 4)];
    const many = [...few, ...few, ...few, ...few];
    const a = siteBootstrapIntervals(few)!;
    const b = siteBootstrapIntervals(many)!;
    expect(width(b.f1['建设'])).toBeLessThan(width(a.f1['建设']));
    expect(width(b.macroF1)).toBeLessThan(width(a.macroF1));
  });

  it('has nothing to say about a split with no found paragraph', () => {
    expect(siteBootstrapIntervals([])).toBeNull();
    expect(siteBootstrapIntervals([{ want: [], got: [] }])).toBeNull();
  });
});

describe('site-bootstrap intervals of a share (chrome removed, org right, activities found)', () => {
  it('is a point when every site scores alike, and none when nothing is counted', () => {
    expect(
      siteShareInterval([
        { n: 3, of: 4 },
        { n: 6, of: 8 },
        { n: 3, of: 4 },
      ]),
    ).toEqual({ low: 0.75, high: 0.75 });
    expect(siteShareInterval([{ n: 0, of: 0 }])).toBeNull();
  });

  it('widens when one site holds many of the items and misses them all', () => {
    // Ten sites find their two items each; one site misses all eight of its own: recall 20/28.
    const even = Array.from({ length: 10 }, () => ({ n: 2, of: 2 }));
    const lumpy = siteShareInterval([...even, { n: 0, of: 8 }])!;
    const spread = siteShareInterval([...even, ...Array.from({ length: 8 }, () => ({ n: 0, of: 1 }))])!;
    expect(lumpy.low).toBeLessThan(20 / 28);
    expect(lumpy.high).toBe(1);
    // The same 8 misses spread over 8 sites move the share less than when one site holds them.
    expect(width(spread)).toBeLessThan(width(lumpy));
    expect(siteShareInterval([...even, { n: 0, of: 8 }])).toEqual(lumpy);
  });
});
