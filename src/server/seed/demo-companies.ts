// Demo partner companies (加盟企业, REG-1): 80 real-looking firms, mostly in the city and the near counties.
// Must not decide dispatch ranking: it only fills the registry; the first company is the one tech1 and vendor1 use.
import { listCategoryIds, type ServiceGroupId } from './catalogue';
import { makeName } from './chinese-names';
import {
  chinaDateAfterDays,
  type DemoContext,
  describeCommunity,
  isoAfterMinutes,
  pickCommunity,
  pointInDistrictNear,
} from './demo-context';
import { makeShopAddress } from './people';
import type { Random } from './random';

export interface CompanyRow {
  id: string;
  name: string;
  district_id: string;
  address: string;
  lat: number;
  lng: number;
  phone: string;
  contact_person: string;
  category_ids: string[];
  service_radius_m: number;
  is_volunteer_company: boolean;
  is_home_care_provider: boolean;
  is_24h: boolean;
  credit_rating: 'A' | 'B' | 'C' | 'D';
  status: 'active' | 'suspended' | 'exited';
  joined_on: string;
  suspended_on: string | null;
  exited_on: string | null;
  inspection_due_on: string;
  remarks_recommend: string;
  remarks_special: string;
  created_at: string;
  updated_at: string;
}

type CompanyKind = ServiceGroupId | 'volunteer';

// How many of each kind among the 80; the order is the generation order, so the forced ones come first.
const kindPlan: readonly (readonly [CompanyKind, number])[] = [
  ['repair', 16],
  ['medical', 6],
  ['housekeeping', 16],
  ['care', 16],
  ['locksmith', 8],
  ['moving', 6],
  ['convenience', 8],
  ['volunteer', 4],
];

// Mostly the two city districts and the near counties (兴平, 三原, 泾阳), as the brief of the hotline has it.
const districtWeights: readonly (readonly [string, number])[] = [
  ['610402', 30],
  ['610404', 22],
  ['610481', 12],
  ['610422', 9],
  ['610423', 9],
  ['610403', 4],
  ['610431', 3],
  ['610425', 3],
  ['610424', 3],
  ['610482', 2],
  ['610426', 1],
  ['610428', 1],
  ['610429', 1],
  ['610430', 1],
];

const brandWords = [
  '安泰',
  '福瑞',
  '秦川',
  '渭水',
  '金桥',
  '德馨',
  '惠民',
  '乐家',
  '诚信',
  '顺达',
  '鑫源',
  '万家',
  '祥和',
  '康宁',
  '仁和',
  '颐安',
  '暖阳',
  '福寿',
  '长乐',
  '益民',
  '邻里',
  '恒通',
  '佳美',
  '洁美',
  '九州',
  '天诚',
  '便民',
  '百姓',
  '和谐',
  '鸿运',
  '永兴',
  '春晖',
  '松鹤',
  '乐龄',
  '孝亲',
  '馨家',
  '好帮手',
  '快捷',
  '金牌',
  '民安',
];

const nameTemplates: Readonly<Record<CompanyKind, readonly ((w: string, area: string) => string)[]>> = {
  repair: [(w) => `${w}水电维修部`, (w) => `咸阳${w}家电维修服务有限公司`, (w, a) => `${a}${w}水电安装维修部`],
  medical: [(w) => `咸阳${w}医疗护理服务有限公司`, (w, a) => `${a}${w}社区卫生服务站`],
  housekeeping: [(w) => `咸阳${w}家政服务有限公司`, (w, a) => `${a}${w}家政服务部`],
  care: [(w) => `${w}居家养老服务中心`, (w, a) => `${a}${w}日间照料中心`, (w) => `咸阳${w}养老服务有限公司`],
  locksmith: [(w) => `${w}开锁服务部`, (w, a) => `${a}${w}开锁换锁店`],
  moving: [(w) => `咸阳${w}搬家运输有限公司`, (w) => `${w}搬家服务部`],
  convenience: [(w) => `${w}便民服务社`, (w, a) => `${a}${w}便民服务站`],
  volunteer: [(w, a) => `${a}${w}志愿服务协会`, (w) => `咸阳${w}义工联合会`],
};

const recommendRemarks = [
  '服务态度好，老人满意度高，优先推荐',
  '价格公道，响应快',
  '可提供夜间上门服务',
  '师傅经验丰富，回访满意率高',
];
const specialRemarks = ['节假日上门加收20%', '只接城区订单', '曾有投诉一次，已整改', '需提前一天预约', '不接高空作业'];

