import { useState, type DragEvent } from 'react';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { readWithProgress } from './read-file.ts';

export function DropZone() {
  const t = useT();
  const addIncoming = useStore((s) => s.addIncoming);
  const chooseFiles = useStore((s) => s.chooseFiles);
  const [over, setOver] = useState(false);
  // Once files are queued, the zone shrinks to a strip so the preview gets the room.
  const compact = useStore((s) => s.pending.length > 0);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    for (const file of Array.from(e.dataTransfer.files)) {
      void addIncoming(file.name, file.size, (progress) => readWithProgress(file, progress));
    }
  };
  return (
    <div className={`dropzone${over ? ' over' : ''}${compact ? ' compact' : ''}`} data-testid="dropzone"
      onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}>
      <strong>{t.dropHere}</strong>
      <span className="muted">{t.dropHint}</span>
      <button data-autofocus onClick={() => void chooseFiles()}>{t.chooseFiles}</button>
    </div>
  );
}
