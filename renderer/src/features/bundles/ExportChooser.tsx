import { useState, type FormEvent } from 'react';
import { EXPORT_IDS_MAX, type BundleRecipientView } from '../../../../shared/domain/bundles';
import { useI18n } from '../../i18n/use-i18n';
import { ListFilterBar, useListFilters } from '../filters';
import { EntrySelection } from './EntrySelection';
import { toExportFilter, type ExportFilterInput } from './export-filter';

/** What the officer chose to send and to whom; `filter` is what the preview and the export both receive. */
export interface ExportChoice {
  to: string[];
  filter: ExportFilterInput;
}

interface ExportChooserProps {
  recipients: readonly BundleRecipientView[];
  /** The choice previewed last, when the officer comes back to change it. */
  initial: ExportChoice | null;
  onPreview: (choice: ExportChoice) => void;
}

/** Recipients (verified only), the notebook's own list filters, and whether earlier versions go too. */
export function ExportChooser({ recipients, initial, onPreview }: ExportChooserProps) {
  const { t } = useI18n();
  const [filters, setFilters] = useListFilters('export');
  const [to, setTo] = useState<ReadonlySet<string>>(() => new Set(initial?.to ?? []));
  const [revisions, setRevisions] = useState(initial?.filter.revisions ?? false);
  const [tried, setTried] = useState(false);
  // Ticked entries (null: all the filters match); kept across a return from the preview.
  const [picked, setPicked] = useState<ReadonlySet<string> | null>(() => (initial?.filter.ids ? new Set(initial.filter.ids) : null));
  const verified = recipients.filter((recipient) => recipient.verified);
  // A key chosen, then removed or no longer verified, does not count.
  const chosen = verified.filter((recipient) => to.has(recipient.name)).map((recipient) => recipient.name);

  function toggle(name: string, on: boolean) {
    const next = new Set(to);
    if (on) next.add(name);
    else next.delete(name);
    setTo(next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (chosen.length === 0 || picked?.size === 0 || (picked?.size ?? 0) > EXPORT_IDS_MAX) return;
    onPreview({ to: chosen, filter: { ...toExportFilter(filters, revisions), ...(picked ? { ids: [...picked] } : {}) } });
  }

  return (
    <div className="stack">
      <fieldset className="fieldset" aria-describedby={tried && chosen.length === 0 ? 'export-to-problem' : undefined}>
        <legend className="field__label">{t('exportForm.to')}</legend>
        {verified.length === 0 ? <p className="field__hint">{t('exportForm.toNone')}</p> : null}
        {recipients.map((recipient) => (
          <label key={recipient.name} className="checkbox">
            <input type="checkbox" disabled={!recipient.verified} checked={recipient.verified && to.has(recipient.name)} onChange={(event) => toggle(recipient.name, event.target.checked)} />
            <span dir="auto">{recipient.verified ? recipient.name : t('exportForm.toUnverified', { name: recipient.name })}</span>
          </label>
        ))}
        {tried && chosen.length === 0 ? (
          <p className="field__problem" id="export-to-problem">
            {t('exportForm.problem.to')}
          </p>
        ) : null}
      </fieldset>
      <div className="stack stack--tight">
        <p className="field__label">{t('exportForm.choose')}</p>
        <p className="field__hint">{t('exportForm.chooseHint')}</p>
        <ListFilterBar filters={filters} onChange={setFilters} />
      </div>
      <EntrySelection filters={filters} chosen={picked} onChange={setPicked} />
      {tried && picked?.size === 0 ? <p className="field__problem">{t('exportForm.problem.select')}</p> : null}
      <form className="stack" onSubmit={submit} noValidate>
        <label className="checkbox">
          <input type="checkbox" checked={revisions} onChange={(event) => setRevisions(event.target.checked)} />
          <span>{t('exportForm.revisions')}</span>
        </label>
        <div>
          <button type="submit" className="button button--primary">
            {t('exportForm.preview')}
          </button>
        </div>
      </form>
    </div>
  );
}
