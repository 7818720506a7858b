/**
 * The nouns that head an institution's name («وزارة الصحة», «المركز الألماني لأبحاث علوم الأرض»,
 * «هيئة إدارة الكوارث»): the one list the name finder (`names.ts`) and a selection's first kind
 * (`selection-kind.ts`) read, folded as `normalizeForMatch` folds, without «ال».
 */
import { normalizeForMatch } from '../domain';

export const ORGANISATION_HEADS: ReadonlySet<string> = new Set(
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

/** Is this folded word a head, bare («وزارة») or definite («الوزارة»)? */
export const organisationHead = (key: string): boolean =>
  ORGANISATION_HEADS.has(key) || (key.startsWith('ال') && ORGANISATION_HEADS.has(key.slice(2)));
