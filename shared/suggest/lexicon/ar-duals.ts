// Arabic nouns that news counts, whose dual form (نقطتين، مشروعين) carries the number two by itself.
import { words } from './util';

/**
 * Feminine nouns in ة (or اة): the dual adds تين / تان (نقطة → نقطتين، مباراة → مباراتين). Their
 * plural is never written the same way, so the dual is unambiguous.
 */
const FEMININE = words(`نقطة مباراة وفاة محطة قافلة دولة ابنة طفلة فتاة سيدة زوجة سيارة شاحنة حافلة طائرة سفينة
  مروحية دبابة مدرعة قذيفة غارة رصاصة عبوة شركة مدرسة جامعة كلية مؤسسة منظمة جمعية لجنة وزارة بلدية محافظة ولاية منطقة
  قرية مدينة بلدة حارة عمارة شقة غرفة بناية منشأة مصفاة حالة إصابة ضحية جثة رهينة جريمة تهمة قضية جلسة دعوى عملية
  مرحلة جولة دورة بطولة جائزة ميدالية صفقة اتفاقية مبادرة خطة وثيقة رسالة صورة رواية قصيدة أغنية مسرحية حلقة
  نسخة مجموعة كتيبة فرقة وحدة قطعة وجبة جرعة شحنة دفعة موجة هزة عاصفة فترة وظيفة ورقة بطاقة تذكرة حقيبة حبة ليلة
  مضخة محولة مولدة شبكة قناة بحيرة جزيرة حديقة مزرعة شجرة نخلة بقرة`);

/**
 * Nouns without ة whose plural is broken (مشروع → مشاريع), so their ين / ان form can only be the
 * dual. Nouns with a sound plural in ين (موظف → موظفين) or in ان (بلد → بلدان) are left out: the
 * two read alike.
 */
const MASCULINE = words(`مشروع راتب نفق منزل بيت مبنى مستشفى مصنع مركز مكتب مقر مطار ميناء معبر مخيم سد جسر طريق شارع
  بنت أخت كأس اتفاق بئر رأس حزب فريق نادي هدف شوط موسم مقعد صوت قرار قانون مرسوم بند كتاب فيلم ألبوم عرض مهرجان معرض مؤتمر اجتماع لقاء
  ابن ولد طفل رجل شخص شاب قتيل جريح أسير سجين جندي ضابط صاروخ حادث انفجار زلزال منصب وزير نائب سفير`);

function feminineDuals(noun: string): string[] {
  const stem = noun.endsWith('ة') ? noun.slice(0, -1) : noun;
  return [`${stem}تين`, `${stem}تان`];
}

function masculineDuals(noun: string): string[] {
  // مبنى → مبنيين، مستشفى → مستشفيين: a final ى turns to ي before the ending.
  const stem = noun.endsWith('ى') ? `${noun.slice(0, -1)}ي` : noun;
  return [`${stem}ين`, `${stem}ان`];
}

/** Dual form → singular noun, for every listed noun (folded by the caller). */
export const AR_NOUN_DUALS: Array<[string, string]> = [
  ...FEMININE.flatMap((n) => (n.endsWith('ة') ? feminineDuals(n).map((d): [string, string] => [d, n]) : [])),
  ...MASCULINE.flatMap((n) => masculineDuals(n).map((d): [string, string] => [d, n])),
];
