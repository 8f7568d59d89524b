import { sentences } from './catalogue';

/** What the training, participant and participant-import channels answer when they cannot go ahead. */
export const trainingMessages = sentences(
  {
    'trainings.notFound': 'Pelatihan tidak ditemukan.',
    'trainings.stale': 'Pelatihan ini baru saja diubah di tempat lain. Muat ulang lalu ulangi perubahan Anda.',
    'trainings.participantNotFound': 'Peserta tidak ditemukan.',
    'trainings.alreadyBusiness': 'Peserta ini sudah terhubung ke profil usaha.',
    'trainings.importExpired': 'Berkas yang dibuka sudah tidak tersedia. Buka lagi berkasnya.',
    'trainings.importTooManyRows': 'Berkas ini berisi {{count}} baris; paling banyak {{max}} sekali impor.',
    'trainings.importUnreadable': 'Berkas tidak dapat dibaca. Simpan sebagai .xlsx atau .csv lalu coba lagi.',
    'trainings.importFileMissing': 'Berkas tidak ditemukan atau tidak dapat dibuka.',
    'trainings.importUnknownSheet': 'Lembar kerja itu tidak ada di berkas ini.',
  },
  {
    'trainings.notFound': 'Training not found.',
    'trainings.stale': 'This training was just changed elsewhere. Reload, then make your change again.',
    'trainings.participantNotFound': 'Participant not found.',
    'trainings.alreadyBusiness': 'This participant is already linked to a business profile.',
    'trainings.importExpired': 'The opened file is no longer available. Open the file again.',
    'trainings.importTooManyRows': 'This file has {{count}} rows; at most {{max}} can be imported at once.',
    'trainings.importUnreadable': 'The file cannot be read. Save it as .xlsx or .csv, then try again.',
    'trainings.importFileMissing': 'The file was not found or cannot be opened.',
    'trainings.importUnknownSheet': 'That worksheet is not in this file.',
  },
);
