/**
 * Articles for the PDF tests, written for them: a ministry report in Arabic, a wire story in
 * English, a mixed page and a table of figures. Each is plain text (paragraphs) that
 * tests/helpers/pdf-fixtures.ts lays out as HTML and prints to PDF with Chromium, so the
 * text a PDF import gives back can be compared with what went in.
 */

export const ARABIC_TITLE = 'تقرير وزارة المالية عن أداء الموازنة العامة لعام 2024';

export const ARABIC_PARAGRAPHS = [
  'أعلنت وزارة المالية في تقريرها السنوي أن عجز الموازنة العامة بلغ 4.5 مليار دولار خلال العام الماضي، وهو ما يعادل 6.2% من الناتج المحلي الإجمالي، مقارنة بنحو 5.1 مليار دولار في العام الذي سبقه. وقال وزير المالية خالد العمري في مؤتمر صحفي عقده في العاصمة إن الحكومة تعمل على خفض العجز إلى 3% بحلول عام 2026.',
  'وأوضح التقرير أن الإيرادات الضريبية ارتفعت بنسبة 12 في المئة لتصل إلى 18.3 مليار دولار، بينما تراجعت الإيرادات غير الضريبية بسبب انخفاض أسعار الفوسفات في الأسواق العالمية. وأشار إلى أن الإنفاق على الأجور والرواتب استحوذ على أكثر من ثلث النفقات الجارية، فيما لم تتجاوز النفقات الرأسمالية 14% من إجمالي الإنفاق.',
  'وقال المتحدث باسم الوزارة عبد الله الحسيني إن «الوضع المالي تحت السيطرة، ولا توجد أي نية لفرض ضرائب جديدة على السلع الأساسية». وأضاف أن الحكومة ستواصل دعم الخبز والوقود حتى نهاية العام المقبل، إلا إذا تغيرت الظروف الاقتصادية بشكل كبير.',
  'ولفت التقرير إلى أن الدين العام بلغ 71 مليار دولار، أي ما يعادل 98 في المئة من الناتج المحلي، وأن خدمة الدين وحدها تكلف الخزينة نحو 3.2 مليار دولار سنويا. وحذر خبراء من أن استمرار الاقتراض الخارجي بهذه الوتيرة قد يهدد الاستقرار المالي على المدى المتوسط.',
  'وفي ما يتعلق بالاستثمار، ذكر التقرير أن الاستثمارات الأجنبية المباشرة تراجعت إلى 1.1 مليار دولار، وهو أدنى مستوى منذ عشر سنوات. وعزت الوزارة ذلك إلى حالة عدم اليقين في المنطقة وارتفاع أسعار الفائدة عالميا، مؤكدة أن قانون الاستثمار الجديد سيعيد ثقة المستثمرين خلال الأشهر القادمة.',
  'من جهتها، قالت الخبيرة الاقتصادية ليلى منصور إن الأرقام المعلنة «لا تعكس الصورة كاملة»، مشيرة إلى أن جزءا من النفقات نقل خارج الموازنة عبر الصناديق الخاصة والهيئات المستقلة. ودعت إلى نشر الحسابات الختامية كاملة وإخضاعها لرقابة البرلمان وديوان المحاسبة.',
  'وبحسب بيانات البنك المركزي، ارتفع معدل التضخم السنوي إلى 9.4% في شهر آذار الماضي، مدفوعا بارتفاع أسعار الغذاء والطاقة والإيجارات. وقرر البنك رفع سعر الفائدة الرئيسي بمقدار نصف نقطة مئوية للمرة الثالثة خلال عام واحد، في محاولة لكبح الأسعار وحماية العملة المحلية.',
  'وختم التقرير بالتأكيد على أن الإصلاحات الهيكلية، ولا سيما إصلاح نظام التقاعد وتوسيع القاعدة الضريبية، تبقى ضرورية لتحقيق الاستدامة المالية. وتعهدت الحكومة بعرض مشروع قانون جديد للموازنة على مجلس النواب قبل نهاية شهر تشرين الأول المقبل.',
];

