// Corrections to what was detected: the sheet, the header row, and any field's column.
import { useState, type FormEvent } from 'react';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { LINE_FIELDS, type LineField } from '../../../shared/domain/types.ts';
import type { LayoutOverrideInput } from '../../../shared/ipc/contract.ts';
import type { Pending } from '../store/importer.ts';

/** The header text of each column over the detected header rows (two-row headers: both, merged labels once). */
function headerTexts(pending: Pending, columns: string[]): Map<string, string> {
  const { grid, detection } = pending.preview!;
  const out = new Map<string, string>();
  if (!detection.ok) return out;
  const { headerStart, headerEnd } = detection.table;
  const rows = grid.rows.slice(Math.max(0, headerStart - grid.firstRow), Math.max(0, headerEnd - grid.firstRow + 1));
  const last = rows.length - 1;
  columns.forEach((c, i) => {
    const parts = rows.map((r, k) => {
      const own = (r[i] ?? '').trim();
      if (own || k === last || !(rows[last]?.[i] ?? '').trim()) return own;
      // A merged label over sub-columns sits in its first column only: carry it right over the ones it spans.
      for (let j = i - 1; j >= 0; j--) if ((r[j] ?? '').trim()) return r[j].trim();
      return '';
    }).filter(Boolean);
    const said = [...new Set(parts)].join(' / ').replace(/\s+/g, ' ');
    if (said) out.set(c, said.length > 40 ? `${said.slice(0, 39)}…` : said);
  });
  return out;
}

export function MappingForm({ pending, columns }: { pending: Pending; columns: string[] }) {
  const t = useT();
  const correct = useStore((s) => s.correct);
  const setRemember = useStore((s) => s.setRemember);
  const { grid, detection } = pending.preview!;
  const detected = new Map<LineField, string>(detection.ok ? detection.table.columns.map((c) => [c.field, c.column]) : []);
  const [sheet, setSheet] = useState(pending.override?.sheet ?? grid.sheet);
  const [headerRow, setHeaderRow] = useState(String(pending.override?.headerRow ?? (detection.ok ? detection.table.headerEnd : grid.firstRow)));
  // What was applied wins over what was detected: the form shows the correction in force, so applying again keeps it.
  const applied = pending.override?.columns ?? {};
  const [mapping, setMapping] = useState<Record<string, string>>(() =>
    Object.fromEntries(LINE_FIELDS.map((f) => [f, f in applied ? (applied[f] ?? '') : (detected.get(f) ?? '')])));
  const headers = headerTexts(pending, columns);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const changed: Partial<Record<LineField, string | null>> = {};
    for (const f of LINE_FIELDS) {
      const now = mapping[f] || null;
      if (now !== (detected.get(f) ?? null)) changed[f] = now;
    }
    const override: LayoutOverrideInput = {
      ...(pending.override?.columns ? { columns: { ...pending.override.columns, ...changed } } : Object.keys(changed).length ? { columns: changed } : {}),
      ...(sheet !== grid.sheet || pending.override?.sheet ? { sheet } : {}),
      ...(Number(headerRow) >= 1 ? { headerRow: Number(headerRow) } : {}),
    };
    void correct(pending.id, override, pending.remember);
  };

  return (
    <form className="mapping" onSubmit={submit} aria-label={t.mapping}>
      <div className="row gap end">
        <label>{t.sheet}
          <select value={sheet} onChange={(e) => setSheet(e.target.value)}>
            {grid.sheets.map((s) => <option key={s}>{s}</option>)}
          </select>
        </label>
        <label>{t.headerRow}
          <input type="number" min={1} value={headerRow} onChange={(e) => setHeaderRow(e.target.value)} className="narrow" />
        </label>
      </div>
      <fieldset>
        <legend>{t.mapping}</legend>
        <div className="mapping-grid">
          {LINE_FIELDS.map((f) => (
            <label key={f}>{t.fieldName[f]}
              <select aria-label={`${t.column}: ${t.fieldName[f]}`} value={mapping[f]} onChange={(e) => setMapping({ ...mapping, [f]: e.target.value })}>
                <option value="">{t.none}</option>
                {columns.map((c) => <option key={c} value={c}>{headers.has(c) ? `${c} · ${headers.get(c)}` : c}</option>)}
              </select>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="row gap center">
        <label className="check"><input type="checkbox" checked={pending.remember} onChange={(e) => setRemember(pending.id, e.target.checked)} />{t.remember}</label>
        <span className="spacer" />
        <button type="submit">{t.apply}</button>
      </div>
    </form>
  );
}
