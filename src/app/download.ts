/**
 * Downloads a dataset file: its bytes, or why not (`<address>: <status or error>`). The checking
 * worker and the page use it alike.
 */
export async function download(
  href: string,
  credentials: RequestCredentials,
  signal?: AbortSignal,
): Promise<{ bytes: ArrayBuffer } | { failure: string }> {
  try {
    const response = await fetch(href, { credentials, signal: signal ?? null });
    if (!response.ok) return { failure: `${href}: ${response.status} ${response.statusText}` };
    return { bytes: await response.arrayBuffer() };
  } catch (e) {
    return { failure: `${href}: ${e instanceof Error ? e.message : String(e)}` };
  }
}
