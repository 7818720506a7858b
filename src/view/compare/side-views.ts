import {
  LANE_COLOURS,
  sideName,
  sideOrderOf,
  sidesOf,
  whoSaidWhat,
  type ClaimRow,
  type DatasetIndex,
  type Lang,
} from '../../domain';
import type { SideView } from './WhoSaidWhat';

/**
 * Who said what, side by side: the attributed claims by the side of who said them, each side named and
 * coloured as on the timeline. One reading for the screen and the handout.
 */
export function sideViews(index: DatasetIndex, rows: readonly ClaimRow[], lang: Lang): SideView[] {
  const d = index.dataset;
  return whoSaidWhat(rows, index.entities, sideOrderOf(d)).map((s) => {
    const colour = sidesOf(d).find((term) => term.id === s.side)?.colour;
    return {
      id: s.side,
      name: sideName(d, s.side, lang),
      colour: colour === undefined ? 'var(--line)' : LANE_COLOURS[colour],
      claims: s.claims,
    };
  });
}
