import { Box, Button, Fieldset, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { IconCircleCheck } from '@tabler/icons-react';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type ConsultationDraftValues, type ConsultationInput } from '../../../../../shared/contract';
import { withFormPaths } from '../../../lib/api';
import { focusFirstInvalid, handleFormError } from '../../../lib/form-errors';
import { keepEnterFromSubmitting } from '../../../lib/form-keys';
import { notifySuccess } from '../../../lib/notify';
import { ContentFields } from './ContentFields';
import { toInput } from './draft-values';
import { ActionPlanFields, ReferralFields } from './ListFields';
import { NewBusinessModal, type PickedBusiness } from './NewBusinessModal';
import { BusinessPicker } from './BusinessPicker';
import { SessionFields } from './SessionFields';
import { validateConsultation } from './validate';
import { FormSaveBar } from '../../../components/FormSaveBar';

interface ConsultationFormProps {
  initialValues: ConsultationDraftValues;
  submitLabel: string;
  /** Called with the values after every change (the draft's autosave). */
  onValues?: (values: ConsultationDraftValues) => void;
  /** Sends the checked values; throws the API error to put it on the fields. */
  onSubmit: (input: ConsultationInput, values: ConsultationDraftValues) => Promise<void>;
  /** Checks fields outside the intake (the amendment's reason); false stops the submit. */
  checkExtra?: () => boolean;
  /** Shown above the buttons (the amendment's reason). */
  extra?: ReactNode;
  /** Shown beside the submit button ("Buang draf"). */
  secondary?: ReactNode;
  /** A new intake starts in the business field. */
  autoFocus?: boolean;
  /** Ctrl+S: saves the draft now (never finalises). Without it Ctrl+S does nothing here. */
  onSaveShortcut?: (values: ConsultationDraftValues) => void;
  /** The hint in the save bar, after "* wajib diisi". */
  shortcutNote?: string;
  /**
   * Whether the submit button shows as busy, when the submit waits on more than the save (a
   * confirmation dialog): by default, while the submit runs.
   */
  busy?: boolean;
}

/**
 * The intake form, for drafts and amendments. Checked with the contract's own schema before
 * sending; main's field issues land on the same fields. Only the submit button submits: Enter in a
 * single-line field does nothing, and Ctrl+S is the draft's "save now", never a finalise.
 */
export function ConsultationForm(props: ConsultationFormProps) {
  const { initialValues, submitLabel, onValues, onSubmit, checkExtra, extra, secondary, autoFocus, onSaveShortcut, shortcutNote, busy } = props;
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [adding, setAdding] = useState(false);
  const form = useForm<ConsultationDraftValues>({
    mode: 'controlled',
    initialValues,
    validate: validateConsultation,
    onValuesChange: (values) => onValues?.(values),
  });

  const onValid = async (values: ConsultationDraftValues) => {
    if (checkExtra && !checkExtra()) return;
    try {
      await onSubmit(toInput(values), values);
    } catch (err) {
      handleFormError(form, withFormPaths(err, 'values'), { root: formRef.current });
    }
  };
  const submit = (event: React.FormEvent<HTMLFormElement>) =>
    form.onSubmit(onValid, () => {
      checkExtra?.();
      focusFirstInvalid(formRef.current);
    })(event);

  // Ctrl+S saves the draft from anywhere in the form, inputs included, but not from the "UMKM baru"
  // dialog; it never submits, since submitting finalises or amends a record.
  useHotkeys([['mod+S', () => !adding && onSaveShortcut?.(form.getValues())]], []);

  const picked = (b: PickedBusiness, created: boolean) => {
    form.setFieldValue('businessId', b.id);
    setAdding(false);
    notifySuccess(t(created ? 'consultations.newBusiness.created' : 'consultations.newBusiness.picked', { name: b.name }));
  };

  return (
    <Box maw={960}>
      <form ref={formRef} onSubmit={submit} onKeyDown={keepEnterFromSubmitting} noValidate aria-label={t('consultations.form.formLabel')}>
        <Stack gap="lg">
          <Fieldset legend={t('consultations.form.sectionSession')}>
            <Stack gap="sm">
              <BusinessPicker form={form} onNew={() => setAdding(true)} autoFocus={autoFocus} />
              <SessionFields form={form} />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('consultations.form.sectionContent')}>
            <ContentFields form={form} />
          </Fieldset>
          <ReferralFields form={form} />
          <ActionPlanFields form={form} />
          {extra}
          <FormSaveBar note={<>{t('app.requiredNote')} {shortcutNote ?? t('consultations.form.shortcut')}</>}>
            {secondary}
            <Button type="submit" loading={busy ?? form.submitting} leftSection={<IconCircleCheck size={18} />}>
              {submitLabel}
            </Button>
          </FormSaveBar>
        </Stack>
      </form>
      <NewBusinessModal opened={adding} onClose={() => setAdding(false)} onPicked={picked} />
    </Box>
  );
}
