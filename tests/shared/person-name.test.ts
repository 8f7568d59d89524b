import { describe, expect, it } from 'vitest';
import {
  businessNameIndexWords,
  compareBusinessNames,
  comparePersonNames,
  HOPELESS_NAME_SCORE,
  LIKELY_SAME_PERSON,
  nameMatcher,
  parsePersonName,
  personNameIndexWords,
  placeRelation,
  spellingKey,
  weighByPlace,
  type NameComparison,
  type PlaceRelation,
} from '../../src/shared/domain/person-name';
import { LIKELY_SAME_NAME } from '../../src/shared/domain/names';

type Pair = [a: string, b: string, same: boolean, where?: PlaceRelation];

/**
 * Owner names as consultants type them. `same` is whether a consultant who knows the people would
 * call them one person; `where` is the two profiles' relation when the place decides it.
 */
const PEOPLE: Pair[] = [
  // Honorifics and titles.
  ['Haji Abd. Rahman', 'H. Abdul Rahman', true],
  ['Hj. Siti Aminah', 'Hajjah Siti Aminah', true],
  ['Ibu Sri Wahyuni', 'Sri Wahyuni', true],
  ['Bu Sri Wahyuni', 'Bpk. Sri Wahyuni', true],
  ['Pak Joko Susilo', 'Joko Susilo', true],
  ['Ir. Bambang Hartono', 'Bambang Hartono', true],
  ['Dr. Andi Mappaewa', 'Andi Mappaewa', true],
  ['Drs. H. Syamsul Bahri', 'Syamsul Bahri', true],
  ['Dra. Rusmini', 'Rusmini, S.Pd.', true],
  ['Abdul Rahman, S.E., M.M.', 'Abdul Rahman', true],
  ['Rina Marlina S.Kom.', 'Rina Marlina', true],
  ['Ust. Mahmud Yunus', 'Ustadz Mahmud Yunus', true],
  ['Kak Dedi Kurniawan', 'Mas Dedi Kurniawan', true],
  ['Mbak Ratna Sari', 'Ratna Sari', true],
  ['H.M. Ali Akbar', 'Muhammad Ali Akbar', true],
  ['Ny. Hj. Kartini', 'Kartini', true],
  // Short forms.
  ['Moch. Djunaedi', 'Muhammad Junaedi', true],
  ['Mhd. Ridwan', 'Muhammad Ridwan', true],
  ['Muh. Arsyad', 'Mohammad Arsyad', true],
  ['M. Yusuf', 'Muhammad Yusuf', true],
  ['Moh. Hatta', 'Mochammad Hatta', true],
  ['Abd. Karim', 'Abdul Karim', true],
  ['Abdurrahman Wahid', 'Abdul Rahman Wahid', true],
  ['St. Maryam', 'Siti Maryam', true],
  ['Sitti Noerhaliza', 'Siti Nurhaliza', true],
  ['Noor Hasanah', 'Nur Hasanah', true],
  ['Achmad Fauzi', 'Ahmad Fauzi', true],
  ['Akhmad Fauzi', 'Ahmad Fauzi', true],
  // The old spelling and doubled letters.
  ['Soekarno', 'Sukarno', true],
  ['Soeharto', 'Suharto', true],
  ['Djoko Santoso', 'Joko Santoso', true],
  ['Tjahjo Kumolo', 'Cahyo Kumolo', true],
  ['Jusuf Kalla', 'Yusuf Kalla', true],
  ['Njoman Suwarni', 'Nyoman Suwarni', true],
  ['Sjahrir', 'Syahrir', true],
  ['Chairul Tanjung', 'Khairul Tanjung', true],
  ['Muchtar Lubis', 'Mukhtar Lubis', true],
  ['Zaenal Arifin', 'Zainal Arifin', true],
  ['Arief Budiman', 'Arif Budiman', true],
  ['Hendry Saputra', 'Hendri Saputra', true],
  ['Fatimah Azzahra', 'Fatima Azahra', true],
  ['Nurhaliza', 'Nur Haliza', true],
  // Initials and word order.
  ['A. Rahman', 'Abdul Rahman', true],
  ['Budi S.', 'Budi Santoso', true],
  ['Santoso Budi', 'Budi Santoso', true],
  ['Rahman Abdul', 'Abdul Rahman', true],
  // A missing word: possible alone, likely in the same kecamatan, not across provinces.
  ['Rahman', 'Abdul Rahman', false],
  ['Rahman', 'Abdul Rahman', true, 'sameDistrict'],
  ['Siti Nurhaliza', 'Nurhaliza', true, 'sameVillage'],
  ['Haji Abd. Rahman', 'H. Abdul Rahman', true, 'sameDistrict'],
  ['Haji Abd. Rahman', 'H. Abdul Rahman', false, 'otherProvince'],
  ['Wahyu Hidayat', 'Wahyu Hidayatt', true],
  ['Wahyu Hidayat', 'Wahyu Hidayah', false],
  ['Wahyu Hidayatulloh', 'Wahyu Hidayatullah', true, 'sameDistrict'],
  // Different people.
  ['Abdul Rahman', 'Abdul Rahim', false],
  ['Siti Aminah', 'Siti Aisyah', false],
  ['Siti Aminah', 'Siti Aisyah', false, 'sameVillage'],
  ['Muhammad Ali', 'Muhammad Alwi', false],
  ['Budi Santoso', 'Budi Susanto', false],
  ['Ahmad Fauzi', 'Ahmad Fauzan', false],
  ['Sri Wahyuni', 'Sri Wahyuningsih', false],
  ['Joko Susilo', 'Joko Santoso', false],
  ['Sukarno', 'Sukarni', false],
  ['Agus Salim', 'Agus Halim', false],
  ['Dewi Lestari', 'Dewi Sartika', false],
  ['Nur Hasanah', 'Nur Hasanudin', false],
  ['Abdul Karim', 'Abdul Kadir', false],
  ['Bambang Hartono', 'Bambang Sutrisno', false],
  ['Yusuf Kalla', 'Yusuf Mansur', false],
  ['Siti Maryam', 'Maryam Hasan', false],
  ['Hj. Siti Aminah', 'Hj. Siti Rohani', false],
  ['Rina Marlina', 'Rina Melati', false],
  ['Muhammad Yusuf', 'Muhammad Yunus', false],
  ['Andi Mappaewa', 'Andi Mappanyukki', false],
  ['Ahmad', 'Muhammad', false],
  ['Siti', 'Siti Aminah', false],
  ['Kartini', 'Kartika', false],
  ['Syamsul Bahri', 'Syamsul Rizal', false, 'sameDistrict'],
];

