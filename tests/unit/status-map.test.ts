/** src/data/status-map.ts: the map's geometry is drawn once per set of states, then shared. */
import { describe, expect, it } from 'vitest';
import { statusMap } from '../../src/data/status-map';

describe('statusMap', () => {
  it('draws a set of states once and hands every later page the same drawing', () => {
    const first = statusMap(['russia', 'armenia', 'belarus']);
    expect(first.states.map((s) => s.id).sort()).toEqual(['armenia', 'belarus', 'russia']);
    expect(first.land.length).toBeGreaterThan(100);
    expect(statusMap(['russia', 'armenia', 'belarus'])).toBe(first);
    // The Russian edition sorts its names in its own order: still the same set, the same drawing.
    expect(statusMap(['belarus', 'russia', 'armenia'])).toBe(first);
  });
});
