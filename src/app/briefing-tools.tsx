/**
 * The briefing builder's part of the screen, offered for a file only: the button that opens the
 * builder, "Add to a briefing" beside the selected event, and the builder's dialog with what its
 * Present and Download do. Null parts where the builder is not offered (a corpus).
 */
import { useRef, useState } from 'react';
import type { Briefing, DatasetIndex, EventHead } from '../domain';
import { formatList, useT } from '../i18n';
import type { Store, ViewState } from '../state';
import type { BriefingBuilder } from './briefing-builder';
import { briefingPanel } from './parts';

const BriefingPanel = briefingPanel.Part;

export interface BriefingToolsInput {
  /** The builder, for a file; null where briefings are not offered. */
  readonly briefing: BriefingBuilder | null;
  readonly store: Store<ViewState>;
  readonly index: DatasetIndex;
  readonly selected: EventHead | null;
  readonly present: boolean;
  /** Starts presenting (the briefing just published). */
  readonly onPresent: () => void;
  /** Says something through the screen's announcer. */
  readonly say: (message: string) => void;
}

export interface BriefingTools {
  /** Opens the builder: in the header on a desk, under "More" on a phone. */
  readonly open: React.ReactNode;
  /** Adds the selected event to the briefing, or opens the briefing it is in. */
  readonly add: React.ReactNode;
  /** The builder's dialog while it is open. */
  readonly panel: React.ReactNode;
}

export function useBriefingTools({
  briefing,
  store,
  index,
  selected,
  present,
  onPresent,
  say,
}: BriefingToolsInput): BriefingTools {
  const { t, lang, display } = useT();
  const [building, setBuilding] = useState(false);
  const [status, setStatus] = useState('');
  const opener = useRef<HTMLElement | null>(null);
  if (briefing === null) return { open: null, add: null, panel: null };
  const open = !present && (
    <button
      type="button"
      className="briefing-open"
      aria-haspopup="dialog"
      onClick={(e) => {
        opener.current = e.currentTarget;
        setBuilding(true);
      }}
    >
      {t('briefing.open')}
    </button>
  );
  const add = selected !== null && (
    <button
      type="button"
      className="briefing-add"
      onClick={(e) => {
        opener.current = e.currentTarget;
        if (briefing.has(selected.id)) setBuilding(true);
        else say(t('briefing.added', { title: briefing.add(selected.id).title[lang] }));
      }}
    >
      {briefing.has(selected.id) ? t('briefing.inBriefingOpen') : t('briefing.add')}
    </button>
  );
  const names = (list: readonly Briefing[]): string =>
    formatList(
      list.map((b) => `«${b.title[lang].trim() || b.id}»`),
      lang,
      display,
    );
  const panel = building && !present && (
    <BriefingPanel
      index={index}
      offered={briefing.offered}
      current={briefing.current}
      selected={selected === null ? null : (index.events.get(selected.id) ?? null)}
      gaps={briefing.gaps}
      saved={briefing.saved}
      status={status}
      onCommand={briefing.dispatch}
      onOpen={briefing.open}
      onNew={briefing.create}
      onDelete={briefing.remove}
      onPresent={() => {
        const id = briefing.publish();
        if (id === null) return;
        setBuilding(false);
        store.set({ briefingId: id, eventId: null, sourceId: null, claimId: null });
        onPresent();
      }}
      onDownload={() =>
        void briefing
          .downloadDataset()
          .then((r) =>
            setStatus(
              !r.ok
                ? t('briefing.refused', { problem: r.problem })
                : [
                    r.included.length > 0 ? t('briefing.downloaded', { titles: names(r.included) }) : '',
                    r.left.length > 0 ? t('briefing.leftOut', { titles: names(r.left) }) : '',
                  ].join(' '),
            ),
          )
      }
      onClose={() => {
        setBuilding(false);
        opener.current?.focus();
      }}
    />
  );
  return { open: open || null, add: add || null, panel: panel || null };
}
