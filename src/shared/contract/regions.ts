import { z } from 'zod';
import { channel } from './define';

/** A Kemendagri region: province, kabupaten/kota, kecamatan or desa/kelurahan. */
export const regionDto = z.object({ code: z.string(), name: z.string() });
export type Region = z.infer<typeof regionDto>;

export const regionsContract = {
  /** Children of a region (provinces when parentCode is null), sorted by name. */
  'regions:children': channel({
    input: z.object({ parentCode: z.string().regex(/^\d{2}(\.\d{2}){0,2}$/, 'v.region').nullable() }).strict(),
    output: z.array(regionDto),
  }),
};
