/**
 * The page's mode (the view, the workbench, its preview) is the view store's: pure commands change it,
 * the address's codec alone reads and writes `author=`, and the history rule says which change is a
 * new entry (the workbench opened from the view) and which rewrites the current one.
 */
import { describe, expect, it } from 'vitest';
import {
  entryChange,
  modeAfterStep,
  readUrl,
  runModeCommand,
  viewFromUrl,
  writeUrl,
  type Mode,
} from '../../src/state';
import { writers } from '../support/source-files';
import { viewState } from '../support/view-state';

const inMode = (mode: Mode) => viewState({ mode });

describe('the mode’s commands', () => {
  it('open the workbench from the view or from its preview, and close it to the view', () => {
    expect(runModeCommand(inMode('view'), 'open-workbench')).toEqual({ mode: 'author' });
    expect(runModeCommand(inMode('preview'), 'open-workbench')).toEqual({ mode: 'author' });
    expect(runModeCommand(inMode('author'), 'close-workbench')).toEqual({ mode: 'view' });
    expect(runModeCommand(inMode('preview'), 'close-workbench')).toEqual({ mode: 'view' });
  });

  it('preview the draft only from the workbench', () => {
    expect(runModeCommand(inMode('author'), 'preview')).toEqual({ mode: 'preview' });
    expect(runModeCommand(inMode('view'), 'preview')).toEqual({});
  });

  it('change nothing when the page is already in the mode asked for', () => {
    expect(runModeCommand(inMode('author'), 'open-workbench')).toEqual({});
    expect(runModeCommand(inMode('view'), 'close-workbench')).toEqual({});
  });
});

describe('the mode after Back or Forward', () => {
  it('opens the workbench where the entry says so, and leaves it where the entry does not', () => {
    for (const shown of ['view', 'author', 'preview'] as const)
      expect(modeAfterStep(true, shown)).toBe('author');
    expect(modeAfterStep(false, 'author')).toBe('view');
    expect(modeAfterStep(false, 'view')).toBe('view');
  });

  it('keeps a preview on screen (the draft it shows is in no entry)', () => {
    expect(modeAfterStep(false, 'preview')).toBe('preview');
  });
});

describe('the mode in the address', () => {
  it('is `author=1` while the workbench is open, and nothing in the view or a preview', () => {
    expect(writeUrl('?lang=en', inMode('author'))).toContain('author=1');
    expect(writeUrl('?lang=en&author=1', inMode('view'))).not.toContain('author');
    expect(writeUrl('?lang=en&author=1', inMode('preview'))).not.toContain('author');
  });

  it('is read back as the workbench; anything else is the view', () => {
    expect(viewFromUrl(readUrl('?author=1')).mode).toBe('author');
    expect(viewFromUrl(readUrl('?author=true')).mode).toBe('view');
    expect(viewFromUrl(readUrl('')).mode).toBe('view');
  });

  it('is read and written by the view’s codec alone: no other module touches `author=`', () => {
    expect(
      writers(/update\(\{[^}]*\bauthor:|\.author\b(?!-)|readParam\([^,]+,\s*'author'\)/u, [
        'src/state/url.ts',
      ]),
    ).toEqual([]);
  });
});

describe('the mode in the history', () => {
  it('opening the workbench from the view is a new entry; every other change of mode rewrites it', () => {
    expect(entryChange(inMode('author'), inMode('view'))).toBe('push');
    expect(entryChange(inMode('view'), inMode('author'))).toBe('replace');
    expect(entryChange(inMode('preview'), inMode('author'))).toBe('replace');
    expect(entryChange(inMode('author'), inMode('preview'))).toBe('replace');
  });
});
