// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetMenu } from '../../src/view';
import { renderIn } from './render';

const noop = () => {};
afterEach(cleanup);

describe('the Dataset menu’s briefing slides', () => {
  it('offers PowerPoint and PDF under their own heading, in English and Arabic', () => {
    for (const [lang, heading, pptx, pdf] of [
      ['en', 'Briefing slides', 'Download as PowerPoint', 'Save as PDF…'],
      ['ar', 'شرائح الإحاطة', 'تنزيل بصيغة PowerPoint', 'حفظ بصيغة PDF…'],
    ] as const) {
      const onDeck = vi.fn();
      renderIn(
        lang,
        <DatasetMenu name="x" isBundled onOpenFile={noop} onBundled={noop} onExport={noop} onDeck={onDeck} />,
      );
      const group = screen.getByRole('group', { name: heading });
      fireEvent.click(within(group).getByRole('button', { name: pptx }));
      fireEvent.click(within(group).getByRole('button', { name: pdf }));
      expect(onDeck.mock.calls).toEqual([['pptx'], ['pdf']]);
      cleanup();
    }
  });

  it('is not offered where no deck can be made (a static corpus)', () => {
    renderIn('en', <DatasetMenu name="x" isBundled onOpenFile={noop} onBundled={noop} onExport={noop} />);
    expect(screen.queryByRole('group', { name: 'Briefing slides' })).toBeNull();
  });
});
