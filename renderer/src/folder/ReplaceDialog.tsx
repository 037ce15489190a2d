// Asked before a file replaces the folder's document of its role: names both files; cancel leaves all as is.
import { useEffect, useRef } from 'react';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { useReplaceT } from '../i18n/replace.ts';
import { WhatChanged } from './WhatChanged.tsx';

export function ReplaceDialog() {
  const t = useT();
  const r = useReplaceT();
  const ask = useStore((s) => s.replaceAsk);
  const answer = useStore((s) => s.answerReplace);
  const cancel = useRef<HTMLButtonElement>(null);
  // The safe answer has the focus; Escape cancels.
  useEffect(() => { if (ask) cancel.current?.focus(); }, [ask]);
  if (!ask) return null;
  return (
    <div className="modal-backdrop">
      <div className="modal card" role="alertdialog" aria-modal="true" aria-labelledby="replace-title" aria-describedby="replace-text"
        onKeyDown={(e) => { if (e.key === 'Escape') void answer(false); }}>
        <h2 id="replace-title">{r.confirmTitle}</h2>
        <p id="replace-text">{r.confirmText(t.roleName[ask.role], ask.oldFile, ask.newFile)}</p>
        <p className="muted small">{r.confirmKeep}</p>
        <div className="row gap">
          <span className="spacer" />
          <button ref={cancel} onClick={() => void answer(false)}>{r.cancel}</button>
          <button className="primary" onClick={() => void answer(true)}>{r.confirmReplace}</button>
        </div>
      </div>
    </div>
  );
}

/** Shown in the documents tab after a replacement: what changed, and how many acknowledgements re-opened. */
export function ReplacementCard() {
  const t = useT();
  const r = useReplaceT();
  const rep = useStore((s) => s.replacement);
  const close = useStore((s) => s.showReplacement);
  if (!rep) return null;
  return (
    <section className="card replacement" aria-label={r.changedTitle(t.roleName[rep.role], rep.version.file, rep.version.nextFile)}>
      <div className="row gap center">
        <h3>{r.changedTitle(t.roleName[rep.role], rep.version.file, rep.version.nextFile)}</h3>
        <span className="spacer" />
        <button className="link" onClick={() => close(null)}>{r.close}</button>
      </div>
      {rep.reopened > 0 && <p className="warn-text" data-testid="reopened-count">{r.reopenedCount(rep.reopened)}</p>}
      <WhatChanged diff={rep.diff} />
    </section>
  );
}
