import { useCallback, useSyncExternalStore } from 'react';

/**
 * The widths, in CSS px, at which the page's layout changes: each is the first width of the wider
 * layout, so a style sheet writes `(min-width: W)` for it and `(max-width: W − 1)` for what lies
 * below. The style sheets cannot import them: `media-widths.test.ts` checks that every `@media` width
 * in `app/styles` is one of these.
 */
export const WIDTHS = {
  /** Above a phone held upright (up to 600 px): the search box's hint takes its whole words. */
  pastPhoneUpright: 601,
  /** A tablet held upright (700–899 px): the event's reader takes the whole width. */
  tablet: 700,
  /** The desk: the timeline and the event side by side; below it, the phone's event view. */
  desk: 900,
  /** The briefing's title slide: its title and subtitle side by side. */
  wideForm: 1100,
  /** A desk with room for two source panels at their full measure. */
  roomyPanels: 1280,
  /** A desk with room for the toolbar's words at their usual spacing. */
  roomyToolbar: 1400,
  /** A desk with room for the header's tagline. */
  tagline: 1700,
  /** A large screen: where to start gets a wider column. */
  large: 1800,
  /** A very large screen (2560 px): larger type. */
  huge: 2100,
} as const;

/** A phone's layout: the selected event is a view of its own over the page (`layout.css`). */
export const PHONE = `(max-width: ${WIDTHS.desk - 1}px)`;

/** A tablet held upright (`layout.css`, `panels.css`). */
export const TABLET = `(min-width: ${WIDTHS.tablet}px) and (max-width: ${WIDTHS.desk - 1}px)`;

/** A phone held upright: the search box's hint takes fewer words (`explore.css`). */
export const PHONE_UPRIGHT = `(max-width: ${WIDTHS.pastPhoneUpright - 1}px)`;

/**
 * A short desk screen (1280×720): a source's identity line folds into "How this is known" and "Where
 * they diverge" opens folded unless the reader opened it, so that each first quote is whole on arrival
 * (`compare.css` writes the same query).
 */
export const SHORT_DESK = `(min-width: ${WIDTHS.desk}px) and (max-height: 760px)`;

/** Whether the page matches a media query now (false where there is no `matchMedia`, as in unit tests). */
export const matchesNow = (query: string): boolean =>
  typeof matchMedia === 'function' && matchMedia(query).matches;

/** Whether the page matches a media query, following its changes (a resize, a turned phone). */
export function useMedia(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof matchMedia !== 'function') return () => undefined;
      const media = matchMedia(query);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => matchesNow(query),
    () => false,
  );
}
