import { useStore } from '../store/index.ts';
import { usePermitT } from '../i18n/permits.ts';

/** The top bar's way to the permit register, and back to the shipments from it. */
export function PermitsNav() {
  const p = usePermitT();
  const screen = useStore((s) => s.screen);
  const openPermits = useStore((s) => s.openPermits);
  return (
    <button className="link" aria-current={screen === 'permits' ? 'page' : undefined} onClick={() => void openPermits()}>{p.nav}</button>
  );
}
