/** Opit: the lessons learned, written by the lead while the operation is open and read by everyone. */
import { useEffect, useState } from 'react';
import { Paragraph, Textarea } from 'suomifi-ui-components';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { isOpen } from '../OverviewTab.tsx';
import { operationsApi } from '../operations.api.ts';
import { useOperationContext } from '../useOperation.ts';
import { FormPanel, useSave } from './FormPanel.tsx';
import { Section } from './ListSection.tsx';

export function LessonsSection() {
  const t = useT();
  const { operation, reload } = useOperationContext();
  const [text, setText] = useState(operation.lessonsLearned);
  const save = useSave(t('operations.form.saved'));
  useEffect(() => setText(operation.lessonsLearned), [operation.lessonsLearned]);
  const lead = operation.you.lead && isOpen(operation);
  const store = () =>
    save.run(async () => {
      await operationsApi.update(operation.id, { lessonsLearned: text.trim() });
      reload();
    });
  return (
    <Section headingId="lessons-heading" title={t('operations.lessons.title')}>
      {lead ? (
        <FormPanel
          variant="secondary"
          submitLabel={t('operations.form.save')}
          onSubmit={() => void store()}
          saved={save.saved}
          error={save.error}
        >
          <Textarea
            labelText={t('operations.lessons.label')}
            hintText={t('operations.lessons.hint')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            fullWidth
            resize="vertical"
          />
        </FormPanel>
      ) : (
        <Paragraph className="ops-text">{operation.lessonsLearned || t('operations.lessons.none')}</Paragraph>
      )}
    </Section>
  );
}
