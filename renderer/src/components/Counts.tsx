// Error / warning / note counts as small coloured badges.
export function Counts({ errors, warnings, infos }: { errors: number; warnings: number; infos: number }) {
  return (
    <span className="counts">
      <span className={`badge error${errors ? '' : ' zero'}`} title="errors">{errors}</span>
      <span className={`badge warning${warnings ? '' : ' zero'}`} title="warnings">{warnings}</span>
      <span className={`badge info${infos ? '' : ' zero'}`} title="notes">{infos}</span>
    </span>
  );
}
