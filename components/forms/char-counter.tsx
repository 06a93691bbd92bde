'use client';

import { useEffect, useState } from 'react';

/**
 * "37 of 120 characters" under a field with a length limit, so the limit shows while typing rather
 * than after submitting. Without JavaScript it says the limit. It is part of the field's description.
 */
export function CharCounter({ target, max }: { target: string; max: number }) {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    const el = document.getElementById(target) as HTMLInputElement | HTMLTextAreaElement | null;
    if (!el) return;
    const update = () => setCount(el.value.length);
    update();
    el.addEventListener('input', update);
    return () => el.removeEventListener('input', update);
  }, [target]);
  return (
    <p id={`${target}-count`} className="text-xs text-stone-600">
      {count === null ? `Up to ${max} characters` : `${count} of ${max} characters`}
      {count !== null && count >= max ? ' — the limit' : ''}
    </p>
  );
}
