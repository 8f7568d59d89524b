import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BusinessDetail, PrivacyRequest } from '../../src/shared/contract';
import type { AppErrorShape } from '../../src/shared/errors';
import { tempDir } from './helpers/core';
import { openDesk, profile, SRI_NIK, type Desk } from './helpers/business';
import { consultationValues, draftValues } from './helpers/consultation';
import { addParticipant, createTraining } from './helpers/training';

const HOUR = 3_600_000;
const START = Date.parse('2026-06-15T02:00:00.000Z');

/** A desk whose clock the test moves by hand. */
async function deskAt(): Promise<{ desk: Desk; setNow: (ms: number) => void }> {
  let now = START;
  const desk = await openDesk({ clock: () => new Date(now) });
  return { desk, setNow: (ms) => (now = ms) };
}

const opened: Desk[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) await d.t.dispose();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function withSri(): Promise<{ desk: Desk; setNow: (ms: number) => void; sri: BusinessDetail }> {
  const { desk, setNow } = await deskAt();
  opened.push(desk);
  const sri = await desk.create(profile({ ownerEmail: 'sri@example.com', address: 'Jl. Pahlawan No. 5, Palaran', villageCode: null }));
  return { desk, setNow, sri };
}

function request(desk: Desk, subjectId: string, kind: PrivacyRequest['kind'], receivedAt: string, subjectKind: 'business' | 'participant' = 'business') {
  return desk.call('privacy:create', { subjectKind, subjectId, kind, receivedAt, notes: 'Datang langsung ke kantor' });
}

describe('the requests register', () => {
  it('dates a request on receipt with a deadline 3×24 hours later, names who recorded it and lists it open', async () => {
    const { desk, sri } = await withSri();
    const r = await request(desk, sri.id, 'access', '2026-06-15T09:30:00+08:00');
    expect(r).toMatchObject({
      kind: 'access',
      status: 'open',
      receivedAt: '2026-06-15T01:30:00.000Z',
      deadlineAt: '2026-06-18T01:30:00.000Z',
      recordedByName: 'Siti Rahmawati',
      subject: { kind: 'business', id: sri.id, name: 'Sri Wahyuni', context: sri.name, restricted: false },
    });
    expect((await desk.call('privacy:list', {})).rows.map((x) => x.id)).toEqual([r.id]);
    expect((await desk.call('privacy:list', { status: 'closed' })).rows).toEqual([]);
  });

  it('refuses a received time in the future, an unknown person and an empty refusal reason, writing nothing', async () => {
    const { desk, sri } = await withSri();
    const future = await desk.fail('privacy:create', { subjectKind: 'business', subjectId: sri.id, kind: 'access', receivedAt: '2026-06-15T11:00:00+08:00' });
    expect(future).toMatchObject({ code: 'VALIDATION', key: 'privacy.receivedFuture', fields: { receivedAt: { key: 'v.dateFuture' } } });
    const unknown = await desk.fail('privacy:create', {
      subjectKind: 'participant',
      subjectId: sri.id,
      kind: 'erasure',
      receivedAt: '2026-06-15T09:00:00+08:00',
    });
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', key: 'privacy.subjectNotFound' });
    const badKind = await desk.fail('privacy:create', { subjectKind: 'business', subjectId: sri.id, kind: 'forget', receivedAt: 'kemarin' } as never);
    expect(badKind.fields).toMatchObject({ kind: { key: 'v.invalidChoice' }, receivedAt: { key: 'v.dateTime' } });
    const r = await request(desk, sri.id, 'erasure', '2026-06-15T09:00:00+08:00');
    expect((await desk.fail('privacy:refuse', { id: r.id, reason: '   ' })).fields).toMatchObject({ reason: { key: 'v.required' } });
    expect((await desk.t.core.ds.query(`SELECT count(*) AS n FROM privacy_request`)) as unknown).toEqual([{ n: 1 }]);
    expect((await desk.call('privacy:get', { id: r.id })).status).toBe('open');
  });

  it('answers a request once: a second answer or refusal is refused and changes nothing', async () => {
    const { desk, setNow, sri } = await withSri();
    const r = await request(desk, sri.id, 'objection', '2026-06-15T08:00:00+08:00');
    setNow(START + 5 * HOUR);
    const answered = await desk.call('privacy:answer', { id: r.id, answer: 'Keberatan diterima; data tidak dipakai untuk undangan promosi.' });
    expect(answered).toMatchObject({ status: 'answered', answeredAt: '2026-06-15T07:00:00.000Z', answeredByName: 'Siti Rahmawati' });
    expect(Date.parse(answered.answeredAt!)).toBeLessThan(Date.parse(answered.deadlineAt));
    expect(await desk.fail('privacy:refuse', { id: r.id, reason: 'Terlambat' })).toMatchObject({ code: 'CONFLICT', key: 'privacy.closed' });
    expect(await desk.call('privacy:get', { id: r.id })).toEqual(answered);
  });
});

