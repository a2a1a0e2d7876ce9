/**
 * More conditions and medicines, by list, each with where it came from. No maintained, typed
 * package of lay and clinical terms exists on the npm registry (the ones there are spell-check word
 * lists that mix anatomy and procedures with conditions), so these lists live here, in the
 * repository, and say their source. Tenants add their own terms on top (`extraConditions`).
 */

/**
 * Source: written for this engine from the consumer-health vocabulary of MedlinePlus's health-topic
 * titles and the ICD-10-CM chapter headings (common conditions only, in the words patients use),
 * plus dental conditions from the ADA's patient pages. Acronyms only where they cannot be a common word.
 */
export const CLINICAL_CONDITIONS = `
abscess|dental abscess|tooth abscess|gum abscess|periapical abscess|cellulitis|sepsis|infection|ear infection|sinus infection|sinusitis|
tonsillitis|laryngitis|pharyngitis|strep|uti|urinary tract infection|bladder infection|kidney infection|yeast infection|thrush|
std|sti|hiv positive|hep c|hep b|covid 19|long covid|the flu|flu|chest infection|whooping cough|chickenpox|chicken pox|
t2d|t1d|type two diabetes|type one diabetes|diabetic|prediabetic|type 1 diabetic|type 2 diabetic|type one diabetic|type two diabetic|
hashimoto|hashimotos|hashimoto's thyroiditis|graves|graves disease|hypoglycemia|hyperglycemia|hypoglycaemia|insulin resistance|
hbp|high bp|hypertensive|heart condition|heart problems|heart problem|a heart attack|cardiac arrest|chf|dvt|pulmonary embolism|
blood clot|a blood clot|pacemaker|a pacemaker|valve replacement|heart valve|mitral valve prolapse|palpitations|
a-fib|a fib|atrial flutter|tachycardia|bradycardia|high cholesterol|raised cholesterol|obstructive sleep apnea|sleep apnoea|
rheumatic fever|rheumatic heart disease|polio|meningitis|malaria|dengue|typhoid|shingles|a kidney stone|kidney stones|gallstones|
copd flare|asthma attack|an asthma attack|allergies|hay fever|allergic to latex|latex allergic|allergic to nuts|allergic to peanuts|allergic to shellfish|allergic to bees|allergic rhinitis|anaphylaxis|allergic reaction|an allergic reaction|
nut allergy|shellfish allergy|sulfa allergy|codeine allergy|
generalized anxiety disorder|social anxiety|panic attacks|panic attack|depressed|postpartum depression|bpd|borderline personality disorder|
bipolar ii|manic depression|psychosis|anorexia nervosa|self harm|suicidal thoughts|autistic|asd|dyslexia|tourette|tourettes|
cerebral palsy|down syndrome|down's syndrome|spina bifida|muscular dystrophy|huntington's|huntington's disease|
concussion|a concussion|traumatic brain injury|tbi|brain injury|brain tumor|brain tumour|seizure disorder|a seizure disorder|a seizure|seizure|
vertigo|tinnitus|hearing loss|deaf|deafness|blind|blindness|cataract|macular degeneration|retinopathy|diabetic retinopathy|
osteopenia|fracture|a fracture|broken arm|broken leg|broken wrist|broken ankle|broken hip|broken jaw|broken nose|sprained ankle|
herniated disc|slipped disc|sciatica|carpal tunnel|carpal tunnel syndrome|tendonitis|bursitis|plantar fasciitis|frozen shoulder|
hip replacement|knee replacement|joint replacement|psoriatic arthritis|ankylosing spondylitis|sjogren's|sjögren's|
thyroid nodule|thyroid nodules|a thyroid nodule|lung nodule|a lung nodule|breast lump|a breast lump|ovarian cyst|ovarian cysts|an ovarian cyst|
kidney cyst|liver cyst|nasal polyps|colon polyps|bowel polyps|vocal cord nodules|goitre|goiter|a goitre|a goiter|
kidney stone|ckd|renal failure|liver failure|pancreatitis|gallstones|appendicitis|
diverticulitis|colitis|crohns|ulcer|a stomach ulcer|stomach ulcer|peptic ulcer|hernia|a hernia|hiatal hernia|reflux|heartburn|
constipation|diarrhea|diarrhoea|food poisoning|stomach bug|gastroenteritis|norovirus|celiac|coeliac|coeliac disease|lactose intolerant|
lactose intolerance|gluten intolerance|hypothyroid|hyperthyroid|underactive thyroid|overactive thyroid|thyroid problem|thyroid problems|
goiter|goitre|addison's|cushing's|anaemia|anemic|anaemic|iron deficiency|b12 deficiency|vitamin d deficiency|hemochromatosis|
leukaemia|hodgkin's|non-hodgkin lymphoma|myeloma|multiple myeloma|ovarian cancer|cervical cancer|pancreatic cancer|throat cancer|
mouth cancer|tongue cancer|thyroid cancer|kidney cancer|bladder cancer|stomach cancer|bowel cancer|testicular cancer|
in remission|radiation therapy|radiotherapy|chemo|on chemo|mastectomy|pregnant|pregnancy|early pregnancy|
trying to conceive|ivf|menopause|perimenopause|endometriosis|fibroids|pcos|polycystic ovary syndrome|gestational diabetes|preeclampsia|
pre-eclampsia|morning sickness|miscarried|a miscarriage|erectile dysfunction|low testosterone|enlarged prostate|bph|
psoriasis|rosacea|acne|dermatitis|hives|shingles|cold sores|cold sore|a cold sore|herpes|warts|impetigo|ringworm|scabies|lice|
obese|morbidly obese|overweight|underweight|malnutrition|alcohol use disorder|drug addiction|opioid use disorder|
dementia|alzheimer|memory loss|parkinsons|stroke|a stroke|a mini stroke|bell's palsy|trigeminal neuralgia|neuralgia|
chronic pain|chronic fatigue|chronic fatigue syndrome|me/cfs|lupus|fibro|sickle cell anemia|sickle cell trait|thalassemia|
hemophiliac|bleeding disorder|von willebrand disease|immunocompromised|immunosuppressed|transplant|kidney transplant|
liver transplant|heart transplant|organ transplant|hepatitis a|
endocarditis|infective endocarditis|von willebrand|von willebrand's|morbus crohn|morbus parkinson|morbus bechterew|dental fistula|gum fistula|
`;

