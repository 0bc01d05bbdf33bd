// The 中文 / English switch. Each language is named in itself, so anyone can find their own.
// Must not store the choice: the caller's onChange does (I18nProvider saves it).
import type { Lang } from '../../domain/common/problems';

const choices: { lang: Lang; label: string }[] = [
  { lang: 'zh-CN', label: '中文' },
  { lang: 'en', label: 'English' },
];

interface LanguageSwitchProps {
  lang: Lang;
  onChange: (lang: Lang) => void;
  /** Accessible name of the group, in the current language. */
  label: string;
}

export function LanguageSwitch({ lang, onChange, label }: LanguageSwitchProps) {
  return (
    <fieldset className="lang-switch" aria-label={label}>
      {choices.map((choice) => (
        <button
          key={choice.lang}
          type="button"
          lang={choice.lang}
          className="lang-switch__option"
          aria-pressed={choice.lang === lang}
          onClick={() => onChange(choice.lang)}
          data-testid={`lang-${choice.lang}`}
        >
          {choice.label}
        </button>
      ))}
    </fieldset>
  );
}
