import { NO_FILTERS } from '../../src/domain';
import { PLAIN_SCREEN, type ViewState } from '../../src/state';

/** A view with nothing chosen, in English, lanes by kind; `over` sets what a test is about. */
export const viewState = (over: Partial<ViewState> = {}): ViewState => ({
  lang: 'en',
  eventId: null,
  window: null,
  sourceId: null,
  claimId: null,
  query: '',
  filters: NO_FILTERS,
  lanes: 'kind',
  entityId: null,
  present: false,
  briefingId: null,
  step: null,
  deckScreen: PLAIN_SCREEN,
  mode: 'view',
  display: { months: 'levantine', digits: 'arab' },
  ...over,
});
