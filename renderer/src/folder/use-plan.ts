// The open folder's permit plan, fetched from the main process whenever the folder or the language changes.
import { useCallback, useEffect, useState } from 'react';
import type { PlanView } from '../../../shared/ipc/contract.ts';
import { call } from '../api.ts';
import { useStore } from '../store/index.ts';

export function usePlan(): { plan: PlanView | null; setPlan(p: PlanView): void; reload(): void } {
  const folder = useStore((s) => s.folder);
  const lang = useStore((s) => s.lang);
  const showError = useStore((s) => s.showError);
  const [plan, setPlan] = useState<PlanView | null>(null);
  const [version, setVersion] = useState(0);
  const ref = folder?.ref;
  useEffect(() => {
    if (!ref) return;
    let live = true;
    call('getPlan', { ref, lang }).then((p) => { if (live) setPlan(p); }, (e) => { if (live) showError(e); });
    return () => { live = false; };
  }, [ref, lang, folder, version, showError]);
  return { plan, setPlan, reload: useCallback(() => setVersion((v) => v + 1), []) };
}
