import type { SuggestedPassphrase } from '../../../../shared/domain/passphrase-generator';
import { useI18n } from '../../i18n/use-i18n';

/**
 * "Suggest a passphrase" and, once used, the words it put in both fields, large and in order so
 * they can be learnt or copied by hand. Shown only while the fields still hold exactly them.
 */
export function PassphraseSuggestion(props: { suggestion: SuggestedPassphrase | null; onSuggest: () => void; ready: boolean }) {
  const { suggestion } = props;
  const { t, formatNumber } = useI18n();
  return (
    <div className="suggestion">
      <button className="button" type="button" onClick={props.onSuggest} disabled={!props.ready}>
        {suggestion ? t('suggest.again') : t('suggest.button')}
      </button>
      {/* Polite and atomic: a new suggestion is read out once, whole, after the click. */}
      <div aria-live="polite" aria-atomic="true">
        {suggestion ? (
          <section className="suggestion__panel" aria-label={t('suggest.heading')}>
            <p className="suggestion__heading">{t('suggest.heading')}</p>
            <ol className="suggestion__words" lang="en" dir="ltr">
              {suggestion.words.map((word, index) => (
                <li key={`${index}-${word}`}>{word}</li>
              ))}
            </ol>
            <p className="suggestion__explain">{t('suggest.explain', { bits: formatNumber(suggestion.bits) })}</p>
            <p className="suggestion__explain">{t('suggest.keyboard')}</p>
          </section>
        ) : null}
      </div>
    </div>
  );
}
