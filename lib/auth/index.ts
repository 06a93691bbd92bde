import 'server-only';
import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authenticate } from '@/db/mutations/auth';
import { env, isProduction } from '@/lib/env';
import { log } from '@/lib/log';
import { clientIp } from '@/lib/request-ip';
import { signInInputSchema } from '@/lib/validation/auth';
import { currentSessionVersion } from '@/db/queries/users';
import { ABSOLUTE_SESSION_MS, nextSessionToken, signRenewal } from './session-token';

class RateLimitedSignin extends CredentialsSignin {
  code = 'rate_limited';
}

declare module 'next-auth' {
  interface Session {
    sv: number;
  }
  interface User {
    sessionVersion?: number;
  }
}

function secret(): string {
  const s = env().AUTH_SECRET;
  if (s) return s;
  if (isProduction()) throw new Error('AUTH_SECRET is required in production (openssl rand -base64 32).');
  return 'development-only-secret-do-not-use-in-production';
}

// Lazy config: nothing is read from the environment until the first request (never at build).
export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth(() => {
  const config: NextAuthConfig = {
    secret: secret(),
    trustHost: true,
    // The cookie's own (sliding) lifetime never outlasts the absolute one the jwt callback enforces.
    session: { strategy: 'jwt', maxAge: ABSOLUTE_SESSION_MS / 1000 },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(raw, request) {
          const parsed = signInInputSchema.safeParse(raw);
          if (!parsed.success) return null;
          const result = await authenticate(parsed.data.email, parsed.data.password, clientIp(request.headers));
          if (!result.ok) {
            if (result.reason === 'rate_limited') throw new RateLimitedSignin();
            return null;
          }
          return { id: result.user.id, sessionVersion: result.user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      // Client-sent update data never changes what the server trusts (lib/auth/session-token.ts).
      async jwt({ token, user, trigger, session }) {
        const next = await nextSessionToken(
          { token, user, trigger, session },
          { secret: secret(), currentVersion: currentSessionVersion },
        );
        return next as typeof token | null;
      },
      session({ session, token }) {
        session.user.id = String(token.uid ?? '');
        session.sv = Number(token.sv ?? 0);
        return session;
      },
    },
    logger: {
      error(error) {
        // A wrong password is not a server error; match on type, since class names are minified.
        if ((error as { type?: string }).type === 'CredentialsSignin') return;
        log.error('auth error', { error });
      },
      warn(code) {
        log.warn('auth warning', { code });
      },
    },
  };
  return config;
});

/** Keeps the session that changed the password (the only update the jwt callback honours). */
export async function renewSession(userId: string, from: number, to: number) {
  // update() types its data as a Session; the jwt callback reads only `renewal` from it.
  await unstable_update({ renewal: signRenewal(secret(), userId, from, to) } as never);
}
