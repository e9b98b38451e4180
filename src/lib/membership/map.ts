/**
 * The status map, drawn once at build time: Natural Earth country shapes from world-atlas
 * (TopoJSON), simplified with topojson-simplify, projected with d3-geo and written as compact SVG
 * path data. Nothing here runs in the browser.
 *
 *   world-atlas topology ─ simplify (shared borders stay shared; the surroundings coarser)
 *     ─ recognised borders (Crimea) ─ conic projection fitted to the nine states
 *     ─ integer coordinates, relative path commands
 */
import { geoConicEqualArea, geoContains, geoPath, type GeoProjection } from 'd3-geo';
import { feature, merge, mergeArcs, mesh } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon,
  Polygon,
  Topology,
} from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';

/** A state id of the site (content/states/<id>.mdx) and how it is found in world-atlas. */
export interface MapState {
  /** ISO 3166-1 numeric code: the `id` of the country in world-atlas. */
  atlasId: string;
  /** The country's name in world-atlas (Natural Earth), checked against the id. */
  atlasName: string;
  /**
   * Where the label sits, relative to the shape's centroid, in map units; a label moved more
   * than a few units away gets a leader line back to the shape. Small states need this.
   */
  label?: { dx: number; dy: number; anchor?: 'start' | 'middle' | 'end' };
}

/** The member and former member states, keyed by the site's state ids. */
export const MAP_STATES: Readonly<Record<string, MapState>> = {
  russia: { atlasId: '643', atlasName: 'Russia', label: { dx: 0, dy: 0 } },
  belarus: { atlasId: '112', atlasName: 'Belarus', label: { dx: -18, dy: -32, anchor: 'end' } },
  kazakhstan: { atlasId: '398', atlasName: 'Kazakhstan', label: { dx: 0, dy: 0 } },
  kyrgyzstan: {
    atlasId: '417',
    atlasName: 'Kyrgyzstan',
    label: { dx: 40, dy: 34, anchor: 'start' },
  },
  tajikistan: {
    atlasId: '762',
    atlasName: 'Tajikistan',
    label: { dx: 16, dy: 52, anchor: 'start' },
  },
  armenia: { atlasId: '051', atlasName: 'Armenia', label: { dx: -40, dy: 46, anchor: 'end' } },
  azerbaijan: {
    atlasId: '031',
    atlasName: 'Azerbaijan',
    label: { dx: -8, dy: 84, anchor: 'middle' },
  },
  georgia: { atlasId: '268', atlasName: 'Georgia', label: { dx: -44, dy: -20, anchor: 'end' } },
  uzbekistan: {
    atlasId: '860',
    atlasName: 'Uzbekistan',
    label: { dx: -14, dy: 14, anchor: 'middle' },
  },
};

/**
 * The Caucasus inset: Armenia, Azerbaijan and Georgia are a few pixels wide on a map that spans
 * Russia, so they are drawn again, enlarged, in a box in the empty south-east of the map. Their
 * names are written in the inset (offsets in inset units from each shape's centroid), and a
 * frame on the main map shows where the inset's region lies.
 */
const CAUCASUS_INSET = {
  stateIds: ['georgia', 'armenia', 'azerbaijan'],
  /** Size of the box in map units; it sits in the bottom right corner of the frame. */
  width: 340,
  height: 270,
  labels: {
    georgia: { dx: -10, dy: 4, anchor: 'middle' },
    armenia: { dx: -36, dy: 70, anchor: 'middle' },
    azerbaijan: { dx: 14, dy: 6, anchor: 'middle' },
  },
} as const satisfies {
  stateIds: readonly string[];
  width: number;
  height: number;
  labels: Record<string, { dx: number; dy: number; anchor: 'start' | 'middle' | 'end' }>;
};

/** world-atlas id of the site's state id; throws for a state the map does not know. */
export function atlasIdFor(stateId: string): string {
  const state = MAP_STATES[stateId];
  if (!state)
    throw new Error(
      `No map shape for state "${stateId}": add it to MAP_STATES in src/lib/membership/map.ts.`
    );
  return state.atlasId;
}

const UKRAINE = '804';
/** Points inside Crimea: Simferopol, Sevastopol, Kerch. */
const CRIMEA: ReadonlyArray<[number, number]> = [
  [34.1, 44.95],
  [33.52, 44.6],
  [36.47, 45.36],
];

export type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;
type CountryGeometry = GeometryObject<{ name: string }>;

/**
 * Natural Earth, and so world-atlas, draws Crimea as part of Russia. The map shows the
 * internationally recognised borders: the Crimean polygons move from Russia back to Ukraine,
 * merged so that no border is drawn across the Perekop isthmus.
 */
