// Preloaded by the benchmark (node --import): writes the process's peak RSS
// in bytes to $KCN_BENCH_RSS_FILE when it exits.
import fs from 'node:fs';

process.on('exit', () => {
  const file = process.env.KCN_BENCH_RSS_FILE;
  if (file) fs.writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
