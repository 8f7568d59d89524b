export const printingId = {
  print: 'Cetak',
  printMenu: 'Pilihan cetak',
  toPrinter: 'Cetak ke printer…',
  toPdf: 'Simpan sebagai PDF…',
  printing: 'Menyiapkan dokumen…',
  printed: 'Dokumen dikirim ke printer.',
  saved: 'PDF tersimpan di {{path}}',
  summary: 'Cetak ringkasan',
  draftSummary: 'Cetak draf',
  sheet: 'Cetak profil',
  batch: 'Cetak semua ringkasan',
  batchHint: 'Semua konsultasi final pada rentang tanggal yang dipilih, dalam satu dokumen.',
  batchBusiness: 'Cetak semua ringkasan usaha ini',
};
export type PrintingCatalogue = typeof printingId;
