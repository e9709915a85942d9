import { describe, expect, it } from 'vitest';
import { useCliVault } from './run-cli';

describe('fieldnotes entry add/show for a trial observation', () => {
  const { json, ok } = useCliVault();

  it('adds a trial from JSON and shows its hearing, log and checklist readably; a meeting still shows its own fields', async () => {
    const trial = {
      kind: 'trial',
      title: 'Second hearing',
      occurredAt: '2026-12-07T07:00:00Z',
      hearing: { courtName: 'Harbour District Court', courtType: 'military', caseNumber: '123/2026', stage: 'verdict', defendants: [{ name: 'Cedar', detention: 'detained' }] },
      log: [{ id: 'l1', at: '2026-12-07T07:10:00Z', text: 'Verdict read in 4 minutes.' }],
      checklist: [{ item: 'reasoned-judgment', finding: 'concern', evidence: 'No reasons given.', cites: ['l1'] }],
      adjournment: { adjourned: true, reason: 'Sentencing', nextHearingOn: '2026-12-21' },
    };
    const id = (JSON.parse(await ok(['entry', 'add', '--json', json('trial.json', trial)])) as { id: string }).id;
    const shown = await ok(['entry', 'show', id]);
    expect(shown).toMatch(/Court:\s+Harbour District Court, military/);
    expect(shown).toMatch(/Case number:\s+123\/2026/);
    expect(shown).toMatch(/Stage:\s+verdict/);
    expect(shown).toMatch(/Defendants:\s+Cedar detained/);
    expect(shown).toMatch(/Adjourned:\s+yes, to 2026-12-21: Sentencing/);
    expect(shown).toMatch(/Checklist:\s+1 of 16 items, 1 concerns/);
    expect(shown).toContain('Hearing log:\n  [l1] ');
    expect(shown).toContain('Verdict read in 4 minutes.');
    expect(shown).toContain('reasoned-judgment: concern (log l1)\n    No reasons given.');
    expect(shown).not.toMatch(/Participants/);

    const meetingFile = json('meeting.json', { kind: 'meeting', title: 'Coalition', counterpartType: 'coalition', participants: 'Two members' });
    const meeting = await ok(['entry', 'show', (JSON.parse(await ok(['entry', 'add', '--json', meetingFile])) as { id: string }).id]);
    expect(meeting).toMatch(/Counterpart:\s+coalition/);
    expect(meeting).toMatch(/Participants:\s+Two members/);
    expect(meeting).not.toMatch(/Case number/);
  });
});
