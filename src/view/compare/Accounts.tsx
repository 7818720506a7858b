import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import {
  claimMatrix,
  coverageByOutlet,
  coverageOf,
  divergenceCount,
  reportingSources,
  sourceLabel,
  sharedOrigins,
  tabName,
  unknownOriginSources,
  type DatasetIndex,
  type TimelineEvent,
} from '../../domain';
import { useT } from '../../i18n';
import { CoverageStrip } from './CoverageStrip';
import { DataText } from '../DataText';
import { AddressNote } from './AddressNote';
import { OneSource } from './OneSource';
import { ArticleReader } from './ArticleReader';
import { ClaimsView } from './ClaimsView';
import { DivergeFold } from './DivergeFold';
import {
  chosenFold,
  divergeFolded as foldedBy,
  savedFolds,
  saveFold,
  type DivergeLink,
  type FoldPart,
} from '../../state';
import { DivergeSummary } from './DivergeSummary';
import { useStickyRoom } from './sticky-room';
import { SharedCopyNote } from './SharedCopyNote';
import { SilentSources } from './SilentSources';
import { sideViews } from './side-views';
import { StatusOnce } from './mention';
import { SourcePanel } from './SourcePanel';
import { SourceTabs } from './SourceTabs';
import { useSwipe } from './swipe';
import { useWordsFirst } from './words-first';
import { SHORT_DESK, matchesNow, useMedia } from '../media';
import { divergeCountsText } from './support-text';

export interface AccountsProps {
  readonly index: DatasetIndex;
  readonly event: TimelineEvent;
  readonly selectedSource: string | null;
  readonly selectedClaim: string | null;
  readonly onSelectSource: (id: string | null) => void;
  readonly onSelectClaim: (id: string | null) => void;
  /** One source at a time: the source now read, for the address (so a shared link opens on it). */
  readonly onReadSource?: (id: string) => void;
  /** A phone: one source at a time, under tabs, a sideways swipe to the next. */
  readonly oneAtATime?: boolean;
  /** A phone or a tablet: the claims table waits behind "Compare by claim" (a link's claim opens it). */
  readonly claimsFolded?: boolean;
  /** A tablet held upright: where they diverge stands open above the tabs, in brief (who said what). */
  readonly divergeOpen?: boolean;
  /** "Where they diverge" as the link opened left it (`diverge=`); null: the reader's own choice. */
  readonly divergeLink?: DivergeLink;
  /** The reader opened or folded "Where they diverge": the address says so, for a shared link. */
  readonly onDivergeFold?: (folded: boolean) => void;
}

