import { splitArabicRuns } from '../domain';
import { dataText, useT } from '../i18n';

/**
 * Interface text from the data (a title, summary, outlet name or note), never a quote. In the English
 * interface each Arabic run is isolated right to left, so "(13 أيار/مايو الماضي)" keeps its order; in
 * the Arabic one its numbers follow the chosen digits.
 */
export function DataText({ text }: { readonly text: string }): React.JSX.Element {
  const { lang, display } = useT();
  if (lang === 'ar') return <>{dataText(text, lang, display)}</>;
  return (
    <>
      {splitArabicRuns(text).map((r, i) =>
        r.rtl ? (
          <bdi key={i} dir="rtl" lang="ar">
            {r.text}
          </bdi>
        ) : (
          r.text
        ),
      )}
    </>
  );
}
