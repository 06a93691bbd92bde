import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './pagination';

describe('keyset cursors', () => {
  const id = '3f1e2d4c-5b6a-4789-8abc-def012345678';
  it('round-trips a timestamp and id', () => {
    expect(decodeCursor(encodeCursor(['2026-11-25T10:00:00.123Z', id]), 2)).toEqual(['2026-11-25T10:00:00.123Z', id]);
  });
  it('treats a tampered cursor as the first page instead of failing', () => {
    for (const bad of [
      'garbage',
      encodeCursor(['not a date', id]),
      encodeCursor(['2026-11-25T10:00:00.000Z', "x' or 1=1"]),
      encodeCursor([1, 2]),
      encodeCursor(['2026-13-45T99:99:99Z', id]),
    ]) {
      expect(decodeCursor(bad, 2)).toBeNull();
    }
  });
});
