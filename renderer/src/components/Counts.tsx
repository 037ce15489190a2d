// Error / warning / note counts as small coloured badges.
import { useT } from '../i18n/index.ts';

export function Counts({ errors, warnings, infos }: { errors: number; warnings: number; infos: number }) {
  const t = useT();
  return (
    <span className="counts" aria-label={t.counts(errors, warnings, infos)} title={t.counts(errors, warnings, infos)}>
      <span className={`badge error${errors ? '' : ' zero'}`}>{errors}</span>
      <span className={`badge warning${warnings ? '' : ' zero'}`}>{warnings}</span>
      <span className={`badge info${infos ? '' : ' zero'}`}>{infos}</span>
    </span>
  );
}
