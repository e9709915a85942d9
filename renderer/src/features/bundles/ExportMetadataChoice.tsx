import { carriedFlags } from '../../../../shared/domain/attachments';
import { useI18n } from '../../i18n/use-i18n';
import { carriedMetadataText } from './carried-metadata';
import type { ExportPlan } from './ExportFlow';

type Carrier = ExportPlan['withMetadata'][number];

interface ExportMetadataChoiceProps {
  files: readonly Carrier[];
  kept: ReadonlySet<string>;
  onChange: (next: ReadonlySet<string>) => void;
}

/**
 * Every file of the preview whose copy says where, with what or when it was made. Each leaves
 * cleaned unless its box is ticked (never by default): the officer decides file by file, having
 * read what keeping sends along.
 */
export function ExportMetadataChoice({ files, kept, onChange }: ExportMetadataChoiceProps) {
  const { t } = useI18n();
  if (files.length === 0) return null;

  function toggle(id: string, keep: boolean) {
    const next = new Set(kept);
    if (keep) next.add(id);
    else next.delete(id);
    onChange(next);
  }

  return (
    <section className="stack stack--tight" aria-labelledby="preview-metadata">
      <h4 className="minor-heading" id="preview-metadata">
        {t('exportMetadata.heading')}
      </h4>
      <p className="field__hint">{t('exportMetadata.hint')}</p>
      <p className="field__hint" id="metadata-warning">
        {t('exportMetadata.warning')}
      </p>
      {files.map((file) => (
        <fieldset key={file.attachmentId} className="fieldset">
          <legend className="field__label" dir="auto">
            {file.name}
          </legend>
          <p>{carriedMetadataText(t, carriedFlags(file))}</p>
          {file.removable ? null : <p className="field__problem">{t('exportMetadata.cannotRemove')}</p>}
          <label className="checkbox">
            <input type="checkbox" checked={kept.has(file.attachmentId)} aria-describedby="metadata-warning" onChange={(event) => toggle(file.attachmentId, event.target.checked)} />
            <span>{t('exportMetadata.keep')}</span>
          </label>
        </fieldset>
      ))}
    </section>
  );
}
