import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PrivacyRequests1765720000000 } from '../../../src/main/db/migrations/1765720000000-privacy-requests';
import { upgradeTests } from '../helpers/migrations';

const { before } = upgradeTests();
const AT = '2026-10-01T01:00:00.000Z';

describe('privacy requests migration', () => {
  it('adds the requests register and the restriction and guardian columns, keeping businesses and participants as they were', async () => {
    const db = await before(PrivacyRequests1765720000000);
    const businessId = randomUUID();
    const trainingId = randomUUID();
    const participantId = randomUUID();
    await db.query(
      `INSERT INTO business (id, name, name_key, owner_name, owner_phone, status, created_at, updated_at)
       VALUES (?, 'Kue Bu Sri', 'kue bu sri', 'Sri Wahyuni', '+6281234567890', 'aktif', ?, ?)`,
      [businessId, AT, AT],
    );
    await db.query(
      `INSERT INTO training (id, title, topic, start_date, end_date, trainers, created_at, updated_at) VALUES (?, 'Sablon', 'sablon', '2026-09-01', '2026-09-02', '[]', ?, ?)`,
      [trainingId, AT, AT],
    );
    await db.query(
      `INSERT INTO training_participant (id, training_id, name, phone, has_business, created_at, updated_at) VALUES (?, ?, 'Rina Marlina', '+6281298765432', 0, ?, ?)`,
      [participantId, trainingId, AT, AT],
    );
    const ds = await db.upgrade();
    expect(await ds.query(`SELECT owner_name, owner_phone, restricted_at FROM business`)).toEqual([
      { owner_name: 'Sri Wahyuni', owner_phone: '+6281234567890', restricted_at: null },
    ]);
    expect(await ds.query(`SELECT name, phone, restricted_at, guardian_name, guardian_consent_date FROM training_participant`)).toEqual([
      { name: 'Rina Marlina', phone: '+6281298765432', restricted_at: null, guardian_name: null, guardian_consent_date: null },
    ]);
    expect(await ds.query(`SELECT * FROM privacy_request`)).toEqual([]);
    const insert = (kind: string, status: string, answer: string | null) =>
      ds.query(
        `INSERT INTO privacy_request (id, subject_kind, subject_id, kind, received_at, deadline_at, remind_at, status, answer, created_at, updated_at)
         VALUES (?, 'business', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [randomUUID(), businessId, kind, AT, AT, AT, status, answer, AT, AT],
      );
    await insert('access', 'open', null);
    await expect(insert('forget', 'open', null)).rejects.toThrow(/CHECK/);
    // A refusal always says why.
    await expect(insert('erasure', 'refused', ' ')).rejects.toThrow(/CHECK/);
    await insert('erasure', 'refused', 'Data masih diperlukan untuk laporan yang diwajibkan undang-undang.');
  });
});
