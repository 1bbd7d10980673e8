import Testing

@testable import CodeFind

@Suite("Plural stemmer")
struct PluralStemmerTests {
  @Test(
    "plurals become singular",
    arguments: [
      ("fractures", "fracture"), ("injuries", "injury"), ("diseases", "disease"), ("abscesses", "abscess"),
      ("arteries", "artery"), ("branches", "branch"), ("headaches", "headache"), ("reflexes", "reflex"),
      ("rashes", "rash"), ("toes", "toe"), ("kidneys", "kidney"), ("carcinomas", "carcinoma"),
      ("stenoses", "stenosis"), ("diagnoses", "diagnosis"), ("psychoses", "psychosis"), ("doses", "dose"),
      ("overdoses", "overdose"), ("purposes", "purpose"), ("helminthiases", "helminthiasis"),
      ("analyses", "analysis"), ("epiphyses", "epiphysis"), ("metastases", "metastasis"), ("sequelae", "sequela"),
      ("vertebrae", "vertebra"), ("bronchi", "bronchus"), ("calculi", "calculus"), ("teeth", "tooth"),
      ("feet", "foot"), ("varices", "varix"), ("viruses", "virus"), ("herpesviruses", "herpesvirus"),
      ("lenses", "lens"), ("causes", "cause"), ("ganglia", "ganglion"),
    ])
  func singular(plural: String, singular: String) {
    #expect(PluralStemmer.singular(plural) == singular)
  }

  @Test(
    "singular words that end like plurals stay",
    arguments: [
      "diabetes", "pelvis", "sepsis", "abscess", "mellitus", "herpes", "bronchus", "status", "uterus", "pancreas",
      "caries", "series", "species", "scabies", "rabies", "ascites", "measles", "lens", "atlas", "psoas", "this",
      "pneumoniae", "influenzae", "coli", "media", "gas", "sinus", "process", "illness", "arthritis",
    ])
  func unchanged(word: String) {
    #expect(PluralStemmer.singular(word) == word)
  }
}