/** Business names: the legal forms and outlet kinds go, the people's names in them are read as above. */
const BUSINESSES: Pair[] = [
  ['CV. Maju Jaya', 'Maju Jaya', true],
  ['UD. Sumber Rejeki', 'Usaha Dagang Sumber Rezeki', true],
  ['Toko Hj. Sitti', 'Toko Hajjah Siti', true],
  ['Warung Soto Pak Djoko', 'Warung Soto Pak Joko', true],
  ['PT. Tjahaja Baru', 'Cahaya Baru', true],
  ['Kue Bu Sri', 'Toko Kue Ibu Sri', true],
  ['Bengkel Las Jaya', 'Bengkel Motor Jaya', false],
  ['Sablon Kaos Samarinda', 'Sablon Kaos Balikpapan', false],
  ['Toko Kue Aminah', 'Toko Kue Aisyah', false],
  ['Warung Makan Sederhana', 'Rumah Makan Sedap', false],
];

function predicted([a, b, , where]: Pair, kind: 'person' | 'business'): boolean {
  if (kind === 'business') return compareBusinessNames(a, b).score >= LIKELY_SAME_NAME;
  return weighByPlace(comparePersonNames(a, b).score, where ?? 'unknown') >= LIKELY_SAME_PERSON;
}

/**
 * The floor. A missed duplicate costs a second profile that a merge can fix later; a false alarm
 * costs the consultant a click ("Bukan duplikat") and, at save time, blocks until it is dismissed.
 * Both must stay rare: over these pairs, which are chosen to be hard (one letter apart, a shared
 * common given name), at least 95% of what is called a duplicate must be one, and at least 95% of
 * the duplicates must be called. The figures below are what the rules reach today; the floor sits
 * a pair or two beneath them so that a later, sensible tuning does not fail for one borderline pair.
 */
const FLOOR = { precision: 0.95, recall: 0.95 };