describe('the 3×24-hour clock, run by the reminder engine', () => {
  it('reminds a day before the deadline and again when it has passed, each once, and not after the answer', async () => {
    const { desk, setNow, sri } = await withSri();
    const engine = desk.t.core.services.reminders;
    const notes = desk.t.platform.notifications;
    const received = START - HOUR;
    const r = await request(desk, sri.id, 'correction', new Date(received).toISOString());
    const second = await request(desk, sri.id, 'access', new Date(received).toISOString());
    await desk.call('privacy:answer', { id: second.id, answer: 'Salinan diserahkan langsung.' });

    setNow(received + 48 * HOUR - 1000);
    await engine.check();
    expect(notes).toEqual([]);

    setNow(received + 48 * HOUR);
    await engine.check();
    expect(notes).toEqual([{ title: 'Permintaan data pribadi: tenggat 24 jam lagi', body: 'Permintaan perbaikan, tenggat 18/06, 09.00', route: `/permintaan-data/${r.id}` }]);
    await engine.check();
    expect(notes).toHaveLength(1);

    setNow(received + 72 * HOUR);
    await engine.check();
    expect(notes.map((n) => n.title)).toEqual(['Permintaan data pribadi: tenggat 24 jam lagi', 'Permintaan data pribadi melewati tenggat 3×24 jam']);
    await engine.check();
    expect(notes).toHaveLength(2);
  });

  it('an answered request is never reminded of', async () => {
    const { desk, setNow, sri } = await withSri();
    const r = await request(desk, sri.id, 'access', new Date(START - HOUR).toISOString());
    setNow(START + HOUR);
    await desk.call('privacy:answer', { id: r.id, answer: 'Salinan dicetak dan diserahkan.' });
    setNow(START + 100 * HOUR);
    await desk.t.core.services.reminders.check();
    expect(desk.t.platform.notifications).toEqual([]);
  });
});

