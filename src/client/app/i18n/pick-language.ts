// The rule that picks the UI language: a saved choice wins, else the browser's first Chinese-or-English preference.
// Pure (no navigator, no storage) so it is tested without a DOM; callers pass what they read.
import type { Lang } from '../../../domain/common/problems';

export const supportedLanguages: readonly Lang[] = ['zh-CN', 'en'];

export function isLang(value: unknown): value is Lang {
  return value === 'zh-CN' || value === 'en';
}

/**
 * `saved` is the user's own choice (from storage); `browserLanguages` is navigator.languages in preference order.
 * The first entry that is Chinese (zh, zh-CN, zh-Hans, zh-TW…) or English decides; anything else falls to English,
 * the lingua franca for visitors whose language we do not carry.
 */
export function pickLanguage(saved: string | null | undefined, browserLanguages: readonly string[]): Lang {
  if (isLang(saved)) return saved;
  for (const tag of browserLanguages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'zh') return 'zh-CN';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
