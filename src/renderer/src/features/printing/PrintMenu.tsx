import { Button, Menu } from '@mantine/core';
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input, PrintResult } from '../../../../shared/contract';
import { call, toApiError } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/notify';

type Target = 'printer' | 'pdf';

/** What to print: one consultation, one business's profile sheet, or a batch of summaries. */
export type PrintJob =
  | { channel: 'print:consultation'; input: Omit<Input<'print:consultation'>, 'target'> }
  | { channel: 'print:businessSheet'; input: Omit<Input<'print:businessSheet'>, 'target'> }
  | { channel: 'print:batch'; input: Omit<Input<'print:batch'>, 'target'> };

function run(job: PrintJob, target: Target): Promise<PrintResult> {
  switch (job.channel) {
    case 'print:consultation':
      return call('print:consultation', { ...job.input, target });
    case 'print:businessSheet':
      return call('print:businessSheet', { ...job.input, target });
    case 'print:batch':
      return call('print:batch', { ...job.input, target });
  }
}

/**
 * "Cetak" with two choices: the OS print dialog (the consultant picks the printer) or a PDF through
 * a save dialog. The document is made in the core; this only asks for it and says how it went.
 */
export function PrintMenu({
  job,
  label,
  variant = 'default',
  before,
}: {
  job: PrintJob;
  label?: string;
  variant?: 'default' | 'light' | 'subtle';
  /** Runs first, e.g. to store what a draft's form still holds. */
  before?: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  const go = async (target: Target) => {
    setBusy(true);
    try {
      await before?.();
      const result = await run(job, target);
      if (result.status === 'printed') notifySuccess(t('printing.printed'));
      if (result.status === 'saved' && result.path) notifySuccess(t('printing.saved', { path: result.path }));
    } catch (err) {
      notifyError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant={variant} leftSection={<IconPrinter size={16} />} loading={busy} aria-label={label ?? t('printing.print')}>
          {label ?? t('printing.print')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label={t('printing.printMenu')}>
        <Menu.Item leftSection={<IconPrinter size={16} />} onClick={() => void go('printer')}>
          {t('printing.toPrinter')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileTypePdf size={16} />} onClick={() => void go('pdf')}>
          {t('printing.toPdf')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
