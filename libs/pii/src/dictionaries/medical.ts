/**
 * Conditions and medications that identify a caller's health. Whole words, any case, multi-word
 * terms allowed. Deliberately specific: generic visit words ("a cleaning", "a checkup") and words
 * with everyday meanings ("cold", "pain") are not here. Tenants add their own terms.
 */
export const CONDITIONS = [
  'diabetes', 'type 1 diabetes', 'type 2 diabetes', 'type-2 diabetes', 'type ii diabetes', 'prediabetes', 'gestational diabetes',
  'hypertension', 'high blood pressure', 'hypotension', 'low blood pressure', 'high cholesterol', 'hyperlipidemia',
  'asthma', 'copd', 'emphysema', 'chronic bronchitis', 'bronchitis', 'pneumonia', 'tuberculosis', 'cystic fibrosis', 'sleep apnea',
  'heart disease', 'coronary artery disease', 'heart failure', 'congestive heart failure', 'atrial fibrillation', 'afib', 'arrhythmia',
  'heart attack', 'myocardial infarction', 'angina', 'stroke', 'mini stroke', 'aneurysm', 'heart murmur', 'deep vein thrombosis',
  'cancer', 'breast cancer', 'lung cancer', 'prostate cancer', 'colon cancer', 'skin cancer', 'melanoma', 'leukemia', 'lymphoma',
  'oral cancer', 'tumor', 'tumour', 'chemotherapy',
  'depression', 'major depressive disorder', 'anxiety', 'anxiety disorder', 'panic disorder', 'bipolar disorder', 'bipolar',
  'schizophrenia', 'ptsd', 'post-traumatic stress disorder', 'ocd', 'adhd', 'autism', 'eating disorder', 'anorexia', 'bulimia',
  'insomnia', 'dementia', "alzheimer's", "alzheimer's disease", 'alzheimers', "parkinson's", "parkinson's disease", 'epilepsy',
  'seizures', 'migraines', 'migraine', 'multiple sclerosis', 'neuropathy',
  'hiv', 'aids', 'hepatitis', 'hepatitis b', 'hepatitis c', 'herpes', 'chlamydia', 'gonorrhea', 'syphilis', 'hpv',
  'covid', 'covid-19', 'influenza', 'the flu', 'shingles', 'measles', 'strep throat', 'mono', 'mononucleosis', 'lyme disease',
  'arthritis', 'rheumatoid arthritis', 'osteoarthritis', 'osteoporosis', 'gout', 'lupus', 'fibromyalgia', 'scoliosis',
  'kidney disease', 'chronic kidney disease', 'kidney stones', 'kidney failure', 'liver disease', 'cirrhosis', 'fatty liver',
  "crohn's disease", "crohn's", 'ulcerative colitis', 'celiac disease', 'irritable bowel syndrome', 'ibs', 'acid reflux', 'gerd',
  'hypothyroidism', 'hyperthyroidism', "hashimoto's", "graves' disease", 'thyroid disease', 'anemia', 'sickle cell', 'sickle cell disease',
  'hemophilia', 'blood clots', 'obesity', 'pcos', 'endometriosis', 'infertility', 'erectile dysfunction', 'incontinence',
  'pregnant', 'pregnancy', 'miscarriage', 'glaucoma', 'cataracts', 'macular degeneration', 'psoriasis', 'eczema',
  'periodontitis', 'periodontal disease', 'gum disease', 'gum inflammation', 'gum infection', 'gingivitis', 'oral thrush', 'tmj disorder', 'dry mouth syndrome',
  'opioid addiction', 'addiction', 'alcoholism', 'substance abuse', 'penicillin allergy', 'latex allergy', 'peanut allergy',
];

export const MEDICATIONS = [
  'metformin', 'insulin', 'glipizide', 'januvia', 'jardiance', 'ozempic', 'wegovy', 'mounjaro', 'trulicity',
  'lisinopril', 'losartan', 'amlodipine', 'metoprolol', 'atenolol', 'carvedilol', 'hydrochlorothiazide', 'furosemide', 'lasix',
  'atorvastatin', 'lipitor', 'simvastatin', 'rosuvastatin', 'crestor', 'pravastatin',
  'warfarin', 'coumadin', 'eliquis', 'apixaban', 'xarelto', 'rivaroxaban', 'clopidogrel', 'plavix', 'baby aspirin',
  'levothyroxine', 'synthroid', 'prednisone', 'methylprednisolone', 'hydrocortisone',
  'albuterol', 'ventolin', 'advair', 'symbicort', 'singulair', 'montelukast', 'flovent',
  'sertraline', 'zoloft', 'fluoxetine', 'prozac', 'escitalopram', 'lexapro', 'citalopram', 'paroxetine', 'paxil', 'bupropion',
  'wellbutrin', 'venlafaxine', 'effexor', 'duloxetine', 'cymbalta', 'trazodone', 'mirtazapine', 'lithium', 'lamotrigine', 'lamictal',
  'quetiapine', 'seroquel', 'aripiprazole', 'abilify', 'risperidone', 'olanzapine',
  'alprazolam', 'xanax', 'lorazepam', 'ativan', 'clonazepam', 'klonopin', 'diazepam', 'valium', 'zolpidem', 'ambien',
  'adderall', 'ritalin', 'methylphenidate', 'vyvanse', 'concerta',
  'gabapentin', 'neurontin', 'pregabalin', 'lyrica', 'oxycodone', 'oxycontin', 'percocet', 'hydrocodone', 'vicodin', 'norco',
  'tramadol', 'morphine', 'fentanyl', 'codeine', 'methadone', 'suboxone', 'buprenorphine', 'naloxone', 'narcan',
  'omeprazole', 'prilosec', 'pantoprazole', 'protonix', 'esomeprazole', 'nexium', 'famotidine', 'pepcid', 'ondansetron', 'zofran',
  'amoxicillin', 'augmentin', 'azithromycin', 'z-pak', 'zithromax', 'doxycycline', 'ciprofloxacin', 'cipro', 'cephalexin', 'keflex',
  'clindamycin', 'penicillin', 'metronidazole', 'flagyl', 'bactrim', 'valacyclovir', 'valtrex', 'acyclovir', 'tamiflu',
  'truvada', 'biktarvy', 'prep', 'methotrexate', 'humira', 'enbrel', 'remicade', 'tamoxifen', 'letrozole',
  'sildenafil', 'viagra', 'tadalafil', 'cialis', 'finasteride', 'tamsulosin', 'flomax',
  'birth control', 'the pill', 'estradiol', 'progesterone', 'testosterone', 'clomid',
  'alendronate', 'fosamax', 'allopurinol', 'colchicine', 'donepezil', 'aricept', 'levodopa', 'sumatriptan', 'imitrex',
  'chlorhexidine', 'fluoride varnish',
];
