/** Saving the timeline as an image, with a well-kept renderer loaded only when asked for. */

/** Projector width in pixels. */
export const PROJECTOR_WIDTH = 1920;

/** Renders `node` to a PNG data URL at projector width, in the page's current language and direction. */
export async function renderPng(node: HTMLElement): Promise<string> {
  const { toPng } = await import('html-to-image');
  const width = node.getBoundingClientRect().width;
  return toPng(node, {
    pixelRatio: PROJECTOR_WIDTH / Math.max(1, width),
    backgroundColor: '#ffffff',
  });
}

/** Offers a data URL as a download. */
export function download(dataUrl: string, filename: string): void {
  const a = document.createElement('a');
  a.href = dataUrl;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
}
