/**
 * Word lists for generated business profiles: names people in East Kalimantan give their
 * businesses, owners' names (Javanese, Banjar, Bugis, Kutai and Dayak among them), places,
 * streets and products. Realistic enough that word frequencies in the search index look like a
 * real province's: a few very common words ("warung", "siti"), a long tail of rare ones.
 */

export const FEMALE_GIVEN = [
  'Siti', 'Nur', 'Sri', 'Dewi', 'Rahmawati', 'Fitri', 'Wulan', 'Rina', 'Yuliana', 'Aminah',
  'Masitah', 'Norhayati', 'Rusmini', 'Mariana', 'Hasnah', 'Nurul', 'Ayu', 'Murni', 'Ratna', 'Endang',
  'Suryani', 'Kartini', 'Hartati', 'Herlina', 'Nurhayati', 'Jumiati', 'Saniah', 'Salmah', 'Rosita', 'Dayang', 'Halimah', 'Farida', 'Indah', 'Puspita', 'Anisa', 'Putri',
  'Dinda', 'Nadia', 'Aulia', 'Rahmah', 'Jamilah', 'Mardiana', 'Sumiati', 'Yanti', 'Wahyuni', 'Eka',
  'Fatimah', 'Khadijah', 'Rukmini', 'Suharti', 'Sulastri', 'Utami', 'Novita', 'Irma', 'Erna', 'Lina',
  'Asmah', 'Badariah', 'Fauziah', 'Hamidah', 'Inah', 'Zubaidah', 'Nuraini', 'Rosmawati', 'Aisyah', 'Ernawati',
] as const;

export const MALE_GIVEN = [
  'Muhammad', 'Ahmad', 'Budi', 'Agus', 'Hendra', 'Rudi', 'Syamsul', 'Rahmat', 'Arif', 'Andi',
  'Bambang', 'Joko', 'Slamet', 'Heru', 'Eko', 'Dedi',
  'Irfan', 'Fajar', 'Rizky', 'Hasan', 'Abdul', 'Iberahim', 'Gusti', 'Anang', 'Udin', 'Jamal',
  'Saiful', 'Hamzah', 'Darmawan', 'Supriadi', 'Mulyadi', 'Sudirman', 'Baharuddin', 'Amiruddin', 'Hasanuddin', 'Yusuf',
  'Ismail', 'Ridwan', 'Taufik', 'Wahyu', 'Yudi', 'Zainal', 'Aspian', 'Rusdi', 'Samsuri', 'Fahrul',
  'Dimas', 'Bayu', 'Galih', 'Rendy', 'Aldi', 'Ilham', 'Kurnia',
  'Mahmud', 'Junaidi', 'Herman', 'Sutrisno', 'Suparman', 'Wagiman', 'Mansyur', 'Sahrani', 'Masrani', 'Nasrullah',
] as const;

export const FAMILY_NAMES = [
  'Hidayat', 'Saputra', 'Wijaya', 'Setiawan', 'Kurniawan', 'Pratama', 'Nugroho', 'Santoso', 'Rahman', 'Hasan',
  'Kusuma', 'Purnomo', 'Susanto', 'Gunawan', 'Syahrani', 'Noor', 'Arsyad', 'Effendi', 'Hakim', 'Ramadhan',
  'Firmansyah', 'Hidayatullah', 'Maulana', 'Nasution', 'Siregar', 'Simanjuntak', 'Sitompul', 'Tambunan', 'Manurung', 'Lubis',
  'Mappasessu', 'Pattola', 'Daeng', 'Latif', 'Mallarangeng', 'Baso', 'Tahir', 'Mustafa', 'Haris', 'Anshari',
  'Lawing', 'Ngau', 'Anyeq', 'Lejau', 'Hang', 'Juk', 'Ping', 'Bilung', 'Ajang', 'Ibau',
  'Sulaiman', 'Yusran', 'Husain', 'Idris', 'Aminuddin', 'Syarif', 'Sarbini', 'Rasyid', 'Basri', 'Fadli',
] as const;

export const FEMALE_SURNAMES = ['Lestari', 'Wati', 'Ningsih', 'Sari', 'Handayani', 'Permatasari', 'Rahayu', 'Susanti', 'Anggraini', 'Fitriani'] as const;

