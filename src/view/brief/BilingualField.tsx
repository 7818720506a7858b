import type { Bilingual, Lang } from '../../domain';
import { useT } from '../../i18n';

export interface BilingualFieldProps {
  readonly legend: string;
  readonly labels: Readonly<Record<Lang, string>>;
  readonly value: Bilingual | undefined;
  readonly multiline?: boolean;
  readonly onChange: (lang: Lang, text: string) => void;
}

/**
 * A text in both languages: two fields, each marked with its language and direction, the interface
 * language's first. Every keystroke is a change (and is saved), so nothing typed is lost on a reload.
 */
export function BilingualField({
  legend,
  labels,
  value,
  multiline = false,
  onChange,
}: BilingualFieldProps): React.JSX.Element {
  const { t, lang } = useT();
  const order: readonly Lang[] = lang === 'ar' ? ['ar', 'en'] : ['en', 'ar'];
  return (
    <fieldset className="brief-bilingual">
      <legend>{legend}</legend>
      {order.map((l) => {
        const common = {
          lang: l,
          dir: l === 'ar' ? 'rtl' : 'ltr',
          value: value?.[l] ?? '',
          onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
            onChange(l, e.target.value),
        } as const;
        return (
          <label key={l} className="brief-field">
            {/* The legend names the text; each field shows its language, and is named in full. */}
            <span className="brief-field-label" aria-hidden="true">
              {t(l === 'ar' ? 'briefing.arabic' : 'briefing.english')}
            </span>
            {multiline ? (
              <textarea rows={2} aria-label={labels[l]} {...common} />
            ) : (
              <input type="text" aria-label={labels[l]} {...common} />
            )}
          </label>
        );
      })}
    </fieldset>
  );
}
