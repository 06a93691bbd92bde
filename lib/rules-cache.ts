import 'server-only';
import { loadExportRules } from '@/db/mutations/rules';
import { getLatestRuleVersionNumber } from '@/db/queries/rules';
import { log } from '@/lib/log';
import type { ExportRules } from '@/lib/domain/export-rules';
import { onRulesChanged } from '@/lib/store';

// The export rules are read from the database once per process and kept in memory (the engine is pure and
// answers in microseconds). An approved change is announced by the data layer with the storefront's
// changes, which drops them here and in every other instance; the next request loads the new version.

type State = { engine?: Promise<ExportRules & { dbVersion: number }>; checkedAt?: number };
// Safety net for an announcement lost while the listener reconnects: at most once a minute, a request starts
// a background look at the newest version number (a primary-key read) and reloads if it moved.
const RECHECK_MS = 60_000;
const KEY = Symbol.for('heartland-gateway.rules-cache');
const g = globalThis as unknown as Record<symbol, State | undefined>;
const state: State = (g[KEY] ??= {});
onRulesChanged(() => {
  state.engine = undefined;
});

function load() {
  state.checkedAt = Date.now();
  state.engine = loadExportRules().catch((e: unknown) => {
    state.engine = undefined;
    throw e;
  });
  return state.engine;
}

async function recheck(current: Promise<ExportRules & { dbVersion: number }>) {
  try {
    const [latest, engine] = await Promise.all([getLatestRuleVersionNumber(), current]);
    if (latest !== null && latest !== engine.dbVersion && state.engine === current) void load();
  } catch (e) {
    log.warn('rules version check failed; keeping the rules in memory', { error: e });
  }
}

/** The engine over the rules in force (from memory; never waits on the database after the first load). */
export function getRules(): Promise<ExportRules> {
  if (!state.engine) return load();
  if (Date.now() - (state.checkedAt ?? 0) > RECHECK_MS) {
    state.checkedAt = Date.now();
    void recheck(state.engine);
  }
  return state.engine;
}