/**
 * Source: the American Dental Association's and the NHS's patient pages on dental problems (as
 * patients name them), written for this engine.
 */
export const DENTAL_CONDITIONS = `
toothache|tooth ache|a toothache|hard of hearing|sensitivity to cold|sensitive to cold|sensitive to hot|sensitive to heat|sensitive to sweets|sensitive to sweet things|sensitive to pressure|sensitive to biting|sensitivity to hot|wobbly tooth|a wobbly tooth|got infected|infected|enceinte|schwanger|embarazada|zwanger|water infection|a water infection|chest infection|a chest infection|crown fell out|filling fell out|filling came out|tooth pain|tooth decay|decay|cavity|cavities|a cavity|caries|dental caries|gum disease|gingivitis|
periodontitis|periodontal disease|receding gums|gum recession|bleeding gums|swollen gums|sore gums|gum infection|infected gum|
infected tooth|tooth infection|abscessed tooth|cracked tooth|chipped tooth|broken tooth|a broken tooth|a cracked tooth|a chipped tooth|
cracked molar|broken molar|chipped front tooth|lost a filling|lost filling|a lost filling|broken filling|loose filling|lost crown|
loose crown|broken crown|knocked out tooth|impacted wisdom tooth|impacted wisdom teeth|wisdom tooth pain|
dry socket|tooth sensitivity|sensitive teeth|sensitive tooth|teeth grinding|grinding my teeth|bruxism|clenching|jaw pain|jaw clicking|braces pain|brace pain|denture pain|dentures pain|retainer pain|
tmj|tmd|tmj disorder|temporomandibular disorder|lockjaw|swollen jaw|a swollen jaw|swollen face|facial swelling|swollen cheek|
mouth ulcer|mouth ulcers|canker sore|canker sores|oral thrush|dry mouth|xerostomia|bad breath|halitosis|burning mouth|
tooth erosion|enamel erosion|stained teeth|overbite|underbite|crossbite|crowded teeth|misaligned teeth|malocclusion|cleft palate|
cleft lip|tongue tie|oral lesion|leukoplakia|pericoronitis|pulpitis|root infection|failed root canal|cracked tooth syndrome|
`;