describe('a restricted person: only storage goes on', () => {
  it('refuses edits, new consultations, exports, prints and reveals of a restricted business, each with its sentence, until lifted', async () => {
    const { desk, sri } = await withSri();
    const r = await request(desk, sri.id, 'restriction', '2026-06-15T09:00:00+08:00');
    const subject = await desk.call('privacy:setRestricted', { subjectKind: 'business', subjectId: sri.id, restricted: true, requestId: r.id });
    expect(subject.restricted).toBe(true);
    const out = tempDir('klinik-export-');
    dirs.push(out);

    const name = { params: { name: sri.name } };
    const refusals: Array<[string, AppErrorShape]> = [
      ['privacy.restricted.edit', await desk.fail('businesses:update', { id: sri.id, expectedUpdatedAt: sri.updatedAt, keepNik: true, profile: profile({ name: 'Kue Baru' }) })],
      ['privacy.restricted.reveal', await desk.fail('businesses:revealNik', { id: sri.id })],
      ['privacy.restricted.print', await desk.fail('print:businessSheet', { id: sri.id, target: 'printer' })],
      ['privacy.restricted.print', await desk.fail('print:batch', { businessId: sri.id, target: 'printer' })],
      ['privacy.restricted.export', await desk.fail('businesses:exportPersonalData', { id: sri.id })],
      [
        'privacy.restricted.export',
        await desk.fail('transfer:export', { jobId: crypto.randomUUID(), targetDir: out, scope: { kind: 'businesses', ids: [sri.id] }, contents: ['csv'] }),
      ],
      ['privacy.restricted.export', await desk.fail('transfer:export', { jobId: crypto.randomUUID(), targetDir: out, scope: { kind: 'all' }, contents: ['csv'] })],
      [
        'privacy.restricted.consultation',
        await desk.fail('consultations:saveDraft', { id: crypto.randomUUID(), values: draftValues({ businessId: sri.id }) }),
      ],
      [
        'privacy.restricted.consultation',
        await desk.fail('consultations:finalize', { id: crypto.randomUUID(), values: consultationValues(sri.id, desk.consultantId) }),
      ],
    ];
    refusals.push([
      'privacy.restricted.edit',
      await desk.fail('followUps:create', { businessId: sri.id, title: 'Telepon Bu Sri', dueDate: '2026-06-20', assignee: 'consultant' }),
    ]);
    for (const [key, error] of refusals) expect(error).toMatchObject({ code: 'CONFLICT', key, ...name });
    expect(refusals[0]![1].message).toContain('dibatasi atas permintaan pemilik data');
    // Storage goes on: the profile is still there to read, unchanged, and says since when it is restricted.
    const stored = await desk.call('businesses:get', { id: sri.id });
    expect(stored.name).toBe(sri.name);
    expect(stored.restrictedAt).not.toBeNull();
    expect(Date.parse(stored.restrictedAt!)).toBeGreaterThan(Date.parse(r.receivedAt));
    expect(desk.t.platform.printed).toEqual([]);

    await desk.call('privacy:setRestricted', { subjectKind: 'business', subjectId: sri.id, restricted: false });
    expect((await desk.call('businesses:get', { id: sri.id })).restrictedAt).toBeNull();
    expect(await desk.call('businesses:revealNik', { id: sri.id })).toEqual({ nik: SRI_NIK });
    await desk.call('print:businessSheet', { id: sri.id, target: 'printer' });
    expect(desk.t.platform.printed).toHaveLength(1);
    const actions = (await desk.audit(sri.id)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['restrict', 'unrestrict']));
  });

  it('refuses edits and reveals of a restricted participant, and an export of everything while anyone is restricted', async () => {
    const { desk } = await withSri();
    const training = await createTraining(desk);
    const rina = await addParticipant(desk, training.id);
    await desk.call('privacy:setRestricted', { subjectKind: 'participant', subjectId: rina.id, restricted: true });
    expect((await desk.call('participants:list', { trainingId: training.id }))[0]).toMatchObject({ id: rina.id, restricted: true });
    const p = { name: 'Rina M.', gender: 'P', birthDate: '2001-04-20', age: null, phone: null, regencyCode: null, hasBusiness: false, businessId: null, businessName: null, notes: null } as const;
    expect(await desk.fail('participants:update', { id: rina.id, participant: p })).toMatchObject({ code: 'CONFLICT', key: 'privacy.restricted.edit', params: { name: 'Rina Marlina' } });
    expect(await desk.fail('participants:revealPhone', { id: rina.id })).toMatchObject({ code: 'CONFLICT', key: 'privacy.restricted.reveal' });
    // Attendance: marking her present is an edit; marking the others leaves her day as it is and goes through.
    const yusuf = await addParticipant(desk, training.id, { name: 'Yusuf Maulana', phone: '0812-7700-1001' });
    expect(await desk.fail('participants:setAttendance', { trainingId: training.id, day: '2026-06-08', presentIds: [rina.id, yusuf.id] })).toMatchObject({
      key: 'privacy.restricted.edit',
    });
    await desk.call('participants:setAttendance', { trainingId: training.id, day: '2026-06-08', presentIds: [yusuf.id] });
    // Check-ins are made for the others only.
    expect(await desk.call('participants:scheduleCheckIns', { trainingId: training.id, weeks: 4, title: 'Sudah mulai usaha?' })).toMatchObject({ created: 1, skipped: 0 });
    const [{ n }] = (await desk.t.core.ds.query(`SELECT count(*) AS n FROM follow_up WHERE participant_id = ?`, [rina.id])) as [{ n: number }];
    expect(n).toBe(0);
    const out = tempDir('klinik-export-');
    dirs.push(out);
    expect(await desk.fail('transfer:export', { jobId: crypto.randomUUID(), targetDir: out, scope: { kind: 'all' }, contents: ['csv'] })).toMatchObject({
      key: 'privacy.restricted.export',
      params: { name: 'Rina Marlina' },
    });
    expect((await desk.call('participants:list', { trainingId: training.id }))[0]!.name).toBe('Rina Marlina');
  });
});

