/// Classes of words that decide where mentions of conditions start and end in a record.
enum MentionWords {
  /// Words that are never part of a mention and separate mentions: the verbs, pronouns and
  /// clinical filler around condition names (`Patient has diabetes`, `admitted for pneumonia`).
  static let filler: Set<String> = [
    "patient", "pt", "he", "she", "they", "his", "her", "their", "has", "have", "had", "having", "is", "are", "was", "were",
    "be", "been", "being", "present", "presents", "presented", "presenting", "admit", "admitted", "admission", "report",
    "reports", "reported", "reporting", "state", "states", "stated", "note", "noted", "notes", "find", "found",
    "finding", "known", "diagnose", "diagnosed", "diagnosis", "dx", "continue", "continued", "continues", "start",
    "started", "starting", "stable", "well", "today", "now", "currently", "current", "also", "this", "that", "these",
    "it", "its", "improve", "improved", "improving", "worsen", "worsened", "worsening", "manage", "managed",
    "management", "treat", "treated", "treating", "treatment", "give", "given", "receive", "received", "underwent",
    "undergo", "plan", "will", "follow", "up", "daily", "mg", "mcg", "bid", "tid", "qid", "qd", "prn", "po", "iv",
    "home", "medication", "year", "yo", "y/o", "male", "female", "man", "woman", "who", "the", "a", "an", "and", "or",
    "on", "at", "for", "to", "by", "as", "from", "per", "via", "after", "before", "since", "during", "while", "then",
    "seen", "see", "evaluate", "evaluated", "evaluation", "likely", "consistent", "compatible", "showed", "shows", "show",
    "demonstrated", "revealed", "reveals", "confirmed", "confirms", "developed", "develop", "experienced", "complicated",
    "c/w", "pmh", "hpi", "ros", "assessment", "impression", "a/p", "ap", "discharge", "discharged", "admitting", "hospital",
    "course", "day", "days", "week", "weeks", "month", "months", "ago", "x", "we", "i", "my", "our", "you", "your", "mr", "mrs",
    "ms", "dr", "w/u", "workup", "check", "order", "ordered", "obtain", "obtained", "request", "requested",
    "nursing", "consult", "consulted", "recommend", "recommended", "include", "includes", "including", "significant",
    "notable", "remarkable", "unremarkable", "exam", "examination", "please", "again", "still", "very",
  ]

  /// Words that qualify a condition but never name one alone (`left`, `acute`, `stage`, numbers
  /// are qualifiers too), nor do body parts alone.
  static let qualifiers: Set<String> = [
    "left", "right", "bilateral", "acute", "chronic", "subacute", "severe", "mild", "moderate", "stage", "type", "grade",
    "class", "initial", "subsequent", "encounter", "sequela", "upper", "lower", "recurrent", "new", "onset", "other",
    "unspecified", "with", "without", "of", "in", "history", "status", "post", "mellitus", "disease", "disorder",
    "syndrome", "condition", "problem", "issue", "primary", "secondary", "uncomplicated", "complicated", "complication",
    "simple", "total", "partial", "complete", "large", "small", "multiple", "single", "level", "due", "site", "side",
    "sided", "anterior", "posterior", "medial", "lateral", "distal", "proximal", "superior", "inferior", "open",
    "closed", "body", "blood", "chest", "head", "neck", "back", "arm", "leg", "foot", "hand", "knee", "hip", "shoulder",
    "ankle", "wrist", "elbow", "finger", "toe", "abdomen", "abdominal", "lung", "heart", "kidney", "renal", "liver", "skin",
    "eye", "ear", "nose", "mouth", "throat", "face", "brain", "bone", "joint", "muscle", "artery", "vein", "urine",
    "rate", "test", "result", "lab", "labs", "weight", "normal", "low",
    "elevated", "decreased", "increased", "positive", "year", "old",
  ]

  /// Words elsewhere in a sentence that make a condition's code more specific: looked up with the
  /// mention (`Cellulitis, right lower leg`).
  static let specifiers: Set<String> = [
    "left", "right", "bilateral", "acute", "chronic", "subacute", "initial", "subsequent", "sequela", "recurrent",
    "intractable", "upper", "lower", "exacerbation", "systolic", "diastolic", "leg", "arm", "foot", "hand", "knee", "hip",
    "shoulder", "ankle", "wrist", "elbow", "lobe", "femur", "radius", "ulna", "tibia", "fibula", "humerus",
  ]
}
