import { DUE_BUCKETS } from '../../../../shared/domain/agenda';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useLoad } from '../../components/use-load';
import { useI18n } from '../../i18n/use-i18n';
import { call } from '../../ipc/client';
import { formatDay } from '../people';
import { EntryLinkList } from './EntryLinkList';

/** Two months ahead: far enough for the next hearings, near enough to stay an agenda. */
const DAYS = 60;

/** What comes due, overdue first (the core orders and buckets it with the notebook's clock); each row opens its entry. */
export function UpcomingView({ onOpen, savedCount }: { onOpen: (id: string) => void; savedCount: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const upcoming = useLoad(`upcoming:${savedCount}`, () => call('agenda:upcoming', { days: DAYS }));
  const items = upcoming.data ?? [];
  return (
    <div className="stack stack--loose">
      <h1 className="heading" ref={headingRef} tabIndex={-1}>
        {t('upcoming.heading')}
      </h1>
      <p className="muted">{t('upcoming.intro')}</p>
      <ErrorAlert error={upcoming.error} />
      {upcoming.data && items.length === 0 ? <p>{t('upcoming.empty')}</p> : null}
      {DUE_BUCKETS.map((bucket) => {
        const inBucket = items.filter((item) => item.bucket === bucket);
        if (inBucket.length === 0) return null;
        return (
          <section key={bucket} className={`stack stack--tight upcoming upcoming--${bucket}`} aria-labelledby={`upcoming-${bucket}`}>
            <h2 className="subheading" id={`upcoming-${bucket}`}>
              {t(`upcoming.bucket.${bucket}`)}
            </h2>
            <EntryLinkList
              entries={inBucket.map((item) => item.entry)}
              label={t(`upcoming.bucket.${bucket}`)}
              onOpen={onOpen}
              lead={(_, i) => {
                const item = inBucket[i];
                return item ? `${t(`upcoming.what.${item.what}`)} · ${formatDay(item.due, i18n)}` : null;
              }}
            />
          </section>
        );
      })}
    </div>
  );
}
