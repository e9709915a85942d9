import { useState } from 'react';
import type { ConsentLedgerRow } from '../../../../shared/domain/consent';
import { useI18n } from '../../i18n/use-i18n';
import { formatDay } from './dates';
import { WithdrawConsent } from './WithdrawConsent';

interface ConsentRowsProps {
  rows: readonly ConsentLedgerRow[];
  /** The ledger names whose consent each is; a person's own page does not need to. */
  showPerson: boolean;
  /** Given when the rows may be withdrawn from here; called after a withdrawal. */
  onWithdrawn?: () => void;
}

/** Consents as a list: state, whose (pseudonym), what they cover, the dates, and Withdraw. */
export function ConsentRows({ rows, showPerson, onWithdrawn }: ConsentRowsProps) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const [status, setStatus] = useState('');

  return (
    <div className="stack stack--tight">
      <p className="status-text" role="status">
        {status}
      </p>
      <ul className="stack stack--tight consent-rows">
        {rows.map((row) => (
          <li key={row.id} className="entry-card" data-state={row.state}>
            <p className="entry-card__line">
              <strong>{t(`consent.state.${row.state}`)}</strong>
              {showPerson ? (
                <>
                  {' · '}
                  <span dir="auto">{row.pseudonym}</span>
                </>
              ) : null}
              {' · '}
              <span dir="auto">{row.title}</span>
            </p>
            <p className="entry-card__line">{row.scopes.map((scope) => t(`consent.scope.${scope}`)).join(i18n.language === 'ar' ? '، ' : ', ')}</p>
            <p className="entry-card__line entry-card__line--muted">
              {[
                row.givenOn ? t('consent.givenOn', { date: formatDay(row.givenOn, i18n) }) : null,
                row.reviewOn && !row.withdrawnAt ? t('consent.reviewOn', { date: formatDay(row.reviewOn, i18n) }) : null,
                row.expiresOn ? t('consent.expiresOn', { date: formatDay(row.expiresOn, i18n) }) : null,
                row.withdrawnAt ? t('consent.withdrawnAt', { date: formatDateTime(row.withdrawnAt) }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {onWithdrawn && row.state !== 'withdrawn' ? (
              <WithdrawConsent
                consentId={row.id}
                onWithdrawn={() => {
                  setStatus(t('consent.withdrawn'));
                  onWithdrawn();
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
