import { split } from './medical-terms';

/**
 * Conditions taken from named public lists, one list per source, so a term's origin can be checked and a list refreshed
 * from its source. No maintained npm package carries these lists typed as conditions (see `medical-terms.ts`), so they
 * live here. Terms already in `medical.ts` or `medical-terms.ts` may repeat: the trie keeps one. Left out on purpose:
 * names that are everyday words too ("piles", "stitch", "cold", "burns", "sunburn", "gap", "crowding"), and procedures
 * (a procedure is not a condition).
 */

/**
 * Source: the NHS Health A to Z (nhs.uk/conditions) page titles, as written there, lower-cased; with the US spellings
 * MedlinePlus's health-topic titles use for the same conditions (medlineplus.gov/healthtopics.html).
 */
export const NHS_A_TO_Z = `
achalasia|acoustic neuroma|actinic keratoses|acute kidney injury|acute lymphoblastic leukaemia|acute myeloid leukaemia|addison's disease|
alopecia|anal fissure|angioedema|aortic stenosis|aplastic anaemia|aplastic anemia|asbestosis|atopic eczema|
attention deficit hyperactivity disorder|autism spectrum disorder|bacterial vaginosis|barrett's oesophagus|barrett's esophagus|
benign prostate enlargement|binge eating disorder|blepharitis|bowel incontinence|bronchiectasis|bronchiolitis|bulimia nervosa|bunions|
cardiomyopathy|cervical spondylosis|chronic obstructive pulmonary disease|cluster headaches|conjunctivitis|costochondritis|croup|
cystitis|diabetic ketoacidosis|diverticular disease|dysphagia|dyspraxia|ectopic pregnancy|epiglottitis|erythema multiforme|
functional neurological disorder|gastritis|glue ear|haemorrhoids|hemorrhoids|hand foot and mouth disease|hand, foot and mouth disease|
heart block|heart valve disease|hyperhidrosis|hyperparathyroidism|hypoparathyroidism|idiopathic pulmonary fibrosis|kawasaki disease|
labyrinthitis|lichen planus|lymphoedema|lymphedema|marfan syndrome|ménière's disease|meniere's disease|mesothelioma|
motor neurone disease|myasthenia gravis|narcolepsy|nephrotic syndrome|obsessive compulsive disorder|osteomyelitis|otitis media|
otitis externa|pelvic inflammatory disease|pemphigus vulgaris|pemphigoid|peripheral arterial disease|peripheral neuropathy|pleurisy|
polymyalgia rheumatica|postnatal depression|pulmonary hypertension|raynaud's|raynaud's phenomenon|restless legs syndrome|sarcoidosis|
scarlet fever|septic arthritis|sjogren's syndrome|sjögren's syndrome|slapped cheek syndrome|supraventricular tachycardia|tetanus|
thrombocytopenia|transient ischaemic attack|transient ischemic attack|urticaria|vasculitis|vitiligo|wolff-parkinson-white syndrome|
hydrocephalus|hyperglycaemia|laryngeal cancer|long qt syndrome|mrsa|mumps|oesophageal cancer|esophageal cancer|paget's disease|
pneumothorax|rickets|rubella|spinal stenosis|toxic shock syndrome|heart valve problems|liver cancer|mouth cancer|skin cancer|
non-hodgkin lymphoma|hodgkin lymphoma|brain aneurysm|abdominal aortic aneurysm|pulmonary fibrosis|interstitial lung disease|
chronic kidney disease|polycystic kidney disease|kidney stones|gallbladder disease|bile duct cancer|liver cirrhosis|hepatitis e|
emphysema|sleep paralysis|chronic fatigue syndrome|post-viral fatigue|fibromyalgia|hypermobility|joint hypermobility syndrome|
ehlers-danlos syndromes|ehlers-danlos syndrome|gilbert's syndrome|haemochromatosis|hemochromatosis|thalassaemia|thalassemia|
sickle cell disease|von willebrand disease|immune thrombocytopenia|neutropenia|hiv infection|genital herpes|genital warts|
trichomoniasis|pelvic organ prolapse|overactive bladder|interstitial cystitis|prostatitis|prostate cancer|testicular cancer|
premenstrual syndrome|premenstrual dysphoric disorder|polycystic ovary syndrome|adenomyosis|postpartum psychosis|
hyperemesis gravidarum|gestational diabetes|pre-eclampsia|placenta praevia|placenta previa|obstetric cholestasis|
seasonal affective disorder|personality disorder|body dysmorphic disorder|agoraphobia|social anxiety disorder|
generalised anxiety disorder|generalized anxiety disorder|post-traumatic stress disorder|schizoaffective disorder|
tourette's syndrome|dyscalculia|developmental coordination disorder|learning disability|global developmental delay|
`;

/**
 * Source: the dental and oral diagnoses of the NHS's dental-health pages (nhs.uk/conditions: "dry socket", "dental
 * abscess", "mouth ulcers", "oral thrush", "burning mouth syndrome", "teeth grinding", "sensitive teeth"), the 2017 World
 * Workshop classification of periodontal and peri-implant diseases (AAP/EFP: "peri-implant mucositis", "peri-implantitis",
 * "gingival recession", "necrotising gingivitis") and the oral-medicine conditions of the British Society for Oral
 * Medicine's patient leaflets (bsom.org.uk: "geographic tongue", "oral lichen planus", "angular cheilitis").
 */
