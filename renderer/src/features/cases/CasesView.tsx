import { useState } from 'react';
import { CASE_STATUSES, type CaseStatus } from '../../../../shared/domain/case-vocabulary';
import type { EntrySummary } from '../../../../shared/domain/entries';
import { Choice } from '../../components/Choice';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useLoad } from '../../components/use-load';
import { useI18n } from '../../i18n/use-i18n';
import { call } from '../../ipc/client';
import { EntryLinkList } from './EntryLinkList';

/** A vault holds tens of cases, not thousands: one page, filtered here. */
const CASES = 500;

interface CaseRow {
  summary: EntrySummary;
  status: CaseStatus;
  defenderId: string | null;
  pseudonym: string;
}

async function loadCases(): Promise<CaseRow[]> {
  const [page, people] = await Promise.all([call('entry:list', { kind: 'case', limit: CASES }), call('person:list', { limit: 500 })]);
  const pseudonyms = new Map(people.people.map((p) => [p.id, p.pseudonym]));
  const entries = await Promise.all(page.entries.map((summary) => call('entry:get', { id: summary.id })));
  return entries.flatMap((entry, i) => {
    const summary = page.entries[i];
    if (entry.kind !== 'case' || !summary) return [];
    return [{ summary, status: entry.caseStatus, defenderId: entry.defenderId, pseudonym: entry.defenderId ? (pseudonyms.get(entry.defenderId) ?? '') : '' }];
  });
}

/**
 * The opened case's hearings and the meetings linked to it (facet 'case', split by kind), then
 * the other meetings that name its defender: each list under its own heading, no entry twice.
 */
function CaseLinks({ row, onOpen }: { row: CaseRow; onOpen: (id: string) => void }) {
  const { t } = useI18n();
  const links = useLoad(`case-links:${row.summary.id}`, async () => {
    const linked = (kind: 'trial' | 'meeting') => call('entry:list', { kind, facets: [{ facet: 'case', value: row.summary.id }], limit: 100 });
    const [hearings, caseMeetings, withDefender] = await Promise.all([
      linked('trial'),
      linked('meeting'),
      row.defenderId ? call('entry:list', { kind: 'meeting', facets: [{ facet: 'person', value: row.defenderId }], limit: 100 }) : null,
    ]);
    const listed = new Set(caseMeetings.entries.map((e) => e.id));
    return { hearings: hearings.entries, caseMeetings: caseMeetings.entries, meetings: (withDefender?.entries ?? []).filter((e) => !listed.has(e.id)) };
  });
  const section = (heading: string, empty: string, entries: EntrySummary[] | undefined) => (
    <>
      <h2 className="subheading">{heading}</h2>
      {entries && entries.length === 0 ? <p className="muted">{empty}</p> : null}
      <EntryLinkList entries={entries ?? []} label={heading} onOpen={onOpen} />
    </>
  );
  return (
    <div className="stack stack--tight">
      <ErrorAlert error={links.error} />
      {section(t('case.hearings'), t('case.noHearings'), links.data?.hearings)}
      {section(t('case.caseMeetings'), t('case.noCaseMeetings'), links.data?.caseMeetings)}
      {section(t('case.meetings'), t('case.noMeetings'), links.data?.meetings)}
    </div>
  );
}

/** Defender cases with their status and the defender's pseudonym; opening one shows it beside, with its hearings and meetings here. */
export function CasesView({ onOpen, savedCount }: { onOpen: (id: string) => void; savedCount: number }) {
  const { t, tp } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [status, setStatus] = useState<CaseStatus | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const cases = useLoad(`cases:${savedCount}`, loadCases);
  const all = cases.data ?? [];
  const shown = status ? all.filter((row) => row.status === status) : all;
  const opened = all.find((row) => row.summary.id === openId);
  return (
    <div className="stack stack--loose">
      <h1 className="heading" ref={headingRef} tabIndex={-1}>
        {t('cases.heading')}
      </h1>
      <p className="muted">{t('cases.intro')}</p>
      <ErrorAlert error={cases.error} />
      <Choice label={t('cases.filter')} value={status} options={CASE_STATUSES} optionKey={(s) => `case.status.${s}`} noneKey="cases.filter.all" onChange={setStatus} />
      <p className="muted" role="status">
        {cases.data ? tp('cases.count', shown.length) : ''}
      </p>
      {cases.data && all.length === 0 ? <p>{t('cases.empty')}</p> : null}
      {cases.data && all.length > 0 && shown.length === 0 ? <p>{t('cases.noMatch')}</p> : null}
      <EntryLinkList
        entries={shown.map((row) => row.summary)}
        label={t('cases.heading')}
        onOpen={(id) => {
          setOpenId(id);
          onOpen(id);
        }}
        lead={(_, i) => {
          const row = shown[i];
          return row ? `${t(`case.status.${row.status}`)} · ${row.pseudonym || t('cases.noDefender')}` : null;
        }}
      />
      {opened ? <CaseLinks row={opened} onOpen={onOpen} /> : null}
    </div>
  );
}
