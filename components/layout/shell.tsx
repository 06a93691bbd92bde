import type { ReactNode } from 'react';
import { SiteHeader } from './site-header';

export function Shell({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className={`mx-auto px-4 py-8 ${wide ? 'max-w-6xl' : 'max-w-3xl'}`}>
        {children}
      </main>
      <footer className="mx-auto max-w-6xl px-4 py-8 text-sm text-stone-600">
        Heartland Gateway is free for US small businesses. Export rules change: every rule shown here carries its source
        and the date it took effect.
      </footer>
    </>
  );
}
