import { ActionIcon, Button, Group, Menu } from '@mantine/core';
import { IconCalendarEvent, IconCheck, IconDots, IconExternalLink, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowUpItem } from '../../../../../shared/contract';
import { useOpenDialog, type FollowUpDialog } from './FollowUpDialogs';
import { SnoozeMenu } from './SnoozeMenu';

/**
 * The quick actions on an open follow-up: done, snooze, and (behind "…") reschedule and cancel.
 * `layout="page"` shows every action as its own button, for the detail page. The dialogs belong
 * to the screen's `FollowUpDialogsProvider`.
 */
export function FollowUpActions({ item, layout = 'row' }: { item: FollowUpItem; layout?: 'row' | 'page' }) {
  const { t } = useTranslation();
  const openDialog = useOpenDialog();
  const setDialog = (dialog: FollowUpDialog) => openDialog(dialog, item);
  const open = item.status === 'open';

  if (layout === 'page') {
    return open ? (
      <Group gap="sm">
        <Button color="teal" leftSection={<IconCheck size={16} />} onClick={() => setDialog('done')}>
          {t('followUps.actions.done')}
        </Button>
        <SnoozeMenu item={item} onPick={() => setDialog('pick')} size="sm" />
        <Button variant="default" leftSection={<IconCalendarEvent size={16} />} onClick={() => setDialog('reschedule')}>
          {t('followUps.actions.reschedule')}
        </Button>
        <Button variant="subtle" color="red" leftSection={<IconX size={16} />} onClick={() => setDialog('cancel')}>
          {t('followUps.actions.cancel')}
        </Button>
      </Group>
    ) : null;
  }

  return (
    <Group gap={6} wrap="nowrap" justify="flex-end">
      {open ? (
        <>
          <Button
            size="compact-sm"
            variant="light"
            color="teal"
            leftSection={<IconCheck size={14} />}
            onClick={() => setDialog('done')}
            aria-label={`${t('followUps.statuses.done')}: ${item.title}`}
          >
            {t('followUps.statuses.done')}
          </Button>
          <SnoozeMenu item={item} onPick={() => setDialog('pick')} />
        </>
      ) : null}
      <Menu position="bottom-end" withinPortal shadow="md">
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={t('followUps.actions.menu', { title: item.title })}>
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item component={Link} to={`/tindak-lanjut/${item.id}`} leftSection={<IconExternalLink size={16} />}>
            {t('followUps.actions.open')}
          </Menu.Item>
          {open ? (
            <>
              <Menu.Item leftSection={<IconCalendarEvent size={16} />} onClick={() => setDialog('reschedule')}>
                {t('followUps.actions.reschedule')}
              </Menu.Item>
              <Menu.Item leftSection={<IconX size={16} />} color="red" onClick={() => setDialog('cancel')}>
                {t('followUps.actions.cancel')}
              </Menu.Item>
            </>
          ) : null}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
