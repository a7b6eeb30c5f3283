'use strict';
// Seeds a freshly started, automining anvil with the reference network's history.
//
// Time: the chain starts (anvil --timestamp) three days before epoch 0. Epochs 0..89 are one day each and
// end at a UTC midnight at least two hours before `now`, so 90 days of history lie in the past and the
// seeded chain's last block is at `now` (the real time when the devnet is started). Every transaction gets
// a scripted timestamp (ScriptedChain), so the history looks like a real one: days of epochs, governance
// proposals that took days to pass, an unbonding that is still running. Everything but the timestamps is
// deterministic (fixed keys, fixed pseudo-random numbers), so the same `now` gives the same chain.
const { MaxUint256, keccak256, toUtf8Bytes } = require('ethers');
const net = require('./network');
const { ScriptedChain } = require('./rpc');
const { deploy } = require('./deploy');

const { DAY, HOUR, tokens } = net;
const EPOCHS = 90;

/** The seed's time line for a given `now` (unix seconds). */
function timeline(now) {
  now = Math.floor(now);
  const lastEpochEnd = Math.floor((now - 2 * HOUR) / DAY) * DAY;
  const epoch0 = lastEpochEnd - EPOCHS * DAY;
  return { now, epoch0, lastEpochEnd, genesis: epoch0 - 3 * DAY };
}

