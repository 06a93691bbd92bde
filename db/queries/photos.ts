import 'server-only';
import { eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { isStaff } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/errors';
import { getDb } from '../client';
import { listingPhotos, listings } from '../schema';

/**
 * A photo is public once it is part of a live listing's published copy; before that only the
 * seller's own users and staff can see it. Anything else is NotFound.
 */
export async function getPhoto(actor: Actor | null, photoId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ photo: listingPhotos, live: listings.live, published: listings.published })
    .from(listingPhotos)
    .leftJoin(listings, eq(listings.id, listingPhotos.listingId))
    .where(eq(listingPhotos.id, photoId));
  if (!row) throw new NotFoundError();
  const isPublic = row.live === true && (row.published?.photoIds ?? []).includes(photoId);
  const mine = actor?.businessId === row.photo.businessId;
  if (!isPublic && !mine && !(actor && isStaff(actor))) throw new NotFoundError();
  return { ...row.photo, isPublic };
}
