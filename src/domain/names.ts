/**
 * Names made from words: an id from a name (`slug`), and the name of every file the app writes
 * (`fileStem`, `fileDay`). Every id the workbench derives (kinds and sides, origins, events, entities)
 * and every exported file's name is made here, so one name gives one id everywhere.
 */
import { DATASET_ID_MAX } from './types';

/**
 * An id's stem from a name: the accents NFKD takes off a letter go (é → e + ◌́ → e, so "Élysée
 * Palace" → `elysee-palace`, "Pedro Sánchez" → `pedro-sanchez`), every run of anything but ASCII
 * letters and digits becomes one hyphen, and the result is cut to `max` characters (never more than
 * `DATASET_ID_MAX`) without a hyphen at either end. Empty when the name has no such letter or digit
 * (an Arabic name): each caller says what stands in then.
 */
export function slug(name: string, max: number = DATASET_ID_MAX): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, Math.max(0, Math.min(max, DATASET_ID_MAX)))
    .replace(/-+$/, '');
}

/** At most this many characters of a free text (a title) go into a file's name. */
const FILE_WORDS_MAX = 60;

/**
 * A text's words as part of a file name: NFC, lower case, letters of any script (an Arabic title stays
 * Arabic), marks and digits kept, every other run one hyphen; at most `FILE_WORDS_MAX` characters.
 */
export function fileWords(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+/, '')
    .slice(0, FILE_WORDS_MAX)
    .replace(/-+$/, '');
}

/**
 * The name, without its extension, of a file the app writes: `riwayat-` and the parts' words
 * (`fileWords`), empty parts left out, joined by hyphens: `riwayat-2026-12-07`,
 * `riwayat-en-2026-12-07`, `riwayat-the-call-2026-12-07`.
 */
export function fileStem(parts: readonly (string | null | undefined)[]): string {
  return ['riwayat', ...parts.map((p) => fileWords(p ?? ''))].filter((p) => p !== '').join('-');
}

/** The day a file is written on, as its name carries it: YYYY-MM-DD in UTC. */
export const fileDay = (now: Date): string => now.toISOString().slice(0, 10);
