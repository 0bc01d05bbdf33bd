// Search across the map's items (MAP-1): by name, phone digits, and the pinyin of Chinese names, full ("zhang")
// or initials ("zs" finds 张三). Pure; must not read the db or draw. Pinyin is computed once per name and cached.
import { pinyin } from 'pinyin-pro';
import type { MapItem, MapKind } from './map-items';

interface PinyinKeys {
  /** Syllables joined: 张三 → "zhangsan". */
  full: string;
  /** Initials: 张三 → "zs". */
  initials: string;
}

const hanPattern = /\p{Script=Han}/u;
// Names repeat (common surnames and given names), and a 100k-point map would otherwise re-run pinyin per keystroke.
const pinyinCache = new Map<string, PinyinKeys>();

/** The pinyin search keys of a name; names without Chinese characters have none. */
export function pinyinKeysOf(name: string): PinyinKeys {
  const cached = pinyinCache.get(name);
  if (cached) return cached;
  let keys: PinyinKeys = { full: '', initials: '' };
  if (hanPattern.test(name)) {
    // surname: 'head' reads the first character as a surname (单 shan, 曾 zeng), as people say them.
    const options = { toneType: 'none', type: 'array', surname: 'head', v: true } as const;
    const full = pinyin(name, options).map((s) => s.toLowerCase());
    const initials = pinyin(name, { ...options, pattern: 'first' }).map((s) => s.toLowerCase());
    keys = { full: full.join('').replace(/\s+/g, ''), initials: initials.join('').replace(/\s+/g, '') };
  }
  pinyinCache.set(name, keys);
  return keys;
}

export function normaliseQuery(query: string): string {
  return query.trim().toLowerCase().replace(/\s+/g, '');
}

/** How well an item matches a normalised query: lower is better, null for no match. */
export function matchScore(item: Pick<MapItem, 'name' | 'phone'>, q: string): number | null {
  if (q === '') return null;
  const name = item.name.toLowerCase().replace(/\s+/g, '');
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.includes(q)) return 2;
  if (/^\d{3,}$/.test(q)) return item.phone.replace(/\D/g, '').includes(q) ? 3 : null;
  if (/^[a-z]+$/.test(q)) {
    const keys = pinyinKeysOf(item.name);
    if (keys.initials.startsWith(q) || keys.full.startsWith(q)) return 4;
    if (keys.full.includes(q)) return 5;
  }
  return null;
}

export interface SearchResult {
  item: MapItem;
  score: number;
}

// Alarms first when scores tie: a matching live alarm is what a dispatcher is most likely looking for.
const kindRank: Record<MapKind, number> = { alarm: 0, order: 1, resident: 2, volunteer: 3, company: 4 };

/**
 * The best matches across the given lists, best first: at most `perKind` of one kind (so thousands of matching
 * residents do not hide the one volunteer) and `limit` in all; `total` counts every match.
 */
export function searchItems(
  lists: readonly (readonly MapItem[])[],
  query: string,
  limit = 40,
  perKind = 10,
): { results: SearchResult[]; total: number } {
  const q = normaliseQuery(query);
  const all: SearchResult[] = [];
  if (q === '') return { results: all, total: 0 };
  for (const list of lists) {
    for (const item of list) {
      const score = matchScore(item, q);
      if (score !== null) all.push({ item, score });
    }
  }
  all.sort(
    (a, b) =>
      a.score - b.score ||
      kindRank[a.item.kind] - kindRank[b.item.kind] ||
      a.item.name.localeCompare(b.item.name, 'zh-CN'),
  );
  const taken = new Map<MapKind, number>();
  const results: SearchResult[] = [];
  for (const r of all) {
    const n = taken.get(r.item.kind) ?? 0;
    if (n >= perKind) continue;
    taken.set(r.item.kind, n + 1);
    results.push(r);
    if (results.length >= limit) break;
  }
  return { results, total: all.length };
}
