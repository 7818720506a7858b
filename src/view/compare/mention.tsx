import { createContext, Fragment, useContext } from 'react';
import { sourceLabel, sourceTitle, tabName, type Lang, type Source } from '../../domain';
import { listSeparators, useT } from '../../i18n';
import { DataText } from '../DataText';
import { SourceName } from './SourceName';

/**
 * Whether sources are shown one at a time under tabs (a phone or a tablet): each tab then names the
 * report or site only, and the source's card says its one name under it, once (`SourceStatus`).
 */
export const StatusOnce = createContext(false);

/**
 * A source's name as plain text where it is mentioned: its one name (`sourceLabel`), the same on every
 * screen, since the name itself says what an unnamed site does ("Unnamed site citing Reuters").
 */
export function useMentionName(): (source: Source) => string {
  const { lang } = useT();
  return (source) => sourceLabel(source, lang);
}

/** Where a sentence of the interface's takes its names: a mark no translation contains. */
const NAMES_AT = '\u2063';

/**
 * Whether, one source at a time under tabs, `source` goes by its tab's name (`tabName`) where sources
 * are listed: the tab's name is shorter than its whole name, and no other source of `among` has a tab
 * of the same name (two copies of one report keep their whole names, so that neither passes for the
 * other).
 */
export function byTabName(source: Source, among: readonly Source[], lang: Lang): boolean {
  const short = tabName(source, lang);
  if (short === sourceLabel(source, lang)) return false;
  return among.every((other) => other.id === source.id || tabName(other, lang) !== short);
}

/**
 * A sentence of the interface's that names sources ("only in {{name}}", "not in {{names}}"), each
 * name as its card sets it (`SourceName`): the report or site a reader knows from the tabs at full
 * size, the words saying what an unnamed site does with it small ("only in unnamed site citing
 * **Reuters**"), so that the line reads at a glance and still says the one name. One source at a
 * time under tabs, an unnamed site goes by its tab's name ("only in **Reuters**", `byTabName`): its
 * card says its whole name, and the list says once what the names stand for (`DivergeSummary`).
 */
export function NamesIn({
  sentence,
  sources,
  among = [],
}: {
  /** The sentence with `names` where the names go. */
  readonly sentence: (names: string) => string;
  readonly sources: readonly Source[];
  /** Every source under the tabs: a name goes by its tab where no other tab has it. */
  readonly among?: readonly Source[];
}): React.JSX.Element {
  const { lang, display } = useT();
  const tabbed = useStatusOnce();
  const [head = '', tail = ''] = sentence(NAMES_AT).split(NAMES_AT);
  const between = listSeparators(sources.length, lang, display);
  return (
    <span className="names-in">
      {head}
      {sources.map((source, i) => (
        <Fragment key={source.id}>
          {between[i - 1]}
          {tabbed && among.length > 0 && byTabName(source, among, lang) ? (
            <bdi className="source-name-text">
              <bdi className="source-lead">
                <DataText text={tabName(source, lang)} />
              </bdi>
            </bdi>
          ) : (
            <SourceName source={source} mid={head !== ''} />
          )}
        </Fragment>
      ))}
      {tail}
    </span>
  );
}

/** Whether sources are shown one at a time under tabs that name their report or site only. */
export const useStatusOnce = (): boolean => useContext(StatusOnce);

/** About what two lines of a tab hold (SourceTabs: 10.5rem at 0.875rem): a longer name is cut there. */
const TAB_NAME_CHARS = 30;

/**
 * A source's one name, said once on its card under the tab that names the report or site only: where
 * the article names no site, "Unnamed site citing Reuters" under the tab "Reuters"; where it names its
 * site, the name whole where its tab says it short ("AlMada (almada.org, Lebanon), as republished by
 * an unnamed aggregator" under the tab "AlMada") or cuts it.
 */
export function SourceStatus({ source }: { readonly source: Source }): React.JSX.Element | null {
  const { lang } = useT();
  const title = sourceTitle(source);
  const lead = title.lead[lang];
  if (title.siteKnown && tabName(source, lang) === lead && lead.length <= TAB_NAME_CHARS) return null;
  return (
    <p className="source-status">
      <SourceName source={source} />
    </p>
  );
}
