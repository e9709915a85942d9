import { trialInputSchema, type TrialInput } from '../../shared/domain/kinds/trial';

type TrialData = Omit<Partial<TrialInput>, 'hearing'> & { hearing?: Partial<TrialInput['hearing']> };

/**
 * A whole trial input (every default applied), as the contract hands it to the core: a
 * hearing of case 123/2026 before the state security court, with two log lines. The names are
 * pseudonyms made up for tests.
 */
export function trial(overrides: TrialData = {}): TrialInput {
  const { hearing, ...rest } = overrides;
  return trialInputSchema.parse({
    kind: 'trial',
    title: 'Hearing of the coastal defenders',
    occurredAt: '2026-11-23T07:00:00.000Z',
    hearing: {
      courtName: 'Harbour District Court',
      courtType: 'state-security',
      city: 'Port Cedar',
      caseNumber: '123/2026',
      stage: 'trial',
      judges: 'Three-judge panel',
      defendants: [{ name: 'Defendant Juniper', detention: 'detained', detentionPlace: 'Central prison' }],
      charges: 'Membership of an unlicensed association',
      ...hearing,
    },
    log: [
      { id: 'l1', at: '2026-11-23T07:05:00.000Z', text: 'Defendant Juniper brought in handcuffed, kept in a cage.' },
      { id: 'l2', at: '2026-11-23T07:12:00.000Z', text: 'Counsel asked for the file; the judge refused.' },
    ],
    ...rest,
  });
}
