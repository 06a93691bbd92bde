/**
 * Expected failures the data layer reports; routes turn them into 404s, 409s and form messages. There is
 * no "forbidden": a refusal is NotFoundError (db/scope.ts), so it cannot tell that a row exists.
 */
export class NotFoundError extends Error {
  constructor(what = 'Not found') {
    super(what);
    this.name = 'NotFoundError';
  }
}

export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** A rule of the domain refused the change; `fieldErrors` name the fields at fault. */
export class DomainError extends Error {
  constructor(
    message: string,
    public fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
