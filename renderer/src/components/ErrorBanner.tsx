import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';

export function ErrorBanner() {
  const t = useT();
  const error = useStore((s) => s.error);
  const lang = useStore((s) => s.lang);
  const clear = useStore((s) => s.clearError);
  if (!error) return null;
  return (
    <div className="banner error" role="alert">
      <strong>{t.errorTitle}:</strong> {lang === 'vi' ? error.messageVi : error.message}
      {error.where && <span className="where"> ({error.where})</span>}
      <button className="link" onClick={clear}>{t.close}</button>
    </div>
  );
}
