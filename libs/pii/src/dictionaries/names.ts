import tail from './given-tail.json';
// Not `names.json`: Node's own require (Jest's global setup) would resolve './names' to it before names.ts.
import lexicons from './name-lexicons.json';

/**
 * Given names and surnames of the 77 locales @faker-js/faker ships (English, Irish, Polish,
 * Vietnamese, Nigerian, Indian, Arabic, Spanish, Dutch, Chinese, Korean, Greek...), extracted into
 * name-lexicons.json by `npm run pii:lexicons` (its `source` says which faker version), the long tail of
 * given-tail.json (the same script: gender-detection-from-name's 67k given names less every word a
 * Hunspell dictionary of the callers' languages accepts, its `source` says which), plus lists of our
 * own below. A word in these lists is only taken as a name when the speech around it says so
 * (recognizers/person.ts).
 */
/** Common first names of our own (the first list this engine had). */
const OWN_FIRST_NAMES =
  `aaron abby abigail adam adrian aiden alan albert alex alexa alexander alexandra alexis alice alicia alison allison alyssa amanda
amber amelia amy ana andre andrea andrew andy angela angelica angie anita ann anna anne annie anthony antonio april aria ariana
arthur ashley aubrey audrey austin ava avery barbara becky ben benjamin beth bethany betty beverly bill billy blake bob bobby
bonnie brad bradley brandon brenda brian brianna bridget brittany brooke bruce bryan caleb cameron camila carl carla carlos carmen
carol caroline carolyn carrie carter casey catherine cathy chad charles charlie charlotte chelsea cheryl chloe chris christian
christina christine christopher cindy claire clara claudia colin connor craig crystal cynthia daisy dale dan dana daniel danielle
danny darren dave david dawn dean debbie deborah debra denise dennis derek diana diane dominic don donald donna doris dorothy
douglas dylan eddie edith edward eileen elaine eleanor elena eli elijah elizabeth ella ellen ellie emily emma eric erica erik
erin ethan eugene eva evan evelyn faith fiona frances frank fred gabriel gabriella gabrielle gail gary gavin george georgia gerald
gina gloria grace greg gregory hailey hannah harold harper harry hazel heather helen henry holly hunter ian isaac isabel isabella
isaiah jack jackie jackson jacob jacqueline jade jake james jamie jan jane janet janice jared jasmine jason jay jean jeff jeffrey
jenna jennifer jenny jeremy jerry jesse jessica jill jim jimmy joan joanne joe joel john johnny jon jonathan jordan jose joseph
josh joshua joy joyce juan judith judy julia julian julie justin kaitlyn karen kate katherine kathleen kathy katie kayla keith
kelly ken kenneth kevin kim kimberly kristen kyle laura lauren leah lee leo leon liam lillian lily linda lindsay lisa logan lois
lori louis lucas lucy luis luke lydia lynn madeline madison maggie mandy marc marcus margaret maria marie marilyn mario mark
martha martin marvin mary mason matt matthew maya megan melanie melissa mia michael michelle mike mila miles molly monica morgan
nancy naomi natalie nathan neil nicholas nick nicole noah nora norma olivia oscar owen pam pamela patricia patrick paul paula
peggy penelope peter philip phyllis priya rachel ralph randy ray raymond rebecca regina renee rhonda richard rick riley rita rob
robert robin rodney roger ron ronald rose ruby russell ruth ryan sally sam samantha samuel sandra sara sarah savannah scarlett
scott sean sharon shawn sheila shirley simon sofia sophia sophie stacy stanley stella stephanie stephen steve steven sue susan
suzanne sydney tammy tanya tara ted teresa terry theresa thomas tiffany tim timothy tina todd tom tommy tony tracy travis trevor
tyler valerie vanessa veronica vicki victor victoria vincent virginia walter wanda wayne wendy william willow wyatt yvonne zach
zachary zoe zoey ahmed ali fatima mohammed muhammad omar aisha wei li chen hiroshi yuki raj anil sanjay deepak arjun kwame amara
chidi ngozi emeka sipho thabo olu ade kofi mateo santiago diego lucia valentina camilo`.split(/\s+/);

