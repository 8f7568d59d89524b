/**
 * What generated consultations say: per service area, the problems owners bring, what the
 * consultant finds, the advice given, the action items agreed and where the business is referred.
 * `{p}` is one of the business's products, `{n}` a number, `{k}` a place; the generator fills them.
 */
import type { SERVICE_AREAS } from '../../src/shared/contract/consultations';

export type ServiceArea = (typeof SERVICE_AREAS)[number];

export interface AreaTexts {
  complaint: readonly string[];
  diagnosis: readonly string[];
  advice: readonly string[];
  /** [what, who] */
  actions: ReadonlyArray<readonly [string, 'business' | 'consultant']>;
  /** Referral kinds this area leads to, with the notes written beside them. */
  referrals: ReadonlyArray<readonly [string, readonly string[]]>;
}

export const OPENERS = [
  'Pelaku usaha datang ke klinik dan menyampaikan bahwa',
  'Pemilik usaha menceritakan bahwa',
  'Dalam konsultasi ini pemilik menyampaikan bahwa',
  'Ibu pemilik usaha mengeluhkan bahwa',
  'Bapak pemilik usaha menyampaikan bahwa',
  'Melanjutkan konsultasi sebelumnya, pelaku usaha melaporkan bahwa',
  'Pelaku usaha dirujuk oleh dinas dan menyampaikan bahwa',
] as const;

export const CONTEXTS = [
  'Usaha sudah berjalan sekitar {n} tahun dan dikerjakan bersama keluarga.',
  'Saat ini produksi masih dilakukan di dapur rumah dengan dua orang pekerja.',
  'Penjualan selama ini sebagian besar melalui titip jual di warung sekitar {k}.',
  'Pemilik baru saja mengikuti pelatihan dari dinas koperasi dan UKM.',
  'Omzet rata-rata per bulan menurut pemilik sekitar {n} juta rupiah.',
  'Pemilik belum memisahkan uang usaha dengan uang rumah tangga.',
  'Usaha ini menjadi sumber penghasilan utama keluarga.',
] as const;

export const CLOSINGS = [
  'Konsultan akan memantau perkembangan pada pertemuan berikutnya.',
  'Pelaku usaha menyatakan siap menjalankan rencana tindak lanjut yang disepakati.',
  'Disepakati untuk bertemu kembali setelah langkah-langkah di atas dijalankan.',
  'Materi pendukung sudah dikirim melalui WhatsApp.',
] as const;

