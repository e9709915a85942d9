import { describe, expect, it } from 'vitest';
import { draftEntrySchema, entryInputSchema, entrySchema } from '../../../shared/domain/entries';
import { docFromPlainText } from '../../../shared/domain/rich-text';
import { consentAdapter } from '../../../renderer/src/features/notebook/consent/consent-form';
import { meetingAdapter } from '../../../renderer/src/features/notebook/meeting-form';
import { trialAdapter } from '../../../renderer/src/features/notebook/trial/trial-form';
import { caseAdapter } from '../../../renderer/src/features/notebook/case/case-form';
import { observationAdapter } from '../../../renderer/src/features/notebook/observation-form';
import type { EntryAdapter } from '../../../renderer/src/features/notebook/entry-adapter';
import { termsProblems, termsToInput, BLANK_TERMS } from '../../../renderer/src/features/people';

const stored = { id: '3f2b8c1e-0000-4000-8000-000000000001', revision: 3, status: 'final', createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-11-02T08:00:00.000Z' };
const PERSON = '3f2b8c1e-0000-4000-8000-0000000000aa';
const CASE = '3f2b8c1e-0000-4000-8000-0000000000cc';
const doc = docFromPlainText('First paragraph\nSecond paragraph');

describe('every kind’s form keeps the formatted body (bodyDoc) through the editor', () => {
  const kinds: [string, EntryAdapter<{ body: string }>, Record<string, unknown>][] = [
    ['meeting', meetingAdapter, {}],
    ['observation', observationAdapter, {}],
    ['trial', trialAdapter, {}],
    ['case', caseAdapter, {}],
    ['consent', consentAdapter, { personId: PERSON }],
  ];
  for (const [kind, adapter, extra] of kinds) {
    it(`${kind}: a saved document comes back as it was, and one written in the form is what is sent`, () => {
      const entry = entrySchema.parse({ kind, title: 'T', bodyDoc: doc, ...extra, ...stored });
      const form = adapter.fromEntry(entry) as { body: string; bodyDoc: unknown } | null;
      expect(form?.bodyDoc).toEqual(doc);
      const written = docFromPlainText('Rewritten');
      const input = adapter.toInput({ ...form!, body: 'Rewritten', bodyDoc: written } as never);
      expect(input.bodyDoc).toEqual(written);
      expect(entryInputSchema.parse(input)).toEqual(input);
    });
  }
});

describe('consent form', () => {
  const withdrawal = { at: '2026-11-05T10:00:00.000Z', how: 'by phone' };
  it('carries the withdrawal and the fields it has no input for; sends nothing the vault assigned', () => {
    const entry = entrySchema.parse({ kind: 'consent', title: 'Consent of Heron', personId: PERSON, scopes: ['contact-and-meet'], givenOn: '2026-11-01', withdrawal, occurredAt: '2026-11-01T09:00:00.000Z', location: 'Annex', tags: ['land'], ...stored });
    const form = consentAdapter.fromEntry(entry)!;
    const input = consentAdapter.toInput(form);
    expect(input).toMatchObject({ personId: PERSON, withdrawal, occurredAt: '2026-11-01T09:00:00.000Z', location: 'Annex', tags: ['land'], givenOn: '2026-11-01' });
    expect(input).not.toHaveProperty('id');
    expect(consentAdapter.same(form, consentAdapter.fromEntry(entry)!)).toBe(true);
    expect(consentAdapter.same(form, { ...form, terms: { ...form.terms, witness: 'W' } })).toBe(false);
  });

  it('a new consent without its person is a valid draft, not a valid entry, and reopens with no person', () => {
    const input = consentAdapter.toInput({ ...consentAdapter.blank(new Date()), title: 'Untitled yet' });
    expect(draftEntrySchema.safeParse(input).success).toBe(true);
    expect(entryInputSchema.safeParse(input).success).toBe(false);
    expect(consentAdapter.fromEntry(draftEntrySchema.parse(input))!.terms.personId).toBeNull();
  });

  it('reads days typed in Arabic-Indic digits, and names what is missing or unreadable', () => {
    const terms = { ...BLANK_TERMS, personId: PERSON, scopes: ['contact-and-meet' as const], givenOn: '٢٠٢٦-١١-٠١', expiresOn: '2026-13-40' };
    expect(termsToInput(terms)).toMatchObject({ givenOn: '2026-11-01', expiresOn: null });
    expect(termsProblems(terms)).toEqual({ expiresOn: 'consent.problem.date' });
    expect(Object.keys(termsProblems(BLANK_TERMS)).sort()).toEqual(['person', 'scopes']);
  });
});

describe('links between records', () => {
  it('meeting: the defender case it was about round-trips', () => {
    const entry = entrySchema.parse({ kind: 'meeting', title: 'Met the lawyer', defenderCaseId: CASE, ...stored });
    const form = meetingAdapter.fromEntry(entry)!;
    expect(form.defenderCaseId).toBe(CASE);
    expect(meetingAdapter.toInput({ ...form, defenderCaseId: null })).toMatchObject({ defenderCaseId: null });
    expect(meetingAdapter.toInput(form)).toMatchObject({ defenderCaseId: CASE });
  });

  it('trial: its case and a defendant linked to People round-trip', () => {
    const entry = entrySchema.parse({ kind: 'trial', title: 'Hearing 1', defenderCaseId: CASE, hearing: { defendants: [{ name: '', personId: PERSON }] }, ...stored });
    const form = trialAdapter.fromEntry(entry)!;
    expect(form.defenderCaseId).toBe(CASE);
    const input = trialAdapter.toInput(form);
    expect(input).toMatchObject({ defenderCaseId: CASE, hearing: { defendants: [{ personId: PERSON }] } });
  });
});
