import { Initial1764316800000 } from './1764316800000-initial';

/**
 * Every migration, oldest first. Named `<epoch-ms>-<name>`; the list is explicit so the built
 * bundle never depends on scanning folders, and the applied list is checked against it at start.
 */
export const migrations = [Initial1764316800000];
