/**
 * "Skip to each source's words": to the sources' own words, past the event's summary of where they
 * diverge (which can fill a short pane), their start at the top of their pane and focus on them, so a
 * Tab goes on into the first source. Before they have rendered, to the section's heading.
 */
export function skipToWords(e: React.MouseEvent): void {
  const words = document.getElementById('source-panels');
  const target = words ?? document.getElementById('accounts-heading');
  if (target === null) return;
  e.preventDefault();
  // One source at a time, its tabs stay above it: the block they make starts the screen.
  const block = words?.closest<HTMLElement>('.source-reader, .source-all') ?? target;
  block.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}
