NOTES = []
def note(id, kind, split, text, gold, forbidden=(), negated=()):
    NOTES.append(dict(id=id, kind=kind, split=split, text=text.strip("\n"), gold=list(gold), forbidden=list(forbidden), negated=list(negated)))

# ---------------- Assessment and plan ----------------
note("ap-01", "assessment-plan", "dev", """
Assessment and Plan:
1. Type 2 diabetes mellitus with diabetic polyneuropathy. A1c 8.1. Increase metformin.
2. Essential hypertension, well controlled on lisinopril.
3. Hyperlipidemia - continue atorvastatin.
Patient denies chest pain.
""", ["E11.42", "I10", "E78.5"], ["E11.9", "G62.9"], ["R07.9"])

note("ap-02", "assessment-plan", "dev", """
A/P
# T2DM with CKD stage 3b - renal dosing, nephrology referral.
# HTN
# Obesity, BMI 34
No evidence of diabetic retinopathy on last eye exam.
""", ["E11.22", "N18.32", "I12.9", "E66.9"], ["I10", "E11.9", "E11.319"], ["E11.319"])

note("ap-03", "assessment-plan", "dev", """
Assessment: Acute exacerbation of COPD. No pneumonia on chest x-ray.
Plan: prednisone burst, nebulizers. Smoking cessation counseling given; current smoker, 1 ppd cigarettes.
""", ["J44.1", "F17.210"], ["J18.9"], ["J18.9"])

note("ap-04", "assessment-plan", "dev", """
Impression:
- Atrial fibrillation with RVR, new onset
- Chronic diastolic heart failure, compensated
- Hypothyroidism
Rule out pulmonary embolism; CTA ordered.
""", ["I48.91", "I50.32", "E03.9"], ["I26.99", "I50.9"], [])

note("ap-05", "assessment-plan", "dev", """
ASSESSMENT/PLAN
Major depressive disorder, recurrent, moderate. Continue sertraline, therapy referral.
Generalized anxiety disorder.
Insomnia.
Denies suicidal ideation.
""", ["F33.1", "F41.1", "G47.00"], ["F32.9", "R45.851"], ["R45.851"])

note("ap-06", "assessment-plan", "dev", """
Assessment and plan:
Osteoarthritis of right knee, primary. Discussed injection.
Low back pain, chronic - PT referral.
Vitamin D deficiency.
""", ["M17.11", "M54.50", "E55.9"], ["M17.0", "M17.12"], [])

note("ap-07", "assessment-plan", "dev", """
A/P:
1) GERD without esophagitis - continue omeprazole.
2) Iron deficiency anemia - start ferrous sulfate; colonoscopy to r/o colon cancer.
3) Family history of colon cancer (father).
""", ["K21.9", "D50.9", "Z80.0"], ["C18.9"], [])

note("ap-08", "assessment-plan", "dev", """
Assessment:
Asthma, mild persistent, uncomplicated.
Allergic rhinitis.
No wheezing today.
Plan: continue inhaled fluticasone.
""", ["J45.30", "J30.9"], ["R06.2"], ["R06.2"])

note("ap-09", "assessment-plan", "dev", """
Assessment and Plan
Type 1 diabetes mellitus with hyperglycemia - insulin pump adjusted.
Hx of DKA two years ago.
Hypoglycemia unawareness was discussed; no hypoglycemia this month.
""", ["E10.65"], ["E10.10", "E11.65"], ["E16.2"])

note("ap-10", "assessment-plan", "dev", """
A&P:
- Migraine without aura, not intractable
- Essential tremor
- Patient's mother had a stroke at 60.
""", ["G43.009", "G25.0", "Z82.3"], ["I63.9"], [])

note("ap-11", "assessment-plan", "heldout", """
Assessment/Plan:
1. Chronic kidney disease stage 4 secondary to hypertension. Follow renal panel.
2. Anemia in chronic kidney disease - start ESA.
3. Secondary hyperparathyroidism of renal origin.
""", ["I12.9", "N18.4", "D63.1", "N25.81"], ["I10"], [])

note("ap-12", "assessment-plan", "heldout", """
Impression and plan:
Type 2 DM w/ hyperglycemia, uncontrolled; started glipizide.
Benign prostatic hyperplasia with lower urinary tract symptoms.
Erectile dysfunction.
Negative for hematuria.
""", ["E11.65", "N40.1", "N52.9"], ["R31.9", "E11.9"], ["R31.9"])

note("ap-13", "assessment-plan", "heldout", """
Assessment:
Paroxysmal atrial fibrillation on apixaban.
Coronary artery disease of native coronary artery without angina.
History of myocardial infarction (2018).
Plan: continue beta blocker.
""", ["I48.0", "I25.10", "I25.2"], ["I21.9"], [])

note("ap-14", "assessment-plan", "heldout", """
A/P
Rheumatoid arthritis, on methotrexate - stable.
Osteoporosis without current pathological fracture.
Family hx of breast cancer in sister; screening mammogram ordered.
""", ["M06.9", "M81.0", "Z80.3"], ["C50.919"], [])

note("ap-15", "assessment-plan", "dev", """
Assessment and plan:
Acute sinusitis, likely viral. No fever.
Seasonal allergic rhinitis.
Return if symptoms persist beyond 10 days or high fever.
""", ["J01.90", "J30.2"], ["R50.9"], ["R50.9"])

note("ap-16", "assessment-plan", "dev", """
Assessment/Plan:
- Hypertensive heart disease with heart failure; chronic systolic CHF, EF 30%.
- Hyperkalemia, mild.
- Gout, no acute flare.
""", ["I11.0", "I50.22", "E87.5", "M10.9"], ["I10"], [])

note("ap-17", "assessment-plan", "heldout", """
Assessment:
Alcohol dependence, uncomplicated. Counseled.
Alcoholic fatty liver.
Denies withdrawal symptoms.
Hepatitis C ruled out.
""", ["F10.20", "K70.0"], ["B18.2", "B19.20"], ["B19.20"])

note("ap-18", "assessment-plan", "dev", """
A/P:
Hypothyroidism - continue levothyroxine.
Mixed hyperlipidemia.
Prediabetes; diet counseling.
Pt's father had prostate cancer.
""", ["E03.9", "E78.2", "R73.03", "Z80.42"], ["C61"], [])

note("ap-19", "assessment-plan", "heldout", """
Assessment and Plan:
Chronic obstructive pulmonary disease with chronic respiratory failure with hypoxia on home O2.
Former smoker.
Pulmonary nodule, follow-up CT in 6 months.
""", ["J44.9", "J96.11", "Z87.891", "R91.1"], ["F17.210"], [])

note("ap-20", "assessment-plan", "dev", """
Assessment:
Pneumonia of left lower lobe, community acquired. Start azithromycin and ceftriaxone.
Type 2 diabetes, controlled, without complications.
Possible early sepsis - lactate pending.
""", ["J18.9", "E11.9"], ["A41.9"], [])
