// What every demo generator shares: the clock reading, the places, the phone book, and time and place helpers.
// Must not read the real clock: every time derives from `now`, which seedDemo takes as an option.
import type { LatLng } from '../../domain/geo/distance';
import type { PhoneBook } from './people';
import type { Random } from './random';
import type { CommunityPlace, DistrictPlace, PlaceCatalogue, StreetPlace } from './xianyang';

export interface DemoContext {
  now: Date;
  places: PlaceCatalogue;
  phones: PhoneBook;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** 咸阳 keeps China Standard Time all year (UTC+8, no daylight saving), so dates are cut at UTC+8 midnight. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** A timestamptz parameter `minutes` after now (negative: before). */
export function isoAfterMinutes(now: Date, minutes: number): string {
  return new Date(now.getTime() + Math.round(minutes * MINUTE_MS)).toISOString();
}

export function addMinutesIso(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + Math.round(minutes * MINUTE_MS)).toISOString();
}

/** The calendar date in 咸阳, 'YYYY-MM-DD', of an instant. */
export function toChinaDate(instant: Date | string): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The 咸阳 date `days` after now (negative: before). */
export function chinaDateAfterDays(now: Date, days: number): string {
  return toChinaDate(new Date(now.getTime() + Math.round(days) * DAY_MS));
}

/** A community picked by its weight (city blocks hold more people than villages), optionally within a filter. */
export function pickCommunity(
  random: Random,
  places: PlaceCatalogue,
  filter: (c: CommunityPlace) => boolean = () => true,
): CommunityPlace {
  const candidates = places.communities.filter(filter);
  return random.pickWeighted(candidates.map((c) => [c, c.weight] as const));
}

export interface CommunityChain {
  district: DistrictPlace;
  street: StreetPlace;
  community: CommunityPlace;
}

export function describeCommunity(places: PlaceCatalogue, community: CommunityPlace): CommunityChain {
  return {
    district: places.districtById.get(community.districtId)!,
    street: places.streetById.get(community.streetId)!,
    community,
  };
}

/** A point within radiusM of a centre that stays inside the district outline. */
export function pointInDistrictNear(random: Random, district: DistrictPlace, centre: LatLng, radiusM: number): LatLng {
  return random.pointNear(centre, radiusM, district.contains);
}