/** Small deterministic PRNG (mulberry32) seeded from a string. */
function prng(seedText) {
  let h = 1779033703 ^ seedText.length;
  for (let i = 0; i < seedText.length; i++) {
    h = Math.imul(h ^ seedText.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uptime score (basis points) of seeded device `i` in seeded epoch `k`. */
function seededScore(i, k, rnd) {
  const spec = net.DEVICES[i];
  if (i === 2 && k >= 45 && k <= 51) return 0; // Frankfurt relay offline for a week (fibre cut)
  if (i === 4 && k >= 60 && k <= 62) return [4200, 5600, 8100][k - 60]; // Lisbon small cell, storm damage
  let s = 9650 + Math.floor(rnd() * 350); // 96.5 % .. 100 %
  if (rnd() < 0.06) s = 6000 + Math.floor(rnd() * 3000); // an occasional bad day
  if (spec.onboard >= 0 && k === spec.onboard) s = Math.floor((s * 15) / 24); // onboarded at 09:00
  return Math.min(s, 10000);
}

/** A day's network-wide demand factor (0.85 .. 1.0, weekly rhythm). */
function demand(k, rnd) {
  return 0.9 + 0.06 * Math.sin((2 * Math.PI * k) / 7) + 0.04 * (rnd() - 0.5);
}

const TOTAL_WEIGHT = net.DEVICES.reduce((a, d) => a + d.weight, 0);

/** Amount for a device: budget * weight/TOTAL_WEIGHT * score * demand, in whole micro-tokens. */
function rewardAmount(budget, weight, score, demandFactor) {
  const ppm = BigInt(Math.floor(((weight / TOTAL_WEIGHT) * (score / 10000) * demandFactor) * 1e9));
  return (budget * ppm) / 1_000_000_000n / 10n ** 12n * 10n ** 12n;
}

function md(title, body) {
  return `# ${title}\n\n${body.trim()}\n`;
}

/**
 * Seeds the chain behind `rpc` (anvil started with --timestamp timeline(now).genesis).
 * @returns {Promise<object>} facts about what was seeded (addresses, devices, proposals, ...)
 */
async function seed(rpc, { now, historyBlocks = 0, log = () => {} }) {
  const T = timeline(now);
  const A = net.accounts();
  const chain = new ScriptedChain(rpc);
  await chain.init();
  if (chain.lastTimestamp > T.genesis + 60) {
    throw new Error(`the chain's clock (${chain.lastTimestamp}) is past the seed's genesis (${T.genesis}): start anvil with --timestamp ${T.genesis}`);
  }
  const at = (day, hours = 0) => T.epoch0 + Math.round(day * DAY + hours * HOUR);

  chain.warp(T.genesis + 10 * 60);
  const d = await deploy(chain, { firstEpochStart: T.epoch0 });
  const { token, devices: registry, staking, rewards, governor } = d.contracts;
  log(`deployed at block ${d.deploymentBlock}: ${JSON.stringify(d.addresses)}`);

  const facts = {
    now: T.now,
    epoch0: T.epoch0,
    genesis: T.genesis,
    deploymentBlock: d.deploymentBlock,
    addresses: d.addresses,
    accounts: Object.fromEntries(Object.entries(A).map(([k, v]) => [k, v.address])),
    devices: [],
    proposals: {},
    claims: [],
    epochs: EPOCHS,
  };

  const events = [];
  const schedule = (t, label, fn) => events.push({ t, label, fn, order: events.length });

  // Voting power: every holder delegates to itself before anything is proposed.
  for (const role of Object.keys(net.PARAMS.allocations)) {
    schedule(T.genesis + 2 * HOUR, `delegate ${role}`, () => token.tx(A[role].address, 'delegate', [A[role].address]));
  }

  // Devices.
  const deviceAddr = net.DEVICES.map((_, i) => net.deviceWallet(i).address);
  const approved = new Set();
  net.DEVICES.forEach((spec, i) => {
    const owner = A[spec.owner].address;
    const t = at(spec.onboard, 9) + i * 300;
    schedule(t, `register device ${i}`, async () => {
      if (!approved.has(owner)) {
        await token.tx(owner, 'approve', [registry.address, MaxUint256]);
        approved.add(owner);
      }
      const w = net.deviceWallet(i);
      const nonce = 0;
      const deadline = t + HOUR;
      const kind = net.KIND[spec.kind];
      const signature = await w.signTypedData(
        { name: 'Plinth DeviceRegistry', version: '1', chainId: net.CHAIN_ID, verifyingContract: registry.address },
        ONBOARD_TYPES,
        { owner, device: w.address, kind, capacity: spec.capacity, region: spec.region, nonce, deadline }
      );
      const metadataURI = `ipfs://plinth-devnet/device/${i}.json`;
      await registry.tx(owner, 'register', [
        [w.address, kind, spec.capacity, spec.unit, spec.region, metadataURI, net.PARAMS.minStake, nonce, deadline],
        signature,
      ]);
    });
    if (spec.transferTo) {
      schedule(at(spec.transferDay, 16), `transfer device ${i}`, () =>
        registry.tx(owner, 'transferFrom', [owner, A[spec.transferTo].address, BigInt(deviceAddr[i])]));
    }
    if (spec.retireDay !== undefined) {
      schedule(at(spec.retireDay, 14), `retire device ${i}`, () => registry.tx(owner, 'retire', [deviceAddr[i]]));
    }
  });

  // Staking: extra self-stake, two delegations, a finished unbonding, a slash and a pending unstake.
  const ensureStakingApproval = async (role) => {
    const key = `staking:${role}`;
    if (!approved.has(key)) {
      await token.tx(A[role].address, 'approve', [staking.address, MaxUint256]);
      approved.add(key);
    }
  };
  schedule(at(3, 11), 'user stakes on compute', async () => {
    await ensureStakingApproval('user');
    await staking.tx(A.user.address, 'stake', [deviceAddr[5], tokens(5_000)]);
  });
  schedule(at(12, 15), 'dave delegates to user compute', async () => {
    await ensureStakingApproval('dave');
    await staking.tx(A.dave.address, 'delegate', [deviceAddr[5], tokens(20_000)]);
  });
  schedule(at(20, 17), 'carol delegates to alice A100', async () => {
    await ensureStakingApproval('carol');
    await staking.tx(A.carol.address, 'delegate', [deviceAddr[9], tokens(5_000)]);
  });
  schedule(at(30, 10), 'alice unstakes 500', () => staking.tx(A.alice.address, 'unstake', [deviceAddr[9], tokens(500)]));
  schedule(at(45, 10), 'alice withdraws', () => staking.tx(A.alice.address, 'withdraw', [1]));
  schedule(at(58, 13), 'slash bob', () =>
    staking.tx(A.slasher.address, 'slash', [deviceAddr[11], A.bob.address, tokens(250),
      'Proof-of-coverage: beacon replay detected in challenge 58-0117 (witness reports from one IP)']));
  schedule(T.now - 3 * DAY, 'user unstakes 2000 (pending)', () =>
    staking.tx(A.user.address, 'unstake', [deviceAddr[5], tokens(2_000)]));

  // Claims: some rewards claimed, the rest still accrued.
  const claim = (day, role, toRole) => schedule(at(day, 19), `${role} claims`, async () => {
    const r = await rewards.tx(A[role].address, 'claim', [A[toRole].address]);
    const ev = rewards.parseLogs(r).find((e) => e.name === 'Claimed');
    facts.claims.push({ owner: A[role].address, to: A[toRole].address, amount: ev.args.amount.toString(), block: Number(r.blockNumber) });
  });
  claim(30, 'user', 'user');
  claim(45, 'alice', 'alice');
  claim(60, 'user', 'cold');
  claim(75, 'carol', 'carol');

  // Governance.
  const proposals = [];
  const propose = (label, proposerRole, t, actions, title, body) => {
    const p = { label, proposer: A[proposerRole].address, t, actions, description: md(title, body), title };
    proposals.push(p);
    schedule(t, `propose ${label}`, async () => {
      const targets = actions.map((a) => a.contract.address);
      const values = actions.map(() => 0);
      const calldatas = actions.map((a) => a.contract.encode(a.method, a.args));
      const r = await governor.tx(p.proposer, 'propose', [targets, values, calldatas, p.description]);
      const ev = governor.parseLogs(r).find((e) => e.name === 'ProposalCreated');
      p.id = ev.args.proposalId;
      p.args = [targets, values, calldatas];
      p.block = Number(r.blockNumber);
    });
    return p;
  };
  const vote = (p, t, votes) => votes.forEach(([role, support, reason], j) =>
    schedule(t + j * 600, `vote ${p.label} ${role}`, () =>
      governor.tx(A[role].address, reason ? 'castVoteWithReason' : 'castVote', reason ? [p.id, support, reason] : [p.id, support])));
  const descHash = (p) => keccak256(toUtf8Bytes(p.description));
  const queue = (p, t) => schedule(t, `queue ${p.label}`, () => governor.tx(A.alice.address, 'queue', [...p.args, descHash(p)]));
  const execute = (p, t) => schedule(t, `execute ${p.label}`, () => governor.tx(A.dave.address, 'execute', [...p.args, descHash(p)]));
  const AGAINST = 0, FOR = 1, ABSTAIN = 2;

  const p1 = propose('rewardRate', 'alice', at(20, 10),
    [{ contract: rewards, method: 'setRewardRate', args: [tokens('0.5')] }],
    'PIP-1: Raise the reward rate to 0.5 PLNTH/s',
    `The network has grown past ten devices and the per-device reward has dropped below what covers a
typical operator's power bill. This proposal raises the emission rate from **0.4** to **0.5 PLNTH per
second** (34,560 → 43,200 PLNTH per daily epoch).

| | now | proposed |
|---|---|---|
| rate | 0.4 PLNTH/s | 0.5 PLNTH/s |
| daily budget | 34,560 | 43,200 |

The emission cap is unchanged, so this only front-loads the schedule.`);
  vote(p1, at(21, 12), [['alice', FOR, 'Operators need this to stay online through the winter.'],
    ['bob', FOR, 'Agree, hotspot costs went up.'], ['carol', FOR, ''], ['user', ABSTAIN, 'Fine either way; I would rather see a usage-based rate.']]);
  queue(p1, at(26, 12));
  execute(p1, at(28, 13));

  const p2 = propose('grant', 'bob', at(40, 10),
    [{ contract: token, method: 'transfer', args: [A.grants.address, tokens(250_000)] }],
    'PIP-2: Community grant for the Berlin mesh workshop series',
    `Pay **250,000 PLNTH** from the treasury to the grants multisig (\`${A.grants.address}\`) to fund
six hands-on workshops on setting up storage and wireless nodes in Berlin.

- 3 workshops on storage nodes (NAS, RAID, monitoring)
- 3 workshops on LoRaWAN hotspots and antenna placement

Unspent funds return to the treasury after 6 months.`);
  vote(p2, at(41, 12), [['user', FOR, 'Workshops got me started, happy to support.'], ['alice', FOR, ''],
    ['carol', AGAINST, 'Too Berlin-centric; grants should be global.']]);
  queue(p2, at(46, 12));
  execute(p2, at(48, 15));

  const p3 = propose('feeHike', 'user', at(55, 10),
    [{ contract: registry, method: 'setOnboardingFee', args: [tokens(250)] }],
    'PIP-3: Raise the onboarding fee to 250 PLNTH',
    `Spam registrations of devices that never come online cost the oracle work. Raise the onboarding fee
from 10 to **250 PLNTH** to make them expensive.`);
  vote(p3, at(56, 12), [['user', FOR, 'Spam devices are a real problem in my region.'],
    ['alice', AGAINST, 'Prices out small operators; the minimum stake already deters spam.'],
    ['bob', AGAINST, 'Too steep.'], ['dave', FOR, '']]);

  const p4 = propose('feeZero', 'carol', at(66, 8),
    [{ contract: registry, method: 'setOnboardingFee', args: [0] }],
    'PIP-4: Abolish the onboarding fee',
    'Drop the onboarding fee to zero to attract new operators.\n\n_Withdrawn by the author: superseded by PIP-8._');
  schedule(at(66, 20), 'cancel feeZero', () => governor.tx(A.carol.address, 'cancel', [...p4.args, descHash(p4)]));

  const p5 = propose('unbonding', 'dave', at(70, 10),
    [{ contract: staking, method: 'setUnbondingPeriod', args: [7 * DAY] }],
    'PIP-5: Shorten the unbonding period to 7 days',
    `Fourteen days of unbonding is longer than any other network we compete with for operators.
Shorten it to **7 days**. Slashing evidence is processed within 72 hours, so 7 days still leaves margin.`);
  vote(p5, at(71, 12), [['user', FOR, 'Capital efficiency matters for small operators.'], ['carol', FOR, ''],
    ['dave', FOR, 'Proposer.'], ['bob', AGAINST, 'Slashing needs the buffer.']]);

  const p6 = propose('minStake', 'alice', at(74, 10),
    [{ contract: registry, method: 'setMinStake', args: [tokens(1_500)] }],
    'PIP-6: Raise the minimum stake to 1,500 PLNTH',
    `Raise the minimum stake for new registrations from 1,000 to **1,500 PLNTH**.
Existing devices keep their stake; only new registrations are affected.`);
  vote(p6, at(75, 12), [['alice', FOR, ''], ['bob', FOR, 'Good for network quality.'],
    ['dave', AGAINST, 'Hurts onboarding right when we want growth.']]);
  queue(p6, at(80, 12));

  const p7 = propose('lisbon', 'bob', T.now - Math.round(1.5 * DAY),
    [{ contract: token, method: 'transfer', args: [A.grants.address, tokens(150_000)] },
      { contract: rewards, method: 'setRewardRate', args: [tokens('0.55')] }],
    'PIP-7: Lisbon wireless expansion',
    `Two actions:

1. Pay **150,000 PLNTH** to the grants multisig for 40 subsidised LoRaWAN hotspots in Lisbon.
2. Raise the reward rate to **0.55 PLNTH/s** to pay for the added coverage.

See the [coverage map](https://plinth.invalid/maps/lisbon) for the planned sites.`);
  vote(p7, T.now - Math.round(0.4 * DAY), [['alice', FOR, 'Lisbon coverage is the biggest gap on the map.'],
    ['bob', FOR, ''], ['carol', AGAINST, 'Two unrelated actions in one proposal; split it.'],
    ['dave', ABSTAIN, 'No opinion on Lisbon.']]);

  const p8 = propose('feeCut', 'user', T.now - 2 * HOUR,
    [{ contract: registry, method: 'setOnboardingFee', args: [tokens(5)] }],
    'PIP-8: Halve the onboarding fee to 5 PLNTH',
    'A gentler alternative to PIP-4: halve the onboarding fee from 10 to **5 PLNTH**.');

  // Epochs: each one posted a quarter of an hour after it ended, by the oracle.
  for (let k = 0; k < EPOCHS; k++) {
    schedule(T.epoch0 + (k + 1) * DAY + 15 * 60, `epoch ${k}`, async () => {
      const rnd = prng(`plinth/devnet/epoch/${k}`);
      const rate = await rewards.read('rewardRate');
      const budget = rate * BigInt(DAY);
      const dem = demand(k, rnd);
      const rows = [];
      net.DEVICES.forEach((spec, i) => {
        const score = seededScore(i, k, rnd); // always draw, so one device's history does not shift another's
        if (spec.onboard > k) return;
        if (spec.retireDay !== undefined && spec.retireDay <= k) return;
        rows.push({ device: deviceAddr[i], score, amount: score === 0 ? 0n : rewardAmount(budget, spec.weight, score, dem) });
      });
      rows.sort((a, b) => (BigInt(a.device) < BigInt(b.device) ? -1 : 1));
      await rewards.tx(A.oracle.address, 'postEpoch', [k, T.epoch0 + k * DAY,
        rows.map((r) => r.device), rows.map((r) => r.amount), rows.map((r) => r.score)]);
    });
  }

  events.sort((a, b) => a.t - b.t || a.order - b.order);
  for (const ev of events) if (ev.t > T.now) throw new Error(`seed event ${ev.label} is in the future`);

  // History padding (benchmarks of long syncs): empty blocks plus a little ordinary traffic, spread
  // evenly over the quiet gaps between the scripted events, so block times stay regular and no scripted
  // event moves.
  const padding = new Map();
  if (historyBlocks > 0) {
    const gaps = [];
    for (let i = 0; i < events.length; i++) {
      const next = i + 1 < events.length ? events[i + 1].t : T.now - 12 * (net.PARAMS.finalityDepth + 4);
      const cap = next - events[i].t - 3600; // half an hour of quiet on each side
      if (cap >= 600) gaps.push({ i, start: events[i].t + 1800, cap });
    }
    const capacity = gaps.reduce((a, g) => a + g.cap, 0);
    if (historyBlocks > capacity) throw new Error(`--history-blocks can be at most ${capacity} (one block per second of history)`);
    let assigned = 0;
    gaps.forEach((g, j) => {
      g.n = j === gaps.length - 1 ? historyBlocks - assigned : Math.floor((historyBlocks * g.cap) / capacity);
      assigned += g.n;
      if (g.n > 0) padding.set(g.i, g);
    });
  }
  const pad = async (g) => {
    const interval = Math.max(1, Math.floor(g.cap / (g.n + 1)));
    chain.warp(g.start);
    let left = g.n;
    if (left >= 20) {
      // Ordinary traffic that changes no seeded fact: an ETH payment and an ERC-20 approval.
      await chain.send({ from: A.cold.address, to: A.grants.address, value: 10n ** 15n });
      chain.warp(chain.lastTimestamp + interval);
      await token.tx(A.grants.address, 'approve', [A.cold.address, tokens(g.i % 1000)]);
      chain.warp(chain.lastTimestamp + interval);
      left -= 2;
    }
    // anvil_mine in chunks keeps each request short.
    while (left > 0) {
      const n = Math.min(left, 5000);
      await chain.mineEmpty(n, interval);
      chain.warp(chain.lastTimestamp + interval);
      left -= n;
    }
  };

  let done = 0;
  for (let i = 0; i < events.length; i++) {
    const ev = events[i];
    chain.warp(ev.t);
    await ev.fn();
    if (padding.has(i)) await pad(padding.get(i));
    if (++done % 50 === 0) log(`seeded ${done}/${events.length} steps (block ${await rpc.blockNumber()})`);
  }

  // A few empty blocks so that everything seeded is final (finalityDepth) at the head.
  chain.warp(Math.max(chain.lastTimestamp + 12, T.now - 12 * (net.PARAMS.finalityDepth + 2)));
  await chain.mineEmpty(net.PARAMS.finalityDepth + 2, 12);

  // Facts for tests and the profile.
  for (let i = 0; i < net.DEVICES.length; i++) {
    const spec = net.DEVICES[i];
    const addr = deviceAddr[i];
    facts.devices.push({
      index: i,
      address: addr,
      key: net.deviceKey(i),
      kind: spec.kind,
      region: spec.region,
      place: spec.place,
      registeredBy: A[spec.owner].address,
      owner: await registry.read('ownerOfDevice', [addr]),
      retired: await registry.read('isRetired', [addr]),
      earned: (await rewards.read('deviceEarned', [addr])).toString(),
    });
  }
  const names = ['Pending', 'Active', 'Canceled', 'Defeated', 'Succeeded', 'Queued', 'Expired', 'Executed'];
  for (const p of proposals) {
    const state = Number(await governor.read('state', [p.id]));
    facts.proposals[p.label] = { id: p.id.toString(), state: names[state], stateCode: state, proposer: p.proposer, title: p.title, block: p.block };
  }
  const owners = {};
  for (const [role, addr] of Object.entries(facts.accounts)) {
    const count = Number(await registry.read('balanceOf', [addr]));
    if (count) owners[role] = count;
  }
  facts.deviceCounts = owners;
  facts.accrued = {};
  facts.votes = {};
  for (const role of ['user', 'alice', 'bob', 'carol', 'dave']) {
    facts.accrued[role] = (await rewards.read('accrued', [A[role].address])).toString();
    facts.votes[role] = (await token.read('getVotes', [A[role].address])).toString();
  }
  const head = await rpc.block('latest');
  facts.head = { number: Number(head.number), hash: head.hash, timestamp: Number(head.timestamp) };
  const dep = await rpc.block(d.deploymentBlock);
  facts.checkpoint = { number: d.deploymentBlock, hash: dep.hash };
  return facts;
}

const ONBOARD_TYPES = {
  Onboard: [
    { name: 'owner', type: 'address' },
    { name: 'device', type: 'address' },
    { name: 'kind', type: 'uint8' },
    { name: 'capacity', type: 'uint256' },
    { name: 'region', type: 'string' },
    { name: 'nonce', type: 'uint256' },
    { name: 'deadline', type: 'uint256' },
  ],
};

module.exports = { seed, timeline, prng, seededScore, rewardAmount, EPOCHS, ONBOARD_TYPES, TOTAL_WEIGHT };
