import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { EXTENSION, type AllowedMime } from '@/lib/domain/uploads';
import { env } from '@/lib/env';

// Local-disk storage behind a small port (put/read/remove), so object storage can replace it.
// Files get server-generated names only; nothing is ever served from this folder directly.
const root = () => path.resolve(env().UPLOAD_DIR);

function resolveStored(storedName: string): string {
  if (!/^[0-9a-f-]{36}\.(pdf|png|jpg|webp)$/.test(storedName)) throw new Error('invalid stored name');
  return path.join(root(), storedName.slice(0, 2), storedName);
}

export async function putFile(bytes: Uint8Array, mime: AllowedMime): Promise<{ storedName: string; sha256: string }> {
  const storedName = `${randomUUID()}.${EXTENSION[mime]}`;
  const file = resolveStored(storedName);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, bytes, { flag: 'wx' });
  return { storedName, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export async function readFile(storedName: string): Promise<Buffer> {
  return fs.readFile(resolveStored(storedName));
}

export async function removeFile(storedName: string): Promise<void> {
  await fs.rm(resolveStored(storedName), { force: true });
}
