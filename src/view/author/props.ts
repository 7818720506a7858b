import type { Command, Draft } from '../../author';
import type { SourceWithText } from '../../domain';

/** A part of the workbench that edits one article: the article and the way to change the draft. */
export interface ArticlePartProps {
  readonly source: SourceWithText;
  readonly dispatch: (c: Command) => void;
}

/** A part that also reads the whole draft and can open an event. */
export interface ArticleToolProps extends ArticlePartProps {
  readonly draft: Draft;
  readonly onEvent: (id: string) => void;
}
