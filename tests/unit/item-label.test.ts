// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { itemLabelElement } from '../../src/view/timeline/item-label';

describe("a timeline box's content (D21)", () => {
  it('is the title as text, with its date and how it is known for assistive technology', () => {
    const el = itemLabelElement(
      '<b>Austin</b> and Belousov',
      '<b>Austin</b> and Belousov\n25 June 2024 · from a weekday',
    );
    expect(el.querySelector('b')).toBeNull();
    const label = el.querySelector('.item-label') as HTMLElement;
    expect(label.textContent).toBe('<b>Austin</b> and Belousov');
    expect(label.title).toBe('<b>Austin</b> and Belousov\n25 June 2024 · from a weekday');
    // What a screen reader reads in the timeline region: the title, then the date.
    expect(el.textContent).toBe('<b>Austin</b> and Belousov (25 June 2024 · from a weekday)');
    expect(el.querySelector('.visually-hidden')?.textContent).toBe(' (25 June 2024 · from a weekday)');
  });

  it('is the bare label where there is nothing more to say', () => {
    const el = itemLabelElement('', 'June 2024');
    expect(el.className).toBe('item-label');
    expect(el.textContent).toBe('');
    expect(itemLabelElement('A title').textContent).toBe('A title');
  });
});
