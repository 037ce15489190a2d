import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import type { Lang } from '../../../shared/domain/types.ts';
import { useState } from 'react';
import { useLawT } from '../i18n/law.ts';
import { ListsDiff } from './ListsDiff.tsx';
import { PermitsNav } from '../permits/PermitsNav.tsx';

export function TopBar() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const setLang = useStore((s) => s.setLang);
  const archive = useStore((s) => s.archive);
  const closeArchive = useStore((s) => s.closeArchive);
  const law = useLawT();
  const [listsOpen, setListsOpen] = useState(false);
  return (
    <header className="topbar">
      <span className="brand">{t.appTitle}</span>
      {archive && <span className="archive-name" title={archive.path}>{archive.name}</span>}
      {archive && <button className="link" onClick={() => void closeArchive()}>{t.switchArchive}</button>}
      {archive && <PermitsNav />}
      <span className="spacer" />
      <button className="link on-dark" onClick={() => setListsOpen(true)}>{law.lists}</button>
      {listsOpen && <ListsDiff onClose={() => setListsOpen(false)} />}
      <label className="lang">
        {t.language}
        <select aria-label={t.language} value={lang} onChange={(e) => void setLang(e.target.value as Lang)}>
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </label>
    </header>
  );
}
