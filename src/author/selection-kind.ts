/**
 * What a selection made into a person or organisation most likely is, for the form's first choice
 * (the author can change it): an organisation when its first word is a noun that heads the name of an
 * institution («المركز الألماني لأبحاث علوم الأرض», «وزارة الصحة», «جامعة كابل»), with or without a
 * one-letter proclitic («لهيئة», «للمركز»); else a person.
 */
import { normalizeForMatch, withoutProclitic, type EntityKind } from '../domain';

const HEADS = new Set(
  [
    'مركز',
    'معهد',
    'جامعة',
    'مؤسسة',
    'مجلس',
    'حكومة',
    'جيش',
    'وزارة',
    'منظمة',
    'هيئة',
    'حركة',
    'حزب',
    'اتحاد',
    'وكالة',
    'جبهة',
    'أمم',
    'برلمان',
    'محكمة',
    'صليب',
    'هلال',
    'شركة',
    'جمعية',
    'لجنة',
    'مكتب',
    'إدارة',
    'دائرة',
    'مديرية',
    'مصلحة',
    'بنك',
    'صندوق',
    'برنامج',
    'قوات',
    'شرطة',
    'سلطة',
    'رابطة',
    'نقابة',
    'مستشفى',
  ].map(normalizeForMatch),
);

const head = (key: string): boolean => HEADS.has(key) || (key.startsWith('ال') && HEADS.has(key.slice(2)));

export function selectionKind(words: string): EntityKind {
  const first = normalizeForMatch(words.trim().split(/\s+/u)[0] ?? '');
  if (first === '') return 'person';
  const bare = withoutProclitic(first, 3);
  // «للمركز»: «ل» before «ال» drops its alef.
  const lil = first.startsWith('لل') ? first.slice(2) : null;
  return head(first) || (bare !== null && head(bare)) || (lil !== null && HEADS.has(lil))
    ? 'organisation'
    : 'person';
}
