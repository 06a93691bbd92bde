import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from './import-graph';

// The import boundaries in eslint.boundaries.mjs, each shown failing on a deliberate violation (and a
// legal neighbour passing), through ESLint's own API on snippets placed where the rule applies.

let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({ cwd: projectPath() });
  await eslint.lintText('export {};\n', { filePath: projectPath('lib/x.ts') }); // loads the config and plugins once
}, 120_000);

async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const x = 1;\n`, { filePath: projectPath(filePath) });
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('lint boundaries', { timeout: 30_000 }, () => {
  it('components never call the data layer or import routes (types from queries are fine)', async () => {
    expect(await refusals('components/x/y.tsx', "import { getDb } from '@/db/client'; void getDb;")).toHaveLength(1);
    expect(
      await refusals('components/x/y.tsx', "import { switchBusinessAction } from '@/app/(portal)/switch/actions';"),
    ).toHaveLength(1);
    expect(await refusals('components/x/y.tsx', "import { getActor } from '@/lib/auth/guards';")).toHaveLength(1);
    expect(await refusals('components/x/y.tsx', "import type { StoreCard } from '@/db/queries/store';")).toEqual([]);
  });

  it('lib/domain and lib/rules import no database, framework or I/O', async () => {
    for (const bad of [
      "import { getDb } from '@/db/client';",
      "import { revalidatePath } from 'next/cache';",
      "import { headers } from 'next/headers';",
      "import fs from 'node:fs';",
      "import fs from 'fs';",
      "import 'server-only';",
      "import { eq } from 'drizzle-orm';",
      "import { env } from '@/lib/env';",
    ]) {
      expect(await refusals('lib/domain/x.ts', bad), bad).toHaveLength(1);
      expect(await refusals('lib/rules/x.ts', bad), bad).toHaveLength(1);
    }
    expect(await refusals('lib/domain/x.ts', "import { parseRate } from './money';")).toEqual([]);
  });

  it('a route group does not import another group’s files', async () => {
    expect(
      await refusals(
        'app/admin/shipments/x.ts',
        "import { createShipmentAction } from '@/app/(portal)/shipments/actions';",
      ),
    ).toHaveLength(1);
    expect(await refusals('app/(portal)/x/y.ts', "import { x } from '@/app/admin/layout';")).toHaveLength(1);
    expect(await refusals('app/admin/shipments/x.ts', "import { y } from '../../(portal)/layout';")).toHaveLength(1);
    expect(await refusals('app/(auth)/sign-in/x.ts', "import { y } from '../../(portal)/layout';")).toHaveLength(1);
    expect(await refusals('app/(portal)/shipments/new/x.ts', "import { y } from '../../(portal)/layout';")).toEqual([]);
    expect(await refusals('app/api/v1/partner/x/route.ts', "import { y } from '../../feed/params';")).toEqual([]);
    expect(
      await refusals(
        'app/(portal)/shipments/x.ts',
        "import { createShipmentAction } from '@/app/(portal)/shipments/actions';",
      ),
    ).toEqual([]);
    expect(await refusals('app/admin/x.ts', "import { Shell } from '@/app/shell';")).toEqual([]);
  });

  it('nothing under app/store reads the session, cookies or headers', async () => {
    for (const bad of [
      "import { cookies } from 'next/headers';",
      "import { headers } from 'next/headers';",
      "import { auth } from '@/lib/auth';",
      "import { getActor } from '@/lib/auth/guards';",
      "import { useSession } from 'next-auth/react';",
    ])
      expect(await refusals('app/store/products/[slug]/x.tsx', bad), bad).not.toEqual([]);
    expect(await refusals('app/store/x.tsx', "import { getStoreListings } from '@/lib/store';")).toEqual([]);
  });

  it('the storefront cache is used through its entry point, and routes do not announce changes', async () => {
    expect(await refusals('app/api/x/route.ts', "import { state } from '@/lib/store/state';")).toHaveLength(1);
    expect(await refusals('db/mutations/x.ts', "import { state } from '@/lib/store/state';")).toHaveLength(1);
    expect(await refusals('lib/store/x.ts', "import { state } from './state';")).toEqual([]);
    expect(
      await refusals('app/admin/listings/actions.ts', "import { announceStoreChange } from '@/lib/store';"),
    ).toHaveLength(1);
    expect(await refusals('db/mutations/x.ts', "import { announceStoreChange } from '@/lib/store';")).toEqual([]);
  });
});
