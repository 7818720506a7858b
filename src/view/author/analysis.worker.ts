/// <reference lib="webworker" />
/**
 * The article's analysis off the page's thread: its date expressions and the entities it names, or
 * the events it most likely reports (`analysis.ts` asks, and keeps the answers). Every question gets
 * one answer, a failure included.
 */
import { analyseDates, findMentions, suggestArticle } from '../../domain';
import type { AnalysisAnswer, AnalysisQuestion } from './analysis';

self.onmessage = (e: MessageEvent<AnalysisQuestion>) => {
  const q = e.data;
  let answer: AnalysisAnswer;
  try {
    answer =
      q.kind === 'read'
        ? {
            id: q.id,
            dates: analyseDates(q.text, q.published),
            mentions: findMentions(q.text, q.entities),
          }
        : { id: q.id, suggestions: suggestArticle(q.base, q.article, { limit: q.limit }) };
  } catch (error) {
    answer = { id: q.id, failed: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