describe('children: a participant under 18 on the office today', () => {
  // The desk's today is 15 June 2026; the training was on 8–9 June 2026.
  it('refuses a minor\'s phone, gender, region and notes without a guardian\'s consent, field by field, writing nothing', async () => {
    const { desk } = await withSri();
    const training = await createTraining(desk);
    const error = await desk.fail('participants:add', {
      trainingId: training.id,
      participant: { name: 'Dimas Anggara', gender: 'L', birthDate: '2010-03-01', age: null, phone: '0812-1111-2222', regencyCode: '64.72', hasBusiness: false, businessId: null, businessName: null, notes: 'Suka menggambar' },
    });
    expect(error).toMatchObject({
      code: 'VALIDATION',
      key: 'privacy.childConsent',
      fields: {
        'participant.phone': { key: 'v.childConsent' },
        'participant.gender': { key: 'v.childConsent' },
        'participant.regencyCode': { key: 'v.childConsent' },
        'participant.notes': { key: 'v.childConsent' },
      },
    });
    expect(error.message).toContain('orang tua/wali');
    expect(await desk.call('participants:list', { trainingId: training.id })).toEqual([]);
  });

  it('keeps only name and age of a minor without consent (the birth date becomes the age), and everything with consent', async () => {
    const { desk } = await withSri();
    const training = await createTraining(desk);
    const bare = { gender: null, age: null, phone: null, regencyCode: null, hasBusiness: false, businessId: null, businessName: null, notes: null };
    const dimas = await desk.call('participants:add', { trainingId: training.id, participant: { ...bare, name: 'Dimas Anggara', birthDate: '2010-03-01' } });
    expect(dimas).toMatchObject({ birthDate: null, age: 16, minor: true, consentMissing: true, phone: null });
    const putri = await desk.call('participants:add', {
      trainingId: training.id,
      participant: { ...bare, name: 'Putri Ayu', birthDate: '2009-07-01', gender: 'P', phone: '0812-3333-4444', guardianName: 'Hj. Aminah', guardianConsentDate: '2026-06-08' },
    });
    expect(putri).toMatchObject({ birthDate: '2009-07-01', minor: true, consentMissing: false, guardianName: 'Hj. Aminah', gender: 'P' });
    expect(putri.phone).toMatch(/^0812-/);
    // A consent dated after today is no consent.
    const later = await desk.fail('participants:add', {
      trainingId: training.id,
      participant: { ...bare, name: 'Bayu Pratama', birthDate: '2011-01-01', phone: '0812-5555-6666', guardianName: 'Ibu Rahma', guardianConsentDate: '2026-07-01' },
    });
    expect(later.fields).toMatchObject({ 'participant.guardianConsentDate': { key: 'v.dateFuture' }, 'participant.phone': { key: 'v.childConsent' } });
  });

  it('an adult needs no guardian; 18 is counted against the office\'s today, not the training day', async () => {
    const { desk } = await withSri();
    const training = await createTraining(desk);
    // 17 on the training's first day (8 June), 18 on 12 June: an adult today.
    const adult = await addParticipant(desk, training.id, { name: 'Eka Saputri', birthDate: '2008-06-12' });
    expect(adult).toMatchObject({ minor: false, consentMissing: false, age: 17 });
  });
});

