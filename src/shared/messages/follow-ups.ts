import { sentences } from './catalogue';

/** What the follow-up channels answer when a follow-up cannot be found, changed or scheduled. */
export const followUpMessages = sentences(
  {
    'followUps.notFound': 'Tindak lanjut tidak ditemukan.',
    'followUps.alreadyDone': 'Tindak lanjut ini sudah selesai.',
    'followUps.alreadyCancelled': 'Tindak lanjut ini sudah dibatalkan.',
    'followUps.cancelledCannotComplete': 'Tindak lanjut yang sudah dibatalkan tidak dapat diselesaikan.',
    'followUps.dueInPast': 'Tanggal jatuh tempo sudah lewat.',
    'followUps.businessUnknown': 'Profil usaha tidak ditemukan.',
    'followUps.consultantUnknown': 'Konsultan tidak ditemukan.',
    'followUps.snoozePast': 'Waktu tunda harus di masa depan.',
    'followUps.agendaTooLong': 'Rentang agenda paling panjang {{max}} hari.',
  },
  {
    'followUps.notFound': 'Follow-up not found.',
    'followUps.alreadyDone': 'This follow-up is already done.',
    'followUps.alreadyCancelled': 'This follow-up is already cancelled.',
    'followUps.cancelledCannotComplete': 'A cancelled follow-up cannot be completed.',
    'followUps.dueInPast': 'The due date has already passed.',
    'followUps.businessUnknown': 'Business profile not found.',
    'followUps.consultantUnknown': 'Consultant not found.',
    'followUps.snoozePast': 'The snooze time must be in the future.',
    'followUps.agendaTooLong': 'The agenda can span at most {{max}} days.',
  },
);
