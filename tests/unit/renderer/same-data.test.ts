import { describe, expect, it } from 'vitest';
import { sameData } from '../../../renderer/src/features/notebook/same-data';
import { trialAdapter } from '../../../renderer/src/features/notebook/trial/trial-form';

const line = (i: number) => ({ id: `l${i}`, at: '2026-11-23T07:00:00.000Z', text: `Line ${i}` });

describe('sameData: the editor’s dirty check, as JSON would compare, without writing JSON', () => {
  it('equal content in different objects is the same; key order does not matter', () => {
    expect(sameData({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true);
  });

  it('tells apart a changed leaf, a longer array, a missing key, and an array from an object', () => {
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameData({ 0: 'a', length: 1 }, ['a'])).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData('1', 1)).toBe(false);
  });

  it('an undefined property is absent, as in JSON', () => {
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });

  it('a hearing: the same log in another array is unchanged; one line more or one word changed is a change', () => {
    const blank = trialAdapter.blank(new Date('2026-11-23T07:00:00Z'));
    const log = Array.from({ length: 400 }, (_, i) => line(i));
    const form = { ...blank, title: 'Hearing', log };
    expect(trialAdapter.same(form, { ...form, log: log.map((l) => ({ ...l })) })).toBe(true);
    expect(trialAdapter.same(form, { ...form, log: [...log, line(400)] })).toBe(false);
    expect(trialAdapter.same(form, { ...form, log: log.map((l, i) => (i === 200 ? { ...l, text: 'Line 200!' } : l)) })).toBe(false);
  });
});
