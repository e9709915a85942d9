import type { Message } from '../types';

/** The export preview's files that carry location, device or time details, and the per-file choice to keep them. */
export const exportMetadata = {
  'exportMetadata.heading': 'Files with location or device details',
  'exportMetadata.hint': 'Each file leaves without these details unless you keep them for that file.',
  'exportMetadata.location': 'GPS position',
  'exportMetadata.device': 'camera and serial number',
  'exportMetadata.takenAt': 'time taken',
  'exportMetadata.carries': 'Carries: {what}',
  'exportMetadata.keep': "Keep this file's details",
  'exportMetadata.warning': 'Kept, its location and the device that made it leave with the bundle, readable by whoever holds the headquarters keys.',
  'exportMetadata.cannotRemove': 'These details cannot be removed from this kind of file: keep them on purpose, or leave its entry out.',
  'exportMetadata.problem': 'A file carries details that cannot be removed: keep them on purpose, or change what leaves.',
  'exportMetadata.kept': {
    one: '{count} file keeps its location and device details.',
    other: '{count} files keep their location and device details.',
  },
} as const satisfies Record<string, Message>;
