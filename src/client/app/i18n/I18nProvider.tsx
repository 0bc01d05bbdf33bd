// Holds the UI language: starts from the saved choice or the browser, saves changes, keeps <html lang> in step.
// Must not render any UI of its own, and must not know about sessions or the server.
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { type I18n, I18nContext } from './i18n-context';
import { initialLanguage, saveLanguage } from './language-storage';
import { type Lang, type MessageKey, type ParamsArg, translate } from './translate';

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLanguage);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    saveLanguage(next);
    setLangState(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: <K extends MessageKey>(key: K, ...params: ParamsArg<K>) => translate(lang, key, ...params),
    }),
    [lang, setLang],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
