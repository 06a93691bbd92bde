import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { NotFoundError } from '@/lib/errors';
import { objectPath, type Body, type ObjectStore } from './types';

/**
 * Local-disk storage: the embedded default. Nothing is ever served from this folder directly.
 * Writes go to a temporary file in the same folder and are renamed into place, so a crash or a
 * broken upload never leaves a half-written file under a real name.
 */
export function localStore(dir: string): ObjectStore {
  const root = path.resolve(dir);
  const file = (key: string) => path.join(root, objectPath(key));
  return {
    kind: 'local',
    async write(key, body: Body, size) {
      const target = file(key);
      await fs.mkdir(path.dirname(target), { recursive: true });
      const tmp = `${target}.${randomUUID()}.part`;
      try {
        const source = body instanceof Uint8Array ? Readable.from([body]) : body;
        await pipeline(source, createWriteStream(tmp, { flags: 'wx' }));
        const written = (await fs.stat(tmp)).size;
        if (written !== size) throw new Error(`stored ${written} bytes, expected ${size}`);
        // link() refuses an existing name, unlike rename(): a key is never overwritten.
        await fs.link(tmp, target);
      } finally {
        await fs.rm(tmp, { force: true });
      }
    },
    async read(key) {
      const target = file(key);
      let size: number;
      try {
        size = (await fs.stat(target)).size;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError('stored file missing');
        throw e;
      }
      return { body: createReadStream(target), size };
    },
    async remove(key) {
      await fs.rm(file(key), { force: true });
    },
    async stat(key) {
      try {
        return (await fs.stat(file(key))).size;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
  };
}

/** Every stored name under a local folder, with its size (for storage:migrate). */
export async function* listLocal(dir: string): AsyncGenerator<{ key: string; size: number; path: string }> {
  const root = path.resolve(dir);
  let folders: string[];
  try {
    folders = (await fs.readdir(root)).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  for (const folder of folders) {
    if (!/^[0-9a-f]{2}$/.test(folder)) continue;
    for (const name of (await fs.readdir(path.join(root, folder))).sort()) {
      const p = path.join(root, folder, name);
      if (!/^[0-9a-f-]{36}\.(pdf|png|jpg|webp)$/.test(name)) continue;
      yield { key: name, size: (await fs.stat(p)).size, path: p };
    }
  }
}