/** Given names and surnames of ours, for origins faker's lists are thin on (Irish, Nigerian, South Asian, Polish, German, Greek, Russian and Polish short forms, Māori, Chinese pinyin, Turkish...). */
const OWN_SURNAMES = `smith johnson williams brown jones miller davis wilson anderson taylor thomas moore martin jackson thompson white harris clark lewis
robinson walker young allen king wright scott hill green adams baker nelson carter mitchell roberts turner phillips campbell parker evans
edwards collins stewart morris rogers reed cook morgan bell murphy bailey cooper richardson cox howard ward peterson gray james watson
brooks kelly sanders price bennett wood barnes ross henderson coleman jenkins perry powell long patterson hughes washington butler simmons
foster bryant alexander russell griffin hayes myers ford hamilton graham sullivan wallace woods cole west jordan owens reynolds fisher ellis
harrison gibson mcdonald marshall wells stone hunt black daniels palmer mills knight boyd hunter warren dunn rose holmes rice hart spencer
gardner payne pierce berry matthews arnold wagner willis ray watkins olson carroll duncan snyder lane andrews ruiz harper fox riley armstrong
carpenter weaver greene lawrence elliott chavez sims austin peters kelley franklin lawson fields ryan schmidt carr vasquez castillo wheeler
chapman oliver montgomery richards williamson johnston banks meyer bishop mccoy howell morrison hansen fernandez garza harvey little burton
stanley george jacobs reid fuller lynch dean gilbert garrett romero welch larson frazier burke hanson day mendoza moreno bowman medina
fowler brewer hoffman carlson silva pearson holland douglas fleming jensen vargas byrd davidson hopkins may terry herrera wade soto walters
curtis neal caldwell lowe jennings barnett graves jimenez horton shelton barrett obrien castro sutton gregory mckinney lucas miles craig
rodriquez chambers holt lambert fletcher watts bates hale rhodes pena beck newman haynes mcdaniel mendez bush vaughn parks dawson santiago
norris hardy love steele curry powers schultz barker guzman page munoz ball keller chandler weber leonard walsh lyons ramsey wolfe
schneider mullins benson sharp bowen daniel barber cummings hines baldwin griffith valdez hubbard salazar reeves warner stevenson burgess
santos tate cross garner mann mack moss thornton dennis mcgee farmer delgado aguilar vega glover manning cohen harmon rodgers robbins
newton todd blair higgins ingram reese cannon strickland townsend potter goodwin walton rowe hampton ortega patton swanson joseph francis
goodman maldonado yates becker erickson hodges rios conner adkins webster norman malone hammond flowers cobb moody quinn blake maxwell pope
floyd osborne paul mccarthy guerrero lindsey estrada sandoval gibbs tyler gross fitzgerald stokes doyle sherman saunders wise colon gill
alvarado greer padilla simon waters nunez ballard schwartz mcbride houston christensen klein pratt briggs parsons mclaughlin zimmerman
french buchanan moran copeland roy pittman brady mccormick holloway brock poole frank logan owen bass marsh drake wong jefferson park
morton abbott sparks patrick norton huff clayton massey lloyd figueroa carson bowers roberson barton tran lamb harrington casey boone
cortez clarke mathis singleton wilkins cain bryan underwood hogan mckenzie collier luna phelps mcguire allison bridges wilkerson nash
summers atkins doe roe okoye tait mcleod macdonald fraser mackenzie ferguson buchanan cameron sinclair lindsay hughes
price jones evans rees powell lloyd morgan griffiths vaughan pryce
healy murphy kelly byrne ryan walsh doyle mccarthy gallagher doherty kennedy lynch murray quinn moore mcloughlin carroll
connolly daly connell brien o'brien o'connor o'sullivan o'neill o'reilly o'donnell o'shea o'mahony o'leary o'keeffe fitzgerald mcgrath
okafor adeyemi okonkwo eze nwosu obi adebayo balogun ogunleye afolabi okeke chukwu nnamdi oyelaran mensah asante boateng owusu
natarajan krishnan subramanian iyer menon pillai nair reddy rao sharma verma gupta patel shah mehta desai joshi kapoor malhotra singh
chaudhary banerjee chatterjee mukherjee das bose ghosh khan hussain rahman ahmed siddiqui qureshi malik chaudhry
kowalski kowalczyk nowak wisniewski wojcik kaminski lewandowski zielinski szymanski wozniak dabrowski kozlowski jankowski mazur
nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly kim lee park choi jung kang cho yoon jang lim han shin seo kwon hwang
wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin he gao luo zheng liang xie tang
papadopoulos georgiou nikolaidis dimitriou konstantinou ioannou christodoulou
al-sayed haddad nasser khalil saleh mansour hamdan aziz karimi hosseini
van der berg dijk jansen visser bakker smit meijer de vries boer mulder bos vos peters hendriks dekker
gonzalez rodriguez hernandez martinez lopez perez sanchez ramirez torres flores rivera gomez diaz morales ortiz cruz reyes gutierrez
müller schmidt schneider fischer weber meyer wagner becker schulz hoffmann koch richter
dubois moreau laurent lefebvre leroy roux fournier girard bonnet dupont lambert fontaine rousseau
dhaliwal grewal sandhu sidhu dhillon brar bains johal sekhon randhawa bhatia khanna chopra mehra arora ahuja sethi krishnamurthy
venkataraman ramanathan subramaniam raghavan narayanan srinivasan iyengar chandrasekhar bhattacharya chakraborty dasgupta sengupta ganguly
wróblewski kaczmarek michalska michalski nowakowski wiśniewski wójcik kamińska lewandowska zielińska szymańska woźniak dąbrowski
kozłowski krawczyk piotrowski grabowski pawłowski zając wieczorek jabłoński majewski olszewski jaworski malinowski
papadakis nikolaou konstantinidis
yılmaz yilmaz öztürk şahin çelik kaya demir o'driscoll o'donoghue o'callaghan o'mahony o'riordan ó donnchadha mac an bhaird mcnamara hennessy
shevchenko shevchuk kovalenko bondarenko tkachenko kravchenko melnyk boyko
baek yoo
al-tamimi tamimi farouk al-rashid al-hashimi abu-ghazaleh
jama warsame farah mohamud hirsi osman egal samatar elmi duale guleed jimale abdullahi
majok garang akol mabior kuol malual ajak machar atem mayen lual manyang riak kiir deng
hnatiuk kovalchuk savchuk moroz lysenko marchenko rudenko petrenko kravets tkachuk polishchuk oliynyk romaniuk pavliuk hrytsenko levchenko kuzmenko
fennelly dunne brennan whelan cullen kavanagh kinsella mulcahy phelan hegarty fogarty keogh dwyer tierney lenihan cleary cronin moloney shanahan
geraghty mcevoy heffernan gilmartin drummond macleod macaulay macinnes maclean macrae mackay munro sutherland urquhart matheson macpherson maciver
ben-david mizrahi peretz biton friedman shapiro avraham azoulay dahan ohana
bautista villanueva aquino soriano manalo dimaculangan macapagal pangilinan magsaysay lacson
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi
shimizu yamazaki ikeda hashimoto yamashita ishikawa nakajima maeda fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo
aoki fujii nishimura fukuda miura fujiwara okamoto matsuda nakagawa nakano harada tamura takeuchi kaneko wada nakayama ishida ueda morita
shibata sakai kudo yokoyama miyazaki miyamoto uchida takagi taniguchi maruyama imai fujimoto takeda murata ueno sugiyama masuda sugawara`.split(/\s+/);
const OWN_GIVEN = `dermot siobhan aoife niamh saoirse ciara sinead orla eoin cian oisin padraig seamus declan ronan cormac fionn grainne roisin
caoimhe aisling clodagh mairead brendan colm conor darragh diarmuid ruairi tadhg
chukwuemeka ifeoma chiamaka oluwaseun temitope adaeze obinna nkechi babajide folake yetunde tunde segun funmi chinonso
priya ananya aarav vihaan rohan ravi sunita lakshmi meera kavya aditya vikram sanjana arun karthik deepa nikhil pooja rahul
wojciech krzysztof grzegorz malgorzata agnieszka katarzyna magdalena tomasz piotr pawel lukasz bartosz zofia
nguyet thanh huong minh duc anh linh phuong quang hieu thuy
min-jun seo-yeon ji-woo ha-eun jae hyun soo jin yeon
giorgos eleni dimitris katerina nikos yannis sofia
mohammed fatima yusuf layla omar khalid noor amira tariq zainab hamza
sven lars anneke joost pieter bram femke sanne willem
bronwyn kylie shane bruce sheila narelle tegan kirra jarrah lachlan hamish callum rhys gareth dafydd sian cerys ffion
keisha tyrone jamal deshawn latoya imani aaliyah darnell
liban abdi abdirahman ayaan hodan hibaaq faadumo sahra ifrah nimco farhan guled hamdi idil ilhan ubah deeqa fartun sagal shukri yasmiin
garang majok akol nyandeng achol ayen abuk mabior kuol malual ajak akech nyibol atem deng
mhairi ruairidh eilidh catriona morag iain seumas calum peigi ealasaid sorcha màiri uisdean alasdair raonaid coinneach ciorstaidh murdo torquil
solomiia solomiya bohdana yaryna zoryana khrystyna oleksandr oleksiy volodymyr yuliia anastasiia mariia sofiia vasyl serhiy yevhen ostap halyna lesia
noa eitan tamar yael shira avital itai noam yonatan liora tali elior maayan hadas yoav
amare abebe tigist selam meseret dawit yonas hiwot almaz tesfaye kidist bereket mekdes girma biniam senait tsion
maricel jericho marites rowena jomar rodel arnel maricris jonalyn analyn mylene rommel
haruto yuto sota hinata riko sakura minato kaito hiroshi takeshi kenji satoshi yumiko keiko naoko kenta daiki shota ryota haruka nanami misaki ayaka
gurpreet harpreet manpreet jaspreet simran navjot amandeep kuldeep rajinder baljit sukhwinder harjit jasleen parminder ranjit inderjit
gurdeep harsha harish suresh ramesh mahesh ganesh venkat srinivas padma radha anjali divya neha shreya aishwarya aditi ishaan arnav
vivaan reyansh usha asha nisha rekha savita sunil anand vijay ajay sanjeev rajesh mukesh dinesh naresh prakash manoj vinod ashok
przemek przemysław bartek bartłomiej jarosław radosław mirosław zbigniew mariusz dariusz janusz andrzej marek kacper jakub szymon
mateusz michał kamil łukasz agata małgorzata ewa joanna monika beata dorota iwona jolanta grażyna halina krystyna kasia gosia basia
stavros vasiliki georgios konstantinos dimitrios nikolaos panagiotis ioannis christos athanasios evangelos spyros kostas aikaterini
anastasia despina chrysoula paraskevi
fionnuala róisín gráinne sinéad máire úna bríd orlaith eimear dervla deirdre nuala mairéad ciarán cathal dónal donal fiachra lorcan
oisín pádraig ruairí seán eoghan donnchadh feargal fergal aoibhinn ailbhe muireann
ebere obiageli chidinma chinwe adaeze nneka amaka uchenna ikenna olumide adewale babatunde folasade funmilayo titilayo bolaji
ayodele olamide
ainhoa itziar iker unai aitor nerea amaia leire garazi xabier mikel ander asier endika edurne arantxa maite
huda nour maryam amina khadija hana rania yasmin samira ibrahim mahmoud mustafa hassan hussein karim nabil walid
eun-ji hyun-woo sung-min jae-won ji-ho seo-jun do-yoon
kateryna oksana olena iryna nataliya taras bohdan mykola dmytro andriy yaroslav
xiomara yesenia guadalupe maricela araceli itzel ximena jesús chuy pancho lupe
zihan xiaoming xiaoling meiling jiahui yuxuan haoran zhiwei
bethan siân sian gethin iwan aled carys eleri nia seren llinos rhiannon angharad gwen gwyneth owain emyr huw ieuan rhodri meirion elin
catrin manon osian tomos dewi alun glenys
iñaki joris sjoerd thijs daan bas wouter anouk lotte marloes maarten annelies
jürgen uwe günter ulrike heike anke jörn frauke dörte hannelore
dimitra giorgos georgios vasilis vasiliki kostas nikos panagiotis eleftheria stavros spyros christos chrysa
katya masha dasha misha kolya pasha grisha lyuba nadya zhenya ekaterina dmitry
wojtek tomek kuba zosia franek ula wiesława wiesław bożena
mereana aroha nikau wiremu hemi ngaire manaia anahera tamati kahurangi
priyanka vikram ravinder harpreet gurpreet manpreet simran meera kavya ananya aditi sneha nikhil sanjeev rajesh
xiaoming xiaoyu jiahui yuting haoran zihan yichen zhiyuan
inma nacho conchi mamen bronwen aoibheann tamsin ayşe`.split(/\s+/);


