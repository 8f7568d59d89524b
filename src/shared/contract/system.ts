import { z } from 'zod';
import { channel } from './define';
import { isoDateTime } from '../validation/fields';

export const auditEntryDto = z.object({
  id: z.string(),
  at: isoDateTime,
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  /** Field -> [before, after]; personal fields carry only the fact of change. */
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])).nullable(),
  /** Names for the ids and region codes the changes point at, where known: a business's name, a training's title, `Sungai Pinang`. */
  names: z.record(z.string(), z.string()),
});
export type AuditEntry = z.infer<typeof auditEntryDto>;

export const systemInfoDto = z.object({
  appVersion: z.string(),
  schemaVersion: z.string(),
  dataDir: z.string(),
});
export type SystemInfo = z.infer<typeof systemInfoDto>;

export const systemContract = {
  'system:info': channel({ input: z.void(), output: systemInfoDto }),
  'audit:list': channel({
    input: z
      .object({
        limit: z.number().int().min(1).max(500).default(100),
        entity: z.string().max(60).optional(),
      })
      .strict()
      .default({ limit: 100 }),
    output: z.array(auditEntryDto),
  }),
};
