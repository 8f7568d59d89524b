export { followUpsId, type FollowUpsCatalogue } from './id';
export { followUpsEn } from './en';
