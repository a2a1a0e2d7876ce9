/**
 * Common first names, to recognise a name in lowercase speech-to-text ("this is jane calling").
 * A name is only ever taken after an introduction or reference cue; this list never finds names
 * on its own.
 */
export const FIRST_NAMES = new Set(
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
chidi ngozi emeka sipho thabo olu ade kofi mateo santiago diego lucia valentina camilo`.split(/\s+/),
);

/** Words that end a name (after a first name) or can never start one. */
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
id number name names card insurance account record email phone address birthday date cell mobile zip code`.split(/\s+/),
);
