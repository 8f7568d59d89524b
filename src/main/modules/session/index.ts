export { SessionService } from './session.service';
export { sessionHandlers } from './session.handlers';
