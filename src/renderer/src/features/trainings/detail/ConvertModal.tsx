import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Participant } from '../../../../../shared/contract';
import { formatPhoneLocal } from '../../../../../shared/validation/fields';
import { GuardedModal } from '../../../components/unsaved';
import { call } from '../../../lib/api';
import { notifySuccess } from '../../../lib/notify';
import { QuickBusinessForm, emptyValues, toProfile, type BusinessFormValues } from '../../businesses';
import { useSettings } from '../../../app/settings';
import { useFullPhoneOrNone } from './use-full-phone';

/** The business form's values, filled from what the training knows about the participant. */
export function valuesFromParticipant(p: Participant, phone: string | null, office: { provinceCode?: string | null; regencyCode?: string | null }): BusinessFormValues {
  const base = emptyValues({ provinceCode: p.regencyCode?.slice(0, 2) ?? office.provinceCode, regencyCode: p.regencyCode ?? office.regencyCode });
  return {
    ...base,
    name: p.businessName ?? '',
    ownerName: p.name,
    ownerGender: p.gender,
    ownerBirthDate: p.birthDate,
    ownerPhone: phone ? formatPhoneLocal(phone) : '',
    notes: p.notes ?? '',
  };
}

function ConvertBody({ participant, phone, onClose }: { participant: Participant; phone: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { settings } = useSettings();
  return (
    <QuickBusinessForm
      label={t('trainings.convert.title', { name: participant.name })}
      initialValues={valuesFromParticipant(participant, phone, settings?.office ?? {})}
      intro={
        <Text size="sm" c="dimmed">
          {t('trainings.convert.intro')}
        </Text>
      }
      owner="full"
      submitLabel={t('trainings.convert.save')}
      checkAtOnce
      save={async (values, notDuplicateOf) => {
        await call('participants:convert', { id: participant.id, profile: toProfile(values), notDuplicateOf });
        notifySuccess(t('trainings.convert.done', { name: participant.name }));
        onClose();
      }}
      onOpen={(c) => navigate(`/umkm/${c.id}`)}
      onCancel={onClose}
    />
  );
}

/** The participant's full phone goes into the new profile, so it is asked for once (main audits it). */
function LoadPhone({ participant, onClose }: { participant: Participant; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useFullPhoneOrNone(participant);
  if (!phone) {
    return (
      <Group gap="sm">
        <Loader size="sm" />
        <Text size="sm">{t('trainings.convert.loading')}</Text>
      </Group>
    );
  }
  return <ConvertBody participant={participant} phone={phone.value} onClose={onClose} />;
}

/** "Jadikan UMKM": a calon wirausaha becomes a business profile, checked for duplicates. */
export function ConvertModal({ participant, onClose }: { participant: Participant | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <GuardedModal opened={participant !== null} onClose={onClose} title={t('trainings.convert.title', { name: participant?.name ?? '' })} size="80rem">
      {participant ? <LoadPhone key={participant.id} participant={participant} onClose={onClose} /> : null}
    </GuardedModal>
  );
}
