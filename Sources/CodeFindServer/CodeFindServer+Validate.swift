import CodeFind
import CodeFindProtocol

extension CodeFindServer {
  /// `validate`: ``ClaimValidator/validate(_:)`` on the request's codes, checked together as one claim.
  func validate(_ request: ValidateRequest) -> ValidateResponse {
    ValidateResponse(
      items: validator.validate(request.codes).items.map { item in
        ValidateResponse.Item(
          input: item.input, code: item.code, valid: item.isValid, billable: item.isBillable,
          problems: item.problems.map { ValidateResponse.Problem(kind: $0.kind.rawValue, message: $0.message, related: $0.related) })
      })
  }
}
