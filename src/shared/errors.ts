// The few domain errors services throw. One handler (http/problems.ts) turns each into
// application/problem+json; services never build HTTP replies themselves.
export interface FieldError {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail);
  }
}

export class NotFound extends DomainError {
  constructor(what = 'Resource', detail?: string) {
    super(404, 'Not Found', detail ?? `${what} not found`);
  }
}
export class Unauthorized extends DomainError {
  constructor(detail = 'Sign in to continue') {
    super(401, 'Unauthorized', detail);
  }
}
export class Forbidden extends DomainError {
  constructor(detail = 'You may not do this') {
    super(403, 'Forbidden', detail);
  }
}
export class Conflict extends DomainError {
  constructor(detail: string, errors?: FieldError[]) {
    super(409, 'Conflict', detail, errors);
  }
}
export class Invalid extends DomainError {
  constructor(errors: FieldError[], detail?: string) {
    super(400, 'Bad Request', detail ?? errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
  }
}
export class TooManyRequests extends DomainError {
  constructor(
    detail: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, 'Too Many Requests', detail);
  }
}
