import { useEffect, useId, useRef, useState } from 'react';
import type { Lang } from '../../domain';
import { dataText, LANGUAGES, useT } from '../../i18n';
import { PHONE, useMedia } from '../media';
import { useCompactHeader } from './compact-header';
import { SkipLinks } from './SkipLinks';

export interface HeaderProps {
  readonly title: string;
  readonly onLanguage: (lang: Lang) => void;
  readonly children?: React.ReactNode;
  /** Behind a view that covers the page (a phone's event view): out of the focus order and the tree. */
  readonly inert?: boolean;
  /** An event with sources' words is open: a skip link goes to them too. */
  readonly words?: boolean;
}

/** The product's name, the dataset's title and the one-click language switch. */
export function Header({
  title,
  onLanguage,
  children,
  inert = false,
  words = false,
}: HeaderProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const other: Lang = lang === 'ar' ? 'en' : 'ar';
  // On a phone the actions fold behind one button; on wider screens the button is hidden.
  const [open, setOpen] = useState(false);
  const actions = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  // On a phone or a tablet its top line stays in reach once the page has scrolled past it.
  const head = useRef<HTMLElement>(null);
  const switcher = useRef<HTMLButtonElement>(null);
  const compact = useCompactHeader(head, switcher, useMedia(PHONE));
  // The open menu closes on Escape, and focus goes back to its button.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <header className="app-header" inert={inert} ref={head} data-compact={compact ? '' : undefined}>
      <SkipLinks words={words} />
      <div className="brand">
        <h1>{t('app.name')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      {/* The dataset's words take the digit setting, as every date around them does (S3-2). */}
      <p className="dataset-title">{dataText(title, lang, display)}</p>
      <button
        ref={toggle}
        type="button"
        className="menu-toggle"
        aria-expanded={open}
        aria-controls={actions}
        data-back-closes=""
        onClick={() => setOpen(!open)}
      >
        {t('layout.menu')}
      </button>
      <div className="header-actions" id={actions} data-open={open}>
        {children}
      </div>
      <button
        ref={switcher}
        type="button"
        className="lang-switch"
        lang={other}
        dir={LANGUAGES[other].dir}
        onClick={() => onLanguage(other)}
      >
        {t('language.switchTo', { lng: other })}
      </button>
    </header>
  );
}
