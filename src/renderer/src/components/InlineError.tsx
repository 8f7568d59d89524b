import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../lib/api';
import { describeError } from '../lib/notify';

/** A failed load inside a page, with a retry. */
export function InlineError({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { title, message } = describeError(error);
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={title} role="alert">
      {message}
      {onRetry ? (
        <Button variant="subtle" color="red" size="compact-sm" ml="sm" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
