import type { CardSource } from '../types';

/** Every card source, for checking stored data (types.ts has the type only). */
export const CARD_SOURCES = ['meishi', 'vcard', 'mecard', 'mailto', 'import', 'manual'] as const satisfies readonly CardSource[];

// Fails to compile if CardSource gains a member this list lacks.
const complete: Exclude<CardSource, (typeof CARD_SOURCES)[number]> extends never ? true : false = true;
void complete;
