// English lexicons for attribution. Lower-case unless noted.
import { MORE_FEMALE_NAMES, MORE_INSTITUTIONS, MORE_MALE_NAMES, MORE_ROLES } from './en-people';
import { words } from './util';

export interface EnglishCue {
  lemma: string;
  /** "told" takes an object (told reporters that …). */
  takesObject: boolean;
  /** Verbs that only introduce marked quotes ("called it “a betrayal”"). */
  quoteOnly: boolean;
  weak: boolean;
}

const cue = (lemma: string, extra: Partial<EnglishCue> = {}): EnglishCue => ({
  lemma,
  takesObject: false,
  quoteOnly: false,
  weak: false,
  ...extra,
});

const FORMS: Array<[string[], EnglishCue]> = [
  [['said', 'says', 'say'], cue('say')],
  [['told', 'tells', 'tell'], cue('tell', { takesObject: true })],
  [['added', 'adds'], cue('add')],
  [['claimed', 'claims', 'claim'], cue('claim')],
  [['warned', 'warns', 'warn'], cue('warn')],
  [['stated', 'states'], cue('state')],
  [['announced', 'announces'], cue('announce')],
  [['explained', 'explains'], cue('explain')],
  [['noted', 'notes'], cue('note')],
  // "Ministers insist the target …", "critics argue that …": a plural subject takes the bare form.
  [['insisted', 'insists', 'insist'], cue('insist')],
  [['countered', 'counters'], cue('counter')],
  [['complained', 'complains', 'complain'], cue('complain')],
  [['argued', 'argues', 'argue'], cue('argue')],
  [['acknowledged', 'acknowledges'], cue('acknowledge')],
  [['admitted', 'admits'], cue('admit')],
  [['confirmed', 'confirms'], cue('confirm')],
  [['denied', 'denies'], cue('deny')],
  [['reported', 'reports'], cue('report')],
  [['wrote', 'writes'], cue('write')],
  [['estimated', 'estimates'], cue('estimate', { weak: true })],
  [['predicted', 'predicts'], cue('predict', { weak: true })],
  [['asserted', 'asserts'], cue('assert')],
  [['stressed', 'stresses'], cue('stress')],
  [['emphasised', 'emphasized', 'emphasises', 'emphasizes'], cue('emphasise')],
  [['cautioned', 'cautions'], cue('caution')],
  [['declared', 'declares'], cue('declare')],
  [['revealed', 'reveals'], cue('reveal')],
  [['conceded', 'concedes'], cue('concede')],
  [['alleged', 'alleges'], cue('allege')],
  [['recalled', 'recalls'], cue('recall')],
  [['replied', 'replies'], cue('reply')],
  [['responded', 'responds'], cue('respond')],
  [['observed', 'observes'], cue('observe')],
  [['continued', 'continues'], cue('continue', { quoteOnly: true })],
  [['concluded', 'concludes'], cue('conclude')],
  [['testified', 'testifies'], cue('testify')],
  [['informed', 'informs'], cue('inform', { takesObject: true })],
  [['assured', 'assures'], cue('assure', { takesObject: true })],
  [['reminded', 'reminds'], cue('remind', { takesObject: true })],
  [['believes', 'believed'], cue('believe', { weak: true })],
  [['suggested', 'suggests'], cue('suggest', { weak: true })],
  [['called', 'calls'], cue('call', { quoteOnly: true, takesObject: true })],
  [['described', 'describes'], cue('describe', { quoteOnly: true, takesObject: true })],
  [['asked', 'asks'], cue('ask', { quoteOnly: true })],
  // Verbs of judging that carry a quoted fragment: hailed the “…”, accused them of “…”, branded it “…”.
  [['hailed', 'hails'], cue('hail', { quoteOnly: true, takesObject: true })],
  [['praised', 'praises'], cue('praise', { quoteOnly: true, takesObject: true })],
  [['accused', 'accuses'], cue('accuse', { quoteOnly: true, takesObject: true })],
  [['branded', 'brands'], cue('brand', { quoteOnly: true, takesObject: true })],
  [['slammed', 'slams'], cue('slam', { quoteOnly: true, takesObject: true })],
  [['labelled', 'labeled', 'labels'], cue('label', { quoteOnly: true, takesObject: true })],
  [['termed', 'terms'], cue('term', { quoteOnly: true, takesObject: true })],
  [['tweeted', 'posted'], cue('post')],
  // Court and parliament reports: counsel submits, a bench holds, a member contends.
  [['submitted', 'submits'], cue('submit')],
  [['contended', 'contends'], cue('contend')],
  [['maintained', 'maintains'], cue('maintain')],
  [['pleaded', 'pleads'], cue('plead')],
  [['remarked', 'remarks'], cue('remark')],
  [['deposed'], cue('depose')],
  [['averred', 'avers'], cue('aver')],
  // A Speaker or a judge rules; "put it" (As one trader put it: “…”) is checked for its "it" where cues are read.
  [['ruled', 'rules'], cue('rule', { quoteOnly: true })],
  [['put'], cue('put', { quoteOnly: true })],
];

