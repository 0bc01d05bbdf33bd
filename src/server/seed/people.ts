// Personal details for the demo: phone numbers, 18-digit id cards with their check digit, and Xianyang addresses.
// Must not produce real people's data on purpose: numbers are random and only shaped like real ones.
import { idCardCheckChar } from '../../domain/registry/id-card';
import type { Random } from './random';
import type { CommunityPlace, DistrictPlace, StreetPlace } from './xianyang';

/** Mobile prefixes of the three carriers, as issued in Shaanxi (13x, 15x, 18x). */
const mobilePrefixes = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '180',
  '181',
  '182',
  '186',
  '187',
  '188',
  '189',
];

export interface PhoneBook {
  /** An unused 11-digit mobile number. */
  mobile(): string;
  /** An unused Xianyang landline, stored normalised: 029 + 33xxxxxx (shown as 029-33xxxxxx). */
  landline(): string;
}

/**
 * Phones are stored as normalizePhone (domain/common/ids) leaves them, without dashes, so that a number typed at
 * intake matches the callers row. Every number is handed out once, so callers (keyed by phone) never collide.
 */
export function createPhoneBook(random: Random): PhoneBook {
  const used = new Set<string>();
  const fresh = (make: () => string) => {
    for (;;) {
      const phone = make();
      if (!used.has(phone)) {
        used.add(phone);
        return phone;
      }
    }
  };
  return {
    mobile: () => fresh(() => random.pick(mobilePrefixes) + random.digits(8)),
    landline: () => fresh(() => `02933${random.digits(6)}`),
  };
}

/**
 * area code (6) + birth date (8) + sequence (3, odd for men, even for women) + check. The area is the resident's
 * district code (all 6104xx), birthDate is 'YYYY-MM-DD'.
 */
export function makeIdCard(random: Random, areaCode: string, birthDate: string, gender: 'male' | 'female'): string {
  const genderDigit = gender === 'male' ? random.pick([1, 3, 5, 7, 9]) : random.pick([0, 2, 4, 6, 8]);
  const first17 = `${areaCode}${birthDate.replaceAll('-', '')}${random.digits(2)}${genderDigit}`;
  return first17 + idCardCheckChar(first17);
}

/** A home address: a flat in a city community, or a house in a village group (组). */
export function makeHomeAddress(
  random: Random,
  district: DistrictPlace,
  street: StreetPlace,
  community: CommunityPlace,
): string {
  const place = `${district.name}${street.name}${community.name}`;
  if (community.kind === 'village') return `${place}${random.int(1, 9)}组${random.int(1, 60)}号`;
  // Older residents mostly live in 6-storey walk-ups of the 1980s–90s; some in newer towers.
  const floor = random.chance(0.75) ? random.int(1, 6) : random.int(7, 24);
  return `${place}${random.int(1, 24)}号楼${random.int(1, 4)}单元${floor}0${random.int(1, 4)}`;
}

const cityRoads = [
  '人民路',
  '西兰路',
  '渭阳西路',
  '渭阳中路',
  '乐育路',
  '文林路',
  '世纪大道',
  '玉泉路',
  '咸通路',
  '朝阳一路',
  '统一路',
  '中华路',
  '北平街',
  '彩虹二路',
  '文汇路',
  '新兴路',
  '东风路',
  '星火路',
  '公园路',
  '秦皇路',
];
const countyRoads = ['北大街', '南大街', '东大街', '西大街', '解放路', '建设路', '人民路', '文化路', '中心街'];

/** A street-front address for a shop or office. */
export function makeShopAddress(random: Random, district: DistrictPlace, street: StreetPlace): string {
  const road = random.pick(district.urban ? cityRoads : countyRoads);
  return `${district.name}${street.name}${road}${random.int(1, 300)}号`;
}
