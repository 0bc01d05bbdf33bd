// The React context that carries the current language and its bound `t`.
// Must not hold state itself: I18nProvider owns the state, useI18n reads it.
import { createContext } from 'react';
import type { Lang, MessageKey, ParamsArg } from './translate';

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: <K extends MessageKey>(key: K, ...params: ParamsArg<K>) => string;
}

export const I18nContext = createContext<I18n | null>(null);