export const EN_VERBS: Map<string, EnglishCue> = new Map(FORMS.flatMap(([forms, c]) => forms.map((f) => [f, c] as const)));

/** Participles that continue a statement by the same speaker (…, adding that …). */
export const EN_PARTICIPLES: Map<string, EnglishCue> = new Map(
  (
    [
      ['saying', 'say'],
      ['adding', 'add'],
      ['noting', 'note'],
      ['warning', 'warn'],
      ['arguing', 'argue'],
      ['insisting', 'insist'],
      ['claiming', 'claim'],
      ['explaining', 'explain'],
      ['stressing', 'stress'],
      // Court reports: "…, contending that the mills had been warned"; a bench rules, holds, observes, remarks, finds.
      ['contending', 'contend'],
      ['ruling', 'rule'],
      ['holding', 'hold'],
      ['observing', 'observe'],
      ['remarking', 'remark'],
      ['finding', 'find'],
      ['stating', 'state'],
      ['maintaining', 'maintain'],
      ['acknowledging', 'acknowledge'],
      ['conceding', 'concede'],
      ['cautioning', 'caution'],
      ['recalling', 'recall'],
      ['telling', 'tell'],
    ] as const
  ).map(([form, lemma]) => [form, cue(lemma, { takesObject: lemma === 'tell' })] as const),
);

export const EN_PRONOUNS: Record<string, 'male' | 'female' | 'plural' | 'neuter'> = {
  he: 'male',
  she: 'female',
  they: 'plural',
  it: 'neuter',
};

/** Role nouns: the head of a speaker phrase without a name (a spokesperson, officials). */
export const EN_ROLES = new Set(
  words(`spokesman spokeswoman spokesperson spokespeople minister ministers secretary president premier chancellor
  official officials officer officers chief director head chair chairman chairwoman chairperson leader leaders commander
  governor mayor ambassador envoy analyst analysts expert experts professor researcher researchers economist economists
  lawyer lawyers attorney doctor doctors surgeon nurse nurses source sources witness witnesses resident residents ceo
  founder manager senator representative lawmaker lawmakers mp activist activists negotiator negotiators diplomat
  diplomats general colonel adviser advisor advisers advisors aide aides coordinator curator executive member members
  prosecutor prosecutors judge inspector investigator investigators scientist scientists engineer teacher teachers
  student students survivor survivors worker workers farmer farmers owner owners campaigner campaigners medic medics
  coach captain player players people parents mother father victim victims relatives police rescuers paramedics
  observers critics supporters opponents organisers organizers protesters demonstrators citizens villagers locals
  authorities sheriff person persons insider insiders individual individuals brother sister son daughter wife husband
  cousin uncle aunt grandmother grandfather neighbour neighbor neighbours neighbors friend friends widow shopkeeper vendor
  driver pilot councillor councilor councilmember alderman trustee supervisor commissioner secretary-general
  director-general forecaster forecasters meteorologist meteorologists epidemiologist epidemiologists historian historians
  academic academics commentator commentators trader traders investor investors banker bankers executives volunteer
  volunteers physician physicians psychologist psychiatrist sociologist statistician fisherman fishermen shopkeepers
  merchants drivers pilots soldiers troops guards fans voters consumers customers passengers tenants landlords migrants
  refugees families strikers employees staff retiree retirees veteran veterans year-old man woman men women mayors
  governors ministers senators judges lawyer's
  playwright playwrights novelist novelists poet poets actor actors actress artist artists singer singers author authors
  pastor pastors organiser organizer schoolteacher schoolteachers tout touts superintendent headteacher headmaster headmistress
  writer writers journalist journalists imam midwife family backbencher backbenchers trainee trainees apprentice apprentices
  landlord tenant commuter commuters grandson granddaughter nephew niece mum dad boss employer employers classmate classmates
  colleague colleagues patient patients parent customer passenger shopper shoppers`),
);

/** Institution nouns: the head of an organization speaking as one (the ministry said). */
export const EN_INSTITUTIONS = new Set(
  words(`ministry department agency office service authority authorities government council committee commission company
  firm bank union army military police force organisation organization group institute center centre board court
  parliament administration embassy foundation network association federation party hospital university newspaper
  statement report study survey data figures operator regulator watchdog charity coalition alliance campaign
  spokesperson's cabinet presidency palace kremlin pentagon mission delegation secretariat indictment complaint
  lawsuit filing ruling verdict memo letter`),
);

