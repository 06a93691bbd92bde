'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import { buttonClass } from '@/components/ui/button';

/**
 * Upload with a progress bar (XMLHttpRequest reports upload progress; fetch does not). Without
 * JavaScript the same form posts to the same endpoint and the page comes back with the result.
 */
export function DocumentUpload({ code, title, initialError }: { code: string; title: string; initialError?: string }) {
  const id = useId();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | undefined>(initialError);
  const [done, setDone] = useState(false);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const file = input.current?.files?.[0];
    if (!file) {
      setError('File is required: choose a PDF, PNG, JPEG or WebP.');
      input.current?.focus();
      return;
    }
    setError(undefined);
    setDone(false);
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
        body = { message: 'The upload failed. Please try again.' };
      }
      if (xhr.status < 300 && body.ok) {
        setDone(true);
        form.reset();
        router.refresh();
      } else {
        setError(body.message ?? 'The upload failed. Please try again.');
        input.current?.focus();
      }
    };
    xhr.onerror = () => {
      setProgress(null);
      setError('The connection dropped during the upload. Please try again.');
    };
    xhr.send(new FormData(form));
  }

  return (
    <form action="/api/applications/documents" method="post" encType="multipart/form-data" onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="requirementCode" value={code} />
      <label htmlFor={id} className="block text-sm font-medium">
        File for {title}
      </label>
      <p id={`${id}-desc`} className="text-sm text-stone-600">
        PDF, PNG, JPEG or WebP, up to 10 MB.
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <input
          ref={input}
          id={id}
          name="file"
          type="file"
          accept="application/pdf,image/png,image/jpeg,image/webp"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-desc${error ? ` ${id}-error` : ''}`}
          className="text-sm"
        />
        <button type="submit" className={buttonClass('secondary')} disabled={progress !== null}>
          Upload<span className="sr-only"> {title}</span>
        </button>
      </div>
      {progress !== null ? (
        <div className="flex items-center gap-2 text-sm">
          <progress max={100} value={progress} aria-label={`Uploading ${title}`} className="w-48" />
          <span aria-live="polite">{progress}%</span>
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700" role="alert">
          {error}
        </p>
      ) : null}
      {done ? (
        <p className="text-sm text-green-900" role="status">
          Uploaded.
        </p>
      ) : null}
    </form>
  );
}
