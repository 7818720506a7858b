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
 * Opens the share sheet with this view's link and title (the page's title names the event shown).
 * Resolves false when sharing failed for another reason than the user closing the sheet.
 */
export async function shareSheet(): Promise<boolean> {
  try {
    await navigator.share({ title: document.title, url: location.href });
    return true;
  } catch (e) {
    return e instanceof DOMException && e.name === 'AbortError';
  }
}
