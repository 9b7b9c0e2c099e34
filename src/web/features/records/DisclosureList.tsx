/**
 * The owner's view of who has received the record: recipient, purpose, legal basis, when, and whether
 * it was revoked — with Revoke, which asks once more before ending the recipient's access.
 */
import { useState } from 'react';
import { Button, Paragraph } from 'suomifi-ui-components';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { recordsApi } from './records.api.ts';
import type { Disclosure } from './records.types.ts';
import type { Names } from './useRecordsConfig.ts';

interface DisclosureListProps {
  disclosures: Disclosure[];
  names: Names;
  onChanged: () => void;
}

export function DisclosureList({ disclosures, names, onChanged }: DisclosureListProps) {
  const t = useT();
  const format = useFormat();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const revoke = async (id: string) => {
    setBusy(true);
    setError(null);
    try {
      await recordsApi.revoke(id);
      setConfirming(null);
      onChanged();
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  };

  const newestFirst = [...disclosures].sort((a, b) => b.disclosedAt.localeCompare(a.disclosedAt));
  const state = (d: Disclosure, recipient: string) => {
    if (d.revokedAt) {
      return (
        <span className="disclosure-state--revoked">
          {t('records.disclosures.revokedAt', { date: format.dateTime(d.revokedAt) })}
        </span>
      );
    }
    if (confirming === d.id) {
      return (
        <span className="disclosure-confirm">
          <Button variant="secondary" disabled={busy} onClick={() => void revoke(d.id)}>
            {t('records.disclosures.confirmRevoke', { recipient })}
          </Button>
          <Button variant="secondaryNoBorder" disabled={busy} onClick={() => setConfirming(null)}>
            {t('records.disclosures.keep')}
          </Button>
        </span>
      );
    }
    return (
      <span className="disclosure-state">
        <span className="disclosure-state--active">{t('records.disclosures.active')}</span>
        <Button
          variant="secondaryNoBorder"
          className="disclosure-revoke"
          aria-label={t('records.disclosures.revokeLabel', { recipient })}
          onClick={() => setConfirming(d.id)}
        >
          {t('records.disclosures.revoke')}
        </Button>
      </span>
    );
  };

  return (
    <section className="panel record-disclosures" aria-labelledby="record-disclosures-title">
      <h2 id="record-disclosures-title" className="record-section-title">
        {t('records.disclosures.title')}
      </h2>
      <Paragraph className="record-disclosures__intro">{t('records.disclosures.intro')}</Paragraph>
      {error !== null && <ErrorAlert error={error} />}
      {disclosures.length === 0 ? (
        <Paragraph>{t('records.disclosures.none')}</Paragraph>
      ) : (
        <table className="disclosures">
          <caption className="visually-hidden">{t('records.disclosures.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('records.disclosures.to')}</th>
              <th scope="col">{t('records.disclosures.purpose')}</th>
              <th scope="col">{t('records.disclosures.basis')}</th>
              <th scope="col">{t('records.disclosures.when')}</th>
              <th scope="col">{t('records.disclosures.state')}</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((d) => {
              const recipient = names.authority(d.toAuthority);
              return (
                <tr key={d.id} className={d.revokedAt ? 'disclosures__row--revoked' : undefined}>
                  <th scope="row" data-label={t('records.disclosures.to')}>
                    {recipient}
                  </th>
                  <td data-label={t('records.disclosures.purpose')}>{names.purpose(d.purpose)}</td>
                  <td data-label={t('records.disclosures.basis')}>{d.legalBasis}</td>
                  <td data-label={t('records.disclosures.when')}>
                    <time dateTime={d.disclosedAt}>{format.dateTime(d.disclosedAt)}</time>
                  </td>
                  <td data-label={t('records.disclosures.state')}>{state(d, recipient)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