/** Baptismal names, common among Dayak and Batak owners. */
export const CHRISTIAN_GIVEN = {
  L: ['Yohanes', 'Petrus', 'Paulus', 'Stefanus', 'Markus', 'Yosef', 'Ignatius', 'Fransiskus', 'Antonius', 'Benediktus'],
  P: ['Lusia', 'Maria', 'Theresia', 'Yohana', 'Agustina', 'Magdalena', 'Veronika', 'Elisabeth', 'Katarina', 'Monika'],
} as const;
export const DAYAK_SURNAMES = ['Lawing', 'Ngau', 'Anyeq', 'Lejau', 'Hang', 'Juk', 'Ping', 'Bilung', 'Ajang', 'Ibau', 'Lung', 'Hajang'] as const;

/** Places people name businesses after: Kaltim cities, rivers and words of pride. */
export const PLACES = [
  'Mahakam', 'Samarinda', 'Balikpapan', 'Tenggarong', 'Bontang', 'Sangatta', 'Tanah Grogot', 'Penajam', 'Sendawar', 'Tanjung Redeb',
  'Borneo', 'Kaltim', 'Etam', 'Benua Etam', 'Tepian', 'Lamin', 'Khatulistiwa', 'Kutai', 'Loa Janan', 'Sungai Kunjang',
  'Sempaja', 'Lempake', 'Loa Kulu', 'Muara Badak', 'Kota Bangun', 'Samboja', 'Sepinggan', 'Klandasan', 'Derawan', 'Maratua',
  'Long Bagun', 'Melak', 'Nusantara', 'IKN', 'Manggar', 'Kariangau', 'Teluk Bayur', 'Berau', 'Paser', 'Mahulu',
] as const;

/** Cities for "Khas …" (a speciality of …). */
export const SPECIALITY_PLACES = ['Samarinda', 'Balikpapan', 'Tenggarong', 'Bontang', 'Berau', 'Kaltim', 'Kutai', 'Paser', 'Sangatta', 'Penajam'] as const;

/** Words of good fortune that fill names like "Toko Kelontong Berkah" or "CV Maju Jaya". */
export const BLESSINGS = [
  'Berkah', 'Barokah', 'Rezeki', 'Amanah', 'Sejahtera', 'Mandiri', 'Jaya', 'Makmur', 'Sentosa', 'Abadi',
  'Lestari', 'Bersama', 'Harapan', 'Mulia', 'Indah', 'Baru', 'Tunggal', 'Sukses', 'Maju', 'Bahagia',
  'Karya', 'Cahaya', 'Mutiara', 'Permata', 'Idaman', 'Sederhana', 'Setia', 'Kencana', 'Putra', 'Putri',
  'Keluarga', 'Rizki', 'Ikhlas', 'Fajar', 'Anugrah', 'Sinar', 'Sumber', 'Utama', 'Prima', 'Gemilang',
] as const;

/** Two-word pairs for legal-entity names: "Maju Jaya", "Sumber Rezeki". */
export const BLESSING_PAIRS = [
  ['Maju', 'Jaya'], ['Sumber', 'Rezeki'], ['Karya', 'Mandiri'], ['Cahaya', 'Abadi'], ['Sinar', 'Harapan'],
  ['Berkah', 'Sejahtera'], ['Putra', 'Borneo'], ['Mitra', 'Usaha'], ['Tunggal', 'Jaya'], ['Anugrah', 'Lestari'],
  ['Mahakam', 'Makmur'], ['Bintang', 'Timur'], ['Sentosa', 'Abadi'], ['Sukses', 'Bersama'], ['Etam', 'Mandiri'],
] as const;

export const STREETS = [
  'Pangeran Antasari', 'Juanda', 'Gatot Subroto', 'Jend. Sudirman', 'Ahmad Yani', 'Pahlawan', 'Slamet Riyadi', 'Dr. Soetomo',
  'MT Haryono', 'P. Suryanata', 'KH Wahid Hasyim', 'Cendana', 'Merdeka', 'Kadrie Oening', 'Siradj Salman', 'Mulawarman',
  'Soekarno Hatta', 'Sultan Hasanuddin', 'Gunung Lingai', 'Letjen Suprapto', 'Pramuka', 'Banggeris', 'Wolter Monginsidi',
  'Bhayangkara', 'Imam Bonjol', 'Diponegoro', 'Agus Salim', 'Mayjen Sutoyo', 'Poros Samarinda-Bontang', 'Kesuma Bangsa',
] as const;

