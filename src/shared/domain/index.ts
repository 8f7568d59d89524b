/** Pure domain rules for business profiles (Profil UMKM): identifiers, scale, names, KBLI. */
export * from './dates';
export * from './nik';
export * from './identifiers';
export * from './scale';
export * from './names';
export * from './kbli';
export { foldText } from './text';
