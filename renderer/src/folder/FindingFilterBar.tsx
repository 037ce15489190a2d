// The cross-check tab's filter: severity, state, document and words; the count says how many are shown of all.
import type { Role, Severity } from '../../../shared/domain/types.ts';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { useFindT } from '../i18n/find.ts';
import { isFiltering, type FindingFilter } from './finding-filter.ts';
import { useShownFindings } from './shown-findings.ts';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function FindingFilterBar() {
  const t = useT();
  const tf = useFindT();
  const { all: findings, shown: { length: shown } } = useShownFindings();
  const documents = useStore((s) => s.folder!.documents);
  const filter = useStore((s) => s.findingFilter);
  const set = useStore((s) => s.setFindingFilter);
  const on = isFiltering(filter);
  return (
    <div className="finding-filter" role="search" aria-label={tf.filterLabel}>
      {/* Two rows, not three: at 1280×720 every row here is a row the findings list does not get. */}
      <div className="row gap center filter-words">
        <input type="search" className="finding-search" aria-label={tf.searchFindings} placeholder={tf.searchFindings} value={filter.text}
          maxLength={200} onChange={(e) => set({ text: e.target.value })} />
        <span className="small muted nowrap" data-testid="findings-shown" aria-live="polite">{tf.shown(shown, findings.length)}</span>
        {on && <button type="button" className="link small nowrap" onClick={() => set({ severity: 'all', state: 'all', role: 'all', text: '' })}>{tf.clear}</button>}
      </div>
      <div className="row gap center filter-selects">
        <select aria-label={t.severityName.error + ' / ' + t.severityName.warning + ' / ' + t.severityName.info} value={filter.severity}
          onChange={(e) => set({ severity: e.target.value as FindingFilter['severity'] })}>
          <option value="all">{tf.severityAll}</option>
          {SEVERITIES.map((s) => <option key={s} value={s}>{t.severityName[s]}</option>)}
        </select>
        <select aria-label={tf.stateAll} value={filter.state} onChange={(e) => set({ state: e.target.value as FindingFilter['state'] })}>
          <option value="all">{tf.stateAll}</option>
          <option value="open">{tf.stateOpen}</option>
          <option value="acknowledged">{tf.stateAcked}</option>
        </select>
        <select aria-label={tf.documentAll} value={filter.role} onChange={(e) => set({ role: e.target.value as Role | 'all' })}>
          <option value="all">{tf.documentAll}</option>
          {documents.map((d) => <option key={d.role} value={d.role}>{tf.documentShort[d.role]}</option>)}
        </select>
      </div>
    </div>
  );
}
