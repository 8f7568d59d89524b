import { Button, Group, Paper, Stack, Stepper } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult } from '../../../../../shared/contract';
import { call, toApiError, type ApiError } from '../../../lib/api';
import { useApiQuery } from '../../../lib/query';
import { ProgressPanel } from '../ProgressPanel';
import { newJobId, useTransferProgress } from '../use-progress';
import { ContentsStep } from './ContentsStep';
import { EXPORT_STEPS, encrypts, initialExportValues, toExportInput, validateStep, type ExportValues } from './export-values';
import { ExportCancelled, ExportFailed, ExportSuccess } from './ExportResultView';
import { ScopeStep } from './ScopeStep';
import { SummaryStep } from './SummaryStep';
import { TargetStep } from './TargetStep';

type Run =
  | { state: 'idle' }
  | { state: 'running'; jobId: string; cancelling: boolean }
  | { state: 'done'; result: ExportResult }
  | { state: 'cancelled' }
  | { state: 'failed'; error: ApiError };

/** Ekspor: target, scope, contents, summary; then the progress and what came of it. */
export function ExportWizard() {
  const { t } = useTranslation();
  const [values, setValues] = useState<ExportValues>(initialExportValues);
  const [active, setActive] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const progress = useTransferProgress(run.state === 'running' ? run.jobId : null);
  const step = EXPORT_STEPS[active] ?? 'summary';
  const officeKey = useApiQuery('transfer:officeKey');
  const lockedWith = values.audience === 'office' && officeKey.data?.set ? officeKey.data.fingerprint : null;

  const set = (patch: Partial<ExportValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    // A field's error goes once it is touched again.
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(patch)) delete next[key];
      if ('password' in patch) delete next['passwordConfirm'];
      return next;
    });
  };

  /** Validates every step before `target`; stops at the first with a problem. */
  const goTo = (target: number) => {
    for (let i = 0; i < target; i++) {
      const issues = validateStep(EXPORT_STEPS[i]!, values);
      if (Object.keys(issues).length > 0) {
        setActive(i);
        setErrors(Object.fromEntries(Object.entries(issues).map(([field, issue]) => [field, t(issue.key, issue.params ?? {})])));
        return;
      }
    }
    setErrors({});
    setActive(target);
  };

  const start = () => {
    const jobId = newJobId();
    setRun({ state: 'running', jobId, cancelling: false });
    call('transfer:export', toExportInput(values, jobId))
      .then((result) => setRun(result.status === 'cancelled' ? { state: 'cancelled' } : { state: 'done', result }))
      .catch((err: unknown) => setRun({ state: 'failed', error: toApiError(err) }));
  };

  const cancel = () => {
    if (run.state !== 'running') return;
    setRun({ ...run, cancelling: true });
    void call('transfer:cancel', { jobId: run.jobId }).catch(() => undefined);
  };

  const again = () => {
    setRun({ state: 'idle' });
    setValues((v) => ({ ...v, password: '', passwordConfirm: '' }));
    // The password is not kept after an export; an encrypted one asks for it again.
    setActive(encrypts(values) ? EXPORT_STEPS.indexOf('contents') : EXPORT_STEPS.indexOf('summary'));
  };

  const locked = run.state !== 'idle';
  const stepProps = { values, set, errors };

  return (
    <Stack gap="lg">
      <Stepper active={locked ? EXPORT_STEPS.length : active} onStepClick={locked ? undefined : goTo} size="sm" allowNextStepsSelect={false}>
        {EXPORT_STEPS.map((s) => (
          <Stepper.Step key={s} label={t(`transfer.steps.${s}`)} description={t(`transfer.steps.${s}Hint`)} allowStepSelect={!locked} />
        ))}
      </Stepper>

      {run.state === 'running' ? (
        <ProgressPanel title={t('transfer.run.running')} hint={t('transfer.run.runningHint')} progress={progress} onCancel={cancel} cancelling={run.cancelling} />
      ) : run.state === 'done' ? (
        <ExportSuccess result={run.result} onAgain={again} officeKey={lockedWith} />
      ) : run.state === 'cancelled' ? (
        <ExportCancelled onAgain={() => setRun({ state: 'idle' })} />
      ) : run.state === 'failed' ? (
        <ExportFailed error={run.error} onBack={() => setRun({ state: 'idle' })} />
      ) : (
        <Paper withBorder radius="md" p="lg">
          <Stack gap="lg">
            <div data-testid={`export-step-${step}`}>
              {step === 'target' ? <TargetStep {...stepProps} /> : null}
              {step === 'scope' ? <ScopeStep {...stepProps} /> : null}
              {step === 'contents' ? <ContentsStep {...stepProps} /> : null}
              {step === 'summary' ? <SummaryStep values={values} /> : null}
            </div>
            <Group justify="space-between">
              {active > 0 ? (
                <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => goTo(active - 1)}>
                  {t('transfer.back')}
                </Button>
              ) : (
                <span />
              )}
              {step === 'summary' ? (
                <Button leftSection={<IconFileExport size={16} />} onClick={start}>
                  {t('transfer.summary.start')}
                </Button>
              ) : (
                <Button rightSection={<IconArrowRight size={16} />} onClick={() => goTo(active + 1)}>
                  {t('transfer.next')}
                </Button>
              )}
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
