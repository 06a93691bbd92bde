import 'server-only';
import { log } from '@/lib/log';
import { getDb } from '../client';
import { foldProgramme } from '../programme-rollups';

/** Folds the programme deltas every minute (readers are exact without it; it keeps their reads short). */
export function startProgrammeFoldJob(intervalMs = 60_000) {
  const run = () =>
    getDb()
      .then(foldProgramme)
      .then(
        (moved) => moved && log.debug('programme deltas folded', { cells: moved }),
        (error: unknown) => log.error('programme fold failed', { error }),
      );
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref?.();
  return timer;
}
