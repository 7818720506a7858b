import { useRef } from 'react';
import { Counter, Overview } from './Overview';
import type { DatasetIndex, EventHead, TimelineEvent } from '../../domain';
import { formatNumber, LANGUAGES, useT } from '../../i18n';
import type { LaneModel } from '../timeline';
import type { Deck } from './deck';
import type { TouchGesture } from './keys';
import { PresenterView } from './PresenterView';
import { PresentStrip } from './PresentStrip';
import { SlideFace, slideName } from './SlideFace';
import type { SlideBox } from './slides';
import type { Blank, DeckRole } from './sync';

export interface PresentViewProps {
  /** The room's screen, or the presenter's own window. */
  readonly role: DeckRole;
  readonly index: DatasetIndex;
  readonly deck: Deck;
  /** The slide on screen, an index into `deck.slides`. */
  readonly at: number;
  readonly datasetTitle: string;
  readonly overview: boolean;
  readonly blank: Blank;
  /** A slide number being typed (Enter goes there). */
  readonly typed: string;
  /** What the strip draws: the events the filters let through, and the lanes. */
  readonly strip: {
    readonly events: readonly TimelineEvent[];
    readonly lanes: readonly LaneModel[];
    readonly laneOf: (e: EventHead) => string;
  };
  /** The size the deck is planned for (the audience's slide body). */
  readonly box: SlideBox;
  readonly onStep: (by: 1 | -1) => void;
  readonly onGoto: (index: number) => void;
  readonly onOverview: (open: boolean) => void;
  readonly onBlank: (blank: Blank) => void;
  /** Opens the presenter view in a second window; null where there is none to open. */
  readonly onPresenter: (() => void) | null;
  readonly onTouch: (g: TouchGesture) => void;
  /** The slide's body: its size decides how the quotes are split into slides. */
  readonly bodyRef: (el: HTMLDivElement | null) => void;
}

/** The room's screen: the strip, the slide, and the controls; or the overview; or a blank screen. */
export function PresentView(p: PresentViewProps): React.JSX.Element {
  if (p.role === 'presenter') return <PresenterView {...p} />;
  return (
    <>
      {p.overview ? <Overview {...p} /> : <AudienceSlide {...p} />}
      {p.blank !== null && <BlankScreen blank={p.blank} onBlank={p.onBlank} />}
    </>
  );
}

function AudienceSlide(p: PresentViewProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const rtl = LANGUAGES[lang].dir === 'rtl';
  const num = (n: number): string => formatNumber(n, lang, display);
  const slide = p.deck.slides[p.at];
  const total = p.deck.slides.length;
  const focus = slide?.kind === 'event' ? slide.event : null;
  const preferred = new Set<string>(p.deck.entries.map((e) => e.event.id));
  // A touch on the slide (not on a control) steps: a tap on either half, or a swipe.
  const touch = useRef<{ x: number; y: number; id: number } | null>(null);
  const onPointerDown = (e: React.PointerEvent<HTMLElement>): void => {
    const onControl = (e.target as HTMLElement).closest('button, a, summary, input, select, textarea');
    touch.current =
      e.pointerType === 'mouse' || onControl !== null
        ? null
        : { x: e.clientX, y: e.clientY, id: e.pointerId };
  };
  const onPointerUp = (e: React.PointerEvent<HTMLElement>): void => {
    const start = touch.current;
    touch.current = null;
    if (start === null || start.id !== e.pointerId) return;
    const r = e.currentTarget.getBoundingClientRect();
    p.onTouch({ x: start.x - r.left, width: r.width, dx: e.clientX - start.x, dy: e.clientY - start.y });
  };
  return (
    <>
      <PresentStrip {...p.strip} focus={focus} span={p.deck.span} preferred={preferred} />
      <section
        className="present-slide"
        aria-labelledby="present-title"
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (touch.current = null)}
      >
        {slide !== undefined && (
          <SlideFace
            index={p.index}
            deck={p.deck}
            slide={slide}
            datasetTitle={p.datasetTitle}
            titleId="present-title"
            bodyRef={p.bodyRef}
            actions={
              <p className="present-actions">
                <button type="button" onClick={() => p.onOverview(true)}>
                  {t('present.overview')}
                </button>
                {p.onPresenter !== null && (
                  <button type="button" onClick={p.onPresenter}>
                    {t('deck.presenter')}
                  </button>
                )}
              </p>
            }
          />
        )}
        <nav className="present-nav" aria-label={t('present.nav')}>
          <button type="button" disabled={p.at <= 0} onClick={() => p.onStep(-1)} aria-keyshortcuts="PageUp">
            <span aria-hidden="true">{rtl ? '→' : '←'}</span> {t('present.previous')}
          </button>
          <Counter at={p.at} total={total} />
          <p className="present-step" aria-live="polite">
            {p.typed !== ''
              ? t('deck.typed', { n: num(Number(p.typed)) })
              : slide === undefined
                ? ''
                : slideName(slide, t, lang, num)}
          </p>
          <button type="button" onClick={() => p.onOverview(true)} aria-keyshortcuts="G">
            {t('present.overview')}
          </button>
          {p.onPresenter !== null && (
            <button type="button" className="present-presenter" onClick={p.onPresenter}>
              {t('deck.presenter')}
            </button>
          )}
          <button
            type="button"
            disabled={p.at >= total - 1}
            onClick={() => p.onStep(1)}
            aria-keyshortcuts="PageDown"
          >
            {t('present.next')} <span aria-hidden="true">{rtl ? '←' : '→'}</span>
          </button>
        </nav>
      </section>
    </>
  );
}

/** A black (or white) screen while the room looks at the briefer; a key or a press brings the slide back. */
function BlankScreen({
  blank,
  onBlank,
}: {
  blank: 'black' | 'white';
  onBlank: (b: null) => void;
}): React.JSX.Element {
  const { t } = useT();
  return (
    <div className={`present-blank ${blank}`} data-blank={blank} onClick={() => onBlank(null)}>
      <p className="visually-hidden" role="status">
        {t(blank === 'black' ? 'deck.black' : 'deck.white')}
      </p>
    </div>
  );
}
