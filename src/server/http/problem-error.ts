// Turns problems into HTTP answers (SEC-3): a thrown ProblemError becomes {problem: {code, field, message}} with the
// catalogue's status, in the caller's language. Also maps a zod failure to the first field it names.
import type { ZodError, ZodType } from 'zod';
import {
  type Lang,
  type Problem,
  type ProblemCode,
  problem,
  problemMessage,
  problemStatus,
} from '../../domain/common/problems';

export class ProblemError extends Error {
  readonly problem: Problem;
  readonly statusCode: number;
  constructor(p: Problem) {
    super(p.code);
    this.problem = p;
    this.statusCode = problemStatus(p.code);
  }
}

export function raise(code: ProblemCode, field?: string, params?: Record<string, string | number>): never {
  throw new ProblemError(problem(code, field, params));
}

export function problemBody(p: Problem, lang: Lang) {
  return { problem: { code: p.code, ...(p.field ? { field: p.field } : {}), message: problemMessage(p, lang) } };
}

/** The first zod issue as a catalogue problem; a value missing at the issue's path is "required". */
export function problemFromZod(error: ZodError, input: unknown): Problem {
  const issue = error.issues[0];
  if (!issue) return problem('request.invalid');
  const field = issue.path.map(String).join('.') || undefined;
  if (field && valueAt(input, issue.path) === undefined) return problem('field.required', field);
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return problem('field.too_long', field, { max: Number(issue.maximum) });
  }
  if (!field) return problem('request.invalid');
  return problem('field.invalid', field, { detail: issue.message });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Fastify validator compiler for zod schemas: an absent body is checked as {} so the first missing field is named. */
export function zodValidatorCompiler({ schema }: { schema: unknown }) {
  const zodSchema = schema as ZodType;
  return (data: unknown) => {
    const input = data === undefined || data === null ? {} : data;
    const result = zodSchema.safeParse(input);
    if (result.success) return { value: result.data };
    return { error: new ProblemError(problemFromZod(result.error, input)) };
  };
}