export const DENTAL_DIAGNOSES = `
alveolar osteitis|peri-implantitis|peri implantitis|periimplantitis|peri-implant mucositis|peri-implant disease|
dentine hypersensitivity|dentin hypersensitivity|dentinal hypersensitivity|dental erosion|tooth wear|abfraction|enamel hypoplasia|
molar incisor hypomineralisation|molar incisor hypomineralization|dental fluorosis|fluorosis|amelogenesis imperfecta|
dentinogenesis imperfecta|hypodontia|impacted canine|impacted tooth|impacted teeth|ankylosed tooth|tooth resorption|root resorption|
cracked cusp|fractured cusp|fractured tooth|split tooth|tooth fracture|irreversible pulpitis|reversible pulpitis|pulp necrosis|
necrotic pulp|apical periodontitis|periapical infection|periodontal abscess|pericoronal abscess|gingival recession|
gingival hyperplasia|gum overgrowth|aggressive periodontitis|necrotising gingivitis|necrotizing gingivitis|
acute necrotising ulcerative gingivitis|acute necrotizing ulcerative gingivitis|trench mouth|denture stomatitis|angular cheilitis|
oral candidiasis|geographic tongue|black hairy tongue|burning mouth syndrome|oral lichen planus|mucocele|ranula|aphthous ulcer|
aphthous ulcers|recurrent aphthous stomatitis|salivary stone|salivary gland stone|tmj dysfunction|temporomandibular joint disorder|
temporomandibular joint dysfunction|jaw dislocation|dislocated jaw|trismus|osteonecrosis of the jaw|
medication-related osteonecrosis of the jaw|dental trauma|avulsed tooth|tooth avulsion|teething|baby bottle tooth decay|
early childhood caries|root caries|rampant caries|dental anxiety|dental phobia|open bite|deep bite|overcrowded teeth|diastema|
supernumerary tooth|supernumerary teeth|gum boil|dental cyst|dentigerous cyst|jaw cyst|oral ulcer|oral ulcers|tongue ulcer|
tooth grinding|jaw clenching|sensitive gums|receding gum|dead tooth|a dead tooth|discoloured tooth|discolored tooth|
`;

/**
 * Source: written for this engine from lay usage, each term a plain name the NHS Health A to Z or MedlinePlus gives for a
 * condition ("pink eye" for conjunctivitis, "blood poisoning" for sepsis, "a funny turn" in the NHS's fainting and TIA pages,
 * "chesty cough" in its cough page), or a complaint of a part said as British, Irish and Australian callers say it ("a bad
 * back", "a dodgy knee"). Not "health problems" or "a bad tooth day": said of nobody or of nothing.
 */
export const LAY_NAMES = `
bad back|bad knee|bad knees|bad hip|bad hips|bad chest|dodgy knee|dodgy knees|dodgy hip|dodgy back|
weak heart|weak bladder|heart trouble|back problems|back trouble|chest problems|breathing problems|
breathing difficulties|kidney trouble|bowel problems|bladder problems|prostate problems|mental health problems|
mental health issues|funny turn|funny turns|chesty cough|tickly cough|irregular heartbeat|irregular heart beat|
enlarged heart|leaky heart valve|varicose veins|pink eye|athlete's foot|swollen tonsils|enlarged tonsils|
tonsil stones|quinsy|peritonsillar abscess|water retention|fluid retention|blood poisoning|sugar diabetes|bleeding socket|
infected socket|socket infection|white tongue|coated tongue|furry tongue|cracked lips|chapped lips|clicking jaw|locked jaw|
`;

/**
 * Source: the kinds of pain and the sensations the NHS's symptom pages name (toothache, facial pain, numbness, hot flushes,
 * night sweats) and MedlinePlus's "pain" and "numbness" symptom pages, in the words callers use. "pain" on its own stays out:
 * it is also the pain of a bill or a journey, as "a constant pain" is of parking.
 */
export const SENSATIONS = `
severe pain|dull pain|dull ache|nagging pain|nagging ache|gnawing pain|throbbing ache|excruciating pain|
radiating pain|referred pain|facial pain|jaw stiffness|numb chin|loss of feeling|loss of sensation|hot flushes|hot flashes|
cold sweats|hairline crack|twinges|sharp twinges|
`;

/**
 * Lesions named by the part of the mouth they are on, as compound nouns ("a tongue ulcer", "a gum abscess", "lip blisters"),
 * from the NHS mouth-ulcer and lumps pages' lay words. Not "an ulcer on my tongue": most sets label the lesion's word alone
 * there (the dictionary's "ulcer"), and the longer span would be a false positive to them.
 */
const LESIONS = ['ulcer', 'ulcers', 'lump', 'blister', 'blisters', 'abscess', 'bump', 'sore', 'sores', 'boil'];
const MOUTH_PARTS = ['tongue', 'gum', 'lip', 'cheek', 'palate', 'tonsil'];
export const mouthLesions = (): string[] => LESIONS.flatMap((lesion) => MOUTH_PARTS.map((part) => `${part} ${lesion}`));

export const SOURCED_CONDITIONS = [...split(NHS_A_TO_Z), ...split(DENTAL_DIAGNOSES), ...split(LAY_NAMES), ...split(SENSATIONS), ...mouthLesions()];
