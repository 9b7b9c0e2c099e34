/** For platform admins: recompute the audit hash chain and say whether it is intact. */
import { useState } from 'react';
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { api } from '../../api/endpoints.ts';
import type { AuditVerification } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';

type VerifyState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; result: AuditVerification }
  | { kind: 'failed'; error: unknown };

export function VerifyChain() {
  const t = useT();
  const [state, setState] = useState<VerifyState>({ kind: 'idle' });

  async function verify() {
    setState({ kind: 'running' });
    try {
      setState({ kind: 'done', result: await api.verifyAudit() });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  }

  return (
    <section className="panel" aria-labelledby="verify-heading">
      <SectionHeading id="verify-heading" className="panel__heading">
        {t('audit.verify.heading')}
      </SectionHeading>
      <Paragraph>{t('audit.verify.intro')}</Paragraph>
      {state.kind === 'running' ? (
        <Button loading ariaLoadingText={t('audit.verify.running')}>
          {t('audit.verify.running')}
        </Button>
      ) : (
        <Button variant="secondary" onClick={() => void verify()}>
          {t('audit.verify.button')}
        </Button>
      )}
      <div aria-live="polite" className="verify-result">
        {state.kind === 'done' && state.result.ok && (
          <InlineAlert status="neutral">
            {t('audit.verify.ok', { rows: state.result.rows, head: state.result.headSeq })}
          </InlineAlert>
        )}
        {state.kind === 'done' && !state.result.ok && (
          <InlineAlert status="error">
            {t('audit.verify.broken', {
              seq: state.result.firstBroken?.seq ?? '?',
              reason: state.result.firstBroken?.reason ?? '',
            })}
          </InlineAlert>
        )}
      </div>
      {state.kind === 'failed' && <ErrorAlert error={state.error} />}
    </section>
  );
}
