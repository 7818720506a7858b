import { useMemo } from 'react';
import {
  silentSources,
  sourcesBefore,
  type DatasetIndex,
  type Source,
  type TimelineEvent,
} from '../../domain';
import { listSeparators, useT } from '../../i18n';
import { SourceName } from './SourceName';

/** Sources named in each line; a large corpus's others are counted. */
const NAMED = 30;

/** Sources named one after another as a sentence's list; past the first `NAMED`, "and N more" ends it. */
function Names({ sources }: { readonly sources: readonly Source[] }): React.JSX.Element {
  const { t, lang, display } = useT();
  const between = listSeparators(
    Math.min(sources.length, NAMED) + (sources.length > NAMED ? 1 : 0),
    lang,
    display,
  );
  return (
    <>
      {sources.slice(0, NAMED).map((s, i) => (
        <span key={s.id}>
          {between[i - 1]}
          <span data-source={s.id}>
            {/* Inside the sentence, after its words (English starts the name's words lower-case). */}
            <SourceName source={s} mid />
          </span>
        </span>
      ))}
      {sources.length > NAMED && ` ${t('corpus.moreSources', { count: sources.length - NAMED })}`}
    </>
  );
}

/**
 * The dataset's sources that do not tell the event (`silentSources`), and apart from them, in a quieter
 * line, those published before it (`sourcesBefore`): they could not have told it, so they are not said
 * to leave it out, and a reader is not left wondering where they went.
 */
export function SilentSources({
  index,
  event,
}: {
  readonly index: DatasetIndex;
  readonly event: TimelineEvent;
}): React.JSX.Element {
  const { t } = useT();
  const silent = useMemo(() => silentSources(index, event), [index, event]);
  const before = useMemo(() => sourcesBefore(index, event), [index, event]);
  return (
    <div className="silent-sources">
      <p>
        {silent.length > 0 ? (
          <>
            {t('accounts.notReported')} <Names sources={silent} />
          </>
        ) : before.length > 0 ? (
          t('accounts.allSinceReported')
        ) : (
          t('accounts.allReported')
        )}
      </p>
      {before.length > 0 && (
        <p className="sources-before">
          {t('accounts.publishedBefore', { count: before.length })} <Names sources={before} />
        </p>
      )}
    </div>
  );
}