describe('children in a participants sheet', () => {
  it('imports only the name and age of a minor (no guardian column can consent), saying which values were left out, and never links them to a profile', async () => {
    const { desk, sri } = await withSri();
    const training = await createTraining(desk);
    const dir = tempDir('klinik-sheet-');
    dirs.push(dir);
    const path = join(dir, 'peserta.csv');
    writeFileSync(
      path,
      'Nama;L/P;Tgl Lahir;No HP;Kab/Kota;Nama Usaha;Keterangan\n' +
        'Dimas Anggara;L;01/03/2010;0812-1111-2222;Samarinda;Sablon Dimas;Suka menggambar\n' +
        'Rina Marlina;P;20/04/2001;0812-9876-5432;Samarinda;;\n',
      'utf8',
    );
    desk.t.platform.dialogAnswers.push(path);
    const sheet = (await desk.call('participants:importOpen', {}))!;
    const mapping = { Nama: 'name', 'L/P': 'gender', 'Tgl Lahir': 'birthDate', 'No HP': 'phone', 'Kab/Kota': 'regency', 'Nama Usaha': 'businessName', Keterangan: 'notes' } as const;
    const preview = await desk.call('participants:importPreview', { token: sheet.token, trainingId: training.id, mapping });
    const [dimas, rina] = preview.rows;
    expect(dimas).toMatchObject({
      state: 'new',
      values: { name: 'Dimas Anggara', birthDate: null, age: 16, phone: null, gender: null, regencyCode: null, businessName: null, hasBusiness: false, notes: null },
      businessMatches: [],
    });
    expect(dimas!.notices!.map((n) => n.field).sort()).toEqual(['birthDate', 'businessName', 'gender', 'notes', 'phone', 'regency']);
    expect(dimas!.notices!.every((n) => n.message === 'v.childWithheld')).toBe(true);
    expect(rina).toMatchObject({ state: 'new', notices: [], values: { phone: '0812-••••-5432', regencyCode: '64.72' } });
    // A minor cannot be linked to a profile by the import either.
    const linked = await desk.fail('participants:importCommit', { token: sheet.token, trainingId: training.id, mapping, rows: [{ row: 1, linkBusinessId: sri.id }] });
    expect(linked.fields).toMatchObject({ 'rows.0.linkBusinessId': { key: 'v.childConsent' } });
    await desk.call('participants:importCommit', { token: sheet.token, trainingId: training.id, mapping, rows: [{ row: 1 }, { row: 2 }] });
    const rows = (await desk.t.core.ds.query(`SELECT name, birth_date, age, phone, gender, regency_code, business_name, notes FROM training_participant ORDER BY name`)) as unknown[];
    expect(rows).toEqual([
      { name: 'Dimas Anggara', birth_date: null, age: 16, phone: null, gender: null, regency_code: null, business_name: null, notes: null },
      { name: 'Rina Marlina', birth_date: '2001-04-20', age: null, phone: '+6281298765432', gender: 'P', regency_code: '64.72', business_name: null, notes: null },
    ]);
  });
});

