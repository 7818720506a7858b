import { sourceNameParts, type Source } from '../../domain';
import { useT } from '../../i18n';
import { DataText } from '../DataText';

/**
 * A source's one name wherever its card, column or count names it (`sourceLabel` as plain text): the
 * report or site a reader scans for, bold as its place gives it, inside the words that say what the
 * unnamed site does with it ("Unnamed site citing **Reuters**"). Nothing is invented: an article that
 * names its site is named by it.
 */
export function SourceName({
  source,
  mid = false,
}: {
  readonly source: Source;
  /** Inside a sentence: the interface's words before the lead start lower-case, as English writes them. */
  readonly mid?: boolean;
}): React.JSX.Element {
  const { lang } = useT();
  const parts = sourceNameParts(source, lang);
  const { lead, after } = parts;
  const before =
    mid && lang === 'en' ? parts.before.charAt(0).toLowerCase() + parts.before.slice(1) : parts.before;
  return (
    <bdi className="source-name-text">
      {/* The spaces between the runs stand outside them, as the name reads aloud. */}
      {before !== '' && (
        <>
          <span className="source-how">{before.trimEnd()}</span>
          {before.endsWith(' ') ? ' ' : ''}
        </>
      )}
      <bdi className="source-lead">
        <DataText text={lead} />
      </bdi>
      {after !== '' && (
        <>
          {after.startsWith(' ') ? ' ' : ''}
          <span className="source-how">{after.trimStart()}</span>
        </>
      )}
    </bdi>
  );
}
