/// A code system: one official (or user-supplied) classification such as ICD-10-CM or ICD-10-PCS.
///
/// A system is identified by a short lowercase ``ID`` (`icd10cm`, `icd10pcs`, `hcpcs`, `cpt`, or a
/// user's own name) and carries a human name and a release version.
public struct CodeSystem: Sendable, Hashable, Codable {
  /// A short, stable, lowercase identifier of a code system, as used on the wire (`"icd10cm"`).
  public struct ID: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The identifier's text.
    public var rawValue: String

    /// Creates an identifier from its text, lowercased.
    /// - Parameter rawValue: The identifier, for example `"icd10cm"`.
    public init(rawValue: String) { self.rawValue = rawValue.lowercased() }

    /// Creates an identifier from its text, lowercased.
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }

    /// ICD-10-CM, the US clinical modification of ICD-10 for diagnoses.
    public static let icd10cm = ID("icd10cm")
    /// ICD-10-PCS, the US procedure coding system for inpatient procedures.
    public static let icd10pcs = ID("icd10pcs")
    /// HCPCS Level II, CMS's codes for supplies, drugs and services.
    public static let hcpcs = ID("hcpcs")
    /// CPT (HCPCS Level I), licensed by the AMA: supported only as a user-supplied file.
    public static let cpt = ID("cpt")

    public var description: String { rawValue }
    public static func < (lhs: ID, rhs: ID) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// The system's identifier.
  public var id: ID
  /// The system's human name, for example "ICD-10-CM".
  public var name: String
  /// The release, for example "2026" for the FY2026 files.
  public var version: String

  /// Creates a code system description.
  /// - Parameters:
  ///   - id: The short identifier.
  ///   - name: The human name.
  ///   - version: The release version.
  public init(id: ID, name: String, version: String) {
    self.id = id
    self.name = name
    self.version = version
  }
}