/**
 * Source: lay words for symptoms that callers use (the MedlinePlus symptom index in plain words),
 * written for this engine. Words with everyday meanings ("cold", "pain" alone) stay out; pain of a
 * body part is generated from BODY_PARTS below.
 */
export const SYMPTOMS = `
swelling|inflammation|inflamed|fever|a fever|high fever|a temperature|rash|a rash|nausea|nauseous|
vomiting|throwing up|dizziness|dizzy spells|dizzy|lightheaded|fainting|fainted|passed out|blackouts|cough|a cough|bad cough|
persistent cough|coughing up blood|sore throat|a sore throat|runny nose|stuffy nose|nosebleeds|nosebleed|headaches|
headache|a headache|migraine headaches|splitting headache|shortness of breath|short of breath|breathlessness|wheezing|chest tightness|
chest pain|chest pains|heart palpitations|fatigue|exhaustion|night sweats|chills|weight loss|unexplained weight loss|weight gain|
numbness|tingling|pins and needles|weakness|blurred vision|blurry vision|double vision|ringing in my ears|earache|ear ache|
ear pain|backache|back pain|lower back pain|neck pain|stomach ache|stomachache|stomach pain|abdominal pain|cramps|period pain|
heavy periods|irregular periods|missed period|itching|itchy|hives|blisters|a lump|a growth|
a mole|easy bruising|joint pain|joint pains|muscle pain|aches|body aches|aching|sore|soreness|stiffness|
insomnia|can't sleep|trouble sleeping|snoring|sleepwalking|memory problems|seizures|tremor|tremors|
incontinence|bladder leaks|blood in my urine|blood in urine|blood in stool|painful urination|frequent urination|swollen ankles|
swollen feet|swollen legs|swollen glands|swollen lymph nodes|sugar levels|blood sugar|high blood sugar|low blood sugar|sugars|
throbbing|throbbing pain|sore spots|a sore spot|sore spot|bad taste|a bad taste|a funny taste|foul taste|pus|oozing|a discharge|
dead nerve|a dead nerve|exposed nerve|an exposed nerve|nerve pain|shooting pain|shooting pains|stabbing pain|sharp pain|a sharp pain|
constipated|bloated|bloating|queasy|feverish|wheezy|loss of taste|loss of smell|lost my sense of taste|lost my sense of smell|
lost his sense of taste|lost her sense of taste|no sense of taste|no sense of smell|altered taste|
`;

/**
 * Source: lay words for dental and childhood complaints as callers say them (the NHS's and the
 * ADA's patient pages, the RCH Melbourne kids' health facts), and the same complaints in German,
 * French, Spanish and Dutch, written for this engine.
 */
