import Link from 'next/link';

export type NavLink = { href: string; label: string };

/** The header every signed-in and public page shares; the layout decides the links and the user. */
export function SiteHeader({
  links,
  user,
  signOutAction,
}: {
  links: NavLink[];
  user: { name: string; role: string } | null;
  signOutAction: (formData: FormData) => Promise<void>;
}) {
  return (
    <header className="border-b border-stone-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-green-900 no-underline">
          Heartland Gateway
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-4 text-sm">
          {links.map((l) => (
            <Link key={l.href} href={l.href} className="text-stone-800 hover:text-green-900">
              {l.label}
            </Link>
          ))}
          {user ? (
            <form action={signOutAction} className="flex items-center gap-3">
              <span className="text-stone-600" data-testid="signed-in-as">
                {user.name} <span className="sr-only">signed in as</span>
                <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700">{user.role}</span>
              </span>
              <button type="submit" className="text-stone-800 underline hover:text-green-900">
                Sign out
              </button>
            </form>
          ) : (
            <>
              <Link href="/sign-in" className="text-stone-800">
                Sign in
              </Link>
              <Link
                href="/sign-up"
                className="rounded-md bg-green-800 px-3 py-1.5 font-semibold text-white no-underline hover:bg-green-900"
              >
                Sign up free
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
