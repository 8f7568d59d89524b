import { Badge, Button, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBrandWhatsapp, IconEye, IconEyeOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessDetail } from '../../../../../shared/contract';
import { formatPhoneLocal } from '../../../../../shared/validation/fields';
import { formatDay, formatNumber } from '../../../lib/format';
import { PermitBadge, type PermitState } from '../badges';
import { ScaleExplanation } from '../form/ScalePreview';
import { displayField, type ProfileField } from './field-display';
import type { NikReveal } from './use-nik-reveal';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

function Fields({ d, fields }: { d: BusinessDetail; fields: ProfileField[] }) {
  const { t } = useTranslation();
  return (
    <>
      {fields.map((f) => (
        <Row key={f} label={t(`businesses.fields.${f}`)}>
          {displayField(t, f, d) ?? <Text c="dimmed">{t('businesses.detail.none')}</Text>}
        </Row>
      ))}
    </>
  );
}

function DatedPermit({ d, permit, state }: { d: BusinessDetail; permit: 'pirt' | 'halal'; state: PermitState }) {
  const { t } = useTranslation();
  const number = d[`${permit}Number`];
  const issued = formatDay(d[`${permit}IssuedAt`]);
  const expires = formatDay(d[`${permit}ExpiresAt`]);
  return (
    <Row label={t(`businesses.fields.${permit}`)}>
      <Stack gap={2} align="flex-start">
        <Group gap="xs">
          {number ? <Text ff="monospace" size="sm">{number}</Text> : null}
          <PermitBadge state={state} size="sm" />
        </Group>
        {issued || expires ? (
          <Text size="xs" c="dimmed">
            {[issued && t('businesses.detail.issued', { date: issued }), expires && t('businesses.detail.expires', { date: expires })]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        ) : null}
      </Stack>
    </Row>
  );
}

function SimplePermit({ d, field }: { d: BusinessDetail; field: 'nib' | 'bpomNumber' | 'merekNumber' }) {
  const { t } = useTranslation();
  const value = d[field];
  return (
    <Row label={t(`businesses.fields.${field}`)}>
      {value ? <Text ff="monospace" size="sm">{value}</Text> : <PermitBadge state="none" size="sm" />}
    </Row>
  );
}

function NikValue({ d, reveal }: { d: BusinessDetail; reveal: NikReveal }) {
  const { t } = useTranslation();
  if (!d.ownerNikMasked) return <Text c="dimmed">{t('businesses.privacy.noNik')}</Text>;
  const shown = reveal.secondsLeft !== null;
  return (
    <Stack gap={2} align="flex-start">
      <Group gap="xs">
        <Text ff="monospace" size="sm" data-testid="owner-nik">
          {shown ? reveal.nik : d.ownerNikMasked}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={shown ? <IconEyeOff size={14} /> : <IconEye size={14} />}
          loading={reveal.revealing}
          onClick={shown ? reveal.hide : reveal.reveal}
        >
          {shown ? t('businesses.privacy.hideNow') : t('businesses.privacy.revealNik')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {shown ? t('businesses.privacy.revealedFor', { seconds: reveal.secondsLeft }) : t('businesses.privacy.revealNote')}
      </Text>
    </Stack>
  );
}

/** Every stored field of a profile, in the form's sections. */
export function DetailSections({ d, reveal }: { d: BusinessDetail; reveal: NikReveal }) {
  const { t } = useTranslation();
  const none = <Text c="dimmed">{t('businesses.detail.none')}</Text>;
  const people = (n: number | null) => (n === null ? none : t('businesses.detail.people', { count: n, formatted: formatNumber(n) }));
  return (
    <Stack gap="md">
      <Section title={t('businesses.sections.business')}>
        <DataList labelWidth={170}>
          <Fields d={d} fields={['products', 'status', 'legalForm', 'yearStarted', 'kbliCode', 'sectorText']} />
          <Row label={t('businesses.fields.salesChannels')}>
            {d.salesChannels.length ? (
              <Group gap={4}>
                {d.salesChannels.map((c) => (
                  <Badge key={c} variant="default" size="sm" tt="none">
                    {t(`businesses.channels.${c}`)}
                  </Badge>
                ))}
              </Group>
            ) : (
              none
            )}
          </Row>
          <Row label={t('businesses.fields.tags')}>
            {d.tags.length ? (
              <Group gap={4}>
                {d.tags.map((tag) => (
                  <Badge key={tag} variant="light" color="gray" size="sm" tt="none">
                    {tag}
                  </Badge>
                ))}
              </Group>
            ) : (
              none
            )}
          </Row>
        </DataList>
      </Section>

      <Section title={t('businesses.sections.owner')}>
        <DataList labelWidth={170}>
          <Fields d={d} fields={['ownerName']} />
          <Row label={t('businesses.fields.ownerNik')}>
            <NikValue d={d} reveal={reveal} />
          </Row>
          <Fields d={d} fields={['ownerGender', 'ownerBirthDate']} />
          <Row label={t('businesses.fields.ownerPhone')}>
            {d.ownerPhone ? (
              <Group gap="xs">
                <Text size="sm">{formatPhoneLocal(d.ownerPhone)}</Text>
                {d.ownerPhoneIsWhatsapp ? (
                  <Badge size="sm" color="green" variant="light" leftSection={<IconBrandWhatsapp size={12} />} tt="none">
                    {t('businesses.detail.whatsapp')}
                  </Badge>
                ) : (
                  <Text size="xs" c="dimmed">
                    ({t('businesses.detail.notWhatsapp')})
                  </Text>
                )}
              </Group>
            ) : (
              none
            )}
          </Row>
          <Fields d={d} fields={['ownerEmail']} />
        </DataList>
      </Section>

      <Section title={t('businesses.sections.address')}>
        <DataList labelWidth={170}>
          <Fields d={d} fields={['address', 'villageCode', 'districtCode', 'regencyCode', 'provinceCode']} />
        </DataList>
      </Section>

      <Section title={t('businesses.sections.permits')}>
        <DataList labelWidth={170}>
          <SimplePermit d={d} field="nib" />
          <DatedPermit d={d} permit="pirt" state={d.pirtState} />
          <DatedPermit d={d} permit="halal" state={d.halalState} />
          <SimplePermit d={d} field="bpomNumber" />
          <SimplePermit d={d} field="merekNumber" />
        </DataList>
      </Section>

      <Section title={t('businesses.sections.workforce')}>
        <DataList labelWidth={170}>
          <Row label={t('businesses.fields.employeesMale')}>{people(d.employeesMale)}</Row>
          <Row label={t('businesses.fields.employeesFemale')}>{people(d.employeesFemale)}</Row>
        </DataList>
      </Section>
      <Section title={t('businesses.sections.finance')}>
        <DataList labelWidth={170}>
          <Fields d={d} fields={['modalUsaha', 'annualSales']} />
        </DataList>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" mt="sm" mb={6}>
          {t('businesses.scale.title')}
        </Text>
        <ScaleExplanation scale={d.scale} reasons={d.scaleReasons} />
      </Section>

      {d.notes ? (
        <Section title={t('businesses.sections.notes')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {d.notes}
          </Text>
        </Section>
      ) : null}
    </Stack>
  );
}
