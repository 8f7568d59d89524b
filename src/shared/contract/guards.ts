import type { Channel, ParsedInput } from './index';

/**
 * Who may call each channel, declared once beside the contract and enforced once, by the router
 * (`src/main/ipc/router.ts`), before any handler runs. Every channel is classified: the type below
 * fails to compile when one is missing, and `tests/main/channel-guards.test.ts` calls every guarded
 * channel through the real router to see it refused.
 *
 * - `open`: also while the desk is locked or nobody is on duty (the lock screen, first run).
 * - `unlocked`: a consultant on duty and the desk unlocked.
 * - `admin`: unlocked, and the consultant on duty is an admin (kepala/koordinator).
 * - `fresh-pin`: unlocked, and the PIN was entered within the last two minutes (FRESH_PIN_MS):
 *   revealing a NIK, personal data in full, anything that cannot be taken back.
 * - `admin+fresh-pin`: both.
 * - `{ access, freshPinWhen }`: a fresh PIN only for some inputs (an export with personal data in full).
 */
export type AccessLevel = 'open' | 'unlocked' | 'admin';
export type GuardRule<C extends Channel = Channel> =
  | AccessLevel
  | 'fresh-pin'
  | 'admin+fresh-pin'
  | { access: Exclude<AccessLevel, 'open'>; freshPinWhen: (input: ParsedInput<C>) => boolean };

export type ChannelGuards = { [C in Channel]: GuardRule<C> };
/** Any channel's rule, for code that reads rules without knowing the channel. */
export type AnyGuardRule = AccessLevel | 'fresh-pin' | 'admin+fresh-pin' | { access: Exclude<AccessLevel, 'open'>; freshPinWhen: (input: never) => boolean };

