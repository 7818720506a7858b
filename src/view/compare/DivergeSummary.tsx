import { useState } from 'react';
import {
  divergence,
  divergeLine,
  divergenceCount,
  partingClaims,
  type ClaimRow,
  type DivergeLine,
  type Source,
} from '../../domain';
import { partSeparator, useT } from '../../i18n';
import { DataText } from '../DataText';
import { divergeCountsText, screenSupportWords } from './support-text';
import { FoldToggle } from './FoldToggle';
import { byTabName, NamesIn, useMentionName, useStatusOnce } from './mention';
import { WhoSaidWhat, type SideView } from './WhoSaidWhat';

/**
 * Whether the accounts part ways on a claim of its own: some sources do not carry it, or all do in
 * different words (a variant counts with its parent, as `divergenceCount` counts).
 */
export function diverges(row: ClaimRow): boolean {
  return divergence(row) !== null;
}

export interface DivergeSummaryProps {
  readonly rows: readonly ClaimRow[];
  readonly sources: readonly Source[];
  /** Brings a claim's row of the full table into view; without it (on paper) a claim is plain text. */
  readonly onClaim?: (claimId: string) => void;
  /** On paper: nothing folds. */
  readonly whole?: boolean;
  /** Without its heading: a phone's cue above it is the heading (`DivergeFold`). */
  readonly headless?: boolean;
  /** At a desk: folded to its heading's one line, and the way to open it (the user's choice). */
  readonly fold?: { readonly folded: boolean; readonly onToggle: () => void } | undefined;
  /** Who said what, side by side: when claims are attributed to two sides or more, the headline. */
  readonly sides?: readonly SideView[];
  /**
   * In brief (a tablet's reader, where it stands open above the sources' words): who said what, or
   * else the first few claims, and a button for the rest.
   */
  readonly brief?: boolean;
  /** In brief, what opens with the rest of the claims (the coverage and the shared copy). */
  readonly more?: React.ReactNode;
}

/** How many claims a brief summary lists when no sides are set against each other. */
const BRIEF_CLAIMS = 3;

/**
 * Where the accounts diverge: first who said what, side against side (when the event has attributed
 * claims from two sides), then one line a claim, in two groups that are the heading's two counts
 * (claims only some sources carry, claims every source tells in other words): the claim, how many
 * outlets and independent origins carry it, and which (only one, or which do not). Before the
 * sources' words; the table has them all.
 */
