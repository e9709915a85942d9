import { useState } from 'react';
import type { ImportedAttachment, ImportedPerson } from '../../../../shared/domain/bundles';
import { useI18n } from '../../i18n/use-i18n';
import { AttachmentViewer } from '../attachments';
import { formatBytes } from './byte-size';

/** What an imported entry carried: its files (opened read-only in the viewer, no copy offered) and the people it names. */
export function ImportedCarried({ attachments, people }: { attachments: readonly ImportedAttachment[]; people: readonly ImportedPerson[] }) {
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
              <li key={person.personId} dir="auto">
                {person.realName === undefined ? t('imported.pseudonymOnly', { pseudonym: person.pseudonym }) : t('imported.nameCarried', { pseudonym: person.pseudonym, name: person.realName })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {viewing && <AttachmentViewer attachment={viewing} onClose={() => setViewing(null)} />}
    </>
  );
}
