// The hook components use for the current language, the switch and `t(key, params)`.
// Must only read the context; outside an I18nProvider it fails loudly rather than guess a language.
import { useContext } from 'react';
import { type I18n, I18nContext } from './i18n-context';

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
