import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useI18n } from '../../i18n/use-i18n';
import type { ExportResult } from './ExportFlow';

/** The written bundle as headquarters will know it: id, sequence number, file name and hash. */
export function ExportResultPanel({ result, onAgain }: { result: ExportResult; onAgain: () => void }) {
  const { t, formatNumber } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="stack">
      <h3 className="minor-heading" ref={headingRef} tabIndex={-1}>
        {t('result.heading')}
      </h3>
      <dl className="facts">
        <dt>{t('result.bundleId')}</dt>
        <dd>
          <code dir="ltr">{result.bundleId}</code>
        </dd>
        <dt>{t('result.sequence')}</dt>
        <dd>{formatNumber(result.sequence)}</dd>
        <dt>{t('result.fileName')}</dt>
        <dd>
          <code dir="ltr">{result.fileName}</code>
        </dd>
        <dt>{t('result.sha256')}</dt>
        <dd>
          <code className="hash" dir="ltr">
            {result.sha256}
          </code>
        </dd>
      </dl>
      <div>
        <button type="button" className="button" onClick={onAgain}>
          {t('result.again')}
        </button>
      </div>
    </div>
  );
}
