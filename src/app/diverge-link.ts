import type { AccountsProps } from '../view';
import { address } from './address';

/**
 * "Where they diverge" in the address: how the link opened left it, and the reader's choice written
 * back (`diverge=1` open, `0` folded), so that Copy link shares it as the sender sees it.
 */
export function divergeLinkProps(): Pick<AccountsProps, 'divergeLink' | 'onDivergeFold'> {
  return {
    divergeLink: address().read().diverge,
    onDivergeFold: (folded) => address().update({ diverge: folded ? 'folded' : 'open' }),
  };
}
