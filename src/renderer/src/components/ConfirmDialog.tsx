import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, toApiError } from '../lib/api';
import { notifyError } from '../lib/notify';
import { InlineError } from './InlineError';

export interface ConfirmDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What the dialog asks about: the record, what changes, what stays. */
  children: ReactNode;
  confirmLabel: string;
  confirmIcon: ReactNode;
  size?: string;
  /** Does the thing; the dialog closes once it is done. */
  onConfirm: () => Promise<void>;
  /**
   * When the core refuses: `stay` keeps the dialog open and says why inside it, so the consultant
   * can cancel or try again; `close` closes it, the caller telling the outcome (a refusal that
   * still reaches the dialog is shown as a notice).
   */
  onRefusal: 'stay' | 'close';
}

/**
 * A question before something that cannot simply be taken back (a delete, a restore). "Batal" has
 * the first focus and Escape cancels; while the action runs, nothing closes the dialog; Mantine
 * gives the focus back to the button that opened it.
 */
export function ConfirmDialog({ opened, onClose, title, children, confirmLabel, confirmIcon, size, onConfirm, onRefusal }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const close = () => {
    setRefusal(null);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      await onConfirm();
      close();
    } catch (err) {
      if (onRefusal === 'stay') setRefusal(toApiError(err));
      else {
        notifyError(toApiError(err));
        close();
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={busy ? () => {} : close}
      closeOnEscape={!busy}
      closeOnClickOutside={!busy}
      withCloseButton={!busy}
      closeButtonProps={{ 'aria-label': t('app.close') }}
      title={title}
      centered
      size={size}
    >
      <Stack gap="sm">
        {children}
        {refusal ? <InlineError error={refusal} /> : null}
      </Stack>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={close} disabled={busy} data-autofocus>
          {t('app.cancel')}
        </Button>
        {/* red 9: white on the theme's red 7 reads at only 3.8:1. */}
        <Button color="red.9" leftSection={confirmIcon} loading={busy} onClick={() => void confirm()}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
