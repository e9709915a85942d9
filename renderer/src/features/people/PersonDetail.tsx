import { useState } from 'react';
import type { PersonIdentity } from '../../../../shared/domain/people';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useLoad } from '../../components/use-load';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';
import { ConsentRows } from './ConsentRows';
import { PersonForm } from './PersonForm';

interface PersonDetailProps {
  id: string;
  onBack: () => void;
  onOpenEntry: (id: string) => void;
}

/**
 * One record: pseudonym, risk, groups, its consents and the entries that refer to it. The real
 * name is fetched only when the officer presses Show (person:reveal, recorded in the audit log)
 * and lives in this component's state alone: leaving the screen unmounts it, and a lock
 * reloads the whole page, so it is never kept anywhere to leak from.
 */
export function PersonDetail({ id, onBack, onOpenEntry }: PersonDetailProps) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const comma = i18n.language === 'ar' ? '، ' : ', ';
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const person = useLoad(`person:${id}`, () => call('person:get', { id }));
  const consents = useLoad(`consents:${id}`, () => call('consent:ledger', { personId: id }));
  const entries = useLoad(`entries:${id}`, () => call('entry:list', { facets: [{ facet: 'person', value: id }], limit: 100 }));
  const organisation = useLoad(`organisation:${person.data?.organisationId ?? ''}`, async () => {
    const organisationId = person.data?.organisationId;
    return organisationId ? call('person:get', { id: organisationId }) : null;
  });
  const [identity, setIdentity] = useState<PersonIdentity | null>(null);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);

  async function reveal() {
    setError(null);
    try {
      setIdentity(await call('person:reveal', { id }));
    } catch (caught) {
      setError(toErrorData(caught));
    }
  }

  const record = person.data;
  if (editing && record) {
    return (
      <PersonForm
        person={record}
        onCancel={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          setIdentity(null);
          person.reload();
        }}
      />
    );
  }
  return (
    <article className="stack" aria-labelledby="person-heading">
      <button type="button" className="button button--quiet" onClick={onBack}>
        {t('people.back')}
      </button>
      <h2 className="subheading" id="person-heading" ref={headingRef} tabIndex={-1} dir="auto">
        {record?.pseudonym ?? ''}
      </h2>
      <ErrorAlert error={error ?? person.error} />
      {record ? (
        <>
          <dl className="stack stack--tight">
            <div>
              <dt>{t('people.field.kind')}</dt>
              <dd>{t(`people.kind.${record.kind}`)}</dd>
            </div>
            <div>
              <dt>{t('people.field.risk')}</dt>
              <dd>{t(`people.risk.${record.riskLevel}`)}</dd>
            </div>
            {record.atRiskGroups.length > 0 ? (
              <div>
                <dt>{t('people.field.groups')}</dt>
                <dd>{record.atRiskGroups.map((group) => t(`people.group.${group}`)).join(comma)}</dd>
              </div>
            ) : null}
            {record.focusAreas.length > 0 ? (
              <div>
                <dt>{t('people.field.focusAreas')}</dt>
                <dd dir="auto">{record.focusAreas.join(comma)}</dd>
              </div>
            ) : null}
            {organisation.data ? (
              <div>
                <dt>{t('people.field.organisation')}</dt>
                <dd dir="auto">{organisation.data.pseudonym}</dd>
              </div>
            ) : null}
            {record.notes ? (
              <div>
                <dt>{t('people.field.notes')}</dt>
                <dd dir="auto">
                  {record.notes}
                </dd>
              </div>
            ) : null}
          </dl>
          <section className="stack stack--tight" aria-label={t('people.field.realName')}>
            {identity ? (
              <div className="alert alert--warning" data-testid="revealed-identity">
                <p>
                  <strong>{t('people.field.realName')}: </strong>
                  <span dir="auto">{identity.realName || t('people.noName')}</span>
                </p>
                {identity.contacts ? (
                  <p dir="auto">
                    <strong>{t('people.field.contacts')}: </strong>
                    {identity.contacts}
                  </p>
                ) : null}
                <p className="muted">{t('people.revealed')}</p>
              </div>
            ) : null}
            <div className="button-row">
              {identity ? (
                <button type="button" className="button" onClick={() => setIdentity(null)}>
                  {t('people.hide')}
                </button>
              ) : (
                <button type="button" className="button" onClick={() => void reveal()}>
                  {t('people.reveal')}
                </button>
              )}
              <button type="button" className="button" onClick={() => setEditing(true)}>
                {t('people.edit')}
              </button>
            </div>
          </section>
          <section className="stack stack--tight" aria-labelledby="person-consents">
            <h3 className="subheading" id="person-consents">
              {t('people.consents')}
            </h3>
            {consents.data && consents.data.length === 0 ? <p className="muted">{t('people.noConsents')}</p> : null}
            {consents.data ? <ConsentRows rows={consents.data} showPerson={false} /> : null}
          </section>
          <section className="stack stack--tight" aria-labelledby="person-entries">
            <h3 className="subheading" id="person-entries">
              {t('people.entries')}
            </h3>
            {entries.data && entries.data.entries.length === 0 ? <p className="muted">{t('people.noEntries')}</p> : null}
            <ul className="stack stack--tight">
              {entries.data?.entries.map((entry) => (
                <li key={entry.id}>
                  <button type="button" className="button button--quiet" onClick={() => onOpenEntry(entry.id)}>
                    <span dir="auto">{entry.title}</span> · {t(`kind.${entry.kind}`)} · {formatDateTime(entry.occurredAt ?? entry.updatedAt)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </article>
  );
}