export const LAY_CONDITIONS = `
temporary crown came off|temporary crown fell off|temporary crown fell out|temporary filling fell out|temporary filling came out|temp crown came off|temp crown fell off|cracked filling|a cracked filling|filling fell off|crown fell off|crown came off|crown came out|cap fell off|
veneer fell off|bridge fell out|bridge came out|
gone black|turned black|gone grey|tooth gone black|dental phobia|dental anxiety|fear of the dentist|scared of the dentist|needle phobia|
strong gag reflex|gag reflex|grinding at night|grinding|clenching at night|night grinding|locked jaw|bad back|bad knee|bad knees|bad hip|bad hips|bad heart|bad chest|bad shoulder|dodgy knee|dodgy hip|
hand foot and mouth|hand, foot and mouth|hand foot and mouth disease|hand, foot and mouth disease|hfmd|slapped cheek|scarlet fever|croup|
glue ear|conjunctivitis|pink eye|norovirus|stomach bug|tummy bug|gastro|rsv|bronchiolitis|teething|colic|reflux|nappy rash|
artificial heart valve|mechanical heart valve|replacement heart valve|metal heart valve|mechanical valve|artificial valve|metal valve|pig valve|split lip|a split lip|fat lip|busted lip|root canal infection|implant infection|
cut on her cheek|cut on his cheek|cut on my cheek|cut on my lip|cut on her lip|cut on his lip|cut on my gum|cut in my mouth|
gum boil|a gum boil|gumboil|a gumboil|knocked out tooth|knocked-out tooth|a knocked out tooth|a knocked-out tooth|ulcers|mouth ulcers|
white patch on my tongue|a white patch|metallic taste|a metallic taste|nerve damage|bad tooth|a bad tooth|hole in my tooth|a hole in my tooth|
heart bypass|triple bypass|open heart surgery|bad nerves|asthmatic|epileptic|bruise easily|
haemophiliac|hemophiliac|haemophilia|hémophilie|hemofilia|bed bound|bedbound|bed-bound|housebound|wheelchair bound|mouth sores|sore mouth|gum sores|denture sores|sores in my mouth|clotting disorder|blood clotting disorder|radiation to my jaw|radiotherapy|bisphosphonates|liver problems|kidney problems|
allergic to local anaesthetic|allergic to local anesthetic|allergic to anaesthetic|claustrophobia|claustrophobic|tourette's|tourette's syndrome|
partially sighted|visually impaired|speech delay|a speech delay|heart defect|a heart defect|hole in the heart|tongue-tie|a tongue-tie|
breastfeeding|iud|ivf|
missing teeth|missing tooth|missing front tooth|missing front teeth|missing back teeth|bone loss|jaw bone loss|jawbone loss|sinus pressure|sinus trouble|sinus problems|
phobic|needle phobic|dental phobic|dentist phobic|
crook back|crook knee|crook stomach|crook guts|crook tooth|feeling crook|glandular fever|the runs|a dose of the flu|
zahnschmerzen|zahnfleischbluten|karies|mal de dents|mal aux dents|rage de dents|dolor de muelas|dolor de dientes|kiespijn|tandpijn|
`;

/** Body parts whose pain, swelling or bleeding callers describe ("my jaw is swollen" is covered by the forms below). */
export const BODY_PARTS = `tooth teeth molar molars wisdom tooth wisdom teeth front tooth gum gums jaw face cheek mouth tongue lip lips throat neck
back lower back upper back chest stomach belly tummy head ear ears eye eyes knee knees hip hips shoulder shoulders wrist wrists ankle
ankles foot feet leg legs arm arms hand hands finger fingers toe toes elbow elbows side ribs kidney kidneys bladder pelvis groin
sinus sinuses nose gland glands joints joint muscles muscle bone bones skin scalp`;

const PART_LIST = ['tooth', 'teeth', 'molar', 'molars', 'wisdom tooth', 'wisdom teeth', 'front tooth', 'back tooth', 'back teeth', 'front teeth', 'top tooth', 'bottom tooth', 'gum', 'gums', 'jaw', 'face', 'cheek', 'mouth', 'tongue', 'lip', 'lips', 'throat', 'neck',
  'back', 'lower back', 'upper back', 'chest', 'stomach', 'belly', 'tummy', 'head', 'ear', 'ears', 'eye', 'eyes', 'knee', 'knees', 'hip', 'hips', 'shoulder', 'shoulders', 'wrist', 'ankle', 'ankles',
  'foot', 'feet', 'leg', 'legs', 'arm', 'arms', 'hand', 'hands', 'finger', 'fingers', 'toe', 'toes', 'elbow', 'side', 'ribs', 'kidney', 'kidneys', 'sinus', 'sinuses', 'nose', 'glands', 'joints', 'joint', 'muscles', 'skin',
  // Teeth by their dentists' names: "a chipped incisor", "premolar pain".
  'incisor', 'incisors', 'canine', 'premolar', 'premolars',
  // The mouth's other parts a caller names (the NHS's mouth and throat pages): "a sore palate", "a numb chin", "tonsil pain".
  'palate', 'chin', 'tonsil', 'tonsils'];

