/**
 * The benchmark's baseline: plain vis-timeline, tuned as its documentation advises (a bounded
 * start/end in the constructor, one DataSet), given the same events as Riwayat.
 */
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

interface Ev {
  id: string;
  start: string;
  kind: string;
  title: { en: string };
}

const q = new URLSearchParams(location.search);
const from = Number(q.get('from'));
const to = Number(q.get('to'));
const data = (await (await fetch(q.get('data') ?? '')).json()) as { events: Ev[] };
const items = new DataSet(
  data.events.map((e) => ({ id: e.id, start: `${e.start}T12:00:00Z`, content: e.title.en, group: e.kind })),
);
const groups = new DataSet([...new Set(data.events.map((e) => e.kind))].map((k) => ({ id: k, content: k })));
const timeline = new Timeline(document.getElementById('timeline') as HTMLElement, items, groups, {
  start: from,
  end: to,
  stack: true,
  height: '560px',
  onInitialDrawComplete: () => performance.mark('riwayat:ready'),
});
(window as unknown as { timeline: Timeline }).timeline = timeline;
