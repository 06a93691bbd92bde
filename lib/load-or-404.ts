import 'server-only';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { NotFoundError } from './errors';

const uuid = z.uuid();

/**
 * A detail page's record by id: a malformed id or the data layer's NotFoundError (missing, or another
 * business's) is the 404 page; anything else is an error.
 */
export async function loadOr404<T>(id: string, load: (id: string) => Promise<T>): Promise<T> {
  if (!uuid.safeParse(id).success) notFound();
  try {
    return await load(id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}
