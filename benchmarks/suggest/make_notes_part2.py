from make_notes_part1 import note, NOTES

# ---------------- Discharge summaries ----------------
note("ds-01", "discharge-summary", "dev", """
DISCHARGE SUMMARY
Admission diagnosis: Sepsis due to urinary tract infection.
Hospital course: 78 yo female admitted with sepsis secondary to UTI; E. coli grew in urine culture. Treated with IV ceftriaxone. Acute kidney injury on admission resolved with fluids.
Past medical history: HTN, hyperlipidemia, osteoarthritis.
Discharge diagnoses:
1. Sepsis due to E. coli
2. Acute cystitis without hematuria
3. Acute kidney injury
4. Essential hypertension
5. Hyperlipidemia
Discharge medications: ciprofloxacin, lisinopril, atorvastatin.
""", ["A41.51", "N30.00", "N17.9", "I10", "E78.5", "M19.90"], ["A41.9"], [])

note("ds-02", "discharge-summary", "dev", """
Discharge Summary
Principal diagnosis: Acute on chronic systolic congestive heart failure.
Secondary diagnoses: Hypertension. Chronic kidney disease stage 3a. Type 2 diabetes mellitus.
Hospital course: diuresed with IV furosemide, weight down 4 kg. No chest pain during the stay. Troponin negative x3, myocardial infarction ruled out.
Follow up with cardiology in 1 week. Return if shortness of breath worsens.
""", ["I50.23", "I13.0", "N18.31", "E11.22"], ["I21.9", "I10", "I12.9", "I11.0"], ["R07.9"])

note("ds-03", "discharge-summary", "dev", """
DISCHARGE SUMMARY
Reason for admission: community-acquired pneumonia, right lower lobe.
Course: treated with ceftriaxone and azithromycin; blood cultures negative. Hypoxia resolved.
Comorbidities: COPD, GERD, depression.
Condition at discharge: stable.
Diagnoses at discharge: Pneumonia, unspecified organism; COPD; GERD without esophagitis; Depression.
""", ["J18.9|J18.1", "J44.9", "K21.9", "F32.A"], [], [])

note("ds-04", "discharge-summary", "dev", """
Discharge summary
Admitted for NSTEMI. Cardiac catheterization showed three-vessel coronary artery disease; CABG recommended.
Other problems: hyperlipidemia, tobacco use (cigarettes), obesity.
Denies prior stroke. No diabetes.
Family history: father died of myocardial infarction at 55.
""", ["I21.4", "I25.10", "E78.5", "F17.210|Z72.0", "E66.9", "Z82.49"], ["I63.9", "E11.9", "I21.9"], ["E11.9"])

note("ds-05", "discharge-summary", "dev", """
DISCHARGE SUMMARY
Diagnosis: Acute ischemic stroke, left middle cerebral artery, with right hemiparesis.
Hospital course: tPA given. MRI confirmed infarct. Dysphagia on admission, cleared by speech therapy.
PMH: atrial fibrillation, not on anticoagulation; hypertension.
Discharged to rehab.
""", ["I63.512|I63.9", "I48.91", "I10"], [], [])

note("ds-06", "discharge-summary", "dev", """
Discharge Summary
Principal diagnosis: Diabetic ketoacidosis, type 1 diabetes.
Secondary: dehydration, hypokalemia.
Course: insulin drip, potassium repletion; anion gap closed on day 2.
No infection identified; no pneumonia.
""", ["E10.10", "E86.0", "E87.6"], ["E11.10", "J18.9"], ["J18.9"])

note("ds-07", "discharge-summary", "heldout", """
DISCHARGE SUMMARY
Admission: Upper GI bleed from duodenal ulcer.
Course: EGD showed acute duodenal ulcer with hemorrhage, clipped. Transfused 2 units. Acute blood loss anemia.
History of H. pylori, treated.
Discharge diagnoses: acute duodenal ulcer with hemorrhage; acute posthemorrhagic anemia; alcohol use.
""", ["K26.0", "D62"], ["K92.2"], [])

note("ds-08", "discharge-summary", "heldout", """
Discharge Summary
Diagnoses: 1. Cellulitis of left lower limb. 2. Type 2 diabetes mellitus with diabetic peripheral angiopathy. 3. Morbid obesity.
Course: IV cefazolin then oral cephalexin. No abscess on ultrasound. No osteomyelitis.
""", ["L03.116", "E11.51", "E66.01|E66.9"], ["L02.416", "M86.9"], [])

