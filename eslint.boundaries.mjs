// Which layer may import which (the architecture guide; docs/storefront-cache.md for app/store). Each zone
// gets the common restrictions plus its own. Zones do not overlap: a later config for the same file would
// replace an earlier one's rule instead of adding to it. Tests may reach inside anything.
// test/lint-boundaries.test.ts proves each rule fails on a deliberate violation.
import fs from 'node:fs';

const TESTS = ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'test/**'];

/** Everywhere: the storefront cache is used through its entry point only. */
const common = {
  paths: [],
  patterns: [
    { group: ['@/lib/store/*'], message: 'Import the storefront cache from @/lib/store (its one entry point).' },
  ],
};

/** Routes do not announce storefront changes: the data layer does, after commit. */
const routes = {
  paths: [
    {
      name: '@/lib/store',
      importNames: ['announceStoreChange'],
      message: 'The mutation that commits a change announces it (db/mutations), not the route.',
    },
  ],
  patterns: [],
};

/** A kept storefront page is served to every visitor: nothing under app/store may read who is asking. */
const storefront = {
  paths: [
    {
      name: 'next/headers',
      importNames: ['cookies', 'headers'],
      message: 'Storefront pages must not read cookies or headers.',
    },
    { name: 'next-auth', message: 'Storefront pages must not read the session.' },
    { name: '@/lib/auth', message: 'Storefront pages must not read the session.' },
  ],
  patterns: [{ group: ['next-auth/*', '@/lib/auth/*'], message: 'Storefront pages must not read the session.' }],
};

/** Components render what they are given: data and actions come from the page or layout. */
const components = {
  paths: [{ name: 'next-auth', message: 'Components are given the user; they do not read the session.' }],
  patterns: [
    {
      group: ['@/db', '@/db/*'],
      allowTypeImports: true,
      message: 'Components never call the data layer: the page or layout reads and passes the data.',
    },
    {
      group: ['@/app/*', '@/lib/auth/guards', '@/lib/auth/session*'],
      message: 'Components are given data and actions as props by the page or layout.',
    },
  ],
};

/** Pure rules: no database, no framework, no I/O, so they test in microseconds and run anywhere. */
const pure = {
  paths: [],
  patterns: [
    {
      group: ['@/db', '@/db/*', '@/app/*', '@/components/*', '@/lib/env', '@/lib/storage/*', '@/lib/email/*'],
      message: 'lib/domain and lib/rules are pure: no database, app, environment or I/O.',
    },
    {
      group: ['next', 'next/*', 'server-only', 'drizzle-orm', 'drizzle-orm/*', 'postgres', '@electric-sql/*'],
      message: 'lib/domain and lib/rules are pure: no framework or database driver.',
    },
    {
      regex: '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|dgram|dns|tls|worker_threads)$',
      message: 'lib/domain and lib/rules are pure: no I/O.',
    },
    { group: ['nodemailer', 'sharp', '@node-rs/*'], message: 'lib/domain and lib/rules are pure: no I/O.' },
  ],
};

/** A route group uses its own files and shared code, never another group's files. */
const groups = fs
  .readdirSync(new URL('./app', import.meta.url), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ownGroup = (group) => ({
  paths: [],
  patterns: [
    {
      regex: `^@/app/(?!${escape(group)}/)[^/]+/`,
      message: `Files under app/${group} do not import another route group's files: move what both need to lib/ or components/.`,
    },
    // Relative paths into a (group) are caught too; a relative path into a plain folder (admin, store…)
    // cannot be told from a same-named subfolder here, so cross-group imports use @/ paths.
    {
      regex: `^(\\.\\./)+\\((?!${escape(group.replace(/[()]/g, ''))}\\))`,
      message: `Files under app/${group} do not import another route group's files: move what both need to lib/ or components/.`,
    },
  ],
});

const merge = (...parts) => ({
  paths: parts.flatMap((p) => p.paths),
  patterns: parts.flatMap((p) => p.patterns),
});

const zone = (files, ...parts) => ({
  files,
  ignores: TESTS,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', merge(common, ...parts)] },
});

export const boundaries = [
  zone(['**/*.{ts,tsx,mjs,js}']),
  zone(['app/*.{ts,tsx}'], routes),
  ...groups.map((g) => zone([`app/${g}/**`], routes, ownGroup(g), ...(g === 'store' ? [storefront] : []))),
  zone(['components/**'], components),
  zone(['lib/domain/**', 'lib/rules/**'], pure),
  // The module itself.
  { files: ['lib/store/**'], rules: { '@typescript-eslint/no-restricted-imports': 'off' } },
];
