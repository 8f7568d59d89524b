export { ImpactSection } from './ImpactSection';
export { MilestoneModal } from './MilestoneModal';
export { milestoneSentence, type MilestoneFacts } from './milestone-sentence';
export { impactEn, impactId } from './i18n';
