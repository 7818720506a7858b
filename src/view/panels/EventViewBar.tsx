import type { Lang } from '../../domain';
import { LANGUAGES, useT } from '../../i18n';

export interface EventViewBarProps {
  readonly onBack: () => void;
  readonly onLanguage: (lang: Lang) => void;
}

/**
 * The top of a selected event's own view on a phone: the way back to the timeline, and the language
 * switch (the page's own header is behind the view), which keeps the event.
 */
export function EventViewBar({ onBack, onLanguage }: EventViewBarProps): React.JSX.Element {
  const { t, lang } = useT();
  const other: Lang = lang === 'ar' ? 'en' : 'ar';
  return (
    <div className="story-bar">
      <button type="button" className="story-back" onClick={onBack}>
        {t('layout.back')}
      </button>
      <button
        type="button"
        className="story-lang"
        lang={other}
        dir={LANGUAGES[other].dir}
        onClick={() => onLanguage(other)}
      >
        {t('language.switchTo', { lng: other })}
      </button>
    </div>
  );
}
