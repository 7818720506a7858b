/**
 * The briefing builder's state: the briefings made on this device for the dataset on screen (saved
 * after every change), the dataset's own, which one is open, and the dataset the screen shows, which
 * carries the device's briefings once they are presented (so the presentation and the deck exports
 * find them by id in `dataset.briefings`, as they find the dataset's own). Every change is a pure
 * briefing command; this hook only keeps, saves and publishes the results.
 */
import { useCallback, useMemo, useState } from 'react';
import {
  applyBriefingCommand,
  briefingGaps,
  fileDay,
  fileStem,
  newBriefing,
  type Briefing,
  type BriefingCommand,
  type BriefingGap,
  type Dataset,
  type EventId,
} from '../domain';
import { briefingShelf, savedBriefings, saveBriefings } from '../state';
import type { OfferedBriefing } from '../view';
import { offerFile } from './exports';

/** The dataset with `mine` in place of its briefings of the same id, and after them. */
export function withBriefings(dataset: Dataset, mine: readonly Briefing[]): Dataset {
  if (mine.length === 0) return dataset;
  const ids = new Set<string>(mine.map((b) => b.id));
  const own = (dataset.briefings ?? []).filter((b) => !ids.has(b.id));
  return { ...dataset, briefings: [...own, ...mine] };
}

export type DownloadResult =
  | { readonly ok: true; readonly included: readonly Briefing[]; readonly left: readonly Briefing[] }
  | { readonly ok: false; readonly problem: string };

export interface BriefingBuilder {
  /** The dataset to show: the given one, with the device's briefings as last published. */
  readonly dataset: Dataset;
  readonly offered: readonly OfferedBriefing[];
  readonly current: OfferedBriefing | null;
  readonly gaps: readonly BriefingGap[];
  readonly saved: boolean;
  /** True when the open briefing has this event. */
  readonly has: (event: string) => boolean;
  /** Adds an event to the open briefing, starting a new one when none is open; returns its title. */
  readonly add: (event: EventId) => Briefing;
  readonly dispatch: (c: BriefingCommand) => void;
  readonly open: (id: string) => void;
  readonly create: () => void;
  readonly remove: () => void;
  /** Puts the device's briefings in the dataset on screen; returns the open briefing's id. */
  readonly publish: () => string | null;
  /** Downloads the dataset with every complete briefing, and says what it did. */
  readonly downloadDataset: () => Promise<DownloadResult>;
}

export function useBriefingBuilder(given: Dataset): BriefingBuilder {
  const shelf = briefingShelf(given);
  const [mine, setMine] = useState<readonly Briefing[]>(() => savedBriefings(shelf));
  const [published, setPublished] = useState<readonly Briefing[]>(mine);
  const [saved, setSaved] = useState(true);
  // The last briefing made here opens; the dataset's own are offered, not opened, so that "Add to
  // briefing" on a fresh start begins a briefing of one's own.
  const [currentId, setCurrentId] = useState<string | null>(() => mine.at(-1)?.id ?? null);
  const dataset = useMemo(() => withBriefings(given, published), [given, published]);

  const offered = useMemo<OfferedBriefing[]>(() => {
    const own = given.briefings ?? [];
    const ids = new Set<string>(own.map((b) => b.id));
    const mineIds = new Set<string>(mine.map((b) => b.id));
    return [
      ...mine.map((briefing) => ({ briefing, mine: true, inDataset: ids.has(briefing.id) })),
      ...own
        .filter((b) => !mineIds.has(b.id))
        .map((briefing) => ({ briefing, mine: false, inDataset: true })),
    ];
  }, [given, mine]);
  const current = offered.find((o) => o.briefing.id === currentId) ?? null;

  // The last changed briefing goes last: after a reload it is the one open.
  const keep = useCallback(
    (next: readonly Briefing[]) => {
      setMine(next);
      setSaved(saveBriefings(shelf, next));
    },
    [shelf],
  );
  const store = useCallback(
    (b: Briefing) => {
      keep([...mine.filter((x) => x.id !== b.id), b]);
      setCurrentId(b.id);
    },
    [keep, mine],
  );

  const dispatch = useCallback(
    (c: BriefingCommand) => {
      if (current === null) return;
      const next = applyBriefingCommand(current.briefing, c);
      if (next !== current.briefing) store(next);
    },
    [current, store],
  );

  const freshId = useCallback((): string => {
    const taken = new Set<string>(offered.map((o) => o.briefing.id));
    let n = Date.now();
    while (taken.has(`briefing-${n.toString(36)}`)) n++;
    return `briefing-${n.toString(36)}`;
  }, [offered]);

  const add = useCallback(
    (event: EventId): Briefing => {
      const base = current?.briefing ?? newBriefing(freshId(), given.title);
      const next = applyBriefingCommand(base, { kind: 'add-event', event });
      if (next !== base || current === null) store(next);
      return next;
    },
    [current, freshId, given, store],
  );

  const remove = useCallback(() => {
    if (current === null || !current.mine) return;
    const rest = mine.filter((b) => b.id !== current.briefing.id);
    keep(rest);
    // A device copy of the dataset's briefing gives way to the dataset's; otherwise the last made opens.
    if (!current.inDataset) setCurrentId(rest.at(-1)?.id ?? null);
  }, [current, mine, keep]);

  const publish = useCallback((): string | null => {
    setPublished(mine);
    return current?.briefing.id ?? null;
  }, [mine, current]);

  const downloadDataset = useCallback(async (): Promise<DownloadResult> => {
    const complete = mine.filter((b) => briefingGaps(b).length === 0);
    const left = mine.filter((b) => briefingGaps(b).length > 0);
    // The checker and the writer load only when a dataset is downloaded (the first load's budget).
    const [{ parseDataset }, { exportRiwayat }] = await Promise.all([
      import('../data/parse'),
      import('../data/riwayat-export'),
    ]);
    // The file must load again: it is checked as any dataset is before it is offered.
    const checked = parseDataset(JSON.parse(JSON.stringify(withBriefings(given, complete))));
    if (!checked.ok) {
      const first = checked.problems[0];
      return { ok: false, problem: first === undefined ? '' : `${first.path}: ${first.message}` };
    }
    offerFile(exportRiwayat(checked.dataset), 'application/json', `${fileStem([fileDay(new Date())])}.json`);
    return { ok: true, included: checked.dataset.briefings ?? [], left };
  }, [mine, given]);

  return {
    dataset,
    offered,
    current,
    gaps: current === null ? [] : briefingGaps(current.briefing),
    saved,
    has: (event) => current?.briefing.items.some((i) => i.event === event) ?? false,
    add,
    dispatch,
    open: setCurrentId,
    create: () => store(newBriefing(freshId(), given.title)),
    remove,
    publish,
    downloadDataset,
  };
}
