/**
 * Words that name an action: when they open a path's last segment (`cancel`, `apply_manifest`),
 * or lead a POST's summary, operationId or description ("Purge and reseed …").
 */
export const DEFAULT_ACTION_VERBS = [
  'apply', 'cancel', 'clear', 'continue', 'pause', 'purge', 'reseed', 'reset', 'restage', 'restart',
  'resume', 'retry', 'rollback', 'scale', 'start', 'stop', 'sync', 'trigger', 'upgrade',
];
