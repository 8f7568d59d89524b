import { sentences } from './catalogue';

const UNCHANGED = 'Tidak ada data di basis data yang berubah.';
const IMPORT_UNCHANGED = 'Tidak ada yang diimpor; data di meja ini tidak berubah.';
const UNCHANGED_EN = 'No data in the database has changed.';
const IMPORT_UNCHANGED_EN = 'Nothing was imported; the data on this desk has not changed.';

/** The sentences an export or an import ends with when it cannot finish. */
export const transferMessages = sentences(
  {
    'transfer.write.removed': `Flashdisk/folder tujuan terlepas atau tidak dapat dijangkau lagi saat ekspor berjalan. Ekspor dihentikan dan berkas yang belum selesai dihapus bila masih bisa. ${UNCHANGED}`,
    'transfer.write.full': `Ruang di flashdisk/folder tujuan habis. Ekspor dihentikan dan berkas yang belum selesai dihapus. Kosongkan ruang atau pilih tujuan lain, lalu ulangi. ${UNCHANGED}`,
    'transfer.write.name': `Flashdisk/folder tujuan menolak nama berkas. Ekspor dihentikan dan berkas yang belum selesai dihapus. ${UNCHANGED}`,
    'transfer.write.readOnly': `Flashdisk/folder tujuan tidak dapat ditulisi (terkunci atau hanya-baca). Ekspor dihentikan. ${UNCHANGED}`,
    'transfer.write.verify': `Berkas yang ditulis ke flashdisk/folder tujuan tidak sama saat dibaca ulang; flashdisk mungkin rusak. Ekspor dihentikan dan berkas itu dihapus. ${UNCHANGED}`,
    'transfer.write.missingTarget': `Folder tujuan tidak ditemukan. Pasang kembali flashdisk atau pilih folder lain. ${UNCHANGED}`,
    'transfer.write.other': `Ekspor gagal ditulis ke flashdisk/folder tujuan. Ekspor dihentikan dan berkas yang belum selesai dihapus bila masih bisa. ${UNCHANGED}`,
    'transfer.exportFailed': 'Ekspor tidak dapat diselesaikan karena kesalahan di aplikasi. Berkas yang belum selesai dihapus. Tidak ada data di basis data yang berubah; coba lagi.',
    'transfer.notOurExport': 'Folder ini bukan hasil ekspor dari meja ini.',
    'transfer.jobRunning': 'Pekerjaan ini sudah berjalan.',
    'transfer.package.damaged': `Paket data rusak, terpotong atau telah diubah setelah dibuat, sehingga ditolak. ${IMPORT_UNCHANGED} Minta paket baru dari meja asalnya.`,
    'transfer.package.wrongPassword': `Kata sandi paket salah. ${IMPORT_UNCHANGED}`,
    'transfer.package.needsPassword': `Paket ini terkunci dengan kata sandi. Masukkan kata sandinya. ${IMPORT_UNCHANGED}`,
    'transfer.package.notPackage': `Berkas ini bukan paket data Klinik Bisnis. ${IMPORT_UNCHANGED}`,
    'transfer.package.newer': `Paket ini dibuat oleh versi aplikasi yang lebih baru. Perbarui aplikasi di meja ini lalu ulangi. ${IMPORT_UNCHANGED}`,
    'transfer.package.unreadable': `Berkas paket tidak dapat dibaca (flashdisk terlepas atau berkas hilang). ${IMPORT_UNCHANGED}`,
    'transfer.import.cancelled': `Impor dibatalkan. ${IMPORT_UNCHANGED}`,
    'transfer.import.noPackageInZip': `Berkas ZIP ini tidak berisi paket data Klinik Bisnis. ${IMPORT_UNCHANGED}`,
    'transfer.import.expired': 'Pratinjau impor sudah kedaluwarsa atau sudah diterapkan. Buka paketnya lagi.',
    'transfer.import.changed': 'Berkas paket berubah sejak pratinjau. Buka paketnya lagi.',
    'transfer.import.clash': `Paket ini bertentangan dengan data di meja ini, sehingga tidak diterapkan. ${IMPORT_UNCHANGED}`,
    'transfer.import.incomplete': `Paket data tidak lengkap (ada catatan yang merujuk ke data yang tidak ada), sehingga ditolak. ${IMPORT_UNCHANGED}`,
  },
  {
    'transfer.write.removed': `The target flash drive/folder was removed or could no longer be reached during the export. The export stopped and unfinished files were deleted where possible. ${UNCHANGED_EN}`,
    'transfer.write.full': `The target flash drive/folder is full. The export stopped and unfinished files were deleted. Free some space or choose another target, then try again. ${UNCHANGED_EN}`,
    'transfer.write.name': `The target flash drive/folder refused a file name. The export stopped and unfinished files were deleted. ${UNCHANGED_EN}`,
    'transfer.write.readOnly': `The target flash drive/folder cannot be written to (locked or read-only). The export stopped. ${UNCHANGED_EN}`,
    'transfer.write.verify': `A file written to the target flash drive/folder read back differently; the flash drive may be faulty. The export stopped and that file was deleted. ${UNCHANGED_EN}`,
    'transfer.write.missingTarget': `The target folder was not found. Plug the flash drive back in or choose another folder. ${UNCHANGED_EN}`,
    'transfer.write.other': `The export could not be written to the target flash drive/folder. The export stopped and unfinished files were deleted where possible. ${UNCHANGED_EN}`,
    'transfer.exportFailed': 'The export could not finish because of an error in the app. Unfinished files were deleted. No data in the database has changed; try again.',
    'transfer.notOurExport': 'This folder is not an export made by this desk.',
    'transfer.jobRunning': 'This job is already running.',
    'transfer.package.damaged': `The data package is damaged, cut short or changed after it was made, so it was refused. ${IMPORT_UNCHANGED_EN} Ask the desk it came from for a new package.`,
    'transfer.package.wrongPassword': `The package password is wrong. ${IMPORT_UNCHANGED_EN}`,
    'transfer.package.needsPassword': `This package is locked with a password. Enter its password. ${IMPORT_UNCHANGED_EN}`,
    'transfer.package.notPackage': `This file is not a Klinik Bisnis data package. ${IMPORT_UNCHANGED_EN}`,
    'transfer.package.newer': `This package was made by a newer version of the app. Update the app on this desk, then try again. ${IMPORT_UNCHANGED_EN}`,
    'transfer.package.unreadable': `The package file cannot be read (the flash drive was removed or the file is missing). ${IMPORT_UNCHANGED_EN}`,
    'transfer.import.cancelled': `The import was cancelled. ${IMPORT_UNCHANGED_EN}`,
    'transfer.import.noPackageInZip': `This ZIP file holds no Klinik Bisnis data package. ${IMPORT_UNCHANGED_EN}`,
    'transfer.import.expired': 'The import preview has expired or was already applied. Open the package again.',
    'transfer.import.changed': 'The package file changed since the preview. Open the package again.',
    'transfer.import.clash': `This package conflicts with the data on this desk, so it was not applied. ${IMPORT_UNCHANGED_EN}`,
    'transfer.import.incomplete': `The data package is incomplete (some records refer to data that is not there), so it was refused. ${IMPORT_UNCHANGED_EN}`,
  },
);
