import { useState, type FormEvent, type ReactNode } from 'react';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { toErrorData } from '../../ipc/client';

interface SaveFormProps {
  heading: string;
  submitLabel: string;
  /**
   * Sends the form and settles once it is saved (the owner closes the form then), or returns null
   * when there is nothing to send yet: the fields already say what is missing.
   */
  save: () => Promise<void> | null;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * A People form that is saved once: its heading takes focus when it opens, and a refusal is
 * shown above the fields with Save enabled again, so nothing typed is lost.
 */
export function SaveForm({ heading, submitLabel, save, onCancel, children }: SaveFormProps) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saving = save();
    if (saving === null) return;
    setBusy(true);
    setError(null);
    try {
      await saving;
    } catch (caught) {
      setError(toErrorData(caught));
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <h2 className="subheading" ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <ErrorAlert error={error} />
      {children}
      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
