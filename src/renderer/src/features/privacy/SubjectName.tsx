import { useTranslation } from 'react-i18next';
import type { PrivacySubject } from '../../../../shared/contract';

/** The person's name; after erasure, where they were recorded and that their data is gone. */
export function SubjectName({ subject }: { subject: PrivacySubject }) {
  const { t } = useTranslation();
  return <>{subject.name ?? `${subject.context ?? ''} ${t('privacyRequests.erased')}`.trim()}</>;
}
