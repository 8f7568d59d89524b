export { systemHandlers } from './system.handlers';
