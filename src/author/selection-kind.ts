/**
 * What a selection made into a person or organisation most likely is, for the form's first choice
 * (the author can change it): an organisation when its first word is a noun that heads the name of an
 * institution («المركز الألماني لأبحاث علوم الأرض», «وزارة الصحة», «جامعة كابل»), with or without a
 * one-letter proclitic («لهيئة», «للمركز»); else a person. The heads are `organisation-heads.ts`'s.
 */
import { normalizeForMatch, withoutProclitic, type EntityKind } from '../domain';
import { ORGANISATION_HEADS, organisationHead } from './organisation-heads';

export function selectionKind(words: string): EntityKind {
  const first = normalizeForMatch(words.trim().split(/\s+/u)[0] ?? '');
  if (first === '') return 'person';
  const bare = withoutProclitic(first, 3);
  // «للمركز»: «ل» before «ال» drops its alef.
  const lil = first.startsWith('لل') ? first.slice(2) : null;
  return organisationHead(first) ||
    (bare !== null && organisationHead(bare)) ||
    (lil !== null && ORGANISATION_HEADS.has(lil))
    ? 'organisation'
    : 'person';
}
