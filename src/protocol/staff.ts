// GET /api/staff (ORD-2, FLD-3): the field workers a user may hand orders to. A vendor manager gets its company's
// technicians; centre staff get every active field worker. Must hold shapes only; scope is decided by the server.
import { z } from 'zod';

export const staffMember = z.object({
  userId: z.string(),
  displayName: z.string(),
  phone: z.string(),
  companyId: z.string().nullable(),
  volunteerId: z.string().nullable(),
  /** Skills of the linked volunteer record (service category ids); empty when none. */
  skillIds: z.array(z.string()),
  onDuty: z.boolean(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  dutyAt: z.string().nullable(),
  /** Open orders assigned to the worker now (accepted, en route, on site, or dispatched to them). */
  openOrders: z.number().int(),
});
export type StaffMember = z.infer<typeof staffMember>;

export const staffResponse = z.object({ staff: z.array(staffMember) });
export type StaffResponse = z.infer<typeof staffResponse>;