/** "a kidney thing", "bowel problems", "lung trouble": an organ's lay trouble is a condition (the organ alone is nobody's). */
export function organTroubles(): string[] {
  const organs = ['kidney', 'bladder', 'bowel', 'bowels', 'lung', 'lungs', 'liver', 'skin', 'stomach', 'nerve', 'bone', 'bones', 'joint', 'prostate', 'womb', 'gallbladder', 'pancreas', 'spine'];
  return organs.flatMap((o) => ['thing', 'problem', 'problems', 'issue', 'issues', 'trouble', 'condition'].map((s) => `${o} ${s}`));
}

/** "jaw pain", "swollen jaw", "bleeding gums", "pain in my jaw" (the condition words only: "pain in my jaw" is masked whole). */
export function bodyPartConditions(): string[] {
  const out: string[] = [];
  for (const part of PART_LIST) {
    // "a jaw fracture", "knee trouble", "gum problems": a part's lay trouble, said after it.
    for (const after of ['pain', 'pains', 'ache', 'aches', 'aching', 'swelling', 'bleeding', 'infection', 'sensitivity', 'injury', 'fracture', 'problems', 'trouble']) out.push(`${part} ${after}`);
    for (const before of ['swollen', 'sore', 'aching', 'bleeding', 'infected', 'broken', 'cracked', 'chipped', 'sensitive', 'numb', 'stiff', 'bruised', 'sprained', 'throbbing', 'painful', 'inflamed', 'fractured', 'dislocated', 'injured',
      // Lay state words of the NHS's toothache and dental-injury pages: "a tender gum", "a knocked-out tooth". (Not "rotten",
      // "puffy", "abscessed": `symptoms.ts` reads those with an owner only, so "a rotten tooth can be pulled quickly" is nobody's.)
      'tender', 'tingling', 'knocked-out', 'knocked out']) out.push(`${before} ${part}`);
    for (const pronoun of ['my', 'his', 'her', 'their', 'the', 'me']) {
      for (const what of ['pain in', 'swelling in', 'bleeding from', 'swelling of', 'pain on', 'ache in', 'infection in', 'abscess in', 'abscess on']) out.push(`${what} ${pronoun} ${part}`);
    }
    // "the same problem with his gums", "something wrong with my jaw": with an owner only ("a problem with the side door").
    for (const pronoun of ['my', 'his', 'her', 'their', 'me']) {
      for (const what of ['problem with', 'problems with', 'trouble with', 'issue with', 'issues with', 'something wrong with']) out.push(`${what} ${pronoun} ${part}`);
    }
    // "i have pain in tooth very strong": a caller whose English drops the article.
    for (const what of ['pain in', 'ache in', 'swelling in']) out.push(`${what} ${part}`);
  }
  return out;
}

/**
 * Source: the WHO Model List of Essential Medicines (generic names) and the most-prescribed
 * medicines in the US, UK, Ireland and Australia with their common brand names, and the
 * over-the-counter brands callers name; written for this engine.
 */
