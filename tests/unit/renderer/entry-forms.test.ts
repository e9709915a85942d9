import { describe, expect, it } from 'vitest';
import { draftEntrySchema, entryInputSchema, entrySchema } from '../../../shared/domain/entries';
import { meetingAdapter } from '../../../renderer/src/features/notebook/meeting-form';
import { observationAdapter } from '../../../renderer/src/features/notebook/observation-form';

const stored = { id: '3f2b8c1e-0000-4000-8000-000000000001', revision: 3, status: 'final', createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-11-02T08:00:00.000Z' };

describe('entry forms round-trip a saved entry into what a save and a draft send', () => {
  it('meeting: fields the form has no input for are carried; what the vault assigned is not sent back', () => {
    const entry = entrySchema.parse({
      kind: 'meeting',
      title: 'Coalition',
      followUps: [{ text: 'Send the statement', owner: 'Desk', dueOn: '2026-12-10' }],
      tags: ['land'],
      topics: ['attacks-on-defenders'],
      ...stored,
    });
    const form = meetingAdapter.fromEntry(entry);
    expect(form).not.toBeNull();
    const input = meetingAdapter.toInput(form!);
    expect(entryInputSchema.parse(input)).toEqual(input);
    expect(draftEntrySchema.safeParse(input).success).toBe(true);
    expect(input).toMatchObject({ followUps: [{ text: 'Send the statement' }], tags: ['land'], topics: ['attacks-on-defenders'] });
    expect(input).not.toHaveProperty('id');
    expect(meetingAdapter.same(form!, meetingAdapter.fromEntry(entry)!)).toBe(true);
  });

  it('observation: the same', () => {
    const entry = entrySchema.parse({ kind: 'observation', title: 'Assembly dispersed', country: 'Jordan', outlets: ['country-reports'], ...stored });
    const input = observationAdapter.toInput(observationAdapter.fromEntry(entry)!);
    expect(entryInputSchema.parse(input)).toEqual(input);
    expect(input).toMatchObject({ country: 'Jordan', outlets: ['country-reports'] });
  });
});
