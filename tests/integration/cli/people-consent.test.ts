import { beforeAll, describe, expect, it } from 'vitest';
import { expectOneErrorLine, runCli, useCliVault } from './run-cli';

const CANARY = 'Yasmin Canaryname-Haddad';
const CONTACT = '+000 555 0199 canary-contact';

// In process for the cases; one spawned run keeps the name-on-stdin path honest.
describe('fieldnotes person and consent', () => {
  const { env, file, run } = useCliVault();
  let personId: string;
  let consentId: string;

  beforeAll(async () => {
    const added = await run(['person', 'add', '--pseudonym', 'Falcon', '--name-file', file('name.txt', `${CANARY}\n`), '--json', file('p.json', JSON.stringify({ riskLevel: 'high', contacts: CONTACT, atRiskGroups: ['independent-journalists'] }))]);
    expect(added.code, added.stderr).toBe(0);
    personId = added.stdout.trim();
    expect(personId).toMatch(/^[0-9a-f-]{36}$/);
    const consent = { kind: 'consent', title: 'Consent of Falcon', personId, scopes: ['contact-and-meet', 'named-in-hq-reporting'], givenOn: '2026-11-01' };
    const created = await run(['entry', 'add', '--json', file('c.json', JSON.stringify(consent))]);
    expect(created.code, created.stderr).toBe(0);
    consentId = (JSON.parse(created.stdout) as { id: string }).id;
    const meeting = { kind: 'meeting', title: 'Met Falcon at the annex', participantRefs: [{ personId }] };
    expect((await run(['entry', 'add', '--json', file('m.json', JSON.stringify(meeting))])).code).toBe(0);
  });

  it('never prints the real name in person list, entry list, entry show or search', async () => {
    const commands = [
      ['person', 'list'],
      ['person', 'list', '--json'],
      ['person', 'show', personId],
      ['person', 'show', personId, '--json'],
      ['entry', 'list'],
      ['entry', 'list', '--json'],
      ['entry', 'show', consentId, '--json'],
      ['search', 'Falcon'],
      ['search', 'Yasmin'],
    ];
    const outputs = [];
    // One at a time: runInProcess captures this process's stdout.
    for (const args of commands) outputs.push(await run(args));
    for (const output of outputs) {
      expect(output.code, output.stderr).toBe(0);
      expect(output.stdout + output.stderr).not.toContain('Canaryname');
      expect(output.stdout).not.toContain('canary-contact');
    }
    expect(outputs[0]?.stdout).toMatch(/Falcon/);
    expect(outputs[7]?.stdout).toMatch(/2 matches/);
    // The real name is in no index: searching for it finds nothing.
    expect(outputs[8]?.stdout).toMatch(/^No matches/);
  });

  it('person show --reveal adds the name and contacts, and the audit log records that (never what)', async () => {
    const shown = await run(['person', 'show', personId, '--reveal']);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain(CANARY);
    expect(shown.stdout).toContain(CONTACT);
    const audit = await run(['audit', 'list', '--action', 'person.name-revealed', '--json']);
    const page = JSON.parse(audit.stdout) as { records: { subjectId: string }[] };
    expect(page.records.map((r) => r.subjectId)).toEqual([personId]);
    expect(audit.stdout).not.toContain('Canaryname');
  });

  it('consent withdraw records the withdrawal at once; a second one and a removal are refused', async () => {
    const withdrawn = await run(['consent', 'withdraw', consentId.slice(0, 8), '--how', 'by phone']);
    expect(withdrawn.code, withdrawn.stderr).toBe(0);
    expect(withdrawn.stdout).toMatch(/withdrawn at \d{4}-/);
    const shown = JSON.parse((await run(['entry', 'show', consentId, '--json'])).stdout) as { withdrawal: { how: string }; revision: number };
    expect(shown.withdrawal.how).toBe('by phone');
    expectOneErrorLine(await run(['consent', 'withdraw', consentId]), 1, /already withdrawn/);
    const removed = await run(['entry', 'rm', consentId]);
    expect(removed.code).not.toBe(0);
    expect(removed.stderr).toMatch(/cannot be deleted/);
    const audit = JSON.parse((await run(['audit', 'list', '--json'])).stdout) as { records: { action: string }[] };
    expect(audit.records.map((r) => r.action)).toEqual(expect.arrayContaining(['consent.given', 'consent.withdrawn']));
  });

  it('refuses a taken pseudonym, a missing one, and an unknown JSON field, each in one line', async () => {
    expectOneErrorLine(await run(['person', 'add', '--pseudonym', 'falcon']), 2, /already has this pseudonym/);
    expectOneErrorLine(await run(['person', 'add']), 2, /--pseudonym/);
    expectOneErrorLine(await run(['person', 'add', '--json', file('bad.json', '{"name":"x"}')]), 2, /unknown field 'name'/);
  });

  it('has no --name option: a real name cannot be given on the command line', async () => {
    const result = await run(['person', 'add', '--pseudonym', 'Owl', '--name', 'Someone Real']);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('Someone Real');
  });

  it('reads the real name from standard input (the bin, spawned)', async () => {
    const added = await runCli(['person', 'add', '--pseudonym', 'Heron', '--name-file', '-'], { env, input: `${CANARY} Two\n` });
    expect(added.code, added.stderr).toBe(0);
    const shown = await run(['person', 'show', added.stdout.trim(), '--reveal', '--json']);
    expect((JSON.parse(shown.stdout) as { realName: string }).realName).toBe(`${CANARY} Two`);
  });
});
