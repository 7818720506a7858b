import { sourceTitle, type Lang, type Source } from '../../domain';
import { partSeparator, useT, type I18n } from '../../i18n';
import { DataText } from '../DataText';

/**
 * A source's title wherever its column, tab or count names it: the name a reader scans for, bold as
 * its place gives it, then, muted, how the article stands to it and that its site is unknown (see
 * `sourceTitle`). Nothing is invented: an article that names its site leads with it.
 */
export function SourceName({
  source,
  inSentence = false,
}: {
  readonly source: Source;
  /** Within a line of other parts (the coverage line): the muted words in brackets, told apart from them. */
  readonly inSentence?: boolean;
}): React.JSX.Element {
  const { t, lang } = useT();
  const title = sourceTitle(source);
  const after = muted(title, t, lang);
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

/** The same title as plain words (for a list in a sentence, a name read out). */
export function sourceNameText(source: Source, t: I18n['t'], lang: Lang): string {
  const title = sourceTitle(source);
  const after = muted(title, t, lang);
  return after === '' ? title.lead[lang] : `${title.lead[lang]} (${after})`;
}

const muted = (title: ReturnType<typeof sourceTitle>, t: I18n['t'], lang: Lang): string =>
  [
    ...(title.relation === null
      ? []
      : [t(title.relation === 'republished' ? 'source.title.republished' : 'source.title.quoted')]),
    ...(title.siteKnown ? [] : [t('source.title.siteUnknown')]),
  ].join(partSeparator(lang));
