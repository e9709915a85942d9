import { useState } from 'react';
import type { ImportedBundle } from '../../../../shared/domain/bundles';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { useLoad } from '../../components/use-load';
import { useI18n } from '../../i18n/use-i18n';
import { call } from '../../ipc/client';
import { Fingerprint } from './Fingerprint';

interface ImportedSectionProps {
  bundles: readonly ImportedBundle[];
  error: AppErrorData | null;
  /** Opens one imported entry, read-only. */
  onOpen: (bundleId: string, entryId: string) => void;
}

/** Every imported bundle, newest import first; one unfolded lists its entries. */
export function ImportedSection({ bundles, error, onOpen }: ImportedSectionProps) {
  const { t, tp, formatNumber, formatDateTime } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Section id="hq-imported" heading={t('imported.heading')}>
      <ErrorAlert error={error} />
      {bundles.length === 0 ? (
        <p>{t('imported.empty')}</p>
      ) : (
        <ul className="imported-bundles">
          {bundles.map((bundle) => (
            <li key={bundle.bundleId} className="imported-bundle stack stack--tight">
              <h3 className="minor-heading" id={`imported-${bundle.bundleId}`}>
                {t('imported.bundle', { sequence: formatNumber(bundle.sequence), date: formatDateTime(bundle.createdAt) })}
              </h3>
              <p>
                {t('hq.officer')} <Fingerprint value={bundle.officer.fingerprint} labelled={false} />
              </p>
              <p>
                {tp('preview.entries', bundle.entries)}
                {bundle.replayed ? ` ${t('imported.replayed')}` : ''}
              </p>
              <div>
                <button type="button" className="button" aria-expanded={open === bundle.bundleId} aria-describedby={`imported-${bundle.bundleId}`} onClick={() => setOpen(open === bundle.bundleId ? null : bundle.bundleId)}>
                  {open === bundle.bundleId ? t('imported.hideEntries') : t('imported.showEntries')}
                </button>
              </div>
              {open === bundle.bundleId ? <ImportedEntries bundle={bundle} onOpen={onOpen} /> : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function ImportedEntries({ bundle, onOpen }: { bundle: ImportedBundle; onOpen: ImportedSectionProps['onOpen'] }) {
  const { t, formatDateTime } = useI18n();
  const entries = useLoad(`imported-entries-${bundle.bundleId}`, () => call('bundle:imported-entries', { bundleId: bundle.bundleId }));
  return (
    <>
      <ErrorAlert error={entries.error} />
      <ul className="plain-list" aria-label={t('imported.entries')}>
        {(entries.data ?? []).map((entry) => (
          <li key={entry.id}>
            <button type="button" className="button button--quiet" onClick={() => onOpen(bundle.bundleId, entry.id)}>
              <span dir="auto">{entry.title}</span>
              {entry.occurredAt ? <span className="muted"> · {formatDateTime(entry.occurredAt)}</span> : null}
              <span className="muted"> · {t(`kind.${entry.kind}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
