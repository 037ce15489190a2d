import type { ControlledListVersion } from '../../shared/controlled-list/types.ts';

/** The controlled lists bundled with the app (resources/controlled-lists/). */
export function loadControlledLists(): ControlledListVersion[] {
  throw new Error('not implemented yet');
}
