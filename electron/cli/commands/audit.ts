import type { AuditPage, AuditRecord } from '../../../shared/domain/audit';
import type { AuditAction } from '../../../shared/domain/audit-vocabulary';
import type { AuditVerdict } from '../../core/audit/audit-verify';
import { countOption, flag, stringOption, type Invocation } from '../command';
import { formatInstant, oneLine, table, writeJson, writeOut } from '../output';
import { currentPassphrase } from '../passphrase';
import { resolveVaultDir, validateInput, withSession } from '../session';
import { unlockVault } from './vault';

function detailText(record: AuditRecord): string {
  return Object.entries(record.detail)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(' ');
}

export function formatAuditPage(page: AuditPage, offset: number): string {
  if (page.total === 0) return 'No audit records.';
  // Every cell is oneLine'd: an altered row could carry control characters meant for the terminal.
  const rows = page.records.map((r) => [String(r.seq), formatInstant(r.at), oneLine(r.action), oneLine(r.subjectId ?? '-'), oneLine(detailText(r))]);
  const parts = [table(['SEQ', 'WHEN', 'ACTION', 'SUBJECT', 'DETAIL'], rows)];
  const shown = offset + page.records.length;
  if (page.records.length > 0 && shown < page.total) parts.push('', `Showing ${offset + 1}–${shown} of ${page.total}; use --offset ${shown} for more.`);
  return parts.join('\n');
}

const BREAKS: Record<NonNullable<AuditVerdict['firstBroken']>['reason'], (seq: number) => string> = {
  altered: (seq) => `record ${seq} was altered`,
  missing: (seq) => `record ${seq} is missing`,
  reordered: (seq) => `record ${seq} was moved out of its place`,
  'head-mismatch': (seq) => `the chain head does not match record ${seq}`,
};

/** For vault check: the chain's verdict in one line, naming the first broken link. */
export function describeAuditVerdict(verdict: AuditVerdict): string {
  if (verdict.firstBroken === null) return `ok (${verdict.records} records)`;
  return `broken: ${BREAKS[verdict.firstBroken.reason](verdict.firstBroken.seq)}`;
}

export async function runAuditList({ values, env }: Invocation): Promise<void> {
  const dir = resolveVaultDir(stringOption(values, 'vault'), env);
  const readPassphrase = currentPassphrase(values, env);
  const action = stringOption(values, 'action') as AuditAction | undefined;
  const query = { limit: countOption(values, 'limit'), offset: countOption(values, 'offset'), ...(action === undefined ? {} : { action }) };
  const fields = { action: '--action', limit: '--limit', offset: '--offset' };
  validateInput('audit:list', query, { fields });
  await withSession(dir, env, async (session) => {
    await unlockVault(session, readPassphrase);
    const page = await session.call('audit:list', query, { fields });
    if (flag(values, 'json')) return writeJson(page);
    writeOut(formatAuditPage(page, query.offset ?? 0));
  });
}
