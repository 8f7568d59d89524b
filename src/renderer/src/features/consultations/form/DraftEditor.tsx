import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ConsultationDraftValues, ConsultationInput } from '../../../../../shared/contract';
import { call, toApiError } from '../../../lib/api';
import { useUnsavedGuard } from '../../../components/unsaved';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { keepAnswer } from '../../../lib/query';
import { ConsultationForm } from './ConsultationForm';
import { DraftStatus } from './DraftStatus';
import { FinalizeConfirmModal } from './FinalizeConfirmModal';
import { PrintMenu } from '../../printing';
import { useAutosave } from './use-autosave';

function DiscardModal({ opened, onClose, onConfirm }: { opened: boolean; onClose: () => void; onConfirm: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('consultations.form.discardTitle')}>
      <Text size="sm">{t('consultations.form.discardBody')}</Text>
      <Group justify="flex-end" mt="lg" gap="sm">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('app.cancel')}
        </Button>
        <Button color="red" onClick={onConfirm}>
          {t('consultations.form.discardConfirm')}
        </Button>
      </Group>
    </Modal>
  );
}

/** A finalise waiting for the consultant's confirmation; settles the form's submit when answered. */
interface PendingFinalize {
  input: ConsultationInput;
  values: ConsultationDraftValues;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/** Saves that have not reached the database yet: leaving now could lose them. */
const UNSAVED_STATES = new Set(['saving', 'failed', 'conflict']);

/**
 * A draft being written: saved as it is typed, finalised with "Finalisasi" after a confirmation,
 * or thrown away.
 * The id is the draft's for good: saves are upserts, so a repeated save changes nothing.
 */
interface DraftEditorProps {
  draftId: string;
  initialValues: ConsultationDraftValues;
  title: string;
  autoFocus?: boolean;
  /** When the opened draft was last saved; absent for a new one. */
  storedAt?: string;
}

export function DraftEditor({ draftId, initialValues, title, autoFocus, storedAt }: DraftEditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const autosave = useAutosave(draftId, storedAt ?? null);
  const [businessId, setBusinessId] = useState(initialValues.businessId);
  const [discarding, setDiscarding] = useState(false);
  const [pending, setPending] = useState<PendingFinalize | null>(null);
  const [finalizing, setFinalizing] = useState(false);
  const saving = useRef(false);
  // Autosaved, so only a save still pending (or one that failed) is at risk when leaving.
  const guard = useUnsavedGuard(() => UNSAVED_STATES.has(autosave.state.status));

  const onValues = (values: ConsultationDraftValues) => {
    setBusinessId(values.businessId);
    autosave.schedule(values);
  };

  // The form's submit only asks; the consultation is finalised when the consultant confirms.
  const askToFinalize = (input: ConsultationInput, values: ConsultationDraftValues) =>
    new Promise<void>((resolve, reject) => setPending({ input, values, resolve, reject }));

  const finalize = async ({ input, values, resolve, reject }: PendingFinalize) => {
    setFinalizing(true);
    try {
      // The draft must be stored, and no save may land after the finalise.
      autosave.schedule(values);
      await autosave.settle();
      const done = await call('consultations:finalize', { id: draftId, values: input });
      autosave.stop();
      // The page shows the record from here on: the final version, not the draft it held.
      keepAnswer('consultations:get', { id: done.id }, done);
      notifySuccess(t('consultations.form.finalized', { number: done.number ?? '' }));
      resolve();
      guard.allowLeave();
      navigate(`/konsultasi/${done.id}`, { replace: true });
    } catch (err) {
      reject(err);
    } finally {
      setFinalizing(false);
      setPending(null);
    }
  };

  const cancelFinalize = () => {
    pending?.resolve();
    setPending(null);
  };

  // Ctrl+S: store what is typed now; the status line and a short note say it is done.
  const saveNow = async (values: ConsultationDraftValues) => {
    if (saving.current) return;
    saving.current = true;
    autosave.schedule(values);
    const ok = await autosave.settle();
    saving.current = false;
    if (ok) notifySuccess(t('consultations.form.draftSavedNow'));
  };

  const discard = async () => {
    autosave.stop();
    setDiscarding(false);
    await autosave.settle();
    try {
      await call('consultations:discardDraft', { id: draftId });
    } catch (err) {
      const error = toApiError(err);
      // A draft never saved has nothing to throw away.
      if (error.code !== 'NOT_FOUND') {
        notifyError(error);
        return;
      }
    }
    notifySuccess(t('consultations.form.discarded'));
    guard.allowLeave();
    navigate('/konsultasi', { replace: true });
  };

  return (
    <>
      <Stack gap={4} mb="lg">
        <Title order={1} size="h2">{title}</Title>
        <DraftStatus state={autosave.state} draftId={draftId} businessId={businessId} />
      </Stack>
      <ConsultationForm
        initialValues={initialValues}
        submitLabel={t('consultations.form.finalize')}
        onValues={onValues}
        onSubmit={askToFinalize}
        // Waiting for the confirmation is not work in progress; finalising is.
        busy={finalizing}
        onSaveShortcut={(values) => void saveNow(values)}
        autoFocus={autoFocus}
        secondary={
          <>
            <PrintMenu
              job={{ channel: 'print:consultation', input: { id: draftId } }}
              label={t('printing.draftSummary')}
              variant="subtle"
              before={async () => {
                await autosave.settle();
              }}
            />
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDiscarding(true)}>
              {t('consultations.form.discard')}
            </Button>
          </>
        }
      />
      <DiscardModal opened={discarding} onClose={() => setDiscarding(false)} onConfirm={() => void discard()} />
      <FinalizeConfirmModal
        values={pending?.values ?? null}
        busy={finalizing}
        onCancel={cancelFinalize}
        onConfirm={() => pending && void finalize(pending)}
      />
      {guard.dialog}
    </>
  );
}