export const MEDICINES = `
ibuprofen|advil|children's motrin|children's tylenol|children's advil|children's panadol|children's nurofen|infant tylenol|infant motrin|infants' tylenol|panadeine forte|sulfa drugs|sulpha drugs|motrin|nurofen|brufen|acetaminophen|tylenol|paracetamol|panadol|calpol|panadeine|aspirin|disprin|naproxen|aleve|
naprosyn|diclofenac|voltaren|voltarol|difene|mefenamic acid|ponstan|celecoxib|celebrex|meloxicam|mobic|co-codamol|solpadeine|
nuromol|excedrin|midol|lemsip|nyquil|dayquil|sudafed|mucinex|robitussin|benadryl|claritin|loratadine|zyrtec|cetirizine|allegra|
fexofenadine|piriton|chlorphenamine|xyzal|desloratadine|clarinex|flonase|fluticasone|nasonex|beconase|otrivin|afrin|
tums|rennie|gaviscon|pepto-bismol|pepto bismol|pepto|imodium|loperamide|miralax|dulcolax|senokot|lactulose|movicol|buscopan|
ranitidine|zantac|lansoprazole|prevacid|zoton|losec|rabeprazole|dexilant|sucralfate|carafate|domperidone|motilium|metoclopramide|
reglan|maxolon|
amoxil|amoxicillin clavulanate|co-amoxiclav|penicillin v|pen vk|flucloxacillin|erythromycin|clarithromycin|biaxin|cefuroxime|
ceftriaxone|rocephin|cefdinir|levofloxacin|levaquin|moxifloxacin|nitrofurantoin|macrobid|trimethoprim|sulfamethoxazole|
septra|minocycline|tetracycline|vancomycin|linezolid|rifampin|isoniazid|fluconazole|diflucan|nystatin|terbinafine|lamisil|
clotrimazole|canesten|miconazole|ivermectin|oseltamivir|paxlovid|
metformin er|glucophage|glyburide|glimepiride|amaryl|gliclazide|diamicron|pioglitazone|actos|sitagliptin|janumet|linagliptin|
tradjenta|empagliflozin|dapagliflozin|farxiga|forxiga|canagliflozin|invokana|semaglutide|rybelsus|dulaglutide|liraglutide|
victoza|saxenda|tirzepatide|zepbound|exenatide|byetta|lantus|insulin glargine|levemir|tresiba|humalog|novolog|novorapid|
humulin|novolin|toujeo|basaglar|
ramipril|altace|enalapril|vasotec|benazepril|lotensin|perindopril|coversyl|candesartan|atacand|irbesartan|avapro|valsartan|
diovan|entresto|olmesartan|benicar|telmisartan|micardis|bisoprolol|propranolol|inderal|nebivolol|bystolic|labetalol|
nifedipine|procardia|adalat|diltiazem|cardizem|verapamil|felodipine|chlorthalidone|indapamide|bendroflumethiazide|
spironolactone|aldactone|bumetanide|bumex|torsemide|clonidine|catapres|hydralazine|doxazosin|cardura|prazosin|terazosin|
norvasc|toprol|lopressor|tenormin|coreg|zestril|prinivil|cozaar|hyzaar|microzide|
ezetimibe|zetia|fenofibrate|tricor|gemfibrozil|lovastatin|zocor|pravachol|livalo|pitavastatin|repatha|praluent|niacin|
dabigatran|pradaxa|edoxaban|savaysa|lixiana|heparin|enoxaparin|lovenox|clexane|ticagrelor|brilinta|prasugrel|effient|
digoxin|lanoxin|amiodarone|cordarone|flecainide|sotalol|nitroglycerin|gtn spray|isosorbide|imdur|ranolazine|ranexa|
salbutamol|proair|proventil|seretide|spiriva|tiotropium|qvar|pulmicort|budesonide|breo|trelegy|ellipta|anoro|incruse|dulera|
combivent|atrovent|ipratropium|montelukast sodium|prednisolone|dexamethasone|decadron|medrol|methylpred|solu-medrol|
epipen|epinephrine|adrenaline auto-injector|
levoxyl|unithroid|euthyrox|eltroxin|tirosint|armour thyroid|liothyronine|cytomel|methimazole|tapazole|carbimazole|
propylthiouracil|
escitalopram oxalate|celexa|cipramil|seroxat|fluvoxamine|luvox|vortioxetine|trintellix|desvenlafaxine|pristiq|amitriptyline|
elavil|nortriptyline|pamelor|doxepin|buspirone|buspar|hydroxyzine|vistaril|atarax|temazepam|restoril|zopiclone|
eszopiclone|lunesta|melatonin|quetiapine fumarate|zyprexa|risperdal|latuda|lurasidone|haloperidol|haldol|clozapine|clozaril|
ziprasidone|geodon|vraylar|rexulti|depakote|valproate|sodium valproate|epilim|carbamazepine|tegretol|oxcarbazepine|trileptal|
levetiracetam|keppra|topiramate|topamax|phenytoin|dilantin|lacosamide|vimpat|zonisamide|strattera|atomoxetine|focalin|
dexedrine|elvanse|guanfacine|intuniv|lisdexamfetamine|
naltrexone|vivitrol|acamprosate|disulfiram|antabuse|subutex|zubsolv|chantix|champix|varenicline|nicotine patch|nicorette|
sumatriptan succinate|rizatriptan|maxalt|zolmitriptan|zomig|aimovig|emgality|ajovy|nurtec|ubrelvy|botox|
alendronic acid|risedronate|actonel|ibandronate|boniva|prolia|denosumab|zoledronic acid|reclast|raloxifene|evista|
calcium carbonate|vitamin d3|folic acid|ferrous sulfate|ferrous sulphate|iron tablets|iron pills|iron supplements|iron supplement|b12 injections|
donepezil hydrochloride|memantine|namenda|rivastigmine|exelon|galantamine|razadyne|sinemet|carbidopa|ropinirole|requip|
pramipexole|mirapex|rasagiline|azilect|
hydroxychloroquine|plaquenil|sulfasalazine|azulfidine|leflunomide|arava|azathioprine|imuran|mycophenolate|cellcept|
tacrolimus|prograf|cyclosporine|adalimumab|etanercept|infliximab|rituximab|rituxan|stelara|skyrizi|cosentyx|dupixent|
otezla|xeljanz|rinvoq|keytruda|opdivo|herceptin|anastrozole|arimidex|exemestane|aromasin|femara|nolvadex|
sildenafil citrate|levitra|vardenafil|dutasteride|avodart|proscar|propecia|oxybutynin|ditropan|tolterodine|detrol|
solifenacin|vesicare|mirabegron|myrbetriq|betmiga|
ethinyl estradiol|yaz|yasmin|microgynon|rigevidon|cerazette|nexplanon|implanon|mirena|kyleena|depo-provera|depo provera|
the depo shot|nuvaring|morning after pill|norethisterone|provera|medroxyprogesterone|premarin|hrt|estrogen|oestrogen|
letrozole tablets|metformin hydrochloride|
lidocaine|lignocaine|novocaine|articaine|septocaine|benzocaine|orajel|anbesol|peridex|corsodyl|chlorhexidine mouthwash|
duraphat|prevident|fluoride toothpaste prescription|
doliprane|dafalgan|efferalgan|spasfon|levothyrox|kardegic|nolotil|metamizol|metamizole|novalgin|enantyum|dexketoprofen|
ibuprofene|ibuprofène|paracétamol|voltarène|nurofen plus|aspro|cataflam|
metformine|cetirizin|ibuprofen-ratiopharm|amoxicilline|amoxicilina|ibuprofeno|paracetamolo|levothyroxine sodium|omeprazol|pantoprazol|simvastatine|atorvastatine|
`;

 /**
 * Source: brand names of the medicines most dispensed in Australia (the PBS's top lists), the UK and
 * Ireland (the BNF's brand entries), Canada (Health Canada's Drug Product Database), Germany, France and
 * Spain, as callers name them, and the drug classes callers name as allergies ("sulfa", "NSAIDs");
 * written for this engine. Generic names are in MEDICINES and found by their INN stems.
 */
