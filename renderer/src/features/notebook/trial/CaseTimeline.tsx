import { memo } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Section } from '../../../components/Section';
import { useLoad } from '../../../components/use-load';
import { useI18n } from '../../../i18n/use-i18n';
import { call } from '../../../ipc/client';
import { formatDay } from './format-day';
import { requestOpenEntry } from './open-entry';

/**
 * The other hearings of this case (same case number, however typed, or same defender case),
 * oldest first, with the adjournment that led to each next one; each opens in the editor.
 */
export const CaseTimeline = memo(function CaseTimeline({ entryId }: { entryId: string }) {
  const { t, formatDateTime, language, digits } = useI18n();
  const timeline = useLoad(`trial-timeline-${entryId}`, () => call('trial:timeline', { id: entryId }));
  const hearings = timeline.data?.hearings ?? [];
  return (
    <Section className="trial-section case-timeline" heading={t('trial.section.timeline')}>
      <ErrorAlert error={timeline.error} />
      {timeline.data && hearings.length <= 1 ? <p className="muted">{t('trial.timeline.alone')}</p> : null}
      {hearings.length > 1 ? (
        <ol className="case-timeline__list">
          {hearings.map((h) => (
            <li key={h.id} className="case-timeline__hearing" aria-current={h.id === entryId ? 'true' : undefined}>
              {h.id === entryId ? (
                <span dir="auto">
                  {h.title} <span className="muted">{t('trial.timeline.this')}</span>
                </span>
              ) : (
                <button type="button" className="button button--quiet" dir="auto" onClick={() => requestOpenEntry(h.id)}>
                  {h.title}
                </button>
              )}
              <span className="muted">
                {' '}
                {h.occurredAt ? formatDateTime(h.occurredAt) : t('trial.timeline.noDate')}
                {h.stage ? ` · ${t(`trial.stage.${h.stage}`)}` : ''}
              </span>
              {h.adjournment ? (
                <p className="case-timeline__adjournment" dir="auto">
                  {h.adjournment.nextHearingOn ? t('trial.timeline.adjournedTo', { date: formatDay(h.adjournment.nextHearingOn, language, digits) }) : t('trial.timeline.adjourned')}
                  {h.adjournment.reason ? ` — ${h.adjournment.reason}` : ''}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </Section>
  );
});
