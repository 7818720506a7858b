/** Saving the timeline as an image, with a well-kept renderer loaded only when asked for. */

/** Projector width in pixels. */
export const PROJECTOR_WIDTH = 1920;

/**
 * Renders `node` to a PNG data URL at projector width. The node is the picture composed for it (laid
 * out off screen at that width, whole: no scrollbar, every lane), not the live timeline pane.
 */
export async function renderPng(node: HTMLElement): Promise<string> {
  const { toPng } = await import('html-to-image');
  const { width, height } = node.getBoundingClientRect();
  return toPng(node, {
    width: Math.ceil(width),
    height: Math.ceil(height),
    pixelRatio: PROJECTOR_WIDTH / Math.max(1, width),
    backgroundColor: '#ffffff',
  });
}

/** Offers what an address (a data: or blob: URL) holds as a file to save. */
export function offerUrl(dataUrl: string, filename: string): void {
  const a = document.createElement('a');
  a.href = dataUrl;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
}

/** Offers bytes as a file to save. */
export function offerFile(body: BlobPart, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  offerUrl(url, name);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
