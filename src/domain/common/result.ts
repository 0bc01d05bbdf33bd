// Result values for rules that can refuse: a rule returns a problem instead of throwing.
// Must not carry transport details (HTTP status lives with the catalogue, not here).
import type { Problem } from './problems';

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(problem: Problem): Result<T> => ({ ok: false, problem });
