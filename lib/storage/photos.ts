import 'server-only';
import sharp, { type Metadata } from 'sharp';
import { checkUpload, type AllowedMime } from '@/lib/domain/uploads';
import { DomainError } from '@/lib/errors';
import { putFile } from './index';

const PHOTO_TYPES: AllowedMime[] = ['image/jpeg', 'image/png', 'image/webp'];

/**
 * Checks a photo by content (JPEG, PNG or WebP only), decodes it with sharp (which also refuses
 * anything malformed), stores it re-encoded without metadata, and a 480 px WebP thumbnail.
 */
export async function storeListingPhoto(fileName: string, bytes: Uint8Array) {
  const check = checkUpload(fileName, bytes.byteLength, bytes.subarray(0, 16));
  if (!check.ok) throw new DomainError(check.error, { photo: check.error });
  if (!PHOTO_TYPES.includes(check.mime))
    throw new DomainError('Photo must be a JPEG, PNG or WebP image.', {
      photo: 'Photo must be a JPEG, PNG or WebP image.',
    });
  let meta: Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    throw new DomainError('Photo could not be read as an image; it may be damaged.', {
      photo: 'Photo could not be read as an image.',
    });
  }
  if (!meta.width || !meta.height || meta.width * meta.height > 60_000_000) {
    throw new DomainError('Photo must be at most 60 megapixels.', { photo: 'Photo must be at most 60 megapixels.' });
  }
  // Re-encoding drops EXIF (GPS and the like) and anything hidden after the image data.
  const full = await sharp(bytes)
    .rotate()
    .resize({ width: 1600, height: 1600, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 85 })
    .toBuffer({ resolveWithObject: true });
  const thumb = await sharp(bytes)
    .rotate()
    .resize({ width: 480, height: 480, fit: 'cover' })
    .webp({ quality: 80 })
    .toBuffer();
  const stored = await putFile(new Uint8Array(full.data), 'image/webp');
  const storedThumb = await putFile(new Uint8Array(thumb), 'image/webp');
  return {
    storedName: stored.storedName,
    thumbName: storedThumb.storedName,
    mimeType: 'image/webp',
    width: full.info.width,
    height: full.info.height,
    sizeBytes: full.data.byteLength,
  };
}
