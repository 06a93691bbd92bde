import Link from 'next/link';

/** The body of the 404 page, without the shell: inside a section it sits in that section's layout. */
export function NotFoundContent() {
  return (
    <>
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2">This page does not exist, or you do not have access to it.</p>
      <p className="mt-4">
        <Link href="/">Go to the home page</Link>
      </p>
    </>
  );
}
