import { PHONE_UPRIGHT, useMedia } from '../media';

/**
 * Whether a source panel puts its first quote before its identity line. The panel then writes them in
 * that order, so that the focus order and a screen reader follow the screen (UX review 10p, S3-14).
 */
export function useWordsFirst(): boolean {
  return useMedia(PHONE_UPRIGHT);
}
