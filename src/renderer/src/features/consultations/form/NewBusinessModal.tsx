import { Button, Fieldset, Grid, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { businessInput, type BusinessDetail, type DuplicateCandidate } from '../../../../../shared/contract';
import { LIMITS } from '../../../../../shared/validation/fields';
import { call } from '../../../lib/api';
import { applyFieldErrors, focusFirstInvalid, handleFormError, schemaValidator } from '../../../lib/form-errors';
import { queryClient, invalidate } from '../../../lib/query';
import { BusinessFields, DuplicateAside, emptyValues, onFormFields, toProfile, type BusinessFormValues } from '../../businesses';
import { useSettings } from '../../settings';

const validateProfile = schemaValidator(businessInput);

export interface PickedBusiness {
  id: string;
  name: string;
}

function NewBusinessBody({ onPicked, onClose }: { onPicked: (b: PickedBusiness, created: boolean) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const ref = useRef<HTMLFormElement>(null);
  const office = settings?.office;
  const form = useForm<BusinessFormValues>({
    mode: 'uncontrolled',
    initialValues: emptyValues({ provinceCode: office?.provinceCode, regencyCode: office?.regencyCode }),
    validate: (values) => validateProfile(toProfile(values)),
  });
  const [dismissed, setDismissed] = useState<string[]>([]);
  const [blocked, setBlocked] = useState(false);
  const [recheck, setRecheck] = useState(0);

  const onValid = async (values: BusinessFormValues) => {
    try {
      const saved: BusinessDetail = await call('businesses:create', { profile: toProfile(values), notDuplicateOf: dismissed });
      queryClient.setQueryData(['businesses:get', { id: saved.id }], saved);
      invalidate('businesses:list', 'businesses:tags');
      onPicked({ id: saved.id, name: saved.name }, true);
    } catch (err) {
      const error = onFormFields(err);
      if (error.code === 'DUPLICATE') {
        setBlocked(true);
        setRecheck((n) => n + 1);
        applyFieldErrors(form, error.fields);
        return;
      }
      handleFormError(form, error, { root: ref.current });
    }
  };
  // The modal sits inside the intake's React tree: its submit must not reach the intake form.
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.stopPropagation();
    form.onSubmit(onValid, () => focusFirstInvalid(ref.current))(event);
  };
  const pickExisting = (c: DuplicateCandidate) => onPicked({ id: c.id, name: c.name }, false);

  return (
    <Grid gap="md" align="flex-start">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <form ref={ref} onSubmit={submit} noValidate aria-label={t('consultations.newBusiness.title')}>
          <Stack gap="md">
            <BusinessFields form={form} />
            <Fieldset legend={t('businesses.sections.owner')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label={t('businesses.fields.ownerName')}
                  maxLength={LIMITS.name}
                  key={form.key('ownerName')}
                  {...form.getInputProps('ownerName')}
                />
                <TextInput
                  label={t('businesses.fields.ownerPhone')}
                  placeholder={t('businesses.hints.phone')}
                  inputMode="tel"
                  maxLength={LIMITS.short}
                  key={form.key('ownerPhone')}
                  {...form.getInputProps('ownerPhone')}
                />
              </SimpleGrid>
            </Fieldset>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('app.cancel')}
              </Button>
              <Button type="submit" loading={form.submitting}>
                {t('consultations.newBusiness.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <DuplicateAside
          form={form}
          dismissed={dismissed}
          blocked={blocked}
          recheck={recheck}
          onOpen={pickExisting}
          onDismiss={(c, remaining) => {
            setDismissed((ids) => [...ids, c.id]);
            if (remaining === 0) setBlocked(false);
          }}
          onUndo={() => setDismissed([])}
        />
      </Grid.Col>
    </Grid>
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
    <Modal opened={opened} onClose={onClose} title={t('consultations.newBusiness.title')} size="80rem">
      {opened ? <NewBusinessBody onPicked={onPicked} onClose={onClose} /> : null}
    </Modal>
  );
}
