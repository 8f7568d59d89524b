/**
 * KBLI 2020 (Peraturan BPS No. 2 Tahun 2020): the 21 categories with their divisions, and a
 * curated list of five-digit codes that UMKM in a klinik bisnis commonly register. Titles follow
 * the official wording (letter case normalised). Codes not on this list are still valid KBLI codes
 * if their division exists; the list only feeds the picker. `keywords` are everyday words people
 * use for the activity, so "laundry" or "sablon" finds the code.
 */

export type KbliCategoryLetter =
  | 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K'
  | 'L' | 'M' | 'N' | 'O' | 'P' | 'Q' | 'R' | 'S' | 'T' | 'U';

export interface KbliCategory {
  letter: KbliCategoryLetter;
  title: string;
  /** Two-digit divisions (golongan pokok) in this category. */
  divisions: readonly string[];
}

function range(from: number, to: number): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d++) out.push(String(d).padStart(2, '0'));
  return out;
}

export const KBLI_CATEGORIES: readonly KbliCategory[] = [
  { letter: 'A', title: 'Pertanian, Kehutanan dan Perikanan', divisions: range(1, 3) },
  { letter: 'B', title: 'Pertambangan dan Penggalian', divisions: range(5, 9) },
  { letter: 'C', title: 'Industri Pengolahan', divisions: range(10, 33) },
  { letter: 'D', title: 'Pengadaan Listrik, Gas, Uap/Air Panas dan Udara Dingin', divisions: ['35'] },
  {
    letter: 'E',
    title: 'Treatment Air, Treatment Air Limbah, Treatment dan Pemulihan Material Sampah, dan Aktivitas Remediasi',
    divisions: range(36, 39),
  },
  { letter: 'F', title: 'Konstruksi', divisions: range(41, 43) },
  {
    letter: 'G',
    title: 'Perdagangan Besar dan Eceran; Reparasi dan Perawatan Mobil dan Sepeda Motor',
    divisions: range(45, 47),
  },
  { letter: 'H', title: 'Pengangkutan dan Pergudangan', divisions: range(49, 53) },
  { letter: 'I', title: 'Penyediaan Akomodasi dan Penyediaan Makan Minum', divisions: range(55, 56) },
  { letter: 'J', title: 'Informasi dan Komunikasi', divisions: range(58, 63) },
  { letter: 'K', title: 'Aktivitas Keuangan dan Asuransi', divisions: range(64, 66) },
  { letter: 'L', title: 'Real Estat', divisions: ['68'] },
  { letter: 'M', title: 'Aktivitas Profesional, Ilmiah dan Teknis', divisions: range(69, 75) },
  {
    letter: 'N',
    title:
      'Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi, Ketenagakerjaan, Agen Perjalanan dan Penunjang Usaha Lainnya',
    divisions: range(77, 82),
  },
  { letter: 'O', title: 'Administrasi Pemerintahan, Pertahanan dan Jaminan Sosial Wajib', divisions: ['84'] },
  { letter: 'P', title: 'Pendidikan', divisions: ['85'] },
  { letter: 'Q', title: 'Aktivitas Kesehatan Manusia dan Aktivitas Sosial', divisions: range(86, 88) },
  { letter: 'R', title: 'Kesenian, Hiburan dan Rekreasi', divisions: range(90, 93) },
  { letter: 'S', title: 'Aktivitas Jasa Lainnya', divisions: range(94, 96) },
  {
    letter: 'T',
    title:
      'Aktivitas Rumah Tangga sebagai Pemberi Kerja; Aktivitas yang Menghasilkan Barang dan Jasa oleh Rumah Tangga yang Digunakan untuk Memenuhi Kebutuhan Sendiri',
    divisions: range(97, 98),
  },
  { letter: 'U', title: 'Aktivitas Badan Internasional dan Badan Ekstra Internasional Lainnya', divisions: ['99'] },
];

export interface KbliSeed {
  code: string;
  title: string;
  keywords?: readonly string[];
}

