import { sentences } from './catalogue';

const ONLY_STORED = 'Data hanya disimpan sampai pembatasan dicabut di Permintaan Data Pribadi.';
const ONLY_STORED_EN = 'The data is only stored until the restriction is lifted in Personal Data Requests.';

/** What the requests register and the restriction of processing answer (UU PDP No. 27/2022). */
export const privacyMessages = sentences(
  {
    'privacy.notFound': 'Permintaan data pribadi tidak ditemukan.',
    'privacy.subjectNotFound': 'Pemilik data tidak ditemukan; pilih lagi dari daftar.',
    'privacy.closed': 'Permintaan ini sudah ditutup (dijawab atau ditolak); tidak ada yang diubah.',
    'privacy.receivedFuture': 'Waktu permintaan diterima tidak boleh di masa depan.',
    'privacy.notAccess': 'Salinan data hanya dibuat untuk permintaan akses.',
    'privacy.restricted.edit': `Pemrosesan data {{name}} sedang dibatasi atas permintaan pemilik data: perubahan tidak diizinkan. ${ONLY_STORED}`,
    'privacy.restricted.consultation': `Pemrosesan data {{name}} sedang dibatasi atas permintaan pemilik data: konsultasi baru tidak dapat dicatat. ${ONLY_STORED}`,
    'privacy.restricted.export': `Ekspor ini memuat data yang pemrosesannya dibatasi ({{name}}): ekspor tidak diizinkan. Keluarkan dari cakupan ekspor. ${ONLY_STORED}`,
    'privacy.restricted.print': `Pemrosesan data {{name}} sedang dibatasi atas permintaan pemilik data: mencetak tidak diizinkan. ${ONLY_STORED}`,
    'privacy.restricted.reveal': `Pemrosesan data {{name}} sedang dibatasi atas permintaan pemilik data: data tidak dapat ditampilkan lengkap. ${ONLY_STORED}`,
    'privacy.childConsent':
      'Peserta di bawah 18 tahun: isi nama orang tua/wali dan tanggal persetujuannya sebelum menyimpan data selain nama, umur dan kehadiran.',
  },
  {
    'privacy.notFound': 'Personal data request not found.',
    'privacy.subjectNotFound': 'The data subject was not found; choose again from the list.',
    'privacy.closed': 'This request is already closed (answered or refused); nothing was changed.',
    'privacy.receivedFuture': 'The time the request was received cannot be in the future.',
    'privacy.notAccess': 'A copy of the data is made only for an access request.',
    'privacy.restricted.edit': `Processing of {{name}}'s data is restricted at the data subject's request: changes are not allowed. ${ONLY_STORED_EN}`,
    'privacy.restricted.consultation': `Processing of {{name}}'s data is restricted at the data subject's request: no new consultation can be recorded. ${ONLY_STORED_EN}`,
    'privacy.restricted.export': `This export holds data whose processing is restricted ({{name}}): the export is not allowed. Leave it out of the export's scope. ${ONLY_STORED_EN}`,
    'privacy.restricted.print': `Processing of {{name}}'s data is restricted at the data subject's request: printing is not allowed. ${ONLY_STORED_EN}`,
    'privacy.restricted.reveal': `Processing of {{name}}'s data is restricted at the data subject's request: it cannot be shown in full. ${ONLY_STORED_EN}`,
    'privacy.childConsent':
      'Participant under 18: enter the parent or guardian name and the consent date before keeping data other than name, age and attendance.',
  },
);
