from make_notes_part1 import note, NOTES

# ---------------- ED notes ----------------
note("ed-01", "ed-note", "dev", """
ED NOTE
Chief complaint: chest pain.
HPI: 54 yo M with substernal chest pain x 2 hours. Denies shortness of breath, nausea or diaphoresis. No fever.
PMH: HTN, hyperlipidemia.
ECG without ST elevation; troponin negative x2.
Assessment: Chest pain, likely musculoskeletal. Acute coronary syndrome ruled out.
Disposition: discharged home; return if pain recurs.
""", ["R07.9|R07.89", "I10", "E78.5"], ["I24.9", "I21.9"], ["R06.02", "R50.9", "R11.0"])

note("ed-02", "ed-note", "dev", """
Emergency Department Note
CC: fall.
HPI: 82 yo F tripped on rug, fell onto outstretched left hand. Pain and deformity of left wrist.
X-ray: displaced fracture of distal radius, left (Colles).
No head strike, no LOC. Denies neck pain.
Assessment: Colles fracture of left radius, initial encounter.
Plan: closed reduction, splint, ortho follow-up.
""", ["S52.532A|S52.502A"], ["S06.9X0A", "S52.501A", "S52.531A"], ["M54.2"])

note("ed-03", "ed-note", "dev", """
ED note
Chief complaint: abdominal pain.
HPI: 23 yo female with right lower quadrant pain, nausea and vomiting since this morning. Fever 38.4.
Pregnancy test negative.
CT abdomen: acute appendicitis without perforation.
Assessment: acute appendicitis. Surgery consulted.
""", ["K35.80|K35.890"], ["O00.90", "K35.211"], [])

note("ed-04", "ed-note", "dev", """
EMERGENCY DEPARTMENT
Chief complaint: shortness of breath and wheezing.
History: asthma since childhood. Ran out of albuterol.
Exam: diffuse wheezing, no stridor.
Assessment: Moderate persistent asthma with acute exacerbation.
No pneumonia on CXR. Covid negative.
""", ["J45.41"], ["J18.9", "U07.1"], ["J18.9", "U07.1"])

note("ed-05", "ed-note", "heldout", """
ED Physician Note
CC: headache.
HPI: 35 yo female with severe headache, photophobia, similar to prior migraines. Denies fever or neck stiffness. No focal weakness.
Assessment: Migraine, intractable, without status migrainosus.
Subarachnoid hemorrhage unlikely; CT head negative.
""", ["G43.919|G43.909|G43.019"], ["I60.9"], ["R50.9"])

note("ed-06", "ed-note", "heldout", """
ED note
Chief complaint: laceration.
HPI: 40 yo M cut his right index finger on a kitchen knife. Tetanus up to date.
Exam: 2 cm laceration of right index finger without damage to nail, no foreign body.
Assessment: Laceration without foreign body of right index finger without damage to nail, initial encounter.
Repaired with 4 sutures.
""", ["S61.210A"], ["S61.211A"], [])

note("ed-07", "ed-note", "dev", """
EMERGENCY DEPARTMENT NOTE
CC: cough and fever.
HPI: 67 yo with productive cough, fever and pleuritic chest pain for 3 days. History of COPD. Denies hemoptysis.
CXR: left lower lobe infiltrate.
Assessment: Community acquired pneumonia. COPD without exacerbation.
Plan: admit.
""", ["J18.9|J18.1", "J44.9"], ["J44.1", "R04.2"], ["R04.2"])

note("ed-08", "ed-note", "dev", """
ED course note
Chief complaint: palpitations.
HPI: 71 yo with AFib with RVR, heart rate 150. Known CHF.
Possible hyperthyroidism; TSH pending.
Assessment: Atrial fibrillation with rapid ventricular response. Congestive heart failure, chronic.
No syncope.
""", ["I48.91", "I50.9"], ["E05.90"], ["R55"])

note("ed-09", "ed-note", "heldout", """
ED NOTE
CC: dizziness and vomiting.
HPI: 30 yo female, 10 weeks pregnant? Patient denies pregnancy; pregnancy test negative.
Assessment: Acute gastroenteritis. Dehydration.
Plan: IV fluids, ondansetron. Return if unable to keep fluids down.
""", ["K52.9|A09", "E86.0"], ["O21.9", "Z33.1"], [])

note("ed-10", "ed-note", "dev", """
Emergency department note
CC: leg swelling.
HPI: 58 yo with painful swelling of the right calf after a long flight.
Duplex ultrasound: acute deep vein thrombosis of right popliteal vein.
No chest pain, no shortness of breath; pulmonary embolism not suspected.
Assessment: Acute DVT of right popliteal vein. Start rivaroxaban.
""", ["I82.431"], ["I26.99"], ["R07.9", "R06.02"])

note("ed-11", "ed-note", "heldout", """
ED NOTE
Chief complaint: hyperglycemia.
HPI: 45 yo with type 2 diabetes, blood sugar 450, polyuria. Ran out of insulin.
No ketoacidosis: anion gap normal, ketones negative.
Assessment: Type 2 diabetes mellitus with hyperglycemia. Long-term insulin use.
""", ["E11.65", "Z79.4"], ["E11.10"], [])

note("ed-12", "ed-note", "dev", """
ED Note
CC: ankle injury.
HPI: 19 yo twisted his left ankle playing basketball. Able to bear weight.
X-ray: no fracture.
Assessment: Sprain of left ankle, initial encounter.
""", ["S93.402A"], ["S82.892A", "S82.899A"], [])

