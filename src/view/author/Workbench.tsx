import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  followEvent,
  selectionKind,
  type Command,
  type Draft,
  type KeptDraft,
  type Problem,
  type SaveStatus,
} from '../../author';
import { draftName, draftOutlet, findMentions, type Lang, type Span, type TimelineEvent } from '../../domain';
import { LANGUAGES, useT } from '../../i18n';
import { savedWorkbenchPlace, saveWorkbenchPlace } from '../../state';
import { ArticleList } from './ArticleList';
import { ArticleMeta } from './ArticleMeta';
import { ReplaceText } from './ReplaceText';
import { Vocabulary } from './Vocabulary';
import { RestartMenu } from './RestartMenu';
import { ArticleText } from './ArticleText';
import { Claims } from './Claims';
import { ConfirmButton } from './ConfirmButton';
import { Entities, draftFor } from './Entities';
import type { EntityDraft } from './EntityForm';
import { DateList } from './DateList';
import { DraftAlerts } from './DraftAlerts';
import { BilingualFields } from './Field';
import { EventForm } from './EventForm';
import { Problems } from './Problems';
import { Quotes } from './Quotes';
import { SelectionBar } from './SelectionBar';
import { Suggestions } from './Suggestions';
import { TypingContext } from './save-while-typing';

export interface WorkbenchProps {
  readonly draft: Draft;
  readonly dispatch: (c: Command) => void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly save: SaveStatus;
  readonly problems: readonly Problem[];
  readonly omitted: number;
  /** What `data:check` warns of, and the renderings marked as drafts. */
  readonly warnings: readonly Problem[];
  readonly checking: boolean;
  readonly onExportZip: () => void;
  readonly onExportJson: () => void;
  readonly onPreview: () => void;
  readonly onRestart: (from: 'dataset' | 'empty') => void;
  /** A draft replaced by "Start again" can be restored. */
  readonly canRestore: boolean;
  readonly onRestorePrevious: () => void;
  /** The drafts kept aside in this browser, newest first, and opening one in place of this draft. */
  readonly kept: readonly KeptDraft[];
  readonly onRestoreKept: (key: string) => void;
  /** A saved draft this version could not open (set aside, or not). */
  readonly unreadable: { readonly kept: boolean; readonly reason: string } | null;
  readonly onExportRaw: () => void;
  /** After another tab saved: open its draft, or keep this one over it. */
  readonly onReload: () => void;
  readonly onOverwrite: () => void;
  readonly onClose: () => void;
  readonly onLanguage: (lang: Lang) => void;
  /** Shown over the work: why a preview or an export could not be made. */
  readonly notice: string | null;
}

const quoteCount = (e: TimelineEvent): number => e.accounts.reduce((n, a) => n + a.quotes.length, 0);

/**
 * The authoring workbench: articles, the text with its highlights and tools, the event being written,
 * and the live check. Its fields report typing they hold but have not committed yet: until none does,
 * the header says "Saving…", never "All changes saved".
 */
export function Workbench(props: WorkbenchProps): React.JSX.Element {
  const [typing, setTyping] = useState<ReadonlySet<string>>(() => new Set());
  const report = useCallback((field: string, pending: boolean) => {
    setTyping((now) => {
      if (now.has(field) === pending) return now;
      const next = new Set(now);
      if (pending) next.add(field);
      else next.delete(field);
      return next;
    });
  }, []);
  const save: SaveStatus = props.save.state === 'saved' && typing.size > 0 ? { state: 'saving' } : props.save;
  return (
    <TypingContext.Provider value={report}>
      <WorkbenchScreen {...props} save={save} />
    </TypingContext.Provider>
  );
}

