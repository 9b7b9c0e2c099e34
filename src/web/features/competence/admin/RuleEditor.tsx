/**
 * Editing one rule: mode, status, validity and the editors' note have their own inputs; the rest is
 * JSON. A change note is required. A refused save lists every problem with its path.
 */
import { type FormEvent, useState } from 'react';
import {
  Button,
  Dropdown,
  DropdownItem,
  RadioButton,
  RadioButtonGroup,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';
import { competenceApi } from '../competence.api.ts';
import type { ConfigProblem, DisclosureRule } from '../competence.types.ts';
import { MODE_LOOK, RULE_MODES } from '../modes.ts';
import { ProblemList } from './ProblemList.tsx';
import { problemsOf } from './problems.ts';
import { formOf, type RuleForm, ruleOf } from './ruleForm.ts';

const NOTE_LANGUAGES = [
  ['fi', 'competence.admin.note.fi'],
  ['sv', 'competence.admin.note.sv'],
  ['en', 'competence.admin.note.en'],
] as const satisfies readonly (readonly ['fi' | 'sv' | 'en', MessageKey])[];

interface RuleEditorProps {
  rule: DisclosureRule;
  /** `version` is the new one, or the current one when the data was unchanged (nothing written). */
  onSaved: (changed: boolean, version: number) => void;
}

export function RuleEditor({ rule, onSaved }: RuleEditorProps) {
  const t = useT();
  const [form, setForm] = useState<RuleForm>(() => formOf(rule));
  const [noteMissing, setNoteMissing] = useState(false);
  const [problems, setProblems] = useState<ConfigProblem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<RuleForm>) => setForm((previous) => ({ ...previous, ...change }));

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setProblems(null);
    const missing = form.changeNote.trim() === '';
    setNoteMissing(missing);
    const notes = [form.note.fi, form.note.sv, form.note.en].filter((text) => text.trim() !== '');
    if (notes.length > 0 && notes.length < 3) {
      setProblems([{ path: 'sourceNote', message: t('competence.admin.noteAllLanguages') }]);
      return;
    }
    const built = ruleOf(rule, form);
    if (!built.ok) {
      setProblems([{ path: t('competence.admin.jsonField'), message: built.message }]);
      return;
    }
    if (missing) return;
    setSaving(true);
    try {
      const result = await competenceApi.saveItem(
        'rule',
        rule.id,
        built.data,
        form.changeNote.trim(),
        rule.version,
      );
      setForm((previous) => ({ ...previous, changeNote: '' }));
      onSaved(result.changed, result.item.version);
    } catch (caught) {
      const list = problemsOf(caught);
      if (list) setProblems(list);
      else setError(caught);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="rule-editor" onSubmit={save} noValidate aria-labelledby="rule-editor-heading">
      <h3 id="rule-editor-heading" className="competence-h3">
        {t('competence.admin.edit')}
      </h3>
      <div className="rule-editor__row">
        <Dropdown
          labelText={t('competence.admin.mode')}
          value={form.mode}
          onChange={(mode) => set({ mode: mode as RuleForm['mode'] })}
        >
          {RULE_MODES.map((mode) => (
            <DropdownItem key={mode} value={mode}>
              {t(MODE_LOOK[mode].label)}
            </DropdownItem>
          ))}
        </Dropdown>
        <RadioButtonGroup
          labelText={t('competence.admin.status')}
          name="rule-status"
          value={form.status}
          onChange={(status) => set({ status: status as RuleForm['status'] })}
        >
          <RadioButton value="in_force">{t('competence.admin.inForce')}</RadioButton>
          <RadioButton value="proposed">{t('competence.badge.proposed')}</RadioButton>
        </RadioButtonGroup>
      </div>
      <div className="rule-editor__row">
        <TextInput
          labelText={t('competence.admin.validFrom')}
          hintText={t('competence.admin.dateHint')}
          optionalText={t('competence.optional')}
          value={form.validFrom}
          onChange={(value) => set({ validFrom: String(value ?? '') })}
        />
        <TextInput
          labelText={t('competence.admin.validTo')}
          hintText={t('competence.admin.dateHint')}
          optionalText={t('competence.optional')}
          value={form.validTo}
          onChange={(value) => set({ validTo: String(value ?? '') })}
        />
      </div>
      <fieldset className="rule-editor__note">
        <legend>{t('competence.admin.note')}</legend>
        {NOTE_LANGUAGES.map(([lang, label]) => (
          <Textarea
            key={lang}
            labelText={t(label)}
            value={form.note[lang]}
            onChange={(event) => set({ note: { ...form.note, [lang]: event.target.value } })}
            fullWidth
            resize="vertical"
            rows={2}
          />
        ))}
      </fieldset>
      <Textarea
        labelText={t('competence.admin.json')}
        hintText={t('competence.admin.jsonHint')}
        value={form.rest}
        onChange={(event) => set({ rest: event.target.value })}
        className="rule-editor__json"
        spellCheck={false}
        fullWidth
        resize="vertical"
        rows={16}
      />
      <TextInput
        labelText={t('competence.admin.changeNote')}
        value={form.changeNote}
        onChange={(value) => {
          setNoteMissing(false);
          set({ changeNote: String(value ?? '') });
        }}
        status={noteMissing ? 'error' : 'default'}
        statusText={noteMissing ? t('competence.admin.changeNoteRequired') : undefined}
        fullWidth
      />
      {problems && <ProblemList problems={problems} id="rule-problems" />}
      {error !== null && <ErrorAlert error={error} />}
      {saving ? (
        <Button type="submit" loading ariaLoadingText={t('competence.admin.saving')}>
          {t('competence.admin.saving')}
        </Button>
      ) : (
        <Button type="submit">{t('competence.admin.save')}</Button>
      )}
    </form>
  );
}
