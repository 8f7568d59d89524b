import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { distinctProfile, openDesk, type Desk } from './helpers/business';
import { tempDir } from './helpers/core';
import { exportTo, fakePdf } from './helpers/transfer';
import { addParticipant, createTraining, distinctParticipant } from './helpers/training';

/**
 * The breach register (UU PDP art. 46): a lost stick is registered from the export it held, as the
 * audit log recorded that export; the app lists whose data it held, says whether it was encrypted,
 * starts the 3×24-hour clock and drafts the letters.
 */

let desk: Desk | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await desk?.t.dispose();
  desk = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function dir(): string {
  const d = tempDir('klinik-breach-');
  dirs.push(d);
  return d;
}

const DISCOVERED = '2026-06-15T08:00:00.000Z';

async function seed() {
  desk = await openDesk();
  const d = desk;
  const sri = await d.create(distinctProfile(0, { name: 'Amplang Bu Sri' }));
  const budi = await d.create(distinctProfile(1, { name: 'Bengkel Pak Budi' }), [sri.id]);
  const bpn = await d.create(distinctProfile(2, { name: 'Kopi Balikpapan', regencyCode: '64.71', districtCode: '64.71.01' }), [sri.id, budi.id]);
  const training = await createTraining(d);
  await addParticipant(d, training.id, distinctParticipant(0, { hasBusiness: true, businessId: sri.id, businessName: 'Amplang Bu Sri' }));
  // A stick with the Samarinda businesses in CSV, not encrypted.
  const csv = await exportTo(d, dir(), { scope: { kind: 'regencies', codes: ['64.72'] }, contents: ['csv'] });
  // Later: everything in an encrypted ZIP with the data package (participants travel in it).
  const later = await d.create(distinctProfile(3, { name: 'Es Krim Baru' }), [sri.id, budi.id, bpn.id]);
  const zip = await exportTo(d, dir(), { contents: ['csv', 'package'], password: 'rahasia-kantor-2026' });
  const afterAll = await d.create(distinctProfile(4, { name: 'Roti Sesudah Ekspor' }), [sri.id, budi.id, bpn.id, later.id]);
  return { d, sri, budi, bpn, later, afterAll, training, csv, zip };
}

const breach = (exportId: string) => ({
  exportId,
  title: 'Flashdisk ekspor hilang di perjalanan ke dinas',
  occurredAt: '2026-06-15T03:00:00.000Z',
  discoveredAt: DISCOVERED,
  description: 'Flashdisk berisi ekspor data tertinggal di angkutan umum dan tidak ditemukan kembali.',
  measures: 'Sopir dan terminal sudah dihubungi; ekspor berikutnya wajib terenkripsi.',
});

describe('the export history', () => {
  it('lists finished exports from the audit log, newest first, with their scope and whether they were encrypted', async () => {
    const s = await seed();
    const exports = await s.d.call('privacy:exports');
    expect(exports).toHaveLength(2);
    expect(exports[0]).toMatchObject({ scope: { kind: 'all' }, contents: ['csv', 'package'], encrypted: true, personalData: 'masked', actorName: 'Siti Rahmawati' });
    expect(exports[1]).toMatchObject({ scope: { kind: 'regencies', codes: ['64.72'] }, contents: ['csv'], encrypted: false, counts: { business: 2 } });
  });
});

