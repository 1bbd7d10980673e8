/// The query set `codefind bench` runs when no file is given: a mix of what people type into a
/// lookup box, eight of each kind, so that no kind dominates the percentiles.
///
/// Kinds: `code` (codes and code prefixes in several spellings, both systems), `1 word` to
/// `4 words` (diagnoses and procedures as coders and patients name them, abbreviations included;
/// an unfinished last word is completed as a prefix), and `typo` (misspelled words).
public enum BuiltInQueries {
  /// The queries, grouped by kind in the order above.
  public static let all: [BenchQuery] =
    group("code", ["E11.40", "e1140", "J18.", "I10", "S72.001A", "0dtj", "0DTJ4ZZ", "M54.5"])
    + group("1 word", ["pneumonia", "asthma", "appendectomy", "hypertension", "diab", "fracture", "migraine", "copd"])
    + group("2 words", ["chest pain", "heart attack", "lap appy", "kidney stone", "pink eye", "bells palsy", "sleep apnea", "broken wrist"])
    + group("3 words", [
      "type 2 diabetes", "acute kidney failure", "fx distal radius", "major depressive disorder", "chronic low back",
      "total knee replacement", "urinary tract infection", "atrial fibrillation unspecified",
    ])
    + group("4 words", [
      "diab typ 2 neuro", "fx l distal radius", "acute on chronic systolic", "stage 3 chronic kidney",
      "open reduction femur fracture", "copd with acute exacerbation", "laparoscopic removal of gallbladder",
      "pressure ulcer of sacrum",
    ])
    + group("typo", ["pnuemonia", "diabetis", "hypertention", "asthama", "arthritus", "cellulitus", "apendicitis", "migrane"])

  /// The kinds, in order.
  public static let kinds = ["code", "1 word", "2 words", "3 words", "4 words", "typo"]

  private static func group(_ kind: String, _ texts: [String]) -> [BenchQuery] {
    texts.map { BenchQuery($0, kind: kind) }
  }
}
