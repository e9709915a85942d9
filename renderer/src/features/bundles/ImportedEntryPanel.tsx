import { useLoad } from '../../components/use-load';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/use-i18n';
import { call } from '../../ipc/client';
import { ReadOnlyEntryView } from '../notebook';
import { ImportedCarried } from './ImportedCarried';

/** An imported entry in its kind's fields, all disabled, under a banner naming its bundle and signer and what it carried. */
export function ImportedEntryPanel({ bundleId, entryId, onClose }: { bundleId: string; entryId: string; onClose: () => void }) {
  const { t, formatNumber } = useI18n();
  const loaded = useLoad(`imported-entry-${bundleId}-${entryId}`, () => call('bundle:imported-entry', { bundleId, entryId }));
  if (loaded.error) return <ErrorAlert error={loaded.error} />;
  if (!loaded.data) return null;
  const { entry, source, attachments, people } = loaded.data;
  return (
    <ReadOnlyEntryView
      entry={entry}
      onClose={onClose}
      backLabel={t('imported.back')}
      banner={
        <>
          <p className="alert__text">{t('imported.banner', { sequence: formatNumber(source.sequence), fingerprint: source.officer.fingerprint })}</p>
          <ImportedCarried key={entryId} bundleId={bundleId} attachments={attachments} people={people} />
        </>
      }
    />
  );
}
