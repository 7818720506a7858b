import { PHONE, useMedia } from '../media';

/**
 * Whether a source panel puts its quotes before its identity line (a phone's or a tablet's reader,
 * one source at a time: the words come first, UX review 12p, S3-3 and S3-9). The panel then writes them in
 * that order, so that the focus order and a screen reader follow the screen (UX review 10p, S3-14).
 */
export function useWordsFirst(): boolean {
  return useMedia(PHONE);
}
