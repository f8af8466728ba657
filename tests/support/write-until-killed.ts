// A child process that writes to a store as fast as it can until it is killed: the runs into a
// SQLite run store, or the scheduler's state file. It prints "writing" once the first write is done.
import { SchedulerState } from '../../src/scheduler/scheduler-state.ts';
import { openSqliteRunStore } from '../../src/store/run-store.ts';
import { runReport } from './run-reports.ts';

const [what, file] = process.argv.slice(2);
const JOURNEYS = Object.fromEntries(Array.from({ length: 30 }, (_, index) => [`journey-${index}`, index % 3 === 0 ? 'broken' : 'passed'] as const));

if (what === 'run-store') {
  const store = await openSqliteRunStore(file!);
  for (let n = 0; ; n++) {
    await store.recordRun(runReport(`run-${process.pid}-${n}`, new Date().toISOString(), JOURNEYS));
    if (n === 0) console.log('writing');
  }
} else {
  const state = await SchedulerState.load(file!);
  for (let n = 0; ; n++) {
    await state.set(`group-${n % 5}`, { runId: `run-${process.pid}-${n}`, startedAt: new Date().toISOString(), outcome: 'running' });
    if (n === 0) console.log('writing');
  }
}
