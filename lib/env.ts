import { z } from 'zod';

// The one place that reads process.env (house habit 8). Tool configs aside, nothing else does.
const bool = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  NEXT_PHASE: z.string().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PGLITE_DIR: z.string().min(1).default('./data/pglite'),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)').optional(),
  APP_URL: z
    .string()
    .url('APP_URL must be a full URL such as https://gateway.example')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  MAIL_FROM: z.string().default('Heartland Gateway <no-reply@heartland-gateway.local>'),
  UPLOAD_DIR: z.string().min(1).default('./data/uploads'),
  /** Where uploads live: `local` (UPLOAD_DIR, one machine) or `s3` (a bucket every instance shares). */
  STORAGE: z.enum(['local', 's3'], 'STORAGE must be local or s3').default('local'),
  S3_ENDPOINT: z
    .string()
    .regex(/^https?:\/\/[^/\s]+\/?$/, 'S3_ENDPOINT must be a full URL such as http://127.0.0.1:9000')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'S3_BUCKET must be a bucket name: 3-63 lowercase letters, digits, dots or dashes',
    )
    .optional()
    .or(z.literal('').transform(() => undefined)),
  S3_REGION: z.string().min(1).default('us-east-1'),
  /** Optional folder inside the bucket, e.g. `gateway/`; must end with a slash. */
  S3_PREFIX: z
    .string()
    .regex(/^([\w.-]+\/)*$/, 'S3_PREFIX must be empty or folder names each ending with /, e.g. gateway/')
    .default(''),
  S3_ACCESS_KEY_ID: z
    .string()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  S3_SECRET_ACCESS_KEY: z
    .string()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Proxies in front of the app that append to X-Forwarded-For (lib/request-ip.ts); 0 = reached directly. */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Its `true` meant "trust the left-most address", which any client can write: refuse it rather than ignore it.
  TRUST_PROXY_HEADERS: z
    .string()
    .optional()
    .refine(
      (v) => v !== 'true' && v !== '1',
      'TRUST_PROXY_HEADERS was replaced by TRUSTED_PROXY_HOPS: the number of proxies in front of the app (README, "Behind a proxy")',
    ),
  DEV_MAILBOX: bool,
  /** Serve the benchmark baselines /bench/plain and /bench/static in production (bench/*.mjs runs). */
  BENCH_PAGES: bool,
  /** Keep rendered storefront pages in memory (docs/storefront-cache.md); `debug` also says hit or miss. */
  STORE_PAGE_CACHE: z.enum(['on', 'off', 'debug']).default('on'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  OUTBOX_POLL_MS: z.coerce.number().int().min(100).default(5000),
  /**
   * Development and the e2e harness only: webhooks may go to loopback addresses (and over plain http
   * there). Private and link-local addresses stay refused whatever this says.
   */
  WEBHOOK_ALLOW_LOOPBACK: bool,
  WEBHOOK_POLL_MS: z.coerce.number().int().min(100).default(5000),
  /** The programme view's target for a decision: applications waiting longer are listed, with who holds them. */
  PROGRAMME_SLA_DAYS: z.coerce
    .number('PROGRAMME_SLA_DAYS must be a whole number of days')
    .int('PROGRAMME_SLA_DAYS must be a whole number of days')
    .min(1, 'PROGRAMME_SLA_DAYS must be between 1 and 365')
    .max(365, 'PROGRAMME_SLA_DAYS must be between 1 and 365')
    .default(10),
});

const LOCAL_APP_URL = 'http://localhost:3000';

// A running production server must know its public address (every e-mailed link, the verification
// link included, is built on it) and its session secret; guessing either would fail silently.
// `next build` runs with NODE_ENV=production too, but sends no e-mail and signs no session.
const checkedSchema = envSchema
  .superRefine((e, ctx) => {
    if (e.STORAGE === 's3' && !e.S3_BUCKET)
      ctx.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'S3_BUCKET is required when STORAGE=s3' });
    if (Boolean(e.S3_ACCESS_KEY_ID) !== Boolean(e.S3_SECRET_ACCESS_KEY))
      ctx.addIssue({
        code: 'custom',
        path: [e.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'],
        message:
          'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the default AWS credentials',
      });
  })
  .superRefine((e, ctx) => {
    if (e.NODE_ENV !== 'production' || e.NEXT_PHASE === 'phase-production-build') return;
    if (!e.APP_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['APP_URL'],
        message: 'APP_URL is required in production: the public address of the app, e.g. https://gateway.example',
      });
    if (!e.AUTH_SECRET)
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_SECRET'],
        message: 'AUTH_SECRET is required in production (openssl rand -base64 32)',
      });
  })
  .transform((e) => ({ ...e, APP_URL: e.APP_URL ?? LOCAL_APP_URL }));

export type Env = z.infer<typeof checkedSchema>;

let cached: Env | undefined;

/** Parses a set of variables; exported for tests, the app calls env(). */
export function parseEnv(vars: Record<string, string | undefined>) {
  return checkedSchema.safeParse(vars);
}

export function env(): Env {
  if (cached) return cached;
  const parsed = parseEnv(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}\nSee .env.example.`);
  }
  cached = parsed.data;
  return cached;
}

export const isProduction = () => env().NODE_ENV === 'production';

/** The development mailbox exists only outside production, or when explicitly enabled for a local demo. */
export const devMailboxEnabled = () => !isProduction() || (env().DEV_MAILBOX && !env().SMTP_URL);

/** The benchmark baseline pages: outside production, or when a benchmark run asks for them. */
export const benchPagesEnabled = () => !isProduction() || env().BENCH_PAGES;
