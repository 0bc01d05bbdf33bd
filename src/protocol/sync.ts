// The sync wire contract (SYN-1..3, ARCHITECTURE §4): mutations, push request and results, and each mutation's
// argument schema. A mutation's args are checked here by name; the rules that decide live in src/domain.
import { z } from 'zod';
import { alarmMutationArgs } from './alarms';
import { deviceMutationArgs } from './devices';
import { orderMutationArgs } from './orders';
import { problemBody } from './problem';
import { registryMutationArgs } from './registry';

export const mutation = z.object({
  id: z.uuid(),
  name: z.string().min(1).max(64),
  args: z.unknown(),
  /** Device time when the user acted; recorded as evidence, never trusted for ordering. */
  at: z.iso.datetime({ offset: true }),
});
export type Mutation = z.infer<typeof mutation>;

export const pushRequest = z.object({
  protocol: z.number().int().min(0),
  clientId: z.string().min(8).max(64),
  mutations: z.array(mutation).max(1000),
});
export type PushRequest = z.infer<typeof pushRequest>;

export const mutationResult = z.object({
  id: z.string(),
  status: z.enum(['applied', 'rejected']),
  problem: problemBody.optional(),
  value: z.unknown().optional(),
});
export type MutationResult = z.infer<typeof mutationResult>;

/** Results in request order. A mutation with no result was not processed (a server fault): push it again. */
export const pushResponse = z.object({ results: z.array(mutationResult) });
export type PushResponse = z.infer<typeof pushResponse>;

const position = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  accuracy: z.number().min(0).max(100_000),
});

export const mutationArgs = {
  'duty.set': z.object({ onDuty: z.boolean(), position: position.optional() }),
  'order.addNote': z.object({ orderId: z.string().min(1).max(64), text: z.string().trim().min(1).max(2000) }),
  ...orderMutationArgs,
  ...deviceMutationArgs,
  ...registryMutationArgs,
  ...alarmMutationArgs,
} as const;
export type MutationName = keyof typeof mutationArgs;
export type ArgsOf<N extends MutationName> = z.infer<(typeof mutationArgs)[N]>;

export function isMutationName(name: string): name is MutationName {
  return Object.hasOwn(mutationArgs, name);
}
