// The mutation handlers by name: the one list of what a device may ask the server to do.
import type { MutationName } from '../../../protocol/sync';
import { alarmAcknowledge, alarmResolve, residentIssueDeviceToken } from './alarm-console';
import { alarmRaise } from './alarm-raise';
import { alarmAccept, alarmDecline, alarmUpdate } from './alarm-respond';
import { callerSetClass } from './caller-set-class';
import { companyCreate, companyUpdate } from './company-mutations';
import {
  deviceClassifyCode,
  deviceRegister,
  deviceUpdate,
  technicalAlarmAcknowledge,
  technicalAlarmClear,
} from './device-mutations';
import { dutySet } from './duty-set';
import type { MutationHandler } from './mutation-context';
import { orderAddNote } from './order-add-note';
import { orderCallBack, orderCancel, orderClose, orderVerify } from './order-centre';
import { orderComplete } from './order-complete';
import { orderCreate } from './order-create';
import { orderAssign, orderDispatch, orderRecommend } from './order-dispatch';
import { orderDecideExtension, orderRequestExtension } from './order-extension';
import { orderAccept, orderArrive, orderCannotComplete, orderReturn, orderStartTravel } from './order-work';
import { residentCreate, residentUpdate } from './resident-mutations';
import { volunteerCreate, volunteerUpdate } from './volunteer-mutations';

export const mutationHandlers: { [N in MutationName]: MutationHandler<never> } = {
  'duty.set': dutySet as MutationHandler<never>,
  'order.addNote': orderAddNote as MutationHandler<never>,
  'order.create': orderCreate as MutationHandler<never>,
  'order.dispatch': orderDispatch as MutationHandler<never>,
  'order.recommend': orderRecommend as MutationHandler<never>,
  'order.assign': orderAssign as MutationHandler<never>,
  'order.accept': orderAccept as MutationHandler<never>,
  'order.return': orderReturn as MutationHandler<never>,
  'order.startTravel': orderStartTravel as MutationHandler<never>,
  'order.arrive': orderArrive as MutationHandler<never>,
  'order.complete': orderComplete as MutationHandler<never>,
  'order.cannotComplete': orderCannotComplete as MutationHandler<never>,
  'order.requestExtension': orderRequestExtension as MutationHandler<never>,
  'order.decideExtension': orderDecideExtension as MutationHandler<never>,
  'order.verify': orderVerify as MutationHandler<never>,
  'order.callBack': orderCallBack as MutationHandler<never>,
  'order.close': orderClose as MutationHandler<never>,
  'order.cancel': orderCancel as MutationHandler<never>,
  'company.create': companyCreate as MutationHandler<never>,
  'company.update': companyUpdate as MutationHandler<never>,
  'volunteer.create': volunteerCreate as MutationHandler<never>,
  'volunteer.update': volunteerUpdate as MutationHandler<never>,
  'resident.create': residentCreate as MutationHandler<never>,
  'resident.update': residentUpdate as MutationHandler<never>,
  'caller.setClass': callerSetClass as MutationHandler<never>,
  'alarm.raise': alarmRaise as MutationHandler<never>,
  'alarm.accept': alarmAccept as MutationHandler<never>,
  'alarm.decline': alarmDecline as MutationHandler<never>,
  'alarm.update': alarmUpdate as MutationHandler<never>,
  'alarm.acknowledge': alarmAcknowledge as MutationHandler<never>,
  'alarm.resolve': alarmResolve as MutationHandler<never>,
  'resident.issueDeviceToken': residentIssueDeviceToken as MutationHandler<never>,
  'device.register': deviceRegister as MutationHandler<never>,
  'device.update': deviceUpdate as MutationHandler<never>,
  'device.classifyCode': deviceClassifyCode as MutationHandler<never>,
  'technicalAlarm.acknowledge': technicalAlarmAcknowledge as MutationHandler<never>,
  'technicalAlarm.clear': technicalAlarmClear as MutationHandler<never>,
};
