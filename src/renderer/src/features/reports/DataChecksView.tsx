import { Alert, Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DataChecks } from '../../../../shared/contract';
import { formatCount, formatDay } from '../../lib/format';

/** How many records the checks found to fix, over every kind. */
export function problemCount(checks: DataChecks | undefined): number {
  return checks ? checks.checks.reduce((n, c) => n + c.count, 0) : 0;
}

/** Pemeriksaan data: what to fix before reporting the period, each record with a link to it. */
export function DataChecksView({ checks }: { checks: DataChecks }) {
  const { t } = useTranslation();
  const found = checks.checks.filter((c) => c.count > 0);

  if (found.length === 0) {
    return (
      <Alert color="green" variant="light" icon={<IconCircleCheck size={20} />} title={t('reports.checks.allClear')}>
        {t('reports.checks.allClearHint')}
      </Alert>
    );
  }

  return (
    <Stack gap="md">
      {found.map((check) => {
        const title = t(`reports.checks.kinds.${check.kind}.title`);
        return (
          <Paper key={check.kind} withBorder radius="md" p="md" component="section" aria-label={title} data-testid={`check-${check.kind}`}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Title order={2} size="h5">
                {title}
              </Title>
              <Badge color="orange" variant="light">
                {t('reports.checks.count', { count: check.count, n: formatCount(check.count) })}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed" mt={4} mb="sm">
              {t(`reports.checks.kinds.${check.kind}.description`)}
            </Text>
            <List spacing={6} size="sm">
              {check.items.map((item) => (
                <List.Item key={item.id}>
                  <Group gap="xs" wrap="wrap">
                    <Anchor component={Link} to={item.route} fw={600}>
                      {item.label}
                    </Anchor>
                    {item.context ? <Text size="sm">{item.context}</Text> : null}
                    {item.date ? (
                      <Text size="sm" c="dimmed">
                        {formatDay(item.date)}
                      </Text>
                    ) : null}
                  </Group>
                </List.Item>
              ))}
            </List>
            {check.count > check.items.length ? (
              <Text size="xs" c="dimmed" mt="xs">
                {t('reports.checks.shown', { shown: formatCount(check.items.length), count: formatCount(check.count) })}
              </Text>
            ) : null}
          </Paper>
        );
      })}
    </Stack>
  );
}