export const TAGS = [
  'binaan-plut', 'pelatihan-sablon', 'pelatihan-kue', 'pelatihan-es-krim', 'halal-gratis', 'kur',
  'rest-area', 'wirausaha-muda', 'naik-kelas', 'pameran-2025', 'ekspor', 'digitalisasi',
] as const;

/**
 * Kinds of business with the KBLI code they register under, how common they are, the words
 * their names start with, the outlet words that may precede those, and what they sell.
 */
export interface BusinessKind {
  kbli: string;
  weight: number;
  heads: readonly string[];
  outlets?: readonly string[];
  products: readonly string[];
  food?: boolean;
}

export const BUSINESS_KINDS: readonly BusinessKind[] = [
  { kbli: '47112', weight: 14, heads: ['Kelontong', 'Sembako', 'Campuran'], outlets: ['Toko', 'Warung'], products: ['sembako', 'beras', 'minyak goreng', 'gula pasir', 'telur', 'mi instan', 'gas elpiji', 'air galon', 'rokok'] },
  { kbli: '56102', weight: 10, heads: ['Warung Makan', 'Rumah Makan', 'Warteg', 'Nasi Kuning', 'Soto Banjar', 'Nasi Campur', 'Ayam Penyet', 'Coto Makassar', 'Ikan Bakar'], products: ['nasi kuning', 'soto banjar', 'ayam goreng', 'ikan bakar', 'nasi campur', 'sayur asam', 'gangan asam'] },
  { kbli: '56103', weight: 5, heads: ['Pecel Lele', 'Bakso', 'Mie Ayam', 'Sate', 'Lalapan', 'Martabak', 'Gorengan', 'Pentol'], outlets: ['Kedai', 'Warung'], products: ['pecel lele', 'bakso', 'mie ayam', 'sate ayam', 'martabak manis', 'pentol bakar'] },
  { kbli: '56303', weight: 4, heads: ['Kedai Kopi', 'Warung Kopi', 'Kopi', 'Cafe'], products: ['kopi susu', 'kopi hitam', 'es kopi', 'roti bakar', 'pisang goreng'] },
  { kbli: '56304', weight: 3, heads: ['Es Teh', 'Boba', 'Jus Buah', 'Es Kelapa Muda'], products: ['es teh', 'boba', 'jus alpukat', 'es kelapa muda'] },
  { kbli: '10710', weight: 7, heads: ['Kue', 'Roti', 'Bolu', 'Donat', 'Bakery', 'Kue Kering'], products: ['kue kering', 'bolu pandan', 'roti manis', 'donat', 'nastar', 'lapis legit', 'bingka'], food: true },
  { kbli: '10792', weight: 4, heads: ['Kue Basah', 'Jajanan Pasar', 'Amparan Tatak', 'Bingka', 'Wadai'], products: ['amparan tatak', 'bingka kentang', 'lemper', 'kue lapis', 'putri salju', 'lumpia', 'wadai'], food: true },
  { kbli: '10794', weight: 5, heads: ['Amplang', 'Keripik', 'Kerupuk', 'Keripik Pisang', 'Rengginang', 'Basreng', 'Kerupuk Ikan'], products: ['amplang ikan pipih', 'amplang bandeng', 'keripik pisang', 'keripik singkong', 'kerupuk udang', 'rengginang', 'basreng'], food: true },
  { kbli: '10216', weight: 1.5, heads: ['Pempek', 'Bakso Ikan', 'Otak-otak', 'Nugget Ikan'], products: ['pempek', 'bakso ikan', 'otak-otak', 'nugget ikan'], food: true },
  { kbli: '10211', weight: 1.5, heads: ['Ikan Asin', 'Ikan Kering'], products: ['ikan asin', 'udang kering', 'teri', 'ebi'], food: true },
  { kbli: '10531', weight: 1.5, heads: ['Es Krim', 'Gelato', 'Es Puter'], products: ['es krim', 'gelato', 'es puter'], food: true },
  { kbli: '10772', weight: 2, heads: ['Sambal', 'Bumbu Dapur', 'Sambal Raja'], products: ['sambal terasi', 'sambal ganja', 'bumbu pecel', 'sambal bawang'], food: true },
  { kbli: '10750', weight: 2, heads: ['Frozen Food', 'Dimsum', 'Nugget', 'Siomay'], products: ['dimsum', 'nugget ayam', 'siomay', 'risol beku'], food: true },
  { kbli: '10761', weight: 1, heads: ['Kopi Bubuk', 'Kopi'], products: ['kopi bubuk robusta', 'kopi liberika', 'kopi luwak'], food: true },
  { kbli: '10722', weight: 0.5, heads: ['Gula Aren', 'Gula Merah'], products: ['gula aren', 'gula semut'], food: true },
  { kbli: '10796', weight: 0.5, heads: ['Lempok Durian', 'Dodol'], products: ['lempok durian', 'dodol ketan'], food: true },
  { kbli: '11052', weight: 2, heads: ['Depot Air Minum', 'Air Isi Ulang'], products: ['air isi ulang', 'galon'], food: true },
  { kbli: '13133', weight: 2, heads: ['Sablon', 'Sablon Kaos', 'Printing', 'Sablon Digital'], products: ['sablon kaos', 'kaos custom', 'sablon plastisol', 'dtf'] },
  { kbli: '13122', weight: 0.5, heads: ['Tenun Ulap Doyo', 'Tenun', 'Sarung Samarinda'], products: ['sarung samarinda', 'ulap doyo', 'kain tenun'] },
  { kbli: '13134', weight: 0.7, heads: ['Batik', 'Batik Kaltim', 'Sasirangan'], products: ['batik tulis', 'batik cap', 'sasirangan'] },
  { kbli: '14120', weight: 3, heads: ['Penjahit', 'Jahit', 'Konveksi', 'Modiste'], products: ['jahit baju', 'seragam sekolah', 'kebaya', 'permak'] },
  { kbli: '14111', weight: 1.5, heads: ['Konveksi', 'Garmen'], products: ['kaos', 'seragam kantor', 'kemeja'] },
  { kbli: '14131', weight: 1, heads: ['Jilbab', 'Hijab', 'Mukena'], products: ['jilbab', 'mukena', 'kerudung'] },
  { kbli: '16292', weight: 0.7, heads: ['Anyaman', 'Manik-manik Dayak', 'Anjat'], products: ['anjat', 'tas manik', 'topi seraung', 'anyaman rotan'] },
  { kbli: '32903', weight: 1, heads: ['Kerajinan', 'Souvenir', 'Manik-manik'], products: ['gantungan kunci', 'manik dayak', 'souvenir kayu ulin'] },
  { kbli: '31001', weight: 1, heads: ['Mebel', 'Meubel', 'Furniture'], products: ['lemari', 'kursi', 'meja kayu ulin'] },
  { kbli: '45407', weight: 3, heads: ['Bengkel Motor', 'Bengkel', 'Servis Motor', 'Tambal Ban'], products: ['servis motor', 'ganti oli', 'tambal ban', 'sparepart'] },
  { kbli: '45202', weight: 1, heads: ['Cuci Mobil', 'Doorsmeer', 'Cuci Motor'], products: ['cuci mobil', 'cuci motor', 'salon mobil'] },
  { kbli: '96200', weight: 3, heads: ['Laundry', 'Binatu', 'Laundry Kiloan'], products: ['cuci kiloan', 'setrika', 'cuci karpet'] },
  { kbli: '96112', weight: 2, heads: ['Salon', 'Salon Kecantikan', 'Rias Pengantin'], products: ['potong rambut', 'creambath', 'rias pengantin'] },
  { kbli: '96111', weight: 1.5, heads: ['Barbershop', 'Pangkas Rambut', 'Cukur'], products: ['potong rambut', 'cukur'] },
  { kbli: '95120', weight: 1.5, heads: ['Servis HP', 'Konter HP', 'Cell', 'Ponsel'], products: ['servis hp', 'pulsa', 'aksesoris hp'] },
  { kbli: '47711', weight: 2, heads: ['Butik', 'Pakaian', 'Fashion', 'Distro'], outlets: ['Toko'], products: ['baju', 'gamis', 'kaos', 'celana'] },
  { kbli: '47911', weight: 1.5, heads: ['Snack', 'Camilan', 'Olshop'], products: ['camilan', 'keripik', 'frozen food', 'kue kering'] },
  { kbli: '47249', weight: 1, heads: ['Oleh-oleh', 'Pusat Oleh-oleh'], outlets: ['Toko'], products: ['amplang', 'kerupuk', 'lempok', 'sarung samarinda'] },
  { kbli: '01464', weight: 1, heads: ['Ternak Ayam', 'Peternakan Ayam'], products: ['ayam kampung', 'telur ayam kampung'] },
  { kbli: '03221', weight: 1, heads: ['Budidaya Lele', 'Kolam Ikan', 'Ikan Nila'], products: ['lele', 'nila', 'patin'] },
  { kbli: '01497', weight: 0.3, heads: ['Sarang Walet', 'Walet'], products: ['sarang walet'] },
  { kbli: '56210', weight: 2, heads: ['Katering', 'Catering', 'Nasi Kotak'], products: ['nasi kotak', 'prasmanan', 'tumpeng'] },
  { kbli: '18111', weight: 1, heads: ['Percetakan', 'Digital Printing', 'Fotokopi'], products: ['undangan', 'stiker', 'spanduk', 'fotokopi'] },
  { kbli: '21022', weight: 0.8, heads: ['Jamu', 'Herbal'], products: ['jamu kunyit asam', 'beras kencur', 'temulawak'], food: true },
  { kbli: '20232', weight: 0.5, heads: ['Skincare', 'Sabun Herbal'], products: ['sabun herbal', 'lulur', 'masker wajah'] },
  { kbli: '55900', weight: 1, heads: ['Kos', 'Kost', 'Kos Putri'], products: ['kamar kos'] },
];

