/**
 * Bahasa Indonesia for automatic backups and restore (Pengaturan › Cadangan data, and the notice on
 * Beranda): the `backups` namespace of the app catalogue. The English file has exactly these keys.
 */
export const backupsId = {
  tab: 'Cadangan data',
  intro:
    'Aplikasi mencadangkan data setiap hari dan saat ditutup. Tujuh cadangan harian, empat mingguan dan dua belas bulanan disimpan di PC ini; salinan terenkripsi dapat disimpan di folder kedua (diska lain, flashdisk atau folder jaringan).',
  lastBackup: 'Terakhir dicadangkan: {{date}}',
  neverBackedUp: 'Belum pernah dicadangkan',
  lastSecondCopy: 'Salinan terakhir di folder kedua: {{date}}',
  noSecondCopyYet: 'Belum ada salinan di folder kedua',
  backupNow: 'Cadangkan sekarang',
  created: 'Cadangan dibuat: {{date}}',
  restoreFromFile: 'Pulihkan dari berkas…',
  list: {
    title: 'Cadangan tersimpan',
    empty: 'Belum ada cadangan. Tekan “Cadangkan sekarang” untuk membuat yang pertama.',
    date: 'Tanggal',
    reason: 'Alasan',
    size: 'Ukuran',
    contents: 'Isi',
    kept: 'Disimpan sebagai',
    actions: 'Tindakan',
    restore: 'Pulihkan',
    restoreLabel: 'Pulihkan cadangan {{date}} ({{reason}})',
    temporary: 'Sampai rotasi berikutnya',
    secondCopy: 'Ada salinan di folder kedua',
  },
  reasons: {
    daily: 'Harian otomatis',
    close: 'Saat aplikasi ditutup',
    migration: 'Sebelum pembaruan basis data',
    import: 'Sebelum impor data',
    restore: 'Sebelum pemulihan',
    manual: 'Dibuat manual',
  },
  tiers: { daily: 'Harian', weekly: 'Mingguan', monthly: 'Bulanan', safety: 'Pengaman (7 hari)' },
  counts: {
    businesses_one: '{{formatted}} UMKM',
    businesses_other: '{{formatted}} UMKM',
    consultations_one: '{{formatted}} konsultasi',
    consultations_other: '{{formatted}} konsultasi',
    followUps_one: '{{formatted}} tindak lanjut',
    followUps_other: '{{formatted}} tindak lanjut',
    trainings_one: '{{formatted}} pelatihan',
    trainings_other: '{{formatted}} pelatihan',
    participants_one: '{{formatted}} peserta',
    participants_other: '{{formatted}} peserta',
  },
  confirm: {
    title: 'Pulihkan cadangan {{date}}?',
    body: 'Data di aplikasi akan diganti dengan isi cadangan tanggal {{date}}:',
    safety:
      'Sebelum diganti, data saat ini disimpan dulu sebagai cadangan baru, sehingga dapat dipulihkan kembali bila perlu. Semua perubahan setelah {{date}} tidak akan tampil lagi.',
    fileTitle: 'Pulihkan dari berkas cadangan?',
    fileBody:
      'Pilih berkas cadangan Klinik Bisnis (dari folder kedua atau flashdisk). Data di aplikasi akan diganti dengan isi berkas itu.',
    fileSafety: 'Sebelum diganti, data saat ini disimpan dulu sebagai cadangan baru, sehingga dapat dipulihkan kembali bila perlu.',
    confirm: 'Ya, pulihkan',
    chooseFile: 'Pilih berkas dan pulihkan',
  },
  restored: {
    title: 'Data berhasil dipulihkan',
    body: 'Data sekarang sama dengan cadangan {{date}}. Data sebelum pemulihan disimpan sebagai cadangan {{safety}}.',
    toast: 'Data dipulihkan dari cadangan {{date}}',
  },
  failed: 'Pemulihan tidak dilakukan',
  createFailed: 'Cadangan tidak dibuat',
  folder: {
    title: 'Folder kedua',
    hint: 'Salinan terenkripsi setiap cadangan disimpan juga di folder ini, agar data selamat bila PC rusak atau hilang.',
    label: 'Folder kedua',
    placeholder: 'Belum dipilih',
    choose: 'Pilih folder…',
    password: 'Kata sandi cadangan kantor',
    passwordHint: 'Paling sedikit 8 karakter. Simpan kata sandi ini di tempat aman; tanpa kata sandi, salinan tidak dapat dibuka.',
    passwordKeep: 'Kata sandi sudah diatur. Kosongkan untuk tetap memakai kata sandi sekarang.',
    passwordNeeded: 'Isi kata sandi cadangan: salinan di folder kedua selalu dienkripsi dengan kata sandi ini.',
    showPassword: 'Tampilkan kata sandi',
    saved: 'Pengaturan folder kedua tersimpan',
  },
  home: {
    stale: 'Cadangan terakhir lebih dari 7 hari yang lalu',
    staleHint: 'Cadangkan sekarang agar catatan terbaru tidak hilang bila PC bermasalah.',
    none: 'Belum ada cadangan data',
    noneHint: 'Buat cadangan pertama sekarang agar catatan tidak hilang bila PC bermasalah.',
    noSecondCopy: 'Belum ada salinan di folder kedua',
    noSecondCopyHint: 'Pilih folder kedua (diska lain, flashdisk atau folder jaringan) agar ada salinan di luar PC ini.',
    open: 'Atur cadangan data',
  },
};

export type BackupsCatalogue = typeof backupsId;
