import { Alert, Button, Loader, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { ConsultationDetail, ConsultationInput } from '../../../../../shared/contract';
import { LIMITS } from '../../../../../shared/validation/fields';
import { call, toApiError } from '../../../lib/api';
import { translateIssue } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { keepAnswer, useApiQuery } from '../../../lib/query';
import { InlineError } from '../../../components/InlineError';
import { useUnsavedGuard } from '../../../components/unsaved';
import { BackLink } from '../../../components/BackLink';
import { ConsultationForm } from './ConsultationForm';
import { fromValues } from './draft-values';

function AmendForm({ d, onReload }: { d: ConsultationDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const changed = useRef(false);
  const guard = useUnsavedGuard(() => changed.current || reason.trim() !== '');
  const values = d.values;
  if (!values) return <Text>{t('consultations.view.notFinal')}</Text>;

  const checkReason = () => {
    const ok = reason.trim() !== '';
    setReasonError(ok ? null : t('v.required'));
    return ok;
  };

  const amend = async (input: ConsultationInput) => {
    try {
      keepAnswer('consultations:get', { id: d.id }, await call('consultations:amend', { id: d.id, expectedUpdatedAt: d.updatedAt, reason: reason.trim(), values: input }));
    } catch (err) {
      const error = toApiError(err);
      if (error.code === 'CONFLICT') {
        setConflict(true);
        window.scrollTo?.({ top: 0 });
        return;
      }
      const { reason: reasonIssue, ...rest } = error.fields ?? {};
      if (reasonIssue) setReasonError(translateIssue(reasonIssue));
      throw error.withFields(reasonIssue ? rest : error.fields);
    }
    notifySuccess(t('consultations.form.amended'));
    guard.allowLeave();
    navigate(`/konsultasi/${d.id}`, { replace: true });
  };

  return (
    <>
      <Title order={1} size="h2" mb="lg">
        {t('consultations.form.amendTitle', { number: d.number ?? '' })}
      </Title>
      {conflict ? (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert" mb="md" maw={960}>
          <Text size="sm">{t('consultations.form.conflictAmend')}</Text>
          <Button mt="sm" size="compact-sm" variant="light" color="red" leftSection={<IconRefresh size={14} />} onClick={onReload}>
            {t('consultations.form.reload')}
          </Button>
        </Alert>
      ) : null}
      <ConsultationForm
        initialValues={fromValues(values)}
        submitLabel={t('consultations.form.amend')}
        onSubmit={amend}
        onValues={() => {
          changed.current = true;
        }}
        shortcutNote={t('consultations.form.amendShortcut')}
        checkExtra={checkReason}
        extra={
          <TextInput
            label={t('consultations.fields.reason')}
            description={t('consultations.form.reasonHint')}
            withAsterisk
            maxLength={LIMITS.line}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setReasonError(null);
            }}
            error={reasonError}
          />
        }
      />
      {guard.dialog}
    </>
  );
}

/** `/konsultasi/:id/amandemen`: a correction of a finalised record, with its reason. */
export function AmendPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useApiQuery('consultations:get', { id }, { live: false });
  const d = detail.data;
  const back = <BackLink to={`/konsultasi/${id}`} label={t('consultations.backToRecord')} />;
  if (detail.error && !d) {
    return (
      <>
        {back}
        <InlineError error={detail.error} onRetry={detail.refetch} />
      </>
    );
  }
  if (!d || d.id !== id) return <Loader aria-label={t('app.loading')} />;
  return (
    <>
      {back}
      {/* Keyed by the stored version: a reload after a conflict starts from what is stored now. */}
      <AmendForm key={d.updatedAt} d={d} onReload={detail.refetch} />
    </>
  );
}
