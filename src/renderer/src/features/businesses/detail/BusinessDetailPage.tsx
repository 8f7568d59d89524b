import { Button, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconGitMerge, IconMessagePlus, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { BusinessDetail } from '../../../../../shared/contract';
import { InlineError } from '../../../components/InlineError';
import { formatDateTime } from '../../../lib/format';
import { useApiQuery } from '../../../lib/query';
import { useOfficeTimeZone } from '../../../app/settings';
import { BackLink } from '../../../components/BackLink';
import { ScaleBadge, StatusBadge } from '../badges';
import { BusinessTimeline } from './BusinessTimeline';
import { DeleteModal } from './DeleteModal';
import { DetailBanners } from './DetailBanners';
import { DetailSections } from './DetailSections';
import { EraseModal } from './EraseModal';
import { MergeModal } from './MergeModal';
import { PrivacyMenu } from './PrivacyMenu';
import { useNikReveal } from './use-nik-reveal';
import { PrintMenu } from '../../printing';
import { ImpactSection } from '../../impact';

type Dialog = 'delete' | 'merge' | 'erase' | null;

function Header({ d, onDialog, reveal }: { d: BusinessDetail; onDialog: (dialog: Dialog) => void; reveal: ReturnType<typeof useNikReveal> }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const live = !d.deletedAt && !d.mergedIntoId;
  const at = formatDateTime(d.updatedAt, timeZone);
  return (
    <Group justify="space-between" align="flex-start" mb="md" gap="md">
      {/* As wide as the name needs: a long name takes the row and the actions move under it. */}
      <Stack gap={4} style={{ minWidth: 'min(100%, 16rem)', flex: '1 1 auto' }}>
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {d.name}
        </Title>
        <Group gap="xs">
          {d.brand ? (
            <Text c="dimmed" size="sm">
              {d.brand}
            </Text>
          ) : null}
          <StatusBadge status={d.status} />
          {d.scale ? <ScaleBadge scale={d.scale} /> : null}
        </Group>
        <Text size="xs" c="dimmed">
          {d.updatedByName ? t('businesses.detail.updatedBy', { at, name: d.updatedByName }) : t('businesses.detail.updatedAt', { at })}
        </Text>
      </Stack>
      {/* A deleted profile keeps the owner's rights (see, copy, erase); a merged one lives on elsewhere. */}
      {!live && !d.mergedIntoId ? <PrivacyMenu d={d} reveal={reveal} onErase={() => onDialog('erase')} /> : null}
      {live ? (
        <Group gap="xs">
          <Button component={Link} to={`/konsultasi/baru?umkm=${d.id}`} leftSection={<IconMessagePlus size={16} />}>
            {t('businesses.detail.newConsultation')}
          </Button>
          <PrintMenu job={{ channel: 'print:businessSheet', input: { id: d.id } }} label={t('printing.sheet')} />
          <Button component={Link} to={`/umkm/${d.id}/ubah`} variant="default" leftSection={<IconPencil size={16} />}>
            {t('businesses.detail.edit')}
          </Button>
          <Button variant="default" leftSection={<IconGitMerge size={16} />} onClick={() => onDialog('merge')}>
            {t('businesses.detail.merge')}
          </Button>
          <PrivacyMenu d={d} reveal={reveal} onErase={() => onDialog('erase')} />
          <Button variant="outline" color="red" leftSection={<IconTrash size={16} />} onClick={() => onDialog('delete')}>
            {t('businesses.detail.delete')}
          </Button>
        </Group>
      ) : null}
    </Group>
  );
}

function Detail({ d }: { d: BusinessDetail }) {
  const { t } = useTranslation();
  const reveal = useNikReveal(d.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  return (
    <>
      <BackLink to="/umkm" label={t('businesses.back')} />
      <Header d={d} onDialog={setDialog} reveal={reveal} />
      <DetailBanners d={d} />
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <DetailSections d={d} reveal={reveal} />
          <ImpactSection business={d} mt="md" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <BusinessTimeline id={d.id} />
        </Grid.Col>
      </Grid>
      <DeleteModal d={d} opened={dialog === 'delete'} onClose={close} />
      <MergeModal d={d} opened={dialog === 'merge'} onClose={close} />
      <EraseModal d={d} opened={dialog === 'erase'} onClose={close} />
    </>
  );
}

/** A business profile: every field, its permits' state, its scale and why, and its history. */
export function BusinessDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useApiQuery('businesses:get', { id });
  if (detail.error && !detail.data) {
    return (
      <>
        <BackLink to="/umkm" label={t('businesses.back')} />
        <InlineError error={detail.error} onRetry={detail.refetch} />
      </>
    );
  }
  if (!detail.data || detail.data.id !== id) return <Loader aria-label={t('app.loading')} />;
  // Keyed by id: a revealed NIK or an open dialog never carries over to another profile.
  return <Detail key={detail.data.id} d={detail.data} />;
}
