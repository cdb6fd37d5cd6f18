/**
 * Sentences the re-anchoring bench builds its articles from (written for it, Arabic and
 * English news style). {N} is replaced by a figure and {S} by a speaker's name, so the same
 * names and numbers recur across paragraphs, as in real reports: a quote found "elsewhere"
 * is a real risk the bench must catch.
 */
export interface Fixture {
  lang: 'ar' | 'en';
  speakers: string[];
  sentences: string[];
  /** Paragraphs a new version inserts. */
  inserts: string[];
  /** Word swaps for a reworded sentence. */
  rewords: Array<[string, string]>;
}

export const ARABIC: Fixture = {
  lang: 'ar',
  speakers: [
    'وزير الصحة',
    'المتحدث باسم الدفاع المدني',
    'منظمة الصحة العالمية',
    'محافظ المدينة',
    'رئيس البلدية',
    'الأمين العام للأمم المتحدة',
  ],
  sentences: [
    'قال {S} إن {N} شخصا قتلوا في القصف على الحي الشرقي صباح اليوم.',
    'وأضاف {S} أن فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض.',
    'وأكد {S} في مؤتمر صحفي أن {N} مستشفى خرجت عن الخدمة بسبب نقص الوقود.',
    'ونقلت وكالة الأنباء عن {S} قوله: «لن نترك أحدا خلفنا مهما طال الوقت».',
    'وبحسب أرقام {S} فإن {N} عائلة نزحت من بيوتها خلال الأسبوع الماضي.',
    'ودعا {S} المجتمع الدولي إلى التحرك العاجل لوقف التصعيد وحماية المدنيين.',
    'وأشار التقرير إلى أن أسعار الخبز ارتفعت بنسبة {N} في المئة منذ بداية الشهر.',
    'وقال شهود عيان إن الانفجار سمع على بعد {N} كيلومترات من موقع الحادث.',
    'ونفى {S} الأنباء التي تحدثت عن إغلاق المعبر الحدودي أمام الشاحنات.',
    'وتعهد {S} بتقديم مساعدات عاجلة بقيمة {N} مليون دولار للمتضررين.',
    'وأوضح {S} أن المدارس ستبقى مغلقة حتى إشعار آخر حفاظا على سلامة الطلاب.',
    'وتظهر صور الأقمار الصناعية دمارا واسعا في {N} مبنى سكنيا على الأقل.',
  ],
  inserts: [
    'تحديث: أضيفت إلى هذا التقرير معلومات جديدة وردت من مصادر طبية في المدينة بعد الظهر.',
    'وفي سياق متصل، أعلنت السلطات المحلية فتح ملاجئ جديدة لاستقبال العائلات النازحة من الأحياء الشرقية.',
    'تصحيح: ذكرت نسخة سابقة من هذا التقرير خطأ اسم المستشفى الذي استقبل الجرحى.',
  ],
  rewords: [
    ['قتلوا', 'لقوا حتفهم'],
    ['العاجل', 'الفوري'],
    ['الماضي', 'المنصرم'],
    ['واسعا', 'كبيرا'],
    ['عاجلة', 'فورية'],
    ['نقص', 'شح'],
    ['المدنيين', 'السكان'],
    ['الأنباء', 'التقارير'],
  ],
};

export const ENGLISH: Fixture = {
  lang: 'en',
  speakers: [
    'the health minister',
    'the civil defence spokesman',
    'the World Health Organization',
    'the city governor',
    'the mayor',
    'the UN Secretary-General',
  ],
  sentences: [
    'According to {S}, {N} people were killed in the shelling of the eastern district this morning.',
    'Rescue teams are still searching for survivors under the rubble, {S} added.',
    'Speaking at a press conference, {S} said {N} hospitals had closed because of fuel shortages.',
    '"We will not leave anyone behind, however long it takes," {S} told reporters.',
    'Figures from {S} show that {N} families have fled their homes over the past week.',
    '{S} urged the international community to act quickly to stop the escalation and protect civilians.',
    'The report said bread prices had risen by {N} percent since the start of the month.',
    'Witnesses said the blast was heard {N} kilometres away from the site.',
    '{S} denied reports that the border crossing had been closed to lorries.',
    '{S} pledged {N} million dollars in emergency aid for those affected.',
    'Schools will stay closed until further notice to keep pupils safe, {S} explained.',
    'Satellite images show heavy damage to at least {N} residential buildings.',
  ],
  inserts: [
    'Update: this report was revised in the afternoon with new information from medical sources in the city.',
    'Separately, local authorities said they had opened new shelters for families displaced from the eastern districts.',
    'Correction: an earlier version of this report gave the wrong name for the hospital that received the wounded.',
  ],
  rewords: [
    ['killed', 'left dead'],
    ['quickly', 'urgently'],
    ['heavy', 'extensive'],
    ['denied', 'rejected'],
    ['urged', 'called on'],
    ['searching', 'looking'],
    ['pledged', 'promised'],
    ['risen', 'climbed'],
  ],
};
