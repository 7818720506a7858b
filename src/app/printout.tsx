/**
 * Printing the handout and saving the picture of the timeline: the handout is rendered only while
 * printing, the picture only while it is saved, each of the events in view. The handout is of a file's
 * events only (`file`: a corpus's part would pass for the whole); the picture is of what is drawn. Both
 * parts' code is preloaded a second after the screen is up, since printing cannot wait for it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import {
  eventsIn,
  fileDay,
  fileStem,
  indexDataset,
  resolveBriefing,
  timeIndexOf,
  type Briefing,
  type Dataset,
  type DatasetIndex,
  type EventHead,
  type Lang,
  type TimeIndex,
  type TimelineEvent,
} from '../domain';
import { useStore, type Store, type TimeWindow, type ViewState } from '../state';
import { currentLink, RegionBoundary, type LaneModel } from '../view';
import { offerUrl, PROJECTOR_WIDTH, renderPng } from './exports';
import { handout, timelinePicture } from './parts';

const TimelinePicture = timelinePicture.Part;
const Handout = handout.Part;

export interface PrintoutInput {
  readonly store: Store<ViewState>;
  /** A file's dataset and the events its filters let through: what the handout prints; null for a corpus. */
  readonly file: { readonly dataset: Dataset; readonly visible: readonly TimelineEvent[] } | null;
  /** The kinds and sides the picture's key names. */
  readonly vocabulary: Pick<Dataset, 'kinds' | 'sides'>;
  readonly home: TimeWindow;
  /** The events drawn: what the picture shows of the window. */
  readonly timeIndex: TimeIndex;
  readonly lanes: readonly LaneModel[];
  readonly laneOf: (e: EventHead) => string;
  readonly eventId: string | null;
  readonly lang: Lang;
  /** The story's title in the interface's language: the handout's and the picture's heading. */
  readonly title: string;
}

/** What the handout prints: a file's events in view, in full, and the briefing the address names. */
export interface HandoutContent {
  readonly index: DatasetIndex;
  readonly events: readonly TimelineEvent[];
  readonly briefing: Briefing | undefined;
}

/** The events of `index` in `w`, in time order. */
const within = <E extends EventHead>(index: TimeIndex<E>, w: TimeWindow): E[] =>
  eventsIn(index, w.from, w.to).map((i) => index.events[i] as E);

export function usePrintout({
  store,
  file,
  vocabulary,
  home,
  timeIndex,
  lanes,
  laneOf,
  eventId,
  lang,
  title,
}: PrintoutInput) {
  // The handout is rendered only for printing (the print dialog, or print emulation), and not while
  // the briefing's slides are printed instead (app/deck-export.ts).
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = matchMedia('print');
    const handout = (): boolean => document.documentElement.dataset.print !== 'deck';
    const onMedia = (): void => setPrinting(media.matches && handout());
    const before = (): void => {
      if (handout()) flushSync(() => setPrinting(true));
    };
    const after = (): void => setPrinting(false);
    media.addEventListener('change', onMedia);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      media.removeEventListener('change', onMedia);
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, []);
  // "Save image" renders a picture composed for it, off screen, while `picturing` is set.
  const [picturing, setPicturing] = useState(false);
  const pictureNode = useRef<HTMLDivElement>(null);
  // Computed only while printing or saving: the handout and the picture show the events in view.
  const shownWindow = printing || picturing ? (store.get().window ?? home) : null;
  const inView = shownWindow === null ? [] : within(timeIndex, shownWindow);
  // The briefing chosen in the address leads the handout with its events.
  const briefingId = useStore(store, (s) => s.briefingId);
  const handoutContent: HandoutContent | null =
    !printing || file === null || shownWindow === null
      ? null
      : {
          index: indexDataset(file.dataset),
          events: within(timeIndexOf(file.visible), shownWindow),
          briefing: file.dataset.briefings?.find((b) => b.id === briefingId),
        };
  const picture = (width: number, title?: string): React.ReactNode =>
    shownWindow === null ? null : (
      <TimelinePicture
        events={inView}
        lanes={lanes}
        laneOf={laneOf}
        from={shownWindow.from}
        to={shownWindow.to}
        width={width}
        selectedId={eventId}
        title={title}
        vocabulary={vocabulary}
      />
    );

  // Printing cannot wait for code: the handout and the picture load once the screen is up.
  useEffect(() => {
    const later = setTimeout(() => void Promise.all([handout.preload(), timelinePicture.preload()]), 1000);
    return () => clearTimeout(later);
  }, []);

  const saveImage = useCallback(async () => {
    await timelinePicture.preload();
    flushSync(() => setPicturing(true));
    try {
      const node = pictureNode.current;
      if (node === null) return;
      offerUrl(await renderPng(node), `${fileStem([lang, fileDay(new Date())])}.png`);
    } finally {
      setPicturing(false);
    }
  }, [lang]);

  /** Prints the handout once its code is in. */
  const printNow = useCallback(
    () =>
      void Promise.all([handout.preload(), timelinePicture.preload()]).then(() => {
        flushSync(() => setPrinting(true));
        print();
      }),
    [],
  );
  // What is drawn for them: the handout while printing, the picture off screen while it is saved.
  const parts = (
    <>
      {handoutContent !== null && (
        <RegionBoundary region="handout">
          <Handout
            index={handoutContent.index}
            events={handoutContent.events}
            title={title}
            link={currentLink()}
            picture={picture(1100)}
            selectedId={eventId}
            briefing={
              handoutContent.briefing === undefined
                ? null
                : resolveBriefing(handoutContent.index, handoutContent.briefing)
            }
          />
        </RegionBoundary>
      )}
      {picturing && (
        <div className="picture-stage" aria-hidden="true">
          <div ref={pictureNode} className="picture-export" style={{ inlineSize: PROJECTOR_WIDTH }}>
            {picture(PROJECTOR_WIDTH - 64, title)}
          </div>
        </div>
      )}
    </>
  );
  return { parts, saveImage, print: printNow };
}
