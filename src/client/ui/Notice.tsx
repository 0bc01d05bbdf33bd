// A one-line message box: information, a warning, or an error the user must read.
// Must not decide when it shows; errors are announced at once (role=alert), the rest politely (role=status).
import type { ReactNode } from 'react';

interface NoticeProps {
  tone: 'info' | 'warning' | 'error';
  children: ReactNode;
  testId?: string;
}

export function Notice({ tone, children, testId }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {children}
    </div>
  );
}