describe('duplicate matching of Indonesian names', () => {
  it('has precision and recall above the floor over the table of pairs', () => {
    const rows = [...PEOPLE.map((p) => ({ p, kind: 'person' as const })), ...BUSINESSES.map((p) => ({ p, kind: 'business' as const }))];
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const { p, kind } of rows) {
      const said = predicted(p, kind);
      const same = p[2];
      if (said && same) tp++;
      if (said && !same) fp++;
      if (!said && same) fn++;
      if (said !== same) wrong.push(`${kind}: "${p[0]}" ~ "${p[1]}"${p[3] ? ` (${p[3]})` : ''} expected ${same ? 'same' : 'different'}`);
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`duplicates: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} over ${rows.length} pairs`);
    if (wrong.length) console.log(`misjudged:\n  ${wrong.join('\n  ')}`);
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(recall).toBeGreaterThanOrEqual(FLOOR.recall);
  });

  it('scores the same when one typed profile is matched against many stored ones by their stored keys', () => {
    // Exactly the same within reach of a candidate; below it, still below it.
    const same = (fast: NameComparison, exact: NameComparison, label: string) => {
      if (exact.score >= HOPELESS_NAME_SCORE) expect(fast, label).toEqual(exact);
      else expect(fast.score, label).toBeLessThan(HOPELESS_NAME_SCORE);
    };
    for (const [a, b] of PEOPLE) same(nameMatcher({ ownerName: a }).person(b, personNameIndexWords(b)), comparePersonNames(a, b), `${a} ~ ${b}`);
    for (const [a, b] of BUSINESSES) same(nameMatcher({ name: a }).business(b, businessNameIndexWords(b)), compareBusinessNames(a, b), `${a} ~ ${b}`);
  });

  it('the pairs named in the requirements come out as stated', () => {
    expect(comparePersonNames('Haji Abd. Rahman', 'H. Abdul Rahman')).toEqual({ score: 1, notes: ['title', 'abbreviation'] });
    expect(comparePersonNames('Soekarno', 'Sukarno')).toEqual({ score: 1, notes: ['oldSpelling'] });
    expect(comparePersonNames('Moch. Djunaedi', 'Muhammad Junaedi').score).toBe(1);
    expect(comparePersonNames('Sitti Noerhaliza', 'Siti Nurhaliza').score).toBe(1);
    expect(comparePersonNames('Abdul Rahman', 'Abdul Rahim').score).toBeLessThan(0.55);
    expect(comparePersonNames('Siti Aminah', 'Siti Aisyah').score).toBeLessThan(0.55);
  });

  it('says how two names were reconciled', () => {
    expect(comparePersonNames('A. Rahman', 'Abdul Rahman').notes).toContain('initial');
    expect(comparePersonNames('Santoso Budi', 'Budi Santoso').notes).toEqual(['wordOrder']);
    expect(comparePersonNames('Rahman', 'Abdul Rahman').notes).toEqual(['partial']);
    expect(compareBusinessNames('Toko Hj. Sitti', 'Toko Hajjah Siti').notes).toContain('spelling');
  });

  it('keys words by the new spelling, doubled letters single', () => {
    expect(['soekarno', 'djunaedi', 'tjahjo', 'njoman', 'sjahrir', 'chairul', 'sitti'].map(spellingKey)).toEqual([
      'sukarno', 'yunaidi', 'cahyo', 'nyoman', 'sahrir', 'hairul', 'siti',
    ]);
  });

  it('drops titles before and after the name, and runs dotted degrees together', () => {
    expect(parsePersonName('Drs. H. Abd. Rahman, S.Pd., M.M.').words.map((w) => w.key)).toEqual(['abdul', 'rahman']);
    expect(parsePersonName('H.M. Ali').words.map((w) => w.key)).toEqual(['muhamad', 'ali']);
    expect(parsePersonName('H.Abd.Rahman').words.map((w) => w.key)).toEqual(['abdul', 'rahman']);
    // A title alone is still someone's name as typed.
    expect(parsePersonName('Haji').words).toHaveLength(1);
  });

  it('stores the keys it compares, for the index', () => {
    expect(personNameIndexWords('Hj. Sitti Noerhaliza')).toBe('siti nurhaliza');
    expect(personNameIndexWords('A. Rahman')).toBe('a rahman');
    expect(personNameIndexWords(null)).toBe('');
    expect(businessNameIndexWords('CV. Tjahaja Baroe')).toBe('cahaya baru');
  });

  it('relates places from the finest level both profiles have', () => {
    const here = { provinceCode: '64', regencyCode: '64.72', districtCode: '64.72.01', villageCode: '64.72.01.1001' };
    expect(placeRelation(here, here)).toBe('sameVillage');
    expect(placeRelation(here, { ...here, villageCode: '64.72.01.1002' })).toBe('sameDistrict');
    expect(placeRelation(here, { provinceCode: '64', regencyCode: '64.72', districtCode: '64.72.02' })).toBe('sameRegency');
    expect(placeRelation(here, { provinceCode: '64', regencyCode: '64.71' })).toBe('sameProvince');
    expect(placeRelation(here, { provinceCode: '73', regencyCode: '73.71' })).toBe('otherProvince');
    expect(placeRelation(here, {})).toBe('unknown');
  });
});
