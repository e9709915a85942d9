import { useState } from 'react';
import { CASE_STATUSES, type CaseStatus } from '../../../../shared/domain/case-vocabulary';
import type { EntrySummary } from '../../../../shared/domain/entries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
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

/** The opened case's hearings (facet 'case') and the meetings that name its defender. */
function CaseLinks({ row, onOpen }: { row: CaseRow; onOpen: (id: string) => void }) {
  const { t } = useI18n();
  const links = useLoad(`case-links:${row.summary.id}`, async () => {
    const hearings = await call('entry:list', { facets: [{ facet: 'case', value: row.summary.id }], limit: 100 });
    const meetings = row.defenderId ? await call('entry:list', { kind: 'meeting', facets: [{ facet: 'person', value: row.defenderId }], limit: 100 }) : null;
    return { hearings: hearings.entries, meetings: meetings?.entries ?? [] };
  });
  return (
    <div className="stack stack--tight">
      <ErrorAlert error={links.error} />
      <h2 className="subheading">{t('case.hearings')}</h2>
      {links.data && links.data.hearings.length === 0 ? <p className="muted">{t('case.noHearings')}</p> : null}
      <EntryLinkList entries={links.data?.hearings ?? []} label={t('case.hearings')} onOpen={onOpen} />
      <h2 className="subheading">{t('case.meetings')}</h2>
      {links.data && links.data.meetings.length === 0 ? <p className="muted">{t('case.noMeetings')}</p> : null}
      <EntryLinkList entries={links.data?.meetings ?? []} label={t('case.meetings')} onOpen={onOpen} />
    </div>
  );
}

/** Defender cases with their status and the defender's pseudonym; opening one shows it beside, with its hearings and meetings here. */
export function CasesView({ onOpen, savedCount }: { onOpen: (id: string) => void; savedCount: number }) {
  const { t, tp } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [status, setStatus] = useState<CaseStatus | ''>('');
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
      <Field label={t('cases.filter')}>
        {(c) => (
          <select {...c} className="input" value={status} onChange={(e) => setStatus(e.target.value as CaseStatus | '')}>
            <option value="">{t('cases.filter.all')}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`case.status.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
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
