import type { Share } from '../../../../shared/contract';
import { formatPercent } from '../../lib/format';

/** A share of those whose attribute is known, `33,3%` (`33.3%`); null when none is known. */
export function formatShare(share: Share): string | null {
  return share.known > 0 ? formatPercent(share.count / share.known) : null;
}
