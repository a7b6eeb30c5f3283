'use strict';
// The devnet's live oracle: posts an epoch of rewards every `epochDuration` seconds of chain time.
// Run by `devnet start` as a detached process: node lib/oracle.js <state-dir>
//
// Each epoch is [start, start + epochDuration) with start = the end of the previous epoch, or, after a
// pause (devnet stopped), the last whole epoch on the grid (a gap nobody was paid for). Devices are the
// active ones (DeviceRegistered events, checked with isActive); seeded devices keep their weights, new
// ones get a default weight. Scores vary around 98 % with occasional dips.
const fs = require('node:fs');
const path = require('node:path');
const { Rpc, LiveChain, Contract } = require('./rpc');
const net = require('./network');
const { TOTAL_WEIGHT } = require('./seed');

const DEFAULT_WEIGHT = 5;

function log(msg) {
  process.stdout.write(`${new Date().toISOString()} ${msg}\n`);
}

class Oracle {
  constructor({ url, addresses, deploymentBlock, facts }) {
    this.rpc = new Rpc(url);
    const chain = new LiveChain(this.rpc);
    this.rewards = new Contract('Rewards', addresses.rewards, chain);
    this.registry = new Contract('DeviceRegistry', addresses.devices, chain);
    this.from = net.accounts().oracle.address;
    this.scanned = deploymentBlock - 1;
    this.devices = new Set();
    this.weights = new Map();
    for (const d of facts.devices || []) this.weights.set(d.address.toLowerCase(), net.DEVICES[d.index].weight);
    this.rand = mulberry(Date.now() >>> 0);
  }

  async refreshDevices(head) {
    if (head <= this.scanned) return;
    const topic = this.registry.iface.getEvent('DeviceRegistered').topicHash;
    for (let from = this.scanned + 1; from <= head; from += 10000) {
      const to = Math.min(head, from + 9999);
      const logs = await this.rpc.call('eth_getLogs', [{
        address: this.registry.address, topics: [topic], fromBlock: '0x' + from.toString(16), toBlock: '0x' + to.toString(16),
      }]);
      for (const l of logs) this.devices.add('0x' + l.topics[1].slice(26));
    }
    this.scanned = head;
  }

  score() {
    let s = 9600 + Math.floor(this.rand() * 400);
    if (this.rand() < 0.05) s = 5000 + Math.floor(this.rand() * 4000);
    if (this.rand() < 0.01) s = 0;
    return s;
  }

  /** Posts the next epoch if one has ended. Returns the posted epoch number or null. */
  async tick() {
    const head = await this.rpc.block('latest');
    const now = Number(head.timestamp);
    const [lastEnd, duration, count, rate] = await Promise.all([
      this.rewards.read('lastEpochEnd'), this.rewards.read('epochDuration'), this.rewards.read('epochCount'), this.rewards.read('rewardRate'),
    ]).then((v) => v.map((x) => BigInt(x)));
    const dur = Number(duration);
    if (now < Number(lastEnd) + dur) return null;
    let start = Number(lastEnd);
    if (now - start >= 2 * dur) start = Math.max(start, Math.floor(now / dur) * dur - dur);

    await this.refreshDevices(Number(head.number));
    const active = [];
    for (const d of this.devices) if (await this.registry.read('isActive', [d])) active.push(d);
    active.sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
    const budget = rate * duration;
    const weightOf = (d) => this.weights.get(d.toLowerCase()) ?? DEFAULT_WEIGHT;
    const totalWeight = Math.max(TOTAL_WEIGHT, active.reduce((a, d) => a + weightOf(d), 0));
    const scores = active.map(() => this.score());
    const amounts = active.map((d, i) => {
      const ppm = BigInt(Math.floor((weightOf(d) / totalWeight) * (scores[i] / 10000) * 0.95 * 1e9));
      return (budget * ppm) / 1_000_000_000n;
    });
    const gas = 300_000 + 80_000 * active.length;
    await this.rewards.tx(this.from, 'postEpoch', [count, start, active, amounts, scores], undefined, gas);
    const total = amounts.reduce((a, b) => a + b, 0n);
    log(`posted epoch ${count} [${start}, ${start + dur}) for ${active.length} devices, total ${total}`);
    return Number(count);
  }
}

function mulberry(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function main(stateDir) {
  const cfg = JSON.parse(fs.readFileSync(path.join(stateDir, 'devnet.json'), 'utf8'));
  const facts = JSON.parse(fs.readFileSync(path.join(stateDir, 'facts.json'), 'utf8'));
  const oracle = new Oracle({ url: cfg.url, addresses: facts.addresses, deploymentBlock: facts.deploymentBlock, facts });
  let stopping = false;
  for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => { stopping = true; log(`${sig}: stopping`); process.exit(0); });
  log(`oracle for ${cfg.url}, epochs of ${cfg.epochSeconds} s, posting from ${oracle.from}`);
  const pollMs = Math.max(1000, Math.min(5000, (cfg.epochSeconds * 1000) / 4));
  let failingSince = null;
  while (!stopping) {
    try {
      await oracle.tick();
      failingSince = null;
    } catch (e) {
      failingSince ??= Date.now();
      log(`error: ${e.message}`);
      // The devnet is gone (stopped or killed): do not linger.
      if (Date.now() - failingSince > 60000) {
        log('anvil unreachable for 60 s, exiting');
        process.exit(1);
      }
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

module.exports = { Oracle };

if (require.main === module) {
  main(path.resolve(process.argv[2] || '.')).catch((e) => {
    log(`fatal: ${e.stack || e.message}`);
    process.exit(1);
  });
}
