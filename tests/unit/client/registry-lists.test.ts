// Registry list filters, catalogue names and caller numbers (REG-1..5): pure helpers the screens use.
import { describe, expect, it } from 'vitest';
import { countByClass, historyOf, lookupOf } from '../../../src/client/features/registry/callers';
import {
  ageOn,
  byId,
  type CategoryRow,
  categoryAndChildren,
  categoryPath,
  groupCategories,
} from '../../../src/client/features/registry/catalogue-names';
import { noFilters, passesFilters } from '../../../src/client/features/registry/filters';

const cat = (id: string, parentId: string | null, name: string, nameEn: string, sort = 0): CategoryRow => ({
  id,
  parentId,
  name,
  nameEn,
  sort,
  active: true,
});
const categories = [
  cat('repair', null, '水电维修', 'Plumbing & electrics', 2),
  cat('housekeeping', null, '家政服务', 'Housekeeping', 1),
  cat('housekeeping.cleaning', 'housekeeping', '保洁', 'Cleaning'),
  cat('repair.drain', 'repair', '管道疏通', 'Drain clearing'),
];

describe('registry catalogue names', () => {
  it('[REG-5] a category shows as two levels in the user’s language', () => {
    const map = byId(categories);
    expect(categoryPath('housekeeping.cleaning', map, 'zh-CN')).toBe('家政服务 › 保洁');
    expect(categoryPath('repair.drain', map, 'en')).toBe('Plumbing & electrics › Drain clearing');
    expect(categoryPath('unknown', map, 'en')).toBe('unknown');
    expect(groupCategories(categories).map((g) => g.group.id)).toEqual(['housekeeping', 'repair']);
  });

  it('[REG-3] age counts whole years up to the birthday', () => {
    expect(ageOn('1945-06-15', '2026-06-14')).toBe(80);
    expect(ageOn('1945-06-15', '2026-06-15')).toBe(81);
    expect(ageOn('bad', '2026-06-15')).toBeNull();
  });
});

describe('registry filters', () => {
  const company = { districtId: 'qindu', categoryIds: ['repair.drain'], status: 'active' };

  it('[REG-1] a category group matches companies offering any of its items', () => {
    const f = { ...noFilters, categoryId: 'repair' };
    expect(passesFilters('companies', company, f, categoryAndChildren('repair', categories))).toBe(true);
    const g = { ...noFilters, categoryId: 'housekeeping' };
    expect(passesFilters('companies', company, g, categoryAndChildren('housekeeping', categories))).toBe(false);
  });

  it('[REG-1] district and status narrow companies', () => {
    const none = new Set<string>();
    expect(passesFilters('companies', company, { ...noFilters, districtId: 'weicheng' }, none)).toBe(false);
    expect(passesFilters('companies', company, { ...noFilters, status: 'suspended' }, none)).toBe(false);
    expect(passesFilters('companies', company, { ...noFilters, status: 'active', districtId: 'qindu' }, none)).toBe(
      true,
    );
  });

  it('[REG-2] volunteers filter by on-duty state and skill', () => {
    const v = { districtId: 'qindu', skillIds: ['housekeeping.cleaning'], onDuty: true };
    const none = new Set<string>();
    expect(passesFilters('volunteers', v, { ...noFilters, status: 'on' }, none)).toBe(true);
    expect(passesFilters('volunteers', v, { ...noFilters, status: 'off' }, none)).toBe(false);
    const skill = { ...noFilters, categoryId: 'housekeeping' };
    expect(passesFilters('volunteers', v, skill, categoryAndChildren('housekeeping', categories))).toBe(true);
  });

  it('[REG-3] residents filter by identity category and living alone', () => {
    const r = { districtId: 'qindu', identityCategories: ['party_member'], livesAlone: false };
    const none = new Set<string>();
    expect(passesFilters('residents', r, { ...noFilters, identity: 'party_member' }, none)).toBe(true);
    expect(passesFilters('residents', r, { ...noFilters, identity: 'veteran' }, none)).toBe(false);
    expect(passesFilters('residents', r, { ...noFilters, status: 'alone' }, none)).toBe(false);
  });
});

describe('caller numbers', () => {
  it('[REG-4] a typed number is looked up in its stored form', () => {
    expect(lookupOf(' +86 138-0000-1111 ')).toEqual({ phone: '13800001111', valid: true });
    expect(lookupOf('1380000')).toEqual({ phone: '1380000', valid: false });
    expect(lookupOf('029 3321 4455').valid).toBe(true);
  });

  it('[REG-4] case history is that number’s orders, newest first; classes are counted', () => {
    const orders = [
      { callerPhone: '13800001111', createdAt: '2026-01-02T00:00:00Z', no: 'B' },
      { callerPhone: '13900000000', createdAt: '2026-01-03T00:00:00Z', no: 'X' },
      { callerPhone: '13800001111', createdAt: '2026-01-05T00:00:00Z', no: 'C' },
    ];
    expect(historyOf(orders, '13800001111').map((o) => o.no)).toEqual(['C', 'B']);
    expect(countByClass([{ class: 'vip' }, { class: 'vip' }, { class: 'blacklisted' }, { class: 'odd' }])).toEqual({
      normal: 0,
      elderly: 0,
      vip: 2,
      important: 0,
      blacklisted: 1,
    });
  });
});
