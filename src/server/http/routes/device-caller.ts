// Resident one-touch devices on the HTTP side (ALM-1, SEC-1): turns `Authorization: Device <token>` into a push
// caller that may raise alarms only, and answers GET /api/resident/alarm. Must not accept a session token here.
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../../domain/access/roles';
import type { ResidentAlarmStatus } from '../../../protocol/alarms';
import type { SessionUser } from '../../../protocol/auth';
import { deviceTokenOf, findDeviceResident } from '../../app/alarms/device-tokens';
import type { AuditContext } from '../../app/audit';
import type { Store } from '../../store/store';
import { raise } from '../problem-error';

export async function deviceCaller(
  store: Store,
  header: string | undefined,
): Promise<{ user: SessionUser; actor: Actor; audit: AuditContext; device: { residentId: string } }> {
  const token = deviceTokenOf(header);
  const found = token ? await findDeviceResident(store, token) : null;
  if (!found) raise('auth.required');
  // A device is no account: this stand-in has no role permissions; push lets it raise its resident's alarm only.
  const id = `device:${found.residentId}`;
  const user: SessionUser = {
    id,
    username: id,
    displayName: found.name,
    role: 'department_officer',
    companyId: null,
    volunteerId: null,
    communityIds: [],
  };
  const actor: Actor = { userId: id, role: 'department_officer', companyId: null, communityIds: [] };
  const audit: AuditContext = { userId: null, username: id, ip: '', userAgent: 'resident-device' };
  return { user, actor, audit, device: { residentId: found.residentId } };
}

export function registerResidentRoutes(app: FastifyInstance, deps: { store: Store }) {
  app.get('/api/resident/alarm', { config: { access: 'public' } }, async (request): Promise<ResidentAlarmStatus> => {
    const token = deviceTokenOf(request.headers.authorization);
    const found = token ? await findDeviceResident(deps.store, token) : null;
    if (!found) raise('auth.required');
    const [a] = await deps.store.query<{
      id: string;
      status: ResidentAlarmStatus['alarm'] extends infer A ? (A extends { status: infer S } ? S : never) : never;
      raised_at: Date;
      name: string | null;
      phone: string | null;
    }>(
      `select a.id, a.status, a.raised_at, u.display_name as name, u.phone from alarms a
         left join users u on u.id = a.accepted_by
        where a.resident_id = $1 order by a.raised_at desc limit 1`,
      [found.residentId],
    );
    return {
      alarm: a
        ? {
            id: a.id,
            status: a.status,
            raisedAt: new Date(a.raised_at).toISOString(),
            responder: a.name !== null ? { name: a.name, phone: a.phone ?? '' } : null,
          }
        : null,
      resident: { name: found.name },
    };
  });
}
