import type { BaseDictionary } from './en';
import { shellJa } from './ja/shell';
import { cardJa } from './ja/card';

/** Japanese messages loaded with the first paint. */
export const ja: BaseDictionary = { ...shellJa, ...cardJa };
