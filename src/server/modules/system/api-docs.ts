/**
 * A plain, script-free HTML rendering of the OpenAPI document, so the API is browsable at /api/docs
 * under the strict CSP (no third-party UI bundle needed).
 */

interface OpenApiDoc {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, { summary?: string; tags?: string[]; 'x-access'?: unknown } & object>>;
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

function describeAccess(rule: unknown): string {
  if (!rule || typeof rule !== 'object') return 'undeclared';
  const r = rule as { kind: string; roles?: string[] };
  if (r.kind === 'public') return 'public';
  return r.roles?.length ? `signed in, roles: ${r.roles.join(', ')}` : 'signed in';
}

export function renderApiDocs(doc: OpenApiDoc): string {
  const sections = Object.entries(doc.paths)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => {
        const { summary, tags, 'x-access': rule, ...schema } = op;
        return `<section><h2><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h2>
<p>${escapeHtml(summary ?? '')}</p><p><strong>Access:</strong> ${escapeHtml(describeAccess(rule))}
${tags?.length ? ` · <strong>Tags:</strong> ${escapeHtml(tags.join(', '))}` : ''}</p>
<details><summary>Schema</summary><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details></section>`;
      }),
    );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(doc.info.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>${escapeHtml(doc.info.title)} ${escapeHtml(doc.info.version)}</h1>
<p>${escapeHtml(doc.info.description ?? '')}</p><p><a href="/api/openapi.json">openapi.json</a></p>
${sections.join('\n')}</main></body></html>`;
}
