export const printingId = {
  print: 'Cetak',
  printMenu: 'Pilihan cetak',
  toPrinter: 'Cetak ke printer…',
  toPdf: 'Simpan sebagai PDF…',
  printed: 'Dokumen dikirim ke printer.',
  saved: 'PDF tersimpan di {{path}}',
  summary: 'Cetak ringkasan',
  draftSummary: 'Cetak draf',
  sheet: 'Cetak profil',
  batch: 'Cetak semua ringkasan',
};
export type PrintingCatalogue = typeof printingId;
