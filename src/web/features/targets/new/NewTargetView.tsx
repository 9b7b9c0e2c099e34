/**
 * Uusi kohde: a company, worksite or person owned by the user's authority. While the user types,
 * existing look-alikes are offered (MatchCandidates) so they link instead of duplicating. A worksite
 * can be linked to its company (CompanyPicker) as it is created. The business
 * ID is checked here by the server's own rule; everything else the server validates and its 400 is
 * shown by the field it names. An existing business ID (409) links to that company.
 */
import { type FormEvent, useState } from 'react';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  Dropdown,
  DropdownItem,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  TextInput,
} from 'suomifi-ui-components';
import { ApiError } from '../../../api/client.ts';
import { navigate } from '../../../app/router.ts';
import { AppLink, routeOnClick } from '../../../components/AppLink.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';
import { classificationLabel } from '../../records/labels.ts';
import { COMPANY_STATUSES, codeLabel, PERSON_ROLES, SITE_TYPES } from '../labels.ts';
import { targetsApi } from '../targets.api.ts';
import { newTargetPath, targetPath } from '../targets.routes.ts';
import type { TargetType } from '../targets.types.ts';
import { checkBusinessId } from './businessId.ts';
import { CompanyPicker } from './CompanyPicker.tsx';
import type { PickedCompany } from './companyPicker.ts';
import { MatchCandidates } from './MatchCandidates.tsx';
import {
  initialValues,
  matchQuestion,
  type TargetFormValues,
  toCompany,
  toPerson,
  toWorksite,
} from './newTargetForm.ts';

const TITLE: Record<TargetType, MessageKey> = {
  company: 'targets.new.company',
  worksite: 'targets.new.worksite',
  person: 'targets.new.person',
};
const TYPES: TargetType[] = ['company', 'worksite', 'person'];

/** The server names fields as `body.<field>`; the form's fields have the same names. */
function refusedFields(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return [];
  const issues = (error.details as { issues?: { field?: unknown }[] } | null)?.issues ?? [];
  return issues
    .map((issue) =>
      typeof issue.field === 'string' ? issue.field.replace(/^body\.?/, '').split('.')[0] : '',
    )
    .filter((field): field is string => Boolean(field));
}

