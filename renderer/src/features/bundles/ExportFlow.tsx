import { useState } from 'react';
import type { z } from 'zod';
import type { BundleRecipientView, exportPlanSchema, exportResultSchema } from '../../../../shared/domain/bundles';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';
import { ExportChooser, type ExportChoice } from './ExportChooser';
import { ExportPreview } from './ExportPreview';
import { ExportResultPanel } from './ExportResultPanel';
import { JobProgressPanel } from './JobProgressPanel';
import { useJobProgress } from './use-job-progress';

export type ExportPlan = z.infer<typeof exportPlanSchema>;
export type ExportResult = z.infer<typeof exportResultSchema>;

type Step =
  | { step: 'choose'; note: 'cancelled' | 'notSaved' | null }
  | { step: 'preview'; choice: ExportChoice; plan: ExportPlan }
  | { step: 'writing'; choice: ExportChoice; jobId: string }
  | { step: 'done'; result: ExportResult };

/**
 * Choose → preview (what leaves, who is named) → confirm → progress with Cancel → result. The
 * bundle is written only from a preview the officer saw: a changed choice goes back to choose.
 */
export function ExportFlow({ recipients }: { recipients: readonly BundleRecipientView[] }) {
  const { t } = useI18n();
  const [state, setState] = useState<Step>({ step: 'choose', note: null });
  const [choice, setChoice] = useState<ExportChoice | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  // Listening before the job starts: a small bundle can be written before its id comes back.
  const job = useJobProgress(state.step === 'writing' ? state.jobId : null);

  async function preview(next: ExportChoice) {
    setError(null);
    setChoice(next);
    try {
      setState({ step: 'preview', choice: next, plan: await call('bundle:export-preview', { filter: next.filter }) });
    } catch (caught) {
      setError(toErrorData(caught));
    }
  }

  async function write(chosen: ExportChoice, keepMetadata: string[]) {
    setError(null);
    try {
      const { jobId } = await call('bundle:export', { to: chosen.to, filter: chosen.filter, keepMetadata });
      if (!jobId) {
        setState({ step: 'choose', note: 'notSaved' });
        return;
      }
      setState({ step: 'writing', choice: chosen, jobId });
      const end = await call('bundle:export-result', { jobId });
      setState(end.state === 'done' ? { step: 'done', result: end.result } : { step: 'choose', note: 'cancelled' });
    } catch (caught) {
      setError(toErrorData(caught));
      setState({ step: 'choose', note: null });
    }
  }

  return (
    <section className="settings-section" aria-labelledby="export-what">
      <h2 className="subheading" id="export-what">
        {t('exportForm.heading')}
      </h2>
      {state.step === 'choose' ? (
        <>
          <p className="status-text" role="status">
            {state.note === 'cancelled' ? t('progress.cancelled') : state.note === 'notSaved' ? t('progress.notSaved') : ''}
          </p>
          <ExportChooser recipients={recipients} initial={choice} onPreview={(next) => void preview(next)} />
        </>
      ) : null}
      {state.step === 'preview' ? (
        <ExportPreview plan={state.plan} choice={state.choice} onBack={() => setState({ step: 'choose', note: null })} onConfirm={(keepMetadata) => void write(state.choice, keepMetadata)} />
      ) : null}
      {state.step === 'writing' ? <JobProgressPanel heading={t('progress.heading')} jobId={state.jobId} job={job} /> : null}
      {state.step === 'done' ? <ExportResultPanel result={state.result} onAgain={() => setState({ step: 'choose', note: null })} /> : null}
      <ErrorAlert error={error} />
    </section>
  );
}
