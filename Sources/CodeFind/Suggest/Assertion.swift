/// What a record says about a condition it mentions: the patient has it, does not, might, had it,
/// or a relative has it. The wire values of `suggest` (protocol.md) are the raw values.
public enum Assertion: String, Sendable, Hashable, CaseIterable, Codable {
  /// The patient has the condition (`Assessment: pneumonia`).
  case present
  /// The record denies or rules it out (`denies chest pain`, `no fever`, `PE ruled out`).
  case negated
  /// The record is uncertain (`possible`, `suspected`, `r/o`, `concern for`).
  case possible
  /// The patient had it and it is over, or a procedure was done (`history of`, `s/p`, `resolved`).
  case history
  /// A relative has or had it (`family history of`, `mother had`): it leads to a family-history
  /// code (Z80–Z84), never to the condition's own code.
  case family
}
