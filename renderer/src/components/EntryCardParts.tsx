import { useI18n } from '../i18n/use-i18n';

/** The parts every entry row shares, whichever list it is in. */

/** A row whose page is still on its way. */
export function LoadingTitle() {
  const { t } = useI18n();
  return <span className="entry-card__title entry-card__title--loading">{t('list.loadingRow')}</span>;
}

/** The discreet screen's stand-in for a title: the row's place in the list, nothing of the note. */
export function HiddenTitle({ position }: { position: number }) {
  const { t, formatNumber } = useI18n();
  return <span className="entry-card__title entry-card__title--hidden">{t('discreet.placeholder', { number: formatNumber(position) })}</span>;
}

export function MeetingDate({ occurredAt }: { occurredAt: string | null }) {
  const { t, formatDateTime } = useI18n();
  return <span>{occurredAt ? t('list.metAt', { date: formatDateTime(occurredAt) }) : t('list.noDate')}</span>;
}
