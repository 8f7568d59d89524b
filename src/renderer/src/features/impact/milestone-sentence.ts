import type { TFunction } from 'i18next';
import type { Milestone } from '../../../../shared/contract';
import { formatNumber, formatRupiah } from '../../lib/format';

/** What a sentence needs of a milestone (the dashboard and reports pass rows of their own). */
export type MilestoneFacts = Pick<
  Milestone,
  'kind' | 'jobKind' | 'men' | 'women' | 'salesBefore' | 'salesAfter' | 'capitalSource' | 'amount' | 'permitKind' | 'channel' | 'channelName'
>;

/**
 * A milestone as one readable sentence in the UI language: "3 tenaga kerja baru (2 L, 1 P)",
 * "Omzet Rp5.000.000 → Rp8.500.000 per bulan", "Modal KUR Rp25.000.000", "Izin P-IRT diperoleh",
 * "Pasar baru: Rest area tol — KM 19". Amounts and counts are formatted id-ID.
 */
export function milestoneSentence(m: MilestoneFacts, t: TFunction): string {
  switch (m.kind) {
    case 'business_started':
      return t('impact.sentence.business_started');
    case 'jobs': {
      const men = m.men ?? 0;
      const women = m.women ?? 0;
      const key = m.jobKind === 'kept' ? 'impact.sentence.jobs_kept' : 'impact.sentence.jobs_created';
      return t(key, { total: formatNumber(men + women), men: formatNumber(men), women: formatNumber(women) });
    }
    case 'sales':
      return t('impact.sentence.sales', { before: formatRupiah(m.salesBefore ?? 0), after: formatRupiah(m.salesAfter ?? 0) });
    case 'capital':
      return t(`impact.sentence.capital_${m.capitalSource ?? 'other_loan'}`, { amount: formatRupiah(m.amount ?? 0) });
    case 'permit':
      return t('impact.sentence.permit', { permit: m.permitKind ? t(`impact.permits.${m.permitKind}`) : '' });
    case 'market': {
      const channel = m.channel ? t(`businesses.channels.${m.channel}`) : '';
      return m.channelName ? t('impact.sentence.market_named', { channel, name: m.channelName }) : t('impact.sentence.market', { channel });
    }
  }
}
