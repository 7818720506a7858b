/**
 * A source's identity line: the reports it rests on, in the order a reader follows them (each report,
 * then what reached the source through it: "Alhurra, then Reuters through Alhurra"), each with what
 * the dataset knows of the agency or outlet from outside the articles. Pure: the view only lays it out.
 */
import type { Bilingual, OutletIdentity, Provenance, Source } from './types';
import { isUnknownOrigin } from './provenance';

export interface ChainLink {
  readonly origin: string;
  /**
   * The report's name as the source's `restsOn` gives it: the one name every view shows for it (the
   * chain, the source's line, the coverage strip), whatever the dataset's `outlets` call the outlet.
   */
  readonly name: Bilingual;
  readonly basis: Provenance['basis'];
  readonly part: boolean;
  /** The report it came through, by name ("Alhurra"), when the dataset says so. */
  readonly via?: Bilingual;
  /** Outside knowledge of the agency or outlet, where the dataset holds it; never guessed. */
  readonly identity?: OutletIdentity;
}

/**
 * The source's `restsOn` as a chain: entries that came through no other first (in the data's order),
 * each followed by those that came through it. The unknown origin names no report and is left out.
 */
export function sourceChain(source: Source, outlets: readonly OutletIdentity[] = []): ChainLink[] {
  const list = (source.restsOn ?? []).filter((p) => !isUnknownOrigin(p));
  const byId = new Map(outlets.map((o) => [o.id, o]));
  const origins = new Set(list.map((p) => p.origin));
  const link = (p: Provenance): ChainLink => {
    const via = p.via === undefined ? undefined : list.find((q) => q.origin === p.via)?.name;
    const identity = byId.get(p.origin);
    return {
      origin: p.origin,
      name: p.name,
      basis: p.basis,
      part: p.extent === 'part',
      ...(via !== undefined ? { via } : {}),
      ...(identity !== undefined ? { identity } : {}),
    };
  };
  const out: ChainLink[] = [];
  const placed = new Set<string>();
  const place = (p: Provenance): void => {
    if (placed.has(p.origin)) return;
    placed.add(p.origin);
    out.push(link(p));
    for (const q of list) if (q.via === p.origin) place(q);
  };
  // Roots: no `via`, or a `via` the source does not list (then it stands on its own).
  for (const p of list) if (p.via === undefined || !origins.has(p.via)) place(p);
  // A cycle of `via`s (the rules refuse one) still shows every entry.
  for (const p of list) place(p);
  return out;
}

/** The credits that the chain does not already name (a photo credit, a bare name, a cited outlet). */
export function creditsBesideChain(source: Source, chain: readonly ChainLink[]): Source['credits'] {
  const named = new Set(chain.map((c) => c.name.en));
  return source.credits.filter((c) => !(c.role !== 'photo' && c.role !== 'unclear' && named.has(c.name.en)));
}

/** Links in a row that are qualified alike (same route, basis and extent), said once for them all. */
export function chainGroups(chain: readonly ChainLink[]): ChainLink[][] {
  const key = (c: ChainLink): string => `${c.via?.en ?? ''}|${c.basis}|${c.part ? 'part' : 'whole'}`;
  const groups: ChainLink[][] = [];
  for (const c of chain) {
    const last = groups.at(-1);
    const head = last?.[0];
    if (last !== undefined && head !== undefined && key(head) === key(c)) last.push(c);
    else groups.push([c]);
  }
  return groups;
}
