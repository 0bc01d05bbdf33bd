// Words a user's scope of work: the communities, company or city their account covers.
// Must only read the session user; names of companies and communities arrive with the registry sync.
import type { SessionUser } from '../../../protocol/auth';
import type { I18n } from '../../app/i18n/i18n-context';

export function describeScope(user: SessionUser, t: I18n['t']): string {
  switch (user.role) {
    case 'liaison': {
      const count = user.communityIds.length;
      if (count === 0) return t('scope.noCommunities');
      return count === 1 ? t('scope.community') : t('scope.communities', { count });
    }
    case 'vendor_manager':
      return t('scope.company');
    case 'field_worker':
      if (user.companyId) return t('scope.company');
      if (user.volunteerId) return t('scope.volunteer');
      return t('scope.assigned');
    case 'department_officer':
      return t('scope.department');
    case 'dispatcher':
    case 'supervisor':
    case 'admin':
    case 'inspector':
      return t('scope.citywide');
    default: {
      const never: never = user.role;
      return never;
    }
  }
}
