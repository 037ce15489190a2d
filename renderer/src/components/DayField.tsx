// A date typed as text rather than <input type="date">, whose order follows the machine's locale, not the
// chosen language. The recognised day is spelled back underneath; a mistake is shown once the user leaves the
// field (or submits), not while they are still typing.
import { useId, useState, type Ref } from 'react';
import { useT } from '../i18n/index.ts';
import { readDay } from './read-day.ts';

interface Props {
  label: string;
  value: string;
  onChange(text: string): void;
  /** The form was submitted: show a mistake even if the field was never left. */
  reveal: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

export function DayField({ label, value, onChange, reveal, inputRef }: Props) {
  const t = useT();
  const noteId = useId();
  const [left, setLeft] = useState(false);
  const reading = readDay(value);
  const wrong = (left || reveal) && (reading.kind === 'unreadable' || reading.kind === 'impossible');
  const note = wrong
    ? (reading.kind === 'impossible' ? t.dayImpossible(value.trim()) : t.dayUnreadable)
    : reading.kind === 'day' ? spell(reading.iso, t.dayLocale) : '';
  return (
    // The note stays outside the label: inside, it would become part of the field's accessible name.
    <div className="day-field">
      <label>{label}
        <input ref={inputRef} value={value} autoComplete="off" maxLength={16} placeholder={t.dayPlaceholder}
          aria-invalid={wrong} aria-describedby={noteId} onChange={(e) => onChange(e.target.value)} onBlur={() => setLeft(true)} />
      </label>
      <span id={noteId} className={wrong ? 'field-note error-text' : 'field-note'} aria-live="polite">{note}</span>
    </div>
  );
}

function spell(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
