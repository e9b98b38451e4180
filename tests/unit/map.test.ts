import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature } from 'geojson';
import {
  MAP_STATES,
  atlasIdFor,
  buildStatusMap,
  linesToPath,
  recognisedBorders,
  ringArea,
  ringsToPath,
} from '../../src/lib/membership/map';

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
const topology = JSON.parse(
  readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')
) as Countries;
const STATE_IDS = [
  'russia',
  'armenia',
  'belarus',
  'kazakhstan',
  'kyrgyzstan',
  'tajikistan',
  'azerbaijan',
  'georgia',
  'uzbekistan',
];

/** Absolute points of path data written by ringsToPath/linesToPath ("M x y l dx dy … z"). */
function pointsOf(d: string): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  for (const part of d.split('M').filter(Boolean)) {
    const [start, steps = ''] = part.replace(/z$/, '').split('l');
    const [x0, y0] = start!.trim().split(' ').map(Number);
    let x = x0!,
      y = y0!;
    points.push([x, y]);
    const numbers = steps.match(/-?\d+/g)?.map(Number) ?? [];
    for (let i = 0; i < numbers.length; i += 2) {
      x += numbers[i]!;
      y += numbers[i + 1]!;
      points.push([x, y]);
    }
  }
  return points;
}

describe('state ids and world-atlas countries', () => {
  it('maps every state of the site, by ISO numeric code and Natural Earth name', () => {
    expect(Object.keys(MAP_STATES).sort()).toEqual([...STATE_IDS].sort());
    const geometries = topology.objects.countries.geometries;
    for (const id of STATE_IDS) {
      const country = geometries.find((g) => g.id === atlasIdFor(id));
      expect((country?.properties as { name?: string } | undefined)?.name, id).toBe(
        MAP_STATES[id]!.atlasName
      );
    }
    expect(atlasIdFor('armenia')).toBe('051');
  });

  it('fails with a message for a state it does not know', () => {
    expect(() => atlasIdFor('ukraine')).toThrow(/No map shape for state "ukraine"/);
  });
});

describe('recognisedBorders', () => {
  it('moves Crimea from Russia to Ukraine', () => {
    const simferopol: [number, number] = [34.1, 44.95];
    const shape = (geometries: ReturnType<typeof recognisedBorders>, id: string) =>
      feature(
        topology,
        geometries.find((g) => g.id === id)!
      ) as Feature;
    const original = topology.objects.countries.geometries;
    expect(geoContains(shape(original, '643'), simferopol)).toBe(true); // as Natural Earth draws it
    const fixed = recognisedBorders(topology);
    expect(geoContains(shape(fixed, '643'), simferopol)).toBe(false);
    expect(geoContains(shape(fixed, '804'), simferopol)).toBe(true);
    expect(geoContains(shape(fixed, '643'), [37.6, 55.75])).toBe(true); // Moscow stays
    expect(geoContains(shape(fixed, '804'), [30.5, 50.45])).toBe(true); // so does Kyiv
  });
});

describe('ringsToPath and linesToPath', () => {
  it('rounds, drops repeated points and writes relative steps', () => {
    expect(
      ringsToPath([
        [
          [0.2, 0.4],
          [10.1, 0],
          [10.4, 0.3],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
      ])
    ).toBe('M0 0l10 0 0 10-10 0z');
  });

  it('leaves out rings below the minimum area and degenerate ones', () => {
    const square = (size: number): Array<[number, number]> => [
      [0, 0],
      [size, 0],
      [size, size],
      [0, size],
    ];
    expect(ringsToPath([square(1), square(5)], 4)).toBe('M0 0l5 0 0 5-5 0z');
    expect(
      ringsToPath([
        [
          [0, 0],
          [0.1, 0.1],
          [0.2, 0],
        ],
      ])
    ).toBe('');
    expect(Math.abs(ringArea(square(5)))).toBe(25);
  });

  it('writes open lines without closing them', () => {
    expect(
      linesToPath([
        [
          [0, 0],
          [3, 4],
          [3.2, 4.1],
          [6, 8],
        ],
        [[1, 1]],
      ])
    ).toBe('M0 0l3 4 3 4');
  });
});

describe('buildStatusMap', () => {
  const map = buildStatusMap(topology, {
    stateIds: STATE_IDS,
    padding: { top: 8, right: 8, bottom: 56, left: 128 },
  });

  it('draws every state inside the frame, with its label in the frame too', () => {
    expect(map.width).toBe(1000);
    expect(map.height).toBeGreaterThan(500);
    expect(map.states.map((s) => s.id)).toEqual(STATE_IDS);
    for (const shape of map.states) {
      const points = pointsOf(shape.d);
      expect(points.length, shape.id).toBeGreaterThan(8);
      for (const [x, y] of points) {
        expect(x, shape.id).toBeGreaterThanOrEqual(0);
        expect(x, shape.id).toBeLessThanOrEqual(map.width);
        expect(y, shape.id).toBeGreaterThanOrEqual(0);
        expect(y, shape.id).toBeLessThanOrEqual(map.height);
      }
      expect(shape.label.x, shape.id).toBeGreaterThan(0);
      expect(shape.label.x, shape.id).toBeLessThan(map.width);
      expect(shape.label.y, shape.id).toBeLessThan(map.height);
    }
  });

  it('puts small states where they belong: Armenia south of Georgia, west of Kazakhstan', () => {
    const centre = (id: string) => {
      const points = pointsOf(map.states.find((s) => s.id === id)!.d);
      return points.reduce(
        ([sx, sy], [x, y]) => [sx + x / points.length, sy + y / points.length],
        [0, 0]
      );
    };
    const [ax, ay] = centre('armenia');
    const [gx, gy] = centre('georgia');
    const [kx] = centre('kazakhstan');
    expect(ay).toBeGreaterThan(gy);
    expect(Math.abs(ax - gx)).toBeLessThan(40);
    expect(ax).toBeLessThan(kx);
  });

  it('stays light: under 10 KB of gzipped path data', () => {
    const all = [map.land, map.borders, ...map.states.map((s) => s.d)].join('');
    expect(all.length).toBeGreaterThan(5_000);
    expect(gzipSync(all).length).toBeLessThan(10_000);
  });
});
