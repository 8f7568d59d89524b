import { sentences } from './catalogue';

/** The consultants' refusals. */
export const consultantMessages = sentences(
  {
    'consultants.nipTaken': 'NIP ini sudah dipakai konsultan lain.',
    'consultants.notFound': 'Konsultan tidak ditemukan.',
    'consultants.cannotDeactivateSelf': 'Konsultan yang sedang bertugas tidak dapat dinonaktifkan.',
    'consultants.lastAdmin': 'Harus ada paling sedikit satu admin aktif.',
  },
  {
    'consultants.nipTaken': 'This NIP is already used by another consultant.',
    'consultants.notFound': 'The consultant was not found.',
    'consultants.cannotDeactivateSelf': 'The consultant on duty cannot be deactivated.',
    'consultants.lastAdmin': 'At least one active admin must remain.',
  },
);
