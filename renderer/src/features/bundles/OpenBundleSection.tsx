import { useState } from 'react';
import type { z } from 'zod';
import type { BundleFiles, BundlePickPurpose, BundleSummary, importOutcomeSchema } from '../../../../shared/domain/bundles';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';
import { BundlePicker, type PickedFile } from './BundlePicker';
import { BundleSummaryView } from './BundleSummaryView';
import { JobProgressPanel } from './JobProgressPanel';
import { useJobProgress } from './use-job-progress';

type ImportOutcome = z.infer<typeof importOutcomeSchema>;

type Picks = Record<BundlePickPurpose, readonly PickedFile[]>;
const NO_PICKS: Picks = { bundle: [], identity: [], signers: [] };

type Stage = { stage: 'idle' } | { stage: 'verified'; summary: BundleSummary } | { stage: 'importing'; jobId: string } | { stage: 'imported'; outcome: ImportOutcome };

/**
 * Pick the bundle, this desk's age identity and the trusted officer keys; Verify checks all of
 * it and shows the manifest, or the one failure; Import runs the same checks again as a job.
 */
export function OpenBundleSection({ onImported }: { onImported: () => void }) {
  const { t, tp, formatNumber } = useI18n();
  const [picks, setPicks] = useState<Picks>(NO_PICKS);
  const [stage, setStage] = useState<Stage>({ stage: 'idle' });
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const job = useJobProgress(stage.stage === 'importing' ? stage.jobId : null);
  const bundle = picks.bundle[0];
  const identity = picks.identity[0];
  const files: BundleFiles | null = bundle && identity && picks.signers.length > 0 ? { bundle: bundle.token, identity: identity.token, signers: picks.signers.map((file) => file.token) } : null;

  async function pick(purpose: BundlePickPurpose) {
    setError(null);
    try {
      const chosen = await call('bundle:pick', { purpose });
      if (chosen.length === 0) return;
      // Officer keys add up (several officers); the bundle and the identity are one file each.
      setPicks((previous) => ({ ...previous, [purpose]: purpose === 'signers' ? [...previous.signers, ...chosen] : chosen.slice(0, 1) }));
      setStage({ stage: 'idle' });
    } catch (caught) {
      setError(toErrorData(caught));
    }
  }

  async function verify() {
    setTried(true);
    setError(null);
    setStage({ stage: 'idle' });
    if (!files) return;
    setBusy(true);
    try {
      setStage({ stage: 'verified', summary: await call('bundle:verify', files) });
    } catch (caught) {
      setError(toErrorData(caught));
    } finally {
      setBusy(false);
    }
  }

  async function importBundle() {
    if (!files) return;
    setError(null);
    try {
      const { jobId } = await call('bundle:import', files);
      setStage({ stage: 'importing', jobId });
      const end = await call('bundle:import-result', { jobId });
      setStage(end.state === 'done' ? { stage: 'imported', outcome: end.result } : { stage: 'idle' });
      onImported();
    } catch (caught) {
      setError(toErrorData(caught));
      setStage({ stage: 'idle' });
    }
  }

  return (
    <section className="settings-section" aria-labelledby="hq-open">
      <h2 className="subheading" id="hq-open">
        {t('hq.open')}
      </h2>
      <BundlePicker purpose="bundle" label={t('hq.bundle')} picked={picks.bundle} onPick={(purpose) => void pick(purpose)} />
      <BundlePicker purpose="identity" label={t('hq.identity')} hint={t('hq.identityHint')} picked={picks.identity} onPick={(purpose) => void pick(purpose)} />
      <BundlePicker purpose="signers" label={t('hq.signers')} hint={t('hq.signersHint')} picked={picks.signers} onPick={(purpose) => void pick(purpose)} />
      {tried && !files ? <p className="field__problem">{t('hq.problem.pick')}</p> : null}
      <div>
        <button type="button" className="button button--primary" disabled={busy || stage.stage === 'importing'} onClick={() => void verify()}>
          {t('hq.verify')}
        </button>
      </div>
      <p className="status-text" role="status">
        {busy ? t('hq.verifying') : stage.stage === 'imported' ? (stage.outcome.imported ? tp('hq.imported', stage.outcome.entries) : t('hq.alreadyImported')) : ''}
      </p>
      {stage.stage === 'imported' && stage.outcome.imported && stage.outcome.replayed ? (
        <p className="alert alert--warning" role="alert">
          {t('hq.replayed', { sequence: formatNumber(stage.outcome.sequence) })}
        </p>
      ) : null}
      <ErrorAlert error={error} />
      {stage.stage === 'verified' ? (
        <>
          <BundleSummaryView summary={stage.summary} />
          <div>
            <button type="button" className="button button--primary" onClick={() => void importBundle()}>
              {t('hq.import')}
            </button>
          </div>
        </>
      ) : null}
      {stage.stage === 'importing' ? <JobProgressPanel heading={t('hq.importing')} jobId={stage.jobId} job={job} /> : null}
    </section>
  );
}
