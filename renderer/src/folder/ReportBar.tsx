// Reports that leave the app: PDF and Excel in either language, written by the main process where the save
// dialog says; Print prints the cross-check as shown.
import { useState } from 'react';
import type { Lang } from '../../../shared/domain/types.ts';
import { call } from '../api.ts';
import { useStore } from '../store/index.ts';
import { useLawT } from '../i18n/law.ts';

export function ReportBar() {
  const t = useLawT();
  const ref = useStore((s) => s.folder?.ref);
  const uiLang = useStore((s) => s.lang);
  const showError = useStore((s) => s.showError);
  // Follows the app's language until the user picks another for the report.
  const [picked, setLang] = useState<Lang | null>(null);
  const lang = picked ?? uiLang;
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!ref) return null;
  const save = async (format: 'pdf' | 'xlsx') => {
    setBusy(true);
    setStatus(t.saving);
    try {
      const r = await call('saveReport', { ref, lang, format });
      setStatus(r ? t.saved(r.path) : null);
    } catch (e) {
      setStatus(null);
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="report-bar row gap center" aria-label={t.reports}>
      <strong>{t.reports}</strong>
      <label className="row gap center small">
        {t.reportLang}
        <select aria-label={t.reportLang} value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </label>
      <button disabled={busy} onClick={() => void save('pdf')}>{t.savePdf}</button>
      <button disabled={busy} onClick={() => void save('xlsx')}>{t.saveXlsx}</button>
      <button onClick={() => window.print()}>{t.print}</button>
      {status && <span className="muted small" role="status">{status}</span>}
    </div>
  );
}
