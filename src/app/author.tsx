/**
 * The authoring workbench, composed: the command history (undo/redo), saving each change in IndexedDB
 * as it happens (`author-draft.ts`: opening, second tabs, starting again), the live check in a worker
 * (debounced), export, and preview in the normal views.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  datasetOf,
  exportStem,
  indexedDbStore,
  NEW_STORY,
  run,
  singleFile,
  startHistory,
  zipDraft,
  type Command,
  type Draft,
  type DraftStore,
  type Problem,
} from '../author';
import { parseDataset } from '../data';
import { fileDay, fileStem, type Dataset, type Lang } from '../domain';
import { useT } from '../i18n';
import { useWorkbenchWords } from '../i18n/workbench-words';
import { Workbench } from '../view/author';
import { useDraft } from './author-draft';
import { offerFile } from './exports';

const CHECK_DELAY_MS = 400;

interface LiveCheck {
  readonly problems: readonly Problem[];
  readonly omitted: number;
  readonly warnings: readonly Problem[];
  readonly checking: boolean;
}

function useLiveCheck(draft: Draft | null): LiveCheck {
  const [state, setState] = useState<LiveCheck>({ problems: [], omitted: 0, warnings: [], checking: true });
  const worker = useRef<Worker | null>(null);
  const asked = useRef(0);
  useEffect(() => {
    if (typeof Worker !== 'function') return;
    const w = new Worker(new URL('./author-check.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (
      e: MessageEvent<{ id: number; problems: Problem[]; omitted: number; warnings: Problem[] }>,
    ) => {
      const { id, problems, omitted, warnings } = e.data;
      if (id === asked.current) setState({ problems, omitted, warnings, checking: false });
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
  useWorkbenchWords();
  const { t } = useT();
  const drafts = useMemo(() => store ?? indexedDbStore(), [store]);
  const d = useDraft(drafts, dataset);
  const [notice, setNotice] = useState<string | null>(null);
  const { change } = d;
  const dispatch = useCallback(
    (c: Command) => {
      setNotice(null);
      change((h) => run(h, c));
    },
    [change],
  );
  const check = useLiveCheck(d.history?.present ?? null);

  if (d.history === null) return <p className="load-progress">{t('author.loading')}</p>;
  const history = d.history;
  const draft = history.present;
  const stem = exportStem(draft.title, fileDay(new Date()));
  const unreadable = d.unreadable;
  return (
    <Workbench
      draft={draft}
      dispatch={dispatch}
      canUndo={d.canUndo}
      canRedo={d.canRedo}
      onUndo={d.undo}
      onRedo={d.redo}
      save={d.save}
      problems={check.problems}
      omitted={check.omitted}
      warnings={check.warnings}
      checking={check.checking}
      notice={notice}
      onExportZip={() =>
        offerFile(zipDraft(datasetOf(draft)) as Uint8Array<ArrayBuffer>, 'application/zip', `${stem}.zip`)
      }
      onExportJson={() => offerFile(singleFile(datasetOf(draft)), 'application/json', `${stem}.json`)}
      onPreview={() => {
        const result = parseDataset(datasetOf(draft));
        if (result.ok) onPreview(result.dataset);
        else setNotice(t('author.previewBlocked'));
      }}
      onRestart={(from) =>
        d.restart(startHistory(from === 'dataset' && dataset !== null ? dataset : NEW_STORY))
      }
      canRestore={d.previous !== null}
      onRestorePrevious={d.restorePrevious}
      kept={d.kept}
      onRestoreKept={d.restoreKept}
      unreadable={unreadable === null ? null : { kept: unreadable.kept, reason: unreadable.reason }}
      onExportRaw={() =>
        unreadable !== null &&
        offerFile(
          JSON.stringify(unreadable.raw, null, 1),
          'application/json',
          `${fileStem(['draft-unreadable'])}.json`,
        )
      }
      onReload={d.reload}
      onOverwrite={d.overwrite}
      onClose={onClose}
      onLanguage={onLanguage}
    />
  );
}
