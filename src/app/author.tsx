/**
 * The authoring workbench, composed: the command history (undo/redo), saving each change in IndexedDB
 * as it happens, the live check in a worker (debounced), export, and preview in the normal views.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  createSaver,
  EMPTY_DRAFT,
  fromSaved,
  indexedDbStore,
  redo,
  run,
  singleFile,
  startHistory,
  toSaved,
  undo,
  zipDraft,
  type Command,
  type Draft,
  type DraftStore,
  type History,
  type Problem,
  type SaveStatus,
} from '../author';
import { parseDataset } from '../data';
import type { Dataset, Lang } from '../domain';
import { useT } from '../i18n';
import { Workbench } from '../view/author';
import { download } from './exports';

const CHECK_DELAY_MS = 400;

function offer(body: BlobPart, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  download(url, name);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function useLiveCheck(draft: Draft | null): {
  problems: readonly Problem[];
  omitted: number;
  checking: boolean;
} {
  const [state, setState] = useState({ problems: [] as readonly Problem[], omitted: 0, checking: true });
  const worker = useRef<Worker | null>(null);
  const asked = useRef(0);
  useEffect(() => {
    if (typeof Worker !== 'function') return;
    const w = new Worker(new URL('./author-check.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<{ id: number; problems: Problem[]; omitted: number }>) => {
      if (e.data.id === asked.current)
        setState({ problems: e.data.problems, omitted: e.data.omitted, checking: false });
    };
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);
  useEffect(() => {
    if (draft === null) return;
    setState((s) => ({ ...s, checking: true }));
    const timer = setTimeout(() => {
      const id = ++asked.current;
      worker.current?.postMessage({ id, draft });
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft]);
  return state;
}

export interface AuthorAppProps {
  /** The dataset on screen: what a new draft starts from. */
  readonly dataset: Dataset | null;
  readonly onPreview: (dataset: Dataset) => void;
  readonly onClose: () => void;
  readonly onLanguage: (lang: Lang) => void;
  /** Where the draft is kept; IndexedDB unless a test gives another. */
  readonly store?: DraftStore;
}

export function AuthorApp({
  dataset,
  onPreview,
  onClose,
  onLanguage,
  store,
}: AuthorAppProps): React.JSX.Element {
  const { t } = useT();
  const drafts = useMemo(() => store ?? indexedDbStore(), [store]);
  const [history, setHistory] = useState<History | null>(null);
  const [save, setSave] = useState<SaveStatus>({ state: 'saved' });
  const [notice, setNotice] = useState<string | null>(null);
  const saver = useMemo(() => createSaver(drafts, setSave), [drafts]);
  const current = useRef<History | null>(null);

  // The saved draft, if any; else a new one from the dataset on screen.
  useEffect(() => {
    let live = true;
    const start = (h: History): void => {
      if (!live) return;
      current.current = h;
      setHistory(h);
    };
    drafts
      .load()
      .then((saved) => start(saved === null ? startHistory(dataset ?? EMPTY_DRAFT) : fromSaved(saved)))
      .catch((e: unknown) => {
        setSave({ state: 'failed', error: e instanceof Error ? e.message : String(e) });
        start(startHistory(dataset ?? EMPTY_DRAFT));
      });
    return () => {
      live = false;
    };
    // The draft is loaded once; the dataset it starts from is the one on screen at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drafts]);

  const change = useCallback(
    (f: (h: History) => History) => {
      const h = current.current;
      if (h === null) return;
      const next = f(h);
      if (next === h) return;
      current.current = next;
      setHistory(next);
      setNotice(null);
      void saver.save(toSaved(next));
    },
    [saver],
  );
  const dispatch = useCallback((c: Command) => change((h) => run(h, c)), [change]);
  const check = useLiveCheck(history?.present ?? null);

  if (history === null) return <p className="load-progress">{t('author.loading')}</p>;
  const draft = history.present;
  const stem = `riwayat-draft-${new Date().toISOString().slice(0, 10)}`;
  return (
    <Workbench
      draft={draft}
      dispatch={dispatch}
      canUndo={history.done.length > 0}
      canRedo={history.undone.length > 0}
      onUndo={() => change(undo)}
      onRedo={() => change(redo)}
      save={save}
      problems={check.problems}
      omitted={check.omitted}
      checking={check.checking}
      notice={notice}
      onExportZip={() => offer(zipDraft(draft) as Uint8Array<ArrayBuffer>, 'application/zip', `${stem}.zip`)}
      onExportJson={() => offer(singleFile(draft), 'application/json', `${stem}.json`)}
      onPreview={() => {
        const result = parseDataset(draft);
        if (result.ok) onPreview(result.dataset);
        else setNotice(t('author.previewBlocked'));
      }}
      onRestart={(from) =>
        change(() => startHistory(from === 'dataset' && dataset !== null ? dataset : EMPTY_DRAFT))
      }
      onClose={onClose}
      onLanguage={onLanguage}
    />
  );
}
