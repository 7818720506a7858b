/**
 * The colours of the dataset's own kinds of event: one `<style>` element whose rules come only from
 * ids that match `TERM_ID` and from the fixed palette, never from any other dataset text. The bundled
 * lanes' rules (`styles/timeline.css`, `panels.css`) read `--lane-<id>`, so recolouring one of them
 * is a change of that variable; a new kind gets the variable and the class that reads it.
 */
import { useEffect } from 'react';
import { LANE_COLOURS, TERM_ID, type VocabularyTerm } from '../domain';

/** The style sheet for these kinds (empty when there are none). */
export function laneColourCss(kinds: readonly VocabularyTerm[]): string {
  const ok = kinds.filter((k) => TERM_ID.test(k.id) && Object.hasOwn(LANE_COLOURS, k.colour));
  if (ok.length === 0) return '';
  const vars = ok.map((k) => `--lane-${k.id}: ${LANE_COLOURS[k.colour]};`).join(' ');
  const classes = ok.map((k) => `.kind-${k.id} { --lane: var(--lane-${k.id}); }`).join('\n');
  return `:root { ${vars} }\n${classes}\n`;
}

const STYLE_ID = 'riwayat-lane-colours';

/** Puts the kinds' colours on the page while the component is on screen. */
export function useLaneColours(kinds: readonly VocabularyTerm[] | undefined): void {
  const css = kinds === undefined ? '' : laneColourCss(kinds);
  useEffect(() => {
    if (css === '') return;
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = css;
    document.head.append(style);
    return () => style.remove();
  }, [css]);
}