/**
 * Names that are also everyday English words: faker's `en` word lists (in name-lexicons.json), and the ones callers say
 * most ("will", "may", "mark"). Such a word is a name only with context: a capital letter after a
 * cue, a surname after it, or an answer to "your name?".
 */
/** Given names callers also say as words: a name only with context. */
const AMBIGUOUS = `will may mark grace hope rose bill joy faith hunter summer april june august dawn rob sue pat art gene guy ray sky penny ruby amber
crystal daisy iris lily violet heather holly ivy jasmine chase drew frank grant lane mason miles page reed rich russell sandy scott stone
wade wood young king brown green white black gray grey long short little hill hall bell price cook baker miller smith taylor carter parker
porter cooper turner walker wells banks rivers brooks fields woods lord bishop dean earl duke prince major sterling golden noble bright
sharp hardy moody lucky merry doll candy honey sugar autumn winter spring river storm rain angel heaven destiny harmony melody liberty
justice trinity precious treasure miracle unique lyric hero sonny buddy champ pepper ginger olive basil sage rosemary clay cliff dale
glen heath moss forest ash birch oak pine gill marsh ford chip bud buck rusty dusty sunny kitty bunny van von de la le du der den ter
jan don max al ed art lee bo`.split(/\s+/);

export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...lexicons.english,
  ...AMBIGUOUS,
]);

