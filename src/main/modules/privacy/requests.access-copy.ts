import type { AuditEntry, Language, OfficeProfile, PrivacyRequestKind } from '../../../shared/contract';
import { esc, htmlDocument, letterhead, longDateTime, printText } from '../printing';

/** One line of the person's data: a label and its value as stored (null prints as a dash). */
export type DataLine = [label: string, value: string | number | null];

export interface AccessCopy {
  office: OfficeProfile;
  language: Language;
  resourcesDir: string;
  printedAt: Date;
  subjectName: string;
  request: { kind: PrivacyRequestKind; receivedAt: string };
  /** The person's data, in sections (the person; the business or the training). */
  sections: Array<{ title: string; lines: DataLine[] }>;
  /** The audit log's entries about the record, newest first; names, never NIK or phone. */
  history: AuditEntry[];
}

const TEXT = {
  id: {
    title: 'Salinan Data Pribadi',
    subtitle: (name: string) => `atas permintaan akses ${name}`,
    basis: 'Disusun berdasarkan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi (Pasal 32): data pribadi yang disimpan kantor ini tentang Anda dan riwayat pemrosesannya.',
    received: 'Permintaan diterima',
    history: 'Riwayat pemrosesan',
    when: 'Waktu',
    what: 'Kegiatan',
    who: 'Oleh',
    fields: 'Data yang diubah',
    noHistory: 'Belum ada pemrosesan tercatat.',
    nobody: 'Sistem',
    footer: 'Salinan Data Pribadi',
  },
  en: {
    title: 'Copy of Personal Data',
    subtitle: (name: string) => `at the access request of ${name}`,
    basis: 'Made under Law No. 27 of 2022 on Personal Data Protection (art. 32): the personal data this office keeps about you and the history of its processing.',
    received: 'Request received',
    history: 'Processing history',
    when: 'When',
    what: 'Activity',
    who: 'By',
    fields: 'Data changed',
    noHistory: 'No processing recorded yet.',
    nobody: 'System',
    footer: 'Copy of Personal Data',
  },
} as const;

/** The audit log's action codes in words. */
const ACTIONS: Record<Language, Record<string, string>> = {
  id: {
    create: 'Data dicatat',
    update: 'Data diubah',
    delete: 'Data dihapus',
    restore: 'Data dipulihkan',
    merge: 'Profil digabung',
    reveal_nik: 'NIK ditampilkan lengkap',
    reveal_phone: 'Nomor telepon ditampilkan lengkap',
    export_personal: 'Data pribadi diekspor',
    erase_personal: 'Data pribadi dihapus atas permintaan',
    restrict: 'Pemrosesan dibatasi',
    unrestrict: 'Pembatasan pemrosesan dicabut',
    privacy_request: 'Permintaan data pribadi dicatat',
    access_copy: 'Salinan data pribadi dibuat',
    convert: 'Dijadikan profil UMKM',
    link: 'Ditautkan ke profil UMKM',
  },
  en: {
    create: 'Data recorded',
    update: 'Data changed',
    delete: 'Data deleted',
    restore: 'Data restored',
    merge: 'Profile merged',
    reveal_nik: 'NIK shown in full',
    reveal_phone: 'Phone number shown in full',
    export_personal: 'Personal data exported',
    erase_personal: 'Personal data erased on request',
    restrict: 'Processing restricted',
    unrestrict: 'Restriction of processing lifted',
    privacy_request: 'Personal data request recorded',
    access_copy: 'Copy of personal data made',
    convert: 'Made a business profile',
    link: 'Linked to a business profile',
  },
};

