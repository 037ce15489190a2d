// An archive on read-only media (a DVD, a write-protected stick) is open for reading only: said once, at the top,
// in the sentence the main process wrote, so a refused write later is no surprise.
import { useStore } from '../store/index.ts';

export function ReadOnlyBanner() {
  const readOnly = useStore((s) => s.archive?.readOnly);
  const lang = useStore((s) => s.lang);
  if (!readOnly) return null;
  return <div className="banner readonly" role="status">{lang === 'vi' ? readOnly.messageVi : readOnly.message}</div>;
}
