/**
 * "Export the saved draft" beside the workbench's "Try again": when a draft this build can read still
 * makes the workbench fall over, the author's work is offered as a file before anything else is tried.
 * The words are the main screen's (the workbench's own may be what failed to load).
 */
import { useState } from 'react';
import { useT } from '../i18n';

export interface SavedDraftExportProps {
  /** The stored draft as it is (anything), or null when nothing is saved. */
  readonly load: () => Promise<unknown>;
  /** Offers the draft, written as JSON, as a file. */
  readonly offer: (json: string) => void;
}

export function SavedDraftExport({ load, offer }: SavedDraftExportProps): React.JSX.Element {
  const { t } = useT();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setProblem(null);
          load().then(
            (raw) => {
              if (raw === null || raw === undefined) setProblem(t('region.noDraft'));
              else offer(JSON.stringify(raw, null, 1));
            },
            (e: unknown) => setProblem(e instanceof Error ? e.message : String(e)),
          );
        }}
      >
        {t('region.exportDraft')}
      </button>
      {problem !== null && <span role="status">{problem}</span>}
    </>
  );
}