export function recognisedBorders(topology: CountryTopology): CountryGeometry[] {
  const geometries = topology.objects.countries.geometries;
  const russia = geometries.find((g) => g.id === '643');
  const ukraine = geometries.find((g) => g.id === UKRAINE);
  if (
    !russia ||
    russia.type !== 'MultiPolygon' ||
    !ukraine ||
    (ukraine.type !== 'Polygon' && ukraine.type !== 'MultiPolygon')
  )
    return geometries;
  const inCrimea = (arcs: number[][]) => {
    const polygon = feature(topology, { type: 'Polygon', arcs } as Polygon);
    return CRIMEA.some((point) => geoContains(polygon, point));
  };
  const crimea = russia.arcs.filter(inCrimea);
  if (crimea.length === 0) return geometries;
  const russiaWithout: MultiPolygon<{ name: string }> = {
    ...russia,
    arcs: russia.arcs.filter((arcs) => !inCrimea(arcs)),
  };
  const ukraineArcs = ukraine.type === 'Polygon' ? [ukraine.arcs] : ukraine.arcs;
  const merged = mergeArcs(topology, [
    { type: 'MultiPolygon', arcs: [...ukraineArcs, ...crimea] } as MultiPolygon,
  ]);
  const ukraineWith: CountryGeometry = {
    type: 'MultiPolygon',
    arcs: merged.arcs,
    id: UKRAINE,
    properties: ukraine.properties ?? { name: 'Ukraine' },
  };
  return geometries.map((g) => (g === russia ? russiaWithout : g === ukraine ? ukraineWith : g));
}

/** Signed area of a ring (shoelace), in square map units. */
export function ringArea(ring: ReadonlyArray<readonly [number, number]>): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  }
  return sum / 2;
}

