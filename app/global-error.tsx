'use client';

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: 32 }}>
        <h1>Something went wrong on our side</h1>
        <p>Please try again. Reference: {error.digest ?? 'unavailable'}</p>
      </body>
    </html>
  );
}
