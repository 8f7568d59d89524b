import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PrivacyDuties1765730000000 } from '../../../src/main/db/migrations/1765730000000-privacy-duties';
import { upgradeTests } from '../helpers/migrations';

const { before } = upgradeTests();
const AT = '2026-10-01T01:00:00.000Z';

describe('privacy duties migration', () => {
  it('adds retention periods with their defaults, the breach register and the record of processing, keeping the records as they were', async () => {
    const db = await before(PrivacyDuties1765730000000);
    const businessId = randomUUID();
    await db.query(
      `INSERT INTO business (id, name, name_key, owner_name, owner_phone, status, created_at, updated_at)
       VALUES (?, 'Kue Bu Sri', 'kue bu sri', 'Sri Wahyuni', '+6281234567890', 'aktif', ?, ?)`,
      [businessId, AT, AT],
    );
    await db.query(`UPDATE office_profile SET office_name = 'PLUT Samarinda'`);
    const ds = await db.upgrade();
    expect(await ds.query(`SELECT owner_name, owner_phone, personal_data_erased_at FROM business`)).toEqual([
      { owner_name: 'Sri Wahyuni', owner_phone: '+6281234567890', personal_data_erased_at: null },
    ]);
    expect(await ds.query(`SELECT office_name FROM office_profile`)).toEqual([{ office_name: 'PLUT Samarinda' }]);
    expect(await ds.query(`SELECT kind, months FROM retention_period ORDER BY kind`)).toEqual([
      { kind: 'businessOwner', months: 60 },
      { kind: 'consultation', months: 120 },
      { kind: 'participant', months: 36 },
    ]);
    // A period of zero or less, or of an unknown kind, cannot be stored whatever writes it.
    await expect(ds.query(`UPDATE retention_period SET months = 0 WHERE kind = 'consultation'`)).rejects.toThrow(/CHECK/);
    await expect(ds.query(`INSERT INTO retention_period (kind, months) VALUES ('photo', 12)`)).rejects.toThrow(/CHECK/);
    for (const table of ['retention_review', 'retention_anonymised', 'breach', 'breach_subject', 'processing_record_text']) {
      expect(await ds.query(`SELECT count(*) AS n FROM ${table}`)).toEqual([{ n: 0 }]);
    }
    // A breach's subjects go with it.
    const breachId = randomUUID();
    await ds.query(
      `INSERT INTO breach (id, title, discovered_at, deadline_at, remind_at, description, measures, encrypted, personal_data, created_at, updated_at)
       VALUES (?, 'Flashdisk hilang', ?, ?, ?, 'x', 'y', 0, 'masked', ?, ?)`,
      [breachId, AT, AT, AT, AT, AT],
    );
    await ds.query(`INSERT INTO breach_subject (breach_id, kind, record_id) VALUES (?, 'business', ?)`, [breachId, businessId]);
    await ds.query(`PRAGMA foreign_keys = ON`);
    await ds.query(`DELETE FROM breach WHERE id = ?`, [breachId]);
    expect(await ds.query(`SELECT count(*) AS n FROM breach_subject`)).toEqual([{ n: 0 }]);
  });
});
