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
describe('Escape in a comparison of two wordings', () => {
  it('closes the comparison only, and the desk’s keys see the key as handled', () => {
    const onSelectClaim = vi.fn();
    renderIn(
      'en',
      <Accounts
        index={index}
        event={call}
        selectedSource={null}
        selectedClaim="first-since-march-2023"
        onSelectSource={() => {}}
        onSelectClaim={onSelectClaim}
      />,
    );
    const heading = screen.getByRole('heading', { name: /^Word by word:/ });
    const seen = vi.fn((e: KeyboardEvent) => e.defaultPrevented);
    addEventListener('keydown', seen);
    fireEvent.keyDown(heading, { key: 'Escape' });
    removeEventListener('keydown', seen);
    expect(onSelectClaim).toHaveBeenCalledWith(null);
    expect(seen).toHaveReturnedWith(true);
  });

  it('is left to the desk’s keys where no comparison is open', () => {
    const onSelectClaim = vi.fn();
    renderIn(
      'en',
      <Accounts
        index={index}
        event={call}
        selectedSource={null}
        selectedClaim={null}
        onSelectSource={() => {}}
        onSelectClaim={onSelectClaim}
      />,
    );
    const seen = vi.fn((e: KeyboardEvent) => e.defaultPrevented);
    addEventListener('keydown', seen);
    fireEvent.keyDown(screen.getByRole('heading', { name: /^Claims, source by source/ }), { key: 'Escape' });
    removeEventListener('keydown', seen);
    expect(onSelectClaim).not.toHaveBeenCalled();
    expect(seen).toHaveReturnedWith(false);
  });
});
