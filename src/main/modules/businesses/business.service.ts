import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { checkBusinessRules, type BusinessDetail, type DuplicateCandidate, type ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { kbliCategoryOf } from '../../../shared/domain/kbli';
import { nameTokens, normalizeName, POSSIBLY_SAME_NAME, LIKELY_SAME_NAME } from '../../../shared/domain/names';
import {
  businessNameIndexWords,
  isCommonKey,
  nameMatcher,
  personNameIndexWords,
  placeRelation,
  POSSIBLY_SAME_PERSON,
  weighByPlace,
} from '../../../shared/domain/person-name';
import { nikIssues, normalizeNik } from '../../../shared/domain/nik';
import { normalizeNib } from '../../../shared/domain/identifiers';
import { classifyScale } from '../../../shared/domain/scale';
import { normalizePhone } from '../../../shared/validation/fields';
import { issuesToFields } from '../../../shared/validation/issues';
import { nowIso, todayIn, type CoreDeps } from '../../context';
import { type AuditService, diff } from '../audit';
import type { RegionService } from '../regions';
import type { SettingsService } from '../settings';
import type { BusinessRow } from './business.entity';
import { parseList, toDetail } from './business.mapper';
import {
  businessNames,
  businessSubject,
  consultantName,
  findBusiness,
  insertBusinessRow,
  insertNotDuplicate,
  liveBusinessRow,
  mergedStillNamed,
  moveNotDuplicates,
  notDuplicatesOf,
  replaceBusinessTags,
  saveBusinessRow,
  setBusinessDeletedAt,
  setMergedInto,
  setNameWords,
  tagCounts,
  type Stamp,
} from './business.queries';
import { candidateRows, searchBusinesses } from './business.search.queries';

type Profile = ParsedInput<'businesses:create'>['profile'];
type DuplicateQuery = ParsedInput<'businesses:checkDuplicates'>;

/** The space-separated keys of a name, as a list; initials are left to the scoring. */
const keysOf = (words: string): string[] => words.split(' ').filter((k) => k.length >= 2).slice(0, 6);

/** Fields whose changes are audited (values of personal ones are hidden by the audit service). */
export const AUDITED_FIELDS = [
  'name', 'brand', 'ownerName', 'ownerNik', 'ownerGender', 'ownerBirthDate', 'ownerPhone', 'ownerEmail', 'address',
  'provinceCode', 'regencyCode', 'districtCode', 'villageCode', 'kbliCode', 'sectorText', 'products', 'yearStarted',
  'legalForm', 'status', 'nib', 'pirtNumber', 'pirtIssuedAt', 'pirtExpiresAt', 'halalNumber', 'halalIssuedAt',
  'halalExpiresAt', 'bpomNumber', 'merekNumber', 'employeesMale', 'employeesFemale', 'modalUsaha', 'annualSales',
  'salesChannels', 'tags', 'notes',
] as const satisfies readonly (keyof BusinessRow)[];

/** The form's cross-field rules, for a profile completed here: a kept NIK (update), fields from two profiles (merge). */
const crossFieldRules = z.custom<Profile>().superRefine(checkBusinessRules);

function assertRulesHold(p: Profile, pathPrefix: string): void {
  const checked = crossFieldRules.safeParse(p);
  if (!checked.success) {
    // Same paths as the router's own validation of `profile`, so the form puts each on its field.
    const fields = Object.fromEntries(Object.entries(issuesToFields(checked.error.issues)).map(([k, v]) => [`${pathPrefix}${k}`, v]));
    throw new AppError('VALIDATION', 'common.invalidInput', { fields });
  }
}

/** Another module's records that hang on a business and must follow it when profiles merge. */
export type RelatedMover = (manager: EntityManager, fromId: string, toId: string) => Promise<number>;

/**
 * Another module's records that are deleted and restored with their business (soft deletes both
 * ways): `deletedAt` is the business's new deletion time, or null on restore with `restoredFrom`
 * the deletion time being undone.
 */
export type DeletionFollower = (manager: EntityManager, businessId: string, deletedAt: string | null, restoredFrom: string | null) => Promise<void>;

export class BusinessService {
  private readonly movers = new Map<string, RelatedMover>();
  private readonly deletionFollowers = new Map<string, DeletionFollower>();

  constructor(
    private readonly deps: CoreDeps,
    private readonly audit: AuditService,
    private readonly regions: RegionService,
    private readonly settings: SettingsService,
  ) {}

  /** Later modules (consultations, follow-ups...) register how to move their records on merge. */
  registerRelated(name: string, mover: RelatedMover): void {
    if (this.movers.has(name)) throw new Error(`related records registered twice: ${name}`);
    this.movers.set(name, mover);
  }

  /** Later modules register records that are deleted and restored together with a business. */
  registerDeletionFollower(name: string, follower: DeletionFollower): void {
    if (this.deletionFollowers.has(name)) throw new Error(`deletion follower registered twice: ${name}`);
    this.deletionFollowers.set(name, follower);
  }

  private stamp(): Stamp {
    return { now: nowIso(this.deps.clock), actorId: this.deps.session.actorId };
  }

  async today(): Promise<string> {
    return todayIn(await this.settings.timeZone(), this.deps.clock);
  }

  async load(id: string, m: EntityManager = this.deps.ds.manager, options: { deleted?: boolean } = {}): Promise<BusinessRow> {
    const row = await findBusiness(m, id);
    if (!row || (!options.deleted && row.deletedAt)) throw new AppError('NOT_FOUND', 'businesses.notFound');
    return row;
  }

  async detail(row: BusinessRow): Promise<BusinessDetail> {
    const [provinceName = null, regencyName = null, districtName = null, villageName = null] = await Promise.all(
      [row.provinceCode, row.regencyCode, row.districtCode, row.villageCode].map((c) => this.regions.name(c)),
    );
    const by = row.updatedBy ? await consultantName(this.deps.ds.manager, row.updatedBy) : null;
    // Written by its own statement alone (never through the entity): read beside the row.
    const restrictedAt = (await businessSubject(this.deps.ds.manager, row.id))?.restrictedAt ?? null;
    return toDetail(row, { provinceName, regencyName, districtName, villageName }, await this.today(), by, restrictedAt);
  }

  async get(id: string): Promise<BusinessDetail> {
    return this.detail(await this.load(id, undefined, { deleted: true }));
  }

  /** The live profile (not deleted, nor merged away), or null when there is none. */
  findLive(id: string, m: EntityManager = this.deps.ds.manager): Promise<BusinessRow | null> {
    return liveBusinessRow(m, id);
  }

  list(q: ParsedInput<'businesses:list'>) {
    return this.today().then((today) => searchBusinesses(this.deps.ds.manager, q, today));
  }

  /** Checks what needs the database: region codes exist, the NIK's region exists. */
  private async checkAgainstData(p: Profile, nikChanged: boolean): Promise<void> {
    const fields: Record<string, { key: string; params?: Record<string, string | number> }> = {};
    const unknown = await this.regions.firstUnknown({
      provinceCode: p.provinceCode,
      regencyCode: p.regencyCode,
      districtCode: p.districtCode,
      villageCode: p.villageCode,
    });
    if (unknown) fields[`profile.${unknown}`] = { key: 'v.region' };
    if (nikChanged && p.ownerNik) {
      const known = await this.regions.knownCodes();
      const [reason] = nikIssues(p.ownerNik, { today: this.deps.clock(), regionExists: (code) => known.has(code) });
      if (reason) fields['profile.ownerNik'] = { key: 'v.nik', params: { reason } };
    }
    if (p.yearStarted !== null && p.yearStarted > this.deps.clock().getUTCFullYear()) fields['profile.yearStarted'] = { key: 'v.yearFuture' };
    if (Object.keys(fields).length > 0) {
      throw new AppError('VALIDATION', 'common.invalidInput', { fields });
    }
  }

  private apply(row: BusinessRow, p: Profile, nik: string | null): BusinessRow {
    return {
      ...row,
      ...p,
      ownerNik: nik,
      nameKey: normalizeName(p.name),
      ownerNameKey: p.ownerName ? normalizeName(p.ownerName) : null,
      nameWords: businessNameIndexWords(p.name),
      ownerNameWords: personNameIndexWords(p.ownerName),
      kbliCategory: p.kbliCode ? kbliCategoryOf(p.kbliCode) : null,
      scale: classifyScale({ modal: p.modalUsaha, sales: p.annualSales }).scale,
      salesChannels: JSON.stringify(p.salesChannels),
      tags: JSON.stringify([...new Set(p.tags)]),
      updatedAt: nowIso(this.deps.clock),
      updatedBy: this.deps.session.actorId,
    };
  }

  private async writeTags(m: EntityManager, id: string, tagsJson: string): Promise<void> {
    await replaceBusinessTags(m, id, parseList(tagsJson));
  }

  /**
   * Creates a profile; `alsoInTransaction` runs inside the same transaction with the new id (a
   * training participant converted into this business), so either both land or neither does.
   */
  async create(
    input: ParsedInput<'businesses:create'>,
    alsoInTransaction?: (m: EntityManager, businessId: string) => Promise<void>,
  ): Promise<BusinessDetail> {
    this.deps.session.requireActor();
    const p = input.profile;
    await this.checkAgainstData(p, true);
    const strong = (
      await this.findDuplicates({
        name: p.name,
        ownerName: p.ownerName,
        ownerNik: p.ownerNik ?? undefined,
        nib: p.nib ?? undefined,
        ownerPhone: p.ownerPhone ?? undefined,
        provinceCode: p.provinceCode,
        regencyCode: p.regencyCode,
        districtCode: p.districtCode,
        villageCode: p.villageCode,
      })
    ).filter(
      (c) => c.score >= LIKELY_SAME_NAME || c.reasons.some((r) => r === 'nik' || r === 'nib' || r === 'phone'),
    );
    const unconfirmed = strong.filter((c) => !input.notDuplicateOf.includes(c.id));
    if (unconfirmed.length > 0) {
      throw new AppError('DUPLICATE', 'businesses.possibleDuplicate', {
        fields: { name: { key: 'v.duplicate', params: { count: unconfirmed.length } } },
      });
    }
    const now = nowIso(this.deps.clock);
    const base = { id: randomUUID(), createdAt: now, deletedAt: null, mergedIntoId: null, personalDataErasedAt: null } as BusinessRow;
    const row = this.apply(base, p, p.ownerNik);
    await this.deps.ds.transaction(async (m) => {
      await insertBusinessRow(m, row);
      await this.writeTags(m, row.id, row.tags);
      for (const otherId of input.notDuplicateOf) await insertNotDuplicate(m, row.id, otherId, this.stamp());
      await this.audit.record(m, { action: 'create', entity: 'business', entityId: row.id, changes: diff(null, row, AUDITED_FIELDS) });
      if (alsoInTransaction) await alsoInTransaction(m, row.id);
    });
    return this.get(row.id);
  }

  async update(input: ParsedInput<'businesses:update'>): Promise<BusinessDetail> {
    this.deps.session.requireActor();
    const p = input.profile;
    await this.checkAgainstData(p, !input.keepNik);
    const id = await this.deps.ds.transaction(async (m) => {
      const before = await this.load(input.id, m);
      if (before.updatedAt !== input.expectedUpdatedAt) {
        throw new AppError('CONFLICT', 'businesses.changedElsewhere');
      }
      const after = this.apply(before, p, input.keepNik ? before.ownerNik : p.ownerNik);
      // The form never holds a kept NIK, so its gender and birth date are checked against it here.
      if (input.keepNik) assertRulesHold({ ...p, ownerNik: after.ownerNik }, 'profile.');
      await saveBusinessRow(m, after);
      if (after.tags !== before.tags) await this.writeTags(m, after.id, after.tags);
      await this.audit.record(m, { action: 'update', entity: 'business', entityId: after.id, changes: diff(before, after, AUDITED_FIELDS) });
      return after.id;
    });
    return this.get(id);
  }

  async setDeleted(id: string, deleted: boolean): Promise<BusinessDetail> {
    this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      const row = await this.load(id, m, { deleted: true });
      if (row.mergedIntoId) throw new AppError('CONFLICT', 'businesses.mergedCannotRestore');
      if (Boolean(row.deletedAt) === deleted) return;
      const stamp = this.stamp();
      await setBusinessDeletedAt(m, id, deleted ? stamp.now : null, stamp);
      for (const follow of this.deletionFollowers.values()) await follow(m, id, deleted ? stamp.now : null, deleted ? null : row.deletedAt);
      await this.audit.record(m, { action: deleted ? 'delete' : 'restore', entity: 'business', entityId: id });
    });
    return this.get(id);
  }

  /** Makes a profile's name keys again from its names (a row written by an import, not by this service). */
  async refreshNameWords(m: EntityManager, id: string): Promise<void> {
    const names = await businessNames(m, id);
    if (!names) return;
    await setNameWords(m, id, businessNameIndexWords(names.name), personNameIndexWords(names.ownerName));
  }

  async findDuplicates(q: DuplicateQuery): Promise<DuplicateCandidate[]> {
    const nik = q.ownerNik ? normalizeNik(q.ownerNik) : '';
    const probe = {
      nik: nik.length === 16 ? nik : null,
      nib: q.nib ? normalizeNib(q.nib) : null,
      phone: q.ownerPhone ? normalizePhone(q.ownerPhone) : null,
      nameKey: q.name && normalizeName(q.name).length >= 3 ? normalizeName(q.name) : null,
      ownerKey: q.ownerName && normalizeName(q.ownerName).length >= 3 ? normalizeName(q.ownerName) : null,
      nameWords: nameTokens(q.name ?? '').filter((w) => w.length >= 2).slice(0, 6),
      ownerWords: nameTokens(q.ownerName ?? '').filter((w) => w.length >= 2).slice(0, 6),
      nameKeys: keysOf(businessNameIndexWords(q.name)),
      ownerKeys: keysOf(personNameIndexWords(q.ownerName)),
      distinctiveKeys: {
        name: keysOf(businessNameIndexWords(q.name)).filter((k) => k.length >= 3 && !isCommonKey(k)),
        owner: keysOf(personNameIndexWords(q.ownerName)).filter((k) => k.length >= 3 && !isCommonKey(k)),
      },
      place: q.districtCode && /^\d{2}\.\d{2}\.\d{2}$/.test(q.districtCode) ? `d${q.districtCode.replace(/\./g, '')}` : null,
    };
    const place = { provinceCode: q.provinceCode, regencyCode: q.regencyCode, districtCode: q.districtCode, villageCode: q.villageCode };
    const rows = await candidateRows(this.deps.ds.manager, probe);
    const dismissed = new Set<string>(q.excludeId ? await notDuplicatesOf(this.deps.ds.manager, q.excludeId) : []);
    const best = new Map<string, DuplicateCandidate>();
    const names = nameMatcher({ name: q.name, ownerName: q.ownerName });
    for (const r of rows) {
      if (r.id === q.excludeId || dismissed.has(r.id) || best.has(r.id)) continue;
      const reasons: DuplicateCandidate['reasons'] = [];
      if (probe.nik && r.owner_nik === probe.nik) reasons.push('nik');
      if (probe.nib && r.nib === probe.nib) reasons.push('nib');
      if (probe.phone && r.owner_phone === probe.phone) reasons.push('phone');
      const nameMatch = names.business(r.name, r.name_words);
      const ownerMatch = names.person(r.owner_name, r.owner_name_words);
      const where = placeRelation(place, { provinceCode: r.province_code, regencyCode: r.regency_code, districtCode: r.district_code, villageCode: r.village_code });
      const nameScore = weighByPlace(nameMatch.score, where);
      const ownerScore = weighByPlace(ownerMatch.score, where);
      const byName = nameScore >= POSSIBLY_SAME_NAME;
      const byOwner = ownerScore >= POSSIBLY_SAME_PERSON;
      if (byName) reasons.push('name');
      if (byOwner) reasons.push('ownerName');
      if ((byName || byOwner) && (where === 'sameDistrict' || where === 'sameVillage')) reasons.push(where);
      if (reasons.length === 0) continue;
      const score = reasons.some((x) => x === 'nik' || x === 'nib' || x === 'phone') ? 1 : Math.max(byName ? nameScore : 0, byOwner ? ownerScore : 0);
      const notes = new Set<NonNullable<DuplicateCandidate['notes']>[number]>([
        ...(byName ? nameMatch.notes : []),
        ...(byOwner ? ownerMatch.notes : []),
      ]);
      if ((byName || byOwner) && where === 'otherProvince') notes.add('otherProvince');
      best.set(r.id, {
        id: r.id,
        name: r.name,
        ownerName: r.owner_name,
        // Named below, for the few candidates shown; most rows read here are passed over.
        regencyName: r.regency_code,
        reasons,
        ...(notes.size > 0 ? { notes: [...notes] } : {}),
        score: Math.round(score * 100) / 100,
      });
    }
    const shown = [...best.values()].sort((a, b) => b.score - a.score).slice(0, 10);
    for (const c of shown) c.regencyName = await this.regions.name(c.regencyName);
    return shown;
  }

  async dismissDuplicate(id: string, otherId: string): Promise<void> {
    this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      await this.load(id, m);
      await this.load(otherId, m);
      await insertNotDuplicate(m, id, otherId, this.stamp());
      await this.audit.record(m, { action: 'not_duplicate', entity: 'business', entityId: id, changes: { otherId: [null, otherId] } });
    });
  }

  /**
   * Everything that hangs on a merged profile moves to its survivor, in the caller's transaction:
   * each module's records, and the "not a duplicate" decisions about it, both ways round. A merge
   * does it here; an import does it for a profile that arrives merged at another desk. Answers how
   * many records of each kind moved.
   */
  async moveRelated(m: EntityManager, mergedId: string, survivorId: string): Promise<Record<string, number>> {
    const moved: Record<string, number> = {};
    for (const [name, mover] of this.movers) moved[name] = await mover(m, mergedId, survivorId);
    await moveNotDuplicates(m, mergedId, survivorId);
    return moved;
  }

  /**
   * Records that still name a merged profile (they came from a desk that had not heard of the
   * merge yet) follow it to the profile it was merged into, at every desk alike.
   */
  async followMerges(m: EntityManager, arrived: ReadonlyMap<string, string>): Promise<void> {
    for (const [mergedId, survivorId] of arrived) await this.moveRelated(m, mergedId, survivorId);
    // A survivor merged in its turn: a few rounds reach the last one.
    for (let round = 0; round < 8; round++) {
      const named = await mergedStillNamed(m);
      if (named.length === 0) return;
      for (const [mergedId, survivorId] of named) await this.moveRelated(m, mergedId, survivorId);
    }
  }

  /** The merged profile's chosen fields move to the survivor; its related records follow; it is retired. */
  async merge(input: ParsedInput<'businesses:merge'>): Promise<BusinessDetail> {
    this.deps.session.requireActor();
    await this.deps.ds.transaction(async (m) => {
      const survivor = await this.load(input.survivorId, m);
      const merged = await this.load(input.mergedId, m);
      const after: BusinessRow = { ...survivor };
      for (const field of input.takeFromMerged as Array<keyof BusinessRow>) (after as unknown as Record<string, unknown>)[field] = merged[field];
      const profile = { ...after, salesChannels: parseList(after.salesChannels), tags: parseList(after.tags) } as unknown as Profile;
      // Fields taken from two profiles must still fit together (region chain, NIK vs gender and birth date, permit dates).
      assertRulesHold(profile, '');
      const next = this.apply(after, profile, after.ownerNik);
      await saveBusinessRow(m, next);
      await this.writeTags(m, next.id, next.tags);
      const moved = await this.moveRelated(m, merged.id, survivor.id);
      await setMergedInto(m, merged.id, survivor.id, this.stamp());
      await this.audit.record(m, {
        action: 'merge',
        entity: 'business',
        entityId: survivor.id,
        changes: { ...diff(survivor, next, AUDITED_FIELDS), mergedId: [null, merged.id], moved: [null, moved] },
      });
      await this.audit.record(m, { action: 'merged_into', entity: 'business', entityId: merged.id, changes: { survivorId: [null, survivor.id] } });
    });
    return this.get(input.survivorId);
  }

  tags(): Promise<Array<{ tag: string; count: number }>> {
    return tagCounts(this.deps.ds.manager);
  }
}
