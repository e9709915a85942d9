import { useState } from 'react';
import type { ImportedAttachment, ImportedPerson } from '../../../../shared/domain/bundles';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';
import { AttachmentViewer } from '../attachments';
import { formatBytes } from './byte-size';

/**
 * One person an imported entry names, by pseudonym. Where the bundle carried the real name it is
 * fetched only when headquarters presses Show (bundle:imported-name-reveal, recorded in the audit
 * log) and lives in this component's state alone: leaving the entry unmounts it, and a lock
 * reloads the page, as on the notebook's own person screen.
 */
function ImportedPersonItem({ bundleId, person }: { bundleId: string; person: ImportedPerson }) {
  const { t } = useI18n();
  const [realName, setRealName] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  async function reveal() {
    setError(null);
    try {
      setRealName((await call('bundle:imported-name-reveal', { bundleId, personId: person.personId })).realName);
    } catch (caught) {
      setError(toErrorData(caught));
    }
  }

  if (!person.named) return <li dir="auto">{t('imported.pseudonymOnly', { pseudonym: person.pseudonym })}</li>;
  return (
    <li className="stack stack--tight">
      {realName === null ? (
        <p>
          <span dir="auto">{t('imported.nameCarried', { pseudonym: person.pseudonym })}</span>{' '}
          <button type="button" className="button" aria-label={t('imported.showNameOf', { pseudonym: person.pseudonym })} onClick={() => void reveal()}>
            {t('imported.showName')}
          </button>
        </p>
      ) : (
        <div className="alert alert--warning" data-testid="revealed-imported-name">
          <p dir="auto">{t('imported.revealed', { pseudonym: person.pseudonym, name: realName })}</p>
          <p className="muted">{t('imported.revealedNote')}</p>
        </div>
      )}
      <ErrorAlert error={error} />
    </li>
  );
}

/** What an imported entry carried: its files (opened read-only in the viewer, no copy offered) and the people it names. */
export function ImportedCarried({ bundleId, attachments, people }: { bundleId: string; attachments: readonly ImportedAttachment[]; people: readonly ImportedPerson[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [viewing, setViewing] = useState<ImportedAttachment | null>(null);
  return (
    <>
      {attachments.length > 0 && (
        <section aria-label={t('imported.attachments')}>
          <h3>{t('imported.attachments')}</h3>
          <ul>
            {attachments.map((attachment) => (
              <li key={attachment.id}>
                <button type="button" className="button" onClick={() => setViewing(attachment)}>
                  <bdi>{attachment.name}</bdi>
                </button>{' '}
                <span>{formatBytes(attachment.bytes, i18n)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {people.length > 0 && (
        <section aria-label={t('imported.people')}>
          <h3>{t('imported.people')}</h3>
          <ul>
            {people.map((person) => (
              <ImportedPersonItem key={person.personId} bundleId={bundleId} person={person} />
            ))}
          </ul>
        </section>
      )}
      {viewing && <AttachmentViewer attachment={viewing} onClose={() => setViewing(null)} />}
    </>
  );
}
