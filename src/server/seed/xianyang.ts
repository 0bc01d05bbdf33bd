// The Xianyang place catalogue of the demo (REG-5): 14 real district outlines, their streets and communities, with points.
// Must not write to a store or use its own randomness: demo.ts passes the stream and inserts the rows.
import { readFileSync } from 'node:fs';
import { haversineMeters, type LatLng } from '../../domain/geo/distance';
import { type AreaGeometry, bboxOfGeometry } from '../../domain/geo/point-in-polygon';
import { createAreaTest, type Random } from './random';
import { communityStems, type StreetName, streetNamesByDistrict, villageStems } from './xianyang-streets';

const geojsonUrl = new URL('../../../public/geo/xianyang-districts.geojson', import.meta.url);

/** The built-up core of 咸阳: urban communities of 秦都区 and 渭城区 stay within URBAN_RADIUS_M of it. */
export const CITY_CENTRE: LatLng = { lat: 34.33, lng: 108.71 };
export const URBAN_RADIUS_M = 6000;
const URBAN_DISTRICTS = new Set(['610402', '610404']);

export interface DistrictPlace {
  id: string;
  name: string;
  nameEn: string;
  centre: LatLng;
  geometry: AreaGeometry;
  urban: boolean;
  contains(point: LatLng): boolean;
}

export interface StreetPlace {
  id: string;
  districtId: string;
  name: string;
  nameEn: string;
  kind: 'subdistrict' | 'town';
  centre: LatLng;
}

export interface CommunityPlace {
  id: string;
  streetId: string;
  districtId: string;
  name: string;
  nameEn: string;
  kind: 'community' | 'village';
  point: LatLng;
  /** Relative share of residents and volunteers: city blocks are denser than villages. */
  weight: number;
}

export interface PlaceCatalogue {
  districts: DistrictPlace[];
  streets: StreetPlace[];
  communities: CommunityPlace[];
  districtById: ReadonlyMap<string, DistrictPlace>;
  streetById: ReadonlyMap<string, StreetPlace>;
}

interface DistrictFeature {
  properties: { code: string; name: string; nameEn: string; center: [number, number] };
  geometry: AreaGeometry;
}

/** The 14 districts and counties from public/geo (already WGS-84). */
export function loadXianyangDistricts(): DistrictPlace[] {
  const collection = JSON.parse(readFileSync(geojsonUrl, 'utf8')) as { features: DistrictFeature[] };
  return collection.features.map(({ properties: p, geometry }) => ({
    id: p.code,
    name: p.name,
    nameEn: `${p.nameEn} ${englishSuffix(p.name)}`,
    centre: { lat: p.center[1], lng: p.center[0] },
    geometry,
    urban: URBAN_DISTRICTS.has(p.code),
    contains: createAreaTest(geometry),
  }));
}

function englishSuffix(name: string): string {
  if (name.endsWith('区')) return 'District';
  if (name.endsWith('县')) return 'County';
  return 'City'; // 县级市: 兴平市, 彬州市
}

export function buildXianyangPlaces(random: Random, districts = loadXianyangDistricts()): PlaceCatalogue {
  const streets: StreetPlace[] = [];
  const communities: CommunityPlace[] = [];
  for (const district of districts) {
    const names = streetNamesByDistrict[district.id] ?? [];
    names.forEach((name, index) => {
      const street = placeStreet(random, district, name, index);
      streets.push(street);
      communities.push(...placeCommunities(random, district, street));
    });
  }
  return {
    districts,
    streets,
    communities,
    districtById: new Map(districts.map((d) => [d.id, d])),
    streetById: new Map(streets.map((s) => [s.id, s])),
  };
}

/** Whether a point may hold an urban community: inside the district and inside the city core. */
function isUrbanPoint(district: DistrictPlace, point: LatLng, marginM = 0): boolean {
  return district.contains(point) && haversineMeters(point, CITY_CENTRE) <= URBAN_RADIUS_M - marginM;
}

function placeStreet(random: Random, district: DistrictPlace, [zh, pinyin]: StreetName, index: number): StreetPlace {
  const kind = zh.endsWith('镇') ? 'town' : 'subdistrict';
  let centre: LatLng;
  if (district.urban) {
    centre = random.pointNear(CITY_CENTRE, URBAN_RADIUS_M, (p) => isUrbanPoint(district, p, 1200));
  } else {
    // Towns spread over the county; subdistricts (the county seat) hug the centre.
    const spread = kind === 'town' ? 0.3 * sizeOfDistrictM(district) : 2000;
    centre = random.pointNear(district.centre, spread, district.contains);
  }
  return {
    id: `${district.id}-${String(index + 1).padStart(2, '0')}`,
    districtId: district.id,
    name: zh,
    nameEn: `${pinyin} ${kind === 'town' ? 'Town' : 'Subdistrict'}`,
    kind,
    centre,
  };
}

/** The smaller side of the district's bounding box, in metres. */
function sizeOfDistrictM(district: DistrictPlace): number {
  const [minLng, minLat, maxLng, maxLat] = bboxOfGeometry(district.geometry);
  const width = haversineMeters({ lat: minLat, lng: minLng }, { lat: minLat, lng: maxLng });
  const height = haversineMeters({ lat: minLat, lng: minLng }, { lat: maxLat, lng: minLng });
  return Math.min(width, height);
}

function placeCommunities(random: Random, district: DistrictPlace, street: StreetPlace): CommunityPlace[] {
  const urban = district.urban || street.kind === 'subdistrict';
  const count = district.urban ? random.int(4, 6) : urban ? random.int(3, 5) : random.int(2, 4);
  // A town has its seat (镇区社区) and villages; subdistricts have only communities.
  const stems = urban ? random.sample(communityStems, count) : random.sample(villageStems, count - 1);
  const names: { zh: string; en: string; kind: CommunityPlace['kind'] }[] = urban
    ? stems.map(([zh, en]) => ({ zh: `${zh}社区`, en: `${en} Community`, kind: 'community' }))
    : [
        { zh: `${street.name.replace(/镇$/, '')}镇区社区`, en: `${street.nameEn} Community`, kind: 'community' },
        ...stems.map(([zh, en]) => ({ zh: `${zh}村`, en: `${en} Village`, kind: 'village' as const })),
      ];
  const radius = district.urban ? 1000 : urban ? 1200 : 2500;
  const accept = district.urban ? (p: LatLng) => isUrbanPoint(district, p) : district.contains;
  return names.map((name, index) => ({
    id: `${street.id}-${String(index + 1).padStart(2, '0')}`,
    streetId: street.id,
    districtId: district.id,
    name: name.zh,
    nameEn: name.en,
    kind: name.kind,
    point: random.pointNear(street.centre, radius, accept),
    weight: district.urban ? 3 : name.kind === 'community' ? 2 : 1,
  }));
}
