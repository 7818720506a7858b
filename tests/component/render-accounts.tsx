import type { DatasetIndex, Lang, TimelineEvent } from '../../src/domain';
import { Accounts, type AccountsProps } from '../../src/view';
import { renderIn } from './render';

const noop = (): void => {};

/**
 * One event's sources as the event view shows them, in `lang`, with nothing selected and the
 * selection's callbacks doing nothing: at a desk by default, `more` for a phone's or a tablet's form.
 */
export function renderAccounts(
  lang: Lang,
  index: DatasetIndex,
  event: TimelineEvent,
  more: Partial<AccountsProps> = {},
) {
  return renderIn(
    lang,
    <Accounts
      index={index}
      event={event}
      selectedSource={null}
      selectedClaim={null}
      onSelectSource={noop}
      onSelectClaim={noop}
      {...more}
    />,
  );
}
