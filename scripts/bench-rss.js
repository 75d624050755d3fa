// Preloaded (node --require) into each benchmarked process: appends the process's peak resident
// memory in kB and its CPU time (user + system, all its threads) in microseconds to
// $BENCH_RSS_FILE when it exits.
const fs = require('fs');

process.on('exit', () => {
  const usage = process.resourceUsage();
  if (process.env.BENCH_RSS_FILE) fs.appendFileSync(process.env.BENCH_RSS_FILE, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
