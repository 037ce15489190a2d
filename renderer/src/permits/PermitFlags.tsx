import type { PermitFlag } from '../../../shared/ipc/contract.ts';
import { usePermitT } from '../i18n/permits.ts';

/** Expired / expires soon / over-drawn / exhausted, as small labels beside a folder or a permit. */
export function PermitFlags({ flags }: { flags: (PermitFlag | 'exhausted')[] | undefined }) {
  const p = usePermitT();
  if (!flags || flags.length === 0) return null;
  return (
    <span className="permit-flags">
      {flags.map((f) => <span key={f} className={`permit-flag ${f}`} data-flag={f}>{p.flag[f]}</span>)}
    </span>
  );
}
