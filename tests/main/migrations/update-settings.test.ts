import { describe, expect, it } from 'vitest';
import { UpdateSettings1765620000000 } from '../../../src/main/db/migrations/1765620000000-update-settings';
import { upgradeTests } from '../helpers/migrations';

const { before } = upgradeTests();
const AT = '2026-10-01T01:00:00.000Z';

describe('update settings migration', () => {
  it('adds the one-row update settings table, keeping the office and the backup settings', async () => {
    const db = await before(UpdateSettings1765620000000);
    await db.query(`UPDATE office_profile SET office_name = 'PLUT Samarinda'`);
    await db.query(`INSERT INTO backup_settings (id, second_folder, updated_at) VALUES (1, '/media/usb', ?)`, [AT]);
    const ds = await db.upgrade();
    expect(await ds.query(`SELECT office_name FROM office_profile`)).toEqual([{ office_name: 'PLUT Samarinda' }]);
    expect(await ds.query(`SELECT second_folder FROM backup_settings`)).toEqual([{ second_folder: '/media/usb' }]);
    expect(await ds.query(`SELECT * FROM update_settings`)).toEqual([]);
    await ds.query(`INSERT INTO update_settings (id, folder, updated_at) VALUES (1, '\\\\server\\pembaruan', ?)`, [AT]);
    await expect(ds.query(`INSERT INTO update_settings (id, updated_at) VALUES (2, ?)`, [AT])).rejects.toThrow(/CHECK/);
  });
});
