import { ActionIcon, Button, Group, Menu } from '@mantine/core';
import { IconCalendarEvent, IconCheck, IconDots, IconExternalLink, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowUpItem } from '../../../../../shared/contract';
import { CancelModal } from './CancelModal';
import { CompleteModal } from './CompleteModal';
import { RescheduleModal } from './RescheduleModal';
import { SnoozeMenu } from './SnoozeMenu';
import { SnoozePickModal } from './SnoozePickModal';

type Dialog = 'done' | 'pick' | 'reschedule' | 'cancel' | null;

/**
 * The quick actions on an open follow-up: done, snooze, and (behind "…") reschedule and cancel.
 * `layout="page"` shows every action as its own button, for the detail page.
 */
export function FollowUpActions({ item, layout = 'row' }: { item: FollowUpItem; layout?: 'row' | 'page' }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const open = item.status === 'open';

  // A dialog stays while it is open even if the item closes meanwhile: the save then says why it failed.
  const modals = (
    <>
      {/* Mounted while open only: each opening starts from a clean form. */}
      {dialog === 'done' ? <CompleteModal item={item} opened onClose={close} /> : null}
      {dialog === 'pick' ? <SnoozePickModal item={item} opened onClose={close} /> : null}
      {dialog === 'reschedule' ? <RescheduleModal item={item} opened onClose={close} /> : null}
      {dialog === 'cancel' ? <CancelModal item={item} opened onClose={close} /> : null}
    </>
  );

  if (layout === 'page') {
    if (!open) return modals;
    return (
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
        {modals}
      </Group>
    );
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
      {modals}
    </Group>
  );
}
