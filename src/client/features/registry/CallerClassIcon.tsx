// A caller class as an icon with its name (REG-4): a distinct shape and colour per class, and the word beside it so
// it never depends on colour or the glyph alone. Must not decide the class.
import type { CallerClass } from '../../../domain/registry/registry-kinds';
import { useI18n } from '../../app/i18n/useI18n';
import { classGlyphs } from './callers';

export function CallerClassIcon({ value, size = 'small' }: { value: CallerClass; size?: 'small' | 'large' }) {
  const { t } = useI18n();
  return (
    <span
      className={`caller-class caller-class--${value} caller-class--${size}`}
      data-testid="caller-class"
      data-class={value}
    >
      <span className="caller-class__icon" aria-hidden="true">
        {classGlyphs[value]}
      </span>
      <span className="caller-class__label">{t(`callers.class.${value}`)}</span>
    </span>
  );
}