/** Capitalized words that are titles before a name (Foreign Minister Antony Blinken). */
export const EN_TITLE_WORDS = new Set(
  words(`Mr Mrs Ms Miss Dr Prof Professor President Prime Minister Secretary Sen Senator Rep Representative Gov Governor
  Mayor Gen General Lt Col Colonel Capt Captain Sgt Sergeant Adm Admiral Judge Justice Chief Deputy Vice Sheikh King
  Queen Prince Princess Pope Archbishop Bishop Rabbi Imam Ambassador Chancellor Commissioner Director Sheriff Inspector
  Detective Officer Coach Curator Councillor Councilor Congressman Congresswoman Speaker Chairman Chairwoman CEO
  Spokesman Spokeswoman Spokesperson Commander Envoy Premier President-elect Lord Lady Sir Dame Father Brother Sister
  Chair Executive Superintendent Attorney Mufti Emir Councilmember Councilman Councilwoman Alderman Alderwoman
  Assemblymember Assemblyman Assemblywoman Supervisor Trustee Director-General Secretary-General Attorney-General
  Governor-General Vice-President Vice-Chancellor Deputy-Director Minister-President Cllr Marshal Brigadier Major
  Hon Rev Revd Insp Supt Cpl Pte Maj Cdr Cmdr Engr Barr Alhaji Alhaja Pastor Advocate Magistrate
  Registrar Commissioner-General Inspector-General Sri Shri Smt Administrator Ombudsman Auditor-General Coun Cr
  Datuk Dato Datin Tun Seri Madam Mzee Nana Whip Democrat Republican`),
);

/** Words that end a person's or a company's name (Robert Hale Jr., Harbour Foods Inc.): never a name alone. */
export const NAME_SUFFIXES = new Set(words('Jr Sr Inc Corp Co Ltd Limited Plc PLC LLC LLP GmbH AG Bhd Pty'));

/** Honorifics that are not part of the name itself. */
export const EN_HONORIFICS = new Set(
  words('Mr Mrs Ms Miss Mx Dr Prof Sir Dame Lord Lady Hon Rev Revd Engr Barr Alhaji Alhaja Mallam Madam Mme Mlle Sri Shri Smt Kumari'),
);

/** Name particles inside capitalized names (Ursula von der Leyen, Abu Mazen, bin Salman). */
export const EN_NAME_PARTICLES = new Set(words('von van der den de da di del la le al el bin ibn abu bint du dos das ter'));

/** Capitalized words that begin sentences but never start a speaker's name. */
export const EN_NOT_NAMES = new Set(
  words(`The A An This That These Those It He She They We I You His Her Their Its Our But And Or So Yet Also Then
  However Meanwhile In On At By For From With After Before When While As If According Some Many Most Several Both
  Other Another Such There Here What Which Who Where Why How Last Next Earlier Later Monday Tuesday Wednesday
  Thursday Friday Saturday Sunday January February March April May June July August September October November
  December Speaking Asked Despite Still Now Today Yesterday Tonight Once Since Until Although Though Even Just Only
  Among Amid Amidst Against Across During Following Under Over Without Within Unlike Like Lakh Lakhs Crore Crores
  Sometimes Often Usually Occasionally Perhaps Maybe Instead Indeed Otherwise Finally Eventually Suddenly`),
);

/** Common given names, for he/she: only a hint when nothing else tells. */
export const EN_FEMALE_NAMES = new Set(
  words(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra ashley
  dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy
  shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet
  ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl
  andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia
  judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose
  alexis kayla ursula angela giorgia kamala hillary theresa priya amina fatima aisha leila layla nadia rania dana farida
  mona amal yasmin noor sana hana jane ruth christine kristalina ngozi amira samira zeinab zainab mariam maryam huda
  reem rim salma lina dina hala hiba nour nawal suad souad khadija asma iman eman ghada rasha randa rana abeer lubna
  yara sawsan wafa najla hanan rania nisreen shireen sherine mai may noura nora latifa malak fadwa ibtisam`),
);
export const EN_MALE_NAMES = new Set(
  words(`james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark
  donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas
  eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis
  jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger
  terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert
  willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis tom tony boris emmanuel
  olaf viktor vladimir volodymyr antony antonio recep benjamin mohammed muhammad ahmed ali omar hassan hussein khaled
  mahmoud mustafa youssef ibrahim sameh osama nadav yuriy yiannis kyriakos carlos luis graham simon mark najib yusuf
  yousef yousif youssif mohamed mohammad ahmad mahmud mostafa moustafa khalid khaleel khalil karim kareem tariq tarek
  walid waleed hisham hesham samir sameer sami salim saleem said saeed faisal fahd fahad abdullah abdallah abdel
  abdul hamza hamad hamed hamid hani hussain husam hossam issa isa jamal jamil majid maged marwan mazen nabil nasser
  naser nizar omer osman othman rami ramy riad riyad saad saleh salah sultan talal tamer wael yasser yasir ziad zaid
  zayed adel adil amr amer anwar ashraf ayman bassam emad imad fadi fares firas ghassan haitham haytham jihad kamal
  louay maher mounir munir nabeel nader qasim kassem rashid rashed raed shadi tawfiq younes yunus zakaria`),
);

for (const w of MORE_ROLES) EN_ROLES.add(w);
for (const w of MORE_INSTITUTIONS) EN_INSTITUTIONS.add(w);
for (const w of MORE_MALE_NAMES) EN_MALE_NAMES.add(w);
for (const w of MORE_FEMALE_NAMES) EN_FEMALE_NAMES.add(w);
