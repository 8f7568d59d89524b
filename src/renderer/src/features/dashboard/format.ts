// One formatter per job, in the UI language: see lib/format.
export { formatCount, formatHours } from '../../lib/format';
