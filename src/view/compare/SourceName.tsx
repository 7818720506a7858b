import { sourceTitle, sourceTitleAfter, type Source } from '../../domain';
import { useT } from '../../i18n';
import { DataText } from '../DataText';
import { useStatusOnce } from './mention';

/**
 * A source's title wherever its column, tab or count names it: the name a reader scans for, bold as
 * its place gives it, then, muted, how the article stands to it and that its site is unknown (see
 * `sourceTitle`). Nothing is invented: an article that names its site leads with it. As plain text
 * (a list in a sentence, a name read out), the same name is `sourceLabel`.
 */
export function SourceName({
  source,
  inSentence = false,
  mention = false,
}: {
  readonly source: Source;
  /** Within a line of other parts (the coverage line): the muted words in brackets, told apart from them. */
  readonly inSentence?: boolean;
  /** A mention of a source introduced elsewhere: where its standing is said once, its name only. */
  readonly mention?: boolean;
}): React.JSX.Element {
  const { t, lang } = useT();
  const once = useStatusOnce();
  const title = sourceTitle(source);
  const after = mention && once ? '' : sourceTitleAfter(title, lang);
  return (
    <>
      <bdi className="source-lead">
        <DataText text={title.lead[lang]} />
      </bdi>
      {after !== '' && (
        <>
          {' '}
          <span className="source-how" title={title.siteKnown ? undefined : t('source.siteUnnamed')}>
            {inSentence ? `(${after})` : after}
          </span>
        </>
      )}
    </>
  );
}
