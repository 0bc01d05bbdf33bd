// Search as you type over registry names and phones (REG-1..4): Chinese text, pinyin in full and by initials
// ("zhangsan", "zs" → 张三), and phone digits. Pure: no React, no Dexie; keys are built once per list load.
import { pinyin } from 'pinyin-pro';

/** What one record can be found by, lower-case and without spaces. */
export interface SearchKey {
  text: string;
  full: string;
  initials: string;
  digits: string;
}

export interface Query {
  text: string;
  /** Only the digits typed, when the query is a phone number or part of one. */
  digits: string;
}

const cjk = /[\u3400-\u9fff]/;

function syllablesOf(name: string): string[] {
  if (!cjk.test(name)) return [];
  // surname 'head' reads polyphonic surnames right: 单 → shan, 曾 → zeng.
  return pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z]/g, ''))
    .filter(Boolean);
}

export function searchKeyOf(name: string, phones: readonly string[] = []): SearchKey {
  const syllables = syllablesOf(name);
  return {
    text: name.toLowerCase().replace(/\s+/g, ''),
    full: syllables.join(''),
    initials: syllables.map((s) => s[0]).join(''),
    digits: phones.map((p) => p.replace(/\D/g, '')).join(' '),
  };
}

export function queryOf(raw: string): Query {
  const text = raw.toLowerCase().replace(/\s+/g, '');
  // A query that is mostly digits (with + - spaces) is a phone search; mixed text searches names only.
  const digits = /^[\d+\-()（）]+$/.test(text) ? text.replace(/\D/g, '').replace(/^(86|0086)(?=1\d{10}$)/, '') : '';
  return { text, digits };
}

export function isEmptyQuery(q: Query): boolean {
  return q.text === '';
}

export function matchesQuery(key: SearchKey, q: Query): boolean {
  if (q.text === '') return true;
  if (q.digits !== '') return key.digits.includes(q.digits);
  if (key.text.includes(q.text)) return true;
  if (key.full !== '' && key.full.includes(q.text)) return true;
  return key.initials !== '' && key.initials.startsWith(q.text);
}

/** The rows whose key matches, in their given order. `keys[i]` belongs to `rows[i]`. */
export function searchRows<T>(rows: readonly T[], keys: readonly SearchKey[], q: Query): T[] {
  if (isEmptyQuery(q)) return [...rows];
  const out: T[] = [];
  for (let i = 0; i < rows.length; i++) if (matchesQuery(keys[i]!, q)) out.push(rows[i]!);
  return out;
}

/** Sort order for Chinese names: by pinyin, then by the characters, so 安 comes before 张 in both languages. */
export function compareKeys(a: SearchKey, b: SearchKey): number {
  const x = a.full || a.text;
  const y = b.full || b.text;
  return x < y ? -1 : x > y ? 1 : a.text.localeCompare(b.text);
}
