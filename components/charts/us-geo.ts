import 'server-only';
import { geoPath } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'us-atlas/states-albers-10m.json';
import { US_STATES } from '@/lib/domain/export-rules';
import { MIDWEST_STATES } from '@/lib/rules';

// State boundaries from the US Census Bureau's cartographic boundary files, as packaged by us-atlas:
// already projected (Albers USA, Alaska and Hawaii inset) into a 975 × 610 frame, so the path generator
// needs no projection. Computed once per process.

export const MAP_WIDTH = 975;
export const MAP_HEIGHT = 610;

export interface StateShape {
  code: string;
  name: string;
  d: string;
  /** Where a label or marker for the state can go. */
  centroid: [number, number];
}

interface Shapes {
  states: StateShape[];
  midwestOutline: string;
}

const KEY = Symbol.for('heartland-gateway.us-shapes');

export function usShapes(): Shapes {
  const g = globalThis as Record<symbol, Shapes | undefined>;
  if (g[KEY]) return g[KEY];
  const topo = atlas as unknown as Topology<{ states: GeometryCollection<{ name: string }> }>;
  const byName = new Map<string, string>(Object.entries(US_STATES).map(([code, s]) => [s.en, code]));
  // Tenths of a pixel in a 975-wide frame: finer digits only add bytes to every page that shows the map.
  const path = geoPath().digits(1);
  const collection = feature(topo, topo.objects.states);
  const states: StateShape[] = [];
  for (const f of collection.features) {
    const code = byName.get(f.properties.name);
    if (!code) continue; // territories: not states the programme serves
    states.push({ code, name: f.properties.name, d: path(f) ?? '', centroid: path.centroid(f) });
  }
  states.sort((a, b) => a.code.localeCompare(b.code));
  const midwest = topo.objects.states.geometries.filter((x) => {
    const code = byName.get((x.properties as { name?: string } | undefined)?.name ?? '');
    return !!code && (MIDWEST_STATES as readonly string[]).includes(code);
  });
  const midwestOutline = path(merge(topo, midwest as never)) ?? '';
  g[KEY] = { states, midwestOutline };
  return g[KEY];
}
