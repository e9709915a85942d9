import type { BundleSummary } from '../../../../shared/domain/bundles';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useI18n } from '../../i18n/use-i18n';
import { carriedMetadataText } from './carried-metadata';
import { Fingerprint } from './Fingerprint';

/** A verified bundle's signed manifest: who signed it, which number, when, what, to whom, and what consent withheld. */
export function BundleSummaryView({ summary }: { summary: BundleSummary }) {
  const { t, tp, formatNumber, formatDateTime } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="stack bundle-summary">
      <h3 className="minor-heading" ref={headingRef} tabIndex={-1}>
        {t('hq.verified')}
      </h3>
      <dl className="facts">
        <dt>{t('hq.officer')}</dt>
        <dd>
          <Fingerprint value={summary.officer.fingerprint} labelled={false} />
        </dd>
        <dt>{t('hq.sequence')}</dt>
        <dd>{formatNumber(summary.sequence)}</dd>
        <dt>{t('hq.createdAt')}</dt>
        <dd>{formatDateTime(summary.createdAt)}</dd>
        <dt>{t('hq.recipients')}</dt>
        <dd>
          <ul className="plain-list">
            {summary.recipients.map((recipient) => (
              <li key={recipient.fingerprint}>
                <span dir="auto">{recipient.name}</span> <Fingerprint value={recipient.fingerprint} labelled={false} />
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <ul className="plain-list">
        <li>{tp('preview.entries', summary.counts.entries)}</li>
        <li>{tp('preview.revisions', summary.counts.revisions)}</li>
        <li>{tp('preview.attachments', summary.counts.attachments)}</li>
        <li>{tp('hq.redactions', summary.redactions.length)}</li>
        {summary.metadataKept.files > 0 ? (
          <li>
            {tp('hq.metadataKept', summary.metadataKept.files)} {carriedMetadataText(t, summary.metadataKept.carried)}
          </li>
        ) : null}
      </ul>
      {summary.redactions.length > 0 ? (
        <ul className="plain-list" aria-label={tp('hq.redactions', summary.redactions.length)}>
          {summary.redactions.map((redaction) => (
            <li key={redaction.personId} dir="auto">
              {redaction.pseudonym}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
