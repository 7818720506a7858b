// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Field } from '../../src/view/author/Field';

afterEach(cleanup);

const leave = (): Event => {
  const e = new Event('beforeunload', { cancelable: true });
  dispatchEvent(e);
  return e;
};

// A newcomer typed an event's English summary and reloaded without leaving the field: the words were
// gone, while the header said every change was saved.
describe('typing not yet committed when the page is left', () => {
  it('is committed, and the browser is asked to confirm leaving', () => {
    const onCommit = vi.fn();
    render(<Field label="Summary (English)" value="The crash" onCommit={onCommit} multiline />);
    fireEvent.change(screen.getByLabelText('Summary (English)'), {
      target: { value: 'The crash at Ahmedabad' },
    });
    const e = leave();
    expect(onCommit).toHaveBeenCalledWith('The crash at Ahmedabad');
    expect(e.defaultPrevented).toBe(true);
  });

  it('asks nothing when every word is committed', () => {
    const onCommit = vi.fn();
    render(<Field label="Title (English)" value="The crash" onCommit={onCommit} />);
    const field = screen.getByLabelText('Title (English)');
    fireEvent.change(field, { target: { value: 'The crash' } });
    expect(leave().defaultPrevented).toBe(false);
    expect(onCommit).not.toHaveBeenCalled();
  });
});
