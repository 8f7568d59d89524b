import { Group, List, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { classifyScale, type ScaleReason } from '../../../../../shared/domain/scale';
import { ScaleBadge } from '../badges';
import { describeScaleReason } from '../business-format';
import type { BusinessForm } from './types';

/** The scale PP 7/2021 gives these figures, and why: "Mikro — modal Rp50.000.000 ≤ Rp1 miliar". */
export function ScaleExplanation({ scale, reasons }: { scale: ReturnType<typeof classifyScale>['scale']; reasons: ScaleReason[] }) {
  const { t } = useTranslation();
  if (!scale) {
    return (
      <Text size="sm" c="dimmed">
        {t('businesses.scale.empty')}
      </Text>
    );
  }
  const differ = reasons.length === 2 && reasons[0]?.scale !== reasons[1]?.scale;
  return (
    <Group align="flex-start" gap="sm" wrap="nowrap">
      <ScaleBadge scale={scale} size="lg" data-testid="scale-badge" style={{ flexShrink: 0 }} />
      <div>
        <List size="sm" spacing={2}>
          {reasons.map((r) => (
            <List.Item key={r.criterion}>
              {describeScaleReason(t, r)} → {t(`businesses.scales.${r.scale}`)}
            </List.Item>
          ))}
        </List>
        {differ ? (
          <Text size="xs" c="dimmed" mt={4}>
            {t('businesses.scale.higherNote')}
          </Text>
        ) : null}
      </div>
    </Group>
  );
}

/** Live in the form: recomputed on every keystroke of modal usaha or omzet, and only this re-renders. */
export function ScalePreview({ form }: { form: BusinessForm }) {
  const { t } = useTranslation();
  const modal = form.useWatchValue('modalUsaha');
  const sales = form.useWatchValue('annualSales');
  const result = classifyScale({ modal: modal === '' ? null : modal, sales: sales === '' ? null : sales });
  return (
    <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-gray-0)" aria-live="polite">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" mb={6}>
        {t('businesses.scale.title')}
      </Text>
      <ScaleExplanation scale={result.scale} reasons={result.reasons} />
    </Paper>
  );
}
