import type { ReactElement, ReactNode } from 'react';

/** A polite live status line: loading, empty and done messages that screen readers announce. */
export function StatusMessage({ children }: { children: ReactNode }): ReactElement {
  return (
    <p role="status" className="status">
      {children}
    </p>
  );
}
