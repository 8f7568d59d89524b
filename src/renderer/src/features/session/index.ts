export { SessionProvider, useSession } from './SessionProvider';
export { FirstRunScreen } from './FirstRunScreen';
export { ChooseConsultantScreen } from './ChooseConsultantScreen';
export { ConsultantMenu } from './ConsultantMenu';
export { initials } from './initials';
