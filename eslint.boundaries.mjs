// Which layer may import which (docs/storefront-cache.md, the architecture guide). Each zone below gets
// the common restrictions plus its own; zones do not overlap, because a later config for the same file
// would replace an earlier one's rule instead of adding to it. Tests are free to reach inside.

const TESTS = ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'test/**', 'test/lint-fixtures/**'];

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
  patterns: [
    {
      group: ['next-auth/*', '@/lib/auth/*', '@/lib/session*'],
      message: 'Storefront pages must not read the session.',
    },
  ],
};

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
  zone(['app/**'], routes),
  zone(['app/store/**'], routes, storefront),
  // The module itself.
  { files: ['lib/store/**'], rules: { '@typescript-eslint/no-restricted-imports': 'off' } },
];
