import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  complete,
  completions,
  renderingKey,
  sameWords,
  termsIn,
  wordBefore,
  wordCompletions,
  type Command,
  type Draft,
  type GlossaryTerm,
  type QuoteRef,
} from '../../author';
import { useT } from '../../i18n';
import { useSaveWhileTyping } from './save-while-typing';

/**
 * One quote's rendering: the Arabic as published beside the English, the dataset's renderings of the
 * names it uses (clicked, or offered as the word being typed begins like one), the longer words its
 * renderings already use (offered from a word's third letter; Tab takes the first), the rendering of the
 * same words in another article, and the mark "draft: still to check". The text commits when typing
 * pauses or the field is left (one undo step per pause); taking another quote's rendering marks it a
 * draft. Ctrl+Enter commits and moves on (`onNext`), so a run of quotes is rendered without the mouse.
 */
export function Rendering({
  draft,
  quote,
  text,
  en,
  glossary,
  words,
  outlet,
  dispatch,
  onNext,
  fieldRef,
}: {
  readonly draft: Draft;
  readonly quote: QuoteRef;
  readonly text: string;
  readonly en: string;
  readonly glossary: readonly GlossaryTerm[];
  /** The words of the dataset's checked renderings, most used first (`renderedWords`). */
  readonly words: readonly string[];
  /** An article's name for the reader: its outlet, else its id. */
  readonly outlet: (source: string) => string;
  readonly dispatch: (c: Command) => void;
  /** Ctrl+Enter: the rendering is committed, then the next quote's field is focused. */
  readonly onNext?: () => void;
  /** The English field, for the quotes' list to move the focus between them. */
  readonly fieldRef?: (el: HTMLTextAreaElement | null) => void;
}): React.JSX.Element {
  const { t, lang } = useT();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [value, setValue] = useState(en);
  const [caret, setCaret] = useState(en.length);
  // What this field committed last: its value coming back is no reason to replace newer typing.
  const committed = useRef<string | null>(null);
  useEffect(() => {
    const own = en === committed.current;
    committed.current = null;
    if (!own) setValue(en);
  }, [en]);
  const isDraft = (draft.renderingDrafts ?? []).includes(renderingKey(quote));
  const terms = useMemo(() => termsIn(text, glossary), [text, glossary]);
  const typed = wordBefore(value, caret);
  // The quote's own names first, then the rest of the glossary, then words the renderings use.
  const names = completions(typed.typed, [...terms, ...glossary]).map((term) => term.en);
  const offered = [...new Set([...names, ...wordCompletions(typed.typed, words)])].slice(0, 6);
  const same = useMemo(
    () => (en.trim() === '' ? sameWords(draft, quote, text) : []),
    [draft, quote, text, en],
  );
  const commit = (next: string): void => {
    if (next === en) return;
    committed.current = next;
    dispatch({ type: 'set-quote-english', quote, en: next });
  };
  useSaveWhileTyping(value !== en, value, () => commit(value));
  const put = (word: string, from: number, to: number): void => {
    const r = complete(value, from, to, word);
    setValue(r.text);
    setCaret(r.caret);
    requestAnimationFrame(() => {
      area.current?.focus();
      area.current?.setSelectionRange(r.caret, r.caret);
    });
  };
  return (
    <div className="author-rendering">
      <div className="author-rendering-pair">
        <blockquote lang="ar" dir="rtl" aria-label={t('workbench.arabic')}>
          {text}
        </blockquote>
        <div className="author-field">
          <label htmlFor={id}>
            {t('workbench.english')}
            {isDraft && <span className="author-draft-mark"> · {t('workbench.draftRendering')}</span>}
          </label>
          <textarea
            id={id}
            ref={(el) => {
              area.current = el;
              fieldRef?.(el);
            }}
            lang="en"
            dir="ltr"
            rows={3}
            value={value}
            aria-describedby={offered.length > 0 ? `${id}-complete` : undefined}
            aria-keyshortcuts={onNext === undefined ? undefined : 'Control+Enter'}
            onChange={(e) => {
              setValue(e.target.value);
              setCaret(e.target.selectionStart);
            }}
            onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && onNext !== undefined) {
                e.preventDefault();
                commit(value);
                onNext();
                return;
              }
              // Tab takes the first completion offered, when one is.
              const first = offered[0];
              if (e.key === 'Tab' && !e.shiftKey && first !== undefined) {
                e.preventDefault();
                put(first, typed.from, caret);
              }
            }}
            // A click on a completion or a name keeps the focus here (their mousedown is prevented),
            // so the word is completed in place; leaving by Tab or elsewhere commits.
            onBlur={() => commit(value)}
          />
        </div>
      </div>
      {offered.length > 0 && (
        <p className="author-completions" id={`${id}-complete`}>
          {t('workbench.completions')}{' '}
          {offered.map((word) => (
            <button
              key={word}
              type="button"
              className="author-term"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => put(word, typed.from, caret)}
            >
              {word}
            </button>
          ))}
        </p>
      )}
      {terms.length > 0 && (
        <p className="author-glossary">
          {t('workbench.glossary')}:{' '}
          {terms.map((term) => (
            <button
              key={term.en}
              type="button"
              className="author-term"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => put(term.en, caret, caret)}
            >
              {/* From the Arabic to its rendering: the arrow points the way the line reads. */}
              <bdi lang="ar">{term.ar}</bdi> {lang === 'ar' ? '←' : '→'} <bdi lang="en">{term.en}</bdi>
            </button>
          ))}
        </p>
      )}
      {same.map((s) => (
        <p key={renderingKey(s.quote)} className="author-reuse">
          <button
            type="button"
            onClick={() =>
              dispatch({
                type: 'batch',
                commands: [
                  { type: 'set-quote-english', quote, en: s.en },
                  { type: 'mark-rendering', quote, draft: true },
                ],
              })
            }
          >
            {t('workbench.reuse', { source: outlet(s.quote.source) })}
          </button>{' '}
          <q lang="en" dir="ltr">
            {s.en.length > 90 ? `${s.en.slice(0, 90)}…` : s.en}
          </q>
        </p>
      ))}
      <button
        type="button"
        aria-pressed={isDraft}
        onClick={() => {
          commit(value);
          dispatch({ type: 'mark-rendering', quote, draft: !isDraft });
        }}
      >
        {isDraft ? t('workbench.markChecked') : t('workbench.markDraft')}
      </button>
    </div>
  );
}
