// Error / warning / information counts as small coloured badges, each labelled in words (Lỗi / Cảnh báo /
// Thông tin): bare coloured numbers leave a newcomer guessing which is which. The same numbers (every finding of
// the last check, acknowledged or not) in the shipments list, the folder header and the cross-check tab.
import { useT } from '../i18n/index.ts';

export function Counts({ errors, warnings, infos }: { errors: number; warnings: number; infos: number }) {
  const t = useT();
  const badge = (sev: 'error' | 'warning' | 'info', n: number) => (
    <span className={`badge ${sev}${n ? '' : ' zero'}`} data-severity={sev}>{n} <span className="badge-label">{t.severityName[sev]}</span></span>
  );
  return (
    <span className="counts" aria-label={t.counts(errors, warnings, infos)} title={t.counts(errors, warnings, infos)}>
      {badge('error', errors)}{badge('warning', warnings)}{badge('info', infos)}
    </span>
  );
}