note("ed-13", "ed-note", "dev", """
EMERGENCY NOTE
CC: confusion.
HPI: 80 yo male from nursing home with fever and confusion. Foley catheter in place.
UA positive; urosepsis suspected. Lactate 3.1.
Assessment: Sepsis, unspecified organism. Urinary tract infection. Acute metabolic encephalopathy.
History of prostate cancer, treated with radiation.
""", ["A41.9", "N39.0", "G93.41", "Z85.46"], ["C61"], [])

note("ed-14", "ed-note", "heldout", """
ED note
CC: rash.
HPI: 6 yo with itchy rash on arms after playing in the woods.
Assessment: Allergic contact dermatitis due to plants. No cellulitis.
""", ["L23.7"], ["L03.90"], ["L03.90"])

note("ed-15", "ed-note", "dev", """
ED NOTE
CC: syncope.
HPI: 66 yo fainted while standing in church; brief LOC. Denies chest pain or palpitations. No seizure activity.
EKG: sinus rhythm. Orthostatic hypotension on vitals.
Assessment: Syncope due to orthostatic hypotension.
""", ["I95.1"], ["R56.9"], ["R07.9", "R56.9"])

note("ed-16", "ed-note", "dev", """
Emergency department
CC: nosebleed.
HPI: 75 yo on warfarin for atrial fibrillation with epistaxis for 1 hour.
INR 4.2.
Assessment: Epistaxis. Long term (current) use of anticoagulants. Atrial fibrillation.
""", ["R04.0", "Z79.01", "I48.91"], [], [])

# ---------------- Operative notes ----------------
note("op-01", "operative-note", "dev", """
OPERATIVE NOTE
Preoperative diagnosis: Acute appendicitis.
Postoperative diagnosis: Acute gangrenous appendicitis without perforation.
Procedure: Laparoscopic appendectomy.
Findings: gangrenous appendix, no perforation, no abscess.
Complications: none. EBL minimal.
""", ["K35.890|K35.80"], ["K35.32", "K35.33"], [])

note("op-02", "operative-note", "dev", """
OPERATIVE REPORT
Preoperative diagnosis: Symptomatic cholelithiasis.
Postoperative diagnosis: Chronic cholecystitis with cholelithiasis.
Procedure: laparoscopic cholecystectomy.
Findings: thickened gallbladder with multiple stones. No choledocholithiasis on cholangiogram.
""", ["K80.10"], ["K80.50", "K80.20"], [])

note("op-03", "operative-note", "dev", """
Operative note
Preop diagnosis: Primary osteoarthritis, left knee.
Postop diagnosis: same.
Procedure: Left total knee arthroplasty.
Anesthesia: spinal. No complications.
""", ["M17.12"], ["M17.11"], [])

note("op-04", "operative-note", "heldout", """
OPERATIVE NOTE
Preoperative diagnosis: Right inguinal hernia.
Postoperative diagnosis: Right indirect inguinal hernia without obstruction or gangrene.
Procedure: open right inguinal hernia repair with mesh.
""", ["K40.90"], ["K40.30"], [])

note("op-05", "operative-note", "dev", """
Operative Report
Pre-operative diagnosis: Left breast mass.
Post-operative diagnosis: Malignant neoplasm of upper outer quadrant of left female breast.
Procedure: left partial mastectomy with sentinel lymph node biopsy.
Family history of breast cancer in mother.
""", ["C50.412", "Z80.3"], ["N63.20"], [])

note("op-06", "operative-note", "heldout", """
OPERATIVE NOTE
Preoperative diagnosis: Carpal tunnel syndrome, right wrist.
Postoperative diagnosis: Carpal tunnel syndrome, right upper limb.
Procedure: right open carpal tunnel release.
Patient has type 2 diabetes mellitus.
""", ["G56.01", "E11.9"], ["G56.02"], [])

note("op-07", "operative-note", "dev", """
Operative note
Preoperative diagnosis: Cataract, right eye.
Postoperative diagnosis: Age-related nuclear cataract, right eye.
Procedure: phacoemulsification with intraocular lens implant, right eye.
""", ["H25.11"], ["H25.12"], [])

note("op-08", "operative-note", "dev", """
OPERATIVE REPORT
Preoperative diagnosis: Closed displaced fracture of shaft of right femur.
Postoperative diagnosis: same.
Procedure: intramedullary nailing of right femur.
No vascular injury.
""", ["S72.301A|S72.391A|S72.321A"], ["S72.302A"], [])

note("op-09", "operative-note", "heldout", """
Operative Note
Pre-op diagnosis: Colon cancer, sigmoid.
Post-op diagnosis: Malignant neoplasm of sigmoid colon.
Procedure: laparoscopic sigmoid colectomy.
No metastatic disease found in the liver.
""", ["C18.7"], ["C78.7"], [])

note("op-10", "operative-note", "dev", """
OPERATIVE NOTE
Preoperative diagnosis: Benign prostatic hyperplasia with urinary retention.
Procedure: transurethral resection of prostate.
Postoperative diagnosis: Benign prostatic hyperplasia with lower urinary tract symptoms.
Pathology pending; prostate cancer not excluded.
""", ["N40.1", "R33.9"], ["C61"], [])

note("op-11", "operative-note", "dev", """
Operative report
Preoperative diagnosis: Umbilical hernia without obstruction or gangrene.
Postoperative diagnosis: same.
Procedure: open umbilical hernia repair.
Patient also has morbid obesity and obstructive sleep apnea.
""", ["K42.9", "E66.01|E66.9", "G47.33"], ["K42.0"], [])

note("op-12", "operative-note", "heldout", """
OPERATIVE NOTE
Preoperative diagnosis: Rotator cuff tear, left shoulder.
Postoperative diagnosis: Complete rotator cuff tear of left shoulder, not specified as traumatic.
Procedure: arthroscopic rotator cuff repair, left.
""", ["M75.122|M75.102"], ["M75.121", "S46.012A"], [])
