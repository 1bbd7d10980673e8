import Testing

@testable import CodeFind

/// Every check of ``ClaimValidator`` on real codes of the shipped data.
@Suite("Claim validation on the shipped data")
struct ClaimValidatorTests {
  static let validator = ClaimValidator(index: ShippedIndex.reader)

  /// The shipped ICD-10-CM codes, by canonical key.
  static let icd10cm: [String: Code] = {
    let codes = ShippedIndex.contents.codeSets.first { $0.system.id == .icd10cm }?.codes ?? []
    return Dictionary(codes.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
  }()

  private func item(_ codes: [String], _ position: Int = 0) -> CodeValidation {
    Self.validator.validate(codes).items[position]
  }

  private func problems(_ codes: [String], _ position: Int = 0, kind: ValidationProblem.Kind) -> [ValidationProblem] {
    item(codes, position).problems.filter { $0.kind == kind }
  }

  /// Whether a display-form code is a real, billable ICD-10-CM code.
  private func isBillable(_ display: String) -> Bool {
    CodeKey.canonical(display).flatMap { Self.icd10cm[$0]?.isBillable } == true
  }

  @Test(arguments: ["E11.9", "e119", " E11.9 ", "E119"])
  func billableCodeInAnySpellingIsValid(_ spelling: String) {
    let result = Self.validator.validate([spelling, "Z79.4"])
    let first = result.items[0]
    #expect(first.input == spelling)
    #expect(first.code == "E11.9" && first.system == .icd10cm && first.isValid && first.isBillable)
    #expect(first.problems.isEmpty)
    #expect(!result.hasProblems)
  }

  @Test func unknownCodeSuggestsTypoCorrectionsFirst() {
    let letterForDigit = problems(["I1O"], kind: .unknown)
    #expect(letterForDigit.count == 1 && letterForDigit.first?.severity == .error)
    #expect(letterForDigit.first?.related.first == "I10")
    let extraDigit = problems(["E11.99"], kind: .unknown)
    #expect(extraDigit.first?.related.first == "E11.9")
    #expect(extraDigit.first?.message.contains("did you mean E11.9 (Type 2 diabetes mellitus without complications)") == true)
    let swapped = problems(["E19.1"], kind: .unknown)
    #expect(swapped.first?.related.contains("E11.9") == true)
    for suggestion in letterForDigit + extraDigit + swapped {
      #expect(suggestion.related.allSatisfy { !ShippedIndex.reader.ordinals(forKey: CodeKey.canonical($0) ?? "").isEmpty })
    }
    let unknown = item(["E11.99"])
    #expect(!unknown.isValid && unknown.code == nil && unknown.system == nil)
  }

  @Test func textThatIsNoCodeSpellingSaysSo() {
    let found = problems(["E11;9"], kind: .unknown)
    #expect(found.first?.message.contains("not a code spelling") == true)
    #expect(found.first?.related.isEmpty == true)
  }

  @Test func headerNamesItsBillableCodes() throws {
    let found = try #require(problems(["E11"], kind: .notBillable).first)
    let billable = Self.icd10cm.values.filter { $0.key.hasPrefix("E11") && $0.isBillable }.count
    #expect(found.severity == .error)
    #expect(found.message.hasPrefix("E11 is a category header, not billable: use one of its \(billable) billable codes, such as "))
    #expect(found.related.contains("E11.9"))
    #expect(found.related.allSatisfy { isBillable($0) && $0.hasPrefix("E11.") })
    let subcategory = try #require(problems(["N18.3"], kind: .notBillable).first)
    #expect(subcategory.message.contains("subcategory header") && Set(subcategory.related) == ["N18.30", "N18.31", "N18.32"])
    #expect(!item(["E11"]).isBillable && item(["E11"]).isValid)
  }

  @Test func headerThatTakesASeventhCharacterSaysWhichOnes() throws {
    let fracture = try #require(problems(["S72.001"], kind: .missingSeventhCharacter).first)
    #expect(fracture.related == ["S72.001A", "S72.001D", "S72.001S"])
    #expect(fracture.message.contains("S72.001A (initial encounter for closed fracture)"))
    let children = Self.icd10cm["S72001"]?.children.count ?? 0
    #expect(fracture.message.contains("or one of \(children - 3) more"))
    #expect(problems(["S72.001"], kind: .notBillable).isEmpty)
    let padded = try #require(problems(["W21.89"], kind: .missingSeventhCharacter).first)
    #expect(padded.message.contains("needs the placeholder X and a 7th character"))
    #expect(padded.related == ["W21.89XA", "W21.89XD", "W21.89XS"])
    let category = try #require(problems(["T07"], kind: .missingSeventhCharacter).first)
    #expect(category.related == ["T07.XXXA", "T07.XXXD", "T07.XXXS"])
    let placeholderWithoutCharacter = try #require(problems(["W21.89X"], kind: .missingSeventhCharacter).first)
    #expect(placeholderWithoutCharacter.related.first == "W21.89XA")
  }

  @Test func wrongPlaceholdersNameTheCodeMeant() throws {
    let missing = try #require(problems(["W21.89A"], kind: .placeholder).first)
    #expect(missing.severity == .error && missing.related == ["W21.89XA"])
    #expect(missing.message.contains("missing the placeholder X"))
    let tooMany = try #require(problems(["T07XXXXD"], kind: .placeholder).first)
    #expect(tooMany.related == ["T07.XXXD"] && tooMany.message.contains("too many"))
    for code in missing.related + tooMany.related { #expect(isBillable(code)) }
    #expect(problems(["W21.89A"], kind: .unknown).isEmpty)
  }

  @Test func seventhCharacterTheCategoryDoesNotDefine() throws {
    let fracture = try #require(problems(["S72.001Z"], kind: .invalidSeventhCharacter).first)
    #expect(fracture.message.contains("Z is not a 7th character of S72.001"))
    #expect(fracture.related.allSatisfy(isBillable))
    // S06.1X7 takes only A (the tabular list's note excludes D and S there).
    let edema = try #require(problems(["S06.1X7D"], kind: .invalidSeventhCharacter).first)
    #expect(edema.message.contains("(which takes A)") && edema.related == ["S06.1X7A"])
  }

  @Test func excludes1ConflictQuotesTheNoteOnBothCodes() throws {
    let result = Self.validator.validate(["E11.9", "E10.9"])
    let type2 = try #require(result.items[0].problems.first { $0.kind == .excludes1 })
    #expect(type2.severity == .error && type2.related == ["E10.9"])
    #expect(type2.message.contains("the Excludes1 note of E11 (it applies to E11.9) reads \"type 1 diabetes mellitus (E10.-)\""))
    let type1 = try #require(result.items[1].problems.first { $0.kind == .excludes1 })
    #expect(type1.related == ["E11.9"])
    #expect(result.hasProblems)
    #expect(problems(["F32.9", "F33.9"], kind: .excludes1).first?.related == ["F33.9"])
  }

  @Test func excludes1QualifierNarrowsTheRange() {
    // G63 excludes "diabetes mellitus (E08-E13 with .42)": E11.42 conflicts, E11.9 does not.
    #expect(problems(["E11.42", "G63"], 1, kind: .excludes1).first?.related == ["E11.42"])
    #expect(problems(["E11.9", "G63"], 1, kind: .excludes1).isEmpty)
  }

  @Test func excludes2IsInformation() throws {
    let found = try #require(problems(["E85.4", "G63"], 1, kind: .excludes2).first)
    #expect(found.severity == .information && found.related == ["E85.4"])
    #expect(found.message.contains("\"endocrine, nutritional and metabolic diseases (E00-E88)\""))
    #expect(!Self.validator.validate(["E85.4", "G63"]).hasProblems)
  }

  @Test func manifestationCodeNeedsItsUnderlyingConditionFirst() throws {
    let alone = try #require(problems(["G63"], kind: .codeFirst).first)
    #expect(alone.severity == .warning && alone.message.contains("G63 is a manifestation code"))
    #expect(alone.related.contains("E85.-"))
    #expect(problems(["E85.4", "G63"], 1, kind: .codeFirst).isEmpty)
    let after = try #require(problems(["G63", "E85.4"], kind: .codeFirst).first)
    #expect(after.message.contains("listed before its underlying condition E85.4") && after.related == ["E85.4"])
    // CKD: "code first any associated … hypertensive chronic kidney disease (I12.-, I13.-)".
    #expect(problems(["I12.9", "N18.30"], 1, kind: .codeFirst).isEmpty)
    #expect(problems(["N18.30", "I12.9"], kind: .codeFirst).first?.related == ["I12.9"])
  }

  @Test func useAdditionalCodeRemindsUntilTheClaimHasOne() throws {
    let reminder = try #require(problems(["E11.9"], kind: .useAdditionalCode).first)
    #expect(reminder.severity == .information && reminder.related.contains("Z79.4"))
    #expect(reminder.message.contains("insulin (Z79.4)"))
    #expect(!Self.validator.validate(["E11.9"]).hasProblems)
    #expect(problems(["E11.9", "Z79.4"], kind: .useAdditionalCode).isEmpty)
  }

  @Test func codeOfTwoSystemsSaysWhichWasChecked() throws {
    let alone = item(["B20"])
    let found = try #require(alone.problems.first { $0.kind == .ambiguousSystem })
    #expect(found.severity == .warning && alone.system == .icd10cm && alone.isBillable)
    #expect(found.message.contains("ICD-10-CM 2026 (Human immunodeficiency virus [HIV] disease)") && found.message.contains("ICD-10-PCS"))
    #expect(found.related == ["icd10pcs:B20"])
    let besideProcedure = item(["B20", "0DTJ4ZZ"])
    #expect(besideProcedure.system == .icd10pcs && !besideProcedure.isBillable)
    #expect(besideProcedure.problems.contains { $0.kind == .ambiguousSystem && $0.severity == .information })
    #expect(item(["B20", "I10"]).problems.contains { $0.kind == .ambiguousSystem && $0.severity == .information })
  }

  @Test func repeatedCodeIsFlaggedOnItsRepeatsOnly() throws {
    let result = Self.validator.validate(["E11.9", "I10", "e119", "E11.9", "I10.", "E11.8"])
    #expect(result.items.map { $0.problems.filter { $0.kind == .duplicate }.count } == [0, 0, 1, 1, 1, 0])
    let repeated = try #require(result.items[2].problems.first { $0.kind == .duplicate })
    #expect(repeated.severity == .warning && repeated.related == ["E11.9"])
    #expect(repeated.message.contains("E11.9 is already on this claim (code 1)"))
    #expect(item(["I10", "I10."], 1).problems.first { $0.kind == .duplicate }?.message.contains("(code 1)") == true)
    // Unknown inputs are no codes, so they are not repeats of each other.
    #expect(problems(["E11.99", "E11.99"], 1, kind: .duplicate).isEmpty)
  }

  @Test func problemsAreListedMostSeriousFirst() {
    for codes in [["G63", "E11.42"], ["N18.3", "I12.9"], ["E11"]] {
      for item in Self.validator.validate(codes).items {
        let ranks = item.problems.map(\.severity.rank)
        #expect(ranks == ranks.sorted(), "\(codes)")
      }
    }
  }
}
