// Copies the local upload folder (UPLOAD_DIR) into the S3 bucket configured in the environment.
// Safe to run again: objects already copied are skipped; local files are left as they are.
// Usage: STORAGE=s3 S3_ENDPOINT=... S3_BUCKET=... S3_ACCESS_KEY_ID=... S3_SECRET_ACCESS_KEY=... npm run storage:migrate
import { env } from '@/lib/env';
import { migrateLocal } from '@/lib/storage/migrate';
import { s3Store } from '@/lib/storage/s3';

const e = env();
if (e.STORAGE !== 's3' || !e.S3_BUCKET) {
  console.error(
    'storage:migrate copies UPLOAD_DIR into a bucket: set STORAGE=s3 and the S3_* variables (README, "Object storage").',
  );
  process.exit(2);
}
const target = s3Store({
  endpoint: e.S3_ENDPOINT,
  bucket: e.S3_BUCKET,
  region: e.S3_REGION,
  prefix: e.S3_PREFIX,
  accessKeyId: e.S3_ACCESS_KEY_ID,
  secretAccessKey: e.S3_SECRET_ACCESS_KEY,
});
console.log(`Copying ${e.UPLOAD_DIR} to s3://${e.S3_BUCKET}/${e.S3_PREFIX} ...`);
const report = await migrateLocal(e.UPLOAD_DIR, target, (line) => console.log(line));
console.log(
  `Done: ${report.copied} copied (${(report.bytes / 1024 / 1024).toFixed(1)} MB), ${report.skipped} already there, ${report.failed.length} failed.`,
);
for (const f of report.failed) console.error(`  ${f.key}: ${f.error}`);
if (report.failed.length) {
  console.error('Run the command again to retry the failed files; copied ones are skipped.');
  process.exit(1);
}