/** Honorifics by gender, as they appear in business names ("Kue Bu Sri", "Bakso Pak Kumis"). */
export const HONORIFICS = {
  P: ['Bu', 'Ibu', 'Mama', 'Acil', 'Mbak', 'Hj.'],
  L: ['Pak', 'Bapak', 'Mas', 'Abah', 'Daeng', 'H.'],
} as const;

/** Given names that are rarely used as a nickname in a business name: the next word is. */
export const NON_NICK_NAMES = new Set(['Muhammad', 'Siti', 'Nur', 'Ahmad', 'Abdul', 'Andi', 'H.', 'Hj.', 'Dayang', 'Gusti']);

export const LEGAL_PREFIXES = [
  ['CV', 'cv'],
  ['UD', 'ud'],
  ['PT', 'pt_perorangan'],
  ['Koperasi', 'koperasi'],
] as const;

export const NOTES = [
  'Perlu pendampingan sertifikasi halal.',
  'Ingin memasarkan produk di marketplace.',
  'Mengajukan KUR ke bank.',
  'Peserta pelatihan kemasan.',
  'Butuh bantuan desain label.',
] as const;

/** Mobile prefixes after +628 (Telkomsel, Indosat, XL, Tri, Smartfren, Axis). */
export const MOBILE_PREFIXES = ['11', '12', '13', '21', '22', '23', '51', '52', '53', '14', '15', '16', '55', '56', '57', '58', '17', '18', '19', '59', '77', '78', '31', '32', '33', '38', '95', '96', '97', '98', '99', '81', '82', '83', '87', '88'] as const;

/** Landline area codes in Kaltim (0541 Samarinda/Kukar, 0542 Balikpapan, 0548 Bontang, 0549 Kutim). */
export const AREA_CODES = ['541', '542', '543', '545', '548', '549', '554'] as const;

/**
 * Syllables for coined brand words ("Malira", "Kesowa"): real name sets have a long tail of words
 * that occur in a handful of profiles, which is what a rare-word search finds.
 */
export const SYLLABLES = [
  'ka', 'ri', 'na', 'so', 'lu', 'me', 'di', 'ra', 'ya', 'ti', 'bu', 'ja', 'ni', 'wa', 'ro', 'sa', 'la', 'ma', 'de', 'ko',
  'zi', 'fa', 'ha', 'nu', 'ge', 'pi', 'to', 'ke', 'mi', 'se',
] as const;
