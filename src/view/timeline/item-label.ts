/**
 * A box's content: its title as text (dataset text is never handed to vis-timeline as HTML), and, for
 * assistive technology only, the date and how it is known after it, so the timeline region reads as
 * dated events rather than a run of titles. The tooltip is the title, a line break, then that
 * description. The wrapper has `display: contents`: the title lays out as before.
 */
export function itemLabelElement(text: string, tooltip?: string): HTMLElement {
  const label = document.createElement('span');
  label.className = 'item-label';
  label.dir = 'auto';
  label.textContent = text;
  if (tooltip !== undefined) label.title = tooltip;
  const said = tooltip?.startsWith(`${text}\n`) === true ? tooltip.slice(text.length + 1) : '';
  if (text === '' || said === '') return label;
  const box = document.createElement('span');
  box.className = 'item-said';
  const date = document.createElement('span');
  date.className = 'visually-hidden';
  date.textContent = ` (${said})`;
  box.append(label, date);
  return box;
}
