import { useId, useRef, useState } from 'react';
import type { Attachment } from '../../../../shared/domain/attachments';
import type { AppErrorData } from '../../../../shared/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoad } from '../../components/use-load';
import { useI18n } from '../../i18n/use-i18n';
import { call, chooseDroppedFile, toErrorData } from '../../ipc/client';
import { AddFilesDialog } from './AddFilesDialog';
import { AttachmentRow } from './AttachmentRow';
import { AttachmentViewer } from './AttachmentViewer';
import type { ChosenFile } from './chosen-file';
import { UploadRow } from './UploadRow';
import { useFileDrop } from './use-file-drop';
import { useUploads, type UploadOutcome } from './use-uploads';

type Question = { ask: 'save-copy' | 'remove'; attachment: Attachment };

/**
 * The files of a saved entry: listed with thumbnails, added by the picker or by a drop on the
 * editor (main hands back tokens, never paths), each add shown with its bytes, time left and
 * Cancel; a copy saved or a file removed only after a question that names it.
 */
export function AttachmentsSection({ entryId }: { entryId: string }) {
  const { t } = useI18n();
  const list = useLoad(`attachments-of-${entryId}`, () => call('attachment:list', { entryId }));
  const [status, setStatus] = useState('');
  const [error, setError] = useState<AppErrorData | null>(null);
  const [chosen, setChosen] = useState<ChosenFile[] | null>(null);
  const [viewing, setViewing] = useState<Attachment | null>(null);
  const [question, setQuestion] = useState<Question | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const headingId = useId();

  const uploads = useUploads((outcome: UploadOutcome) => {
    setStatus(t(`attachments.outcome.${outcome.state}`, { name: outcome.name }));
    if (outcome.state === 'done') list.reload();
  });

  async function act(work: () => Promise<string | null>) {
    setError(null);
    setStatus('');
    try {
      const said = await work();
      if (said !== null) setStatus(said);
    } catch (caught) {
      setError(toErrorData(caught));
    }
  }

  const review = (files: ChosenFile[]) => {
    if (files.length > 0) setChosen(files);
    return null;
  };
  const pick = () => act(async () => review(await call('attachment:pick', {})));
  const dragging = useFileDrop(sectionRef, (files) => void act(async () => review(await Promise.all(files.map((file) => chooseDroppedFile(file))))));

  function add(choices: { file: ChosenFile; stripLocation: boolean }[]) {
    setChosen(null);
    setStatus('');
    for (const { file, stripLocation } of choices) void uploads.start(entryId, file, stripLocation);
  }

  function answer({ ask, attachment }: Question) {
    setQuestion(null);
    if (ask === 'save-copy') {
      void act(async () => ((await call('attachment:save-copy', { id: attachment.id })).saved ? t('attachments.saveCopy.done', { name: attachment.name }) : null));
      return;
    }
    setViewing(null);
    void act(async () => {
      await call('attachment:remove', { id: attachment.id });
      list.reload();
      return t('attachments.remove.done', { name: attachment.name });
    });
  }

  const attachments = list.data ?? [];
  return (
    <section className={dragging ? 'attachments attachments--dropping' : 'attachments'} aria-labelledby={headingId} ref={sectionRef}>
      <h2 className="subheading" id={headingId}>
        {t('attachments.heading')}
      </h2>
      {list.data && attachments.length === 0 ? <p className="muted">{t('attachments.empty')}</p> : null}
      {attachments.length > 0 ? (
        <ul className="attachments__list">
          {attachments.map((attachment) => (
            <AttachmentRow
              key={attachment.id}
              attachment={attachment}
              onOpen={() => setViewing(attachment)}
              onSaveCopy={() => setQuestion({ ask: 'save-copy', attachment })}
              onRemove={() => setQuestion({ ask: 'remove', attachment })}
            />
          ))}
        </ul>
      ) : null}
      {uploads.uploads.length > 0 ? (
        <ul className="attachments__uploads">
          {uploads.uploads.map((upload) => (
            <UploadRow key={upload.jobId} upload={upload} onCancel={() => uploads.cancel(upload.jobId)} />
          ))}
        </ul>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" onClick={() => void pick()}>
          {t('attachments.add')}
        </button>
        <p className="muted attachments__hint">{dragging ? t('attachments.dropNow') : t('attachments.dropHint')}</p>
      </div>
      <p className="status-text" role="status">
        {status}
      </p>
      <ErrorAlert error={error ?? uploads.error ?? list.error} />
      {chosen ? <AddFilesDialog files={chosen} onAdd={add} onCancel={() => setChosen(null)} /> : null}
      {viewing ? <AttachmentViewer attachment={viewing} onClose={() => setViewing(null)} onSaveCopy={() => setQuestion({ ask: 'save-copy', attachment: viewing })} /> : null}
      {question ? <AttachmentQuestion question={question} onConfirm={() => answer(question)} onCancel={() => setQuestion(null)} /> : null}
    </section>
  );
}

/** Save a copy or remove: asked with the file's name, Cancel focused. */
function AttachmentQuestion({ question, onConfirm, onCancel }: { question: Question; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const name = question.attachment.name;
  const remove = question.ask === 'remove';
  return (
    <ConfirmDialog
      title={remove ? t('attachments.remove.title', { name }) : t('attachments.saveCopy.title', { name })}
      confirmLabel={remove ? t('attachments.remove.confirm') : t('attachments.saveCopy.confirm')}
      danger={remove}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{remove ? t('attachments.remove.body') : t('attachments.saveCopy.body')}</p>
    </ConfirmDialog>
  );
}
