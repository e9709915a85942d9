import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newEntryId } from '../../../electron/core/db/entry-id';

describe('newEntryId', () => {
  it('is a UUID version 7 with the RFC 9562 variant, that the contract accepts', () => {
    const id = newEntryId(Date.parse('2026-12-01T10:00:00.000Z'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(z.uuid().safeParse(id).success).toBe(true);
  });

  it('starts with the creation time in milliseconds, so later ids sort after earlier ones', () => {
    const at = Date.parse('2026-12-01T10:00:00.000Z');
    expect(newEntryId(at).replace(/-/g, '').slice(0, 12)).toBe(at.toString(16).padStart(12, '0'));
    const ids = Array.from({ length: 50 }, (_, i) => newEntryId(at + i));
    expect([...ids].sort()).toEqual(ids);
  });

  it('differs between ids made in the same millisecond', () => {
    const at = Date.parse('2026-12-01T10:00:00.000Z');
    expect(new Set(Array.from({ length: 1000 }, () => newEntryId(at))).size).toBe(1000);
  });
});
