#!/usr/bin/env node
'use strict';
// Adds relevant events to a running devnet for bench_sync: rounds of ordinary PLNTH transfers and
// approvals among the seeded accounts (anvil's unlocked accounts, so eth_sendTransaction needs no key),
// one block per round (evm_mine), until the six contracts have emitted at least --events logs from the
// checkpoint to the head. Spreading them over many blocks keeps the share of blocks whose bloom matches
// (and whose receipts the light client must fetch and prove) realistic rather than a few huge blocks.
//
//   node sync_bench_events.js --profile DIR/network.json --events 5000 [--per-block 4]
//
// Prints one JSON line {logs, blocks, head} on stdout; progress on stderr.
const path = require('node:path');
const fs = require('node:fs');

const contractsDir = process.env.PLINTH_CONTRACTS_DIR || path.resolve(__dirname, '..', '..', 'contracts');
const { Interface, parseUnits } = require(path.join(contractsDir, 'node_modules', 'ethers'));

function args(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) out[argv[i].replace(/^--/, '')] = argv[i + 1];
  return out;
}

const opts = args(process.argv.slice(2));
const profile = JSON.parse(fs.readFileSync(opts.profile, 'utf8'));
const url = profile.rpc[0];
const target = Number(opts.events || 5000);
const perBlock = Number(opts['per-block'] || 4);
const contracts = Object.values(profile.contracts).map((a) => a.toLowerCase());
const from = profile.checkpoint.number;

let id = 0;
async function call(method, params = []) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' },
                                 body: JSON.stringify({ jsonrpc: '2.0', id: ++id, method, params }) });
  const json = await res.json();
  if (json.error) throw new Error(`${method}: ${json.error.message}`);
  return json.result;
}

async function countLogs(to) {
  let n = 0;
  for (let a = from; a <= to; a += 2000)
    n += (await call('eth_getLogs', [{ address: contracts, fromBlock: `0x${a.toString(16)}`,
                                       toBlock: `0x${Math.min(to, a + 1999).toString(16)}` }])).length;
  return n;
}

async function receipt(hash) {
  for (let delay = 1; ; delay = Math.min(delay * 2, 100)) {
    const r = await call('eth_getTransactionReceipt', [hash]);
    if (r) return r;
    await new Promise((ok) => setTimeout(ok, delay));
  }
}

async function main() {
  const token = new Interface(['function transfer(address,uint256)', 'function approve(address,uint256)']);
  // user, alice, bob, carol, dave: anvil's accounts 0-4, which hold PLNTH (contracts/README.md "Seeded data").
  const accounts = ['0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266', '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
                    '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC', '0x90F79bf6EB2c4f870365E785982E1f101E93b906',
                    '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65'];
  let logs = await countLogs(Number(await call('eth_blockNumber')));
  let blocks = 0;
  console.error(`sync_bench_events: ${logs} logs before, target ${target}`);
  for (let round = 0; logs < target; ++round) {
    const hashes = [];
    for (let k = 0; k < perBlock; ++k) {
      const i = (round * perBlock + k) % accounts.length;
      const sender = accounts[i];
      const other = accounts[(i + 1 + (round % (accounts.length - 1))) % accounts.length];
      const amount = parseUnits('1', 18) + BigInt(round * perBlock + k);
      const data = k % 2 === 0 ? token.encodeFunctionData('transfer', [other, amount])
                               : token.encodeFunctionData('approve', [other, amount]);
      hashes.push(await call('eth_sendTransaction', [{ from: sender, to: profile.contracts.token, data, gas: '0x30000' }]));
    }
    await call('evm_mine');
    ++blocks;
    for (const h of hashes) {
      const r = await receipt(h);
      if (r.status !== '0x1') throw new Error(`transaction ${h} reverted`);
      logs += r.logs.filter((l) => contracts.includes(l.address.toLowerCase())).length;
    }
    if (round % 100 === 0) console.error(`sync_bench_events: round ${round}, ${logs} logs`);
  }
  await call('evm_mine'); // so the last round is below the head
  const head = Number(await call('eth_blockNumber'));
  const counted = await countLogs(head);
  console.log(JSON.stringify({ logs: counted, blocks, head }));
}

main().catch((e) => {
  console.error(`sync_bench_events: ${e.message}`);
  process.exit(1);
});
