import { Button, FileButton, Group, Image, Input, Paper, Stack, Text } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGO_MAX_BYTES } from '../../../../shared/validation/fields';

const ACCEPTED = ['image/png', 'image/jpeg'];

export function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** Checks a chosen file before it is read: the key of the problem, or null when it is fine. */
export function logoProblem(file: File): string | null {
  if (!ACCEPTED.includes(file.type)) return 'v.logoFormat';
  if (file.size > LOGO_MAX_BYTES) return 'v.logoTooLarge';
  return null;
}

interface LogoFieldProps {
  value: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  onProblem: (key: string) => void;
}

/** Letterhead logo: choose a PNG/JPEG up to 300 KB, preview it, remove it. */
export function LogoField({ value, onChange, error, onProblem }: LogoFieldProps) {
  const { t } = useTranslation();

  const pick = async (file: File | null) => {
    if (!file) return;
    const problem = logoProblem(file);
    if (problem) {
      onProblem(problem);
      return;
    }
    onChange(await readAsDataUrl(file));
  };

  return (
    <Input.Wrapper label={t('fields.logoDataUrl')} description={t('settings.office.logoHint')} error={error}>
      <Group mt="xs" align="center" gap="md">
        <Paper withBorder radius="md" w={132} h={88} p={6} bg="var(--mantine-color-gray-0)">
          {value ? (
            <Image src={value} alt={t('settings.office.logoPreview')} h="100%" w="100%" fit="contain" />
          ) : (
            <Stack h="100%" justify="center" align="center" gap={0}>
              <Text size="xs" c="dimmed" ta="center">
                {t('settings.office.logoNone')}
              </Text>
            </Stack>
          )}
        </Paper>
        <Stack gap="xs">
          <FileButton
            onChange={(f) => void pick(f)}
            accept={ACCEPTED.join(',')}
            inputProps={{ 'data-testid': 'logo-input' } as React.ComponentProps<'input'>}
          >
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconPhotoUp size={16} />}>
                {value ? t('settings.office.logoReplace') : t('settings.office.logoChoose')}
              </Button>
            )}
          </FileButton>
          {value ? (
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => onChange(null)}>
              {t('settings.office.logoRemove')}
            </Button>
          ) : null}
        </Stack>
      </Group>
    </Input.Wrapper>
  );
}
