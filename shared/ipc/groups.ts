// The six document groups of procedure 1.013203's enterprise checklist.

export const DOC_GROUPS = ['legal', 'application', 'technical', 'conformity', 'trade', 'timeline'] as const;
export type DocGroup = (typeof DOC_GROUPS)[number];
