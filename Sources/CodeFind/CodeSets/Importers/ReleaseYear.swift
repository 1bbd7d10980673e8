/// The release year that official file names carry (`icd10pcs-codes-2024.txt`,
/// `HCPC2024_JAN_ANWEB.txt`, `cpt-2026.csv`), used as a code set's version when none is given.
enum ReleaseYear {
  /// The first run of exactly four digits in the file's name (not its folders) that reads as a year
  /// from 1900 to 2099.
  /// - Parameter path: A file path or name.
  /// - Returns: The year as written, for example `"2024"`, or `nil` when the name has none.
  static func inFileName(of path: String) -> String? {
    let name = path.split(separator: "/").last ?? Substring(path)
    var run: [Character] = []
    for character in name + "." {
      if character.isASCII, character.isNumber {
        run.append(character)
        continue
      }
      if run.count == 4, run[0] == "1" && run[1] == "9" || run[0] == "2" && run[1] == "0" {
        return String(run)
      }
      run.removeAll()
    }
    return nil
  }
}
