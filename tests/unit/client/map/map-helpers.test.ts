// Unit tests of the map screen's pure helpers (MAP-1, MAP-2): rows to items, filters, layer counts, search with
// pinyin, "what is near" over the local index, and distance wording.
import { describe, expect, it } from 'vitest';
import { categoryLines } from '../../../../src/client/map/cards/card-bits';
import {
  categoryIdsMatching,
  categoryOptions,
  filterItems,
  isFiltering,
  noFilters,
} from '../../../../src/client/map/filters';
import { clusterRing, countByKind, markerClassOf } from '../../../../src/client/map/layers';
import { ageOn, type MapRows, registryPathOf, rowsToItems } from '../../../../src/client/map/map-items';
import { createNearIndex, defaultNearKinds, distanceParts, findNear } from '../../../../src/client/map/near';
import { matchScore, pinyinKeysOf, searchItems } from '../../../../src/client/map/search';
import type { LocalRow } from '../../../../src/local/local-db';

const row = (fields: Record<string, unknown>): LocalRow => ({ _id: String(fields.id), ...fields });

const categories = [
  row({ id: 'repair', parentId: null, name: '水电维修', nameEn: 'Repair', sort: 2, active: true }),
  row({ id: 'repair.drain', parentId: 'repair', name: '管道疏通', nameEn: 'Drain', sort: 1, active: true }),
  row({ id: 'housekeeping', parentId: null, name: '家政服务', nameEn: 'Housekeeping', sort: 1, active: true }),
  row({
    id: 'housekeeping.cleaning',
    parentId: 'housekeeping',
    name: '保洁',
    nameEn: 'Cleaning',
    sort: 1,
    active: true,
  }),
  row({ id: 'housekeeping.old', parentId: 'housekeeping', name: '旧', nameEn: 'Old', sort: 2, active: false }),
];

const rows: MapRows = {
  companies: [
    row({
      id: 'c1',
      name: '秦都家政',
      phone: '029-1111',
      lat: 34.33,
      lng: 108.7,
      districtId: 'd1',
      categoryIds: ['housekeeping.cleaning'],
      status: 'active',
    }),
    row({
      id: 'c2',
      name: '渭城维修',
      phone: '029-2222',
      lat: 34.34,
      lng: 108.72,
      districtId: 'd2',
      categoryIds: ['repair.drain'],
      status: 'suspended',
    }),
    row({
      id: 'c3',
      name: '无位置公司',
      phone: '',
      lat: null,
      lng: null,
      districtId: 'd1',
      categoryIds: [],
      status: 'active',
    }),
  ],
  volunteers: [
    row({
      id: 'v1',
      name: '张三',
      phone: '13800000001',
      lat: 34.3,
      lng: 108.7,
      onDuty: true,
      dutyLat: 34.331,
      dutyLng: 108.701,
      districtId: 'd1',
      skillIds: ['repair.drain'],
      active: true,
    }),
    row({
      id: 'v2',
      name: '李四',
      phone: '13800000002',
      lat: 34.335,
      lng: 108.705,
      onDuty: false,
      dutyLat: null,
      dutyLng: null,
      districtId: 'd1',
      skillIds: ['housekeeping.cleaning'],
      active: true,
    }),
    row({
      id: 'v3',
      name: '王五',
      phone: '13800000003',
      lat: 34.33,
      lng: 108.7,
      onDuty: false,
      districtId: 'd1',
      skillIds: [],
      active: false,
    }),
  ],
  residents: [
    row({
      id: 'r1',
      name: '赵老太',
      phone: '13900000001',
      lat: 34.332,
      lng: 108.702,
      districtId: 'd1',
      communityId: 'm1',
      active: true,
    }),
  ],
  orders: [
    row({
      id: 'o1',
      no: 'GD001',
      status: 'dispatched',
      callerPhone: '13700000000',
      lat: 34.333,
      lng: 108.703,
      districtId: 'd1',
      categoryId: 'repair.drain',
    }),
    row({
      id: 'o2',
      no: 'GD002',
      status: 'closed',
      callerPhone: '137',
      lat: 34.333,
      lng: 108.703,
      districtId: 'd1',
      categoryId: null,
    }),
  ],
  alarms: [
    row({ id: 'a1', residentId: 'r1', status: 'raised', lat: null, lng: null }),
    row({ id: 'a2', residentId: 'r1', status: 'resolved', lat: 34.3, lng: 108.7 }),
  ],
};

