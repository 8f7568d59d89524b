import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BUSINESS_STATUSES, SCALES } from '../../../../shared/contract';

type Status = (typeof BUSINESS_STATUSES)[number];
type Scale = (typeof SCALES)[number];
export type PermitState = 'none' | 'valid' | 'expiring' | 'expired' | 'no_expiry';

const STATUS_COLORS: Record<Status, string> = { calon: 'blue', aktif: 'klinik', tidak_aktif: 'gray' };
const SCALE_COLORS: Record<Scale, string> = { mikro: 'teal', kecil: 'cyan', menengah: 'indigo', besar: 'grape' };
const PERMIT_COLORS: Record<PermitState, string> = {
  none: 'gray',
  valid: 'green',
  expiring: 'orange',
  expired: 'red',
  no_expiry: 'green',
};

export function StatusBadge({ status, ...props }: { status: Status } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} tt="none" {...props}>
      {t(`businesses.statuses.${status}`)}
    </Badge>
  );
}

export function ScaleBadge({ scale, ...props }: { scale: Scale | null } & BadgeProps) {
  const { t } = useTranslation();
  if (!scale) {
    return (
      <Badge variant="outline" color="gray" tt="none" {...props}>
        {t('businesses.scales.unknown')}
      </Badge>
    );
  }
  return (
    <Badge variant="light" color={SCALE_COLORS[scale]} tt="none" {...props}>
      {t(`businesses.scales.${scale}`)}
    </Badge>
  );
}

export function PermitBadge({ state, ...props }: { state: PermitState } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant={state === 'none' ? 'outline' : 'light'} color={PERMIT_COLORS[state]} tt="none" {...props}>
      {t(`businesses.permitStates.${state}`)}
    </Badge>
  );
}
