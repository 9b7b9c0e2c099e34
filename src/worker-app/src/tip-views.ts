/**
 * "Tell the authorities" (an anonymous message that becomes a tip for the receiving authority) and
 * "Read the reply" (with the reference code). Nothing typed here is kept on the phone: no local storage,
 * no cookies (credentials: 'omit'); the reference code is shown once and then only the worker has it.
 */
import { SECTORS } from '../content/sectors.ts';
import type { ResolvedText } from '../content/types.ts';
import { type Ctx, ICONS, icon } from './context.ts';
import { fill, formatDate, h, text } from './dom.ts';
import { translationNote } from './views.ts';

const SECTOR_KEYS: Record<(typeof SECTORS)[number], string> = {
  agriculture: 'sectorAgriculture',
  'berry-picking': 'sectorBerryPicking',
  construction: 'sectorConstruction',
  cleaning: 'sectorCleaning',
  restaurants: 'sectorRestaurants',
  beauty: 'sectorBeauty',
  'car-services': 'sectorCarServices',
  manufacturing: 'sectorManufacturing',
  transport: 'sectorTransport',
  other: 'sectorOther',
};

const MIN_MESSAGE = 20;

/** Whether the server offers the form (SILTA_WORKER_TIPS); absent in older manifests = on. */
export const tipsEnabled = (ctx: Ctx): boolean => ctx.manifest.features?.tips !== false;

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(`/api/${path}`, {
    method: 'POST',
    credentials: 'omit',
    cache: 'no-store',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** A note when the view's own texts are shown in English (or Finnish). */
function untranslated(ctx: Ctx, key: string): HTMLElement | null {
  return ctx.t(key).lang === ctx.language.code ? null : translationNote(ctx, 'missing');
}

function field(id: string, label: ResolvedText, control: HTMLElement, hint?: ResolvedText): HTMLElement {
  if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
  return h(
    'div',
    { class: 'field' },
    text('label', label, { for: id }),
    hint ? text('p', hint, { id: `${id}-hint`, class: 'hint' }) : null,
    control,
  );
}

function failureText(ctx: Ctx, status: number | null): ResolvedText {
  if (status === null) return ctx.t(navigator.onLine ? 'tellFailed' : 'tellOffline');
  return ctx.t(status === 429 ? 'tellTooMany' : 'tellFailed');
}

export function renderTell(ctx: Ctx): (HTMLElement | null)[] {
  const message = h('textarea', {
    id: 'tip-message',
    name: 'message',
    rows: 7,
    maxlength: 4000,
    required: true,
    autocomplete: 'off',
  });
  const sector = h(
    'select',
    { id: 'tip-sector', name: 'sector' },
    text('option', ctx.t('tellSectorNone'), { value: '' }),
    ...SECTORS.map((s) => text('option', ctx.t(SECTOR_KEYS[s]), { value: s })),
  );
  const municipality = h('input', {
    id: 'tip-place',
    name: 'municipality',
    maxlength: 80,
    autocomplete: 'off',
  });
  const contact = h('input', { id: 'tip-contact', name: 'contact', maxlength: 200, autocomplete: 'off' });
  const error = h('p', { class: 'form-error', role: 'alert' });
  const submit = text('button', ctx.t('tellSend'), { type: 'submit', class: 'btn btn-primary btn-wide' });
  const done = h('div', { class: 'sent', tabindex: '-1' });
  const replyLink = h('p', null, text('a', ctx.t('readReply'), { href: '#/reply' }));

  const form = h(
    'form',
    { class: 'tip-form', novalidate: true },
    field('tip-message', ctx.t('tellMessage'), message, ctx.t('tellMessageHint')),
    field('tip-sector', ctx.t('tellSector'), sector),
    field('tip-place', ctx.t('tellMunicipality'), municipality),
    field('tip-contact', ctx.t('tellContact'), contact, ctx.t('tellContactHint')),
    text('p', ctx.t('tellPrivacy'), { class: 'meta' }),
    error,
    submit,
  );

  const fail = (resolved: ResolvedText, focus: HTMLElement | null = null) => {
    error.replaceChildren(text('span', resolved));
    focus?.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = message.value.trim();
    if (body.length < MIN_MESSAGE) {
      message.setAttribute('aria-invalid', 'true');
      fail(ctx.t('tellTooShort'), message);
      return;
    }
    message.removeAttribute('aria-invalid');
    if (!navigator.onLine) {
      fail(ctx.t('tellOffline'));
      return;
    }
    error.replaceChildren();
    submit.setAttribute('disabled', '');
    submit.replaceChildren(ctx.t('tellSending').text);
    const payload = {
      language: ctx.language.code,
      message: body,
      ...(sector.value ? { sector: sector.value } : {}),
      ...(municipality.value.trim() ? { municipality: municipality.value.trim() } : {}),
      ...(contact.value.trim() ? { contact: contact.value.trim() } : {}),
    };
    post('worker-tips', payload)
      .then(async (response) => {
        if (response.status !== 201) throw response.status;
        const { referenceCode } = (await response.json()) as { referenceCode: string };
        form.replaceWith(done);
        done.replaceChildren(
          text('h2', ctx.t('tellSent')),
          text('p', ctx.t('tellCode')),
          h('p', { class: 'code', dir: 'ltr', translate: 'no' }, referenceCode),
          text('p', ctx.t('tellCodeHint'), { class: 'note' }),
          text('a', ctx.t('readReply'), { href: '#/reply', class: 'btn btn-secondary btn-wide' }),
        );
        replyLink.remove();
        done.focus();
      })
      .catch((status: unknown) => {
        submit.removeAttribute('disabled');
        submit.replaceChildren(ctx.t('tellSend').text);
        fail(failureText(ctx, typeof status === 'number' ? status : null));
      });
  });

  return [
    text('h1', ctx.t('tellAuthorities'), { tabindex: '-1' }),
    untranslated(ctx, 'tellIntro'),
    text('p', ctx.t('tellIntro')),
    h(
      'p',
      { class: 'danger' },
      h(
        'a',
        { href: 'tel:112', class: 'danger-link' },
        icon(ICONS.phone),
        text('span', ctx.t('tellNotEmergency')),
      ),
    ),
    form,
    replyLink,
  ];
}

export function renderReply(ctx: Ctx): (HTMLElement | null)[] {
  const input = h('input', {
    id: 'reply-code',
    name: 'referenceCode',
    maxlength: 40,
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    dir: 'ltr',
    required: true,
  });
  const result = h('div', { class: 'replies', 'aria-live': 'polite' });
  const submit = text('button', ctx.t('replyShow'), { type: 'submit', class: 'btn btn-primary btn-wide' });
  const form = h(
    'form',
    { class: 'tip-form', novalidate: true },
    field('reply-code', ctx.t('replyCode'), input),
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!input.value.trim()) {
      input.focus();
      return;
    }
    submit.setAttribute('disabled', '');
    post('worker-tips/reply', { referenceCode: input.value.trim() })
      .then(async (response) => {
        if (!response.ok) throw response.status;
        const { replies } = (await response.json()) as { replies: { body: string; createdAt: string }[] };
        const heading = ctx.t('replyFrom');
        result.replaceChildren(
          ...(replies.length === 0
            ? [text('p', ctx.t('replyNone'), { class: 'note' })]
            : replies.map((r) =>
                h(
                  'article',
                  { class: 'reply' },
                  text('h2', fill(heading, { date: formatDate(r.createdAt, heading.lang) })),
                  // Written by an official in a language the app does not know: no lang attribute.
                  h('p', { lang: '', dir: 'auto' }, r.body),
                ),
              )),
        );
      })
      .catch((status: unknown) => {
        result.replaceChildren(
          text('p', failureText(ctx, typeof status === 'number' ? status : null), { class: 'form-error' }),
        );
      })
      .finally(() => submit.removeAttribute('disabled'));
  });
  return [
    text('h1', ctx.t('readReply'), { tabindex: '-1' }),
    untranslated(ctx, 'replyIntro'),
    text('p', ctx.t('replyIntro')),
    form,
    result,
  ];
}
