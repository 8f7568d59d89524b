import { sentences } from './catalogue';

/** Retention, the breach register and the record of processing (UU PDP duties of the office). */
export const privacyDutiesMessages = sentences(
  {
    'privacyDuties.breachNotFound': 'Catatan insiden ini tidak ditemukan.',
    'privacyDuties.exportNotFound': 'Ekspor ini tidak ada di riwayat ekspor. Tidak ada yang dicatat.',
    'privacyDuties.exportScopeUnknown': 'Cakupan ekspor ini tidak tercatat, sehingga data siapa yang dibawanya tidak dapat ditentukan. Tidak ada yang dicatat.',
    'privacyDuties.noSubjects': 'Ekspor ini tidak memuat data pribadi siapa pun; tidak ada surat untuk subjek data.',
    'privacyDuties.breachDueTitle': 'Batas pemberitahuan insiden data tinggal 24 jam',
    'privacyDuties.breachDueBody': '{{title}}: subjek data dan lembaga PDP harus diberi tahu paling lambat {{deadline}}.',
    'privacyDuties.breachOverdueTitle': 'Batas pemberitahuan insiden data sudah lewat',
    'privacyDuties.tooManyLetters':
      'Ekspor ini memuat data {{count}} orang, lebih dari {{max}} surat dalam satu dokumen. Beri tahu mereka melalui pengumuman, dan kirim surat ke lembaga PDP dengan lampirannya.',
    'privacyDuties.retentionDueTitle': 'Data melewati masa retensi',
    'privacyDuties.retentionDueBody': '{{count}} catatan sudah melewati masa simpannya. Tinjau dan anonimkan di Kewajiban PDP › Retensi.',
  },
  {
    'privacyDuties.breachNotFound': 'This incident record cannot be found.',
    'privacyDuties.exportNotFound': 'This export is not in the export history. Nothing was recorded.',
    'privacyDuties.exportScopeUnknown': "This export's scope was not recorded, so whose data it held cannot be told. Nothing was recorded.",
    'privacyDuties.noSubjects': "This export held no one's personal data; there is no letter to data subjects.",
    'privacyDuties.breachDueTitle': '24 hours left to notify a data breach',
    'privacyDuties.breachDueBody': '{{title}}: the data subjects and the PDP agency must be told by {{deadline}}.',
    'privacyDuties.breachOverdueTitle': 'The deadline to notify a data breach has passed',
    'privacyDuties.tooManyLetters':
      "This export held {{count}} people's data, more than {{max}} letters in one document. Tell them by public announcement, and send the letter to the PDP agency with its annex.",
    'privacyDuties.retentionDueTitle': 'Data past its retention period',
    'privacyDuties.retentionDueBody': '{{count}} records are past their retention period. Review and anonymise them in UU PDP duties › Retention.',
  },
);
