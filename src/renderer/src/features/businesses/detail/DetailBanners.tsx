import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconGitMerge, IconLock, IconShieldCheck, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BusinessDetail } from '../../../../../shared/contract';
import { call, toApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useOfficeTimeZone } from '../../../app/settings';

/** Deleted, merged away, personal data erased, processing restricted: said at the top, with the way back where there is one. */
export function DetailBanners({ d }: { d: BusinessDetail }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const [busy, setBusy] = useState(false);
  const restore = async () => {
    setBusy(true);
    try {
      await call('businesses:restore', { id: d.id });
      notifySuccess(t('businesses.detail.restored'));
    } catch (err) {
      notifyError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm" mb={d.deletedAt || d.personalDataErasedAt || d.restrictedAt ? 'md' : 0}>
      {d.mergedIntoId ? (
        <Alert color="grape" icon={<IconGitMerge size={18} />} title={t('businesses.detail.mergedTitle')} role="status">
          <Text size="sm">{t('businesses.detail.merged')}</Text>
          <Anchor component={Link} to={`/umkm/${d.mergedIntoId}`} size="sm" fw={600}>
            {t('businesses.detail.openMerged')}
          </Anchor>
        </Alert>
      ) : d.deletedAt ? (
        <Alert color="red" icon={<IconTrash size={18} />} title={t('businesses.detail.deletedTitle')} role="status">
          <Text size="sm">{t('businesses.detail.deleted', { at: formatDateTime(d.deletedAt, timeZone) })}</Text>
          <Button
            mt="sm"
            size="sm"
            color="red"
            leftSection={<IconArrowBackUp size={16} />}
            loading={busy}
            onClick={() => void restore()}
          >
            {t('businesses.detail.restore')}
          </Button>
        </Alert>
      ) : null}
      {d.restrictedAt ? (
        <Alert color="grape" icon={<IconLock size={18} />} title={t('businesses.detail.restrictedTitle')} role="status">
          <Text size="sm">{t('businesses.detail.restricted', { at: formatDateTime(d.restrictedAt, timeZone) })}</Text>
          <Anchor component={Link} to="/permintaan-data" size="sm" fw={600}>
            {t('businesses.detail.openRequests')}
          </Anchor>
        </Alert>
      ) : null}
      {d.personalDataErasedAt ? (
        <Alert color="gray" icon={<IconShieldCheck size={18} />} title={t('businesses.detail.erasedTitle')}>
          <Text size="sm">{t('businesses.detail.erased', { at: formatDateTime(d.personalDataErasedAt, timeZone) })}</Text>
        </Alert>
      ) : null}
    </Stack>
  );
}
