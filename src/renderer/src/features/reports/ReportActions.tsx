import { Button, Group, Modal, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportKind, ReportQuery } from '../../../../shared/contract';
import { call, toApiError } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/notify';
import { formatCount } from '../../lib/format';

type Action = 'print' | 'pdf' | 'xlsx';

/**
 * "Cetak", "Simpan PDF" and "Simpan Excel" of one report. When the data checks found records to
 * fix, a dialog says so first and offers to review them.
 */
export function ReportActions({
  kind,
  query,
  problems,
  checking = false,
  onReview,
}: {
  kind: ReportKind;
  query: ReportQuery;
  /** Records the data checks found; 0 goes straight ahead. */
  problems: number;
  /** The data checks are still running: wait for them before printing. */
  checking?: boolean;
  onReview: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Action | null>(null);
  const [asking, setAsking] = useState<Action | null>(null);

  const run = async (action: Action) => {
    setBusy(action);
    try {
      if (action === 'xlsx') {
        const result = await call('reports:exportXlsx', { ...query, kind });
        if (result.status === 'saved' && result.path) notifySuccess(t('reports.actions.savedXlsx', { path: result.path }));
      } else {
        const result = await call('reports:print', { ...query, kind, target: action === 'print' ? 'printer' : 'pdf' });
        if (result.status === 'printed') notifySuccess(t('reports.actions.printed'));
        if (result.status === 'saved' && result.path) notifySuccess(t('reports.actions.savedPdf', { path: result.path }));
      }
    } catch (err) {
      notifyError(toApiError(err));
    } finally {
      setBusy(null);
    }
  };

  const start = (action: Action) => {
    if (problems > 0) setAsking(action);
    else void run(action);
  };

  const proceed = () => {
    const action = asking;
    setAsking(null);
    if (action) void run(action);
  };

  return (
    <>
      <Group gap="xs">
        <Button variant="default" leftSection={<IconPrinter size={16} />} loading={busy === 'print'} disabled={checking || (busy !== null && busy !== 'print')} onClick={() => start('print')}>
          {t('reports.actions.print')}
        </Button>
        <Button variant="default" leftSection={<IconFileTypePdf size={16} />} loading={busy === 'pdf'} disabled={checking || (busy !== null && busy !== 'pdf')} onClick={() => start('pdf')}>
          {t('reports.actions.pdf')}
        </Button>
        <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} loading={busy === 'xlsx'} disabled={checking || (busy !== null && busy !== 'xlsx')} onClick={() => start('xlsx')}>
          {t('reports.actions.xlsx')}
        </Button>
      </Group>
      <Modal opened={asking !== null} onClose={() => setAsking(null)} title={t('reports.confirm.title')} centered>
        <Text size="sm">{t('reports.confirm.body', { n: formatCount(problems) })}</Text>
        <Group justify="flex-end" mt="lg">
          <Button
            variant="default"
            data-autofocus
            onClick={() => {
              setAsking(null);
              onReview();
            }}
          >
            {t('reports.confirm.review')}
          </Button>
          <Button color="orange" onClick={proceed}>
            {t('reports.confirm.proceed')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
