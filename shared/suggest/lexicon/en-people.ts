// More English words for people and bodies that speak (lower case). General lists:
// occupations that head a speaker phrase (Pharmacist Ana Cruz), bodies that issue
// statements (the province, the district), and given names common in the US, UK, India,
// Nigeria and Kenya for gender hints. No name here comes from an article the rules were
// checked on.
import { words } from './util';

/** Occupations and descriptions of people who speak. */
export const MORE_ROLES = new Set(
  words(`pharmacist pharmacists dentist dentists electrician plumber mechanic cleaner cashier accountant architect
  author writer novelist poet artist actor actress singer musician chef cook baker butcher tailor barber carpenter
  builder labourer laborer miner herder shepherd hawker porter guard soldier constable paramedic firefighter
  firefighters midwife midwives lecturer principal headteacher headmaster headmistress pastor priest imam cleric
  elder elders chief landlord commuter commuters shopper shoppers motorist motorists cyclist pedestrian pupil pupils
  graduate entrepreneur businessman businesswoman contractor developer consultant strategist pollster pollsters
  researcher physician surgeon vet veterinarian ranger warden inspector detective sergeant spokesman spokeswoman
  manager owner operator homeowner homeowners mum mom dad grandma grandpa girlfriend boyfriend partner fiancee fiance
  nephew niece sibling siblings stepfather stepmother villager villagers resident residents local locals neighbour
  neighbor neighbours neighbors bystander bystanders witness eyewitness eyewitnesses survivor passenger passengers
  patient patients doctor nurse teacher student parent parents mother father son daughter wife husband brother
  sister friend friends colleague colleagues relative relatives cousin uncle aunt official officials source sources
  insider insiders observer observers critic critics supporter supporters opponent opponents protester protesters
  striker strikers worker workers farmer farmers trader traders vendor vendors driver drivers fisherman fishermen
  lawyer lawyers attorney attorneys prosecutor prosecutors judge judges justice justices magistrate counsel
  defendant defendants plaintiff plaintiffs claimant claimants juror jurors senator senators lawmaker lawmakers
  legislator legislators councillor councillors councilor councilors mp mps mla mlas mep meps minister ministers
  governor governors mayor mayors chairman chairwoman chairperson chair president vice-president secretary
  treasurer director directors executive executives ceo cfo coo founder co-founder economist economists analyst
  analysts expert experts scientist scientists professor academic academics historian activist activists campaigner
  campaigners organiser organizer organisers organizers volunteer volunteers coach manager captain player players
  skipper goalkeeper keeper midfielder defender winger batter batsman bowler all-rounder administrator administrators
  registrar auditor ombudsman regulator
  fan fans referee umpire commentator pundit reader readers listener listeners viewer viewers caller callers
  defenders proponent proponents detractor detractors sceptic sceptics skeptic skeptics
  tenant renter lodger shareholder shareholders stakeholder employee employer classmate classmates schoolmate
  pensioner pensioners landowner landowners householder passer-by passers-by churchgoer worshipper worshippers`),
);

/** Bodies that issue statements. */
export const MORE_INSTITUTIONS = new Set(
  words(`province state county district city municipality borough region ministry court tribunal bench panel assembly
  senate house congress legislature agency airline carrier club team league federation university school college
  hospital clinic trust fund bank exchange regulator insurer retailer chain brand manufacturer maker producer
  developer operator utility union church diocese mosque embassy consulate mission campaign party coalition movement
  group network outlet newspaper magazine journal broadcaster station channel website publisher studio label firm
  company corporation conglomerate startup lender charity ngo nonprofit foundation institute centre center lab
  laboratory observatory monitor watchdog census navy military force guard service authority board office bureau
  department directorate secretariat cabinet presidency government administration junta regime council parliament
  prosecution defence defense team commission committee association society organisation organization alliance
  consortium syndicate cooperative co-operative command consultancy brokerage`),
);

/** Given names, men's. */
export const MORE_MALE_NAMES = new Set(
  words(`adrian alex barry ben bernard bill bob brad bradley caleb cameron charlie chris colin connor craig dale dan
  darren dave dean derek earl evan fred gavin gordon greg harry howard ian isaac jake jamie jeff jim jimmy joel
  johnny jon josh karl ken lee leo leon leslie liam lucas luke marcus martin matt max mike morgan neil nick
  oliver oscar owen phillip ray rick rob robin shawn stanley steve stuart todd travis trevor victor aditya amit
  arjun arun ashok deepak gaurav krishna manish mohan nikhil pradeep prakash rahul raj rajesh rakesh ramesh ravi
  rohit sanjay sandeep sanjeev suresh vijay vikram vinod adebayo adewale babatunde chidi chinedu oluwaseun segun
  uche baraka jomo`),
);

/** Given names, women's. */
export const MORE_FEMALE_NAMES = new Set(
  words(`alexandra alicia alison amelia anita anne annie april audrey beth bonnie bridget carla carmen caroline chloe
  cindy claire clara claudia crystal debbie elaine eleanor ella ellen erica eva fiona florence gail georgia
  gillian hayley holly isabel jackie jenny jill joanna joy kate kathy katie leah lily lois louise lucy lynn
  maggie maureen melanie molly monica naomi nicola norma paula pauline peggy penny phyllis rita ruby sally
  sheila sophie suzanne sylvia tammy tina tracy valerie vanessa wanda wendy zoe anjali divya kavita meena neha
  pooja shalini shanti sita sunita amaka bola chioma funmi ifeoma kemi nkechi akinyi atieno njeri wanjiru`),
);
