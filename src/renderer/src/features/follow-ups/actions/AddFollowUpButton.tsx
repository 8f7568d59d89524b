import { Button, type ButtonProps } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogOpener } from '../../../lib/dialog-opener';
import { AddFollowUpModal, type AddFollowUpPreset } from './AddFollowUpModal';

/**
 * "Tambah tindak lanjut": a button that opens the add form. The business detail page passes its
 * own `businessId`; the idle list passes a title too.
 */
export function AddFollowUpButton({
  businessId,
  title,
  label,
  ...props
}: ButtonProps & AddFollowUpPreset & { label?: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const opener = useDialogOpener();
  return (
    <>
      <Button leftSection={<IconPlus size={16} />} onClick={() => (opener.remember(), setOpened(true))} {...props}>
        {label ?? t('followUps.add')}
      </Button>
      {opened ? <AddFollowUpModal opened onClose={() => (setOpened(false), opener.restore())} preset={{ businessId, title }} /> : null}
    </>
  );
}
