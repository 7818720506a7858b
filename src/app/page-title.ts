import { useEffect } from 'react';

/** The window's title: the selected event's title and the app's name, or the name alone (S3). */
export function pageTitle(appName: string, eventTitle: string | null): string {
  const title = eventTitle?.trim() ?? '';
  return title === '' ? appName : `${title} · ${appName}`;
}

/** Keeps `document.title` in step with the selection and the language (a tab, a bookmark, history). */
export function usePageTitle(appName: string, eventTitle: string | null): void {
  useEffect(() => {
    document.title = pageTitle(appName, eventTitle);
  }, [appName, eventTitle]);
}
