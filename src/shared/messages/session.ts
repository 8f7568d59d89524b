import { sentences } from './catalogue';

/** Choosing the consultant on duty and the first-run setup. */
export const sessionMessages = sentences(
  {
    'session.consultantUnavailable': 'Konsultan tidak ditemukan atau tidak aktif.',
    'session.alreadySetUp': 'Aplikasi ini sudah disiapkan; masuk sebagai konsultan yang ada.',
  },
  {
    'session.consultantUnavailable': 'The consultant was not found or is not active.',
    'session.alreadySetUp': 'This app is already set up; sign in as one of its consultants.',
  },
);
