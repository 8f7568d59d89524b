import { Alert, Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { IconShieldX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GuardedModal, useUnsavedGuard } from '../../../components/unsaved';
import type { BusinessDetail } from '../../../../../shared/contract';
import { LIMITS } from '../../../../../shared/validation/fields';
import { call, toApiError } from '../../../lib/api';
import { translateIssue } from '../../../lib/form-errors';
import { notifyError, notifySuccess } from '../../../lib/notify';

function EraseForm({ d, onClose }: { d: BusinessDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The dialog's ×, Escape and a click beside it ask first when a reason was typed.
  const guard = useUnsavedGuard(() => reason.trim() !== '', { close: onClose });

  const erase = async () => {
    if (!reason.trim()) {
      setError(t('v.required'));
      return;
    }
    setBusy(true);
    try {
      await call('businesses:erasePersonalData', { id: d.id, reason: reason.trim() });
      notifySuccess(t('businesses.privacy.erasedToast'));
      onClose();
    } catch (err) {
      const apiError = toApiError(err);
      const issue = apiError.fields?.['reason'];
      if (issue) setError(translateIssue(issue));
      else notifyError(apiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{t('businesses.privacy.eraseIntro')}</Text>
      <Alert color="red" variant="light" title={t('businesses.privacy.eraseWiped')} p="sm">
        <Text size="sm">{t('businesses.privacy.eraseWipedList')}</Text>
      </Alert>
      <Alert color="gray" variant="light" title={t('businesses.privacy.eraseKept')} p="sm">
        <List size="sm">
          <List.Item>{t('businesses.privacy.eraseKeptList')}</List.Item>
        </List>
      </Alert>
      <Textarea
        label={t('businesses.privacy.eraseReason')}
        placeholder={t('businesses.privacy.eraseReasonPlaceholder')}
        withAsterisk
        autosize
        minRows={2}
        maxLength={LIMITS.line}
        value={reason}
        error={error}
        data-autofocus
        onChange={(e) => {
          setReason(e.currentTarget.value);
          setError(null);
        }}
      />
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={() => guard.confirmDiscard(onClose)}>
          {t('app.cancel')}
        </Button>
        <Button color="red" leftSection={<IconShieldX size={16} />} loading={busy} onClick={() => void erase()}>
          {t('businesses.privacy.eraseConfirm')}
        </Button>
      </Group>
      {guard.dialog}
    </Stack>
  );
}

/** "Hapus data pribadi" (UU PDP): needs a reason; says what is wiped and what stays. */
export function EraseModal({ d, opened, onClose }: { d: BusinessDetail; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <GuardedModal opened={opened} onClose={onClose} title={t('businesses.privacy.eraseTitle')} centered size="lg">
      {opened ? <EraseForm d={d} onClose={onClose} /> : null}
    </GuardedModal>
  );
}
