import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_PAGE_MAX } from '../../../shared/domain/audit';
import { AUDIT_LIMIT_MAX } from '../../../electron/cli/specs/audit';
import { VaultSession } from '../../../electron/core/vault/session';
import { openEncryptedDatabaseForTest } from '../../support/raw-vault';
import { PASSPHRASE, expectOneErrorLine, runCli, runInProcess, useCliVault } from './run-cli';

// In process but for the broken-chain case, which runs the bin: its exit code is the contract.
describe('fieldnotes audit list and the chain in vault check', () => {
  const { env, run } = useCliVault();

  beforeAll(async () => {
    const wrong = await runInProcess(['audit', 'list'], { env: { ...env, FIELDNOTES_PASSPHRASE: 'not the passphrase at all' } });
    expect(wrong.code).toBe(1);
  });

  it('lists the records newest first, the failed attempt handed over before the unlock', async () => {
    const result = await run(['audit', 'list']);
    expect(result.code, result.stderr).toBe(0);
    const actions = result.stdout
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => /\b(vault\.[a-z-]+)/.exec(line)?.[1]);
    expect(actions).toEqual(['vault.unlocked', 'vault.unlock-failed', 'vault.locked', 'vault.created']);
    expect(result.stdout).toMatch(/vault\.unlock-failed\s+-\s+count=1 lastAt=\d{4}-/);
  });

  it('--json prints the contract’s page; --action filters; --limit pages', async () => {
    const page = JSON.parse((await run(['audit', 'list', '--json', '--action', 'vault.locked', '--limit', '1'])).stdout) as {
      records: { action: string }[];
      total: number;
    };
    expect(page.records.map((r) => r.action)).toEqual(['vault.locked']);
    expect(page.total).toBeGreaterThan(1);
  });

  it('refuses an unknown action, naming the option', async () => {
    const result = await run(['audit', 'list', '--action', 'vault.opened']);
    expectOneErrorLine(result, 2, /--action/);
  });

  it('help states the page limit the contract enforces', () => {
    expect(AUDIT_LIMIT_MAX).toBe(AUDIT_PAGE_MAX);
  });

  it('vault check prints the chain verdict, and exits 1 naming the first broken link once a row is deleted', async () => {
    const healthy = await run(['vault', 'check']);
    expect(healthy.code, healthy.stderr).toBe(0);
    expect(healthy.stdout).toMatch(/^Audit log:\s+ok \(\d+ records\)$/m);

    await openEncryptedDatabaseForTest(new VaultSession({ dir: env.FIELDNOTES_VAULT, kdfTargetMs: 0 }), PASSPHRASE, (db) => db.prepare('DELETE FROM audit_log WHERE seq = 2').run());
    const broken = await runCli(['vault', 'check'], { env });
    expect(broken.stdout).toMatch(/^Audit log:\s+broken: record 2 is missing$/m);
    expectOneErrorLine(broken, 1, /audit log broken: record 2 is missing/);

    const json = JSON.parse((await run(['vault', 'check', '--json'])).stdout) as Record<string, unknown>;
    expect(json.audit).toMatchObject({ ok: false, firstBroken: { seq: 2, reason: 'missing' } });
  });
});
