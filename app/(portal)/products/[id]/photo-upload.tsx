'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { buttonClass } from '@/components/ui/button';
import { useActingForUrl } from '@/components/business/acting-for';

/** Photo upload with progress; without JavaScript the form posts and the page comes back. */
export function PhotoUpload({ listingId, initialError }: { listingId: string; initialError?: string }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState(initialError);
  const target = useActingForUrl(`/api/listings/${listingId}/photos`);
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    if (!input.current?.files?.length) {
      setError('Photo is required: choose a JPEG, PNG or WebP image.');
      return;
    }
    setError(undefined);
    setProgress(0);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (ev) => ev.lengthComputable && setProgress(Math.round((ev.loaded / ev.total) * 100));
    xhr.onload = () => {
      setProgress(null);
      let body: { ok?: boolean; message?: string } = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = {};
      }
      if (xhr.status < 300 && body.ok) {
        form.reset();
        router.refresh();
      } else setError(body.message ?? 'The upload failed. Please try again.');
    };
    xhr.onerror = () => {
      setProgress(null);
      setError('The connection dropped during the upload. Please try again.');
    };
    xhr.send(new FormData(form));
  }
  return (
    <form action={target} method="post" encType="multipart/form-data" onSubmit={onSubmit} className="space-y-2">
      <label htmlFor="photo" className="block text-sm font-medium">
        Add a photo
      </label>
      <p id="photo-desc" className="text-sm text-stone-600">
        JPEG, PNG or WebP, up to 10 MB. We make a thumbnail and remove location data.
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <input
          ref={input}
          id="photo"
          name="photo"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={`photo-desc${error ? ' photo-error' : ''}`}
          aria-invalid={error ? true : undefined}
        />
        <button type="submit" className={buttonClass('secondary')} disabled={progress !== null}>
          Upload photo
        </button>
      </div>
      {progress !== null ? <progress max={100} value={progress} aria-label="Uploading photo" className="w-48" /> : null}
      {error ? (
        <p id="photo-error" role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
