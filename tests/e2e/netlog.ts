import { readFileSync } from 'node:fs';

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: { type: number; params?: { url?: string; initiator?: string } }[];
}

/**
 * URLs of every network request Chromium started on behalf of `initiator` (an origin such as
 * chrome-extension://<id>), from a `--log-net-log` file written by a browser that has been closed.
 * The browser's own traffic has no origin as initiator and is not counted.
 */
export function networkRequestsByInitiator(file: string, initiator: string): string[] {
  const log = JSON.parse(readFileSync(file, 'utf8')) as NetLog;
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((event) => event.type === startJob && event.params?.initiator === initiator && event.params.url)
    .map((event) => event.params!.url!);
}