describe('map items', () => {
  const items = rowsToItems(rows);

  it('[MAP-1] keeps only drawable rows: placed companies, active volunteers, open orders, live alarms', () => {
    expect(countByKind(items)).toEqual({ company: 2, volunteer: 2, resident: 1, order: 1, alarm: 1 });
  });

  it('[MAP-1] draws an on-duty volunteer at the duty position, an off-duty one at home', () => {
    const [v1, v2] = items.volunteer;
    expect([v1?.lat, v1?.lng, v1?.status]).toEqual([34.331, 108.701, 'on_duty']);
    expect([v2?.lat, v2?.lng, v2?.status]).toEqual([34.335, 108.705, 'off_duty']);
    expect(markerClassOf(v1!)).toContain('map-pt--on-duty');
    expect(markerClassOf(v2!)).not.toContain('map-pt--on-duty');
  });

  it('[MAP-1] places an alarm without a position at its resident and names it after them', () => {
    const [a] = items.alarm;
    expect(a).toMatchObject({ name: '赵老太', lat: 34.332, lng: 108.702, phone: '13900000001' });
  });

  it('[REG-3] works out an age in whole years and links records to the registry', () => {
    expect(ageOn('1940-05-20', '2026-05-19')).toBe(85);
    expect(ageOn('1940-05-20', '2026-05-20')).toBe(86);
    expect(ageOn('', '2026-05-20')).toBeNull();
    expect(registryPathOf({ kind: 'resident', id: 'r1' })).toBe('/registry/residents/r1');
    expect(registryPathOf({ kind: 'company', id: 'c1' })).toBe('/registry/companies/c1');
    expect(registryPathOf({ kind: 'order', id: 'o1' })).toBeNull();
  });
});

describe('map filters', () => {
  const items = rowsToItems(rows);

  it('[MAP-1] a category group matches its children; residents and alarms ignore a category', () => {
    expect([...categoryIdsMatching('repair', categories)].sort()).toEqual(['repair', 'repair.drain']);
    const out = filterItems(items, { ...noFilters, categoryId: 'repair' }, categories);
    expect(out.company.map((i) => i.id)).toEqual(['c2']);
    expect(out.volunteer.map((i) => i.id)).toEqual(['v1']);
    expect(out.order.map((i) => i.id)).toEqual(['o1']);
    expect(out.resident).toHaveLength(1);
    expect(out.alarm).toHaveLength(1);
  });

  it('[MAP-1] filters by district and by each layer’s status', () => {
    expect(filterItems(items, { ...noFilters, districtId: 'd2' }, categories).company.map((i) => i.id)).toEqual(['c2']);
    const duty = filterItems(items, { ...noFilters, volunteerDuty: 'on_duty', companyStatus: 'active' }, categories);
    expect(duty.volunteer.map((i) => i.id)).toEqual(['v1']);
    expect(duty.company.map((i) => i.id)).toEqual(['c1']);
    expect(filterItems(items, { ...noFilters, orderStatus: 'new' }, categories).order).toHaveLength(0);
    expect(isFiltering(noFilters)).toBe(false);
    expect(filterItems(items, noFilters, categories)).toEqual(items);
  });

  it('[REG-5] lists categories two-level, groups in order, inactive ones left out', () => {
    expect(categoryOptions(categories).map((c) => `${c.depth}:${c.id}`)).toEqual([
      '0:housekeeping',
      '1:housekeeping.cleaning',
      '0:repair',
      '1:repair.drain',
    ]);
  });
});

describe('map search', () => {
  const items = rowsToItems(rows);
  const lists = Object.values(items);

  it('[MAP-1] reads Chinese names as pinyin, full and initials', () => {
    expect(pinyinKeysOf('张三')).toEqual({ full: 'zhangsan', initials: 'zs' });
    expect(pinyinKeysOf('Acme')).toEqual({ full: '', initials: '' });
  });

  it('[MAP-1] finds 张三 by "zhang", "zs", "zhangsan", the name and the phone digits', () => {
    for (const q of ['zhang', 'zs', 'Zhang San', '张三', '张', '0000001']) {
      const ids = searchItems(lists, q).results.map((r) => r.item.id);
      expect(ids, q).toContain('v1');
    }
    expect(searchItems(lists, 'zx').results).toHaveLength(0);
    expect(searchItems(lists, '   ').total).toBe(0);
  });

  it('[MAP-1] ranks exact and prefix name matches before pinyin and phone matches', () => {
    expect(matchScore({ name: '张三', phone: '' }, '张三')).toBe(0);
    expect(matchScore({ name: '张三', phone: '' }, 'zs')).toBeGreaterThan(
      matchScore({ name: '张三', phone: '' }, '张')!,
    );
    const { results, total } = searchItems(lists, '1380000000', 1);
    expect(total).toBe(2);
    expect(results).toHaveLength(1);
  });

  it('[MAP-1] finds an order by its number and an alarm by its resident', () => {
    expect(searchItems(lists, 'gd001').results.map((r) => r.item.id)).toEqual(['o1']);
    expect(searchItems(lists, 'zhao').results.map((r) => `${r.item.kind}:${r.item.id}`)).toEqual([
      'alarm:a1',
      'resident:r1',
    ]);
  });
});

