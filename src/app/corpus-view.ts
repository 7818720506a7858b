/** The React side of a corpus source: its state, or a still one when the dataset is not a corpus. */
import { createStore, useStore } from '../state';
import type { CorpusSource, CorpusView } from './corpus-source';

const NONE = createStore<CorpusView>({ levels: 0, problems: [], search: null, loading: false });

export const useCorpusView = (source: CorpusSource | null): CorpusView =>
  useStore(source?.state ?? NONE, (s) => s);
