import Link from 'next/link';
import type { ReactNode } from 'react';

export function Shell({ children, header, wide = false }: { children: ReactNode; header: ReactNode; wide?: boolean }) {
  return (
    <>
      {header}
      <main id="main" className={`mx-auto px-4 py-8 ${wide ? 'max-w-6xl' : 'max-w-3xl'}`}>
        {children}
      </main>
      <footer className="mx-auto max-w-6xl space-y-2 px-4 py-8 text-sm text-stone-600">
        <p>
          Heartland Gateway is free for US small businesses. Export rules change: every rule shown here carries its
          source and the date it took effect.
        </p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-4">
            <li>
              <Link href="/terms">Terms of use</Link>
            </li>
            <li>
              <Link href="/privacy">Privacy notice</Link>
            </li>
          </ul>
        </nav>
      </footer>
    </>
  );
}