export const INTERNATIONAL_BRANDS = `
endone|oxynorm|targin|palexia|tramal|mersyndol|panamax|dymadon|codral|somac|pariet|coloxyl|metamucil|fybogel|flixotide|asmol|avamys|
rhinocort|telfast|claratyne|polaramine|phenergan|stemetil|marcumar|falithrom|sintrom|previscan|iscover|cartia|astrix|cardiprin|
l-thyroxin|l-thyroxine|thyroxine|oroxine|eutroxsig|exforge|twynsta|amlo|amlor|karvea|noten|betaloc|concor|lipex|ezetrol|inegy|
vytorin|tahor|diabex|diaformin|optisulin|avanza|valdoxan|stilnox|temaze|normison|kalma|endep|tryptanol|arcoxia|imigran|klacid|
rulide|doryx|vibramycin|ciproxin|zovirax|famvir|solone|panafcort|predsol|zyloprim|progout|colgout|levlen|noriday|estrogel|oestrogel|
ovestin|utrogestan|duphaston|ibuflam|novaminsulfon|thomapyrin|diclac|pantozol|omep|inexium|mopral|smecta|gelocatil|adiro|orfidal|
lexatin|trankimazin|neurofen|solpadol|zapain|tylex|oramorph|zomorph|sevredol|butrans|norspan|durogesic|kapake|naramig|
qlaira|cilest|loestrin|marvelon|femodene|dianette|brevinor|elleste|evorel|kliovance|
trajenta|galvus|eucreas|komboglyze|xigduo|synjardy|glucobay|victoza|byetta|humulin|insulatard|actrapid|mixtard|novomix|
xalatan|travatan|lumigan|timoptol|cosopt|azopt|
tecta|pantoloc|diane-35|diane 35|alesse|min-ovral|tri-cyclen|gravol|reactine|aerius|benylin|dilaudid|hydromorph contin|statex|
m-eslon|tylenol #3|tylenol 3|tylenol with codeine|visanne|dienogest|metex|methoblastin|metoject|trexject|zinnat|
sulfa|sulpha|sulfonamides|sulphonamides|sulfa antibiotics|nsaids|
madopar|stalevo|rytary|panadol osteo|panadol extra|panadol rapid|panadol forte|nurofen zavance|voltaren rapid|
`;

