// A background verify or export as the user follows it: a progress bar "n of N files" with Cancel while it runs,
// then one sentence (all intact / which folder and file and what is wrong / where the bag is), and whether the
// audit trail has it. Never modal: the rest of the screen keeps working.
import { useStore } from '../store/index.ts';
import { useJobsT } from '../i18n/jobs.ts';

export function JobStatus({ id, onDismiss }: { id: number; onDismiss?: () => void }) {
  const t = useJobsT();
  const lang = useStore((s) => s.lang);
  const job = useStore((s) => s.jobs[id]);
  const cancelJob = useStore((s) => s.cancelJob);
  if (!job) return null;
  if (job.state === 'running') {
    const label = job.kind === 'verify' ? t.checking(job.done, job.total) : t.writing(job.done, job.total);
    return (
      <div className="job running row gap center wrap" role="status" data-testid={`job-${job.kind}`}>
        {job.trigger === 'periodic' && <span className="job-sentence">{t.fixityRunning}</span>}
        <progress max={Math.max(job.total, 1)} value={job.done} aria-label={label} />
        <span>{label}</span>
        <button onClick={() => void cancelJob(id)}>{t.cancel}</button>
      </div>
    );
  }
  const problems = job.problems ?? [];
  const bad = job.state === 'failed' || problems.length > 0;
  const sentence = job.state === 'failed' ? (lang === 'vi' ? job.error?.messageVi : job.error?.message)
    : job.state === 'cancelled' ? t.cancelled
    : job.kind === 'verify' ? t.verified(job) : t.exported(job);
  const trail = job.state !== 'done' ? '' : job.recorded ? ` ${t.recorded}`
    : ` ${t.notRecorded(lang === 'vi' ? job.notRecorded?.messageVi ?? '' : job.notRecorded?.message ?? '')}`;
  return (
    <div className={`job ${bad ? 'bad' : 'good'}`} role="status" data-testid={`job-${job.kind}`}>
      <div className="row gap center">
        <span className="job-sentence">{sentence}{trail}</span>
        {onDismiss && <button className="link" onClick={onDismiss}>{t.dismiss}</button>}
      </div>
      {problems.length > 1 && (
        <ul className="job-problems">{problems.slice(1, 20).map((p, i) => <li key={i}>{t.problem(p)}</li>)}</ul>
      )}
    </div>
  );
}

/** The periodic fixity check's banner, under the top bar on every screen until dismissed. */
export function FixityBanner() {
  const id = useStore((s) => s.fixityJob);
  const dismiss = useStore((s) => s.dismissFixity);
  if (id === null) return null;
  return <div className="banner fixity"><JobStatus id={id} onDismiss={dismiss} /></div>;
}