export function buildCompanies(random: Random, ctx: DemoContext): CompanyRow[] {
  const names = new Set<string>();
  const rows: CompanyRow[] = [];
  for (const [kind, count] of kindPlan) {
    for (let i = 0; i < count; i++) {
      // Forced cases: the first company (tech1's, in 秦都区) repairs; the first three medical ones are 24-hour.
      const forced = rows.length === 0 ? 'tech' : kind === 'medical' && i < 3 ? 'night' : null;
      rows.push(buildCompany(random, ctx, kind, forced, names));
    }
  }
  return rows;
}

function buildCompany(
  random: Random,
  ctx: DemoContext,
  kind: CompanyKind,
  forced: 'tech' | 'night' | null,
  names: Set<string>,
): CompanyRow {
  const districtId = forced === 'tech' ? '610402' : random.pickWeighted(districtWeights);
  const community = pickCommunity(random, ctx.places, (c) => c.districtId === districtId);
  const { district, street } = describeCommunity(ctx.places, community);
  const point = pointInDistrictNear(random, district, community.point, 600);
  const status = forced
    ? 'active'
    : random.pickWeighted([
        ['active', 88],
        ['suspended', 7],
        ['exited', 5],
      ] as const);
  const joinedDaysAgo = random.int(60, 10 * 365);
  const is24h = forced === 'night' || random.chance(kind === 'locksmith' ? 0.6 : kind === 'medical' ? 0.5 : 0.08);
  return {
    id: random.uuid(),
    name: makeCompanyName(random, kind, district.name, names),
    district_id: district.id,
    address: makeShopAddress(random, district, street),
    lat: point.lat,
    lng: point.lng,
    phone: random.chance(0.5) ? ctx.phones.landline() : ctx.phones.mobile(),
    contact_person: makeName(random, random.chance(0.6) ? 'male' : 'female', 'adult'),
    category_ids: pickCategories(random, kind, forced === 'tech'),
    service_radius_m: district.urban ? random.int(6, 16) * 500 : random.int(8, 20) * 1000,
    is_volunteer_company: kind === 'volunteer',
    is_home_care_provider: kind === 'care' || (kind === 'medical' && random.chance(0.5)),
    is_24h: is24h,
    credit_rating: forced ? 'A' : pickRating(random, status),
    status,
    joined_on: chinaDateAfterDays(ctx.now, -joinedDaysAgo),
    suspended_on: status === 'suspended' ? chinaDateAfterDays(ctx.now, -random.int(5, 200)) : null,
    exited_on: status === 'exited' ? chinaDateAfterDays(ctx.now, -random.int(30, Math.min(600, joinedDaysAgo))) : null,
    // Annual inspection: some are already overdue, so the registry shows the warning.
    inspection_due_on: chinaDateAfterDays(ctx.now, random.int(-40, 330)),
    remarks_recommend: random.chance(0.3) ? random.pick(recommendRemarks) : '',
    remarks_special: random.chance(0.2) ? random.pick(specialRemarks) : '',
    created_at: isoAfterMinutes(ctx.now, -joinedDaysAgo * 1440),
    updated_at: isoAfterMinutes(ctx.now, -random.int(1, 60) * 1440),
  };
}

function makeCompanyName(random: Random, kind: CompanyKind, districtName: string, names: Set<string>): string {
  const area = districtName.replace(/[区县市]$/, '');
  for (;;) {
    const name = random.pick(nameTemplates[kind])(random.pick(brandWords), area);
    if (!names.has(name)) {
      names.add(name);
      return name;
    }
  }
}

function pickCategories(random: Random, kind: CompanyKind, isTechCompany: boolean): string[] {
  if (isTechCompany) return [...listCategoryIds('repair'), 'locksmith.open'];
  if (kind === 'volunteer') return ['convenience.shopping', 'convenience.haircut', 'care.companion', 'care.meal'];
  const own = listCategoryIds(kind);
  const picked = random.sample(own, random.int(Math.min(2, own.length), own.length));
  if (kind === 'medical') picked.push('care.medical', 'care.rehab');
  if (kind === 'housekeeping' && random.chance(0.3)) picked.push('care.clean');
  if (kind === 'repair' && random.chance(0.25)) picked.push('locksmith.open');
  return picked.sort();
}

function pickRating(random: Random, status: CompanyRow['status']): CompanyRow['credit_rating'] {
  if (status !== 'active')
    return random.pickWeighted([
      ['B', 2],
      ['C', 5],
      ['D', 3],
    ] as const);
  return random.pickWeighted([
    ['A', 35],
    ['B', 45],
    ['C', 15],
    ['D', 5],
  ] as const);
}
