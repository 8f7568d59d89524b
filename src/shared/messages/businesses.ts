import { sentences } from './catalogue';

/** The business profiles' refusals. */
export const businessMessages = sentences(
  {
    'businesses.notFound': 'Profil usaha tidak ditemukan.',
    'businesses.possibleDuplicate': 'Mungkin profil ini sudah ada. Periksa kandidat duplikat sebelum menyimpan.',
    'businesses.changedElsewhere': 'Profil ini baru saja diubah di tempat lain. Muat ulang lalu ulangi perubahan Anda.',
    'businesses.mergedCannotRestore': 'Profil ini sudah digabungkan ke profil lain dan tidak dapat dipulihkan sendiri.',
  },
  {
    'businesses.notFound': 'The business profile was not found.',
    'businesses.possibleDuplicate': 'This profile may already exist. Check the possible duplicates before saving.',
    'businesses.changedElsewhere': 'This profile was just changed elsewhere. Reload it, then make your changes again.',
    'businesses.mergedCannotRestore': 'This profile was merged into another one and cannot be restored on its own.',
  },
);
