// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Field } from '../../src/view/author/Field';
import { TYPING_PAUSE_MS } from '../../src/view/author/save-while-typing';
import { LANGS, openWorkbench } from './workbench-open';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

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

  it('is committed when the page is hidden (a phone switching apps, a tab closed)', () => {
    const onCommit = vi.fn();
    render(<Field label="Summary (English)" value="The crash" onCommit={onCommit} multiline />);
    fireEvent.change(screen.getByLabelText('Summary (English)'), { target: { value: 'The crash at' } });
    dispatchEvent(new Event('pagehide'));
    expect(onCommit).toHaveBeenCalledWith('The crash at');
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

// Trial 5 (S2-1): the words were saved only on leaving the field. They are saved once typing pauses:
// one commit (one undo step) per pause, not per key.
describe('typing is saved while it happens', () => {
  it('commits once per pause, not per key', () => {
    vi.useFakeTimers();
    const onCommit = vi.fn();
    const { rerender } = render(<Field label="Summary (English)" value="" onCommit={onCommit} multiline />);
    const field = screen.getByLabelText('Summary (English)');
    for (const typed of ['P', 'Po', 'Pow', 'Powe', 'Power']) {
      fireEvent.change(field, { target: { value: typed } });
      act(() => void vi.advanceTimersByTime(60));
    }
    expect(onCommit).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(TYPING_PAUSE_MS));
    expect(onCommit.mock.calls).toEqual([['Power']]);
    rerender(<Field label="Summary (English)" value="Power" onCommit={onCommit} multiline />);
    fireEvent.change(field, { target: { value: 'Power is back' } });
    act(() => void vi.advanceTimersByTime(TYPING_PAUSE_MS + 10));
    expect(onCommit.mock.calls).toEqual([['Power'], ['Power is back']]);
  });

  it('keeps typing done after a pause when the committed value comes back', () => {
    vi.useFakeTimers();
    const onCommit = vi.fn();
    const { rerender } = render(<Field label="Title (English)" value="" onCommit={onCommit} />);
    const field = screen.getByLabelText<HTMLInputElement>('Title (English)');
    fireEvent.change(field, { target: { value: 'Power' } });
    act(() => void vi.advanceTimersByTime(TYPING_PAUSE_MS));
    // A key pressed before the draft's new value reaches the field.
    fireEvent.change(field, { target: { value: 'Power ' } });
    rerender(<Field label="Title (English)" value="Power" onCommit={onCommit} />);
    expect(field.value).toBe('Power ');
  });

  // The header's "Saving…" once read "All changes saved" right after a key: the workbench's heading was
  // on screen while the fields' first effects had not run yet, and the first of them, run before the
  // key's update, set the field back to its value.
  it('keeps a key typed after the field is drawn but before its first effects ran', async () => {
    const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean | undefined };
    const wasAct = env.IS_REACT_ACT_ENVIRONMENT;
    // Rendered as a browser does, not inside act(): effects run in a later task than the drawing.
    env.IS_REACT_ACT_ENVIRONMENT = false;
    const host = document.body.appendChild(document.createElement('div'));
    const root = createRoot(host);
    try {
      const field = await new Promise<HTMLInputElement>((resolve) => {
        // Called as soon as the field is in the document, as a test's query or a quick reader finds it.
        const drawn = new MutationObserver(() => {
          const input = host.querySelector('input');
          if (input === null) return;
          drawn.disconnect();
          fireEvent.change(input, { target: { value: 'Typed at once' } });
          resolve(input);
        });
        drawn.observe(host, { childList: true, subtree: true });
        root.render(<Field label="Title (English)" value="" onCommit={() => undefined} />);
      });
      await new Promise((r) => setTimeout(r, 50));
      expect(field.value).toBe('Typed at once');
    } finally {
      root.unmount();
      host.remove();
      env.IS_REACT_ACT_ENVIRONMENT = wasAct;
    }
  });

  for (const [lang, L] of LANGS) {
    it(`the header says "Saving…" while typing is held, then saved (${lang})`, async () => {
      await openWorkbench(lang);
      const field = screen.getByLabelText<HTMLInputElement>(L.workbench.titleEn);
      const status = screen.getByText(L.author.save.saved);
      fireEvent.change(field, { target: { value: 'Typed and not left' } });
      expect(status.textContent).toBe(L.author.save.saving);
      await act(async () => void (await new Promise((r) => setTimeout(r, TYPING_PAUSE_MS + 100))));
      expect(status.textContent).toBe(L.author.save.saved);
      expect(field.value).toBe('Typed and not left');
    });
  }
});
