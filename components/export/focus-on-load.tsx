'use client';

import { useEffect } from 'react';

/**
 * Moves focus to the element with this id once, when the page shows it: after a check the answer is
 * below the form (on a phone, screens below), and a screen reader reads out what receives focus.
 */
export function FocusOnLoad({ id }: { id: string }) {
  useEffect(() => {
    const el = document.getElementById(id);
    el?.focus({ preventScroll: true });
    el?.scrollIntoView({ block: 'start' });
  }, [id]);
  return null;
}
