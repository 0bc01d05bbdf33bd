// A titled panel: the building block of every home screen.
// Must not fetch or decide content; a `tone` only changes how it looks.
import type { ReactNode } from 'react';

interface CardProps {
  title: string;
  /** Small label beside the title, e.g. "in progress". */
  badge?: string;
  tone?: 'plain' | 'planned';
  children: ReactNode;
  footer?: ReactNode;
  testId?: string;
  /** Heading level of the title in the page outline. */
  level?: 2 | 3;
}

export function Card({ title, badge, tone = 'plain', children, footer, testId, level = 3 }: CardProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={`card card--${tone}`} data-testid={testId}>
      <header className="card__head">
        <Heading className="card__title">{title}</Heading>
        {badge ? <span className="card__badge">{badge}</span> : null}
      </header>
      <div className="card__body">{children}</div>
      {footer ? <footer className="card__foot">{footer}</footer> : null}
    </section>
  );
}
