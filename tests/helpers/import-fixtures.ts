/**
 * Scraped pages written for the import tests: two articles each, run together the way
 * copy-paste and scrapers leave them. Nothing here comes from ../shared.
 */
export const ARABIC_SCRAPED_PAGE = [
  'أعلنت وزارة الصحة اللبنانية، مساء الأحد، ارتفاع عدد المصابين في انفجار المرفأ إلى 120 شخصاً، بينهم 14 في حالة حرجة.',
  '',
  'وقال وزير الصحة فراس الأبيض في مؤتمر صحفي إن «المستشفيات استقبلت الجرحى خلال ساعة واحدة، والفرق الطبية تعمل منذ 48 ساعة دون توقف».',
  '',
  'وأضاف الأبيض أن الوزارة طلبت دعماً عاجلاً من منظمة الصحة العالمية لتأمين الأدوية والمستلزمات الطبية للمستشفيات الحكومية.',
  '',
  'اقرأ ايضا: الصحة العالمية ترسل شحنة أدوية إلى بيروت',
  '',
  'مستشفيات بيروت تطلق نداء للتبرع بالدم',
  '',
  'المصدر: الوكالة الوطنية للإعلام',
  '',
  'الوسوم: بيروت وزارة الصحة انفجار المرفأ الجرحی کوارث',
  '',
  'الحكومة تقر خطة لإعادة إعمار الأحياء المتضررة',
  '',
  'بيروت (رويترز)',
  '',
  'مواضيع ذات صلة: البنك الدولي يقدر الخسائر بمليارات الدولارات',
  '',
  'أقرت الحكومة اللبنانية، اليوم الاثنين، خطة لإعادة إعمار الأحياء المتضررة من الانفجار بكلفة تقديرية تبلغ 350 مليون دولار، على أن يبدأ التنفيذ خلال شهرين.',
  '',
  'وقال رئيس الحكومة في بيان إن «الأولوية هي إعادة السكان إلى منازلهم قبل الشتاء»، مشيراً إلى أن 40 ألف وحدة سكنية تضررت.',
  '',
  'مقالات مشابهة',
  '',
  '  • البنك الدولي يقدر الخسائر بمليارات الدولارات',
  '  • نقابة المهندسين تبدأ مسح المباني المتضررة',
  '  • وزير المالية: التمويل مؤمن من قروض ميسرة',
].join('\n');

export const ENGLISH_SCRAPED_PAGE = [
  'Council approves new budget after long debate',
  '',
  'LONDON (Reuters) - The city council approved a budget of £4.5 million on Tuesday after a debate that lasted past midnight and drew hundreds of residents to the town hall.',
  '',
  '"We listened to every neighbourhood," said Maria Lopez, the council chair, adding that 30 percent of the money would go to schools.',
  '',
  'Critics said the plan ignored public transport and warned that bus fares would rise next year.',
  '',
  'Read more: Council chair faces questions over school funding',
  '',
  'Related:',
  '• Mayor promises faster bus lanes',
  '• Schools to get a third of new money',
  '• Residents protest library closure',
  '',
  'Source: Reuters',
  '',
  'Tags: budget, council, schools',
  '',
  'Storm closes ports along the south coast',
  '',
  'DOVER (AP)',
  '',
  'Ports along the south coast were closed on Wednesday as a storm brought winds of up to 120 km/h, stranding more than 2,000 lorries on the approach roads.',
  '',
  '"Safety comes first," said harbour master John Reed, who expected the ports to reopen on Thursday morning if the wind dropped as forecast.',
  '',
  'Recommended',
  '• Ferry operator cancels all sailings',
  '• Motorway closed after lorry overturns',
  '• Weather warning extended to Friday',
].join('\n');

/** One article, no boilerplate: nothing should be marked or split. */
export const PLAIN_ENGLISH = [
  'The port authority said on Monday that cargo traffic rose by 12 percent in the first quarter, the fastest growth in five years.',
  '',
  'Officials credited new cranes installed last autumn and a deal with two shipping lines that moved their regional hub to the port.',
  '',
  'Related to this, the authority plans to dredge the main channel next year so that larger ships can dock at low tide.',
  '',
  'Tags are attached to every container so that it can be tracked from the ship to the lorry, the spokesperson said.',
].join('\n');

/** A long English article body (distinct wording, > 40 words) for duplicate and fingerprint tests. */
export const LONG_ENGLISH = [
  'Farmers in the northern valley began harvesting wheat two weeks early this year after an unusually warm spring, according to the regional agriculture office.',
  '',
  'The office estimated that yields would be about 8 percent lower than last season because several fields were hit by hail in April, but prices at the local market have so far held steady.',
  '',
  '"We are worried about water for the summer crops," said Ahmed Saleh, who farms forty hectares near the river and has already cut back on melons.',
  '',
  'The ministry promised to review irrigation quotas at its next meeting, although officials declined to say whether the allocation for the valley would rise.',
].join('\n');

export const LONG_ARABIC = [
  'بدأ المزارعون في الوادي الشمالي حصاد القمح قبل موعده بأسبوعين هذا العام بعد ربيع دافئ على غير العادة، بحسب مكتب الزراعة في المنطقة.',
  '',
  'وقدّر المكتب أن يكون المحصول أقل بنحو 8 في المئة من الموسم الماضي لأن عدداً من الحقول تعرض للبرد في نيسان، لكن الأسعار في السوق المحلية بقيت مستقرة حتى الآن.',
  '',
  'وقال المزارع أحمد صالح الذي يزرع أربعين هكتاراً قرب النهر: «نحن قلقون على المياه لمحاصيل الصيف»، مضيفاً أنه قلّص زراعة البطيخ.',
  '',
  'ووعدت الوزارة بمراجعة حصص الري في اجتماعها المقبل، من دون أن يوضح المسؤولون ما إذا كانت حصة الوادي سترتفع.',
].join('\n');

export function htmlPage(options: {
  title: string;
  lang: string;
  body: string;
  site?: string;
  published?: string;
  author?: string;
  charset?: string;
}): string {
  return `<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="${options.charset ?? 'utf-8'}">
<title>${options.title}</title>
${options.site ? `<meta property="og:site_name" content="${options.site}">` : ''}
${options.published ? `<meta property="article:published_time" content="${options.published}">` : ''}
${options.author ? `<meta name="author" content="${options.author}">` : ''}
<link rel="canonical" href="https://example.org/news/1">
<script>window.tracker = { send: function () { document.title = "hacked" } };</script>
<style>body { color: red }</style>
</head>
<body onload="tracker.send()">
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>${options.title}</h1>
${options.body}
</article>
<footer>All rights reserved</footer>
<script src="https://ads.example.com/x.js"></script>
</body>
</html>`;
}

export function paragraphs(text: string): string {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<p onclick="steal()">${l}</p>`)
    .join('\n');
}
