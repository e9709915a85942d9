import { useState } from 'react';
import type { CivicSpaceView as View } from '../../../../shared/domain/agenda';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { FieldProblem } from '../../components/FieldProblem';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useLoad } from '../../components/use-load';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';
import { parseDay } from '../people';
import { EntryLinkList } from './EntryLinkList';

function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The last seven days, today included: the officer's usual reporting week. */
function lastWeek(now: Date): { from: string; until: string } {
  const start = new Date(now);
  start.setDate(start.getDate() - 6);
  return { from: localDay(start), until: localDay(now) };
}

/** One country's entries of a period under each of the ten monitoring topics, with counts; each opens its entry. */
export function CivicSpaceView({ onOpen, now = () => new Date() }: { onOpen: (id: string) => void; now?: () => Date }) {
  const { t, tp } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const countries = useLoad('civic-countries', () => call('agenda:countries', {}));
  const [country, setCountry] = useState('');
  const [period, setPeriod] = useState(() => lastWeek(now()));
  const [problem, setProblem] = useState('');
  const [error, setError] = useState<AppErrorData | null>(null);
  const [view, setView] = useState<View | null>(null);
  const chosen = country || countries.data?.[0] || '';

  async function show() {
    const from = parseDay(period.from);
    const until = parseDay(period.until);
    setProblem('');
    if (!from || !until || until < from) return setProblem(t('civic.badPeriod'));
    setError(null);
    try {
      setView(await call('agenda:civic-space', { country: chosen, from, until }));
    } catch (failure) {
      setError(toErrorData(failure));
    }
  }

  return (
    <div className="stack stack--loose">
      <h1 className="heading" ref={headingRef} tabIndex={-1}>
        {t('civic.heading')}
      </h1>
      <p className="muted">{t('civic.intro')}</p>
      <ErrorAlert error={countries.error ?? error} />
      {countries.data && countries.data.length === 0 ? (
        <p>{t('civic.noCountries')}</p>
      ) : (
        <form
          className="stack stack--tight"
          onSubmit={(e) => {
            e.preventDefault();
            void show();
          }}
        >
          <div className="meeting-fields__row">
            <Field label={t('civic.country')}>
              {(c) => (
                <select {...c} className="input" value={chosen} onChange={(e) => setCountry(e.target.value)}>
                  {(countries.data ?? []).map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('civic.from')}>{(c) => <input {...c} className="input" dir="ltr" inputMode="numeric" value={period.from} onChange={(e) => setPeriod({ ...period, from: e.target.value })} />}</Field>
            <Field label={t('civic.until')}>{(c) => <input {...c} className="input" dir="ltr" inputMode="numeric" value={period.until} onChange={(e) => setPeriod({ ...period, until: e.target.value })} />}</Field>
          </div>
          <FieldProblem text={problem} alert />
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={!chosen}>
              {t('civic.show')}
            </button>
          </div>
        </form>
      )}
      {view?.topics.map(({ topic, total, entries }) => (
        <section key={topic} className="stack stack--tight" aria-labelledby={`civic-${topic}`}>
          <h2 className="subheading" id={`civic-${topic}`}>
            {t(`topic.${topic}`)} <span className="muted">({tp('civic.topicCount', total)})</span>
          </h2>
          {total === 0 ? <p className="muted">{t('civic.noEntries')}</p> : <EntryLinkList entries={entries} label={t(`topic.${topic}`)} onOpen={onOpen} />}
        </section>
      ))}
    </div>
  );
}
