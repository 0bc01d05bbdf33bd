// The demo's two-level service catalogue (REG-5) with unit prices per service mode, in fen.
// Must not hold pricing rules (rounding, card charges): those are domain rules; this is only the starting data.
import type { ServiceMode } from '../../domain/registry/registry-kinds';

export type ServiceUnit = 'hour' | 'visit' | 'item';

export interface ServiceGroupSeed {
  id: string;
  name: string;
  nameEn: string;
  items: readonly ServiceItemSeed[];
}

export interface ServiceItemSeed {
  /** Short key; the category id is `${group}.${key}`, e.g. care.meal. */
  key: string;
  name: string;
  nameEn: string;
  unit: ServiceUnit;
  /** Paid (有偿) and low-cost (低偿) prices in fen; free (无偿) is always 0. */
  paid: number;
  lowCost: number;
}

const item = (key: string, name: string, nameEn: string, unit: ServiceUnit, paid: number, lowCost: number) => ({
  key,
  name,
  nameEn,
  unit,
  paid,
  lowCost,
});

// Prices are typical of Xianyang home-service price lists in 2026: cleaning about 40 元/hour, a drain about 80 元.
export const serviceGroups: readonly ServiceGroupSeed[] = [
  {
    id: 'housekeeping',
    name: '家政服务',
    nameEn: 'Housekeeping',
    items: [
      item('cleaning', '保洁', 'Cleaning', 'hour', 4000, 2500),
      item('nanny', '保姆', 'Nanny', 'hour', 3500, 2200),
      item('maternity', '月嫂', 'Maternity nurse', 'hour', 5000, 3500),
      item('windows', '擦玻璃', 'Window cleaning', 'hour', 4500, 3000),
      item('appliance_cleaning', '家电清洗', 'Appliance cleaning', 'item', 12000, 8000),
      item('laundry', '洗衣', 'Laundry', 'item', 1500, 800),
    ],
  },
  {
    id: 'repair',
    name: '水电维修',
    nameEn: 'Plumbing & electrics',
    items: [
      item('drain', '管道疏通', 'Drain clearing', 'visit', 8000, 5000),
      item('plumbing', '水管维修', 'Pipe repair', 'visit', 6000, 3500),
      item('electrical', '电路维修', 'Wiring repair', 'visit', 6000, 3500),
      item('appliance', '家电维修', 'Appliance repair', 'visit', 8000, 5000),
      item('gas', '燃气灶维修', 'Gas stove repair', 'visit', 6000, 4000),
    ],
  },
  {
    id: 'care',
    name: '居家养老',
    nameEn: 'Home care',
    items: [
      item('meal', '助餐', 'Meal help', 'item', 1500, 800),
      item('bath', '助浴', 'Bathing help', 'visit', 6000, 3000),
      item('clean', '助洁', 'Tidying help', 'hour', 3500, 2000),
      item('medical', '助医', 'Escort to the doctor', 'hour', 4000, 2000),
      item('companion', '陪护', 'Companionship', 'hour', 3000, 1500),
      item('rehab', '康复护理', 'Rehabilitation care', 'hour', 8000, 5000),
    ],
  },
  {
    id: 'medical',
    name: '医疗急救',
    nameEn: 'Medical & first aid',
    items: [
      item('visit', '上门巡诊', 'Home doctor visit', 'visit', 5000, 2500),
      item('escort', '急救陪同', 'Emergency escort', 'visit', 10000, 5000),
      item('nursing', '上门护理', 'Home nursing', 'visit', 6000, 3000),
    ],
  },
  {
    id: 'locksmith',
    name: '开锁换锁',
    nameEn: 'Locksmith',
    items: [
      item('open', '开锁', 'Lock opening', 'visit', 8000, 5000),
      item('replace', '换锁', 'Lock replacement', 'item', 15000, 10000),
    ],
  },
  {
    id: 'moving',
    name: '搬家运输',
    nameEn: 'Moving',
    items: [
      item('home', '搬家', 'Home moving', 'hour', 15000, 10000),
      item('carry', '小件搬运', 'Carrying small items', 'hour', 5000, 3000),
    ],
  },
  {
    id: 'convenience',
    name: '便民服务',
    nameEn: 'Everyday help',
    items: [
      item('haircut', '理发', 'Haircut', 'item', 1500, 500),
      item('shopping', '代购', 'Shopping errands', 'visit', 1000, 500),
      item('bills', '代缴费', 'Paying bills', 'visit', 500, 200),
      item('mending', '缝补', 'Mending', 'item', 1000, 500),
    ],
  },
];

export type ServiceGroupId = 'housekeeping' | 'repair' | 'care' | 'medical' | 'locksmith' | 'moving' | 'convenience';

/** The level-2 category ids of a group, e.g. care → care.meal, care.bath, … */
export function listCategoryIds(groupId: ServiceGroupId): string[] {
  const group = serviceGroups.find((g) => g.id === groupId);
  return group ? group.items.map((i) => `${group.id}.${i.key}`) : [];
}

export function buildCategoryRows(): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  serviceGroups.forEach((group, g) => {
    rows.push({ id: group.id, parent_id: null, name: group.name, name_en: group.nameEn, unit: 'hour', sort: g + 1 });
    group.items.forEach((it, i) => {
      rows.push({
        id: `${group.id}.${it.key}`,
        parent_id: group.id,
        name: it.name,
        name_en: it.nameEn,
        unit: it.unit,
        sort: i + 1,
      });
    });
  });
  return rows;
}

export function buildPriceRows(): Record<string, unknown>[] {
  const price: Record<ServiceMode, (it: ServiceItemSeed) => number> = {
    paid: (it) => it.paid,
    low_cost: (it) => it.lowCost,
    free: () => 0,
  };
  return serviceGroups.flatMap((group) =>
    group.items.flatMap((it) =>
      (['paid', 'low_cost', 'free'] as const).map((mode) => ({
        category_id: `${group.id}.${it.key}`,
        mode,
        price_cents: price[mode](it),
      })),
    ),
  );
}
