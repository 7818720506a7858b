import { createContext, useContext } from 'react';
import { sourceLabel, sourceTitle, type Source } from '../../domain';
import { useT } from '../../i18n';
import { DataText } from '../DataText';

/**
 * Whether a source's standing (how the article stands to the report it names, and that its site is
 * unknown) is said once, where the source is introduced, and not after each mention of its name. One
 * source at a time (a phone or a tablet), its tab names it and its card says its standing in words
 * (`SourceStatus`); a claim's line or the count of independent reports then names it only.
 */
export const StatusOnce = createContext(false);

/** A source's name as plain text where it is mentioned: its lead only where its standing is said once. */
export function useMentionName(): (source: Source) => string {
  const { lang } = useT();
  const once = useContext(StatusOnce);
  return (source) => (once ? sourceTitle(source).lead[lang] : sourceLabel(source, lang));
}

/** Whether the status words after a mentioned name are left out (said once, on the source's card). */
export const useStatusOnce = (): boolean => useContext(StatusOnce);

/** About what two lines of a tab hold (SourceTabs: 10.5rem at 0.875rem): a longer name is cut there. */
const TAB_NAME_CHARS = 30;

/**
 * A source's standing in words, said once on its card under its tab: "Quotes Reuters in part, on a
 * site the article does not name". Where the article names its site there is no standing to tell: the
 * name itself, whole, where its tab cuts it ("AlMada (almada.org, Lebanon), as republished by…").
 */
export function SourceStatus({ source }: { readonly source: Source }): React.JSX.Element | null {
  const { t, lang } = useT();
  const title = sourceTitle(source);
  if (title.siteKnown)
    return title.lead[lang].length > TAB_NAME_CHARS ? (
      <p className="source-status">
        <bdi>
          <DataText text={title.lead[lang]} />
        </bdi>
      </p>
    ) : null;
  const key =
    title.relation === 'republished'
      ? 'source.statusRepublished'
      : title.relation === 'quoted'
        ? 'source.statusQuoted'
        : 'source.statusSiteOnly';
  const [before = '', after = ''] = t(key, { name: '\u0000' }).split('\u0000');
  return (
    <p className="source-status">
      {before}
      {title.relation !== null && (
        <bdi>
          <DataText text={title.lead[lang]} />
        </bdi>
      )}
      {after}
    </p>
  );
}