/** Words that end a name (after a first name) or can never start one; "st" and "walk" a street's ("Leith Walk"), since the long tail of given names has Leith. */
export const NOT_NAME_WORDS = new Set(
  `a about above after again against ago all also am an and any anyway appointment are as asap at be because been before being
below between both but by calling call can could did do does doing down during each every few for from further get gets getting
go going good got had has have having he hello her here hers herself hey hi him himself his how i i'd i'll i'm i've if in into
is it it's its itself just kind last later like looking maybe me might mine more morning afternoon evening most my myself need
needs next no nor not now of off okay ok on once only or other our ours out over own please quick quickly quite rather really
regarding right same schedule scheduling see she should so some speaking still such sure than thank thanks that that's the their
theirs them then there these they this those through to today tomorrow too under until up us very wanted wanting was we were
what when where which while who whom why will with would yeah yes yet you your yours yourself calling here booking book reschedule
cancel confirm check new patient again sorry hoping trying actually well just um uh so anyway returning following up
id number name names card insurance account record email phone address birthday date cell mobile zip code
he's she's they're we're you're it's i've he'd she'd they'd we've you've isn't wasn't
una uno unos unas je ich und et mais pero por favor bitte danke merci gracias hola bonjour cita termin rendez vous quería quiero voudrais
brauche einen eine pour avec mit für est ist sind sont suis bin habe hab ai soy estoy está tengo tiene
ça oui non juste très bien aussi voilà sí claro ja nein genau
due afraid allergic pregnant late early free available unable wondering worried scared nervous ready done back away home out off
cat dog puppy kitten pet love loves like likes hate hates enjoy enjoys
surname surnames firstname lastname first im ive youre thats dont cant wont whats hiya howya g'day gday wanna gonna ringing
minute minutes hour hours day days week weeks month months year years second seconds valid grand fine floor room ground door
window downstairs upstairs stairs car bus train desk chair bed
st walk
hmm hm mm mmm umm uhm ehm`.split(/\s+/),
);

/** Lexicon entries that are function words in English ("my", "to", "can" are given names somewhere) are never names here. */
const names = (...lists: string[][]): ReadonlySet<string> => new Set(lists.flat().filter((n) => n.length >= 2 && (!NOT_NAME_WORDS.has(n) || AMBIGUOUS.includes(n))));
export const FIRST_NAMES: ReadonlySet<string> = names(lexicons.given, tail.given, OWN_FIRST_NAMES, OWN_GIVEN);
export const SURNAMES: ReadonlySet<string> = names(lexicons.surnames, OWN_SURNAMES);
