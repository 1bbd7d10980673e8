import CodeFind
import CodeFindProtocol

extension CodeFindServer {
  /// `validate`: ``ClaimValidator/validate(_:isCancelled:)`` on the request's codes, checked together
  /// as one claim.
  /// - Throws: `-32800` when the client cancels the request while it runs.
  func validate(_ request: ValidateRequest) throws(ResponseError) -> ValidateResponse {
    let validation = validator.validate(request.codes, isCancelled: isCancelled)
    if isCancelled() { throw .cancelled }
    return ValidateResponse(
      items: validation.items.map { item in
        ValidateResponse.Item(
          input: item.input, code: item.code, valid: item.isValid, billable: item.isBillable,
          problems: item.problems.map { ValidateResponse.Problem(kind: $0.kind.rawValue, message: $0.message, related: $0.related) })
      })
  }
}
