export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Refuse to start on a bad configuration (in production: no APP_URL or AUTH_SECRET) rather than
  // fail on the first request or, worse, e-mail links to the wrong address.
  const { env } = await import('@/lib/env');
  try {
    env();
  } catch (e) {
    // Next only logs an error thrown here and keeps serving; a half-configured server must not.
    console.error((e as Error).message);
    process.exit(1);
  }
  // Rate limits key on the connection's address: stamp it on every request (lib/peer-address.ts).
  (await import('@/lib/peer-address')).installPeerAddress();
  const { startOutboxWorker } = await import('@/lib/email/outbox-worker');
  startOutboxWorker();
  (await import('@/db/mutations/expiry-reminders')).startExpiryReminderJob();
  (await import('@/db/mutations/programme')).startProgrammeFoldJob();
  (await import('@/lib/webhooks/worker')).startWebhookWorker();
  // Instances sharing PostgreSQL announce storefront changes to each other.
  if (env().DATABASE_URL && env().NEXT_PHASE !== 'phase-production-build')
    void (await import('@/lib/store')).listenForStoreChanges();
}

/** Joins Next's error digest (shown to the user) to the request id and the details, in the server log only. */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routePath: string; routeType: string },
) {
  const { log } = await import('@/lib/log');
  log.error('request failed', {
    requestId: request.headers['x-request-id'],
    digest: (error as { digest?: string }).digest,
    method: request.method,
    path: request.path.split('?')[0],
    route: context.routePath,
    error,
  });
}
