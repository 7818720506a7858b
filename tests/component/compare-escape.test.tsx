// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexDataset } from '../../src/domain';
import { Accounts } from '../../src/view';
import { loadCorpus } from '../fixtures/corpus';
import { renderIn } from './render';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const call = dataset.events.find((e) => e.id === 'call-2024-06-25')!;

afterEach(cleanup);

// UX review 12, S2-2: Escape in a word-by-word comparison closed the whole event.
/** The June 2024 call with `claim`'s comparison open (or none); Escape pressed on what `at` finds. */
function escapeIn(claim: string | null, at: RegExp) {
  const onSelectClaim = vi.fn();
  renderIn(
    'en',
    <Accounts
      index={index}
      event={call}
      selectedSource={null}
      selectedClaim={claim}
      onSelectSource={() => {}}
      onSelectClaim={onSelectClaim}
    />,
  );
  // Whether the desk's keys, listening on the window, see the key as handled.
  const seen = vi.fn((e: KeyboardEvent) => e.defaultPrevented);
  addEventListener('keydown', seen);
  fireEvent.keyDown(screen.getByRole('heading', { name: at }), { key: 'Escape' });
  removeEventListener('keydown', seen);
  return { onSelectClaim, seen };
}

describe('Escape in a comparison of two wordings', () => {
  it('closes the comparison only, and the desk’s keys see the key as handled', () => {
    const { onSelectClaim, seen } = escapeIn('first-since-march-2023', /^Word by word:/);
    expect(onSelectClaim).toHaveBeenCalledWith(null);
    expect(seen).toHaveReturnedWith(true);
  });

  it('is left to the desk’s keys where no comparison is open', () => {
    const { onSelectClaim, seen } = escapeIn(null, /^Claims, source by source/);
    expect(onSelectClaim).not.toHaveBeenCalled();
    expect(seen).toHaveReturnedWith(false);
  });
});
