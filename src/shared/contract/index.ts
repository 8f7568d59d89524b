import type { z } from 'zod';
import { businessesContract } from './businesses';
import { regionsContract } from './regions';
import { consultantsContract } from './consultants';
import { consultationsContract } from './consultations';
import { followUpsContract } from './follow-ups';
import { printingContract } from './printing';
import { sessionContract } from './session';
import { settingsContract } from './settings';
import { systemContract } from './system';
import { transferContract } from './transfer';
import { trainingsContract } from './trainings';
import { impactContract } from './impact';
import { reportsContract } from './reports';
import { backupsContract } from './backups';
import { updatesContract } from './updates';
import { privacyContract } from './privacy';
import { privacyDutiesContract } from './privacy-duties';

/**
 * Every channel between renderer and main, declared once. Main handlers, the preload allowlist,
 * the harness and the renderer client are all typed from this map.
 */
export const contract = {
  ...settingsContract,
  ...consultantsContract,
  ...sessionContract,
  ...systemContract,
  ...regionsContract,
  ...businessesContract,
  ...consultationsContract,
  ...followUpsContract,
  ...printingContract,
  ...transferContract,
  ...trainingsContract,
  ...impactContract,
  ...reportsContract,
  ...backupsContract,
  ...updatesContract,
  ...privacyContract,
  ...privacyDutiesContract,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller may send (before defaults and transforms). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './settings';
export * from './consultants';
export * from './session';
export * from './system';
export * from './regions';
export * from './businesses';
export * from './consultations';
export * from './follow-ups';
export * from './printing';
export * from './transfer';
export * from './trainings';
export * from './impact';
export * from './reports';
export * from './backups';
export * from './updates';
export * from './privacy';
export * from './privacy-duties';
