/**
 * The `updates` namespace of the app catalogue (Pengaturan › Tentang): where updates come from,
 * the update folder, and what a check found. Bahasa Indonesia first; English with the same keys.
 */
export const updatesId = {
  title: 'Pembaruan aplikasi',
  sources: 'Pembaruan dicari di folder pembaruan di bawah dan di setiap flashdisk (di akarnya atau di folder {{driveFolder}}). Hanya pembaruan bertanda tangan pengelola Klinik Bisnis yang versinya lebih baru yang ditawarkan.',
  folder: 'Folder pembaruan',
  folderHint: 'Folder bersama atau flashdisk tempat kantor menaruh pembaruan, mis. \\\\server\\pembaruan atau E:\\Pembaruan.',
  saveFolder: 'Simpan folder',
  saved: 'Folder pembaruan disimpan.',
  check: 'Periksa pembaruan',
  none: 'Tidak ada pembaruan yang lebih baru.',
  refused: 'Ditolak: {{folder}}',
  found: 'Versi {{version}} tersedia di {{folder}}.',
  install: 'Pasang versi {{version}}',
  installing: 'Data dicadangkan dulu, lalu pemasang dijalankan dan aplikasi ditutup.',
};
export type UpdatesCatalogue = typeof updatesId;

export const updatesEn: UpdatesCatalogue = {
  title: 'App updates',
  sources: 'Updates are looked for in the update folder below and on every flash drive (at its root or in the {{driveFolder}} folder). Only a newer update signed by the Klinik Bisnis maintainers is offered.',
  folder: 'Update folder',
  folderHint: 'A shared folder or flash drive where the office puts updates, e.g. \\\\server\\updates or E:\\Updates.',
  saveFolder: 'Save folder',
  saved: 'The update folder was saved.',
  check: 'Check for updates',
  none: 'There is no newer update.',
  refused: 'Refused: {{folder}}',
  found: 'Version {{version}} is available in {{folder}}.',
  install: 'Install version {{version}}',
  installing: 'The data is backed up first, then the installer starts and the app closes.',
};
