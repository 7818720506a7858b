/**
 * A web address as a reader reads it: its percent-encoded letters decoded («/%D8%A7…» shows as
 * «/ا…»), while the link itself keeps the address as recorded. Escapes that decode to a space, a
 * control or a character of the address's own syntax stay encoded, so what is shown is the same
 * address; a malformed escape leaves the address as it is.
 */
export function readableAddress(url: string): string {
  return url.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(run);
    } catch {
      return run;
    }
    return /[\s\p{Cc}\p{Cf}%/?#&=+:@;,[\]]/u.test(decoded) ? run : decoded;
  });
}
