// The folder's replaced documents, in its history: file, SHA-256 (short), when and by whom it was replaced;
// opening one shows what was read from it and what changed in the file after it.
import type { LineField } from '../../../shared/domain/types.ts';
import { LINE_FIELDS } from '../../../shared/domain/types.ts';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { useReplaceT } from '../i18n/replace.ts';
import { WhatChanged } from './WhatChanged.tsx';
import type { DocumentVersionView } from '../../../shared/ipc/contract.ts';

/** One empty list, so a folder with no versions selects the same value every time. */
const NONE: DocumentVersionView[] = [];

export function VersionsList() {
  const t = useT();
  const r = useReplaceT();
  const versions = useStore((s) => s.folder?.versions ?? NONE);
  const open = useStore((s) => s.openVersion);
  const shown = useStore((s) => s.version?.version.id);
  if (versions.length === 0) return null;
  return (
    <section className="versions" aria-label={r.versionsTitle}>
      <h3>{r.versionsTitle}</h3>
      <p className="muted small">{r.versionsIntro}</p>
      <ul className="version-list">
        {[...versions].reverse().map((v) => (
          <li key={v.id} className={shown === v.id ? 'version selected' : 'version'} data-file={v.file}>
            <strong>{t.roleName[v.role]}</strong>
            <span className="file">{v.file}</span>
            <code className="small" title={`SHA-256 ${v.sha256}`}>{v.sha256.slice(0, 12)}</code>
            <span className="muted small">{t.lines(v.lines)} · {r.versionReplaced(v.replacedBy, v.replacedAt)} {r.versionBy(v.nextFile)}</span>
            <span className="spacer" />
            <button onClick={() => void open(v.id)} aria-label={`${r.open} ${v.file}`}>{r.open}</button>
          </li>
        ))}
      </ul>
      <VersionPanel />
    </section>
  );
}

function VersionPanel() {
  const t = useT();
  const r = useReplaceT();
  const d = useStore((s) => s.version);
  const close = useStore((s) => s.closeVersion);
  if (!d) return null;
  // Only the columns this version had: an empty "Brand" column says nothing.
  const fields = LINE_FIELDS.filter((f) => d.lines.some((l) => l.values[f] !== undefined && l.values[f] !== null));
  return (
    <div className="version-panel card" data-testid="version-panel">
      <div className="row gap center">
        <h4>{r.versionRead(d.version.file, d.version.lines)}</h4>
        <span className="spacer" />
        <button className="link" onClick={close}>{r.close}</button>
      </div>
      <div className="version-lines">
        <table className="grid">
          <thead><tr><th>{r.row}</th>{fields.map((f) => <th key={f}>{t.fieldName[f as LineField]}</th>)}</tr></thead>
          <tbody>
            {d.lines.map((l) => (
              <tr key={`${l.sheet}!${l.row}`}>
                <td className="muted">{l.row}</td>
                {fields.map((f) => <td key={f}>{l.values[f] === undefined ? '' : r.value(l.values[f] ?? null)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {d.truncated && <p className="muted small">{r.truncated(d.lines.length, d.version.lines)}</p>}
      <h4>{r.diffToNext(d.version.nextFile)}</h4>
      <WhatChanged diff={d.diff} />
    </div>
  );
}
