import { sentences } from './catalogue';

const UNCHANGED = 'Data di meja ini tidak berubah.';
const SETTINGS_UNCHANGED = 'Pengaturan cadangan tidak berubah.';
const UNCHANGED_EN = 'The data on this desk has not changed.';
const SETTINGS_UNCHANGED_EN = 'The backup settings have not changed.';

/** The sentences a backup, its settings or a restore end with when they cannot go on. */
export const backupMessages = sentences(
  {
    'backups.failed': 'Cadangan tidak dapat dibuat (ruang disk habis atau folder data tidak dapat ditulisi). Data di meja ini tidak berubah; coba lagi.',
    'backups.checkFailed': 'Cadangan yang baru dibuat tidak lolos pemeriksaan keutuhan, sehingga dibuang. Data di meja ini tidak berubah; coba lagi.',
    'backups.notFound': `Cadangan itu tidak ditemukan lagi (mungkin sudah terhapus oleh rotasi). ${UNCHANGED}`,
    'backups.notDatabase': `Berkas ini bukan cadangan Klinik Bisnis (bukan basis data SQLite), sehingga tidak dipulihkan. ${UNCHANGED}`,
    'backups.notBackup': `Berkas ini basis data, tetapi bukan cadangan Klinik Bisnis, sehingga tidak dipulihkan. ${UNCHANGED}`,
    'backups.damaged': `Berkas cadangan rusak, terpotong atau telah diubah setelah dibuat, sehingga tidak dipulihkan. ${UNCHANGED} Pilih cadangan lain.`,
    'backups.newer': `Cadangan ini dari versi aplikasi yang lebih baru, sehingga tidak dapat dipulihkan di sini. Perbarui aplikasi lalu ulangi. ${UNCHANGED}`,
    'backups.wrongPassword': `Salinan terenkripsi ini tidak dapat dibuka dengan kata sandi cadangan yang tersimpan (mungkin dibuat dengan kata sandi lama). ${UNCHANGED}`,
    'backups.noPassword': `Salinan terenkripsi memerlukan kata sandi cadangan, tetapi kata sandi belum diatur di Pengaturan Cadangan. ${UNCHANGED}`,
    'backups.unreadable': `Berkas cadangan tidak dapat dibaca (flashdisk terlepas atau berkas hilang). ${UNCHANGED}`,
    'backups.restoreFailed':
      'Pemulihan tidak dapat diselesaikan, sehingga data dikembalikan seperti sebelum pemulihan. Tidak ada data yang hilang; cadangan pengaman tetap tersimpan.',
    'backups.folderUnusable': `Folder cadangan kedua tidak dapat dipakai: folder itu tidak ada atau tidak dapat ditulisi (terkunci, hanya-baca, atau tanpa izin). Pilih folder lain. ${SETTINGS_UNCHANGED}`,
    'backups.folderInside': `Folder cadangan kedua harus berada di luar folder data aplikasi (sebaiknya di drive lain atau flashdisk). ${SETTINGS_UNCHANGED}`,
    'backups.folderRelative': `Tulis folder cadangan kedua lengkap dari akarnya, mis. E:\\Cadangan atau /media/flashdisk. ${SETTINGS_UNCHANGED}`,
    'backups.passwordMissing': `Isi kata sandi cadangan: salinan di folder kedua selalu dienkripsi dengan kata sandi ini. ${SETTINGS_UNCHANGED}`,
  },
  {
    'backups.failed': 'The backup could not be made (the disk is full or the data folder cannot be written). The data on this desk has not changed; try again.',
    'backups.checkFailed': 'The new backup failed its integrity check, so it was discarded. The data on this desk has not changed; try again.',
    'backups.notFound': `That backup is no longer there (rotation may have removed it). ${UNCHANGED_EN}`,
    'backups.notDatabase': `This file is not a Klinik Bisnis backup (it is not an SQLite database), so it was not restored. ${UNCHANGED_EN}`,
    'backups.notBackup': `This file is a database, but not a Klinik Bisnis backup, so it was not restored. ${UNCHANGED_EN}`,
    'backups.damaged': `The backup file is damaged, cut short or was changed after it was made, so it was not restored. ${UNCHANGED_EN} Choose another backup.`,
    'backups.newer': `This backup comes from a newer version of the app, so it cannot be restored here. Update the app, then try again. ${UNCHANGED_EN}`,
    'backups.wrongPassword': `This encrypted copy cannot be opened with the saved backup password (it may have been made with an old password). ${UNCHANGED_EN}`,
    'backups.noPassword': `Encrypted copies need the backup password, but none is set in Backup settings. ${UNCHANGED_EN}`,
    'backups.unreadable': `The backup file cannot be read (the flash drive was removed or the file is gone). ${UNCHANGED_EN}`,
    'backups.restoreFailed':
      'The restore could not be finished, so the data was put back as it was before. No data was lost; the safety backup is kept.',
    'backups.folderUnusable': `The second backup folder cannot be used: it does not exist or cannot be written (locked, read-only or no permission). Choose another folder. ${SETTINGS_UNCHANGED_EN}`,
    'backups.folderInside': `The second backup folder must be outside the app's data folder (preferably on another drive or a flash drive). ${SETTINGS_UNCHANGED_EN}`,
    'backups.folderRelative': `Write the second backup folder in full from its root, e.g. E:\\Cadangan or /media/flashdisk. ${SETTINGS_UNCHANGED_EN}`,
    'backups.passwordMissing': `Fill in the backup password: copies in the second folder are always encrypted with it. ${SETTINGS_UNCHANGED_EN}`,
  },
);
