import { sentences } from './catalogue';

/** What saving a report answers when the file cannot be written. */
export const reportMessages = sentences(
  {
    'reports.diskFull': 'Ruang penyimpanan penuh; laporan tidak tersimpan.',
    'reports.cannotSave': 'Laporan tidak dapat disimpan di lokasi itu.',
  },
  {
    'reports.diskFull': 'The storage is full; the report was not saved.',
    'reports.cannotSave': 'The report cannot be saved in that location.',
  },
);
