export { FollowUpsPage } from './list/FollowUpsPage';
export { FollowUpDetailPage } from './FollowUpDetailPage';
export { AddFollowUpButton } from './actions/AddFollowUpButton';
export { FollowUpSummary } from './home/FollowUpSummary';
export { IdleBusinessesCard } from './home/IdleBusinessesCard';
export { FollowUpLiveProvider, OverdueNavBadge, useFollowUpLive } from './live/FollowUpLiveProvider';
export { followUpsEn, followUpsId } from './i18n';
