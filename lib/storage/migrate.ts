import { createReadStream } from 'node:fs';
import { listLocal } from './local';
import type { ObjectStore } from './types';

export interface MigrateReport {
  copied: number;
  skipped: number;
  failed: { key: string; error: string }[];
  bytes: number;
}

const CONTENT_TYPE: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
};

/**
 * Copies every stored file under a local upload folder into `target` under the same name. An object
 * already there with the same size is skipped (a PUT is all-or-nothing, so a same-size object is a
 * finished copy), which makes a second run after an interruption pick up where the first stopped.
 * Local files are never changed or removed.
 */
export async function migrateLocal(
  dir: string,
  target: ObjectStore,
  progress: (line: string) => void = () => {},
): Promise<MigrateReport> {
  const report: MigrateReport = { copied: 0, skipped: 0, failed: [], bytes: 0 };
  for await (const file of listLocal(dir)) {
    try {
      if ((await target.stat(file.key)) === file.size) {
        report.skipped++;
        continue;
      }
      const ext = file.key.slice(file.key.lastIndexOf('.') + 1);
      await target.write(file.key, createReadStream(file.path), file.size, CONTENT_TYPE[ext]!);
      report.copied++;
      report.bytes += file.size;
      if (report.copied % 100 === 0) progress(`copied ${report.copied}, skipped ${report.skipped}`);
    } catch (e) {
      report.failed.push({ key: file.key, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return report;
}
