import { report } from './report.bench.ts';
console.log(JSON.stringify(await report.run({ quick: process.argv[2] === 'quick' }), null, 1));
