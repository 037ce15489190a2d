// The channel names alone, with no schema library attached: the preload and the e2e bridge client are
// generated from this list, so they stay small. contract.ts ties each name to its types and schema.

export const CHANNELS = [
  'getSettings',
  'setSettings',
  'pickArchiveToOpen',
  'pickArchiveToCreate',
  'openArchive',
  'closeArchive',
  'listShipments',
  'createShipment',
  'getShipment',
  'pickFiles',
  'previewDocument',
  'importDocument',
  'addAttachment',
  'getSources',
  'acknowledgeFinding',
  'getAudit',
  'listControlledLists',
  'saveReport',
  'diffLists',
  'recheckUnderList',
  'getPlan',
  'addPlanEvent',
  'getSwapDays',
  'setSwapDay',
  'generateForm07',
  'saveForm07',
  'openForm07',
  'setEta',
  'declareShipment',
  'deleteShipment',
  'exportBag',
  'getRetention',
  'getOutages',
  'addOutage',
  'resolveOutage',
  'restoreBackup',
  'listPermits',
  'usePermit',
  'forgetArchive',
  'verifyArchive',
  'exportBags',
  'getArchiveJob',
  'cancelArchiveJob',
] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(name: string): name is Channel {
  return (CHANNELS as readonly string[]).includes(name);
}
