import type { Finding, Lang, RenderedFinding } from '../domain/types.ts';

/** The finding's message in the chosen language. */
export function renderFinding(finding: Finding, lang: Lang): RenderedFinding {
  void lang;
  return { code: finding.code, severity: finding.severity, model: finding.model, message: finding.code, refs: finding.refs };
}