note("ds-09", "discharge-summary", "dev", """
DISCHARGE SUMMARY
Admitting diagnosis: Acute pancreatitis.
Etiology: gallstone pancreatitis; calculus of gallbladder with acute cholecystitis, laparoscopic cholecystectomy on day 3.
No alcohol use. No pseudocyst on CT.
Discharge diagnoses: Acute biliary pancreatitis; calculus of gallbladder with acute cholecystitis without obstruction.
""", ["K85.10|K85.90", "K80.00"], ["K86.3"], [])

note("ds-10", "discharge-summary", "heldout", """
Discharge summary
Principal: Pulmonary embolism without acute cor pulmonale.
Secondary: Deep vein thrombosis of left femoral vein. Lung cancer, right upper lobe, on chemotherapy.
Plan: apixaban for 6 months. Return if chest pain or bleeding.
""", ["I26.99", "I82.412", "C34.11"], [], [])

note("ds-11", "discharge-summary", "dev", """
DISCHARGE SUMMARY
Admitted with altered mental status; found to have hyponatremia (Na 118) and urinary tract infection.
Dementia, Alzheimer type, baseline.
Course: fluid restriction, sodium improved. Encephalopathy resolved.
Discharge diagnoses: hyponatremia; UTI; Alzheimer disease.
""", ["E87.1", "N39.0", "G30.9"], [], [])

note("ds-12", "discharge-summary", "heldout", """
Discharge Summary
Principal diagnosis: COPD with acute exacerbation.
Secondary: Acute respiratory failure with hypoxia. Chronic diastolic heart failure. Atrial fibrillation, permanent.
Course: BiPAP for 24 hours, steroids, antibiotics. Influenza negative.
""", ["J44.1", "J96.01", "I50.32", "I48.21"], ["J10.1", "J11.1"], [])

note("ds-13", "discharge-summary", "dev", """
DISCHARGE SUMMARY
Diagnosis: Closed fracture of left femoral neck after mechanical fall at home. s/p hemiarthroplasty.
Postoperative anemia requiring transfusion.
Osteoporosis.
No head injury. No loss of consciousness.
""", ["S72.002A|S72.009A|S72.032A", "D62|D64.9", "M81.0"], ["S06.9X0A"], [])

note("ds-14", "discharge-summary", "dev", """
Discharge summary
Admission diagnosis: small bowel obstruction due to adhesions.
Course: NG tube decompression, resolved without surgery. No hernia.
Past history of appendectomy. Hypertension. Hypothyroidism.
""", ["K56.50|K56.609|K56.699", "I10", "E03.9"], ["K40.90"], [])

note("ds-15", "discharge-summary", "heldout", """
DISCHARGE SUMMARY
Principal diagnosis: Acute appendicitis with localized peritonitis.
Procedure: laparoscopic appendectomy.
Course uncomplicated; no abscess.
Discharged on oral antibiotics.
""", ["K35.30"], ["K35.33"], [])