export function DivergeSummary({
  rows,
  sources,
  onClaim,
  whole = false,
  headless = false,
  fold,
  sides = [],
  brief = false,
  more,
}: DivergeSummaryProps): React.JSX.Element | null {
  const { t, lang, display } = useT();
  const [all, setAll] = useState(false);
  const mentionName = useMentionName();
  // Under tabs, an unnamed site goes by its tab's name in the lines below: said once, above them.
  const tabNames = useStatusOnce() && sources.some((s) => byTabName(s, sources, lang));
  if (sources.length < 2 || rows.length === 0) return null;
  // What some sources leave out comes before what all of them carry in other words (as on paper and slides).
  const parting = partingClaims(rows);
  const folded = fold?.folded === true && parting.length > 0;
  // A line's names, support and single-origin tag are `divergeLine`'s (as on slides and in the deck);
  // a name is as this screen mentions it (its standing said once, where one source shows at a time).
  const words = screenSupportWords(t);
  const line = (r: ClaimRow): DivergeLine => divergeLine(r, { lang, display, words, label: mentionName });
  // Which sources carry it, each named as its card names it: the report or site at full size.
  const which = (r: ClaimRow): React.ReactNode => {
    const { how, sources: named } = line(r);
    return how === 'onlyIn' ? (
      <NamesIn sentence={(name) => t('reading.onlyIn', { name })} sources={named} among={sources} />
    ) : how === 'notIn' ? (
      <NamesIn sentence={(names) => t('reading.notIn', { names })} sources={named} among={sources} />
    ) : (
      t('reading.inAll')
    );
  };
  const counts = divergenceCount(rows);
  // The sides set against each other lead the heading, with how many claims part ways ("United States
  // vs Russia · 12 claims": one line at 1280 px; the two groups under it say how); else how they part.
  const headline =
    sides.length > 1
      ? [
          sides.map((s) => s.name).join(t('reading.sidesVs')),
          ...(parting.length > 0 ? [t('reading.divergeCue', { count: counts.diverging })] : []),
        ].join(partSeparator(lang))
      : parting.length > 0
        ? divergeCountsText(t, counts, lang)
        : '';
  // On paper who said what is not printed twice: the groups under it list the other claims, counted.
  const said = new Set(
    whole && sides.length > 1 ? sides.flatMap((s) => s.claims.map((c) => c.row.claim.id)) : [],
  );
  const others = said.size > 0 ? divergenceCount(rows.filter((r) => !said.has(r.claim.id))) : counts;
  const groups = [
    { kind: 'missing', label: t('reading.divergeMissing', { count: others.missing }) },
    { kind: 'worded', label: t('reading.divergeWorded', { count: others.worded }) },
  ] as const;
  // With no sides, and the claims all of one kind, the heading's counts already name the one group:
  // its own heading would say the same words again.
  const kinds = groups.filter(({ kind }) => parting.some((r) => divergence(r) === kind)).length;
  const groupHeads = sides.length > 1 || kinds > 1;
  // In brief: who said what stands for the claims when there are sides; else the first few claims.
  const cut = brief && !all && parting.length > 0;
  const room = cut ? (sides.length > 1 ? 0 : BRIEF_CLAIMS) : parting.length;
  const kept = new Set(parting.slice(0, room).map((r) => r.claim.id));
  // In brief, the way to the rest of the claims: in the heading's line at a desk (where the summary must
  // leave the first source's words room on the first screen), under the summary on a tablet.
  const allButton = brief && parting.length > 0 && (
    <button
      type="button"
      className="diverge-all link-button"
      aria-expanded={all}
      aria-controls="diverge-list"
      onClick={() => setAll(!all)}
    >
      {all ? t('reading.divergeFewer') : t('reading.divergeAll', { count: parting.length })}
    </button>
  );
  return (
    <section
      className="diverge"
      aria-labelledby={whole || headless ? undefined : 'diverge-heading'}
      data-folded={folded || undefined}
    >
      {/* The counts sit in the heading's own line: the reading layout has no room for another. */}
      {headless ? (
        headline !== '' && <p className="diverge-counts">{headline}</p>
      ) : (
        <div className="diverge-head">
          <h3 id={whole ? undefined : 'diverge-heading'}>
            {t('reading.divergeHeading')}
            {headline !== '' && <span className="diverge-counts">: {headline}</span>}
          </h3>
          {fold !== undefined && parting.length > 0 && (
            <FoldToggle
              folded={fold.folded}
              what={t('reading.divergeHeading')}
              controls="diverge-list"
              onToggle={fold.onToggle}
              named={
                sides.length > 1
                  ? { show: t('reading.divergeShowSides'), hide: t('reading.divergeHideSides') }
                  : { show: t('reading.divergeShowClaims'), hide: t('reading.divergeHideClaims') }
              }
            />
          )}
          {fold !== undefined && !folded && allButton}
        </div>
      )}
      {!folded && (
        <div className="diverge-body" id={whole ? undefined : 'diverge-list'}>
          {parting.length > 0 && tabNames && <p className="diverge-names">{t('reading.namesAsTabs')}</p>}
          {sides.length > 1 && (
            <WhoSaidWhat
              sides={sides}
              which={(said) => which(said.row)}
              onClaim={onClaim}
              quiet={fold !== undefined}
            />
          )}
          {parting.length === 0 && <p className="diverge-none">{t('reading.divergeNone')}</p>}
          {said.size > 0 && others.diverging > 0 && (
            <h4 className="diverge-others">{t('reading.divergeOthers')}</h4>
          )}
          {groups.map(({ kind, label }) => {
            const listed = parting.filter(
              (r) => divergence(r) === kind && kept.has(r.claim.id) && !said.has(r.claim.id),
            );
            return listed.length === 0 ? null : (
              <section key={kind} className="diverge-group" data-kind={kind} aria-label={label}>
                {groupHeads && <h4>{label}</h4>}
                <ol className="diverge-list">
                  {listed.map((r) => (
                    <li key={r.claim.id} data-claim={r.claim.id}>
                      {onClaim === undefined ? (
                        <span className="diverge-claim">
                          <DataText text={r.claim.text[lang]} />
                        </span>
                      ) : (
                        <button
                          type="button"
                          className="diverge-claim link-button"
                          onClick={() => onClaim(r.claim.id)}
                        >
                          <DataText text={r.claim.text[lang]} />
                        </button>
                      )}
                      <span className="diverge-support">
                        {line(r).support ?? <span className="badge badge-single">{t('claims.single')}</span>}
                        {r.wordedDifferently && (
                          <span className="badge badge-differ">{t('claims.differ')}</span>
                        )}
                        {line(r).singleOrigin && (
                          <span className="badge badge-single-origin" title={t('claims.singleOriginTitle')}>
                            {t('claims.singleOrigin')}
                          </span>
                        )}
                      </span>
                      <span className="diverge-which">
                        <bdi>{which(r)}</bdi>
                      </span>
                    </li>
                  ))}
                </ol>
              </section>
            );
          })}
          {!cut && more}
          {fold === undefined && allButton}
        </div>
      )}
    </section>
  );
}
