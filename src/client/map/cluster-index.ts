// Marker clustering for the map (MAP-1): a supercluster index over plain points, answering clusters for a viewport
// and zoom, a cluster's expansion zoom and its leaves as plain typed objects. Must not touch the DOM or Leaflet.
import Supercluster from 'supercluster';

export interface ClusterPoint<P = Record<string, unknown>> {
  id: string;
  kind: string;
  lat: number;
  lng: number;
  props?: P;
}

export type ClusterResult<P = Record<string, unknown>> =
  | { type: 'cluster'; clusterId: number; lat: number; lng: number; count: number; countByKind: Record<string, number> }
  | { type: 'point'; point: ClusterPoint<P> };

/** [west, south, east, north] in degrees, as Leaflet's bounds give them. */
export type ClusterBBox = readonly [number, number, number, number];

export interface ClusterIndexOptions {
  /** Cluster radius in screen pixels (Leaflet's 256 px tiles). */
  radius?: number;
  /** Above this zoom every point stands alone. */
  maxZoom?: number;
  minPoints?: number;
}

export interface ClusterIndex<P = Record<string, unknown>> {
  readonly size: number;
  clusters(bbox: ClusterBBox, zoom: number): ClusterResult<P>[];
  /** The zoom at which a cluster splits (fly there on click). */
  expansionZoom(clusterId: number): number;
  /** Up to `limit` points of a cluster (for a list of what is inside). */
  leaves(clusterId: number, limit?: number, offset?: number): ClusterPoint<P>[];
}

// 60 px: markers of 30–40 px stay apart; 17: at street level every building's markers show one by one.
const DEFAULT_RADIUS = 60;
const DEFAULT_MAX_ZOOM = 17;

interface LeafProps {
  index: number;
}
/** Counts per kind under one key per kind: flat, because supercluster copies cluster properties shallowly. */
type ClusterProps = Record<string, number>;

export function createClusterIndex<P = Record<string, unknown>>(
  points: readonly ClusterPoint<P>[],
  options: ClusterIndexOptions = {},
): ClusterIndex<P> {
  const kept = points.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lng));
  const kinds = [...new Set(kept.map((p) => p.kind))];
  const keys = kinds.map((_, i) => `n${i}`);
  const slotOf = new Map(kinds.map((kind, i) => [kind, i]));
  const slots = Int32Array.from(kept, (p) => slotOf.get(p.kind)!);
  // One template per kind with every kind's key present: copies of a fixed shape keep supercluster's map/reduce
  // (called for every point on every zoom) on V8's fast path; a key per kind made on the fly was twice as slow.
  const templates = kinds.map((_, i) => Object.fromEntries(keys.map((key, j) => [key, j === i ? 1 : 0])));
  const index = new Supercluster<LeafProps, ClusterProps>({
    radius: options.radius ?? DEFAULT_RADIUS,
    // supercluster measures the radius against its tile extent (512 by default); Leaflet's tiles are 256 px, so an
    // extent of 256 makes `radius` real screen pixels at Leaflet's zoom levels.
    extent: 256,
    maxZoom: options.maxZoom ?? DEFAULT_MAX_ZOOM,
    minPoints: options.minPoints ?? 2,
    // Counts per kind ride along in the clusters, so a marker can show "12 residents, 3 companies" at no cost.
    map: (props) => ({ ...templates[slots[props.index]!]! }),
    reduce: (acc, props) => {
      for (const key of keys) acc[key]! += props[key]!;
    },
  });
  index.load(
    kept.map((p, i) => ({
      type: 'Feature' as const,
      properties: { index: i },
      geometry: { type: 'Point' as const, coordinates: [p.lng, p.lat] },
    })),
  );

  const leafOf = (props: LeafProps | null | undefined): ClusterPoint<P> => kept[props!.index]!;

  return {
    size: kept.length,
    clusters(bbox, zoom) {
      if (kept.length === 0) return [];
      const features = index.getClusters([bbox[0], bbox[1], bbox[2], bbox[3]], Math.round(zoom));
      return features.map((f): ClusterResult<P> => {
        const props = f.properties as Record<string, unknown>;
        if (props.cluster !== true) return { type: 'point', point: leafOf(props as unknown as LeafProps) };
        const [lng, lat] = f.geometry.coordinates as [number, number];
        return {
          type: 'cluster',
          clusterId: props.cluster_id as number,
          lat,
          lng,
          count: props.point_count as number,
          countByKind: countsOf(props, kinds, keys),
        };
      });
    },
    expansionZoom: (clusterId) => index.getClusterExpansionZoom(clusterId),
    leaves: (clusterId, limit = 100, offset = 0) =>
      index.getLeaves(clusterId, limit, offset).map((f) => leafOf(f.properties)),
  };
}

function countsOf(props: Record<string, unknown>, kinds: string[], keys: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  kinds.forEach((kind, i) => {
    const n = props[keys[i]!];
    if (typeof n === 'number' && n > 0) out[kind] = n;
  });
  return out;
}
