import { useState } from 'react';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useLoad } from '../../components/use-load';
import { useI18n } from '../../i18n/use-i18n';
import { call } from '../../ipc/client';
import { ArrivalsSection } from './ArrivalsSection';
import { ImportedEntryPanel } from './ImportedEntryPanel';
import { ImportedSection } from './ImportedSection';
import { OpenBundleSection } from './OpenBundleSection';

/** Headquarters mode: open and check officers' bundles, see which arrived, read what was imported. */
export function HeadquartersView() {
  const [open, setOpen] = useState<{ bundleId: string; entryId: string } | null>(null);
  const arrivals = useLoad('bundle-arrivals', () => call('bundle:arrivals', {}));
  const imported = useLoad('bundle-imported', () => call('bundle:imported-list', {}));
  if (open) return <ImportedEntryPanel bundleId={open.bundleId} entryId={open.entryId} onClose={() => setOpen(null)} />;
  return (
    <HeadquartersPage
      onImported={() => {
        arrivals.reload();
        imported.reload();
      }}
    >
      <ArrivalsSection arrivals={arrivals.data ?? []} error={arrivals.error} />
      <ImportedSection bundles={imported.data ?? []} error={imported.error} onOpen={(bundleId, entryId) => setOpen({ bundleId, entryId })} />
    </HeadquartersPage>
  );
}

function HeadquartersPage({ onImported, children }: { onImported: () => void; children: React.ReactNode }) {
  const { t } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="stack stack--loose bundles">
      <h1 className="heading" ref={headingRef} tabIndex={-1}>
        {t('hq.heading')}
      </h1>
      <p className="muted">{t('hq.intro')}</p>
      <OpenBundleSection onImported={onImported} />
      {children}
    </div>
  );
}
