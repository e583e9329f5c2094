// Marks an amount or a private note: blurred while the privacy screen is on (see privacy-screen.ts).
import type { ReactNode } from 'react';

/** Spread onto a field (input, textarea) or a chart box that holds confidential figures. */
export const confidential = { 'data-confidential': '' } as const;

export function Confidential({ children, block = false }: { children: ReactNode; block?: boolean }) {
  return block ? <div {...confidential}>{children}</div> : <span {...confidential}>{children}</span>;
}
