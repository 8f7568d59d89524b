/**
 * `npm run print:sample -- --out FILE.pdf [--lang id|en] [--draft]`: renders the Ringkasan Konsultasi
 * of a sample consultation (long Indonesian text, three action items, two referrals) through the
 * same print service the app uses, into FILE.pdf, so anyone can check the layout without the app.
 * It works on a throwaway database and prints with Chromium, as the browser harness does.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../src/main/core';
import type { ConsultationInput } from '../src/shared/contract';
import { closePdfBrowser } from '../src/harness/chromium-pdf';
import { createTestPlatform } from '../src/harness/test-platform';

const COMPLAINT = [
  'Bu Sri memproduksi kue lapis dan amplang di rumahnya di Kelurahan Sungai Pinang Dalam sejak 2016. Sejak Pasar Segiri direnovasi, pelanggan tetapnya berkurang dan penjualan turun kira-kira sepertiga.',
  'Ia sudah mencoba “titip jual” di warung sekitar, tetapi pembayaran sering terlambat dan sebagian produk kembali dalam keadaan rusak. Harga telur, tepung dan gula naik ±15% dalam tiga bulan terakhir, sehingga margin makin tipis.',
  'Bu Sri ingin menjual ke rest area tol Balikpapan–Samarinda dan ke toko oleh-oleh di bandara, tetapi diminta P-IRT dan sertifikat halal. Ia juga bertanya tentang pinjaman untuk membeli oven kedua.',
].join('\n\n');
const DIAGNOSIS = [
  'Produk disukai dan harga bersaing; kelemahan utama ada pada legalitas (belum ada P-IRT dan halal), kemasan yang belum mencantumkan komposisi dan tanggal kedaluwarsa, serta pencatatan keuangan yang masih bercampur dengan uang rumah tangga.',
  'Kapasitas produksi terbatas oleh satu oven; permintaan musiman (Ramadan, akhir tahun) belum dapat dipenuhi.',
].join('\n\n');
const ADVICE = [
  '1. Urus SPP-IRT di Dinas Kesehatan Kota Samarinda: siapkan KTP, NIB, denah dapur dan contoh label; ikuti penyuluhan keamanan pangan.',
  '2. Setelah P-IRT terbit, daftarkan sertifikasi halal melalui jalur self-declare BPJPH dengan pendamping PPH.',
  '3. Pisahkan rekening usaha; catat penjualan harian di buku kas sederhana (format diberikan).',
  '4. Untuk oven kedua (± Rp18.500.000), ajukan KUR Mikro ke BRI Unit Segiri; siapkan catatan penjualan 6 bulan.',
  '5. Perbaiki kemasan: label dengan nama produk, komposisi, berat bersih, tanggal kedaluwarsa, nomor P-IRT dan logo halal.',
].join('\n');

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, lang: { type: 'string', default: 'id' }, draft: { type: 'boolean', default: false } } });
  if (!values.out) {
    console.error('usage: npm run print:sample -- --out FILE.pdf [--lang id|en] [--draft]');
    process.exit(2);
  }
  const out = resolve(values.out);
  const dataDir = mkdtempSync(join(tmpdir(), 'klinik-print-sample-'));
  const platform = createTestPlatform();
  const core = await createCore({ dataDir, platform, reminders: false, logger: { info() {}, warn() {}, error() {} } });
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const res = await core.router.invoke(channel, input);
    if (!res.ok) throw new Error(`${channel}: ${res.error.message} ${JSON.stringify(res.error.fields ?? {})}`);
    return res.value as T;
  };
  try {
    const setup = await call<{ consultant: { id: string } }>('session:firstRun', {
      officeName: 'Dinas Koperasi dan UKM Provinsi Kalimantan Timur',
      deskCode: 'SMD1',
      timeZone: 'Asia/Makassar',
      consultant: { name: 'Siti Rahmawati, S.E.', nip: null, phone: null },
    });
    const settings = await call<{ office: Record<string, unknown> }>('settings:get');
    const { updatedAt: _u, updatedBy: _b, ...office } = settings.office;
    await call('settings:updateOffice', {
      ...office,
      unitName: 'Klinik Bisnis UMKM',
      address: 'Jl. Basuki Rahmat No. 41, Samarinda',
      phone: '0541-736345',
      provinceCode: '64',
      regencyCode: '64.72',
    });
    if (values.lang === 'en') await call('settings:setLanguage', { language: 'en' });
    const business = await call<{ id: string }>('businesses:create', {
      profile: {
        name: 'Kue Bu Sri',
        brand: 'Lapis Segiri',
        ownerName: 'Sri Wahyuni',
        ownerNik: '6472015203900003',
        ownerGender: 'P',
        ownerBirthDate: '1990-03-12',
        ownerPhone: '0812-3456-7890',
        provinceCode: '64',
        regencyCode: '64.72',
        districtCode: '64.72.01',
        kbliCode: '10710',
        status: 'aktif',
        nib: '1234567890123',
        products: 'Kue lapis, amplang, bingka',
      },
      notDuplicateOf: [],
    });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(new Date());
    const due = (days: number) => new Date(Date.parse(today) + days * 86_400_000).toISOString().slice(0, 10);
    const intake: ConsultationInput = {
      businessId: business.id,
      consultantIds: [setup.consultant.id],
      date: today,
      startTime: '09:30',
      contactMinutes: 75,
      prepMinutes: 20,
      channel: 'datang_langsung',
      serviceAreas: ['legalitas', 'pemasaran', 'pembiayaan'],
      complaint: COMPLAINT,
      diagnosis: DIAGNOSIS,
      advice: ADVICE,
      referrals: [
        { kind: 'dinkes_pirt', note: 'Penyuluhan keamanan pangan, jadwal Kamis pagi' },
        { kind: 'bank_kur', note: 'BRI Unit Segiri, KUR Mikro ± Rp18.500.000' },
      ],
      actionItems: [
        { id: randomUUID(), what: 'Mendaftar SPP-IRT dan mengikuti penyuluhan keamanan pangan', who: 'business', dueDate: due(14) },
        { id: randomUUID(), what: 'Mengirim contoh label kemasan yang memenuhi ketentuan', who: 'consultant', dueDate: due(7) },
        { id: randomUUID(), what: 'Menyiapkan catatan penjualan enam bulan untuk pengajuan KUR', who: 'business', dueDate: due(30) },
      ],
    };
    const id = randomUUID();
    const { referrals, actionItems, diagnosis, ...rest } = intake;
    await call('consultations:saveDraft', {
      id,
      values: {
        ...rest,
        diagnosis: diagnosis ?? '',
        referrals: referrals!.map((r) => ({ kind: r.kind, note: r.note ?? '' })),
        actionItems: actionItems!.map((a) => ({ ...a, dueDate: a.dueDate ?? '' })),
      },
    });
    if (!values.draft) await call('consultations:finalize', { id, values: intake });
    const { html } = await core.services.print.consultationHtml(id);
    writeFileSync(out, await platform.printToPdf(html));
    console.log(`Wrote ${out}`);
  } finally {
    await core.close();
    await closePdfBrowser();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
