import { Alert, Box, Button, Group, Loader, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDeviceFloppy, IconLock } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ConflictDetail as Detail, TransferTable } from '../../../../../shared/contract';
import { useOfficeTimeZone } from '../../../app/settings';
import { InlineError } from '../../../components/InlineError';
import { call, toApiError, type ApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { useApiQuery } from '../../../lib/query';
import { CONFLICTS_PATH } from '../paths';
import type { DecidedState } from './ConflictInbox';
import { columnLabel, deskLabel, shownFields } from './labels';
import { valueText } from './values';

type Take = 'local' | 'incoming';
type Field = Detail['fieldValues'][number];

const GAP = 'var(--mantine-spacing-sm)';
const ROW = { display: 'grid', gridTemplateColumns: 'minmax(160px, 220px) 1fr', gap: GAP, alignItems: 'start' } as const;
const PAIR = { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: GAP, alignItems: 'start' } as const;

function Value({ side, value }: { side: string; value: string | null }) {
  const { t } = useTranslation();
  return (
    <Box component="span" display="block">
      <Text component="span" display="block" size="xs" c="dimmed" fw={600}>
        {side}
      </Text>
      <Text component="span" display="block" size="sm" c={value === null ? 'dimmed' : undefined} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {value ?? t('transfer.conflicts.emptyValue')}
      </Text>
    </Box>
  );
}

/** One differing field: its name, this desk's value and the package's, a radio for each (only this desk's when the other cannot be kept). */
function FieldChoice({ table, field, take, onTake }: { table: TransferTable; field: Field; take: Take; onTake: (take: Take) => void }) {
  const { t, i18n } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const name = columnLabel(t, field.column);
  const shown = (v: string | null) => valueText(table, field.column, v, { t, language: i18n.language, timeZone });
  return (
    <Paper withBorder radius="sm" p="sm" data-testid={`conflict-field-${field.column}`}>
      {/* The field's name labels its radio group, in the first column; the two versions share the rest. */}
      <Radio.Group
        label={name}
        value={take}
        onChange={(v) => onTake(v as Take)}
        styles={{ root: ROW, label: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)' } }}
      >
        <div style={PAIR}>
          <Radio value="local" label={<Value side={t('transfer.conflicts.here')} value={shown(field.local)} />} />
          {field.localOnly ? (
            <Group gap={6} wrap="nowrap" align="flex-start" data-testid="conflict-local-only">
              <IconLock size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
              <Text size="sm" c="dimmed">
                {t('transfer.conflicts.localOnly')}
              </Text>
            </Group>
          ) : (
            <Radio value="incoming" label={<Value side={t('transfer.conflicts.incoming')} value={shown(field.incoming)} />} />
          )}
        </div>
      </Radio.Group>
    </Paper>
  );
}

/** Both versions side by side, field by field; the decision is sent field by field and the list shows it was saved. */
export function ConflictDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const navigate = useNavigate();
  // Seeds the choices: nothing is to change under the consultant's fingers while they choose.
  const conflict = useApiQuery('transfer:conflict', { id }, { live: false });
  const [take, setTake] = useState<Record<string, Take>>({});
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  // The link that opened this conflict is gone: the focus goes to the record's name, where reading starts.
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = conflict.data !== undefined;
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  const back = (
    <Group>
      <Button component={Link} to={CONFLICTS_PATH} variant="subtle" leftSection={<IconArrowLeft size={16} />} px={0}>
        {t('transfer.conflicts.back')}
      </Button>
    </Group>
  );
  if (conflict.error) {
    return (
      <Stack gap="md">
        {back}
        <InlineError error={conflict.error} />
      </Stack>
    );
  }
  const c = conflict.data;
  if (!c) return <Loader size="sm" aria-label={t('app.loading')} />;
  const shown = new Set(shownFields(c.fields));
  const fields = c.fieldValues.filter((f) => shown.has(f.column));
  const choiceOf = (f: Field): Take => (f.localOnly ? 'local' : (take[f.column] ?? 'local'));
  const all = (side: Take) => setTake(Object.fromEntries(fields.filter((f) => !f.localOnly).map((f) => [f.column, side])));
  const open = c.status === 'open';

  const save = async () => {
    setSaving(true);
    setRefusal(null);
    try {
      await call('transfer:resolveConflict', { id: c.id, take: Object.fromEntries(c.fieldValues.map((f) => [f.column, choiceOf(f)])) });
      const state: DecidedState = { decided: c.label };
      void navigate(CONFLICTS_PATH, { state });
    } catch (err) {
      setRefusal(toApiError(err));
      setSaving(false);
    }
  };

  return (
    <Stack gap="md" data-testid="conflict-detail">
      {back}
      <div>
        <Title order={2} size="h3" ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
          {c.label}
        </Title>
        <Text size="sm" c="dimmed">
          {t(`transfer.tables.${c.table}`)} · {t('transfer.conflicts.from')}: {deskLabel(t, c.fromDeskCode)} · {t('transfer.conflicts.when')}: {formatDateTime(c.detectedAt, timeZone)}
        </Text>
      </div>
      {open ? (
        <Text size="sm" maw={820}>
          {t('transfer.conflicts.detailHint')}
        </Text>
      ) : (
        <Alert color="gray" variant="light" role="status">
          {t('transfer.conflicts.closed')}
        </Alert>
      )}
      <div style={{ ...ROW, paddingInline: 'var(--mantine-spacing-sm)' }} aria-hidden>
        <Text size="xs" c="dimmed" fw={700} tt="uppercase">
          {t('transfer.conflicts.field')}
        </Text>
        <div style={PAIR}>
          <Text size="xs" c="dimmed" fw={700} tt="uppercase">
            {t('transfer.conflicts.here')}
          </Text>
          <Text size="xs" c="dimmed" fw={700} tt="uppercase">
            {t('transfer.conflicts.incoming')}
          </Text>
        </div>
      </div>
      <Stack gap="xs">
        {fields.map((f) => (
          <FieldChoice key={f.column} table={c.table} field={f} take={choiceOf(f)} onTake={(side) => setTake((prev) => ({ ...prev, [f.column]: side }))} />
        ))}
      </Stack>
      {refusal ? <InlineError error={refusal} /> : null}
      <Group justify="space-between">
        <Group gap="xs">
          <Button variant="default" size="sm" onClick={() => all('local')} disabled={!open}>
            {t('transfer.conflicts.takeAllHere')}
          </Button>
          <Button variant="default" size="sm" onClick={() => all('incoming')} disabled={!open || fields.every((f) => f.localOnly)}>
            {t('transfer.conflicts.takeAllIncoming')}
          </Button>
        </Group>
        <Button leftSection={<IconDeviceFloppy size={16} />} onClick={() => void save()} loading={saving} disabled={!open}>
          {t('transfer.conflicts.save')}
        </Button>
      </Group>
    </Stack>
  );
}