export const ENGLISH_TITLE = 'Finance ministry reports a narrower budget deficit for 2024';

export const ENGLISH_PARAGRAPHS = [
  'The finance ministry said on Tuesday that the budget deficit narrowed to $4.5 billion last year, equal to 6.2 percent of gross domestic product, down from $5.1 billion the year before. Minister Khalid al-Omari told reporters in the capital that the government aims to bring the deficit down to 3 percent by 2026.',
  'Tax revenue rose 12 percent to $18.3 billion, the annual report said, while non-tax revenue fell as global phosphate prices declined. Wages and salaries took more than a third of current spending, and capital spending was no more than 14 percent of the total.',
  '"The fiscal situation is under control, and there is no intention of imposing new taxes on basic goods," ministry spokesman Abdullah al-Husseini said. He added that the government would keep subsidising bread and fuel until the end of next year unless economic conditions changed significantly.',
  'Public debt reached $71 billion, or 98 percent of GDP, and debt service alone costs the treasury about $3.2 billion a year. Economists warned that continued foreign borrowing at this pace could threaten financial stability over the medium term.',
  'Foreign direct investment fell to $1.1 billion, its lowest level in ten years. The ministry blamed uncertainty in the region and higher global interest rates, and said a new investment law would restore investor confidence in the coming months.',
  'Economist Laila Mansour said the published figures "do not tell the whole story", noting that part of the spending had been moved off budget through special funds and independent agencies. She called for the final accounts to be published in full and audited by parliament.',
];

/** Paragraphs mixing Arabic and English: English names and acronyms inside Arabic, and back. */
export const MIXED_PARAGRAPHS = [
  'وقال ممثل صندوق النقد الدولي (IMF) في المنطقة إن البرنامج الجديد بقيمة 1.2 مليار دولار يهدف إلى دعم الاحتياطيات، مضيفا أن مجلس إدارة الصندوق سيناقشه في شهر May المقبل.',
  'The report quotes the central bank governor, who said in Arabic: «نحن ملتزمون بسعر صرف مرن», meaning the bank is committed to a flexible exchange rate.',
  'وأكدت وكالة Reuters نقلا عن مصادر في وزارة المالية أن المفاوضات مع البنك الدولي (World Bank) حول قرض بقيمة 500 مليون دولار بلغت مراحلها الأخيرة.',
  'According to the ministry, spending on the programme known locally as «تكافل وكرامة» rose by 25 percent to reach 2.3 million households.',
  'وأشار التقرير إلى أن شركة Fitch للتصنيف الائتماني أبقت على تصنيف البلاد عند B مع نظرة مستقرة، بينما خفضت Moody’s نظرتها إلى سلبية.',
];

/** A table of figures: indicator, then the value for 2023 and for 2024, in reading order. */
export const FIGURES_TITLE = 'أبرز المؤشرات المالية';
export const FIGURES_INTRO = 'يبين الجدول التالي أبرز المؤشرات المالية خلال العامين الماضيين بحسب بيانات وزارة المالية والبنك المركزي.';
export const FIGURES_ROWS: string[][] = [
  ['المؤشر', '2023', '2024'],
  ['عجز الموازنة (مليار دولار)', '5.1', '4.5'],
  ['الإيرادات الضريبية (مليار دولار)', '16.3', '18.3'],
  ['الدين العام (% من الناتج)', '95', '98'],
  ['معدل التضخم (%)', '7.8', '9.4'],
  ['الاستثمار الأجنبي المباشر (مليار دولار)', '1.6', '1.1'],
];
export const FIGURES_OUTRO = 'وتظهر الأرقام تحسنا طفيفا في العجز مقابل ارتفاع الدين العام والتضخم.';

/** The running heads printed on every page of the report layout (page numbers change). */
export const REPORT_HEADER = 'وزارة المالية — التقرير السنوي 2024';
export const reportFooter = (page: number, pages: number) => `صفحة ${page} من ${pages}`;
