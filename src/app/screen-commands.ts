/**
 * What the screen's controls do: the view commands run against what is shown (commands.ts), a
 * selection (which a corpus may first have to fetch), the timeline's own commands (a desk's fit), a
 * step that met the end of the events said for a moment, and the desk's one keyboard model.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EventHead } from '../domain';
import type { Store, ViewState } from '../state';
import type { TimelineCommand } from '../view';
import { runCommand, stepEdge, steps, type CommandContext, type ViewCommand } from './commands';
import { focusAfterSelection, focusSearch, useDeskKeys } from './desk-keys';
import { usePageKeys } from './page-keys';
import { useOpensAtTop } from './reading';
import type { Shown } from './shown';

/** How long "Last event" stays beside the arrows after a step that went nowhere. */
const EDGE_SAID_MS = 3000;

export interface ScreenCommandsInput {
  readonly store: Store<ViewState>;
  readonly shown: Shown;
  readonly selected: EventHead | null;
  readonly eventId: string | null;
  readonly query: string;
  readonly phone: boolean;
  readonly present: boolean;
  /** Shows the reading strip when it is folded away, so that a zoom or a pan is seen. */
  readonly unfoldStrip: React.RefObject<(() => void) | null>;
}

export interface ScreenCommands {
  readonly context: CommandContext;
  readonly run: (c: ViewCommand) => void;
  readonly select: (id: string | null) => void;
  readonly command: (c: TimelineCommand) => void;
  /** With a search active, which of its matches is open (from 1); undefined otherwise. */
  readonly stepAt: number | undefined;
  /** A step that met the end of the events, said beside the arrows (it moved nothing). */
  readonly edge: { readonly at: 'first' | 'last'; readonly searching: boolean; readonly n: number } | null;
}

export function useScreenCommands(p: ScreenCommandsInput): ScreenCommands {
  const { store, shown, selected, phone, unfoldStrip } = p;
  const { visible, ordered, home, all, bounds, matches } = shown;
  // A selection reaches every event on screen, those the filters hide included.
  const events = useMemo(() => new Map<string, EventHead>(ordered.map((e) => [e.id, e])), [ordered]);
  const context = useMemo<CommandContext>(
    () => ({ visible, events, home, all, bounds, matches, phone }),
    [visible, events, home, all, bounds, matches, phone],
  );
  const stepAt = useMemo(() => {
    const at = selected === null || matches === null ? -1 : steps(context).indexOf(selected);
    return at < 0 ? undefined : at + 1;
  }, [context, selected, matches]);
  const [edge, setEdge] = useState<ScreenCommands['edge']>(null);
  const run = useCallback(
    (c: ViewCommand) => {
      if (c.kind === 'zoom' || c.kind === 'pan' || c.kind === 'fit') unfoldStrip.current?.();
      const at = stepEdge(store.get(), c, context);
      setEdge((was) =>
        at === null ? null : { at, searching: context.matches != null, n: (was?.n ?? 0) + 1 },
      );
      store.set((s) => runCommand(s, c, context));
    },
    [store, context, unfoldStrip],
  );
  useEffect(() => {
    if (edge === null) return;
    const gone = setTimeout(() => setEdge(null), EDGE_SAID_MS);
    return () => clearTimeout(gone);
  }, [edge]);
  const select = useCallback(
    (id: string | null) =>
      // A corpus's event may not have been fetched yet: the corpus fetches it and brings it into view.
      id !== null && shown.fetches(id)
        ? store.set({ eventId: id, sourceId: null, claimId: null })
        : run({ kind: 'select', id }),
    [run, shown, store],
  );
  const command = useCallback(
    (c: TimelineCommand) => {
      // "Show all events" on a desk fits the events to the timeline's width, every box whole.
      const width = document.querySelector('.timeline-pane .vis-panel.vis-center')?.clientWidth ?? 0;
      const fit = c.kind === 'fit' && !phone ? shown.fit(width) : null;
      run(fit === null ? c : { kind: 'window', window: fit });
    },
    [run, phone, shown],
  );

  return { context, run, select, command, stepAt, edge };
}

/**
 * The desk's one keyboard model (desk-keys.ts) and the page's keys, off while presenting, on a phone
 * and behind an event's view; a new event opens at its top, and focus follows the selection to its
 * heading. Answers whether the shortcuts' dialog is open, and how to close it.
 */
export function useScreenKeys(
  p: Pick<ScreenCommandsInput, 'store' | 'eventId' | 'query' | 'phone' | 'present'> & {
    readonly claimId: string | null;
    readonly rtl: boolean;
    /** The event's view covers the page on a phone or a tablet. */
    readonly behind: boolean;
    readonly commands: ScreenCommands;
  },
): readonly [boolean, () => void] {
  const { store, eventId, claimId, query, phone, present, rtl, behind } = p;
  const { command, run, select } = p.commands;
  // One keyboard model on the desk (desk-keys.ts): focus follows the selection to its heading.
  const [keysShown, setKeysShown] = useState(false);
  useDeskKeys(!present && !phone && !behind, rtl, (c) => {
    if (c.kind === 'help') setKeysShown(true);
    else if (c.kind === 'search') return focusSearch();
    else if (c.kind === 'zoom' || c.kind === 'pan' || c.kind === 'fit') command(c);
    else if (c.kind !== 'close') run(c);
    else if (eventId !== null) select(null);
    else if (query !== '') store.set({ query: '' });
    else return false;
    return true;
  });
  useOpensAtTop(eventId, claimId);
  usePageKeys(!present && !phone && !behind && eventId !== null);
  const focusedFor = useRef(eventId);
  useEffect(() => {
    const was = focusedFor.current;
    focusedFor.current = eventId;
    if (was !== eventId && !phone && !present) focusAfterSelection(eventId, was);
  }, [eventId, phone, present]);
  return [keysShown, () => setKeysShown(false)];
}
