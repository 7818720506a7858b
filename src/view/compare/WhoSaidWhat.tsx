import type { SaidClaim } from '../../domain';
import { useT } from '../../i18n';
import { DataText } from '../DataText';

/** One side of "Who said what", named and coloured for the screen. */
export interface SideView {
  readonly id: string;
  readonly name: string;
  /** The side's colour on the timeline, a CSS colour. */
  readonly colour: string;
  readonly claims: readonly SaidClaim[];
}

/**
 * Who said what: side against side (the US readout against the Russian one), each side's attributed
 * claims with who said them and which sources carry them. The headline of where the accounts diverge
 * when an event has attributed claims from two sides or more.
 */
export function WhoSaidWhat({
  sides,
  which,
  onClaim,
  quiet = false,
}: {
  readonly sides: readonly SideView[];
  /** Which sources carry a claim ("in every source", "only in …", "not in …"). */
  readonly which: (said: SaidClaim) => React.ReactNode;
  readonly onClaim?: ((claimId: string) => void) | undefined;
  /** Its heading for assistive technology only: the summary's heading above already names the sides. */
  readonly quiet?: boolean;
}): React.JSX.Element {
  const { t, lang } = useT();
  return (
    <section className="sides-said" aria-labelledby="sides-said-heading">
      <h4 id="sides-said-heading" className={quiet ? 'visually-hidden' : undefined}>
        {t('reading.whoSaidWhat')}
      </h4>
      <div className="sides-said-grid">
        {sides.map((side) => (
          <section
            key={side.id}
            className="side-said"
            data-side={side.id}
            aria-labelledby={`side-said-${side.id}`}
            style={{ borderInlineStartColor: side.colour }}
          >
            <h5 id={`side-said-${side.id}`}>
              <bdi>{side.name}</bdi>
            </h5>
            <ul>
              {side.claims.map((said) => (
                <li key={said.row.claim.id} data-claim={said.row.claim.id}>
                  {onClaim === undefined ? (
                    <span className="diverge-claim">
                      <DataText text={said.row.claim.text[lang]} />
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="diverge-claim link-button"
                      onClick={() => onClaim(said.row.claim.id)}
                    >
                      <DataText text={said.row.claim.text[lang]} />
                    </button>
                  )}{' '}
                  <span className="side-said-by">
                    {t('reading.saidBy', { name: said.by.name[lang] })}
                    <span className="side-said-which">
                      <bdi>{which(said)}</bdi>
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
