import { Badge, Button, Checkbox, Paper, Stack, Table, Text } from '@mantine/core';
import { IconChecks, IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Training } from '../../../../../shared/contract';
import { call, toApiError } from '../../../lib/api';
import { intlLocale } from '../../../app/i18n';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { keepAnswer } from '../../../lib/query';
import { formatGridDay } from '../dates';
import { formatDay } from '../../../lib/format';

type Marks = Record<string, Set<string>>;

/** Who the stored attendance says was there, per day. */
function storedMarks(days: string[], participants: Participant[]): Marks {
  const marks: Marks = {};
  for (const day of days) marks[day] = new Set(participants.filter((p) => p.attendedDays.includes(day)).map((p) => p.id));
  return marks;
}

const same = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((id) => b.has(id));

/**
 * Kehadiran: participants × the training's days. Ticks are kept per day until "Simpan" sends that
 * day's present ids; "Semua hadir" ticks everyone for a day.
 */
export function AttendanceGrid({ training, participants, readOnly }: { training: Training; participants: Participant[]; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const stored = storedMarks(training.days, participants);
  const [edits, setEdits] = useState<Marks>({});
  const [saving, setSaving] = useState<string | null>(null);
  const marks = (day: string) => edits[day] ?? stored[day] ?? new Set<string>();
  const dirty = (day: string) => edits[day] !== undefined && !same(edits[day], stored[day] ?? new Set());
  const locale = intlLocale(i18n.language);

  if (participants.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('trainings.attendance.empty')}
      </Text>
    );
  }

  const toggle = (day: string, id: string, present: boolean) =>
    setEdits((e) => {
      const next = new Set(e[day] ?? stored[day]);
      if (present) next.add(id);
      else next.delete(id);
      return { ...e, [day]: next };
    });
  const allPresent = (day: string) => setEdits((e) => ({ ...e, [day]: new Set(participants.map((p) => p.id)) }));

  const save = async (day: string) => {
    setSaving(day);
    try {
      const updated = await call('participants:setAttendance', { trainingId: training.id, day, presentIds: [...marks(day)] });
      // The answer is the roster as stored now: show it at once; the counts reload on data:changed.
      keepAnswer('participants:list', { trainingId: training.id }, updated);
      setEdits(({ [day]: _saved, ...rest }) => rest);
      notifySuccess(t('trainings.attendance.saved', { day: formatDay(day) }));
    } catch (err) {
      notifyError(toApiError(err));
    } finally {
      setSaving(null);
    }
  };

  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={240 + training.days.length * 120}>
        <Table verticalSpacing={6} horizontalSpacing="sm" withColumnBorders aria-label={t('trainings.attendance.gridLabel')}>
          <Table.Thead bg="var(--mantine-color-gray-0)">
            <Table.Tr>
              <Table.Th w={220}>{t('trainings.participants.columns.name')}</Table.Th>
              {training.days.map((day) => (
                <Table.Th key={day} ta="center" miw={110}>
                  <Stack gap={4} align="center">
                    <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                      {formatGridDay(day, locale)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('trainings.attendance.count', { count: marks(day).size })}
                    </Text>
                    {readOnly ? null : (
                      <>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          leftSection={<IconChecks size={12} />}
                          aria-label={t('trainings.attendance.allPresentDay', { day: formatDay(day) })}
                          onClick={() => allPresent(day)}
                        >
                          {t('trainings.attendance.allPresent')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant={dirty(day) ? 'filled' : 'light'}
                          disabled={!dirty(day)}
                          loading={saving === day}
                          leftSection={<IconDeviceFloppy size={12} />}
                          aria-label={t('trainings.attendance.saveDayNamed', { day: formatDay(day) })}
                          onClick={() => void save(day)}
                        >
                          {t('trainings.attendance.saveDay')}
                        </Button>
                        {dirty(day) ? (
                          <Badge size="xs" color="yellow" variant="light" tt="none">
                            {t('trainings.attendance.unsaved')}
                          </Badge>
                        ) : null}
                      </>
                    )}
                  </Stack>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {participants.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Text size="sm">{p.name}</Text>
                </Table.Td>
                {training.days.map((day) => (
                  <Table.Td key={day} ta="center">
                    <Checkbox
                      style={{ display: 'inline-block' }}
                      aria-label={t('trainings.attendance.present', { name: p.name, day: formatDay(day) })}
                      checked={marks(day).has(p.id)}
                      disabled={readOnly}
                      onChange={(e) => toggle(day, p.id, e.currentTarget.checked)}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
