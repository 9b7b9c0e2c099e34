/** Tapahtumaloki: audit rows for platform and authority admins, with the chain check for the former. */
import { Button, Paragraph } from 'suomifi-ui-components';
import { useMe } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { AuditTable } from './AuditTable.tsx';
import { AUDIT_VERIFY_ROLES, hasAnyRole } from './audit.access.ts';
import { useAuditLog } from './useAuditLog.ts';
import { VerifyChain } from './VerifyChain.tsx';
import './audit.css';

export function AuditPage() {
  const t = useT();
  const me = useMe();
  const log = useAuditLog();
  const seesAll = me.roles.includes('platform_admin');

  return (
    <>
      <PageHeading>{t('audit.title')}</PageHeading>
      <Paragraph className="lead">{t('audit.intro')}</Paragraph>
      <Paragraph>{seesAll ? t('audit.scopeAll') : t('audit.scopeOwn')}</Paragraph>
      {hasAnyRole(me.roles, AUDIT_VERIFY_ROLES) && <VerifyChain />}
      {log.rows.length > 0 && <AuditTable rows={log.rows} />}
      {!log.loading && !log.error && log.rows.length === 0 && <Paragraph>{t('audit.empty')}</Paragraph>}
      <div className="audit-footer">
        <p aria-live="polite" className="result-count">
          {log.rows.length > 0 && t(log.complete ? 'audit.end' : 'audit.shown', { count: log.rows.length })}
        </p>
        {log.loading && <Loading />}
        {log.error !== null && <ErrorAlert error={log.error} onRetry={log.loadMore} />}
        {!log.complete && !log.loading && log.error === null && log.rows.length > 0 && (
          <Button variant="secondary" onClick={log.loadMore}>
            {t('audit.loadMore')}
          </Button>
        )}
      </div>
    </>
  );
}