/** Points rounded to whole units, with consecutive repeats (after rounding) dropped. */
function roundedPoints(points: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [x, y] of points) {
    const p: [number, number] = [Math.round(x), Math.round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/**
 * Rings as compact SVG path data: coordinates rounded to whole map units, repeated points dropped,
 * rings smaller than `minArea` square units left out (specks of islands), each ring written as an
 * absolute move and relative lines ("M12 30l4-2 1 5z").
 */
export function ringsToPath(
  rings: ReadonlyArray<ReadonlyArray<readonly [number, number]>>,
  minArea = 0
): string {
  let d = '';
  for (const ring of rings) {
    const points = roundedPoints(ring);
    while (
      points.length > 1 &&
      points[0]![0] === points[points.length - 1]![0] &&
      points[0]![1] === points[points.length - 1]![1]
    )
      points.pop();
    if (points.length < 3 || Math.abs(ringArea(points)) < minArea) continue;
    d += `${relativePath(points)}z`;
  }
  return d;
}

/** Collects the projected rings of a geometry (d3-geo draws into this instead of a canvas). */
function projectRings(
  projection: GeoProjection,
  geometry: Feature | Geometry
): Array<Array<[number, number]>> {
  const rings: Array<Array<[number, number]>> = [];
  let ring: Array<[number, number]> = [];
  const context = {
    moveTo(x: number, y: number) {
      ring = [[x, y]];
      rings.push(ring);
    },
    lineTo(x: number, y: number) {
      ring.push([x, y]);
    },
    closePath() {
      /* rings are closed when written */
    },
    arc() {
      /* points are never drawn */
    },
    beginPath() {
      /* unused */
    },
  };
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(geometry as Feature);
  return rings;
}

export interface MapShape {
  /** The site's state id. */
  id: string;
  /** SVG path data. */
  d: string;
  /** Where the label goes, and the leader line from the shape to it when it was moved. */
  label: {
    x: number;
    y: number;
    anchor: 'start' | 'middle' | 'end';
    leader?: { x1: number; y1: number; x2: number; y2: number } | undefined;
  };
}

export interface MapInset {
  /** The inset's box, in map units. */
  box: { x: number; y: number; width: number; height: number };
  /** Where its region lies on the main map. */
  focus: { x: number; y: number; width: number; height: number };
  land: string;
  borders: string;
  /** The enlarged states (their labels are in StatusMapData.states). */
  states: Array<{ id: string; d: string }>;
}

export interface StatusMapData {
  width: number;
  height: number;
  /** The enlarged Caucasus, when the map draws those states. */
  inset?: MapInset | undefined;
  /** Land of the neighbouring countries inside the frame, as one shape. */
  land: string;
  /** Borders between those neighbours. */
  borders: string;
  /** One shape per state, in the order asked for. */
  states: MapShape[];
}

export interface BuildOptions {
  /** The site's state ids to draw. */
  stateIds: readonly string[];
  /** Width of the drawing in map units; the height follows from the region's shape. */
  width?: number;
  /** Margin around the states, in map units: room for the labels of small states at the edges. */
  padding?: { top: number; right: number; bottom: number; left: number };
  /** Simplification threshold in steradians (topojson-simplify's minWeight) for the states. */
  minWeight?: number;
  /** The same for the surroundings, which can be coarser: the states are drawn over them. */
  contextWeight?: number;
  /** Rings smaller than this, in square map units, are dropped. */
  minArea?: number;
}

/**
 * Projects and simplifies the states and their surroundings. Russia reaches from the Baltic to the
 * Bering Strait, so the projection is an equal-area conic centred on Central Asia and fitted to the
 * whole group: the sizes compare fairly, and the small Caucasus states get labels with leader lines.
 */
export function buildStatusMap(topology: CountryTopology, options: BuildOptions): StatusMapData {
  const {
    stateIds,
    width = 1000,
    padding = { top: 8, right: 8, bottom: 8, left: 8 },
    minWeight = 4e-6,
    contextWeight = 1.5e-5,
    minArea = 20,
  } = options;
  const weighted = presimplify(topology, sphericalTriangleArea);
  const simplified = simplify(weighted, minWeight) as CountryTopology;
  const coarse = simplify(weighted, contextWeight) as CountryTopology;
  const geometries = recognisedBorders(simplified);
  const byAtlasId = new Map(geometries.map((g) => [String(g.id), g]));
  const chosen = stateIds.map((id) => {
    const atlasId = atlasIdFor(id);
    const geometry = byAtlasId.get(atlasId);
    if (!geometry) throw new Error(`world-atlas has no country ${atlasId} for state "${id}".`);
    const name = (geometry.properties as { name?: string } | undefined)?.name;
    if (name !== MAP_STATES[id]!.atlasName)
      throw new Error(
        `world-atlas country ${atlasId} is "${name}", expected "${MAP_STATES[id]!.atlasName}" for state "${id}".`
      );
    return { id, shape: feature(simplified, geometry) as Feature };
  });

  const group = { type: 'FeatureCollection' as const, features: chosen.map((c) => c.shape) };
  const projection = geoConicEqualArea().parallels([42, 64]).rotate([-78, 0]);
  projection.fitWidth(width - padding.left - padding.right, group);
  const [[, y0], [, y1]] = geoPath(projection).bounds(group);
  const height = Math.ceil(y1 - y0 + padding.top + padding.bottom);
  const [tx, ty] = projection.translate();
  projection.translate([tx + padding.left, ty - y0 + padding.top]).clipExtent([
    [0, 0],
    [width, height],
  ]);

  const chosenIds = new Set(stateIds.map(atlasIdFor));
  // The surroundings, from the coarser shapes: all land as one shape (the states cover their part
  // of it, so coarse edges never leave a gap beside them) and the borders between neighbours.
  const coarseGeometries = recognisedBorders(coarse).filter((g) => g.type !== null);
  const others = coarseGeometries.filter((g) => !chosenIds.has(String(g.id)));
  const land = merge(coarse, coarseGeometries as Array<Polygon | MultiPolygon>);
  const borders = mesh(
    coarse,
    { type: 'GeometryCollection', geometries: others } as GeometryCollection,
    (a, b) => a !== b
  );

  const inset = buildInset(
    coarse,
    recognisedBorders(coarse),
    chosen,
    projection,
    width,
    height,
    minArea
  );
  const centroid = geoPath(projection).centroid;
  const states = chosen.map(({ id, shape }) => {
    const insetLabel = inset?.labels.get(id);
    if (insetLabel)
      return { id, d: ringsToPath(projectRings(projection, shape), minArea), label: insetLabel };
    const [cx, cy] = labelPoint(projection, shape, centroid);
    const offset = MAP_STATES[id]!.label ?? { dx: 0, dy: 0 };
    const x = Math.round(cx + offset.dx);
    const y = Math.round(cy + offset.dy);
    const moved = Math.hypot(offset.dx, offset.dy) > 12;
    return {
      id,
      d: ringsToPath(projectRings(projection, shape), minArea),
      label: {
        x,
        y,
        anchor: offset.anchor ?? 'middle',
        leader: moved
          ? { x1: Math.round(cx), y1: Math.round(cy), x2: x, y2: y + (offset.dy > 0 ? -14 : 4) }
          : undefined,
      },
    };
  });

  return {
    width,
    height,
    inset: inset?.inset,
    land: ringsToPath(projectRings(projection, land), minArea),
    borders: linesToPath(projectRings(projection, borders)),
    states,
  };
}

/**
 * The Caucasus inset, if all its states are drawn: its own equal-area projection fitted to the
 * three states inside a box in the bottom right corner, the land and borders around them (from
 * the coarser surroundings' topology, like the main map's) clipped to the box, and labels placed
 * from CAUCASUS_INSET.
 */
function buildInset(
  topology: CountryTopology,
  geometries: CountryGeometry[],
  chosen: Array<{ id: string; shape: Feature }>,
  main: GeoProjection,
  width: number,
  height: number,
  minArea: number
): { inset: MapInset; labels: Map<string, MapShape['label']> } | undefined {
  const members = CAUCASUS_INSET.stateIds.map((id) => chosen.find((c) => c.id === id));
  if (members.some((m) => !m)) return undefined;
  const shapes = members as Array<{ id: string; shape: Feature }>;
  const group = { type: 'FeatureCollection' as const, features: shapes.map((s) => s.shape) };
  const box = {
    x: width - CAUCASUS_INSET.width - 8,
    y: height - CAUCASUS_INSET.height - 8,
    width: CAUCASUS_INSET.width,
    height: CAUCASUS_INSET.height,
  };
  const margin = { top: 34, right: 12, bottom: 44, left: 12 };
  const projection = geoConicEqualArea()
    .parallels([38, 44])
    .rotate([-45, 0])
    .fitExtent(
      [
        [box.x + margin.left, box.y + margin.top],
        [box.x + box.width - margin.right, box.y + box.height - margin.bottom],
      ],
      group
    )
    .clipExtent([
      [box.x, box.y],
      [box.x + box.width, box.y + box.height],
    ]);
  const ids = new Set(CAUCASUS_INSET.stateIds.map(atlasIdFor));
  const solid = geometries.filter((g) => g.type !== null) as Array<Polygon | MultiPolygon>;
  const land = merge(topology, solid);
  const others = geometries.filter((g) => g.type !== null && !ids.has(String(g.id)));
  const borders = mesh(
    topology,
    { type: 'GeometryCollection', geometries: others } as GeometryCollection,
    (a, b) => a !== b
  );

  const [[fx0, fy0], [fx1, fy1]] = geoPath(main).bounds(group);
  const pad = 6;
  const centroid = geoPath(projection).centroid;
  const labels = new Map<string, MapShape['label']>();
  for (const { id, shape } of shapes) {
    const [cx, cy] = centroid(shape);
    const offset = CAUCASUS_INSET.labels[id as keyof typeof CAUCASUS_INSET.labels];
    const x = Math.round(cx + offset.dx);
    const y = Math.round(cy + offset.dy);
    const moved = Math.hypot(offset.dx, offset.dy) > 30;
    labels.set(id, {
      x,
      y,
      anchor: offset.anchor,
      leader: moved
        ? { x1: Math.round(cx), y1: Math.round(cy), x2: x, y2: y + (offset.dy > 0 ? -14 : 4) }
        : undefined,
    });
  }
  return {
    labels,
    inset: {
      box,
      focus: {
        x: Math.floor(fx0 - pad),
        y: Math.floor(fy0 - pad),
        width: Math.ceil(fx1 - fx0 + 2 * pad),
        height: Math.ceil(fy1 - fy0 + 2 * pad),
      },
      land: ringsToPath(projectRings(projection, land), minArea),
      borders: linesToPath(projectRings(projection, borders)),
      states: shapes.map(({ id, shape }) => ({
        id,
        d: ringsToPath(projectRings(projection, shape), minArea),
      })),
    },
  };
}

/** The centroid of the largest polygon: Russia's label belongs on the mainland, not between islands. */
function labelPoint(
  projection: GeoProjection,
  shape: Feature,
  centroid: (f: Feature) => [number, number]
): [number, number] {
  const geometry = shape.geometry;
  if (geometry.type !== 'MultiPolygon') return centroid(shape);
  const area = geoPath(projection).area;
  let best: Feature = shape;
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const part: Feature = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates },
    };
    const a = area(part);
    if (a > bestArea) {
      bestArea = a;
      best = part;
    }
  }
  return centroid(best);
}

/** Open lines (borders) as path data, rounded like the rings. */
export function linesToPath(
  lines: ReadonlyArray<ReadonlyArray<readonly [number, number]>>
): string {
  let d = '';
  for (const line of lines) {
    const points = roundedPoints(line);
    if (points.length < 2) continue;
    d += relativePath(points);
  }
  return d;
}

/** "M x y l dx dy …" through rounded points: a move to the first, then each step relative. */
function relativePath(points: ReadonlyArray<readonly [number, number]>): string {
  const [x, y] = points[0]!;
  let prev = points[0]!;
  const steps = points.slice(1).map((p) => {
    const step = `${p[0] - prev[0]} ${p[1] - prev[1]}`;
    prev = p;
    return step;
  });
  return `M${x} ${y}l${steps.join(' ').replace(/ -/g, '-')}`;
}
