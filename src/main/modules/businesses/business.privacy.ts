import { writeFile } from 'node:fs/promises';
import type { BusinessDetail } from '../../../shared/contract';
import { nowIso, type CoreDeps } from '../../context';
import { safeFileName } from '../../files/names';
import type { Platform } from '../../platform';
import type { AuditService } from '../audit';
import { eraseOwnerData } from './business.queries';
import type { BusinessService } from './business.service';

/**
 * The owner's rights under UU PDP: see the NIK when needed (every reveal audited), take a copy of
 * their personal data, and have it erased while the business record stays for statistics.
 */
export class BusinessPrivacyService {
  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly businesses: BusinessService,
    private readonly platform: Platform,
  ) {}

  async revealNik(id: string): Promise<{ nik: string | null }> {
    this.deps.session.requireActor();
    const row = await this.businesses.load(id, undefined, { deleted: true });
    await this.deps.ds.transaction((m) => this.audit.record(m, { action: 'reveal_nik', entity: 'business', entityId: id }));
    return { nik: row.ownerNik };
  }

  async exportPersonalData(id: string): Promise<{ path: string | null }> {
    this.deps.session.requireActor();
    const row = await this.businesses.load(id, undefined, { deleted: true });
    const path = await this.platform.chooseSavePath({
      title: 'Simpan data pribadi',
      defaultName: `Data-Pribadi-${safeFileName(row.ownerName ?? row.name)}.json`,
      filters: [{ name: 'JSON', extensions: ['json'] }],
    });
    if (!path) return { path: null };
    const history = await this.audit.list(500, 'business', id);
    const document = {
      exportedAt: nowIso(this.deps.clock),
      legalBasis: 'UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi',
      business: { id: row.id, name: row.name, brand: row.brand },
      owner: {
        name: row.ownerName,
        nik: row.ownerNik,
        gender: row.ownerGender,
        birthDate: row.ownerBirthDate,
        phone: row.ownerPhone,
        phoneIsWhatsapp: Boolean(row.ownerPhoneIsWhatsapp),
        email: row.ownerEmail,
        address: row.address,
      },
      processing: history.map((h) => ({ at: h.at, action: h.action, by: h.actorName })),
    };
    await writeFile(path, `${JSON.stringify(document, null, 2)}\n`, { encoding: 'utf8', flag: 'w' });
    await this.deps.ds.transaction((m) => this.audit.record(m, { action: 'export_personal', entity: 'business', entityId: id }));
    return { path };
  }

  async erasePersonalData(id: string, reason: string): Promise<BusinessDetail> {
    this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      const row = await this.businesses.load(id, m, { deleted: true });
      // Gender stays: it is needed for the women-led statistics and identifies no one on its own.
      await eraseOwnerData(m, id, { now: nowIso(this.deps.clock), actorId: this.deps.session.actorId });
      await this.audit.record(m, {
        action: 'erase_personal',
        entity: 'business',
        entityId: row.id,
        changes: { reason: [null, reason] },
      });
    });
    return this.businesses.get(id);
  }
}
