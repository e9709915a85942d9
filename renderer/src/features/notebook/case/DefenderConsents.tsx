import { ErrorAlert } from '../../../components/ErrorAlert';
import { useLoad } from '../../../components/use-load';
import { useI18n } from '../../../i18n/use-i18n';
import { call } from '../../../ipc/client';

/** What the officer must know before acting: the defender's consents that expired, were withdrawn, or are due for review. */
export function DefenderConsents({ defenderId }: { defenderId: string }) {
  const { t } = useI18n();
  const ledger = useLoad(`case-consents:${defenderId}`, () => call('consent:ledger', { personId: defenderId }));
  const alerts = (ledger.data ?? []).filter((row) => row.state !== 'active');
  return (
    <section className="stack stack--tight" aria-labelledby="case-consents">
      <h2 className="subheading" id="case-consents">
        {t('case.consents')}
      </h2>
      <ErrorAlert error={ledger.error} />
      {ledger.data && ledger.data.length === 0 ? <p className="muted">{t('people.noConsents')}</p> : null}
      {ledger.data && ledger.data.length > 0 && alerts.length === 0 ? <p className="muted">{t('case.consentsFine')}</p> : null}
      {alerts.length > 0 ? (
        <ul className="stack stack--tight case-consent-alerts">
          {alerts.map((row) => (
            <li key={row.id} className={`case-consent-alert case-consent-alert--${row.state}`} dir="auto">
              {t('case.consentAlert', { title: row.title, state: t(`consent.state.${row.state}`) })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
