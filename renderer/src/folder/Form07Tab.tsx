// The Form 07 product list: drafted in the main process from the folder's invoice and catalogue, completed by
// hand here (empty cells highlighted), then saved in the folder as a document of the application.
import { useState } from 'react';
import type { Form07Draft, Form07RowInput } from '../../../shared/ipc/contract.ts';
import { call } from '../api.ts';
import { useStore } from '../store/index.ts';
import { usePlanT } from '../i18n/plan.ts';
import { isForm07File } from './checklist.ts';

const COLUMNS: (keyof Form07RowInput)[] = ['name', 'brand', 'model', 'hsCode', 'country', 'quantity', 'unit', 'standards', 'features', 'purpose'];
const COMPLETABLE = new Set<keyof Form07RowInput>(['name', 'brand', 'hsCode', 'country', 'unit', 'standards', 'features', 'purpose']);

export function Form07Tab() {
  const t = usePlanT();
  const folder = useStore((s) => s.folder!);
  const showError = useStore((s) => s.showError);
  const refreshFolder = useStore((s) => s.refreshFolder);
  const [purpose, setPurpose] = useState('');
  const [draft, setDraft] = useState<Form07Draft | null>(null);
  const [rows, setRows] = useState<Form07RowInput[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [opened, setOpened] = useState<string | null>(null);

  async function generate() {
    try {
      const d = await call('generateForm07', { ref: folder.ref, ...(purpose.trim() ? { purpose: purpose.trim() } : {}) });
      setDraft(d);
      setRows(d.rows);
      setSaved(null);
      setOpened(null);
    } catch (e) {
      showError(e);
    }
  }
  async function openSaved() {
    try {
      const d = await call('openForm07', { ref: folder.ref });
      setDraft(d);
      setRows(d.rows);
      setSaved(null);
      setOpened(d.file);
    } catch (e) {
      showError(e);
    }
  }
  async function save() {
    try {
      const f = await call('saveForm07', { ref: folder.ref, rows });
      setSaved(f.name);
      await refreshFolder();
    } catch (e) {
      showError(e);
    }
  }
  const edit = (i: number, key: keyof Form07RowInput, value: string) => {
    setSaved(null);
    setRows((rs) => rs.map((r, n) => (n === i ? { ...r, [key]: key === 'quantity' ? Number(value.replace(',', '.')) || 0 : value } : r)));
  };
  const empty = rows.reduce((n, r) => n + COLUMNS.filter((c) => COMPLETABLE.has(c) && String(r[c]).trim() === '').length, 0);
  const hasInvoice = folder.documents.some((d) => d.role === 'invoice');
  const savedBefore = folder.files.find((f) => f.group === 'application' && isForm07File(f.name));

  return (
    <div className="form07" data-testid="form07">
      <p className="muted">{t.form07Intro}</p>
      {!hasInvoice && <p className="warn-text">{t.needInvoice}</p>}
      {savedBefore && !draft && <p className="ok-text">{t.savedBefore(savedBefore.name)}</p>}
      <div className="row gap end">
        <label>{t.purpose}
          <input value={purpose} onChange={(e) => setPurpose(e.target.value)} maxLength={500} />
        </label>
        <button className="primary" disabled={!hasInvoice} onClick={() => void generate()}>{t.generate}</button>
        {savedBefore && <button onClick={() => void openSaved()}>{t.openSaved}</button>}
      </div>
      {opened && <p className="muted small" role="status">{t.editingSaved(opened)}</p>}
      {draft && (
        <>
          {draft.noHsCode.length > 0 && <p className="warn-text small">{t.noHsCode(draft.noHsCode.join(', '))}</p>}
          {rows.length === 0 ? <p>{t.noRows}</p> : (
            <>
              <p className={empty ? 'warn-text' : 'ok-text'} role="status">{t.missingCount(empty)}</p>
              <div className="form07-scroll">
                <table className="form07-table">
                  <thead><tr><th>#</th>{COLUMNS.map((c) => <th key={c}>{t.col[c]}</th>)}</tr></thead>
                  <tbody>
                    {rows.map((r, i) => (
                      <tr key={r.model}>
                        <td>{i + 1}</td>
                        {COLUMNS.map((c) => {
                          const value = String(r[c]);
                          const missing = COMPLETABLE.has(c) && value.trim() === '';
                          return (
                            <td key={c} className={missing ? 'missing' : undefined}>
                              {c === 'model' ? value : (
                                <input aria-label={`${r.model} ${t.col[c]}`} value={value} onChange={(e) => edit(i, c, e.target.value)} />
                              )}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="row gap center">
                <button className="primary" onClick={() => void save()}>{t.saveForm07}</button>
                {saved && <span className="ok-text" role="status">{t.savedForm07(saved)}</span>}
              </div>
            </>
          )}
        </>
      )}
    </div>
  );
}
