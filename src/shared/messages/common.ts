import { sentences } from './catalogue';

/** What any channel may answer: the router's own refusals and the sentences every area shares. */
export const commonMessages = sentences(
  {
    'common.invalidInput': 'Data yang dikirim belum benar. Periksa isian yang ditandai.',
    'common.unknownChannel': 'Perintah tidak dikenal.',
    'common.invalidOutput': 'Aplikasi menghasilkan data yang tidak sesuai. Perubahan tidak disimpan bila gagal; coba lagi.',
    'common.internal': 'Terjadi kesalahan di aplikasi. Data yang sudah tersimpan tetap aman; coba lagi.',
    'common.storage': 'Basis data tidak dapat ditulis. Periksa ruang disk, lalu coba lagi.',
    'common.noSession': 'Pilih konsultan yang bertugas terlebih dahulu.',
    'common.storageStuck': 'Database tidak dapat menyimpan perubahan. Tutup aplikasi lalu buka kembali.',
  },
  {
    'common.invalidInput': 'Some of the data sent is not right. Check the marked fields.',
    'common.unknownChannel': 'Unknown command.',
    'common.invalidOutput': 'The app produced data that does not fit. Nothing was saved if it failed; try again.',
    'common.internal': 'Something went wrong in the app. Data already saved is safe; try again.',
    'common.storage': 'The database cannot be written. Check the free disk space, then try again.',
    'common.noSession': 'Choose the consultant on duty first.',
    'common.storageStuck': 'The database cannot save changes. Close the app and open it again.',
  },
);
