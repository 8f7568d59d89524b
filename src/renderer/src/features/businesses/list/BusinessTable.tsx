import { Anchor, Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { BusinessSummary } from '../../../../../shared/contract';
import { kbliByCode } from '../../../../../shared/domain/kbli';
import { ScaleBadge, StatusBadge } from '../badges';

function Dimmed({ children }: { children: React.ReactNode }) {
  return (
    <Text size="xs" c="dimmed" lh={1.3} lineClamp={2}>
      {children}
    </Text>
  );
}

/** One page of the list. The name is a link (keyboard); the whole row is clickable (mouse). */
export function BusinessTable({ rows }: { rows: BusinessSummary[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const none = t('businesses.detail.none');
  const c = (key: string) => t(`businesses.list.columns.${key}`);

  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Table highlightOnHover verticalSpacing="xs" horizontalSpacing="md" aria-label={t('businesses.list.tableLabel')} layout="fixed">
        <Table.Thead bg="var(--mantine-color-gray-0)">
          <Table.Tr>
            <Table.Th w="25%">{c('name')}</Table.Th>
            <Table.Th w="15%">{c('owner')}</Table.Th>
            <Table.Th w={130}>{c('phone')}</Table.Th>
            <Table.Th w="16%">{c('region')}</Table.Th>
            <Table.Th w="13%">{c('kbli')}</Table.Th>
            <Table.Th w={112}>{c('scale')}</Table.Th>
            <Table.Th w={150}>{c('status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const kbli = r.kbliCode ? kbliByCode(r.kbliCode) : null;
            return (
              <Table.Tr
                key={r.id}
                // The name link handles its own click; the row must not navigate a second time.
                onClick={(e) => !(e.target as HTMLElement).closest('a') && navigate(`/umkm/${r.id}`)}
                style={{ cursor: 'pointer' }}
              >
                <Table.Td>
                  <Anchor component={Link} to={`/umkm/${r.id}`} fw={600} size="sm" c="var(--mantine-color-text)" lineClamp={2}>
                    {r.name}
                  </Anchor>
                  {r.brand ? <Dimmed>{r.brand}</Dimmed> : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {r.ownerName ?? none}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {r.ownerPhoneMasked ?? none}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {r.regencyName ?? none}
                  </Text>
                  {r.districtName ? <Dimmed>{r.districtName}</Dimmed> : null}
                </Table.Td>
                <Table.Td title={kbli?.title}>
                  <Text size="sm" ff="monospace">
                    {r.kbliCode ?? none}
                  </Text>
                  {kbli ? <Dimmed>{kbli.title}</Dimmed> : null}
                </Table.Td>
                <Table.Td>
                  {r.scale ? <ScaleBadge scale={r.scale} size="sm" /> : <Text size="sm">{none}</Text>}
                </Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <StatusBadge status={r.status} size="sm" />
                    {r.deletedAt ? (
                      <Badge size="sm" color="red" variant="outline" tt="none">
                        {t('businesses.list.deletedBadge')}
                      </Badge>
                    ) : null}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