note("ds-long", "discharge-summary", "dev", """
DISCHARGE SUMMARY

Patient: 72-year-old man. Admitted: 11/02. Discharged: 11/08.

Principal diagnosis: Acute on chronic combined systolic and diastolic congestive heart failure.

Secondary diagnoses:
1. Type 2 diabetes mellitus with diabetic chronic kidney disease.
2. Chronic kidney disease stage 3b.
3. Hypertension.
4. Persistent atrial fibrillation, on apixaban.
5. Coronary artery disease, status post CABG 2015.
6. Hyperlipidemia.
7. Obstructive sleep apnea on CPAP.
8. Gout.

History of present illness: The patient presented to the emergency department with three days of worsening shortness of breath, orthopnea and bilateral lower extremity edema. He reports dietary indiscretion over the holidays. He denies chest pain, palpitations, fever or cough. He has not had syncope. In the ED, BNP was 2400 and chest x-ray showed pulmonary edema with small bilateral pleural effusions. Troponin was mildly elevated and flat; acute myocardial infarction was ruled out by cardiology, and the troponin leak was attributed to demand in the setting of heart failure.

Past medical history: type 2 diabetes for 20 years, complicated by diabetic nephropathy and stage 3b chronic kidney disease; hypertension; persistent atrial fibrillation; coronary artery disease with CABG in 2015; hyperlipidemia; obstructive sleep apnea; gout. No history of stroke. He had a colon polyp removed in 2019.

Family history: Mother had type 2 diabetes. Father died of a heart attack at age 60. Brother with prostate cancer.

Social history: Former smoker, quit 15 years ago, 30 pack-years. Drinks alcohol rarely. Lives with his wife.

Hospital course:
1. Acute on chronic combined heart failure: He was diuresed with intravenous furosemide with net negative 6 liters over the admission and his weight decreased from 102 kg to 96 kg. Echocardiogram showed an ejection fraction of 35 percent with grade 2 diastolic dysfunction. His lisinopril was changed to sacubitril-valsartan. He was euvolemic at discharge and ambulating without dyspnea.
2. Chronic kidney disease: creatinine peaked at 2.1 from a baseline of 1.8 with diuresis and returned to 1.9 at discharge. No acute kidney injury by criteria. Renal dosing of medications was reviewed.
3. Type 2 diabetes: hemoglobin A1c 7.4. Metformin was held during the admission and he was covered with sliding scale insulin; metformin resumed at discharge. No hypoglycemia.
4. Atrial fibrillation: rate controlled with metoprolol; apixaban continued. No bleeding.
5. Gout: no flare during admission; allopurinol continued.
6. Possible pneumonia was considered on admission, but procalcitonin was low and the infiltrate resolved with diuresis; antibiotics were not given.

Procedures: transthoracic echocardiogram.

Physical examination at discharge: Alert and oriented, in no distress. Jugular venous pressure is not elevated. Heart with an irregularly irregular rhythm, no murmur, rub or gallop. Lungs clear to auscultation bilaterally without crackles or wheezes. Abdomen soft, nontender, nondistended, with normal bowel sounds. Extremities with trace ankle edema, improved from 3+ on admission; distal pulses are palpable. Skin warm and dry, with no rash and no ulcers on either foot. Neurologic examination is nonfocal.

Pertinent results: Echocardiogram on 11/03 showed a mildly dilated left ventricle with global hypokinesis, ejection fraction 35 percent, grade 2 diastolic dysfunction, moderate left atrial enlargement and estimated right ventricular systolic pressure of 45. No pericardial effusion. Chest x-ray on 11/06 showed resolution of the pulmonary edema and near-complete resolution of the pleural effusions. Electrocardiogram showed atrial fibrillation with a controlled ventricular rate and no acute ST changes. Sodium 136, potassium 4.1, magnesium 2.0 at discharge.

Consultations: Cardiology saw the patient on the day of admission and followed him daily; they recommended the change to sacubitril-valsartan and an outpatient evaluation for an implantable defibrillator if the ejection fraction does not improve after three months of therapy. Nephrology was consulted on day 3 for the rise in creatinine and agreed with continued diuresis. Nutrition reviewed a low sodium, carbohydrate consistent diet with the patient and his wife, and the pharmacist reviewed every medication with them before discharge.

Patient instructions: Weigh yourself every morning after urinating and before breakfast, and write the weight down. Take furosemide every morning. Limit salt to 2 grams a day and fluids to 1.5 liters a day. Check your blood sugar before breakfast and dinner and bring the log to your primary care visit. Keep using your CPAP machine every night. Walk at least 15 minutes twice a day as tolerated, and rest when you feel tired. Do not take ibuprofen, naproxen or other anti-inflammatory medicines, which can worsen heart failure and kidney function.

Condition at discharge: stable, improved.

Discharge medications: furosemide 40 mg daily, sacubitril-valsartan, metoprolol succinate, apixaban, atorvastatin, metformin, allopurinol.

Follow up: cardiology clinic in one week, nephrology in one month, primary care in two weeks. Return to the emergency department if shortness of breath, chest pain, weight gain of more than 2 kg, or fainting.

Diet: 2 gram sodium, fluid restriction 1.5 liters per day.
""", ["I50.43", "E11.22", "N18.32", "I13.0", "I48.19", "I25.10", "Z95.1", "E78.5", "G47.33", "M10.9", "Z83.3", "Z82.49", "Z80.42", "Z87.891"],
["I21.9", "J18.9", "I10", "I63.9", "N17.9", "E16.2"], ["R07.9", "I21.9", "I63.9"])
