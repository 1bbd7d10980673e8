/// A conservative plural-to-singular stemmer for the words of medical titles.
///
/// It only undoes plurals (`fractures` → `fracture`, `injuries` → `injury`, `abscesses` →
/// `abscess`, `stenoses` → `stenosis`, `vertebrae` → `vertebra`, `bronchi` → `bronchus`) and
/// leaves every other ending alone, so it never merges different words the way a full stemmer
/// does (`infection` and `infected` stay apart). Words ending in `ss`, `is` or `us` are singular
/// (`abscess`, `pelvis`, `sepsis`, `mellitus`, `status`, `uterus`); singular words in `-s`
/// (`diabetes`, `herpes`, `pancreas`, `lens`, `caries`, `series`) are listed; Latin plurals are
/// listed rather than guessed (`pneumoniae` in *Streptococcus pneumoniae* is not `pneumonia`).
enum PluralStemmer {
  /// Words that end like plurals but are singular (or plural-only), kept as they are.
  private static let singulars: Set<String> = [
    // -es
    "diabetes", "prediabetes", "herpes", "caries", "ascites", "measles", "postmeasles", "species", "series",
    "feces", "faeces", "tabes", "craniotabes", "rabies", "scabies", "talipes", "stapes", "facies", "nares",
    "canities", "tympanites", "fungoides", "phyllodes", "bacteroides", "clostridioides", "lichenoides",
    "liponyssoides", "torsades", "pointes", "achilles", "perthes", "menkes", "colles", "stokes", "graves",
    "jones", "james", "forbes", "woakes", "eales", "marseilles", "shingles", "mumps", "rickets", "hives",
    "rales", "fpies", "does", "goes", "themselves",
    // -as
    "pancreas", "atlas", "vas", "pseudomonas", "trichomonas", "chagas", "hypospadias", "epispadias", "psoas",
    "erysipelas", "fragilitas", "flexibilitas", "christmas", "whereas", "alias", "bias", "canvas", "melas",
    "sottas", "haas", "nicolas",
    // -s
    "lens", "pons", "mons", "glans", "pars", "always", "perhaps", "towards", "afterwards", "news", "ethos",
    "pathos", "chaos", "kudos", "bends",
  ]

  /// Plurals whose singular no suffix rule finds.
  private static let irregular: [String: String] = [
    "teeth": "tooth", "feet": "foot", "children": "child", "women": "woman", "men": "man", "mice": "mouse",
    "lice": "louse", "geese": "goose", "calves": "calf", "halves": "half", "knives": "knife", "wives": "wife",
    "lives": "life", "leaves": "leaf", "gases": "gas", "lenses": "lens", "buses": "bus", "crises": "crisis",
    "axes": "axis", "testes": "testis", "pelves": "pelvis", "calories": "calorie", "bougies": "bougie",
    "cookies": "cookie", "movies": "movie", "zombies": "zombie", "ties": "tie", "lies": "lie", "dies": "die",
    "metastases": "metastasis", "prostheses": "prosthesis", "parentheses": "parenthesis",
    "hypotheses": "hypothesis", "syntheses": "synthesis", "theses": "thesis", "arthrodeses": "arthrodesis",
    "tenodeses": "tenodesis", "pleurodeses": "pleurodesis", "epididymides": "epididymis",
    "viruses": "virus", "sinuses": "sinus", "fetuses": "fetus", "foetuses": "foetus", "plexuses": "plexus",
    "calluses": "callus", "meatuses": "meatus", "thymuses": "thymus", "uteruses": "uterus", "nevuses": "nevus",
    "varices": "varix", "appendices": "appendix", "apices": "apex", "calyces": "calyx", "calices": "calyx",
    "cervices": "cervix", "cortices": "cortex", "indices": "index", "matrices": "matrix", "vertices": "vertex",
    "helices": "helix", "phalanges": "phalanx", "larynges": "larynx", "pharynges": "pharynx",
    "sequelae": "sequela", "vertebrae": "vertebra", "fistulae": "fistula", "papillae": "papilla",
    "bursae": "bursa", "scapulae": "scapula", "conjunctivae": "conjunctiva", "pleurae": "pleura",
    "fasciae": "fascia", "ampullae": "ampulla", "maculae": "macula", "patellae": "patella",
    "bronchi": "bronchus", "calculi": "calculus", "nevi": "nevus", "naevi": "naevus", "emboli": "embolus",
    "thrombi": "thrombus", "fungi": "fungus", "nuclei": "nucleus", "stimuli": "stimulus", "tophi": "tophus",
    "canaliculi": "canaliculus", "alveoli": "alveolus", "bacilli": "bacillus", "glomeruli": "glomerulus",
    "staphylococci": "staphylococcus", "streptococci": "streptococcus", "meningococci": "meningococcus",
    "gonococci": "gonococcus", "pneumococci": "pneumococcus", "enterococci": "enterococcus",
    "ganglia": "ganglion", "paraganglia": "paraganglion", "criteria": "criterion", "foramina": "foramen",
    "diverticula": "diverticulum", "septa": "septum", "atria": "atrium", "bacteria": "bacterium",
    "plasmodia": "plasmodium", "labia": "labium", "ova": "ovum", "phenomena": "phenomenon",
    "carcinomata": "carcinoma", "stomata": "stoma", "sarcomata": "sarcoma",
  ]

  /// The singular of a folded word, or the word itself when it is not a recognized plural.
  ///
  /// Rules, after the irregular and singular lists: `-viruses` → `-virus`; `-ies` → `-y`; `-sses`, `-xes`, `-ches` (not
  /// `-aches`), `-shes`, `-zzes` → drop `es`; `-oses` → `-osis` (`stenoses`, `diagnoses`; not
  /// `doses`, `-poses`, sugars); `-iases` → `-iasis`; `-yses` → `-ysis`; words ending in `ss`, `is`,
  /// `us` or `'` stay; any other `-s` → drop `s`. Words shorter than 4 letters stay.
  /// - Parameter word: A folded word of ASCII letters.
  /// - Complexity: O(*n*) in the length of `word`.
  static func singular(_ word: String) -> String {
    let length = word.utf8.count
    guard length >= 4 else { return word }
    if let singular = irregular[word] { return singular }
    guard let last = word.utf8.last, last == UInt8(ascii: "s"), !singulars.contains(word) else { return word }
    if word.hasSuffix("ss") || word.hasSuffix("is") || word.hasSuffix("us") { return word }
    if word.hasSuffix("viruses") { return String(word.dropLast(2)) }
    if word.hasSuffix("ies") { return length >= 5 ? String(word.dropLast(3)) + "y" : word }
    if word.hasSuffix("sses") || word.hasSuffix("xes") || word.hasSuffix("shes") || word.hasSuffix("zzes")
      || (word.hasSuffix("ches") && !word.hasSuffix("aches"))
    {
      return String(word.dropLast(2))
    }
    if word.hasSuffix("oses"), length >= 7, !isSingularInOse(word) { return String(word.dropLast(2)) + "is" }
    if word.hasSuffix("iases"), length >= 8 { return String(word.dropLast(2)) + "is" }
    if word.hasSuffix("yses") { return String(word.dropLast(2)) + "is" }
    return String(word.dropLast())
  }

  /// Words in `-oses` that are plurals of `-ose` words, not of `-osis` ones.
  private static func isSingularInOse(_ word: String) -> Bool {
    word.hasSuffix("poses") || word.hasSuffix("closes") || word == "overdoses" || word == "underdoses"
      || ["glucoses", "lactoses", "fructoses", "sucroses", "maltoses", "galactoses", "celluloses"].contains(word)
  }
}
