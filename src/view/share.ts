import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';

/**
 * The system share sheet, where there is one and the screen is touched (a phone or a tablet): a desk's
 * browser may have `navigator.share` too, but there "Copy link" is what people expect.
 */
export function canShareSheet(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    typeof navigator.share === 'function' &&
    typeof matchMedia === 'function' &&
    matchMedia('(pointer: coarse)').matches
  );
}

/**
 * The link to this view. The page's address, unless the app names where it is read (`app/url-sync.ts`
 * writes it from the view itself: a window just moved is in the link before the address catches up).
 */
let viewLink = (): string => location.href;

/** Names where the link to this view is read (the address's owner), for Share and Copy link. */
export function readLinkFrom(read: () => string): void {
  viewLink = read;
}

/** The link Share and Copy link give: absolute, as the view is now. */
export const currentLink = (): string => new URL(viewLink(), location.href).href;

/**
 * Opens the share sheet with this view's link and title (the page's title names the event shown).
 * Resolves false when sharing failed for another reason than the user closing the sheet.
 */
export async function shareSheet(): Promise<boolean> {
  try {
    await navigator.share({ title: document.title, url: currentLink() });
    return true;
  } catch (e) {
    return e instanceof DOMException && e.name === 'AbortError';
  }
}

/** What a status line may say: a key of the words, so that it is said again in a language switched to. */
export type LinkStatus = '' | 'share.copied' | 'share.rendering' | 'share.saved' | 'share.failed';

/**
 * A status line that says what Share or Copy link did, gone after four seconds (unless `stays` keeps
 * it, as a rendering in progress does), and the copy itself: the link on the clipboard, or where the
 * page may not write there, shown selected for the user to copy by hand. The status is kept as what
 * happened, not as words: a switch of language while it shows says it in the new language.
 */
export function useLinkStatus(stays: (status: LinkStatus) => boolean = () => false): {
  readonly status: string;
  readonly setStatus: (status: LinkStatus) => void;
  readonly copy: () => Promise<void>;
} {
  const { t } = useT();
  const [status, setStatus] = useState<LinkStatus>('');
  const keep = useRef(stays);
  keep.current = stays;
  useEffect(() => {
    if (status === '' || keep.current(status)) return;
    const done = window.setTimeout(() => setStatus(''), 4000);
    return () => window.clearTimeout(done);
  }, [status]);
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(currentLink());
      setStatus('share.copied');
    } catch {
      window.prompt(t('share.copyPrompt'), currentLink());
    }
  };
  return { status: status === '' ? '' : t(status), setStatus, copy };
}
