/**
 * Fitting text into a box without a browser: lines are estimated from character counts (a line holds
 * `perLine` characters, words wrap whole), and items are grouped in order under a height budget. The
 * slides on screen and the exported decks both plan with these.
 */

/** How many lines a text takes when wrapped word by word at `perLine` characters. */
export function wrappedLines(text: string, perLine: number): number {
  const width = Math.max(1, Math.floor(perLine));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (used > 0 && used + 1 + word.length <= width) {
      used += 1 + word.length;
      continue;
    }
    if (used > 0) lines += 1;
    // A word longer than a line breaks where it must.
    lines += Math.ceil(word.length / width) - 1;
    used = word.length % width || width;
  }
  return lines;
}

/**
 * Groups items in order so that each group's cost stays within the budget; an item that alone
 * exceeds it gets a group of its own. Nothing is dropped or reordered.
 */
export function chunkByCost<T>(items: readonly T[], cost: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const c = cost(item);
    if (current.length > 0 && used + c > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += c;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Cuts a text into consecutive pieces of at most `maxLines` lines each, wrapped as `wrappedLines`
 * wraps it, at the spaces between words; joining the pieces gives the text back exactly (each
 * piece but the last keeps the spaces it ends with). A word longer than a whole piece is cut inside.
 */
export function splitAtLines(text: string, perLine: number, maxLines: number): string[] {
  const width = Math.max(1, Math.floor(perLine));
  const budget = Math.max(1, Math.floor(maxLines));
  const pieces: string[] = [];
  let from = 0;
  let lines = 1;
  let used = 0;
  const words = /\S+/g;
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    const word = m[0];
    if (used > 0 && used + 1 + word.length <= width) {
      used += 1 + word.length;
      continue;
    }
    const need = (used > 0 ? 1 : 0) + Math.ceil(word.length / width) - 1;
    if (lines + need > budget && (used > 0 || lines > 1)) {
      // The word starts a new piece (whole, or cut below when it is longer than a piece).
      pieces.push(text.slice(from, m.index));
      from = m.index;
      lines = 1;
      used = 0;
    }
    let rest = word.length;
    let at = m.index;
    if (used > 0) lines += 1;
    while (rest > width * budget - (lines - 1) * width) {
      const take = width * budget - (lines - 1) * width;
      pieces.push(text.slice(from, at + take));
      from = at + take;
      at += take;
      rest -= take;
      lines = 1;
    }
    lines += Math.ceil(rest / width) - 1;
    used = rest % width || width;
  }
  pieces.push(text.slice(from));
  return pieces.filter((p, i) => p !== '' || i === 0);
}
