// Registry search (REG-1..4): Chinese names by characters, full pinyin and initials; phones by digits.
// Must stay DOM-free: pure modules only.
import { describe, expect, it } from 'vitest';
import {
  compareKeys,
  matchesQuery,
  queryOf,
  searchKeyOf,
  searchRows,
} from '../../../src/client/features/registry/search';

const zhang = searchKeyOf('张三', ['13800001111']);
const li = searchKeyOf('李建国', ['029-3321 4455']);

describe('registry search', () => {
  it('[REG-3] finds 张三 by characters, full pinyin and initials', () => {
    for (const q of ['张', '张三', 'zhang', 'zhangsan', 'ZhangSan', 'zhang san', 'zs', 'z']) {
      expect(matchesQuery(zhang, queryOf(q)), q).toBe(true);
    }
    expect(matchesQuery(zhang, queryOf('ljg'))).toBe(false);
    expect(matchesQuery(li, queryOf('ljg'))).toBe(true);
    expect(matchesQuery(li, queryOf('jianguo'))).toBe(true);
  });

  it('[REG-3] reads polyphonic surnames as surnames (单 shan, 曾 zeng)', () => {
    expect(matchesQuery(searchKeyOf('单雄信'), queryOf('shanxx'.slice(0, 4)))).toBe(true);
    expect(matchesQuery(searchKeyOf('单雄信'), queryOf('sxx'))).toBe(true);
    expect(matchesQuery(searchKeyOf('曾国藩'), queryOf('zgf'))).toBe(true);
  });

  it('[REG-4] finds by phone digits, ignoring spaces, dashes and +86', () => {
    expect(matchesQuery(zhang, queryOf('1380000'))).toBe(true);
    expect(matchesQuery(zhang, queryOf('+86 138 0000 1111'))).toBe(true);
    expect(matchesQuery(li, queryOf('3321-4455'))).toBe(true);
    expect(matchesQuery(zhang, queryOf('4455'))).toBe(false);
  });

  it('[REG-1] finds Latin names case-insensitively and an empty query matches everything', () => {
    const key = searchKeyOf('Xianyang Helpers Ltd');
    expect(matchesQuery(key, queryOf('helpers'))).toBe(true);
    expect(searchRows(['a', 'b'], [zhang, li], queryOf('  '))).toEqual(['a', 'b']);
    expect(searchRows(['a', 'b'], [zhang, li], queryOf('li'))).toEqual(['b']);
  });

  it('[REG-3] sorts by pinyin so 安 comes before 张', () => {
    const keys = ['张三', '安娜', '李四'].map((n) => searchKeyOf(n));
    expect([...keys].sort(compareKeys).map((k) => k.text)).toEqual(['安娜', '李四', '张三']);
  });

  it('[REG-3] searches 2,000 names by initials', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `${'王李张刘陈杨'[i % 6]}${'秀建国英华明'[i % 5]}${i}`);
    const keys = names.map((n) => searchKeyOf(n));
    // No timing assert (ARCHITECTURE §8): the list keeps keys per load and matches with plain string tests.
    const found = searchRows(names, keys, queryOf('wx'));
    expect(found).toHaveLength(names.filter((n) => n.startsWith('王秀')).length);
  });
});
