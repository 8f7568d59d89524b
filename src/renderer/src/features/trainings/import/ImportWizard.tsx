import { Alert, Badge, Button, Checkbox, Group, Modal, Paper, Select, Stack, Stepper, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  importMapping,
  type ImportField,
  type ParticipantImportPreview,
  type ParticipantImportRow,
  type SheetPreview,
  type Training,
} from '../../../../../shared/contract';
import { issuesToFields } from '../../../../../shared/validation/issues';
import { call, toApiError, type ApiError } from '../../../lib/api';
import { translateIssue } from '../../../lib/form-errors';
import { describeError } from '../../../lib/notify';
import { formatNumber } from '../../../lib/format';
import { renderWithHints } from '../../businesses';
import { importFieldOptions } from '../labels';
import { formatDayShort } from '../dates';

type Mapping = Record<string, ImportField | null>;
const IGNORE = '';
const STATE_COLORS: Record<ParticipantImportRow['state'], string> = {
  new: 'teal',
  duplicate_in_sheet: 'yellow',
  already_participant: 'gray',
  invalid: 'red',
  blank: 'gray',
};

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

/** Step 2: a field for every column of the sheet, with a few rows to recognise them by. */
function MappingStep({
  sheet,
  mapping,
  onMapping,
  onSheet,
  busy,
}: {
  sheet: SheetPreview;
  mapping: Mapping;
  onMapping: (m: Mapping) => void;
  onSheet: (name: string) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const l = (key: string) => t(`trainings.import.${key}`);
  const options = [{ value: IGNORE, label: l('ignore') }, ...importFieldOptions(t)];
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed">
          {t('trainings.import.fileInfo', { file: sheet.fileName, sheet: sheet.sheetName, count: formatNumber(sheet.rowCount) })}
        </Text>
        {sheet.sheetNames.length > 1 ? (
          <Select
            label={l('sheet')}
            data={sheet.sheetNames}
            value={sheet.sheetName}
            onChange={(v) => v && v !== sheet.sheetName && onSheet(v)}
            disabled={busy}
            w={240}
            allowDeselect={false}
          />
        ) : null}
      </Group>
      <Text size="sm">{l('mappingIntro')}</Text>
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={6} aria-label={l('mappingLabel')}>
            <Table.Thead bg="var(--mantine-color-gray-0)">
              <Table.Tr>
                <Table.Th>{l('column')}</Table.Th>
                <Table.Th w={240}>{l('field')}</Table.Th>
                <Table.Th>{l('sample')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sheet.headers.map((header, i) => (
                <Table.Tr key={`${header}-${i}`}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {header}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={header}
                      data={options}
                      value={mapping[header] ?? IGNORE}
                      allowDeselect={false}
                      onChange={(v) => onMapping({ ...mapping, [header]: v ? (v as ImportField) : null })}
                      size="xs"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {sheet.sampleRows
                        .map((r) => r[i] ?? '')
                        .filter((v) => v.trim() !== '')
                        .slice(0, 3)
                        .join(' · ')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}

/** Step 3: every row with its state and problems; only new rows can be chosen, each optionally linked. */
/** Likely profiles by name; owner and kabupaten/kota under each option and on hover of the chosen one. */
function LinkSelect({ row, value, onChange }: { row: ParticipantImportRow; value: string; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const hints = new Map(row.businessMatches.map((m) => [m.id, [m.ownerName, m.regencyName].filter(Boolean).join(' · ')]));
  const chosen = row.businessMatches.find((m) => m.id === value);
  const hint = chosen ? [chosen.name, hints.get(chosen.id)].filter(Boolean).join(' · ') : null;
  return (
    <Tooltip label={hint} disabled={!hint} openDelay={300}>
      <Select
        size="xs"
        aria-label={t('trainings.import.linkRow', { row: row.row })}
        data={[{ value: IGNORE, label: t('trainings.import.noLink') }, ...row.businessMatches.map((m) => ({ value: m.id, label: m.name }))]}
        renderOption={renderWithHints(hints)}
        comboboxProps={{ width: 'max-content', position: 'bottom-end' }}
        value={value}
        allowDeselect={false}
        onChange={(id) => onChange(id && id !== IGNORE ? id : null)}
      />
    </Tooltip>
  );
}

function PreviewStep({
  preview,
  chosen,
  links,
  onChosen,
  onLink,
}: {
  preview: ParticipantImportPreview;
  chosen: Set<number>;
  links: Record<number, string | null>;
  onChosen: (row: number, on: boolean) => void;
  onLink: (row: number, id: string | null) => void;
}) {
  const { t } = useTranslation();
  const l = (key: string) => t(`trainings.import.${key}`);
  const none = t('trainings.detail.none');
  const fieldName = (field: string) => t(`trainings.import.fields.${field}`, { defaultValue: field });
  return (
    <Stack gap="sm">
      <Group gap="xs">
        {(Object.keys(preview.counts) as Array<keyof ParticipantImportPreview['counts']>).map((state) => (
          <Badge key={state} color={STATE_COLORS[state]} variant="light" tt="none">
            {t(`trainings.import.states.${state}`)}: {formatNumber(preview.counts[state])}
          </Badge>
        ))}
      </Group>
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <Table.ScrollContainer minWidth={1100} maxHeight={440}>
          <Table verticalSpacing={6} stickyHeader aria-label={l('previewLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={60}>{l('columns.pick')}</Table.Th>
                <Table.Th w={60}>{l('columns.row')}</Table.Th>
                <Table.Th>{l('columns.state')}</Table.Th>
                <Table.Th>{l('columns.name')}</Table.Th>
                <Table.Th>{l('columns.gender')}</Table.Th>
                <Table.Th>{l('columns.age')}</Table.Th>
                <Table.Th>{l('columns.phone')}</Table.Th>
                <Table.Th>{l('columns.business')}</Table.Th>
                <Table.Th>{l('columns.problems')}</Table.Th>
                <Table.Th w={240}>{l('columns.link')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.rows.map((r) => {
                const v = r.values;
                const canPick = r.state === 'new';
                return (
                  <Table.Tr key={r.row} data-testid={`import-row-${r.row}`}>
                    <Table.Td>
                      <Checkbox
                        aria-label={t('trainings.import.pickRow', { row: r.row })}
                        checked={canPick && chosen.has(r.row)}
                        disabled={!canPick}
                        onChange={(e) => onChosen(r.row, e.currentTarget.checked)}
                      />
                    </Table.Td>
                    <Table.Td>{r.row}</Table.Td>
                    <Table.Td>
                      <Badge size="sm" color={STATE_COLORS[r.state]} variant="light" tt="none">
                        {t(`trainings.import.states.${r.state}`)}
                      </Badge>
                      {r.duplicateOfRow !== null ? (
                        <Text size="xs" c="dimmed">
                          {t('trainings.import.duplicateOf', { row: r.duplicateOfRow })}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{v.name ?? none}</Text>
                    </Table.Td>
                    <Table.Td>{v.gender ? t(`trainings.participants.genders.${v.gender}`) : none}</Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {v.birthDate ? formatDayShort(v.birthDate) : v.age !== null ? t('trainings.participants.years', { age: v.age }) : none}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                        {v.phone ?? none}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {r.state === 'blank' ? null : v.hasBusiness ? (
                        <Text size="sm">{v.businessName ?? none}</Text>
                      ) : (
                        <Badge size="sm" variant="light" color="blue" tt="none">
                          {l('prospect')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {r.errors.map((e) => (
                        <Text key={`${e.field}-${e.message}`} size="xs" c="red">
                          {fieldName(e.field)}: {translateIssue({ key: e.message })}
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      {canPick && r.businessMatches.length > 0 ? (
                        <LinkSelect row={r} value={links[r.row] ?? IGNORE} onChange={(id) => onLink(r.row, id)} />
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
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
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

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

  const chosenCount = preview ? preview.rows.filter((r) => r.state === 'new' && chosen.has(r.row)).length : 0;

  return (
    <Stack gap="md">
      <Stepper active={step} size="sm" allowNextStepsSelect={false}>
        {STEPS.map((s) => (
          <Stepper.Step key={s} label={l(`steps.${s}`)} />
        ))}
      </Stepper>
      {error ? <Refused error={error} /> : null}
      {step === 0 ? (
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{l('fileIntro')}</Text>
          <Button leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void open()} loading={busy}>
            {l('choose')}
          </Button>
        </Stack>
      ) : null}
      {step === 1 && sheet ? (
        <>
          <MappingStep sheet={sheet} mapping={mapping} onMapping={setMapping} onSheet={(name) => void switchSheet(name)} busy={busy} />
          {mappingError ? (
            <Text c="red" size="sm" role="alert">
              {mappingError}
            </Text>
          ) : null}
          <Group justify="space-between">
            <Button variant="default" onClick={() => setStep(0)} disabled={busy}>
              {l('backStep')}
            </Button>
            <Button onClick={toPreview} loading={busy}>
              {l('next')}
            </Button>
          </Group>
        </>
      ) : null}
      {step === 2 && preview ? (
        <>
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
          />
          <Group justify="space-between">
            <Button variant="default" onClick={() => setStep(1)} disabled={busy}>
              {l('backStep')}
            </Button>
            <Group gap="sm">
              <Text size="sm" c="dimmed">
                {t('trainings.import.chosen', { count: chosenCount })}
              </Text>
              <Button onClick={commit} loading={busy} disabled={chosenCount === 0}>
                {t('trainings.import.commit', { count: chosenCount })}
              </Button>
            </Group>
          </Group>
        </>
      ) : null}
      {step === 3 ? (
        <Stack gap="md">
          <Alert color="teal" icon={<IconCircleCheck size={18} />} title={t('trainings.import.done', { count: imported })} role="status" />
          <Group justify="flex-end">
            <Button onClick={onClose}>{l('close')}</Button>
          </Group>
        </Stack>
      ) : null}
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
