import { sentences } from './catalogue';

/** Signing in with a PIN, the lock, the first-run setup and the guards the router keeps. */
export const sessionMessages = sentences(
  {
    'session.consultantUnavailable': 'Konsultan tidak ditemukan atau tidak aktif.',
    'session.alreadySetUp': 'Aplikasi ini sudah disiapkan; masuk sebagai konsultan yang ada.',
    'session.wrongPin': 'PIN salah. Tidak ada yang diubah.',
    'session.pinWait': 'Terlalu banyak PIN salah. Coba lagi dalam {{seconds}} detik.',
    'session.locked': 'Meja terkunci. Masukkan PIN untuk melanjutkan.',
    'session.adminOnly': 'Hanya admin (kepala/koordinator) yang dapat melakukan ini.',
    'session.freshPinRequired': 'Masukkan PIN Anda lagi untuk melanjutkan.',
    'session.samePin': 'PIN baru sama dengan PIN lama.',
  },
  {
    'session.consultantUnavailable': 'The consultant was not found or is not active.',
    'session.alreadySetUp': 'This app is already set up; sign in as one of its consultants.',
    'session.wrongPin': 'Wrong PIN. Nothing was changed.',
    'session.pinWait': 'Too many wrong PINs. Try again in {{seconds}} seconds.',
    'session.locked': 'The desk is locked. Enter your PIN to continue.',
    'session.adminOnly': 'Only an admin (head/coordinator) can do this.',
    'session.freshPinRequired': 'Enter your PIN again to continue.',
    'session.samePin': 'The new PIN is the same as the old one.',
  },
);
