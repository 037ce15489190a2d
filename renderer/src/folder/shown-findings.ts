// The findings the filter lets through, shared by the list and the filter bar's count: each finding's text is
// folded once per set of findings, and each filter applied once, however many components ask.
import { useMemo } from 'react';
import type { FindingView } from '../../../shared/ipc/contract.ts';
import { useStore } from '../store/index.ts';
import { findingTitle } from '../i18n/finding-titles.ts';
import { filterFindings, searchIndex, type FindingFilter } from './finding-filter.ts';

const indexes = new WeakMap<FindingView[], Map<number, string>>();
let last: { findings: FindingView[]; filter: FindingFilter; shown: FindingView[] } | null = null;

function shownOf(findings: FindingView[], filter: FindingFilter): FindingView[] {
  if (last && last.findings === findings && last.filter === filter) return last.shown;
  let index = indexes.get(findings);
  // Both languages' titles: people search in either, whatever the screen's language.
  if (!index) indexes.set(findings, (index = searchIndex(findings, (code) => [findingTitle(code, 'vi'), findingTitle(code, 'en')])));
  last = { findings, filter, shown: filterFindings(findings, filter, index) };
  return last.shown;
}

export function useShownFindings(): { all: FindingView[]; shown: FindingView[] } {
  const all = useStore((s) => s.folder!.findings);
  const filter = useStore((s) => s.findingFilter);
  const shown = useMemo(() => shownOf(all, filter), [all, filter]);
  return { all, shown };
}