describe('a breach of an export', () => {
  it('lists whose data the export held when it was written, says it was not encrypted, and gives three days from discovery', async () => {
    const s = await seed();
    const [, csv] = await s.d.call('privacy:exports');
    const b = await s.d.call('privacy:createBreach', breach(csv!.id));
    expect(b).toMatchObject({ encrypted: false, personalData: 'masked', businesses: 2, participants: 0, exportAt: csv!.at, notifiedSubjectsAt: null });
    expect(b.deadlineAt).toBe('2026-06-18T08:00:00.000Z');
    // Samarinda's two businesses, named by their owners; not Balikpapan's, nor the one made after the export.
    expect(b.subjects.map((x) => [x.kind, x.name, x.context])).toEqual([
      ['business', 'Budi Santoso', 'Bengkel Pak Budi'],
      ['business', 'Sri Wahyuni', 'Amplang Bu Sri'],
    ]);
    expect((await s.d.call('privacy:breaches')).map((x) => x.id)).toEqual([b.id]);
    const [entry] = await s.d.call('audit:list', { limit: 5, entity: 'breach' });
    expect(entry).toMatchObject({ action: 'create', entityId: b.id, changes: { encrypted: [null, false], businesses: [null, 2], participants: [null, 0] } });
  });

  it('an export with the data package holds its participants too; an encrypted one says so', async () => {
    const s = await seed();
    const [zip] = await s.d.call('privacy:exports');
    const b = await s.d.call('privacy:createBreach', breach(zip!.id));
    expect(b).toMatchObject({ encrypted: true, businesses: 4, participants: 1 });
    expect(b.subjects.filter((x) => x.kind === 'participant').map((x) => [x.name, x.context])).toEqual([['Rina Marlina', 'Pelatihan Sablon Kaos']]);
    expect(b.subjects.some((x) => x.context === 'Es Krim Baru')).toBe(true);
    expect(b.subjects.some((x) => x.context === 'Roti Sesudah Ekspor')).toBe(false);
  });

  it('lists whose data the export held as it was written: a profile moved elsewhere since still counts, and a package of changes holds only what it carried', async () => {
    const s = await seed();
    const [, csv] = await s.d.call('privacy:exports');
    // Amplang Bu Sri moves to Balikpapan after the Samarinda export: it was on that stick all the same.
    const cur = await s.d.call('businesses:get', { id: s.sri.id });
    await s.d.call('businesses:update', {
      id: s.sri.id,
      expectedUpdatedAt: cur.updatedAt,
      keepNik: true,
      profile: { ...distinctProfile(0, { name: 'Amplang Bu Sri', regencyCode: '64.71', districtCode: '64.71.01' }), ownerNik: null },
    });
    const moved = await s.d.call('privacy:createBreach', breach(csv!.id));
    expect(moved.subjects.map((x) => x.context)).toEqual(['Bengkel Pak Budi', 'Amplang Bu Sri']);

    // A package of changes for the office after it acknowledged everything: one profile changed since.
    await s.d.t.core.ds.query(`INSERT INTO transfer_peer (desk_id, desk_code, received_seq, acked_seq) SELECT 'kantor', 'KANTOR', 0, seq FROM desk_clock`);
    const again = await s.d.call('businesses:get', { id: s.budi.id });
    await s.d.call('businesses:update', { id: s.budi.id, expectedUpdatedAt: again.updatedAt, keepNik: true, profile: { ...distinctProfile(1, { name: 'Bengkel Pak Budi Jaya' }), ownerNik: null } });
    await exportTo(s.d, dir(), { contents: ['package'], since: { deskId: 'kantor' } });
    const [week] = await s.d.call('privacy:exports');
    const lost = await s.d.call('privacy:createBreach', breach(week!.id));
    expect(lost).toMatchObject({ businesses: 1, participants: 0 });
    expect(lost.subjects.map((x) => x.context)).toEqual(['Bengkel Pak Budi Jaya']);
  });

  it('an export not in the history, or a discovery before the loss, is refused and nothing is recorded', async () => {
    const s = await seed();
    expect(await s.d.fail('privacy:createBreach', breach('not-an-export'))).toMatchObject({ code: 'NOT_FOUND', key: 'privacyDuties.exportNotFound' });
    const [zip] = await s.d.call('privacy:exports');
    const reversed = await s.d.fail('privacy:createBreach', { ...breach(zip!.id), occurredAt: '2026-06-16T00:00:00.000Z' });
    expect(reversed.fields).toEqual({ occurredAt: { key: 'v.occurredAfterDiscovered' } });
    const empty = await s.d.fail('privacy:createBreach', { ...breach(zip!.id), measures: '  ' });
    expect(empty.fields).toEqual({ measures: { key: 'v.required' } });
    expect(await s.d.t.core.ds.query(`SELECT (SELECT count(*) FROM breach) AS b, (SELECT count(*) FROM breach_subject) AS s`)).toEqual([{ b: 0, s: 0 }]);
  });

  it('drafts the letters to the people affected (one page each) and to the authority, as PDFs; notifications are recorded', async () => {
    const s = await seed();
    const [, csv] = await s.d.call('privacy:exports');
    const b = await s.d.call('privacy:createBreach', breach(csv!.id));
    const service = s.d.t.core.services.breaches;
    const subjects = await service.letterHtml(b.id, 'subjects');
    expect(subjects.match(/Pemberitahuan Kegagalan Pelindungan Data Pribadi<\/h1>/g)).toHaveLength(2);
    expect(subjects).toContain('Yth. Bapak/Ibu Sri Wahyuni');
    expect(subjects).toContain('Berkas ekspor TIDAK dienkripsi.');
    expect(subjects).toContain('Sopir dan terminal sudah dihubungi');
    // A letter names the person, never their NIK or phone.
    expect(subjects).not.toMatch(/6472015203900001|0813-5500-7701|\+62813/);
    const authority = await service.letterHtml(b.id, 'authority');
    expect(authority).toContain('Kepala Lembaga Pelindungan Data Pribadi');
    expect(authority).toContain('2 pemilik usaha dan 0 peserta pelatihan');
    expect(authority).toContain('18 Juni 2026 16.00 WITA');

    fakePdf(s.d);
    const out = dir();
    s.d.t.platform.dialogAnswers.push(join(out, 'subjek.pdf'), join(out, 'lembaga.pdf'));
    expect(await s.d.call('privacy:printBreachLetter', { id: b.id, letter: 'subjects', target: 'pdf' })).toMatchObject({ status: 'saved', count: 2 });
    expect(await s.d.call('privacy:printBreachLetter', { id: b.id, letter: 'authority', target: 'pdf' })).toMatchObject({ status: 'saved', count: 1 });
    for (const f of ['subjek.pdf', 'lembaga.pdf']) expect(readFileSync(join(out, f), 'latin1').startsWith('%PDF')).toBe(true);
    expect(s.d.t.platform.saveDialogs.map((d) => d.defaultName)).toEqual([
      'Pemberitahuan-Insiden-Subjek-Data-2026-06-15.pdf',
      'Pemberitahuan-Insiden-Lembaga-PDP-2026-06-15.pdf',
    ]);
    expect(existsSync(join(out, 'subjek.pdf'))).toBe(true);

    const notified = await s.d.call('privacy:breachNotified', { id: b.id, letter: 'authority', at: '2026-06-16T02:00:00.000Z' });
    expect(notified).toMatchObject({ notifiedAuthorityAt: '2026-06-16T02:00:00.000Z', notifiedSubjectsAt: null });
  });
});

