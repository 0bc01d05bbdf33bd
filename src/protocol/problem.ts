// The problem body every 4xx/5xx answer and every refused mutation carries (SEC-3, ARCHITECTURE §4).
import { z } from 'zod';

export const problemBody = z.object({
  code: z.string(),
  field: z.string().optional(),
  message: z.string(),
});
export type ProblemBody = z.infer<typeof problemBody>;

export const errorResponse = z.object({ problem: problemBody });
export type ErrorResponse = z.infer<typeof errorResponse>;
