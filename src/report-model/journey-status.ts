/** A journey's status in one run (report.json's `status`). */
export type JourneyStatus = 'passed' | 'broken' | 'degraded' | 'awaiting' | 'not-run' | 'needs-maintenance';
