// The findings the filter lets through, shared by the list and the filter bar's count: a finding's text is folded
// only when words are searched, once per finding object, and each filter applied once, however many components ask.
import { useMemo } from 'react';
import type { FindingView } from '../../../shared/ipc/contract.ts';
import { useStore } from '../store/index.ts';
import { findingTitle } from '../i18n/finding-titles.ts';
import { filterFindings, foldedTexts, type FindingFilter } from './finding-filter.ts';

// Both languages' titles: people search in either, whatever the screen's language.
const textOf = foldedTexts((code) => [findingTitle(code, 'vi'), findingTitle(code, 'en')]);
let last: { findings: FindingView[]; filter: FindingFilter; shown: FindingView[] } | null = null;

function shownOf(findings: FindingView[], filter: FindingFilter): FindingView[] {
  if (last && last.findings === findings && last.filter === filter) return last.shown;
  last = { findings, filter, shown: filterFindings(findings, filter, textOf) };
  return last.shown;
}

export function useShownFindings(): { all: FindingView[]; shown: FindingView[] } {
  const all = useStore((s) => s.folder!.findings);
  const filter = useStore((s) => s.findingFilter);
  const shown = useMemo(() => shownOf(all, filter), [all, filter]);
  return { all, shown };
}
