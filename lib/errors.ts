/** Expected failures the data layer reports; routes turn them into 404s, 409s and form messages. */
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

export class ForbiddenError extends Error {
  constructor(message = 'You are not allowed to do that.') {
    super(message);
    this.name = 'ForbiddenError';
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
