import { useEffect, useState, type FormEvent } from 'react';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';

export function ArchivePicker() {
  const t = useT();
  const recent = useStore((s) => s.recentArchives);
  const pickAndOpen = useStore((s) => s.pickAndOpen);
  const openAt = useStore((s) => s.openArchiveAt);
  const locked = useStore((s) => s.locked);
  const [newEncrypted, setNewEncrypted] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const missing = useStore((s) => s.missingArchive);
  const forget = useStore((s) => s.forgetArchive);
  const locate = useStore((s) => s.locateArchive);
  // While one archive opens (an older one is upgraded first), no second open is started over it.
  const busy = useStore((s) => s.opening !== null);
  return (
    <section className="picker card" aria-busy={busy}>
      <h1>{t.pickerTitle}</h1>
      <p className="muted">{t.pickerIntro}</p>
      <div className="row gap">
        <button className="primary" disabled={busy} onClick={() => void pickAndOpen(true)}>{t.createArchive}</button>
        <button disabled={busy} onClick={() => setNewEncrypted(true)}>{t.rec.newEncrypted}</button>
        <button disabled={busy} onClick={() => void pickAndOpen(false)}>{t.openArchive}</button>
        <button disabled={busy} onClick={() => setRestoring(true)}>{t.rec.restore}</button>
      </div>
      <OpeningNotice />
      {restoring && <RestoreForm />}
      {newEncrypted && <PassphraseForm twice onSubmit={(passphrase) => void pickAndOpen(true, { passphrase, encrypt: true })} />}
      {locked && <PassphraseForm key={locked} path={locked} onSubmit={(passphrase) => void openAt(locked, false, { passphrase })} />}
      <h2>{t.recent}</h2>
      {recent.length === 0 ? <p className="muted">{t.noRecent}</p> : (
        <ul className="recent" aria-label={t.recent}>
          {recent.map((p) => (
            // The archive's name first (what the declarant knows it by), its folder after, small.
            <li key={p} className={p === missing ? 'missing' : ''}>
              <button className="link recent-open" disabled={busy} onClick={() => void openAt(p, false)} title={p}>
                <strong>{nameOf(p)}</strong> <span className="muted small">{folderOf(p)}</span>
              </button>
              {p === missing && <button className="small" onClick={() => void locate(p)}>{t.locateArchive}</button>}
              <button className="link small" onClick={() => void forget(p)} aria-label={t.forgetArchiveOf(nameOf(p))}>{t.forgetArchive}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Said once opening has taken longer than a blink: the main process cannot say beforehand whether the archive needs
 * upgrading, so the sentence names both what is happening and what may take the time.
 */
function OpeningNotice() {
  const t = useT();
  const opening = useStore((s) => s.opening);
  const [shown, setShown] = useState<string | null>(null);
  useEffect(() => {
    if (!opening) { setShown(null); return undefined; }
    const timer = setTimeout(() => setShown(opening), 300);
    return () => clearTimeout(timer);
  }, [opening]);
  if (!opening || shown !== opening) return null;
  return (
    <div className="card opening" role="status" data-testid="opening-archive">
      <strong>{t.openingArchive(nameOf(opening))}</strong>
      <p className="muted small">{t.openingUpgrade}</p>
    </div>
  );
}

function RestoreForm() {
  const t = useT();
  const restore = useStore((s) => s.restoreBackup);
  const [passphrase, setPassphrase] = useState('');
  return (
    <form className="card passphrase" aria-label={t.rec.restore} onSubmit={(e) => { e.preventDefault(); void restore(passphrase || undefined); }}>
      <p>{t.rec.restoreIntro}</p>
      <div className="row gap end wrap">
        <label>{t.rec.restorePassphrase}<input type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} /></label>
        <button className="primary" type="submit">{t.rec.restoreGo}</button>
      </div>
    </form>
  );
}

/** The passphrase of an encrypted archive: asked when opening one, chosen (twice) when creating one. Never stored. */
function PassphraseForm({ path, twice, onSubmit }: { path?: string; twice?: boolean; onSubmit(passphrase: string): void }) {
  const t = useT();
  const [first, setFirst] = useState('');
  const [again, setAgain] = useState('');
  const [differ, setDiffer] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (twice && first !== again) { setDiffer(true); return; }
    setDiffer(false);
    onSubmit(first);
  };
  const name = path?.split(/[\\/]/).pop() ?? '';
  return (
    <form className="card passphrase" onSubmit={submit} aria-label={t.rec.passphrase}>
      <p>{twice ? t.rec.passphraseNew : t.rec.passphraseFor(name)}</p>
      <div className="row gap end wrap">
        <label>{t.rec.passphrase}<input type="password" autoComplete="off" value={first} onChange={(e) => setFirst(e.target.value)} minLength={twice ? 8 : 1} required autoFocus /></label>
        {twice && <label>{t.rec.passphraseAgain}<input type="password" autoComplete="off" value={again} onChange={(e) => setAgain(e.target.value)} required /></label>}
        <button className="primary" type="submit">{twice ? t.createArchive : t.rec.unlock}</button>
      </div>
      {differ && <p className="error-text" role="alert">{t.rec.passphrasesDiffer}</p>}
    </form>
  );
}
const nameOf = (p: string) => p.split(/[\\/]/).pop() || p;
const folderOf = (p: string) => p.slice(0, Math.max(0, p.length - nameOf(p).length - 1)) || p;
