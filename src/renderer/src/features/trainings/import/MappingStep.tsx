import { Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportField, SheetPreview } from '../../../../../shared/contract';
import { formatNumber } from '../../../lib/format';
import { importFieldOptions } from '../labels';
import { IGNORE, type Mapping } from './mapping';

/** Step 2: a field for every column of the sheet, with a few rows to recognise them by. */
export function MappingStep({
  sheet,
  mapping,
  onMapping,
  onSheet,
  error,
  busy,
  onBack,
  onNext,
}: {
  sheet: SheetPreview;
  mapping: Mapping;
  onMapping: (m: Mapping) => void;
  onSheet: (name: string) => void;
  /** Why the mapping cannot be used yet (a field mapped twice, the name not mapped). */
  error: string | null;
  busy: boolean;
  onBack: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const l = (key: string) => t(`trainings.import.${key}`);
  const options = [{ value: IGNORE, label: l('ignore') }, ...importFieldOptions(t)];
  return (
    <>
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
      {error ? (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      ) : null}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack} disabled={busy}>
          {l('backStep')}
        </Button>
        <Button onClick={onNext} loading={busy}>
          {l('next')}
        </Button>
      </Group>
    </>
  );
}
