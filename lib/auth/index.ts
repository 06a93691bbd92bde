import 'server-only';
import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authenticate } from '@/db/mutations/auth';
import { env, isProduction } from '@/lib/env';
import { log } from '@/lib/log';
import { clientIp } from '@/lib/request-ip';
import { signInInputSchema } from '@/lib/validation/auth';

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
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
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
      jwt({ token, user, trigger, session }) {
        if (user) {
          token.uid = user.id;
          token.sv = user.sessionVersion;
        }
        // Only the server calls update() (after a password change), with the version it just wrote.
        if (trigger === 'update' && typeof (session as { sv?: unknown })?.sv === 'number')
          token.sv = (session as { sv: number }).sv;
        return token;
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