/** Field names of the records in words; others are shown as stored. */
const FIELDS: Record<Language, Record<string, string>> = {
  id: {
    name: 'nama', brand: 'merek', ownerName: 'nama pemilik', ownerNik: 'NIK', ownerGender: 'jenis kelamin', gender: 'jenis kelamin',
    ownerBirthDate: 'tanggal lahir', birthDate: 'tanggal lahir', age: 'umur', ownerPhone: 'telepon', phone: 'telepon', ownerEmail: 'email',
    address: 'alamat', provinceCode: 'provinsi', regencyCode: 'kabupaten/kota', districtCode: 'kecamatan', villageCode: 'desa/kelurahan',
    kbliCode: 'KBLI', products: 'produk', status: 'status', nib: 'NIB', modalUsaha: 'modal usaha', annualSales: 'omzet', salesChannels: 'saluran penjualan',
    tags: 'label', notes: 'catatan', businessId: 'profil UMKM', businessName: 'nama usaha', hasBusiness: 'punya usaha', trainingId: 'pelatihan',
    guardianName: 'orang tua/wali', guardianConsentDate: 'persetujuan wali', restricted: 'pembatasan', kind: 'jenis permintaan', requestId: 'permintaan',
  },
  en: {
    name: 'name', brand: 'brand', ownerName: "owner's name", ownerNik: 'NIK', ownerGender: 'gender', gender: 'gender',
    ownerBirthDate: 'birth date', birthDate: 'birth date', age: 'age', ownerPhone: 'phone', phone: 'phone', ownerEmail: 'e-mail',
    address: 'address', provinceCode: 'province', regencyCode: 'regency/city', districtCode: 'district', villageCode: 'village',
    kbliCode: 'KBLI', products: 'products', status: 'status', nib: 'NIB', modalUsaha: 'capital', annualSales: 'sales', salesChannels: 'sales channels',
    tags: 'tags', notes: 'notes', businessId: 'business profile', businessName: 'business name', hasBusiness: 'runs a business', trainingId: 'training',
    guardianName: 'parent/guardian', guardianConsentDate: "guardian's consent", restricted: 'restriction', kind: 'kind of request', requestId: 'request',
  },
};

const KINDS: Record<Language, Record<PrivacyRequestKind, string>> = {
  id: { access: 'akses', correction: 'perbaikan', erasure: 'penghapusan', restriction: 'pembatasan', objection: 'keberatan' },
  en: { access: 'access', correction: 'correction', erasure: 'erasure', restriction: 'restriction', objection: 'objection' },
};

/** The copy an access request is answered with, as an A4 HTML document for the printing port. */
export function accessCopyDocument(d: AccessCopy): string {
  const t = TEXT[d.language];
  const print = printText(d.language);
  const zone = d.office.timeZone;
  const printed = print.printed(longDateTime(d.printedAt, zone, print));
  const sections = d.sections
    .map(
      (s) => `<h2>${esc(s.title)}</h2>
<table class="grid">${s.lines.map(([label, value]) => `<tr><th style="width:45mm">${esc(label)}</th><td>${value === null || value === '' ? '—' : esc(value)}</td></tr>`).join('')}</table>`,
    )
    .join('\n');
  const rows = d.history
    .map((h) => {
      const words = FIELDS[d.language];
      const fields = h.changes ? Object.keys(h.changes).filter((f) => f !== 'reason').map((f) => words[f] ?? f).join(', ') : '';
      return `<tr><td class="nowrap">${esc(longDateTime(new Date(h.at), zone, print))}</td><td>${esc(ACTIONS[d.language][h.action] ?? h.action)}</td><td>${esc(h.actorName ?? t.nobody)}</td><td>${esc(fields)}</td></tr>`;
    })
    .join('');
  const history = d.history.length
    ? `<table class="grid"><thead><tr><th style="width:38mm">${esc(t.when)}</th><th style="width:48mm">${esc(t.what)}</th><th style="width:36mm">${esc(t.who)}</th><th>${esc(t.fields)}</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p class="muted">${esc(t.noHistory)}</p>`;
  return htmlDocument(
    { title: `${t.title} — ${d.subjectName}`, language: d.language, text: print, resourcesDir: d.resourcesDir, footerLeft: `${t.footer} · ${printed}` },
    `${letterhead(d.office, print)}
<h1>${esc(t.title)}</h1>
<div class="subtitle">${esc(t.subtitle(d.subjectName))} (${esc(KINDS[d.language][d.request.kind])})</div>
<p>${esc(t.basis)}</p>
<p><strong>${esc(t.received)}:</strong> ${esc(longDateTime(new Date(d.request.receivedAt), zone, print))}</p>
${sections}
<h2>${esc(t.history)}</h2>
${history}`,
  );
}
