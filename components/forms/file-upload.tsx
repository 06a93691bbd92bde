'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { useActingForUrl } from '@/components/business/acting-for';
import { buttonClass } from '@/components/ui/button';

/** An optional date that travels with the file (e.g. a certificate's expiry date). */
export interface UploadDateField {
  name: string;
  label: string;
}

/** An error from the server, and the field it belongs to ("file" unless a date field is named). */
export interface UploadError {
  message: string;
  field?: string;
}

const FILE_REQUIRED = 'File is required: choose a PDF, PNG, JPEG or WebP.';
const FAILED = 'The upload failed. Please try again.';

/**
 * Upload with a progress bar (XMLHttpRequest reports upload progress; fetch does not). Without
 * JavaScript the same form posts to the same endpoint, which answers with a redirect back to the
 * page carrying the result; with it, the endpoint answers JSON (`Accept: application/json`):
 * `{ ok: true }` or `{ ok: false, message, fieldErrors }`. The error is shown once, next to the field
 * the server named, and that field points to it with aria-describedby.
 */
export function FileUpload({
  action,
  hidden,
  title,
  dates = [],
  initialError,
  uploadedText = 'Uploaded.',
}: {
  action: string;
  hidden: Record<string, string>;
  /** What the file is, for the labels ("File for …", "Uploading …"). */
  title: string;
  dates?: UploadDateField[];
  initialError?: UploadError;
  uploadedText?: string;
}) {
  const id = useId();
  const router = useRouter();
  const target = useActingForUrl(action);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<UploadError | undefined>(initialError);
  const [done, setDone] = useState(false);

  const fieldId = (name: string) => (name === 'file' ? id : `${id}-${name}`);
  const isField = (name: string) => name === 'file' || dates.some((d) => d.name === name);
  // The field the error belongs to; null: the whole form (e.g. an unknown document).
  const errorField = !error ? null : error.field === undefined ? 'file' : isField(error.field) ? error.field : null;

  function fail(message: string, fieldErrors: Record<string, string> = {}) {
    const keys = Object.keys(fieldErrors);
    const field = keys.find(isField) ?? (keys.length ? '_form' : 'file');
    setError({ message, field });
    // Focus once React has rendered the message, so it is read out with the field.
    requestAnimationFrame(() => document.getElementById(fieldId(isField(field) ? field : 'file'))?.focus());
  }

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const file = el.querySelector<HTMLInputElement>('input[type=file]')?.files?.[0];
    if (!file) {
      fail(FILE_REQUIRED, { file: FILE_REQUIRED });
      return;
    }
    setError(undefined);
    setDone(false);
    setProgress(0);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', el.action);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (ev) => ev.lengthComputable && setProgress(Math.round((ev.loaded / ev.total) * 100));
    xhr.onload = () => {
      setProgress(null);
      let body: { ok?: boolean; message?: string; fieldErrors?: Record<string, string> } = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = { message: FAILED };
      }
      if (xhr.status < 300 && body.ok) {
        setDone(true);
        el.reset();
        router.refresh();
      } else {
        fail(body.message ?? FAILED, body.fieldErrors);
      }
    };
    xhr.onerror = () => {
      setProgress(null);
      fail('The connection dropped during the upload. Please try again.');
    };
    xhr.send(new FormData(el));
  }

  const describedBy = (name: string, desc?: string) =>
    [desc, errorField === name ? `${fieldId(name)}-error` : null].filter(Boolean).join(' ') || undefined;
  const fieldError = (name: string) =>
    errorField === name && error ? (
      <p id={`${fieldId(name)}-error`} className="text-sm font-medium text-red-700" role="alert">
        {error.message}
      </p>
    ) : null;

  return (
    <form action={target} method="post" encType="multipart/form-data" onSubmit={onSubmit} className="space-y-2">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <label htmlFor={id} className="block text-sm font-medium">
        File for {title}
      </label>
      <p id={`${id}-desc`} className="text-sm text-stone-600">
        PDF, PNG, JPEG or WebP, up to 10 MB.
      </p>
      <input
        id={id}
        name="file"
        type="file"
        accept="application/pdf,image/png,image/jpeg,image/webp"
        aria-invalid={errorField === 'file' ? true : undefined}
        aria-describedby={describedBy('file', `${id}-desc`)}
        className="block text-sm"
      />
      {fieldError('file')}
      {dates.map((d) => (
        <div key={d.name}>
          <label htmlFor={fieldId(d.name)} className="block text-sm">
            {d.label} <span className="text-stone-500">(optional)</span>
          </label>
          <input
            id={fieldId(d.name)}
            name={d.name}
            type="date"
            aria-invalid={errorField === d.name ? true : undefined}
            aria-describedby={describedBy(d.name)}
            className="rounded border border-stone-400 px-2 py-1 aria-[invalid=true]:border-red-700"
          />
          {fieldError(d.name)}
        </div>
      ))}
      <button type="submit" className={buttonClass('secondary')} disabled={progress !== null}>
        Upload<span className="sr-only"> {title}</span>
      </button>
      {progress !== null ? (
        <div className="flex items-center gap-2 text-sm">
          <progress max={100} value={progress} aria-label={`Uploading ${title}`} className="w-48" />
          <span aria-live="polite">{progress}%</span>
        </div>
      ) : null}
      {errorField === null && error ? (
        <p className="text-sm font-medium text-red-700" role="alert">
          {error.message}
        </p>
      ) : null}
      {done ? (
        <p className="text-sm text-green-900" role="status">
          {uploadedText}
        </p>
      ) : null}
    </form>
  );
}
