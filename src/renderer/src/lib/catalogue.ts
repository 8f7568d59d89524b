/**
 * A catalogue's shape with its strings widened: the Indonesian catalogue is written `as const` (so its
 * keys are known), and the English one must have the same keys with any text.
 */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
