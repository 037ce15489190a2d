import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';

export function ArchivePicker() {
  const t = useT();
  const recent = useStore((s) => s.recentArchives);
  const pickAndOpen = useStore((s) => s.pickAndOpen);
  const openAt = useStore((s) => s.openArchiveAt);
  return (
    <section className="picker card">
      <h1>{t.pickerTitle}</h1>
      <p className="muted">{t.pickerIntro}</p>
      <div className="row gap">
        <button className="primary" onClick={() => void pickAndOpen(true)}>{t.createArchive}</button>
        <button onClick={() => void pickAndOpen(false)}>{t.openArchive}</button>
      </div>
      <h2>{t.recent}</h2>
      {recent.length === 0 ? <p className="muted">{t.noRecent}</p> : (
        <ul className="recent" aria-label={t.recent}>
          {recent.map((p) => (
            <li key={p}><button className="link" onClick={() => void openAt(p, false)} title={p}>{p}</button></li>
          ))}
        </ul>
      )}
    </section>
  );
}
