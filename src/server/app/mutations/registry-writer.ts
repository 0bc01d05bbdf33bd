// The registry write identity of a pushed mutation: its transaction, audit context, time and mutation id.
import type { RegistryWriter } from '../registry/record-writes';
import type { MutationContext } from './mutation-context';

export function registryWriterOf(ctx: MutationContext): RegistryWriter {
  return { tx: ctx.tx, audit: ctx.audit, now: ctx.now, mutationId: ctx.mutationId };
}
