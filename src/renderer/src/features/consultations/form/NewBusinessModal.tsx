import { GuardedModal } from '../../../components/unsaved';
import { useTranslation } from 'react-i18next';
import type { BusinessDetail } from '../../../../../shared/contract';
import { call } from '../../../lib/api';
import { keepAnswer } from '../../../lib/query';
import { QuickBusinessForm, emptyValues, toProfile } from '../../businesses';
import { useSettings } from '../../../app/settings';

export interface PickedBusiness {
  id: string;
  name: string;
}

function NewBusinessBody({ onPicked, onClose }: { onPicked: (b: PickedBusiness, created: boolean) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const office = settings?.office;
  return (
    <QuickBusinessForm
      label={t('consultations.newBusiness.title')}
      initialValues={emptyValues({ provinceCode: office?.provinceCode, regencyCode: office?.regencyCode })}
      owner="short"
      submitLabel={t('consultations.newBusiness.save')}
      save={async (values, notDuplicateOf) => {
        const saved: BusinessDetail = await call('businesses:create', { profile: toProfile(values), notDuplicateOf });
        keepAnswer('businesses:get', { id: saved.id }, saved);
        onPicked({ id: saved.id, name: saved.name }, true);
      }}
      onOpen={(c) => onPicked({ id: c.id, name: c.name }, false)}
      onCancel={onClose}
    />
  );
}

/** "UMKM baru": a walk-in's profile made in place, with the duplicate check; saving picks it. */
export function NewBusinessModal({
  opened,
  onClose,
  onPicked,
}: {
  opened: boolean;
  onClose: () => void;
  onPicked: (b: PickedBusiness, created: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <GuardedModal opened={opened} onClose={onClose} title={t('consultations.newBusiness.title')} size="80rem">
      {opened ? <NewBusinessBody onPicked={onPicked} onClose={onClose} /> : null}
    </GuardedModal>
  );
}
