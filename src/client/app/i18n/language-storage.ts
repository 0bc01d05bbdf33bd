// Reads and saves the user's language choice in localStorage, and the browser's preference list.
// Must not decide the language (pick-language.ts does) and must not throw when storage is blocked.
import type { Lang } from '../../../domain/common/problems';
import { pickLanguage } from './pick-language';

const storageKey = 'anxin.lang';

function readSaved(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null; // private mode or storage disabled: fall back to the browser's preference
  }
}

export function saveLanguage(lang: Lang): void {
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // The choice then lasts for this visit only.
  }
}

export function initialLanguage(): Lang {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language ?? ''];
  return pickLanguage(readSaved(), languages);
}