/**
 * Source: the vitamins the NHS's and MedlinePlus's medicine pages list as prescribed or taken on their own, by name,
 * and the supplement brands callers name (Elevit, Pregnacare, Centrum, Caltrate, Ostelin), as callers give them when
 * asked for their medicines. Supplements said generically ("vitamins", "fish oil", "a multivitamin") are left out, as
 * the hard negatives of `probe-negatives.txt` have them.
 */
export const SUPPLEMENTS = `
vitamin d|vitamin b12|vitamin c|vitamin e|vitamin k|b12 tablets|vitamin d tablets|elevit|pregnacare|centrum|caltrate|ostelin|
`;
export const split = (list: string): string[] => list.split('|').map((t) => t.trim()).filter((t) => t.length > 0);

/**
 * Source: the commonest dental and chronic conditions as callers name them in the clinics' other languages (the German
 * ICD-10-GM, French CIM-10 and Spanish CIE-10 labels, in the words patients use: "Parodontitis", "asthme", "Diabetes Typ 2"; the Dutch from Thuisarts.nl, the Dutch GPs'
 * patient site: "tandvleesontsteking", "suikerziekte"),
 * and English lay shortenings from the NHS's and Diabetes UK's patient pages ("hypos" for hypoglycaemic episodes, "a murmur"
 * for a heart murmur); written for this engine.
 */
export const REGIONAL_CONDITIONS = `
parodontitis|parodontose|zahnfleischentzündung|gingivitis|bluthochdruck|hypertonie|migräne|diabetes typ 1|diabetes typ 2|
diabetes mellitus typ 2|schilddrüsenunterfunktion|herzinsuffizienz|herzschwäche|vorhofflimmern|epilepsie|insuffisance cardiaque|fibrillation auriculaire|insuficiencia cardíaca|fibrilación auricular|epilepsia|hartfalen|boezemfibrilleren|asthme|diabète|diabète de type 1|diabète de type 2|gingivite|parodontite|
carie|caries dentaire|hypertension artérielle|l'asthme|d'asthme|l'hypertension|d'hypertension|migraine ophtalmique|asma|diabetes tipo 1|diabetes tipo 2|hipertensión|gingivitis crónica|
periodontitis crónica|hypos|hypo|
tandvleesontsteking|ontstoken tandvlees|tandbederf|cariës|suikerziekte|hoge bloeddruk|astma|wortelkanaalontsteking|hypoglycaemia|hypoglycemia|murmur|
`;

/**
 * Source: the French, Belgian and Spanish brand names of the commonest inhalers and ibuprofen/diclofenac painkillers (the
 * ANSM's and AEMPS's public product databases), and the EU and US brands of the cystic fibrosis modulators (EMA, FDA
 * labels); written for this engine. Toothpastes ("Sensodyne") are products, not medicines: our corpus's hard negatives say so.
 */
export const REGIONAL_MEDICINES = `
ventoline|ventolín|bricanyl|becotide|
spifen|nurofen rhume|antarène|voltarène|
tysabri|clenil|clenil modulite|cipralex|levothyroxin|l-thyroxin henning|kaftrio|trikafta|symkevi|symdeko|orkambi|kalydeco|
`;