function WorkbenchScreen(props: WorkbenchProps): React.JSX.Element {
  const { draft } = props;
  const { t, lang } = useT();
  // What was just removed, with the way back: cleared by the next change.
  const [removed, setRemoved] = useState<string | null>(null);
  const [entityRequest, setEntityRequest] = useState<EntityDraft | null>(null);
  const send = props.dispatch;
  const dispatch = useCallback(
    (c: Command) => {
      setRemoved(null);
      send(c);
    },
    [send],
  );
  const remove = useCallback(
    (c: Command, what: string) => {
      send(c);
      setRemoved(what);
    },
    [send],
  );
  const other: Lang = lang === 'ar' ? 'en' : 'ar';
  // A reload opens the event being written and the article as they were, while the draft has them.
  const [place] = useState(savedWorkbenchPlace);
  const [sourceId, setSourceId] = useState<string | null>(
    draft.sources.find((s) => s.id === place.source)?.id ?? draft.sources.at(-1)?.id ?? null,
  );
  const [eventId, setEventId] = useState<string | null>(
    draft.events.find((e) => e.id === place.event)?.id ?? null,
  );
  useEffect(() => saveWorkbenchPlace({ event: eventId, source: sourceId }), [eventId, sourceId]);
  const [entityOpen, setEntityOpen] = useState<string | null>(null);
  const letEntityGo = useCallback(() => setEntityOpen(null), []);
  const [selection, setSelection] = useState<Span | null>(null);
  const eventPanel = useRef<HTMLElement>(null);
  const count = useRef(draft.sources.length);
  // An article just added is the one to work on.
  useEffect(() => {
    if (draft.sources.length > count.current) setSourceId(draft.sources.at(-1)?.id ?? null);
    count.current = draft.sources.length;
  }, [draft.sources]);
  const source = draft.sources.find((s) => s.id === sourceId) ?? null;
  // An article is named by its outlet, as a reader knows it; by its id until the outlet is filled in.
  const sourceName = source === null ? '' : draftName(source, lang);
  const quotesFrom = (id: string): number =>
    draft.events.reduce(
      (n, e) => n + e.accounts.reduce((m, a) => m + (a.source === id ? a.quotes.length : 0), 0),
      0,
    );
  // The event being written keeps its place when its id follows its date or title (or an undo of it).
  // Set during render (React's pattern for state derived from a change), so the form never unmounts.
  const [shownEvents, setShownEvents] = useState(draft.events);
  if (shownEvents !== draft.events) {
    setShownEvents(draft.events);
    const followed = followEvent(shownEvents, draft.events, eventId);
    if (followed !== eventId) setEventId(followed);
  }
  const event = draft.events.find((e) => e.id === eventId) ?? null;
  const eventAt = event === null ? -1 : draft.events.indexOf(event);
  useEffect(() => setSelection(null), [sourceId]);
  // A selection once quoted is let go, in the page too, so that no later action reuses it.
  const letGo = useCallback(() => {
    document.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);
  const goEvent = useCallback((id: string) => {
    setEventId(id);
    requestAnimationFrame(() => eventPanel.current?.focus());
  }, []);
  const goSource = useCallback((id: string) => setSourceId(id), []);
  const mentioned = useMemo(() => {
    if (event === null) return new Set<string>();
    const texts = event.accounts.flatMap((a) =>
      a.quotes.map((q) => (draft.sources.find((s) => s.id === a.source)?.text ?? '').slice(q.start, q.end)),
    );
    return new Set(texts.flatMap((text) => findMentions(text, draft.entities).map((m) => m.entity)));
  }, [event, draft.sources, draft.entities]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select') && !target.closest('.author-text-plain')) return;
      if (e.key.toLowerCase() === 'z' && !e.shiftKey) {
        e.preventDefault();
        props.onUndo();
      } else if (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey)) {
        e.preventDefault();
        props.onRedo();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [props]);

  return (
    <div className="workbench">
      <header className="author-bar">
        <h1>{t('author.heading')}</h1>
        <div className="author-bar-actions" role="toolbar" aria-label={t('author.draftTools')}>
          <button
            type="button"
            disabled={!props.canUndo}
            onClick={() => {
              setRemoved(null);
              props.onUndo();
            }}
            aria-keyshortcuts="Control+Z"
          >
            {t('author.undo')}
          </button>
          <button
            type="button"
            disabled={!props.canRedo}
            onClick={props.onRedo}
            aria-keyshortcuts="Control+Y"
          >
            {t('author.redo')}
          </button>
          <span className={`author-save author-save-${props.save.state}`} role="status">
            {t(`author.save.${props.save.state}`)}
          </span>
          <button type="button" onClick={props.onExportZip}>
            {t('author.exportZip')}
          </button>
          <button type="button" onClick={props.onExportJson}>
            {t('author.exportJson')}
          </button>
          <button type="button" onClick={props.onPreview}>
            {t('author.preview')}
          </button>
          <RestartMenu onRestart={props.onRestart} kept={props.kept} onRestoreKept={props.onRestoreKept} />
          <button type="button" onClick={props.onClose}>
            {t('author.close')}
          </button>
          <button
            type="button"
            className="author-lang"
            lang={other}
            dir={LANGUAGES[other].dir}
            onClick={() => props.onLanguage(other)}
          >
            {t('language.switchTo', { lng: other })}
          </button>
        </div>
      </header>
      <DraftAlerts
        save={props.save}
        unreadable={props.unreadable}
        // Only while nothing is done in the new draft; the menu keeps the way back after that.
        canRestore={props.canRestore && !props.canUndo}
        onExportZip={props.onExportZip}
        onExportRaw={props.onExportRaw}
        onReload={props.onReload}
        onOverwrite={props.onOverwrite}
        onRestorePrevious={props.onRestorePrevious}
      />
      {removed !== null && (
        <p className="author-removed" role="status">
          {t('workbench.removed', { what: removed })}{' '}
          <button
            type="button"
            onClick={() => {
              setRemoved(null);
              props.onUndo();
            }}
          >
            {t('workbench.undo')}
          </button>
        </p>
      )}
      {props.notice !== null && (
        <p className="author-alert" role="alert">
          {props.notice}
        </p>
      )}
      <div className="author-columns">
        <aside className="author-side">
          <ArticleList draft={draft} current={sourceId} onSelect={goSource} dispatch={dispatch} />
          <Problems
            draft={draft}
            problems={props.problems}
            omitted={props.omitted}
            warnings={props.warnings}
            checking={props.checking}
            onGo={(p) =>
              p.kind === 'source'
                ? setSourceId(p.id)
                : p.kind === 'event'
                  ? goEvent(p.id)
                  : setEntityOpen(p.id)
            }
          />
          <fieldset className="author-title">
            <legend>{t('workbench.datasetTitle')}</legend>
            <BilingualFields
              labels={{ ar: t('workbench.titleAr'), en: t('workbench.titleEn') }}
              value={draft.title}
              onCommit={(value) => dispatch({ type: 'set-title', title: value })}
            />
          </fieldset>
          <Vocabulary which="kinds" draft={draft} dispatch={dispatch} onRemove={remove} />
          <Vocabulary which="sides" draft={draft} dispatch={dispatch} onRemove={remove} />
          <Entities
            draft={draft}
            source={source}
            request={entityRequest}
            onRequestDone={() => setEntityRequest(null)}
            open={entityOpen}
            onOpened={letEntityGo}
            dispatch={dispatch}
            onRemove={remove}
          />
        </aside>
        <main className="author-main">
          {source === null ? (
            <p className="author-empty">{t('author.noArticle')}</p>
          ) : (
            <>
              <div className="author-article-head">
                <h2>
                  {draftOutlet(source, lang) !== null && (
                    <>
                      <bdi>{draftOutlet(source, lang)?.text}</bdi>{' '}
                    </>
                  )}
                  <bdi dir="ltr" className="author-article-id">
                    {source.id}
                  </bdi>
                </h2>
                <ConfirmButton
                  label={t('workbench.removeArticle')}
                  ask={
                    quotesFrom(source.id) === 0
                      ? null
                      : t('workbench.removeArticleAsk', { name: sourceName, count: quotesFrom(source.id) })
                  }
                  onConfirm={() =>
                    remove(
                      { type: 'remove-article', source: source.id },
                      t('workbench.whatArticle', { name: sourceName }),
                    )
                  }
                />
              </div>
              <ArticleMeta key={`meta-${source.id}`} source={source} draft={draft} dispatch={dispatch} />
              <ReplaceText key={`replace-${source.id}`} source={source} draft={draft} onReplace={remove} />
              <Suggestions
                key={source.id}
                source={source}
                draft={draft}
                onEvent={goEvent}
                dispatch={dispatch}
              />
              <SelectionBar
                source={source}
                draft={draft}
                selection={selection}
                event={eventId}
                onEvent={goEvent}
                onPick={setEventId}
                onUsed={letGo}
                onEntity={(words) => setEntityRequest(draftFor(words, [], 'other', selectionKind(words)))}
                dispatch={dispatch}
              />
              <ArticleText source={source} draft={draft} onSelection={setSelection} />
              <DateList source={source} draft={draft} onEvent={goEvent} dispatch={dispatch} />
            </>
          )}
        </main>
        <section className="author-event" ref={eventPanel} tabIndex={-1} aria-labelledby="author-event-h">
          <h2 id="author-event-h">{t('author.event')}</h2>
          <label htmlFor="author-event-pick">{t('author.eventPick')}</label>
          <select
            id="author-event-pick"
            value={eventId ?? ''}
            onChange={(e) => setEventId(e.target.value === '' ? null : e.target.value)}
          >
            <option value="">—</option>
            {draft.events.map((e) => (
              <option key={e.id} value={e.id}>
                {e.start} {e.title[lang] || e.id}
              </option>
            ))}
          </select>
          {event === null ? (
            <p>{t('author.noEvent')}</p>
          ) : (
            <>
              <div className="author-article-head">
                <p className="author-event-id">
                  <bdi dir="ltr">{event.id}</bdi>
                </p>
                <ConfirmButton
                  label={t('workbench.removeEvent')}
                  ask={
                    quoteCount(event) === 0
                      ? null
                      : t('workbench.removeEventAsk', { count: quoteCount(event) })
                  }
                  onConfirm={() => {
                    remove(
                      { type: 'remove-event', event: event.id },
                      t('workbench.whatEvent', { name: event.title[lang] || event.title[other] || event.id }),
                    );
                    setEventId(null);
                  }}
                />
              </div>
              <EventForm
                // By place, not id: a rename as the title is left keeps the field the focus moved to.
                key={eventAt}
                draft={draft}
                event={event}
                entities={draft.entities}
                mentioned={mentioned}
                dispatch={dispatch}
              />
              <Quotes draft={draft} event={event} dispatch={dispatch} onRemove={remove} onSource={goSource} />
              <Claims event={event} entities={draft.entities} dispatch={dispatch} onRemove={remove} />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
