// The one button of the app: primary, secondary or quiet, at least 44 px tall, with a busy state.
// Must not know what it does: callers pass the handler and the words.
import type { ButtonHTMLAttributes } from 'react';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'quiet';
  /** Shows the button as working and refuses further presses. */
  busy?: boolean;
}

export function Button({ variant = 'primary', busy = false, className, disabled, type, ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      type={type ?? 'button'}
      className={['btn', `btn--${variant}`, className].filter(Boolean).join(' ')}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
    />
  );
}
