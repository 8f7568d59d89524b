import { Button, Menu } from '@mantine/core';
import { IconCalendarTime, IconChevronDown, IconClockHour4, IconSun, IconZzz } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FollowUpItem, SNOOZE_PRESETS } from '../../../../../shared/contract';
import { call, toApiError } from '../../../lib/api';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useOfficeTimeZone } from '../../../app/settings';
import { formatInstant } from '../../../lib/office-time';

type Preset = (typeof SNOOZE_PRESETS)[number];

const PRESETS: Array<{ preset: Preset; labelKey: string; icon: typeof IconZzz }> = [
  { preset: 'hour', labelKey: 'followUps.actions.snoozeHour', icon: IconClockHour4 },
  { preset: 'tomorrow', labelKey: 'followUps.actions.snoozeTomorrow', icon: IconSun },
  { preset: 'nextWeek', labelKey: 'followUps.actions.snoozeNextWeek', icon: IconCalendarTime },
];

/** "Tunda": 1 jam, besok 08.00, minggu depan, or a chosen moment (opens the picker). */
export function SnoozeMenu({ item, onPick, size = 'compact-sm' }: { item: FollowUpItem; onPick: () => void; size?: string }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();

  const snooze = async (preset: Preset) => {
    try {
      const saved = await call('followUps:snooze', { id: item.id, preset });
      notifySuccess(t('followUps.actions.snoozed', { when: formatInstant(saved.snoozedUntil ?? saved.effectiveAt, timeZone) }));
    } catch (err) {
      notifyError(toApiError(err));
    }
  };

  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <Button
          variant="light"
          color="gray"
          size={size}
          leftSection={<IconZzz size={14} />}
          rightSection={<IconChevronDown size={12} />}
          aria-label={`${t('followUps.actions.snooze')}: ${item.title}`}
        >
          {t('followUps.actions.snooze')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {PRESETS.map(({ preset, labelKey, icon: Icon }) => (
          <Menu.Item key={preset} leftSection={<Icon size={16} />} onClick={() => void snooze(preset)}>
            {t(labelKey)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconCalendarTime size={16} />} onClick={onPick}>
          {t('followUps.actions.snoozePick')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
