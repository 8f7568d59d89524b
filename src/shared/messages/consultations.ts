import { sentences } from './catalogue';

/** What the consultation channels answer when a draft, a finalisation or an amendment cannot go ahead. */
export const consultationMessages = sentences(
  {
    'consultations.notFound': 'Konsultasi tidak ditemukan.',
    'consultations.finalNoDraft': 'Konsultasi ini sudah difinalisasi dan tidak dapat disimpan sebagai draf. Koreksi dilakukan lewat amandemen.',
    'consultations.discarded': 'Draf ini sudah dibuang.',
    'consultations.oneDraft': 'Sudah ada draf konsultasi untuk usaha ini. Lanjutkan draf itu atau buang dulu.',
    'consultations.alreadyFinal': 'Konsultasi ini sudah difinalisasi. Koreksi dilakukan lewat amandemen.',
    'consultations.discardFinal': 'Konsultasi yang sudah difinalisasi tidak dapat dibuang. Koreksi dilakukan lewat amandemen.',
    'consultations.amendDraft': 'Konsultasi ini masih draf. Finalisasi dulu; amandemen hanya untuk konsultasi yang sudah difinalisasi.',
    'consultations.stale': 'Konsultasi ini baru saja diubah di tempat lain. Muat ulang lalu ulangi perubahan Anda.',
    'consultations.noDesk': 'Kode meja belum diisi. Isi kode meja di Pengaturan > Profil kantor sebelum memfinalisasi konsultasi.',
  },
  {
    'consultations.notFound': 'Consultation not found.',
    'consultations.finalNoDraft': 'This consultation is already finalised and cannot be saved as a draft. Corrections are made by amendment.',
    'consultations.discarded': 'This draft has been discarded.',
    'consultations.oneDraft': 'This business already has a consultation draft. Continue that draft or discard it first.',
    'consultations.alreadyFinal': 'This consultation is already finalised. Corrections are made by amendment.',
    'consultations.discardFinal': 'A finalised consultation cannot be discarded. Corrections are made by amendment.',
    'consultations.amendDraft': 'This consultation is still a draft. Finalise it first; amendments are only for finalised consultations.',
    'consultations.stale': 'This consultation was just changed elsewhere. Reload, then make your change again.',
    'consultations.noDesk': 'The desk code is not set. Fill in the desk code under Settings > Office profile before finalising a consultation.',
  },
);