export const AREA_TEXTS: Record<ServiceArea, AreaTexts> = {
  kelembagaan: {
    complaint: [
      'usaha {p} ingin berubah bentuk menjadi CV agar bisa ikut pengadaan, tetapi belum paham syarat dan biayanya.',
      'kelompok usaha bersama yang dibentuk tahun lalu tidak berjalan karena pembagian tugas dan keuntungan tidak jelas.',
      'pemilik ingin membentuk koperasi bersama para perajin {p} di {k} namun belum tahu langkah pendiriannya.',
      'pencatatan usaha masih bercampur dengan catatan kelompok sehingga sering terjadi salah paham antaranggota.',
    ],
    diagnosis: [
      'Struktur usaha masih perorangan tanpa pembagian peran tertulis; keputusan sepenuhnya ada pada pemilik.',
      'Kelompok belum memiliki AD/ART dan belum ada kesepakatan tertulis tentang modal dan bagi hasil.',
      'Skala usaha saat ini belum memerlukan badan usaha; kebutuhan utama adalah tata kelola dan pencatatan.',
    ],
    advice: [
      'Disarankan menyusun struktur organisasi sederhana dan uraian tugas setiap anggota, lalu menuangkan kesepakatan bagi hasil secara tertulis.',
      'Konsultan menjelaskan perbedaan usaha perorangan, CV dan PT perorangan beserta kewajiban pajaknya; pemilik disarankan tetap perorangan dulu sampai omzet stabil.',
      'Untuk pendirian koperasi, kumpulkan minimal sembilan calon anggota, adakan rapat pendirian, dan siapkan rancangan anggaran dasar bersama pendamping.',
    ],
    actions: [
      ['Menyusun struktur organisasi dan uraian tugas anggota', 'business'],
      ['Membuat draf kesepakatan bagi hasil kelompok', 'business'],
      ['Mengirimkan contoh AD/ART koperasi', 'consultant'],
      ['Menjadwalkan rapat pembentukan dengan calon anggota', 'business'],
    ],
    referrals: [['lainnya', ['Dinas Koperasi dan UKM untuk pendirian koperasi', 'Notaris rekanan untuk akta CV']]],
  },
  sdm: {
    complaint: [
      'pekerja sering keluar masuk sehingga produksi {p} tidak stabil menjelang hari raya.',
      'pemilik kewalahan mengerjakan semuanya sendiri dan belum berani menambah karyawan.',
      'karyawan baru belum terampil sehingga banyak produk {p} yang gagal dan harus dibuang.',
      'pemilik ingin memberi upah yang adil tetapi belum punya patokan perhitungan.',
    ],
    diagnosis: [
      'Belum ada standar kerja tertulis sehingga setiap pekerja bekerja dengan caranya sendiri.',
      'Beban kerja pemilik terlalu besar; pekerjaan yang bisa didelegasikan masih dipegang sendiri.',
      'Sistem upah harian tanpa insentif membuat pekerja kurang terikat pada target produksi.',
    ],
    advice: [
      'Disarankan membuat SOP sederhana bergambar untuk setiap tahap produksi dan menempelkannya di tempat kerja.',
      'Pemilik dianjurkan mencoba sistem upah borongan ditambah bonus bulanan bila target tercapai, dihitung dari catatan produksi harian.',
      'Konsultan menyarankan merekrut satu pekerja paruh waktu untuk pengemasan agar pemilik bisa fokus pada pemasaran.',
    ],
    actions: [
      ['Menyusun SOP produksi bergambar', 'business'],
      ['Mencatat hasil produksi harian per pekerja', 'business'],
      ['Mendaftarkan pekerja ke pelatihan keterampilan', 'consultant'],
      ['Menghitung ulang sistem upah dan insentif', 'business'],
    ],
    referrals: [['lainnya', ['BLK setempat untuk pelatihan pekerja', 'BPJS Ketenagakerjaan untuk pekerja bukan penerima upah']]],
  },
  produksi: {
    complaint: [
      'produk {p} tidak tahan lama, baru tiga hari sudah berjamur atau melempem.',
      'kapasitas produksi hanya sekitar {n} kilogram per hari padahal pesanan terus bertambah.',
      'rasa dan ukuran {p} sering berbeda dari satu produksi ke produksi berikutnya.',
      'harga bahan baku naik sehingga keuntungan dari {p} semakin tipis.',
      'kemasan plastik yang dipakai sekarang sering bocor ketika dikirim ke luar kota.',
    ],
    diagnosis: [
      'Takaran bahan belum dibakukan dan proses pengeringan tidak diukur waktunya, sehingga mutu tidak seragam.',
      'Kemasan belum kedap udara dan tidak ada label tanggal produksi; umur simpan belum pernah diuji.',
      'Peralatan masih manual dan tata letak dapur membuat alur kerja bolak-balik.',
      'Perhitungan harga pokok produksi belum memasukkan penyusutan alat dan biaya gas.',
    ],
    advice: [
      'Disarankan membakukan resep dengan timbangan digital, mencatat suhu dan lama penggorengan, serta mengganti kemasan dengan standing pouch ber-zip dan silica gel.',
      'Konsultan menyarankan menata ulang dapur mengikuti alur bahan baku sampai pengemasan, serta mengajukan bantuan alat spinner peniris minyak.',
      'Pemilik dianjurkan membeli bahan baku langsung ke pengepul dalam jumlah lebih besar bersama pelaku usaha lain untuk menekan harga.',
    ],
    actions: [
      ['Membakukan resep dan takaran bahan', 'business'],
      ['Mengganti kemasan dengan standing pouch ber-zip', 'business'],
      ['Menghitung ulang harga pokok produksi', 'business'],
      ['Mengajukan proposal bantuan peralatan', 'consultant'],
      ['Uji umur simpan produk selama dua minggu', 'business'],
    ],
    referrals: [
      ['dinkes_pirt', ['Penyuluhan keamanan pangan sebagai syarat P-IRT', 'Pemeriksaan sarana produksi rumah tangga']],
      ['bpom', ['Konsultasi izin edar MD untuk produk olahan', 'Klinik UMKM BPOM untuk label gizi']],
    ],
  },
  pemasaran: {
    complaint: [
      'penjualan {p} turun sekitar {n} persen dalam tiga bulan terakhir sejak ada pesaing baru di {k}.',
      'produk {p} hanya laku di sekitar rumah dan pemilik ingin masuk ke toko oleh-oleh.',
      'pemilik belum punya merek dan desain kemasan sehingga produk terlihat kurang menarik.',
      'harga jual ditentukan mengikuti pesaing tanpa menghitung biaya, sehingga sering merugi.',
      'pemilik ingin memasarkan {p} ke luar daerah tetapi belum tahu cara pengirimannya.',
    ],
    diagnosis: [
      'Produk belum punya pembeda yang jelas dari pesaing; kemasan polos tanpa merek dan tanpa informasi kontak.',
      'Pasar sasaran belum ditentukan; produk dijual ke semua kalangan dengan harga yang sama.',
      'Saluran penjualan hanya satu, yaitu titip jual dengan sistem konsinyasi yang pembayarannya lambat.',
      'Harga jual di bawah harga pokok untuk ukuran kemasan kecil.',
    ],
    advice: [
      'Disarankan membuat merek dan label sederhana yang memuat nama produk, komposisi, berat bersih, tanggal kedaluwarsa dan nomor WhatsApp, lalu menawarkan contoh ke tiga toko oleh-oleh di {k}.',
      'Konsultan menyarankan membagi produk menjadi dua ukuran kemasan dengan harga berbeda, serta menghitung harga jual dari harga pokok ditambah margin minimal tiga puluh persen.',
      'Pemilik dianjurkan mengikuti pameran produk UMKM berikutnya dan menyiapkan katalog harga untuk reseller.',
    ],
    actions: [
      ['Membuat desain label dan merek produk', 'business'],
      ['Menawarkan contoh produk ke tiga toko oleh-oleh', 'business'],
      ['Menyusun daftar harga reseller', 'business'],
      ['Menghubungkan dengan pengelola gerai UMKM', 'consultant'],
      ['Mendaftarkan produk ke pameran berikutnya', 'consultant'],
    ],
    referrals: [
      ['marketplace', ['Pendampingan membuka toko di marketplace', 'Program onboarding UMKM marketplace']],
      ['djki_merek', ['Pendaftaran merek melalui fasilitasi dinas', 'Penelusuran merek sebelum didaftarkan']],
    ],
  },
  pembiayaan: {
    complaint: [
      'pemilik butuh tambahan modal sekitar {n} juta rupiah untuk membeli peralatan tetapi takut berutang ke bank.',
      'pengajuan KUR sebelumnya ditolak karena tidak ada catatan keuangan.',
      'uang hasil penjualan {p} habis untuk kebutuhan rumah tangga sehingga sulit membeli bahan baku.',
      'pemilik terjerat pinjaman online dengan bunga tinggi untuk menutup modal usaha.',
    ],
    diagnosis: [
      'Tidak ada pembukuan; pemilik tidak tahu laba bersih per bulan maupun perputaran kas usaha.',
      'Kebutuhan modal sebenarnya lebih kecil dari yang diajukan bila persediaan bahan dikelola lebih baik.',
      'Usaha layak dibiayai KUR mikro, tetapi dokumen NIB dan catatan penjualan enam bulan belum ada.',
    ],
    advice: [
      'Disarankan memisahkan rekening usaha dan rekening pribadi, menggaji diri sendiri secara tetap, serta mencatat pemasukan dan pengeluaran harian di buku kas sederhana atau aplikasi.',
      'Konsultan menjelaskan skema KUR mikro tanpa agunan tambahan sampai seratus juta rupiah beserta dokumen yang diperlukan; pemilik disarankan mengajukan setelah catatan penjualan tiga bulan tersedia.',
      'Pemilik dianjurkan melunasi pinjaman online terlebih dahulu dengan menjual persediaan yang menumpuk, dan tidak menambah pinjaman baru.',
    ],
    actions: [
      ['Membuka rekening khusus usaha', 'business'],
      ['Mencatat pemasukan dan pengeluaran harian', 'business'],
      ['Menyiapkan dokumen pengajuan KUR', 'business'],
      ['Menghubungi petugas KUR bank penyalur', 'consultant'],
      ['Menyusun laporan laba rugi tiga bulan', 'business'],
    ],
    referrals: [['bank_kur', ['Pengajuan KUR mikro ke bank penyalur terdekat', 'Konsultasi skema KUR super mikro', 'Pendampingan wawancara kredit']]],
  },
  legalitas: {
    complaint: [
      'pemilik belum memiliki NIB dan tidak tahu cara mendaftar di OSS.',
      'toko modern meminta nomor P-IRT dan sertifikat halal sebelum mau menerima {p}.',
      'sertifikat P-IRT yang dimiliki sudah habis masa berlakunya dan harus diperpanjang.',
      'pemilik khawatir nama merek {p} dipakai orang lain karena produknya mulai dikenal.',
    ],
    diagnosis: [
      'Usaha memenuhi syarat NIB risiko rendah; pemilik hanya perlu akun OSS dan NIK yang aktif.',
      'Produk termasuk pangan olahan risiko rendah yang bisa mengurus P-IRT dan sertifikat halal melalui jalur pernyataan pelaku usaha.',
      'Bahan baku sudah bersertifikat halal kecuali bumbu tambahan yang dibeli curah.',
    ],
    advice: [
      'Konsultan membantu membuat akun OSS dan menerbitkan NIB saat konsultasi; pemilik disarankan mencetak dan menyimpan NIB beserta lampirannya.',
      'Disarankan mengikuti penyuluhan keamanan pangan untuk P-IRT, lalu mendaftar sertifikasi halal gratis melalui pendamping proses produk halal.',
      'Pemilik dianjurkan mendaftarkan merek di DJKI dengan tarif UMKM setelah memastikan nama belum dipakai pihak lain.',
    ],
    actions: [
      ['Mendaftar NIB melalui OSS', 'business'],
      ['Mengikuti penyuluhan keamanan pangan', 'business'],
      ['Mendaftar sertifikasi halal jalur self declare', 'business'],
      ['Menghubungkan dengan pendamping PPH', 'consultant'],
      ['Mengunggah dokumen permohonan merek', 'business'],
    ],
    referrals: [
      ['dinkes_pirt', ['Perpanjangan P-IRT yang sudah habis', 'Pendaftaran P-IRT baru']],
      ['bpjph_halal', ['Sertifikasi halal gratis (SEHATI)', 'Pendamping proses produk halal']],
      ['djki_merek', ['Permohonan merek tarif UMKM']],
    ],
  },
  digital: {
    complaint: [
      'akun media sosial usaha sepi pengunjung walaupun sudah rutin mengunggah foto {p}.',
      'pemilik ingin berjualan di marketplace tetapi bingung mengatur ongkos kirim dan foto produk.',
      'pembeli sering meminta pembayaran nontunai tetapi usaha belum punya QRIS.',
      'pesanan lewat WhatsApp sering terlewat karena tercampur dengan pesan pribadi.',
    ],
    diagnosis: [
      'Foto produk gelap dan tidak konsisten; keterangan produk tidak memuat harga, berat dan cara pesan.',
      'Belum ada akun WhatsApp Business dan katalog, sehingga pesanan sulit dilacak.',
      'Pemilik menguasai ponsel dengan baik sehingga siap memakai aplikasi kasir sederhana.',
    ],
    advice: [
      'Disarankan memakai WhatsApp Business dengan katalog, pesan sambutan dan label pesanan, serta memotret produk di dekat jendela dengan latar polos.',
      'Konsultan membantu mendaftarkan QRIS melalui bank dan menjelaskan cara mencocokkan mutasi rekening dengan catatan penjualan.',
      'Pemilik dianjurkan membuka toko di satu marketplace dulu, mengisi deskripsi lengkap, dan menghitung ongkos kemasan dalam harga jual.',
    ],
    actions: [
      ['Membuat akun WhatsApp Business dan katalog', 'business'],
      ['Memotret ulang produk dengan latar polos', 'business'],
      ['Mendaftarkan QRIS usaha', 'business'],
      ['Mengadakan sesi praktik unggah produk ke marketplace', 'consultant'],
    ],
    referrals: [['marketplace', ['Kelas onboarding marketplace', 'Program gratis ongkir UMKM']]],
  },
  jaringan: {
    complaint: [
      'pemilik ingin menjadi pemasok {p} untuk hotel dan katering di {k} tetapi belum punya kenalan.',
      'pasokan bahan baku sering terlambat dari pemasok langganan.',
      'pemilik ingin ikut pameran di luar daerah tetapi biayanya terlalu besar untuk ditanggung sendiri.',
    ],
    diagnosis: [
      'Produk sudah layak dipasok ke pembeli institusi, tetapi belum ada profil usaha dan daftar harga grosir.',
      'Ketergantungan pada satu pemasok bahan baku membuat produksi sering terhenti.',
    ],
    advice: [
      'Disarankan menyiapkan profil usaha satu halaman dan contoh produk, lalu konsultan akan mempertemukan pemilik dengan pengelola rantai pasok hotel.',
      'Pemilik dianjurkan mencari dua pemasok cadangan dan bergabung dengan kelompok usaha sejenis untuk berbagi biaya pameran.',
    ],
    actions: [
      ['Menyiapkan profil usaha dan daftar harga grosir', 'business'],
      ['Mempertemukan dengan pengelola rantai pasok hotel', 'consultant'],
      ['Mencari dua pemasok bahan baku cadangan', 'business'],
      ['Mengusulkan keikutsertaan pameran bersama', 'consultant'],
    ],
    referrals: [['lainnya', ['Forum kemitraan UMKM dengan BUMN', 'Asosiasi perhotelan untuk temu bisnis']]],
  },
};

/** Written on follow-ups when they are closed. */
export const OUTCOMES = [
  'Sudah dilaksanakan, bukti dikirim lewat WhatsApp.',
  'Selesai; hasilnya dibahas pada konsultasi berikutnya.',
  'Sudah dikerjakan sebagian, sisanya menyusul.',
  'Selesai sesuai rencana.',
  'Dokumen sudah diterima konsultan.',
] as const;

export const CANCEL_REASONS = [
  'Pelaku usaha membatalkan rencana.',
  'Tidak relevan lagi setelah usaha pindah lokasi.',
  'Digantikan rencana baru pada konsultasi berikutnya.',
  'Pelaku usaha tidak dapat dihubungi.',
] as const;

/** Consultants' academic titles, as they sign reports. */
export const DEGREES = ['S.E.', 'S.E., M.M.', 'S.Kom.', 'S.P.', 'S.T.', 'S.Sos.', 'S.H.', 'M.Si.', 'S.Ak.', 'S.TP.'] as const;