/** Every source's telling of the selected event, side by side, and the claim-by-source view. */
export function Accounts({
  index,
  event,
  selectedSource,
  selectedClaim,
  onSelectSource,
  onSelectClaim,
  onReadSource,
  oneAtATime = false,
  claimsFolded = false,
  divergeOpen = false,
  divergeLink = null,
  onDivergeFold,
}: AccountsProps): React.JSX.Element {
  const { t, lang } = useT();
  const wordsFirst = useWordsFirst() && oneAtATime;
  // A short desk screen: each source's identity line is its fold's one line (the sources side by side).
  const shortDesk = useMedia(SHORT_DESK);
  const identFolded = shortDesk && !oneAtATime;
  const reporting = useMemo(() => reportingSources(index, event), [index, event]);
  const rows = useMemo(() => claimMatrix(event, reporting), [event, reporting]);
  const shared = useMemo(() => sharedOrigins(event, reporting), [event, reporting]);
  const counts = divergenceCount(rows);
  // Who said what: the attributed claims by the side of who said them, named and coloured as on the timeline.
  const sides = useMemo(() => sideViews(index, rows, lang), [index, rows, lang]);
  const coverage = useMemo(() => coverageOf(event, reporting), [event, reporting]);
  const byOutlet = useMemo(
    () => coverageByOutlet(event, reporting, index.dataset.outlets ?? []),
    [event, reporting, index],
  );
  const [reading, setReading] = useState<{ source: string; quote: number } | null>(null);
  const [folds, setFolds] = useState(savedFolds);
  const opener = useRef<HTMLElement | null>(null);
  // A source singled out (its name pressed): its words take the panels' width, the others fold.
  const singled = oneAtATime ? undefined : reporting.find((s) => s.id === selectedSource);
  // One source at a time: the one chosen (a link's source first), kept per event.
  const [shown, setShown] = useState<{ event: string; at: number } | null>(null);
  const current =
    shown?.event === event.id
      ? Math.min(shown.at, reporting.length - 1)
      : Math.max(
          0,
          reporting.findIndex((s) => s.id === selectedSource),
        );
  const nextSource = oneAtATime ? reporting[current + 1] : undefined;
  // A swipe past the first or the last source goes nowhere: the words give a little and the count says
  // where the reader is ("Last source"), for a moment.
  const [edge, setEdge] = useState<'first' | 'last' | null>(null);
  useEffect(() => {
    if (edge === null) return;
    const gone = setTimeout(() => setEdge(null), 1800);
    return () => clearTimeout(gone);
  }, [edge, current]);
  const show = (at: number): void => {
    const next = (at + reporting.length) % reporting.length;
    setShown({ event: event.id, at: next });
    const id = reporting[next]?.id;
    if (id !== undefined) onReadSource?.(id);
    // The new source's words start at its top, under the tabs, when the old one was scrolled past it.
    const panels = document.getElementById('source-panels');
    if (panels !== null && panels.getBoundingClientRect().top < 0) panels.scrollIntoView({ block: 'start' });
  };
  const swipe = (by: -1 | 1, panels: Element): void => {
    const next = current + by;
    if (next >= 0 && next < reporting.length) {
      setEdge(null);
      show(next);
      return;
    }
    setEdge(next < 0 ? 'first' : 'last');
    // The way the finger went (leftwards for the next source in English, rightwards in Arabic).
    const towards = (by === 1) === (lang === 'ar') ? 1 : -1;
    if (!stillness() && typeof panels.animate === 'function')
      panels.animate(
        [
          { transform: 'translateX(0)' },
          { transform: `translateX(${String(towards * 28)}px)` },
          { transform: 'translateX(0)' },
        ],
        { duration: 320, easing: 'ease-out' },
      );
  };
  const swipes = useSwipe(lang === 'ar', (by) => {
    const panels = document.getElementById('source-panels');
    if (panels !== null) swipe(by, panels);
  });
  // A tablet's reader: where they diverge open above the tabs, in brief, the coverage and shared copy
  // opening with the rest of the claims (when there is a divergence to tell).
  const briefOpen = divergeOpen && reporting.length > 1 && rows.length > 0;
  const [claimsOpen, setClaimsOpen] = useState(false);
  const claimsShown = !claimsFolded || claimsOpen || selectedClaim !== null;

  // The passages of an article quoted for other events, for the reader's marks: this event's own
  // passages are the panels' business, and marking them too would mark nearly every line.
  const quotedIn = (sourceId: string) =>
    index.dataset.events
      .filter((e) => e.id !== event.id)
      .flatMap((e) => e.accounts.filter((a) => a.source === sourceId).flatMap((a) => a.quotes));

  const jump = (id: string): void => {
    const to = document.getElementById(id);
    to?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    to?.focus({ preventScroll: true });
  };

  const readerSource = reading === null ? undefined : index.sources.get(reading.source);
  const readerQuote =
    reading === null
      ? undefined
      : event.accounts.find((a) => a.source === reading.source)?.quotes[reading.quote];

  // At a desk the shared-copy note folds to one line (the user's choice, remembered); "Where they
  // diverge" is open for every event, unless a link or the reader's last choice folds it, or a short
  // screen (1280×720) where it would push the first quotes off the first screen: there it opens folded
  // to its line until the reader opens it.
  const [divergeFolded, setDivergeFolded] = useState(() =>
    foldedBy(divergeLink, chosenFold('diverge') ?? (matchesNow(SHORT_DESK) || undefined)),
  );
  // Back or Forward to an address that says otherwise: the view follows the address.
  const [linkSeen, setLinkSeen] = useState(divergeLink);
  if (linkSeen !== divergeLink) {
    setLinkSeen(divergeLink);
    if (divergeLink !== null) setDivergeFolded(divergeLink === 'folded');
  }
  const foldOf = (part: FoldPart) =>
    claimsFolded
      ? undefined
      : part === 'diverge'
        ? {
            folded: divergeFolded,
            onToggle: () => {
              saveFold(part, !divergeFolded);
              setDivergeFolded(!divergeFolded);
              onDivergeFold?.(!divergeFolded);
            },
          }
        : {
            folded: folds[part],
            onToggle: () =>
              setFolds((f) => {
                saveFold(part, !f[part]);
                return { ...f, [part]: !f[part] };
              }),
          };
  // On a phone or a tablet a claim tapped in "Where they diverge" is thousands of pixels down: a chip
  // brings the reader back to where they were (the claim they tapped), and goes once they are there.
  const section = useRef<HTMLElement>(null);
  useStickyRoom(section, `${event.id}|${String(claimsShown)}|${String(oneAtATime)}|${singled?.id ?? ''}`);
  const [back, setBack] = useState<{ y: number; from: HTMLElement | null } | null>(null);
  useEffect(() => {
    const view = scrollerOf(section.current);
    if (back === null) return;
    const gone = (): void => {
      if (view.scrollTop <= back.y + 40) setBack(null);
    };
    // Not before the jump has begun: a smooth scroll starts a frame later.
    const target = view === document.scrollingElement ? window : view;
    const start = setTimeout(() => target.addEventListener('scroll', gone, { passive: true }), 400);
    return () => {
      clearTimeout(start);
      target.removeEventListener('scroll', gone);
    };
  }, [back]);
  const diverge = (headless: boolean): React.JSX.Element => (
    <DivergeSummary
      rows={rows}
      sources={reporting}
      headless={headless}
      // In brief wherever it stands open above the sources' words (a desk, a tablet): who said what, or
      // the first few claims, and the rest a click away, so that the first source's words start on the
      // first screen. A phone's fold opens on it all.
      brief={briefOpen || !claimsFolded}
      more={
        briefOpen && (
          <>
            {coverageLine}
            {sharedNote}
          </>
        )
      }
      fold={foldOf('diverge')}
      sides={sides}
      onClaim={(id) => {
        if (claimsFolded)
          setBack({
            y: scrollY,
            from: document.activeElement instanceof HTMLElement ? document.activeElement : null,
          });
        if (!claimsShown) flushSync(() => setClaimsOpen(true));
        const row = document.querySelector(`.claims-table tr[data-claim="${CSS.escape(id)}"]`);
        // To the top of the pane, under the table's sticky headers, and marked for a moment: the rows
        // around it may share its tint (UX review 13, S3-N5).
        row?.scrollIntoView({ block: 'start', behavior: stillness() ? 'auto' : 'smooth' });
        row?.querySelector<HTMLElement>('.claim-text')?.focus({ preventScroll: true });
        if (row != null) flash(row, 'claim-flash', CLAIM_FLASH_MS);
      }}
    />
  );
  const unknown = useMemo(() => unknownOriginSources(event, reporting), [event, reporting]);
  // A source named in the coverage line: its words, in its column (or its tab, one source at a time).
  const toSource = (id: string): void => {
    const at = reporting.findIndex((s) => s.id === id);
    if (oneAtATime) {
      if (at >= 0) show(at);
      return;
    }
    // Its card comes to the top of the pane and lights up for a moment, so the move is seen.
    const heading = document.getElementById(`source-${id}`);
    const card = heading?.closest('article');
    (card ?? heading)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    heading?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
    if (card !== null && card !== undefined) flash(card);
  };
  const toClaims =
    counts.diverging === 0
      ? t('layout.toClaimsNone')
      : t('layout.toClaims', { total: counts.claims, parts: divergeCountsText(t, counts, lang) });
  // One source: plain words for it, not a count of one (`OneSource`).
  const coverageLine =
    coverage.sources === 1 ? (
      <OneSource coverage={coverage} outlets={byOutlet} />
    ) : (
      coverage.sources > 0 && (
        <CoverageStrip coverage={coverage} outlets={byOutlet} unknown={unknown} onSource={toSource} />
      )
    );
  const sharedNote = (
    <SharedCopyNote shared={shared} unknown={unknown} claimsFollow={rows.length > 0} fold={foldOf('note')} />
  );
  // A phone's view folds where they diverge behind a one-line cue (when there is a divergence to tell).
  const folded = claimsFolded && !divergeOpen && reporting.length > 1 && rows.length > 0;
  const view = (
    <section className="accounts" aria-labelledby="accounts-heading" ref={section}>
      <div className="accounts-head">
        <h2 id="accounts-heading" tabIndex={-1} title={`${t('accounts.heading')}: ${event.title[lang]}`}>
          {t('accounts.heading')}
          <span className="accounts-colon">:</span>{' '}
          <span className="accounts-event">
            <DataText text={event.title[lang]} />
          </span>
        </h2>
        {rows.length > 0 && !claimsFolded && (
          // The claims sit under the sources' words: one step away, with how many diverge.
          <nav className="accounts-jump" aria-label={t('layout.jump')}>
            <button type="button" className="link-button" onClick={() => jump('source-panels')}>
              {t('layout.toWords')}
            </button>
            {/* Whole on hover where a short screen cuts it (with an ellipsis). */}
            <button
              type="button"
              className="link-button"
              onClick={() => jump('claims-heading')}
              title={toClaims}
            >
              {toClaims}
            </button>
          </nav>
        )}
      </div>
      {folded ? (
        // A phone: where they diverge is a one-line cue, so that the first source's words are on the
        // first screen; the coverage and the shared copy open with it.
        <DivergeFold diverging={counts.diverging}>
          {diverge(true)}
          {coverageLine}
          {sharedNote}
        </DivergeFold>
      ) : (
        <>
          {/* A tablet's reader opens on where the accounts part ways, right under the gist. */}
          {briefOpen && diverge(false)}
          {!briefOpen && coverageLine}
          {/* A phone's reader puts where the accounts part ways first, right under the gist. */}
          {claimsFolded && !briefOpen && diverge(false)}
          {!briefOpen && sharedNote}
          {!claimsFolded && diverge(false)}
        </>
      )}
      {/* One source at a time: the tabs stick over its words, and no further (the claims have their own). */}
      <div className={oneAtATime ? 'source-reader' : 'source-all'}>
        {oneAtATime && reporting.length > 1 && (
          <SourceTabs
            sources={reporting}
            current={current}
            onShow={(at) => {
              setEdge(null);
              show(at);
            }}
            panelId="source-panels"
            edge={edge}
            swipes={swipes}
          />
        )}
        {reporting.length === 0 ? (
          <p>{t('accounts.none')}</p>
        ) : (
          <div
            className={`source-panels${oneAtATime ? ' one-source' : ''}`}
            id="source-panels"
            data-count={oneAtATime ? 1 : reporting.length}
            tabIndex={-1}
            {...(oneAtATime && reporting.length > 1
              ? {
                  role: 'tabpanel',
                  'aria-labelledby': `source-tab-${current}`,
                  ...swipes,
                }
              : // Named, so that the skip link's landing says where it is.
                { role: 'group', 'aria-label': t('layout.toWords') })}
          >
            {singled !== undefined && (
              // What singling a source out did, and the way back, where the panels are.
              <p className="singled-note" role="status">
                {t('source.singled', { name: sourceLabel(singled, lang) })}{' '}
                <button type="button" className="link-button" onClick={() => onSelectSource(null)}>
                  {t('source.showAll')}
                </button>
              </p>
            )}
            {/* A source singled out comes first, its words across the width; the folded others follow. */}
            {(oneAtATime
              ? reporting.slice(current, current + 1)
              : singled === undefined
                ? reporting
                : [singled, ...reporting.filter((s) => s !== singled)]
            ).map((s) => {
              const account = event.accounts.find((a) => a.source === s.id);
              return account === undefined ? null : (
                <SourcePanel
                  key={s.id}
                  source={s}
                  account={account}
                  event={event}
                  selected={s.id === selectedSource}
                  folded={singled !== undefined && s !== singled}
                  origins={shared.filter((g) => g.sources.includes(s))}
                  outlets={index.dataset.outlets ?? []}
                  wordsFirst={wordsFirst}
                  identFolded={identFolded}
                  unsaidHere={unknown.includes(s)}
                  onSelect={() =>
                    oneAtATime ? onReadSource?.(s.id) : onSelectSource(s.id === selectedSource ? null : s.id)
                  }
                  onShowInArticle={(quote, from) => {
                    opener.current = from;
                    setReading({ source: s.id, quote });
                  }}
                />
              );
            })}
          </div>
        )}
      </div>
      {/* One source at a time: its words end on the way to the next one, not on a dead end. */}
      {nextSource !== undefined && (
        <button
          type="button"
          className="next-source"
          onClick={() => {
            show(current + 1);
            // Focus goes on with the reader, to the next source's words, not left on a button gone by.
            document.getElementById('source-panels')?.focus({ preventScroll: true });
          }}
        >
          {t('source.nextSource')}{' '}
          <bdi className="next-source-name">
            <DataText text={tabName(nextSource, lang)} />
          </bdi>{' '}
          <span aria-hidden="true">{lang === 'ar' ? '←' : '→'}</span>
        </button>
      )}
      {/* Where the originals are, once for the event under its sources' words, not on every card. */}
      <AddressNote sources={reporting} />
      <SilentSources index={index} event={event} />
      {rows.length > 0 && claimsFolded && (
        <button
          type="button"
          className="claims-toggle"
          aria-expanded={claimsShown}
          aria-controls="claims-region"
          onClick={() => {
            setClaimsOpen(!claimsShown);
            if (claimsShown) onSelectClaim(null);
          }}
        >
          <span>{t('layout.compare')}</span>{' '}
          {counts.diverging > 0 && (
            <span className="claims-toggle-count">{divergeCountsText(t, counts, lang)}</span>
          )}
        </button>
      )}
      {rows.length > 0 && claimsShown && (
        <ClaimsView
          index={index}
          rows={rows}
          sources={reporting}
          singled={singled?.id}
          selectedClaim={selectedClaim}
          onSelectClaim={onSelectClaim}
        />
      )}
      {back !== null && (
        <button
          type="button"
          className="diverge-back"
          onClick={() => {
            // Again on the next frames: a jump still under way would carry on for a frame or two.
            const view = scrollerOf(section.current);
            const put = (): void => view.scrollTo({ top: back.y, behavior: 'instant' });
            put();
            requestAnimationFrame(() => requestAnimationFrame(put));
            back.from?.focus({ preventScroll: true });
            setBack(null);
          }}
        >
          <span aria-hidden="true">↑</span> {t('layout.backToDiverge')}
        </button>
      )}
      {readerSource !== undefined && readerQuote !== undefined && (
        <ArticleReader
          source={readerSource}
          current={readerQuote}
          quoted={quotedIn(readerSource.id)}
          translation={readerQuote.en}
          onClose={() => {
            setReading(null);
            opener.current?.focus();
          }}
        />
      )}
    </section>
  );
  // One source at a time under tabs: a source's standing is said once, on its card (mention.tsx).
  return <StatusOnce.Provider value={oneAtATime && reporting.length > 1}>{view}</StatusOnce.Provider>;
}

/** How long a card brought into view from the coverage line stays lit (the CSS animation's length). */
const FLASH_MS = 1600;
/** How long a claim's row jumped to stays marked (`.claim-flash`'s animation, compare.css). */
const CLAIM_FLASH_MS = 3200;

/** Whether the reader asked for less motion: jumps are instant then. */
function stillness(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Lights `el` up for a moment (`.source-flash`, or `name`), once more if it already was. */
function flash(el: Element, name = 'source-flash', ms = FLASH_MS): void {
  el.classList.remove(name);
  // A reflow between, so that a second click starts the animation again.
  void (el as HTMLElement).offsetWidth;
  el.classList.add(name);
  setTimeout(() => el.classList.remove(name), ms);
}

/** The box that scrolls `el` (a phone's event view, or the page). */
function scrollerOf(el: HTMLElement | null): Element {
  for (let at = el?.parentElement ?? null; at !== null; at = at.parentElement) {
    const y = getComputedStyle(at).overflowY;
    if ((y === 'auto' || y === 'scroll') && at.scrollHeight > at.clientHeight) return at;
  }
  return document.scrollingElement ?? document.documentElement;
}
