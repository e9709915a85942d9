import type { z } from 'zod';
import type { officerArrivalsSchema } from '../../../../shared/domain/bundles';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/use-i18n';
import { Fingerprint } from './Fingerprint';

type OfficerArrivals = z.infer<typeof officerArrivalsSchema>;

/** Per officer key, which bundle numbers came, which are missing below the highest, and which came twice. */
export function ArrivalsSection({ arrivals, error }: { arrivals: readonly OfficerArrivals[]; error: AppErrorData | null }) {
  const { t, formatNumber } = useI18n();
  const numbers = (list: readonly number[]) => list.map(formatNumber).join(t('bundles.listSeparator'));
  const ranges = (list: OfficerArrivals['missing']) =>
    list.map(({ from, to }) => (from === to ? formatNumber(from) : t('arrivals.range', { from: formatNumber(from), to: formatNumber(to) }))).join(t('bundles.listSeparator'));
  return (
    <section className="settings-section" aria-labelledby="hq-arrivals">
      <h2 className="subheading" id="hq-arrivals">
        {t('arrivals.heading')}
      </h2>
      <ErrorAlert error={error} />
      {arrivals.length === 0 ? (
        <p>{t('arrivals.empty')}</p>
      ) : (
        <ul className="arrivals">
          {arrivals.map((officer) => (
            <li key={officer.officer.fingerprint} className="arrivals__officer stack stack--tight">
              <p className="arrivals__key">
                {t('arrivals.officer')} 
                <Fingerprint value={officer.officer.fingerprint} labelled={false} />
              </p>
              <p>{t('arrivals.arrived', { numbers: numbers(officer.arrived) })}</p>
              <p className={officer.missing.length > 0 ? 'arrivals__missing' : undefined}>{officer.missing.length > 0 ? t('arrivals.missing', { numbers: ranges(officer.missing) }) : t('arrivals.noneMissing')}</p>
              {officer.replayed.length > 0 ? <p className="arrivals__replayed">{t('arrivals.replayed', { numbers: numbers(officer.replayed) })}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
