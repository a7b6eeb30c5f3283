#!/usr/bin/env node
'use strict';
// The unverified baseline of bench_sync: what a plain ethers.js script does to read a network's events.
// eth_getLogs for the six contract addresses over [from, to] in ranges of --range blocks, one range after
// the other (await in a loop, as such scripts are written), with ethers' JsonRpcProvider. Nothing is
// verified: the node's answer is taken as it is.
//
//   node ethers_getlogs.js --profile DIR/network.json --from A --to B [--range 2000]
//
// Prints one JSON line: {logs, ranges, ms (the reads, from the first request to the last answer), cpuMs
// (this process's CPU time over the same span), maxRssKb (this process's peak resident set)}.
const path = require('node:path');
const fs = require('node:fs');

const contractsDir = process.env.PLINTH_CONTRACTS_DIR || path.resolve(__dirname, '..', '..', 'contracts');
const { JsonRpcProvider, Network } = require(path.join(contractsDir, 'node_modules', 'ethers'));

function args(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) out[argv[i].replace(/^--/, '')] = argv[i + 1];
  return out;
}

async function main() {
  const opts = args(process.argv.slice(2));
  const profile = JSON.parse(fs.readFileSync(opts.profile, 'utf8'));
  const from = Number(opts.from);
  const to = Number(opts.to);
  const range = Number(opts.range || 2000);
  const address = Object.values(profile.contracts);
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const provider = new JsonRpcProvider(profile.rpc[0], Network.from(profile.chainId), { staticNetwork: true });
  let logs = 0;
  let ranges = 0;
  for (let a = from; a <= to; a += range) {
    const got = await provider.getLogs({ address, fromBlock: a, toBlock: Math.min(to, a + range - 1) });
    logs += got.length;
    ++ranges;
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  provider.destroy();
  console.log(JSON.stringify({ logs, ranges, ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssKb: process.resourceUsage().maxRSS }));
}

main().catch((e) => {
  console.error(`ethers_getlogs: ${e.message}`);
  process.exit(1);
});
