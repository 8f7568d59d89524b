import { Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconFolder } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupSettingsInput, type BackupSettingsInput, type BackupStatus } from '../../../../shared/contract/backups';
import { type ApiError, call, toApiError } from '../../lib/api';
import { formOf, handleFormError, schemaValidator, translateIssue } from '../../lib/form-errors';
import { describeError, notifyError, notifySuccess } from '../../lib/notify';
import { keepEnterFromSubmitting } from '../../lib/form-keys';

interface Values {
  secondFolder: string;
  password: string;
}

// An empty folder means "no second folder"; an empty password keeps the one already set.
function toInput(values: Values): BackupSettingsInput {
  const folder = values.secondFolder.trim();
  return { secondFolder: folder === '' ? null : folder, ...(values.password === '' ? {} : { password: values.password }) };
}

/**
 * Where the core's refusal belongs. A folder it cannot write to comes without a field (STORAGE);
 * a folder or password it refuses names its field, with a sentence sharper than the field's key
 * (outside the data folder, written from its root, needed for the copies). The same schema runs
 * here before sending, so a refusal with one field is the core's own, and in Indonesian its
 * sentence is shown at that field; in English the field's key is translated instead.
 */
function fieldFor(error: ApiError, language: string): { path: keyof Values; message: string } | null {
  const paths = Object.keys(error.fields ?? {});
  if (paths.length === 0 && (error.code === 'STORAGE' || error.code === 'VALIDATION')) {
    return { path: 'secondFolder', message: describeError(error).message };
  }
  const [path] = paths;
  if (paths.length !== 1 || (path !== 'secondFolder' && path !== 'password')) return null;
  const issue = error.fields![path]!;
  const sentence = language === 'id' && error.message.trim() !== '' ? error.message : translateIssue(issue);
  return { path, message: sentence };
}

/** The second folder for encrypted copies and the office's backup password, saved together. */
export function SecondFolderForm({ status }: { status: BackupStatus }) {
  const { t, i18n } = useTranslation();
  const [choosing, setChoosing] = useState(false);
  const validate = schemaValidator(backupSettingsInput);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { secondFolder: status.secondFolder ?? '', password: '' },
    validate: (values) => {
      const errors = validate(toInput(values));
      // Copies in the second folder are always encrypted: a folder needs the password once.
      if (!errors['password'] && !status.passwordSet && values.secondFolder.trim() !== '' && values.password === '') {
        errors['password'] = t('backups.folder.passwordNeeded');
      }
      return errors;
    },
  });

  const choose = async () => {
    setChoosing(true);
    try {
      const path = await call('backups:chooseFolder');
      if (path) {
        form.setFieldValue('secondFolder', path);
        form.clearFieldError('secondFolder');
      }
    } catch (err) {
      notifyError(toApiError(err));
    } finally {
      setChoosing(false);
    }
  };

  const submit = form.onSubmit(async (values, event) => {
    // Taken before the await: the event's currentTarget is gone once the handler has returned.
    const root = formOf(event);
    try {
      const saved = await call('backups:updateSettings', toInput(values));
      form.setValues({ secondFolder: saved.secondFolder ?? '', password: '' });
      form.resetDirty();
      notifySuccess(t('backups.folder.saved'));
    } catch (err) {
      const error = toApiError(err);
      const target = fieldFor(error, i18n.language);
      if (target) {
        form.setFieldError(target.path, target.message);
        root?.querySelector<HTMLInputElement>(`input[name="${target.path}"]`)?.focus();
        return;
      }
      handleFormError(form, error, { root });
    }
  });

  return (
    <form onSubmit={submit} onKeyDown={keepEnterFromSubmitting} noValidate data-testid="second-folder-form">
      <Stack gap="md">
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            label={t('backups.folder.label')}
            placeholder={t('backups.folder.placeholder')}
            style={{ flex: 1 }}
            spellCheck={false}
            name="secondFolder"
            {...form.getInputProps('secondFolder')}
          />
          <Button
            variant="default"
            leftSection={<IconFolder size={16} />}
            onClick={() => void choose()}
            loading={choosing}
            // Keeps the button level with the input when the input shows an error below it.
            mb={form.errors['secondFolder'] ? 22 : 0}
          >
            {t('backups.folder.choose')}
          </Button>
        </Group>
        <PasswordInput
          label={t('backups.folder.password')}
          description={status.passwordSet ? t('backups.folder.passwordKeep') : t('backups.folder.passwordHint')}
          autoComplete="new-password"
          maw={420}
          // Mantine's dimmed description is too pale on white (3.3:1); gray 7 reads at 7:1.
          descriptionProps={{ c: 'gray.7' }}
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': t('backups.folder.showPassword') }}
          {...form.getInputProps('password')}
          // Mantine marks only the wrapper of a PasswordInput; the field itself must say it is invalid.
          aria-invalid={form.errors['password'] ? true : undefined}
        />
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
