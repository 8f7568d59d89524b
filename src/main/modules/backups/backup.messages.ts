import { AppError } from '../../../shared/errors';

const UNCHANGED = 'Data di meja ini tidak berubah.';
const SETTINGS_UNCHANGED = 'Pengaturan cadangan tidak berubah.';

/** The plain sentences a backup, its settings or a restore end with when they cannot go on. */
export const BACKUP_MESSAGES = {
  failed: 'Cadangan tidak dapat dibuat (ruang disk habis atau folder data tidak dapat ditulisi). Data di meja ini tidak berubah; coba lagi.',
  checkFailed: 'Cadangan yang baru dibuat tidak lolos pemeriksaan keutuhan, sehingga dibuang. Data di meja ini tidak berubah; coba lagi.',
  notFound: `Cadangan itu tidak ditemukan lagi (mungkin sudah terhapus oleh rotasi). ${UNCHANGED}`,
  notDatabase: `Berkas ini bukan cadangan Klinik Bisnis (bukan basis data SQLite), sehingga tidak dipulihkan. ${UNCHANGED}`,
  notBackup: `Berkas ini basis data, tetapi bukan cadangan Klinik Bisnis, sehingga tidak dipulihkan. ${UNCHANGED}`,
  damaged: `Berkas cadangan rusak, terpotong atau telah diubah setelah dibuat, sehingga tidak dipulihkan. ${UNCHANGED} Pilih cadangan lain.`,
  newer: `Cadangan ini dari versi aplikasi yang lebih baru, sehingga tidak dapat dipulihkan di sini. Perbarui aplikasi lalu ulangi. ${UNCHANGED}`,
  wrongPassword: `Salinan terenkripsi ini tidak dapat dibuka dengan kata sandi cadangan yang tersimpan (mungkin dibuat dengan kata sandi lama). ${UNCHANGED}`,
  noPassword: `Salinan terenkripsi memerlukan kata sandi cadangan, tetapi kata sandi belum diatur di Pengaturan Cadangan. ${UNCHANGED}`,
  unreadable: `Berkas cadangan tidak dapat dibaca (flashdisk terlepas atau berkas hilang). ${UNCHANGED}`,
  restoreFailed:
    'Pemulihan tidak dapat diselesaikan, sehingga data dikembalikan seperti sebelum pemulihan. Tidak ada data yang hilang; cadangan pengaman tetap tersimpan.',
  folderUnusable: `Folder cadangan kedua tidak dapat dipakai: folder itu tidak ada atau tidak dapat ditulisi (terkunci, hanya-baca, atau tanpa izin). Pilih folder lain. ${SETTINGS_UNCHANGED}`,
  folderInside: `Folder cadangan kedua harus berada di luar folder data aplikasi (sebaiknya di drive lain atau flashdisk). ${SETTINGS_UNCHANGED}`,
  folderRelative: `Tulis folder cadangan kedua lengkap dari akarnya, mis. E:\\Cadangan atau /media/flashdisk. ${SETTINGS_UNCHANGED}`,
  passwordMissing: `Isi kata sandi cadangan: salinan di folder kedua selalu dienkripsi dengan kata sandi ini. ${SETTINGS_UNCHANGED}`,
} as const;

export type BackupMessage = keyof typeof BACKUP_MESSAGES;

/** A refused restore file: VALIDATION, since it is the chosen file that is at fault. */
export const refused = (kind: BackupMessage): AppError => new AppError('VALIDATION', BACKUP_MESSAGES[kind]);
