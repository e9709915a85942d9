import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useLoad } from '../../components/use-load';
import { useI18n } from '../../i18n/use-i18n';
import { call } from '../../ipc/client';
import { ExportFlow } from './ExportFlow';
import { IdentitySection } from './IdentitySection';
import { RecipientsSection } from './RecipientsSection';

/** The officer's export place: their key, headquarters' keys, then what leaves and the writing of it. */
export function ExportView() {
  const { t } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const identity = useLoad('bundle-identity', () => call('bundle:identity', {}));
  const recipients = useLoad('bundle-recipients', () => call('bundle:recipient-list', {}));
  return (
    <div className="stack stack--loose bundles">
      <h1 className="heading" ref={headingRef} tabIndex={-1}>
        {t('export.heading')}
      </h1>
      <p className="muted">{t('export.intro')}</p>
      <IdentitySection identity={identity.data} error={identity.error} />
      <RecipientsSection recipients={recipients.data ?? []} error={recipients.error} onChanged={recipients.reload} />
      <ExportFlow recipients={recipients.data ?? []} />
    </div>
  );
}
