import { sentences } from './catalogue';

/** What the impact channels answer when a milestone cannot be found. */
export const impactMessages = sentences(
  {
    'impact.notFound': 'Capaian dampak tidak ditemukan.',
  },
  {
    'impact.notFound': 'Impact milestone not found.',
  },
);
