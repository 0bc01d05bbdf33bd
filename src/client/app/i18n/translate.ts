// Message keys, their {placeholders} as types, and the pure lookup `translate(lang, key, params)`.
// Must not touch the DOM or storage: the React side (I18nProvider) binds it to the current language.
import type { Lang } from '../../../domain/common/problems';
import { en } from './en';
import { zhCN } from './zh-CN';

export type { Lang };
export type MessageKey = keyof typeof zhCN;
export type Catalogue = Record<MessageKey, string>;

/** The names inside {braces} of a message literal: '{count} 个社区' → 'count'. */
type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;
export type ParamsOf<K extends MessageKey> = Record<PlaceholdersOf<(typeof zhCN)[K]>, string | number>;
/** A key without placeholders takes no params; one with placeholders must be given all of them. */
export type ParamsArg<K extends MessageKey> = [PlaceholdersOf<(typeof zhCN)[K]>] extends [never] ? [] : [ParamsOf<K>];

export const catalogues: Record<Lang, Catalogue> = { 'zh-CN': zhCN, en };

/** The message of `key` in `lang` with its {placeholders} filled; an unknown placeholder is left visible. */
export function translate<K extends MessageKey>(lang: Lang, key: K, ...params: ParamsArg<K>): string {
  const template = catalogues[lang][key];
  const values = (params[0] ?? {}) as Record<string, string | number>;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** The {placeholder} names used in a message, for checking that both catalogues agree. */
export function placeholdersIn(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}
