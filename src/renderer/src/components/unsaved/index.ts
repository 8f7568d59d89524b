export { UnsavedChangesModal } from './UnsavedChangesModal';
export { UnsavedGuardProvider } from './UnsavedGuardProvider';
export { useUnsavedGuard, type UnsavedGuard } from './use-unsaved-guard';
export { GuardedModal } from './GuardedModal';
