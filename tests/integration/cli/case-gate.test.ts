import { beforeAll, describe, expect, it } from 'vitest';
import { expectOneErrorLine, useCliVault } from './run-cli';

describe('fieldnotes entry add: a case action on the defender\'s behalf', () => {
  const { json, run } = useCliVault();
  let defenderId: string;
  const caseWith = (action: Record<string, unknown>) => ({ kind: 'case', title: 'Case of Falcon', defenderId, actions: [{ action: 'public-statement', status: 'done', onBehalf: true, ...action }] });

  beforeAll(async () => {
    const added = await run(['person', 'add', '--pseudonym', 'Falcon']);
    expect(added.code, added.stderr).toBe(0);
    defenderId = added.stdout.trim();
    const consent = { kind: 'consent', title: 'Consent of Falcon', personId: defenderId, scopes: ['contact-and-meet'] };
    expect((await run(['entry', 'add', '--json', json('c.json', consent)])).code).toBe(0);
  });

  it('is refused without a covering consent (exit 1, one line naming the scope), and nothing is written', async () => {
    expectOneErrorLine(await run(['entry', 'add', '--json', json('refused.json', caseWith({}))]), 1, /named-in-public-statements/);
    const list = JSON.parse((await run(['entry', 'list', '--json'])).stdout) as { entries: { kind: string }[] };
    expect(list.entries.map((e) => e.kind)).not.toContain('case');
  });

  it('is written with an overrideReason, and the override is audited without the reason', async () => {
    const added = await run(['entry', 'add', '--json', json('override.json', caseWith({ overrideReason: 'Urgent: detained overnight, unreachable' }))]);
    expect(added.code, added.stderr).toBe(0);
    const audit = await run(['audit', 'list', '--action', 'consent.gate-overridden', '--json']);
    const page = JSON.parse(audit.stdout) as { records: { subjectId: string; detail: { scope: string } }[] };
    expect(page.records.map((r) => [r.subjectId, r.detail.scope])).toEqual([[(JSON.parse(added.stdout) as { id: string }).id, 'named-in-public-statements']]);
    expect(audit.stdout).not.toContain('overnight');
    const shown = await run(['entry', 'show', (JSON.parse(added.stdout) as { id: string }).id]);
    expect(shown.stdout).toMatch(/Actions:\n\s+done\s+-+\s+public-statement on behalf \(named-in-public-statements\), without consent: Urgent/);
  });
});
