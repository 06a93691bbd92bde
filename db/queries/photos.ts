import 'server-only';
import { eq } from 'drizzle-orm';
import { isStaff, type Caller } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/errors';
import { getDb } from '../client';
import { listingPhotos, listings } from '../schema';
import { actsFor } from '../scope';

/**
 * A photo is public once it is part of a live listing's published copy; before that only the
 * seller's own users and staff can see it. Anything else is NotFound.
 */
export async function getPhoto(caller: Caller, photoId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ photo: listingPhotos, live: listings.live, published: listings.published })
    .from(listingPhotos)
    .leftJoin(listings, eq(listings.id, listingPhotos.listingId))
    .where(eq(listingPhotos.id, photoId));
  if (!row) throw new NotFoundError();
  const isPublic = row.live === true && (row.published?.photoIds ?? []).includes(photoId);
  if (!isPublic && !actsFor(caller, row.photo.businessId) && !isStaff(caller)) throw new NotFoundError();
  return { ...row.photo, isPublic };
}
