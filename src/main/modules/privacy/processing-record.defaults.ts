import type { ProcessingRecordField } from '../../../shared/contract/privacy-duties';

/**
 * The record of processing's default texts (UU PDP art. 31): what a klinik bisnis office run by a
 * provincial department does with personal data, as this app supports it. The office changes any of
 * them in Pengaturan; they are stored in Bahasa Indonesia, the language of the office's records.
 */
export const PROCESSING_RECORD_DEFAULTS: Record<ProcessingRecordField, string> = {
  controller:
    'Dinas yang membidangi koperasi dan UMKM (Klinik Bisnis / PLUT-KUMKM) sebagai badan publik pengendali data pribadi. ' +
    'Pejabat atau petugas pelaksana fungsi pelindungan data pribadi: kepala kantor atau koordinator yang ditunjuk.',
  purposes:
    '1. Pendampingan dan konsultasi bisnis bagi pelaku UMKM (profil usaha, catatan konsultasi, tindak lanjut).\n' +
    '2. Penyelenggaraan pelatihan kewirausahaan dan pencatatan kehadiran peserta.\n' +
    '3. Pemantauan dampak pendampingan (usaha baru, tenaga kerja, omzet, permodalan, perizinan).\n' +
    '4. Pelaporan kinerja program kepada dinas dan kementerian dalam bentuk statistik.',
  legalBasis:
    'Pelaksanaan tugas dalam rangka kepentingan umum dan pelayanan publik berdasarkan peraturan perundang-undangan ' +
    '(UU No. 27 Tahun 2022 Pasal 20 ayat (2) huruf d dan e; UU No. 20 Tahun 2008 tentang UMKM; PP No. 7 Tahun 2021). ' +
    'Persetujuan yang sah dan tercatat untuk berbagi data dengan bank atau instansi lain, untuk foto, dan dari orang tua atau wali bagi peserta di bawah 18 tahun (Pasal 25).',
  subjects: 'Pemilik dan pengelola usaha mikro, kecil dan menengah; calon wirausaha; peserta pelatihan (termasuk anak di bawah 18 tahun).',
  categories:
    'Data pribadi umum: nama, NIK, jenis kelamin, tanggal lahir atau umur, nomor telepon/WhatsApp, e-mail, alamat dan wilayah.\n' +
    'Data usaha: nama usaha, NIB, KBLI, izin, tenaga kerja, modal usaha dan omzet.\n' +
    'Data pribadi spesifik: data anak (peserta di bawah 18 tahun) dan data keuangan pribadi pelaku usaha mikro.',
  recipients:
    'Petugas konsultan pendamping di kantor; dinas provinsi dan kementerian (laporan statistik tanpa identitas); ' +
    'meja layanan lain di kantor yang sama melalui paket data terenkripsi; bank penyalur KUR atau instansi lain hanya dengan persetujuan subjek data.',
  transfers: 'Tidak ada transfer data pribadi ke luar wilayah hukum Negara Republik Indonesia. Aplikasi bekerja luring; data tidak dikirim ke layanan internet.',
  security:
    'Basis data di komputer kantor, NIK disamarkan di layar, cetakan dan ekspor secara bawaan; setiap pembukaan NIK dan ekspor tercatat di riwayat perubahan; ' +
    'ekspor ke flashdisk dapat dienkripsi (ZIP AES-256) dan paket data berisi data lengkap selalu dienkripsi; cadangan otomatis harian; ' +
    'akses per konsultan dengan PIN; log aplikasi tidak memuat NIK, nomor telepon atau alamat.',
};
