import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/*
 * Timeline entries that come from consultations. Their `detail` is whatever main put there, so
 * each value is read defensively: a missing field is left out rather than shown as "undefined".
 */
type Detail = Record<string, unknown> | null;

const str = (d: Detail, key: string): string | null => (typeof d?.[key] === 'string' ? (d[key] as string) : null);

function day(iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

interface ActionItem {
  what: string;
  who: string | null;
  dueDate: string | null;
}

function actionItems(d: Detail): ActionItem[] {
  const raw = d?.['actionItems'];
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null && typeof x['what'] === 'string')
    .map((x) => ({ what: x['what'] as string, who: str(x, 'who'), dueDate: str(x, 'dueDate') }));
}

/** A finalised consultation: its number (a link), date and time, service areas and action plan. */
export function ConsultationEntry({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const id = str(detail, 'consultationId');
  const number = str(detail, 'number');
  const areas = Array.isArray(detail?.['serviceAreas']) ? (detail['serviceAreas'] as unknown[]).filter((a) => typeof a === 'string') : [];
  const items = actionItems(detail);
  const version = typeof detail?.['version'] === 'number' ? detail['version'] : null;
  const channel = str(detail, 'channel');
  return (
    <>
      {id ? (
        <Anchor component={Link} to={`/konsultasi/${id}`} size="sm" ff="monospace" fw={600}>
          {number ?? id}
        </Anchor>
      ) : null}
      <Text size="xs" c="dimmed">
        {[
          day(str(detail, 'date')),
          str(detail, 'startTime')?.replace(':', '.'),
          channel ? t(`consultations.channels.${channel}`, { defaultValue: channel }) : null,
          version && version > 1 ? t('consultations.timeline.version', { version }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {areas.length ? (
        <Group gap={4} mt={4}>
          {areas.map((a) => (
            <Badge key={a} size="xs" variant="light" color="indigo" tt="none">
              {t(`consultations.areas.${a}`, { defaultValue: a })}
            </Badge>
          ))}
        </Group>
      ) : null}
      {items.length ? (
        <List size="xs" mt={4} spacing={2}>
          {items.map((item, i) => (
            <List.Item key={i}>
              {item.what}
              {item.who ? ` · ${t(`consultations.assignees.${item.who}`, { defaultValue: item.who })}` : ''}
              {item.dueDate ? ` · ${t('consultations.timeline.due', { date: day(item.dueDate) })}` : ''}
            </List.Item>
          ))}
        </List>
      ) : null}
    </>
  );
}

const STATUS_COLORS: Record<string, string> = { open: 'orange', done: 'teal', cancelled: 'gray' };

/** A follow-up made from an action item: title, due date, status, and its consultation. */
export function FollowUpEntry({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const status = str(detail, 'status');
  const assignee = str(detail, 'assignee');
  const consultationId = str(detail, 'consultationId');
  return (
    <>
      <Text size="sm">{str(detail, 'title')}</Text>
      <Group gap={6} mt={2}>
        {status ? (
          <Badge size="xs" variant="light" color={STATUS_COLORS[status] ?? 'gray'} tt="none">
            {t(`consultations.followUpStatuses.${status}`, { defaultValue: status })}
          </Badge>
        ) : null}
        <Text size="xs" c="dimmed">
          {[
            t('consultations.timeline.due', { date: day(str(detail, 'dueDate')) }),
            assignee ? t(`consultations.assignees.${assignee}`, { defaultValue: assignee }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {consultationId ? (
          <Anchor component={Link} to={`/konsultasi/${consultationId}`} size="xs" ff="monospace">
            {str(detail, 'consultationNumber') ?? ''}
          </Anchor>
        ) : null}
      </Group>
    </>
  );
}
