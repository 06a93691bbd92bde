import type { ReactNode } from 'react';

const tones = {
  error: 'border-red-300 bg-red-50 text-red-900',
  success: 'border-green-300 bg-green-50 text-green-900',
  info: 'border-sky-300 bg-sky-50 text-sky-900',
  warning: 'border-amber-300 bg-amber-50 text-amber-950',
} as const;

export function Alert({
  tone = 'info',
  title,
  children,
  id,
}: {
  tone?: keyof typeof tones;
  title?: ReactNode;
  children?: ReactNode;
  id?: string;
}) {
  return (
    <div id={id} role={tone === 'error' ? 'alert' : 'status'} className={`rounded-md border p-4 ${tones[tone]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className="mt-1 text-sm">{children}</div> : null}
    </div>
  );
}
