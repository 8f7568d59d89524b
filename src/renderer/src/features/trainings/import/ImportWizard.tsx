import { Alert, Modal, Stack, Stepper, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importMapping, type ParticipantImportPreview, type SheetPreview, type Training } from '../../../../../shared/contract';
import { issuesToFields } from '../../../../../shared/validation/issues';
import { call, type ApiError } from '../../../lib/api';
import { translateIssue } from '../../../lib/form-errors';
import { describeError } from '../../../lib/notify';
import { useRun } from '../../../lib/use-run';
import { DoneStep } from './DoneStep';
import { FileStep } from './FileStep';
import type { Mapping } from './mapping';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';

function Refused({ error }: { error: ApiError }) {
  const { title, message } = describeError(error);
  const issues = Object.values(error.fields ?? {}).map((issue) => translateIssue(issue));
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={title} role="alert">
      <Text size="sm">{message}</Text>
      {issues.map((issue) => (
        <Text key={issue} size="sm" mt={4}>
          {issue}
        </Text>
      ))}
    </Alert>
  );
}

const STEPS = ['file', 'mapping', 'preview', 'done'] as const;

function Wizard({ training, onClose }: { training: Training; onClose: () => void }) {
  const { t } = useTranslation();
  const l = (key: string) => t(`trainings.import.${key}`);
  const [step, setStep] = useState(0);
  const [sheet, setSheet] = useState<SheetPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [mappingError, setMappingError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ParticipantImportPreview | null>(null);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [links, setLinks] = useState<Record<number, string | null>>({});
  const [imported, setImported] = useState(0);
  const { busy, error, run } = useRun();


  const takeSheet = (read: SheetPreview) => {
    setSheet(read);
    setMapping({ ...read.suggestedMapping });
    setMappingError(null);
    setStep(1);
  };

  const open = () =>
    run(async () => {
      const read = await call('participants:importOpen', {});
      if (read) takeSheet(read);
    });

  const switchSheet = (sheetName: string) =>
    run(async () => {
      if (!sheet) return;
      const read = await call('participants:importOpen', { token: sheet.token, sheetName });
      if (read) takeSheet(read);
    });

  const mappingInput = () => (sheet ? { token: sheet.token, trainingId: training.id, sheetName: sheet.sheetName, mapping } : null);

  const toPreview = () => {
    const checked = importMapping.safeParse(mapping);
    if (!checked.success) {
      const first = Object.values(issuesToFields(checked.error.issues))[0];
      setMappingError(first ? translateIssue(first) : t('v.invalid'));
      return;
    }
    setMappingError(null);
    const input = mappingInput();
    if (!input) return;
    void run(async () => {
      const result = await call('participants:importPreview', input);
      setPreview(result);
      setChosen(new Set(result.rows.filter((r) => r.state === 'new').map((r) => r.row)));
      setLinks({});
      setStep(2);
    });
  };

  const commit = () => {
    const input = mappingInput();
    if (!input || !preview) return;
    const rows = preview.rows.filter((r) => r.state === 'new' && chosen.has(r.row)).map((r) => ({ row: r.row, linkBusinessId: links[r.row] ?? null }));
    void run(async () => {
      const result = await call('participants:importCommit', { ...input, rows });
      setImported(result.imported);
      setStep(3);
    });
  };

  return (
    <Stack gap="md">
      <Stepper active={step} size="sm" allowNextStepsSelect={false}>
        {STEPS.map((s) => (
          <Stepper.Step key={s} label={l(`steps.${s}`)} />
        ))}
      </Stepper>
      {error ? <Refused error={error} /> : null}
      {step === 0 ? <FileStep busy={busy} onChoose={() => void open()} /> : null}
      {step === 1 && sheet ? (
        <MappingStep
          sheet={sheet}
          mapping={mapping}
          onMapping={setMapping}
          onSheet={(name) => void switchSheet(name)}
          error={mappingError}
          busy={busy}
          onBack={() => setStep(0)}
          onNext={toPreview}
        />
      ) : null}
      {step === 2 && preview ? (
        <PreviewStep
          preview={preview}
          chosen={chosen}
          links={links}
          onChosen={(row, on) =>
            setChosen((s) => {
              const next = new Set(s);
              if (on) next.add(row);
              else next.delete(row);
              return next;
            })
          }
          onLink={(row, id) => setLinks((m) => ({ ...m, [row]: id }))}
          busy={busy}
          onBack={() => setStep(1)}
          onCommit={commit}
        />
      ) : null}
      {step === 3 ? <DoneStep imported={imported} onClose={onClose} /> : null}
    </Stack>
  );
}

/** "Impor dari Excel/CSV": file → columns → review → done. */
export function ImportWizard({ training, opened, onClose }: { training: Training; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('trainings.import.title')} size="90rem">
      {opened ? <Wizard training={training} onClose={onClose} /> : null}
    </Modal>
  );
}
