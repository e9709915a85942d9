import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useI18n } from '../../i18n/use-i18n';
import { formatBytes } from './byte-size';
import type { ExportChoice } from './ExportChooser';
import type { ExportPlan } from './ExportFlow';
import { ExportMetadataChoice } from './ExportMetadataChoice';

interface ExportPreviewProps {
  plan: ExportPlan;
  choice: ExportChoice;
  onBack: () => void;
  /** `keepMetadata`: the files the officer ticked to leave with their location and device details. */
  onConfirm: (keepMetadata: string[]) => void;
}

/**
 * What will leave, before a byte is written: counts, size, the keys it is encrypted to, every
 * person named (with the real name: the officer is the one deciding) and every person carried by
 * pseudonym only, as consent decided; every file that says where or with what it was made, each
 * cleaned unless the officer keeps its details.
 */
export function ExportPreview({ plan, choice, onBack, onConfirm }: ExportPreviewProps) {
  const i18n = useI18n();
  const { t, tp } = i18n;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [confirming, setConfirming] = useState(false);
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  // A file that cannot be cleaned would stop the export: the officer keeps it on purpose or changes the selection.
  const [tried, setTried] = useState(false);
  const unresolved = plan.withMetadata.some((file) => !file.removable && !kept.has(file.attachmentId));
  const named = plan.people.filter((person) => person.named);
  const hidden = plan.people.filter((person) => !person.named);
  return (
    <div className="stack export-preview">
      <h3 className="minor-heading" ref={headingRef} tabIndex={-1}>
        {t('preview.heading')}
      </h3>
      {plan.entries === 0 ? (
        <p>{t('preview.empty')}</p>
      ) : (
        <>
          <ul className="plain-list">
            <li>{tp('preview.entries', plan.entries)}</li>
            {choice.filter.revisions ? <li>{tp('preview.revisions', plan.revisions)}</li> : null}
            <li>{tp('preview.attachments', plan.attachments)}</li>
            <li>{t('preview.size', { size: formatBytes(plan.bytes, i18n) })}</li>
            <li>{t('preview.to', { names: choice.to.join(t('bundles.listSeparator')) })}</li>
          </ul>
          <PeopleList heading={t('preview.named')} hint={t('preview.namedHint')} none={t('preview.namedNone')} id="preview-named">
            {named.map((person) => (
              <li key={person.personId} dir="auto">
                {person.realName ? t('preview.namedAs', { pseudonym: person.pseudonym, name: person.realName }) : person.pseudonym}
              </li>
            ))}
          </PeopleList>
          <PeopleList heading={t('preview.pseudonyms')} hint={t('preview.pseudonymsHint')} none={t('preview.pseudonymsNone')} id="preview-pseudonyms">
            {hidden.map((person) => (
              <li key={person.personId} dir="auto">
                {person.pseudonym}
              </li>
            ))}
          </PeopleList>
          <ExportMetadataChoice files={plan.withMetadata} kept={kept} onChange={setKept} />
          {tried && unresolved ? (
            <p className="field__problem" role="alert">
              {t('exportMetadata.problem')}
            </p>
          ) : null}
        </>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={onBack}>
          {t('preview.back')}
        </button>
        {plan.entries > 0 ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setTried(true);
              if (!unresolved) setConfirming(true);
            }}
          >
            {t('preview.confirm')}
          </button>
        ) : null}
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('preview.confirmTitle')}
          confirmLabel={t('preview.confirmButton')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onConfirm([...kept]);
          }}
        >
          <p>{t('preview.confirmBody')}</p>
          {kept.size > 0 ? <p>{tp('exportMetadata.kept', kept.size)}</p> : null}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function PeopleList({ heading, hint, none, id, children }: { heading: string; hint: string; none: string; id: string; children: React.ReactNode[] }) {
  return (
    <section className="stack stack--tight" aria-labelledby={id}>
      <h4 className="minor-heading" id={id}>
        {heading}
      </h4>
      <p className="field__hint">{hint}</p>
      {children.length > 0 ? <ul className="plain-list">{children}</ul> : <p>{none}</p>}
    </section>
  );
}
