import { Radio, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { defaultChoice, type Choice, type MergeRow } from './merge-groups';

function Value({ lines }: { lines: string[] }) {
  const { t } = useTranslation();
  if (lines.length === 0) return <Text size="sm" c="dimmed">{t('businesses.detail.none')}</Text>;
  return (
    <Stack gap={0}>
      {lines.map((line) => (
        <Text key={line} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {line}
        </Text>
      ))}
    </Stack>
  );
}

interface MergeCompareProps {
  rows: MergeRow[];
  choices: Record<string, Choice>;
  onChoose: (key: string, choice: Choice) => void;
  otherName: string;
}

/** Step 2: the fields that differ, with "pakai nilai ini" on the side whose value is kept. */
export function MergeCompare({ rows, choices, onChoose, otherName }: MergeCompareProps) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Text size="sm">{t('businesses.merge.noDifferences')}</Text>;
  const cell = (row: MergeRow, side: Choice, lines: string[], label: string) => {
    const chosen = (choices[row.group.key] ?? defaultChoice(row)) === side;
    return (
      <Table.Td bg={chosen ? 'var(--mantine-color-klinik-0)' : undefined} style={{ verticalAlign: 'top' }}>
        <Radio
          name={`merge-${row.group.key}`}
          checked={chosen}
          onChange={() => onChoose(row.group.key, side)}
          label={<Value lines={lines} />}
          description={t('businesses.merge.useThis')}
          aria-label={`${t(`businesses.fields.${row.group.label}`)} — ${label}: ${t('businesses.merge.useThis')}`}
        />
      </Table.Td>
    );
  };
  return (
    <Stack gap="xs">
      <Text size="sm">{t('businesses.merge.compareIntro')}</Text>
      <ScrollArea.Autosize mah="55vh" type="auto" offsetScrollbars>
        <Table withTableBorder withColumnBorders verticalSpacing="xs" layout="fixed" stickyHeader>
          <colgroup>
            <col style={{ width: '22%' }} />
            <col />
            <col />
          </colgroup>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('businesses.merge.field')}</Table.Th>
              <Table.Th>{t('businesses.merge.thisProfile')}</Table.Th>
              <Table.Th>
                {t('businesses.merge.otherProfile')}
                <Text size="xs" c="dimmed" fw={400} truncate="end">
                  {otherName}
                </Text>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.group.key}>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Text size="sm" fw={600}>
                    {t(`businesses.fields.${row.group.label}`)}
                  </Text>
                </Table.Td>
                {cell(row, 'this', row.mine, t('businesses.merge.thisProfile'))}
                {cell(row, 'other', row.theirs, t('businesses.merge.otherProfile'))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      <Text size="xs" c="dimmed">
        {t('businesses.merge.same')}
      </Text>
    </Stack>
  );
}
