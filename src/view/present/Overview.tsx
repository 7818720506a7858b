import { useEffect, useRef } from 'react';
import { dataText, formatNumber, useT } from '../../i18n';
import type { PresentViewProps } from './PresentView';
import { slideName } from './SlideFace';

/** "7 / 18", in the language's digits. */
export function Counter({ at, total }: { at: number; total: number }): React.JSX.Element {
  const { t, lang, display } = useT();
  const num = (n: number): string => formatNumber(n, lang, display);
  return (
    <span className="present-position" title={t('deck.slideOf', { n: num(at + 1), total: num(total) })}>
      {num(at + 1)} / {num(total)}
    </span>
  );
}

/** Every slide, grouped by event: a press (or its number and Enter) goes there. */
export function Overview(p: PresentViewProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const num = (n: number): string => formatNumber(n, lang, display);
  const current = useRef<HTMLButtonElement>(null);
  useEffect(() => current.current?.focus(), []);
  // Groups of consecutive slides: the title slide, then each entry's.
  const groups: { key: string; title: string; slides: number[] }[] = [];
  p.deck.slides.forEach((s, i) => {
    const key = s.kind === 'title' ? 'title' : `entry-${s.entry}`;
    const last = groups[groups.length - 1];
    if (last?.key === key) last.slides.push(i);
    else
      groups.push({
        key,
        title: dataText(s.kind === 'title' ? s.briefing.title[lang] : s.event.title[lang], lang, display),
        slides: [i],
      });
  });
  return (
    <section className="present-overview" aria-labelledby="present-overview-title">
      <header className="present-overview-head">
        <h2 id="present-overview-title">{t('deck.overviewTitle')}</h2>
        <p>{p.typed !== '' ? t('deck.typed', { n: num(Number(p.typed)) }) : t('deck.overviewHint')}</p>
      </header>
      <ol className="present-overview-grid">
        {groups.map((g) => (
          <li key={g.key}>
            <h3>{g.title}</h3>
            <ol className="present-overview-slides">
              {g.slides.map((i) => {
                const s = p.deck.slides[i];
                const here = i === p.at;
                return s === undefined ? null : (
                  <li key={i} aria-current={here ? 'step' : undefined}>
                    <button type="button" ref={here ? current : undefined} onClick={() => p.onGoto(i)}>
                      <span className="present-overview-number">{num(i + 1)}</span>{' '}
                      {slideName(s, t, lang, num)}
                    </button>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
      <nav className="present-nav" aria-label={t('present.nav')}>
        <button type="button" onClick={() => p.onOverview(false)} aria-keyshortcuts="G Escape">
          {t('present.backToSlide')}
        </button>
        <Counter at={p.at} total={p.deck.slides.length} />
      </nav>
    </section>
  );
}
