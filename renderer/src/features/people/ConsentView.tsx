import { useState } from 'react';
import { CONSENT_STATES, type ConsentState } from '../../../../shared/domain/consent-vocabulary';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useLoad } from '../../components/use-load';
import { useI18n } from '../../i18n/use-i18n';
import { call } from '../../ipc/client';
import { ConsentForm } from './ConsentForm';
import { ConsentRows } from './ConsentRows';

/** What needs the officer first: reviews coming up, then what is in force, then the past. */
const ORDER: readonly ConsentState[] = ['review-due', 'active', 'expired', 'withdrawn'];

/** The consent ledger: every consent by state (worked out in the core for today), a form to record one, Withdraw on each. */
export function ConsentView() {
  const { t } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const ledger = useLoad('consent-ledger', () => call('consent:ledger', {}));
  const people = useLoad('consent-people', () => call('person:list', { limit: 1 }));
  const [giving, setGiving] = useState(false);
  const [status, setStatus] = useState('');

  const rows = ledger.data ?? [];
  return (
    <div className="stack stack--loose">
      <h1 className="heading" ref={headingRef} tabIndex={-1}>
        {t('consent.heading')}
      </h1>
      <p className="muted">{t('consent.intro')}</p>
      <ErrorAlert error={ledger.error} />
      <p className="status-text" role="status">
        {status}
      </p>
      {giving ? (
        <ConsentForm
          onCancel={() => setGiving(false)}
          onSaved={() => {
            setGiving(false);
            setStatus(t('consent.saved'));
            ledger.reload();
          }}
        />
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            aria-disabled={people.data?.total === 0}
            onClick={() => {
              if (people.data?.total === 0) return;
              setStatus('');
              setGiving(true);
            }}
          >
            {t('consent.give')}
          </button>
          {people.data?.total === 0 ? <p className="muted">{t('consent.noPeople')}</p> : null}
        </div>
      )}
      {ledger.data && rows.length === 0 ? <p>{t('consent.empty')}</p> : null}
      {ORDER.filter((state) => CONSENT_STATES.includes(state)).map((state) => {
        const inState = rows.filter((row) => row.state === state);
        if (inState.length === 0) return null;
        return (
          <section key={state} className="stack stack--tight" aria-labelledby={`consent-${state}`}>
            <h2 className="subheading" id={`consent-${state}`}>
              {t(`consent.state.${state}`)}
            </h2>
            <ConsentRows rows={inState} showPerson onWithdrawn={ledger.reload} />
          </section>
        );
      })}
    </div>
  );
}
