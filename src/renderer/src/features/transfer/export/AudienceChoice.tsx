import { Alert, Anchor, Group, Loader, Radio, Stack, Text } from '@mantine/core';
import { IconBuildingCommunity, IconKey, IconKeyOff, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../../lib/format';
import { useApiQuery } from '../../../lib/query';
import { OFFICE_KEY_PATH } from '../paths';
import type { Audience } from './export-values';
import type { StepProps } from './step-props';

const AUDIENCES: Array<{ value: Audience; icon: typeof IconUsers }> = [
  { value: 'office', icon: IconBuildingCommunity },
  { value: 'outside', icon: IconUsers },
];

/** Which is which: the office's own package (office key, full data) or files for outsiders (masked). */
export function AudienceChoice({ values, set }: StepProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group value={values.audience} onChange={(a) => set({ audience: a as Audience })} label={t('transfer.audience.label')} withAsterisk={false}>
      <Stack gap="xs" mt="xs">
        {AUDIENCES.map(({ value, icon: Icon }) => (
          <Radio.Card key={value} value={value} radius="md" p="sm" aria-label={t(`transfer.audience.${value}`)} data-testid={`audience-${value}`}>
            <Group wrap="nowrap" align="flex-start">
              <Radio.Indicator />
              <Icon size={22} stroke={1.5} aria-hidden />
              <div>
                <Text fw={600}>{t(`transfer.audience.${value}`)}</Text>
                <Text size="sm" c="dimmed">
                  {t(`transfer.audience.${value}Hint`)}
                </Text>
              </div>
            </Group>
          </Radio.Card>
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** The office's package: whether the office key locks it, and a package of changes only for a desk that acknowledged one. */
export function OfficePackageOptions({ values, set, errors }: StepProps) {
  const { t } = useTranslation();
  const key = useApiQuery('transfer:officeKey');
  const peers = useApiQuery('transfer:peers');
  const acknowledged = (peers.data ?? []).filter((p) => p.acknowledged);
  const deskName = (p: { deskCode: string | null; officeName: string | null }) =>
    [p.deskCode ?? t('transfer.audience.unknownDesk'), p.officeName].filter(Boolean).join(' — ');
  return (
    <Stack gap="md">
      {!key.data ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : key.data.set ? (
        <Alert color="teal" variant="light" icon={<IconKey size={18} />} data-testid="office-key-set">
          <Text size="sm">{t('transfer.audience.keySet', { fingerprint: key.data.fingerprint ?? '' })}</Text>
        </Alert>
      ) : (
        <Alert color="yellow" variant="light" icon={<IconKeyOff size={18} />} title={t('transfer.audience.noKeyTitle')} data-testid="office-key-missing">
          <Text size="sm">{t('transfer.audience.noKey')}</Text>
          <Anchor component={Link} to={OFFICE_KEY_PATH} size="sm" fw={600} mt={4} display="inline-block">
            {t('transfer.audience.noKeyLink')}
          </Anchor>
        </Alert>
      )}
      <Radio.Group
        label={t('transfer.audience.since')}
        value={values.sinceDeskId ?? ''}
        onChange={(deskId) => set({ sinceDeskId: deskId === '' ? null : deskId })}
        error={errors['sinceDeskId']}
      >
        <Stack gap="sm" mt="xs">
          <Radio value="" label={t('transfer.audience.sinceAll')} description={t('transfer.audience.sinceAllHint')} />
          {acknowledged.map((p) => (
            <Radio
              key={p.deskId}
              value={p.deskId}
              label={t('transfer.audience.sinceDesk', { desk: deskName(p) })}
              description={t('transfer.audience.sinceDeskHint', { count: p.pendingChanges, formatted: formatNumber(p.pendingChanges) })}
            />
          ))}
        </Stack>
      </Radio.Group>
      {peers.data && acknowledged.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="no-peers">
          {t('transfer.audience.noPeers')}
        </Text>
      ) : null}
    </Stack>
  );
}