describe('what is near', () => {
  const items = rowsToItems(rows);
  const index = createNearIndex(items);
  const at = { lat: 34.331, lng: 108.701 };

  it('[MAP-2] lists the chosen kinds within the radius, nearest first, with distances', () => {
    const answer = findNear(index, at, 600, { ...defaultNearKinds, alarm: false });
    expect(answer.items.map((i) => i.id)).toEqual(['v1', 'c1', 'v2']);
    const d = answer.items.map((i) => i.distance);
    expect([...d].sort((a, b) => a - b)).toEqual(d);
    expect(answer.items[0]!.distance).toBeLessThan(1);
    expect(answer.total).toBe(3);
  });

  it('[MAP-2] leaves the item asked about out, and honours kind switches and the radius', () => {
    const answer = findNear(index, at, 500, defaultNearKinds, { kind: 'volunteer', id: 'v1' });
    expect(answer.items.map((i) => i.id)).not.toContain('v1');
    expect(answer.items.map((i) => i.kind)).toContain('alarm');
    const onlyResidents = findNear(index, at, 200, {
      ...defaultNearKinds,
      company: false,
      volunteer: false,
      alarm: false,
      resident: true,
    });
    expect(onlyResidents.items.map((i) => i.id)).toEqual(['r1']);
  });

  it('[MAP-2] words distances in metres below 1 km, else kilometres', () => {
    expect(distanceParts(7.4)).toEqual({ unit: 'm', n: '7' });
    expect(distanceParts(234)).toEqual({ unit: 'm', n: '230' });
    expect(distanceParts(994)).toEqual({ unit: 'm', n: '990' });
    expect(distanceParts(1000)).toEqual({ unit: 'km', n: '1.0' });
    expect(distanceParts(2345)).toEqual({ unit: 'km', n: '2.3' });
    expect(distanceParts(12_600)).toEqual({ unit: 'km', n: '13' });
  });
});

describe('map clusters and search caps', () => {
  it('[MAP-1] rings a cluster with one arc per kind in proportion, in legend order', () => {
    expect(clusterRing({ resident: 3, company: 1 })).toBe('conic-gradient(#1f4fa3 0% 25%, #7a3fa0 25% 100%)');
    expect(clusterRing({})).toBe('#5b6b6a');
  });

  it('[MAP-1] caps each kind in the search results so one kind cannot crowd out the others', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({
      kind: 'resident' as const,
      id: `r${i}`,
      name: `张${i}`,
      phone: '',
      lat: 34,
      lng: 108,
      districtId: null,
      categoryIds: [],
      status: 'active',
      row: row({ id: `r${i}` }),
    }));
    const one = { ...many[0]!, kind: 'volunteer' as const, id: 'v9', name: '张九' };
    const { results, total } = searchItems([many, [one]], 'zhang');
    expect(total).toBe(51);
    expect(results.filter((r) => r.item.kind === 'resident')).toHaveLength(10);
    expect(results.map((r) => r.item.id)).toContain('v9');
  });
});

describe('map cards', () => {
  it('[REG-5] groups an item’s categories under their parent, by language', () => {
    const byId = new Map(categories.map((c) => [String(c.id), c]));
    expect(categoryLines('zh-CN', ['repair.drain', 'housekeeping.cleaning', 'repair'], byId)).toEqual([
      '水电维修：管道疏通',
      '家政服务：保洁',
      '水电维修',
    ]);
    expect(categoryLines('en', ['repair.drain', 'unknown'], byId)).toEqual(['Repair: Drain', 'unknown']);
  });
});