describe('the 3×24-hour clock', () => {
  it('the reminder engine reminds once, a day before the deadline, until both notifications are recorded', async () => {
    let now = Date.parse('2026-06-15T02:00:00.000Z');
    desk = await openDesk({ clock: () => new Date((now += 1000)) });
    const d = desk;
    await d.create(distinctProfile(0, { name: 'Amplang Bu Sri' }));
    await exportTo(d, dir(), { contents: ['csv'] });
    const [record] = await d.call('privacy:exports');
    const b = await d.call('privacy:createBreach', { ...breach(record!.id), occurredAt: null, discoveredAt: '2026-06-15T02:00:00.000Z' });
    const engine = d.t.core.services.reminders;
    const reminded = () => d.t.platform.notifications.filter((n) => n.route === '/kewajiban-pdp/insiden');
    await engine.check();
    expect(reminded()).toEqual([]);
    now = Date.parse('2026-06-17T02:00:30.000Z');
    await engine.check();
    await engine.check();
    expect(reminded()).toEqual([
      {
        title: 'Batas pemberitahuan insiden data tinggal 24 jam',
        body: 'Flashdisk ekspor hilang di perjalanan ke dinas: subjek data dan lembaga PDP harus diberi tahu paling lambat 18/06/2026 10.00.',
        route: '/kewajiban-pdp/insiden',
      },
    ]);
    // A breach whose letters were both recorded as sent is not reminded of.
    const done = await d.call('privacy:createBreach', { ...breach(record!.id), occurredAt: null, discoveredAt: '2026-06-15T03:00:00.000Z' });
    await d.call('privacy:breachNotified', { id: done.id, letter: 'subjects', at: '2026-06-16T00:00:00.000Z' });
    await d.call('privacy:breachNotified', { id: done.id, letter: 'authority', at: '2026-06-16T00:00:00.000Z' });
    now = Date.parse('2026-06-19T00:00:00.000Z');
    await engine.check();
    expect(reminded()).toHaveLength(1);
    expect(b.deadlineAt).toBe('2026-06-18T02:00:00.000Z');
  });
});

describe('an export of many people', () => {
  it('lists the first thousand, counts them all, and refuses a letter per person beyond that with the reason', async () => {
    desk = await openDesk();
    const d = desk;
    await d.create(distinctProfile(0, { name: 'Amplang Bu Sri' }));
    await exportTo(d, dir(), { contents: ['csv'] });
    const [record] = await d.call('privacy:exports');
    const b = await d.call('privacy:createBreach', breach(record!.id));
    // As if the export had held 1.200 more businesses (writing them through the services takes minutes).
    await d.t.core.ds.query(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1200)
       INSERT INTO breach_subject (breach_id, kind, record_id) SELECT ?, 'business', printf('00000000-0000-4000-8000-%012d', i) FROM n`,
      [b.id],
    );
    const shown = await d.call('privacy:breach', { id: b.id });
    expect(shown.businesses).toBe(1201);
    // Only records that exist are named: the fake ids have no business.
    expect(shown.subjects).toHaveLength(1);
    const refused = await d.fail('privacy:printBreachLetter', { id: b.id, letter: 'subjects', target: 'pdf' });
    expect(refused).toMatchObject({ code: 'CONFLICT', key: 'privacyDuties.tooManyLetters', params: { count: 1201, max: 1000 } });
    expect(d.t.platform.saveDialogs).toEqual([]);
    const authority = await d.t.core.services.breaches.letterHtml(b.id, 'authority');
    expect(authority).toContain('1.201 pemilik usaha');
    expect(authority).toContain('dan 1.200 lainnya');
  });
});