export function NewTargetView({ type }: { type: TargetType }) {
  const t = useT();
  const [values, setValues] = useState<TargetFormValues>(() => initialValues(type));
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState<string[]>([]);
  const [existingId, setExistingId] = useState<string | null>(null);
  const [company, setCompany] = useState<PickedCompany | null>(null);

  const set = <K extends keyof TargetFormValues>(field: K, value: TargetFormValues[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setInvalid((previous) => previous.filter((f) => f !== field));
  };

  const idCheck = checkBusinessId(values.businessId);
  const idProblem =
    type !== 'company' || idCheck.ok || (!tried && values.businessId.trim().length < 9)
      ? null
      : idCheck.problem === 'format'
        ? t('targets.new.businessIdFormat')
        : idCheck.expected
          ? t('targets.new.businessIdCheck', { expected: idCheck.expected })
          : t('targets.new.businessIdNoSuch');
  const required = (field: keyof TargetFormValues) => tried && String(values[field]).trim() === '';
  const status = (field: keyof TargetFormValues, requiredField = false) =>
    (requiredField && required(field)) || invalid.includes(field)
      ? {
          status: 'error' as const,
          statusText: t(requiredField && required(field) ? 'targets.new.required' : 'targets.new.invalid'),
        }
      : {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setError(null);
    setExistingId(null);
    const missing =
      type === 'company'
        ? !idCheck.ok || !values.name.trim()
        : type === 'worksite'
          ? !values.name.trim()
          : !values.givenName.trim() || !values.familyName.trim();
    if (missing) return;
    setSaving(true);
    try {
      const created =
        type === 'company'
          ? await targetsApi.createCompany(toCompany(values))
          : type === 'worksite'
            ? await targetsApi.createWorksite(toWorksite(values, company?.id ?? null))
            : await targetsApi.createPerson(toPerson(values));
      navigate(targetPath(type, created.id));
    } catch (reason) {
      const fields = refusedFields(reason);
      setInvalid(fields);
      if (reason instanceof ApiError && reason.code === 'conflict') {
        const id = (reason.details as { existingId?: unknown } | null)?.existingId;
        setExistingId(typeof id === 'string' ? id : null);
      }
      setError(fields.length > 0 ? null : reason);
      setSaving(false);
    }
  };

  const classifications =
    type === 'person' && values.under18
      ? (['restricted', 'secret'] as const)
      : (['public', 'restricted', 'secret'] as const);

  return (
    <>
      <PageHeading>{t(TITLE[type])}</PageHeading>
      <Paragraph className="lead">{t('targets.new.intro')}</Paragraph>
      <ul className="new-target-types" aria-label={t('targets.new.chooseType')}>
        {TYPES.map((other) => (
          <li key={other}>
            <a
              href={newTargetPath(other)}
              onClick={routeOnClick(newTargetPath(other))}
              aria-current={other === type ? 'page' : undefined}
            >
              {t(TITLE[other])}
            </a>
          </li>
        ))}
      </ul>
      <div className="new-target">
        <form className="panel record-form" noValidate onSubmit={submit} aria-label={t(TITLE[type])}>
          {(invalid.length > 0 || (tried && idProblem)) && (
            <InlineAlert status="error" className="record-form__alert">
              {t('targets.new.checkFields')}
            </InlineAlert>
          )}
          {type === 'company' && (
            <>
              <TextInput
                labelText={t('targets.field.businessId')}
                hintText={t('targets.new.businessIdHint')}
                value={values.businessId}
                onChange={(value) => set('businessId', String(value ?? ''))}
                status={idProblem || invalid.includes('businessId') ? 'error' : 'default'}
                statusText={
                  idProblem ?? (invalid.includes('businessId') ? t('targets.new.invalid') : undefined)
                }
              />
              <TextInput
                labelText={t('targets.field.name')}
                value={values.name}
                onChange={(value) => set('name', String(value ?? ''))}
                fullWidth
                {...status('name', true)}
              />
              <TextInput
                labelText={t('targets.field.legalForm')}
                optionalText={t('targets.new.optional')}
                value={values.legalForm}
                onChange={(value) => set('legalForm', String(value ?? ''))}
                {...status('legalForm')}
              />
              <TextInput
                labelText={t('targets.field.tol')}
                hintText={t('targets.new.tolHint')}
                optionalText={t('targets.new.optional')}
                inputMode="numeric"
                value={values.tolCode}
                onChange={(value) => set('tolCode', String(value ?? ''))}
                {...status('tolCode')}
              />
            </>
          )}
          {type === 'worksite' && (
            <>
              <TextInput
                labelText={t('targets.field.name')}
                value={values.name}
                onChange={(value) => set('name', String(value ?? ''))}
                fullWidth
                {...status('name', true)}
              />
              <Dropdown
                labelText={t('targets.field.siteType')}
                value={values.siteType}
                onChange={(value) => set('siteType', value)}
              >
                {SITE_TYPES.map((code) => (
                  <DropdownItem key={code} value={code}>
                    {codeLabel(t, 'site', code)}
                  </DropdownItem>
                ))}
              </Dropdown>
              <CompanyPicker
                value={company}
                onChange={(picked) => {
                  setCompany(picked);
                  setInvalid((previous) => previous.filter((f) => f !== 'companyId'));
                }}
                invalid={invalid.includes('companyId')}
              />
            </>
          )}
          {type === 'person' && (
            <>
              <TextInput
                labelText={t('targets.field.givenName')}
                value={values.givenName}
                onChange={(value) => set('givenName', String(value ?? ''))}
                {...status('givenName', true)}
              />
              <TextInput
                labelText={t('targets.field.familyName')}
                value={values.familyName}
                onChange={(value) => set('familyName', String(value ?? ''))}
                {...status('familyName', true)}
              />
              <TextInput
                labelText={t('targets.field.birthYear')}
                optionalText={t('targets.new.optional')}
                inputMode="numeric"
                value={values.birthYear}
                onChange={(value) => set('birthYear', String(value ?? ''))}
                {...status('birthYear')}
              />
              <TextInput
                labelText={t('targets.field.nationality')}
                hintText={t('targets.new.nationalityHint')}
                optionalText={t('targets.new.optional')}
                value={values.nationality}
                onChange={(value) => set('nationality', String(value ?? ''))}
                {...status('nationality')}
              />
              <CheckboxGroup labelText={t('targets.field.roles')}>
                {PERSON_ROLES.map((role) => (
                  <Checkbox
                    key={role}
                    checked={values.roles.includes(role)}
                    onClick={({ checkboxState }) =>
                      set(
                        'roles',
                        checkboxState ? [...values.roles, role] : values.roles.filter((r) => r !== role),
                      )
                    }
                  >
                    {codeLabel(t, 'role', role)}
                  </Checkbox>
                ))}
              </CheckboxGroup>
              <Checkbox
                checked={values.under18}
                hintText={t('targets.new.under18Hint')}
                onClick={({ checkboxState }) => {
                  set('under18', checkboxState);
                  if (checkboxState && values.classification === 'public')
                    set('classification', 'restricted');
                }}
              >
                {t('targets.field.under18')}
              </Checkbox>
            </>
          )}
          {type !== 'person' && (
            <>
              <TextInput
                labelText={t('targets.field.streetAddress')}
                optionalText={type === 'company' ? t('targets.new.optional') : undefined}
                value={values.streetAddress}
                onChange={(value) => set('streetAddress', String(value ?? ''))}
                fullWidth
                {...status('streetAddress')}
              />
              <TextInput
                labelText={t('targets.field.postalCode')}
                optionalText={t('targets.new.optional')}
                inputMode="numeric"
                value={values.postalCode}
                onChange={(value) => set('postalCode', String(value ?? ''))}
                {...status('postalCode')}
              />
              <TextInput
                labelText={t('targets.field.municipality')}
                optionalText={t('targets.new.optional')}
                value={values.municipality}
                onChange={(value) => set('municipality', String(value ?? ''))}
                {...status('municipality')}
              />
            </>
          )}
          {type === 'company' && (
            <Dropdown
              labelText={t('targets.field.status')}
              value={values.status}
              onChange={(value) => set('status', value)}
            >
              {COMPANY_STATUSES.map((code) => (
                <DropdownItem key={code} value={code}>
                  {codeLabel(t, 'status', code)}
                </DropdownItem>
              ))}
            </Dropdown>
          )}
          <RadioButtonGroup
            name="classification"
            labelText={t('targets.field.classification')}
            groupHintText={t(
              type === 'person' ? 'targets.new.classificationPersonHint' : 'targets.new.classificationHint',
            )}
            value={values.classification}
            onChange={(value) => set('classification', value as TargetFormValues['classification'])}
          >
            {classifications.map((code) => (
              <RadioButton key={code} value={code}>
                {classificationLabel(t, code)}
              </RadioButton>
            ))}
          </RadioButtonGroup>

          {existingId && (
            <InlineAlert status="warning">
              {t('targets.new.exists')}{' '}
              <AppLink href={targetPath('company', existingId)}>{t('targets.new.openExisting')}</AppLink>
            </InlineAlert>
          )}
          {error !== null && !existingId && <ErrorAlert error={error} />}
          <div className="record-form__actions">
            <Button type="submit" disabled={saving}>
              {saving ? t('targets.new.saving') : t('targets.new.save')}
            </Button>
          </div>
        </form>
        <MatchCandidates question={matchQuestion(type, values)} />
      </div>
    </>
  );
}
