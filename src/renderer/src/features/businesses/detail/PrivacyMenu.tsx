import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconEye, IconFileExport, IconShieldLock, IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BusinessDetail } from '../../../../../shared/contract';
import { call, toApiError } from '../../../lib/api';
import { notifyError, notifySuccess } from '../../../lib/notify';
import type { NikReveal } from './use-nik-reveal';

/** "Data pribadi": the owner's rights — see the NIK (audited), take a copy, have it erased. */
export function PrivacyMenu({ d, reveal, onErase }: { d: BusinessDetail; reveal: NikReveal; onErase: () => void }) {
  const { t } = useTranslation();
  const exportData = async () => {
    try {
      const { path } = await call('businesses:exportPersonalData', { id: d.id });
      if (path) notifySuccess(t('businesses.privacy.exported', { path }));
    } catch (err) {
      notifyError(toApiError(err));
    }
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconShieldLock size={16} />} rightSection={<IconChevronDown size={14} />}>
          {t('businesses.detail.personal')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconEye size={16} />} disabled={!d.ownerNikMasked} onClick={reveal.reveal}>
          {d.ownerNikMasked ? t('businesses.privacy.revealNik') : t('businesses.privacy.noNik')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileExport size={16} />} onClick={() => void exportData()}>
          {t('businesses.privacy.export')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconShieldX size={16} />} color="red" disabled={Boolean(d.personalDataErasedAt)} onClick={onErase}>
          {t('businesses.privacy.erase')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
