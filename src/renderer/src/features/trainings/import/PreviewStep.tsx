import { Badge, Button, Checkbox, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParticipantImportPreview, ParticipantImportRow } from '../../../../../shared/contract';
import { formatDay, formatNumber } from '../../../lib/format';
import { translateIssue } from '../../../lib/form-errors';
import { LinkSelect } from './LinkSelect';
import { IGNORE } from './mapping';

const STATE_COLORS: Record<ParticipantImportRow['state'], string> = {
  new: 'teal',
  duplicate_in_sheet: 'yellow',
  already_participant: 'gray',
  invalid: 'red',
  blank: 'gray',
};

/** Step 3: every row with its state and problems; only new rows can be chosen, each optionally linked. */
export function PreviewStep({
  preview,
  chosen,
  links,
  onChosen,
  onLink,
  busy,
  onBack,
  onCommit,
}: {
  preview: ParticipantImportPreview;
  chosen: Set<number>;
  links: Record<number, string | null>;
  onChosen: (row: number, on: boolean) => void;
  onLink: (row: number, id: string | null) => void;
  busy: boolean;
  onBack: () => void;
  onCommit: () => void;
}) {
  const { t } = useTranslation();
  const l = (key: string) => t(`trainings.import.${key}`);
  const none = t('trainings.detail.none');
  const fieldName = (field: string) => t(`trainings.import.fields.${field}`, { defaultValue: field });
  const chosenCount = preview.rows.filter((r) => r.state === 'new' && chosen.has(r.row)).length;
  return (
    <>
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
                          {v.age !== null ? t('trainings.participants.years', { age: v.age }) : v.birthDate ? formatDay(v.birthDate) || v.birthDate : none}
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
                        {r.notices?.length ? (
                          <Text size="xs" c="orange.9">
                            {translateIssue({ key: 'v.childWithheld', params: { fields: r.notices.map((n) => fieldName(n.field)).join(', ') } })}
                          </Text>
                        ) : null}
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
      <Group justify="space-between">
        <Button variant="default" onClick={onBack} disabled={busy}>
          {l('backStep')}
        </Button>
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            {t('trainings.import.chosen', { count: chosenCount })}
          </Text>
          <Button onClick={onCommit} loading={busy} disabled={chosenCount === 0}>
            {t('trainings.import.commit', { count: chosenCount })}
          </Button>
        </Group>
      </Group>
    </>
  );
}