describe('erasure of a participant', () => {
  it('clears the person\'s data but keeps age, gender and attendance for the statistics, audited with the reason', async () => {
    const { desk } = await withSri();
    const training = await createTraining(desk);
    const rina = await addParticipant(desk, training.id);
    await desk.call('participants:setAttendance', { trainingId: training.id, day: '2026-06-08', presentIds: [rina.id] });
    const erased = await desk.call('participants:erasePersonalData', { id: rina.id, reason: 'Permintaan penghapusan oleh yang bersangkutan' });
    expect(erased).toMatchObject({ name: 'Peserta (data dihapus)', phone: null, birthDate: null, age: 25, gender: 'P', regencyCode: null, attendedDays: ['2026-06-08'] });
    const [row] = (await desk.t.core.ds.query(`SELECT name, phone, birth_date FROM training_participant WHERE id = ?`, [rina.id])) as Array<Record<string, unknown>>;
    expect(row).toEqual({ name: 'Peserta (data dihapus)', phone: null, birth_date: null });
    const audit = await desk.call('audit:list', { limit: 50, entity: 'training_participant' });
    expect(audit.find((e) => e.action === 'erase_personal')).toMatchObject({ entityId: rina.id, changes: { reason: [null, 'Permintaan penghapusan oleh yang bersangkutan'] } });
  });
});

describe('the access copy', () => {
  it('holds the person\'s data in full and its processing history by names, never a NIK in the history', async () => {
    const { desk, sri } = await withSri();
    await desk.call('businesses:revealNik', { id: sri.id });
    const r = await request(desk, sri.id, 'access', '2026-06-15T09:00:00+08:00');
    const result = await desk.call('privacy:accessCopy', { id: r.id, target: 'printer' });
    expect(result.status).toBe('printed');
    const html = desk.t.platform.printed[0]!;
    const [data, history] = html.split('Riwayat pemrosesan');
    expect(data).toContain('Salinan Data Pribadi');
    expect(data).toContain(SRI_NIK);
    expect(data).toContain('Sri Wahyuni');
    expect(data).toContain('sri@example.com');
    expect(data).toContain('Jl. Pahlawan No. 5, Palaran');
    expect(history).toContain('Data dicatat');
    expect(history).toContain('NIK ditampilkan lengkap');
    expect(history).toContain('Permintaan data pribadi dicatat');
    expect(history).toContain('Siti Rahmawati');
    expect(history).not.toContain(SRI_NIK);
    expect(history).not.toContain('6281234567890');
    const actions = (await desk.audit(sri.id)).map((e) => e.action);
    expect(actions).toContain('access_copy');
  });

  it('of a participant: their data, the training and the days attended, as an A4 PDF', async () => {
    const { desk } = await withSri();
    const training = await createTraining(desk);
    const rina = await addParticipant(desk, training.id);
    await desk.call('participants:setAttendance', { trainingId: training.id, day: '2026-06-09', presentIds: [rina.id] });
    const r = await request(desk, rina.id, 'access', '2026-06-15T09:00:00+08:00', 'participant');
    const { html } = await desk.t.core.services.privacyRequests.accessCopyHtml(r.id);
    expect(html).toContain('Rina Marlina');
    expect(html).toContain('+6281298765432');
    expect(html).toContain('Pelatihan Sablon Kaos');
    expect(html).toContain('2026-06-09');
    const out = tempDir('klinik-pdf-');
    dirs.push(out);
    desk.t.platform.dialogAnswers.push(join(out, 'salinan.pdf'));
    expect(await desk.call('privacy:accessCopy', { id: r.id, target: 'pdf' })).toMatchObject({ status: 'saved' });
    expect(existsSync(join(out, 'salinan.pdf'))).toBe(true);
    expect(readFileSync(join(out, 'salinan.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('is made only for an access request', async () => {
    const { desk, sri } = await withSri();
    const r = await request(desk, sri.id, 'correction', '2026-06-15T09:00:00+08:00');
    expect(await desk.fail('privacy:accessCopy', { id: r.id, target: 'printer' })).toMatchObject({ key: 'privacy.notAccess' });
  });
});
