// Preloaded (node --require) into each benchmarked process: appends the process's peak resident
// memory in kB to $BENCH_RSS_FILE when it exits.
const fs = require('fs');

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) fs.appendFileSync(process.env.BENCH_RSS_FILE, `${process.resourceUsage().maxRSS}\n`);
});
