// The email preview: a sandboxed iframe (no scripts, no same origin) whose document also
// forbids every remote load, with links made inert, at desktop or mobile width.
import { Monitor, Smartphone } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../store/StoreContext';

const PREVIEW_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:";
const INERT_LINKS = '<style>a{pointer-events:none!important;cursor:default!important}</style>';

/** Adds the preview's own CSP and inert-link style at the top of the email's <head>. */
export function previewDocument(html: string): string {
  const head = `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">${INERT_LINKS}`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (tag) => `${tag}${head}`) : `${head}${html}`;
}

export function PreviewPane() {
  const { t } = useTranslation();
  const html = useApp((s) => s.previewHtml);
  const ms = useApp((s) => s.previewMs);
  const prospects = useApp((s) => s.sampleProspects);
  const prospectId = useApp((s) => s.previewProspectId);
  const choose = useApp((s) => s.choosePreviewProspect);
  const [width, setWidth] = useState<600 | 375>(600);
  const doc = useMemo(() => (html === null ? null : previewDocument(html)), [html]);

  return (
    <section className="preview" aria-label={t('templates.preview')}>
      <div className="preview__bar">
        <div className="segmented" role="group">
          <button type="button" className={width === 600 ? 'is-on' : ''} onClick={() => setWidth(600)} title="600 px" data-testid="preview-desktop">
            <Monitor size={14} aria-hidden /> {t('templates.desktop')}
          </button>
          <button type="button" className={width === 375 ? 'is-on' : ''} onClick={() => setWidth(375)} title="375 px" data-testid="preview-mobile">
            <Smartphone size={14} aria-hidden /> {t('templates.mobile')}
          </button>
        </div>
        <label className="preview__prospect">
          {t('templates.previewAs')}
          <select value={prospectId ?? ''} onChange={(e) => choose(e.target.value)} data-testid="preview-prospect">
            {prospects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} · {String(p.attributes.company ?? '')}
              </option>
            ))}
          </select>
        </label>
        {ms !== null && <span className="preview__ms">{t('templates.compiledIn', { ms: Math.round(ms) })}</span>}
      </div>
      <div className="preview__stage">
        {doc === null ? (
          <p className="preview__empty">{t('templates.noPreview')}</p>
        ) : (
          <iframe
            title={t('templates.preview')}
            sandbox=""
            srcDoc={doc}
            style={{ width }}
            className="preview__frame"
            data-testid="template-preview"
            data-width={width}
          />
        )}
      </div>
    </section>
  );
}
