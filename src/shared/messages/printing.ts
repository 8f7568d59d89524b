import { sentences } from './catalogue';

/** What printing answers when there is nothing to print, too much, or the PDF cannot be written. */
export const printingMessages = sentences(
  {
    'printing.noneFinal': 'Tidak ada konsultasi final pada pilihan ini.',
    'printing.tooMany': 'Terlalu banyak untuk satu dokumen ({{count}}); persempit rentang tanggal.',
    'printing.diskFull': 'Ruang penyimpanan penuh; PDF tidak tersimpan.',
    'printing.cannotSave': 'PDF tidak dapat disimpan di lokasi itu.',
  },
  {
    'printing.noneFinal': 'There are no finalised consultations in this selection.',
    'printing.tooMany': 'Too many for one document ({{count}}); narrow the date range.',
    'printing.diskFull': 'The storage is full; the PDF was not saved.',
    'printing.cannotSave': 'The PDF cannot be saved in that location.',
  },
);