export const CHANNEL_GUARDS: ChannelGuards = {
  // The lock screen, first run and what they show.
  'session:get': 'open',
  'session:start': 'open',
  'session:lock': 'open',
  'session:firstRun': 'open',
  'settings:get': 'open',
  'consultants:list': 'open',
  // Kemendagri's region codes: public reference data, read before anyone signs in.
  'regions:children': 'open',
  // Ending the session unmounts the screens (and what was typed): not from a locked desk.
  'session:end': 'unlocked',
  'session:confirmPin': 'unlocked',
  'session:changePin': 'unlocked',

  // The office's settings, its consultants and the app's installation: admins only.
  'settings:updateOffice': 'admin',
  'settings:updateReminders': 'admin',
  'settings:updateLock': 'admin',
  // A display preference of whoever sits at the desk; it changes no record.
  'settings:setLanguage': 'unlocked',
  'settings:reminders': 'unlocked',
  'consultants:create': 'admin',
  'consultants:update': 'admin',
  // Someone else's PIN: whoever sat down at an admin's open desk must not hand out new ones.
  'consultants:resetPin': 'admin+fresh-pin',
  'audit:list': 'admin',
  'backups:updateSettings': 'admin',
  'backups:chooseFolder': 'admin',
  'backups:restore': 'admin+fresh-pin',
  'backups:restoreFile': 'admin+fresh-pin',
  'updates:setFolder': 'admin',
  'updates:install': 'admin',
  'businesses:erasePersonalData': 'admin+fresh-pin',
  'participants:erasePersonalData': 'admin+fresh-pin',

  // Personal data in full: the PIN again.
  'businesses:revealNik': 'fresh-pin',
  'businesses:exportPersonalData': 'fresh-pin',
  'transfer:export': { access: 'unlocked', freshPinWhen: (input) => input.personalData === 'full' },

  // The day's work.
  'system:info': 'unlocked',
  'businesses:list': 'unlocked',
  'businesses:get': 'unlocked',
  'businesses:create': 'unlocked',
  'businesses:update': 'unlocked',
  'businesses:delete': 'unlocked',
  'businesses:restore': 'unlocked',
  'businesses:checkDuplicates': 'unlocked',
  'businesses:dismissDuplicate': 'unlocked',
  'businesses:merge': 'unlocked',
  'businesses:timeline': 'unlocked',
  'businesses:tags': 'unlocked',
  'consultations:saveDraft': 'unlocked',
  'consultations:drafts': 'unlocked',
  'consultations:discardDraft': 'unlocked',
  'consultations:finalize': 'unlocked',
  'consultations:amend': 'unlocked',
  'consultations:get': 'unlocked',
  'consultations:list': 'unlocked',
  'consultations:hours': 'unlocked',
  'followUps:counts': 'unlocked',
  'followUps:list': 'unlocked',
  'followUps:agenda': 'unlocked',
  'followUps:get': 'unlocked',
  'followUps:create': 'unlocked',
  'followUps:complete': 'unlocked',
  'followUps:snooze': 'unlocked',
  'followUps:reschedule': 'unlocked',
  'followUps:cancel': 'unlocked',
  'followUps:idle': 'unlocked',
  'impact:list': 'unlocked',
  'impact:get': 'unlocked',
  'impact:create': 'unlocked',
  'impact:update': 'unlocked',
  'impact:delete': 'unlocked',
  'print:consultation': 'unlocked',
  'print:businessSheet': 'unlocked',
  'print:batch': 'unlocked',
  'reports:dashboard': 'unlocked',
  'reports:activity': 'unlocked',
  'reports:impact': 'unlocked',
  'reports:dataChecks': 'unlocked',
  'reports:print': 'unlocked',
  'reports:exportXlsx': 'unlocked',
  'trainings:list': 'unlocked',
  'trainings:get': 'unlocked',
  'trainings:create': 'unlocked',
  'trainings:update': 'unlocked',
  'trainings:delete': 'unlocked',
  'trainings:restore': 'unlocked',
  'participants:list': 'unlocked',
  'participants:add': 'unlocked',
  'participants:update': 'unlocked',
  'participants:remove': 'unlocked',
  'participants:revealPhone': 'unlocked',
  'participants:setAttendance': 'unlocked',
  'participants:convert': 'unlocked',
  'participants:link': 'unlocked',
  'participants:scheduleCheckIns': 'unlocked',
  'participants:importOpen': 'unlocked',
  'participants:importPreview': 'unlocked',
  'participants:importCommit': 'unlocked',
  'transfer:drives': 'unlocked',
  'transfer:chooseFolder': 'unlocked',
  'transfer:choosePackage': 'unlocked',
  'transfer:openFolder': 'unlocked',
  'transfer:cancel': 'unlocked',
  'transfer:previewImport': 'unlocked',
  'transfer:applyImport': 'unlocked',
  'transfer:officeKey': 'unlocked',
  'transfer:peers': 'unlocked',
  'transfer:conflicts': 'unlocked',
  'transfer:conflict': 'unlocked',
  'transfer:resolveConflict': 'unlocked',
  'transfer:chooseOfficeKeyFile': 'unlocked',
  // The office key opens every package of the office in full: an admin's, with a fresh PIN.
  'transfer:createOfficeKey': 'admin+fresh-pin',
  'transfer:revealOfficeKey': 'admin+fresh-pin',
  'transfer:joinOfficeKey': 'admin+fresh-pin',
  'transfer:saveOfficeKeyFile': 'admin+fresh-pin',
  'transfer:importOfficeKeyFile': 'admin+fresh-pin',
  'backups:list': 'unlocked',
  'backups:status': 'unlocked',
  'backups:create': 'unlocked',
  'updates:settings': 'unlocked',
  'updates:check': 'unlocked',
  // The register of data subjects' requests; the access copy holds the person's data in full.
  // The office's own UU PDP duties: retention (anonymising cannot be taken back), breaches, record of processing.
  'privacy:retention': 'unlocked',
  'privacy:setRetention': 'admin',
  'privacy:retentionDue': 'admin',
  'privacy:anonymise': 'admin+fresh-pin',
  'privacy:exports': 'admin',
  'privacy:breaches': 'admin',
  'privacy:breach': 'admin',
  'privacy:createBreach': 'admin',
  'privacy:breachNotified': 'admin',
  'privacy:printBreachLetter': 'admin',
  'privacy:processingRecord': 'unlocked',
  'privacy:setProcessingRecord': 'admin',
  'privacy:printProcessingRecord': 'unlocked',
  // The register of data subjects' requests; the access copy holds the person's data in full.
  'privacy:list': 'unlocked',
  'privacy:get': 'unlocked',
  'privacy:subjects': 'unlocked',
  'privacy:create': 'unlocked',
  'privacy:answer': 'unlocked',
  'privacy:refuse': 'unlocked',
  'privacy:setRestricted': 'unlocked',
  'privacy:accessCopy': 'fresh-pin',
};

/** What a rule asks of the desk, for a given input. */
export function guardNeeds(rule: AnyGuardRule, input: unknown): { access: AccessLevel; freshPin: boolean } {
  if (typeof rule === 'object') return { access: rule.access, freshPin: (rule.freshPinWhen as (i: unknown) => boolean)(input) };
  if (rule === 'fresh-pin') return { access: 'unlocked', freshPin: true };
  if (rule === 'admin+fresh-pin') return { access: 'admin', freshPin: true };
  return { access: rule, freshPin: false };
}
