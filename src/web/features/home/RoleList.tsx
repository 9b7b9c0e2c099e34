/** The user's roles, each named and explained in plain words. */
import type { Role } from '../../../contracts/roles.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';

const ROLE_TEXT: Record<Role, { name: MessageKey; explain: MessageKey }> = {
  officer: { name: 'role.officer', explain: 'role.officer.explain' },
  analyst: { name: 'role.analyst', explain: 'role.analyst.explain' },
  operation_lead: { name: 'role.operation_lead', explain: 'role.operation_lead.explain' },
  authority_admin: { name: 'role.authority_admin', explain: 'role.authority_admin.explain' },
  platform_admin: { name: 'role.platform_admin', explain: 'role.platform_admin.explain' },
  content_editor: { name: 'role.content_editor', explain: 'role.content_editor.explain' },
};

export function RoleList({ roles }: { roles: readonly Role[] }) {
  const t = useT();
  return (
    <dl className="role-list">
      {roles.map((role) => (
        <div key={role} className="role-list__item">
          <dt>{t(ROLE_TEXT[role].name)}</dt>
          <dd>{t(ROLE_TEXT[role].explain)}</dd>
        </div>
      ))}
    </dl>
  );
}
