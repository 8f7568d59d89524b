import { afterEach, describe, expect, it } from 'vitest';
import { i18n, resources } from '../../../../src/renderer/src/app/i18n';
import { kbliByCode } from '../../../../src/shared/domain/kbli';
import { describeChanges } from '../../../../src/renderer/src/features/settings/audit-format';

/** Options objects that are not audit records (`transaction: 'each'`, Electron's `action: 'deny'`). */
const NOT_AUDIT = new Set(['deny']);

/** The core's source, every file under src/main. */
const code = Object.values(import.meta.glob<string>('../../../../src/main/**/*.ts', { query: '?raw', import: 'default', eager: true }));

/** Every action the core can write to the audit log: `action: 'reveal_phone'` anywhere in src/main. */
function actionsInCore(): string[] {
  const found = code.flatMap((s) => [...s.matchAll(/\baction: '([^']+)'/g)].map((m) => m[1]!));
  return [...new Set(found)].filter((a) => !NOT_AUDIT.has(a)).sort();
}

/** Every field the core names in an audit entry: audited field lists and `changes: { field: [` literals. */
function fieldsInCore(): string[] {
  const found = new Set<string>();
  for (const s of code) {
    for (const list of s.matchAll(/const (?:AUDITED_FIELDS|AUDITED|OFFICE_FIELDS) = \[([^\]]+)\]/g)) {
      for (const f of list[1]!.matchAll(/'([a-zA-Z]+)'/g)) found.add(f[1]!);
    }
    for (const call of s.matchAll(/audit\.record\([\s\S]{0,900}?\}\);?/g)) {
      for (const f of call[0].matchAll(/\b([a-zA-Z]+): \[/g)) found.add(f[1]!);
    }
  }
  return [...found].sort();
}

const audit = (lang: 'id' | 'en') => resources[lang].translation.settings.audit as unknown as Record<string, Record<string, string>>;

afterEach(async () => {
  await i18n.changeLanguage('id');
});

describe('change history labels', () => {
  it('finds the actions the core writes (the search itself works)', () => {
    expect(actionsInCore()).toEqual(expect.arrayContaining(['create', 'reveal_phone', 'export_personal', 'restore_backup', 'session.lock']));
    expect(fieldsInCore()).toEqual(expect.arrayContaining(['trainingId', 'ownerNik', 'officeName', 'snoozedUntil', 'safetyBackup']));
  });

  it('has a label for every action the core can write, in Indonesian and in English', () => {
    for (const lang of ['id', 'en'] as const) {
      const missing = actionsInCore().filter((a) => !audit(lang)['actions']![a.replace(/\./g, '_')]);
      expect(missing, `${lang} actions without a label`).toEqual([]);
    }
  });

  it('has a label for every field the core writes to the log, in Indonesian and in English', () => {
    for (const lang of ['id', 'en'] as const) {
      const missing = fieldsInCore().filter((f) => !audit(lang)['fields']![f]);
      expect(missing, `${lang} fields without a label`).toEqual([]);
    }
  });

  it('has a label for every record kind the core names', () => {
    const entities = [...new Set(code.flatMap((s) => [...s.matchAll(/\bentity: '([a-z_]+)'/g)].map((m) => m[1]!)))];
    for (const lang of ['id', 'en'] as const) expect(entities.filter((e) => !audit(lang)['entities']![e])).toEqual([]);
  });
});

describe('describeChanges', () => {
  const t = i18n.t.bind(i18n);

  it('names a linked record instead of showing its id, and yes/no as Ya/Tidak', () => {
    const lines = describeChanges(t, {
      trainingId: [null, '6cf86c24-8a1e-4c4e-9a55-0d2b6b1f1a11'],
      hasBusiness: [false, true],
      active: [true, false],
    });
    expect(lines).toEqual(['Pelatihan: (tautan ke pelatihan)', 'Sudah punya usaha: Tidak → Ya', 'Aktif: Ya → Tidak']);
    expect(lines.join(' ')).not.toMatch(/6cf86c24/);
  });

  it('shows a KBLI code with its title, and an unknown code as it is', () => {
    expect(describeChanges(t, { kbliCode: ['99999', '10710'] })).toEqual([`Sektor (KBLI): 99999 → 10710 — ${kbliByCode('10710')!.title}`]);
  });

  it('uses a known name for a linked record', () => {
    const id = '6cf86c24-8a1e-4c4e-9a55-0d2b6b1f1a11';
    expect(describeChanges(t, { businessId: [null, id] }, new Map([[id, 'Kue Bu Sri']]))).toEqual(['UMKM: Kue Bu Sri']);
  });

  it('shows personal fields only as changed', () => {
    expect(describeChanges(t, { ownerNik: ['•••', '•••'], phone: [null, '•••'] })).toEqual(['NIK pemilik: diubah', 'Telepon: diubah']);
  });

  it('writes dates, numbers and Rupiah in the UI language', async () => {
    const changes = { dueDate: ['2026-12-06', '2026-12-20'], modalUsaha: [1_500_000, 2_000_000.4], capacity: [null, 1250] } as const;
    expect(describeChanges(t, changes as never)).toEqual([
      'Tanggal jatuh tempo: 06/12/2026 → 20/12/2026',
      'Modal usaha: Rp1.500.000 → Rp2.000.000',
      'Kapasitas: 1.250',
    ]);
    await i18n.changeLanguage('en');
    expect(describeChanges(i18n.t.bind(i18n), changes as never)).toEqual([
      'Due date: 06/12/2026 → 20/12/2026',
      'Business capital: Rp1,500,000 → Rp2,000,000',
      'Capacity: 1,250',
    ]);
  });

  it('names stored codes and reads lists kept as JSON text', () => {
    expect(
      describeChanges(t, {
        status: [null, 'aktif'],
        fundingSource: [null, 'apbd'],
        trainers: [null, '["Agus Setiawan","Dewi Lestari"]'],
        tags: [null, '[]'],
      }),
    ).toEqual(['Status: Aktif', 'Sumber dana: APBD', 'Pelatih: Agus Setiawan, Dewi Lestari', 'Tag: —']);
  });

  it('words an export: scope, contents and counts', () => {
    expect(
      describeChanges(t, {
        scope: [null, { kind: 'all' }],
        contents: [null, ['xlsx', 'package']],
        personalData: [null, 'masked'],
        counts: [null, { business: 2, consultation: 3 }],
      }),
    ).toEqual(['Cakupan: Semua data', 'Isi: Buku kerja Excel, Paket data', 'Data pribadi: Disamarkan', 'Jumlah catatan: Profil UMKM 2, Konsultasi 3']);
  });
});
