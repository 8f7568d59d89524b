import { Alert, Box, Button, Fieldset, Grid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { IconAlertTriangle, IconDeviceFloppy, IconRefresh } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { businessInput, type BusinessDetail, type DuplicateCandidate } from '../../../../../shared/contract';
import { LIMITS } from '../../../../../shared/validation/fields';
import { useUnsavedGuard } from '../../../components/unsaved';
import { call, withFormPaths } from '../../../lib/api';
import { applyFieldErrors, focusFirstInvalid, handleFormError, schemaValidator } from '../../../lib/form-errors';
import { keepEnterFromSubmitting } from '../../../lib/form-keys';
import { AddressFields } from './AddressFields';
import { BusinessFields } from './BusinessFields';
import { DuplicateAside } from './DuplicateAside';
import { toProfile, type BusinessFormValues } from './form-values';
import { LeaveModal } from './LeaveModal';
import { FinanceFields, WorkforceFields } from './MoneyFields';
import { OwnerFields } from './OwnerFields';
import { PermitFields } from './PermitFields';
import { FormSaveBar } from '../../../components/FormSaveBar';

const validateProfile = schemaValidator(businessInput);

interface BusinessFormProps {
  /** The stored profile when editing; absent for a new one. */
  detail?: BusinessDetail;
  initialValues: BusinessFormValues;
  onSaved: (saved: BusinessDetail) => void;
  onCancel: () => void;
  /** Loads the stored profile again (after a CONFLICT). */
  onReload?: () => void;
}

/**
 * The business profile form, new and edit. Checked with the contract's own schema before sending;
 * main's field issues land on the same fields. A new profile is checked for duplicates as it is typed.
 */
export function BusinessForm({ detail, initialValues, onSaved, onCancel, onReload }: BusinessFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const creating = detail === undefined;
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<BusinessFormValues>({
    // Uncontrolled: a keystroke re-renders its own input, not the whole 40-field form (see ./types).
    mode: 'uncontrolled',
    initialValues,
    // A mistyped NIK shows when the consultant leaves the field, not only after Simpan.
    validateInputOnBlur: ['ownerNik'],
    validate: (values) => {
      const errors = validateProfile(toProfile(values));
      if (values.yearStarted !== '' && values.yearStarted > new Date().getFullYear() && !errors.yearStarted) {
        errors.yearStarted = t('v.yearFuture');
      }
      return errors;
    },
  });

  const guard = useUnsavedGuard(() => form.isDirty());

  const [changingNik, setChangingNik] = useState(false);
  const storedNik = detail?.ownerNikMasked ?? null;
  const changeNikMode = (changing: boolean) => {
    setChangingNik(changing);
    form.setFieldValue('ownerNik', '');
    form.clearFieldError('ownerNik');
  };

  const [notDuplicateOf, setNotDuplicateOf] = useState<string[]>([]);
  const [blocked, setBlocked] = useState(false);
  const [leavingTo, setLeavingTo] = useState<DuplicateCandidate | null>(null);
  const [conflict, setConflict] = useState(false);
  const [recheck, setRecheck] = useState(0);

  const dismiss = (c: DuplicateCandidate, remaining: number) => {
    setNotDuplicateOf((ids) => [...ids, c.id]);
    if (remaining === 0) {
      setBlocked(false);
      form.clearFieldError('name');
    }
  };
  const open = (c: DuplicateCandidate) => {
    if (form.isDirty()) setLeavingTo(c);
    else navigate(`/umkm/${c.id}`);
  };
  const leaveTo = (c: DuplicateCandidate) => {
    guard.allowLeave();
    navigate(`/umkm/${c.id}`);
  };

  const save = async (values: BusinessFormValues) => {
    const profile = toProfile(values);
    if (creating) return call('businesses:create', { profile, notDuplicateOf });
    return call('businesses:update', {
      id: detail.id,
      expectedUpdatedAt: detail.updatedAt,
      keepNik: storedNik !== null && !changingNik,
      profile,
    });
  };

  const onValid = async (values: BusinessFormValues) => {
    try {
      const saved = await save(values);
      guard.allowLeave();
      onSaved(saved);
    } catch (err) {
      const error = withFormPaths(err, 'profile');
      if (error.code === 'DUPLICATE') {
        setBlocked(true);
        setRecheck((n) => n + 1);
        applyFieldErrors(form, error.fields);
        return;
      }
      if (error.code === 'CONFLICT' && !creating) {
        setConflict(true);
        window.scrollTo?.({ top: 0 });
        return;
      }
      handleFormError(form, error, { root: formRef.current });
    }
  };
  // Built per submit (an event), so the handlers read the form element only then.
  const submit = (event: React.FormEvent<HTMLFormElement>) =>
    form.onSubmit(onValid, () => focusFirstInvalid(formRef.current))(event);

  // Ctrl+S saves from anywhere in the form, inputs included.
  useHotkeys([['mod+S', () => formRef.current?.requestSubmit()]], []);

  const fields = (
    <form ref={formRef} onSubmit={submit} onKeyDown={keepEnterFromSubmitting} noValidate aria-label={t('businesses.form.formLabel')}>
      <Stack gap="lg">
        {conflict ? (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('businesses.form.conflictTitle')} role="alert">
            <Text size="sm">{t('businesses.form.conflict')}</Text>
            <Button mt="sm" size="compact-sm" variant="light" color="red" leftSection={<IconRefresh size={14} />} onClick={onReload}>
              {t('businesses.form.reload')}
            </Button>
          </Alert>
        ) : null}
        {detail?.personalDataErasedAt ? (
          <Alert color="gray" variant="light">
            {t('businesses.form.erasedNote')}
          </Alert>
        ) : null}
        <BusinessFields form={form} />
        <OwnerFields form={form} nik={{ masked: storedNik, changing: changingNik, onChange: changeNikMode }} />
        <AddressFields form={form} />
        <PermitFields form={form} />
        <WorkforceFields form={form} />
        <FinanceFields form={form} />
        <Fieldset legend={t('businesses.sections.notes')}>
          <Textarea
            aria-label={t('businesses.fields.notes')}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={LIMITS.longText}
            key={form.key('notes')}
            {...form.getInputProps('notes')}
          />
        </Fieldset>
        <FormSaveBar note={<>{t('app.requiredNote')} {t('businesses.form.shortcut')}</>}>
          <Button variant="default" onClick={() => guard.confirmDiscard(onCancel)}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} leftSection={<IconDeviceFloppy size={18} />}>
            {t('businesses.form.save')}
          </Button>
        </FormSaveBar>
      </Stack>
    </form>
  );

  if (!creating) {
    return (
      <Box maw={900}>
        {fields}
        {guard.dialog}
      </Box>
    );
  }

  return (
    <>
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 8 }}>{fields}</Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} style={{ position: 'sticky', top: 80 }}>
          <DuplicateAside
            form={form}
            dismissed={notDuplicateOf}
            blocked={blocked}
            recheck={recheck}
            onOpen={open}
            onDismiss={dismiss}
            onUndo={() => setNotDuplicateOf([])}
          />
        </Grid.Col>
      </Grid>
      <LeaveModal
        candidate={leavingTo}
        onStay={() => setLeavingTo(null)}
        onLeave={leaveTo}
      />
      {guard.dialog}
    </>
  );
}