export const KBLI_SEEDS: readonly KbliSeed[] = [
  // A — pertanian, peternakan, perikanan
  { code: '01122', title: 'Pertanian Padi Inbrida', keywords: ['sawah'] },
  { code: '01131', title: 'Pertanian Hortikultura Sayuran Daun', keywords: ['sayur'] },
  { code: '01133', title: 'Pertanian Hortikultura Sayuran Buah', keywords: ['tomat', 'terong'] },
  { code: '01283', title: 'Pertanian Cabai', keywords: ['cabe'] },
  { code: '01262', title: 'Perkebunan Buah Kelapa Sawit', keywords: ['sawit'] },
  { code: '01461', title: 'Budidaya Ayam Ras Pedaging', keywords: ['broiler', 'ternak ayam'] },
  { code: '01462', title: 'Budidaya Ayam Ras Petelur', keywords: ['telur', 'ternak ayam'] },
  { code: '01464', title: 'Budidaya Ayam Lokal dan Persilangannya', keywords: ['ayam kampung'] },
  { code: '01497', title: 'Pembibitan dan Budidaya Burung Walet', keywords: ['sarang walet'] },
  { code: '03221', title: 'Pembesaran Ikan Air Tawar di Kolam', keywords: ['lele', 'nila', 'patin', 'budidaya ikan'] },
  { code: '03222', title: 'Pembesaran Ikan Air Tawar di Karamba Jaring Apung', keywords: ['kja', 'budidaya ikan'] },
  { code: '03226', title: 'Pembenihan Ikan Air Tawar', keywords: ['bibit ikan'] },

  // C — industri makanan dan minuman
  {
    code: '10130',
    title: 'Industri Pengolahan dan Pengawetan Produk Daging dan Daging Unggas',
    keywords: ['abon', 'dendeng', 'sosis', 'bakso'],
  },
  { code: '10211', title: 'Industri Penggaraman/Pengeringan Ikan', keywords: ['ikan asin'] },
  { code: '10212', title: 'Industri Pengasapan/Pemanggangan Ikan', keywords: ['ikan asap', 'ikan salai'] },
  {
    code: '10216',
    title: 'Industri Berbasis Daging Lumatan dan Surimi',
    keywords: ['bakso ikan', 'nugget ikan', 'otak-otak', 'pempek'],
  },
  { code: '10330', title: 'Industri Pengolahan Sari Buah dan Sayuran', keywords: ['jus'] },
  { code: '10391', title: 'Industri Tempe Kedelai' },
  { code: '10392', title: 'Industri Tahu Kedelai' },
  {
    code: '10399',
    title: 'Industri Pengolahan dan Pengawetan Lainnya Buah-buahan dan Sayuran Bukan Kacang-kacangan',
    keywords: ['asinan', 'acar'],
  },
  { code: '10423', title: 'Industri Minyak Goreng Kelapa', keywords: ['vco', 'minyak kelapa'] },
  { code: '10510', title: 'Industri Pengolahan Susu Segar dan Krim', keywords: ['susu pasteurisasi', 'yoghurt'] },
  { code: '10531', title: 'Industri Pengolahan Es Krim', keywords: ['gelato'] },
  {
    code: '10532',
    title: 'Industri Pengolahan Es Sejenisnya yang Dapat Dimakan (Bukan Es Batu dan Es Balok)',
    keywords: ['es lilin', 'es mambo', 'es puter'],
  },
  { code: '10614', title: 'Industri Tepung Campuran dan Adonan Tepung', keywords: ['tepung bumbu'] },
  { code: '10631', title: 'Industri Penggilingan Padi dan Penyosohan Beras', keywords: ['penggilingan beras'] },
  { code: '10710', title: 'Industri Produk Roti dan Kue', keywords: ['bakery', 'kue kering', 'donat', 'bolu'] },
  { code: '10722', title: 'Industri Gula Merah', keywords: ['gula aren', 'gula semut'] },
  { code: '10732', title: 'Industri Makanan dari Cokelat dan Kembang Gula dari Cokelat', keywords: ['coklat'] },
  { code: '10734', title: 'Industri Kembang Gula', keywords: ['permen'] },
  { code: '10740', title: 'Industri Makaroni, Mie dan Produk Sejenisnya', keywords: ['mi', 'bihun'] },
  {
    code: '10750',
    title: 'Industri Makanan dan Masakan Olahan',
    keywords: ['frozen food', 'makanan beku', 'nugget', 'rendang kemasan'],
  },
  { code: '10761', title: 'Industri Pengolahan Kopi', keywords: ['kopi bubuk', 'roasting'] },
  { code: '10762', title: 'Industri Pengolahan Herbal (Herb Infusion)', keywords: ['teh herbal', 'wedang'] },
  { code: '10763', title: 'Industri Pengolahan Teh' },
  { code: '10771', title: 'Industri Kecap' },
  { code: '10772', title: 'Industri Bumbu Masak dan Penyedap Masakan', keywords: ['sambal', 'bumbu pecel'] },
  { code: '10773', title: 'Industri Produk Masak dari Kelapa', keywords: ['santan', 'kelapa parut'] },
  { code: '10779', title: 'Industri Produk Masak Lainnya', keywords: ['terasi', 'petis'] },
  { code: '10792', title: 'Industri Kue Basah', keywords: ['lemper', 'kue lapis', 'lumpia', 'martabak', 'tape'] },
  {
    code: '10793',
    title: 'Industri Makanan dari Kedele dan Kacang-kacangan Lainnya Bukan Kecap, Tempe dan Tahu',
    keywords: ['kacang goreng', 'susu kedelai'],
  },
  {
    code: '10794',
    title: 'Industri Kerupuk, Keripik, Peyek dan Sejenisnya',
    keywords: ['kripik', 'amplang', 'rengginang', 'basreng', 'makanan ringan'],
  },
  { code: '10796', title: 'Industri Dodol', keywords: ['lempok', 'jenang'] },
  { code: '10799', title: 'Industri Produk Makanan Lainnya', keywords: ['madu kemasan'] },
  { code: '11040', title: 'Industri Minuman Ringan', keywords: ['minuman kemasan'] },
  { code: '11051', title: 'Industri Air Kemasan', keywords: ['air mineral'] },
  { code: '11052', title: 'Industri Air Minum Isi Ulang', keywords: ['depot air', 'galon'] },

  // C — tekstil, pakaian, kulit
  { code: '13121', title: 'Industri Pertenunan (Bukan Pertenunan Karung Goni dan Karung Lainnya)', keywords: ['tenun'] },
  { code: '13122', title: 'Industri Kain Tenun Ikat', keywords: ['ulap doyo', 'tenun'] },
  { code: '13133', title: 'Industri Pencetakan Kain', keywords: ['sablon', 'sablon kaos', 'printing kain'] },
  { code: '13134', title: 'Industri Batik', keywords: ['sasirangan'] },
  {
    code: '13921',
    title: 'Industri Barang Jadi Tekstil untuk Keperluan Rumah Tangga',
    keywords: ['seprei', 'gorden', 'taplak'],
  },
  { code: '13929', title: 'Industri Barang Jadi Tekstil Lainnya', keywords: ['tenda', 'bendera', 'tas kain'] },
  { code: '14111', title: 'Industri Pakaian Jadi (Konveksi) dari Tekstil', keywords: ['kaos', 'seragam'] },
  { code: '14120', title: 'Penjahitan dan Pembuatan Pakaian Sesuai Pesanan', keywords: ['penjahit', 'jahit'] },
  {
    code: '14131',
    title: 'Industri Perlengkapan Pakaian dari Tekstil',
    keywords: ['kerudung', 'jilbab', 'mukena', 'topi'],
  },
  { code: '14301', title: 'Industri Pakaian Jadi Rajutan', keywords: ['rajut'] },
  { code: '14302', title: 'Industri Pakaian Jadi Sulaman/Bordir' },
  {
    code: '15121',
    title: 'Industri Barang dari Kulit dan Kulit Komposisi untuk Keperluan Pribadi',
    keywords: ['tas kulit', 'dompet'],
  },
  { code: '15201', title: 'Industri Alas Kaki untuk Keperluan Sehari-hari', keywords: ['sandal', 'sepatu'] },

  // C — kayu, kerajinan, kemasan, cetak, kimia rumahan, furnitur
  { code: '16292', title: 'Industri Barang Anyaman dari Tanaman Bukan Rotan dan Bambu', keywords: ['anyaman', 'purun'] },
  { code: '16293', title: 'Industri Kerajinan Ukiran dari Kayu Bukan Mebeller', keywords: ['ukiran'] },
  { code: '16299', title: 'Industri Barang dari Kayu, Rotan, Gabus Lainnya YTDL', keywords: ['anyaman rotan'] },
  { code: '17022', title: 'Industri Kemasan dan Kotak dari Kertas dan Karton', keywords: ['kardus', 'packaging'] },
  { code: '18111', title: 'Industri Pencetakan Umum', keywords: ['percetakan', 'sablon', 'undangan', 'stiker'] },
  { code: '18120', title: 'Kegiatan Jasa Penunjang Pencetakan', keywords: ['desain grafis cetak', 'jilid'] },
  { code: '20231', title: 'Industri Sabun dan Bahan Pembersih Keperluan Rumah Tangga', keywords: ['sabun cuci'] },
  { code: '20232', title: 'Industri Kosmetik untuk Manusia, Termasuk Pasta Gigi', keywords: ['skincare', 'sabun mandi'] },
  { code: '20294', title: 'Industri Minyak Atsiri', keywords: ['minyak serai', 'minyak nilam'] },
  { code: '21022', title: 'Industri Produk Obat Tradisional untuk Manusia', keywords: ['jamu', 'herbal'] },
  { code: '22220', title: 'Industri Barang dari Plastik untuk Pengemasan', keywords: ['kemasan plastik'] },
  { code: '23932', title: 'Industri Perlengkapan Rumah Tangga dari Tanah Liat/Keramik', keywords: ['gerabah'] },
  { code: '31001', title: 'Industri Furnitur dari Kayu', keywords: ['mebel', 'meubel', 'lemari'] },
  { code: '31002', title: 'Industri Furnitur dari Rotan dan atau Bambu', keywords: ['mebel rotan'] },
  { code: '32120', title: 'Industri Perhiasan Imitasi dan Barang Sejenis', keywords: ['aksesoris'] },
  { code: '32903', title: 'Industri Kerajinan YTDL', keywords: ['manik-manik', 'suvenir', 'souvenir'] },

  // G — reparasi kendaraan, perdagangan
  { code: '45201', title: 'Reparasi Mobil', keywords: ['bengkel mobil'] },
  { code: '45202', title: 'Pencucian dan Salon Mobil', keywords: ['cuci mobil'] },
  { code: '45406', title: 'Perdagangan Eceran Suku Cadang Sepeda Motor dan Aksesorinya', keywords: ['sparepart motor'] },
  { code: '45407', title: 'Reparasi dan Perawatan Sepeda Motor', keywords: ['bengkel motor', 'servis motor', 'tambal ban'] },
  { code: '46900', title: 'Perdagangan Besar Berbagai Macam Barang', keywords: ['grosir', 'distributor'] },
  {
    code: '47111',
    title: 'Perdagangan Eceran Berbagai Macam Barang yang Utamanya Makanan, Minuman atau Tembakau di Minimarket/Supermarket/Hypermarket',
    keywords: ['swalayan'],
  },
  {
    code: '47112',
    title:
      'Perdagangan Eceran Berbagai Macam Barang yang Utamanya Makanan, Minuman atau Tembakau Bukan di Minimarket/Supermarket/Hypermarket (Tradisional)',
    keywords: ['sembako', 'warung', 'kelontong', 'toko kelontong'],
  },
  { code: '47212', title: 'Perdagangan Eceran Buah-buahan' },
  { code: '47213', title: 'Perdagangan Eceran Sayuran', keywords: ['sayur'] },
  { code: '47214', title: 'Perdagangan Eceran Hasil Peternakan', keywords: ['telur', 'daging'] },
  { code: '47215', title: 'Perdagangan Eceran Hasil Perikanan', keywords: ['ikan'] },
  { code: '47241', title: 'Perdagangan Eceran Beras' },
  { code: '47242', title: 'Perdagangan Eceran Roti, Kue Kering, serta Kue Basah dan Sejenisnya', keywords: ['toko kue'] },
  { code: '47249', title: 'Perdagangan Eceran Makanan Lainnya', keywords: ['oleh-oleh'] },
  { code: '47711', title: 'Perdagangan Eceran Pakaian', keywords: ['butik', 'baju'] },
  { code: '47712', title: 'Perdagangan Eceran Sepatu, Sandal dan Alas Kaki Lainnya' },
  { code: '47724', title: 'Perdagangan Eceran Kosmetik untuk Manusia', keywords: ['skincare'] },
  {
    code: '47781',
    title: 'Perdagangan Eceran Barang Kerajinan dari Kayu, Bambu, Rotan, Pandan, Rumput dan Sejenisnya',
    keywords: ['suvenir', 'souvenir', 'oleh-oleh'],
  },
  {
    code: '47822',
    title: 'Perdagangan Eceran Kaki Lima dan Los Pasar Roti, Kue Kering, Kue Basah dan Sejenisnya',
    keywords: ['jajanan pasar'],
  },
  {
    code: '47911',
    title: 'Perdagangan Eceran Melalui Media untuk Komoditi Makanan, Minuman, Tembakau, Kimia, Farmasi, Kosmetik dan Alat Laboratorium',
    keywords: ['online', 'e-commerce', 'marketplace', 'jualan online'],
  },
  {
    code: '47912',
    title: 'Perdagangan Eceran Melalui Media untuk Komoditi Tekstil, Pakaian, Alas Kaki dan Barang Keperluan Pribadi',
    keywords: ['online', 'e-commerce', 'marketplace', 'fashion online'],
  },
  {
    code: '47913',
    title: 'Perdagangan Eceran Melalui Media untuk Barang Perlengkapan Rumah Tangga dan Perlengkapan Dapur',
    keywords: ['online', 'e-commerce', 'marketplace'],
  },
  {
    code: '47914',
    title: 'Perdagangan Eceran Melalui Media untuk Barang Campuran sebagaimana Tersebut dalam 47911 s.d. 47913',
    keywords: ['online', 'e-commerce', 'marketplace'],
  },
  {
    code: '47919',
    title: 'Perdagangan Eceran Melalui Media untuk Berbagai Macam Barang Lainnya',
    keywords: ['online', 'e-commerce', 'marketplace'],
  },
  {
    code: '47992',
    title: 'Perdagangan Eceran Keliling Komoditi Makanan, Minuman atau Tembakau Hasil Industri Pengolahan',
    keywords: ['pedagang keliling'],
  },

  // I — akomodasi, makan minum
  { code: '55130', title: 'Pondok Wisata', keywords: ['homestay'] },
  { code: '55900', title: 'Penyediaan Akomodasi Lainnya', keywords: ['kos', 'kost', 'asrama'] },
  { code: '56101', title: 'Restoran' },
  { code: '56102', title: 'Rumah/Warung Makan', keywords: ['warteg', 'rumah makan', 'warung makan'] },
  { code: '56103', title: 'Kedai Makanan', keywords: ['tenda', 'lesehan', 'pecel lele'] },
  { code: '56104', title: 'Penyediaan Makanan Keliling/Tempat Tidak Tetap', keywords: ['gerobak', 'kaki lima'] },
  { code: '56109', title: 'Restoran dan Penyediaan Makanan Keliling Lainnya', keywords: ['kantin'] },
  { code: '56210', title: 'Jasa Boga untuk Suatu Event Tertentu (Event Catering)', keywords: ['katering', 'catering'] },
  { code: '56290', title: 'Penyediaan Jasa Boga Periode Tertentu', keywords: ['katering', 'catering', 'rantangan'] },
  { code: '56303', title: 'Rumah Minum/Kafe', keywords: ['cafe', 'kedai kopi', 'coffee shop', 'warung kopi'] },
  { code: '56304', title: 'Kedai Minuman', keywords: ['es teh', 'boba', 'jus'] },
  { code: '56305', title: 'Rumah/Kedai Obat Tradisional', keywords: ['jamu'] },
  { code: '56306', title: 'Penyediaan Minuman Keliling/Tempat Tidak Tetap', keywords: ['minuman keliling'] },

  // S — reparasi barang, jasa perorangan
  { code: '95110', title: 'Reparasi Komputer dan Peralatan Sejenisnya', keywords: ['servis laptop', 'servis komputer'] },
  { code: '95120', title: 'Reparasi Peralatan Komunikasi', keywords: ['servis hp', 'servis handphone'] },
  { code: '95210', title: 'Reparasi Alat-alat Elektronik Konsumen', keywords: ['servis tv', 'servis elektronik'] },
  {
    code: '95220',
    title: 'Reparasi Peralatan Rumah Tangga dan Peralatan Rumah dan Kebun',
    keywords: ['servis ac', 'servis kulkas'],
  },
  { code: '95230', title: 'Reparasi Alas Kaki dan Barang dari Kulit', keywords: ['sol sepatu'] },
  { code: '95291', title: 'Aktivitas Vermak Pakaian', keywords: ['permak'] },
  { code: '96111', title: 'Aktivitas Pangkas Rambut', keywords: ['barbershop', 'cukur'] },
  { code: '96112', title: 'Aktivitas Salon Kecantikan', keywords: ['salon', 'rias'] },
  { code: '96121', title: 'Rumah Pijat', keywords: ['pijat', 'refleksi'] },
  { code: '96200', title: 'Aktivitas Penatu', keywords: ['laundry', 'binatu', 'cuci kiloan'] },
  { code: '96990', title: 'Aktivitas Jasa Perorangan Lainnya YTDL', keywords: ['rias pengantin'] },
];
