'use strict';
// The seeded network, loaded from the saved fixture (contracts/build/fixture): what a dashboard shows.
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { startNetwork, ethers, net } = require('./helpers');
const paths = require('../lib/paths');

const DAY = 86400;

describe('seeded network (fixture)', () => {
  let env;
  let profile;
  let facts;
  let startMs;
  before(async () => {
    const t0 = Date.now();
    env = await startNetwork({ fixture: true });
    startMs = Date.now() - t0;
    profile = JSON.parse(fs.readFileSync(path.join(paths.fixture, 'network.json'), 'utf8'));
    facts = env.facts;
  });
  after(async () => env && env.stop());

  const addr = (role) => env.accounts[role].address;

  it('starts from the saved state', () => {
    // startMs includes `devnet build-fixture` (a no-op when the fixture is current, a full seed when not).
    // A figure, not an assertion: timing on a shared machine is checked by bench_devnet_start.
    console.log(`# fixture chain ready in ${env.loadMs} ms (${startMs} ms with the fixture check)`);
    assert.ok(env.loadMs > 0);
  });

  it('profile: every documented key, consistent with the chain', async () => {
    for (const k of ['name', 'chainId', 'currency', 'rpc', 'contracts', 'deploymentBlock', 'checkpoint', 'finalityDepth', 'epochSeconds', 'token']) {
      assert.ok(k in profile, k);
    }
    assert.equal(profile.chainId, Number((await env.provider.getNetwork()).chainId));
    assert.deepEqual(profile.currency, { symbol: 'ETH', decimals: 18 });
    assert.equal(profile.token.symbol, await env.c.token.symbol());
    assert.equal(BigInt(profile.token.decimals), await env.c.token.decimals());
    for (const k of ['token', 'devices', 'staking', 'rewards', 'governor', 'timelock']) {
      assert.ok(ethers.isAddress(profile.contracts[k]), k);
      assert.notEqual(await env.provider.getCode(profile.contracts[k]), '0x', k);
      assert.ok(fs.existsSync(profile.abi[k]), `abi ${k}`);
    }
    assert.ok(profile.deploymentBlock >= 1);
    assert.ok(profile.checkpoint.number >= 1 && profile.checkpoint.number >= profile.deploymentBlock);
    const cp = await env.provider.getBlock(profile.checkpoint.number);
    assert.equal(cp.hash, profile.checkpoint.hash);
    // The first contract (the timelock) is created in the deployment block.
    const first = await env.provider.getBlock(profile.deploymentBlock);
    const receipt = await env.provider.getTransactionReceipt(first.transactions[0]);
    assert.equal(receipt.contractAddress, profile.contracts.timelock);
    assert.equal((await env.provider.getBlock(profile.deploymentBlock - 1)).transactions.length, 0);
    assert.equal(profile.finalityDepth, net.PARAMS.finalityDepth);
    assert.equal(profile.epochSeconds, DAY);
    assert.equal(BigInt(profile.epochSeconds), await env.c.rewards.epochDuration());
  });

  it('finality: "finalized" trails the head by finalityDepth and everything seeded is final', async () => {
    const head = await env.provider.getBlock('latest');
    const fin = await env.provider.getBlock('finalized');
    assert.equal(head.number - fin.number, profile.finalityDepth);
    const lastEpoch = (await env.c.rewards.queryFilter(env.c.rewards.filters.EpochPosted(), 0)).at(-1);
    assert.ok(lastEpoch.blockNumber <= fin.number);
  });

  it('devices: the user owns 10 devices of 6 kinds in different regions; others own some too', async () => {
    assert.equal(await env.c.devices.balanceOf(addr('user')), 10n);
    assert.equal(await env.c.devices.balanceOf(addr('alice')), 1n);
    assert.equal(await env.c.devices.balanceOf(addr('bob')), 1n);
    assert.equal(await env.c.devices.balanceOf(addr('carol')), 1n);
    assert.equal(await env.c.devices.totalRegistered(), 14n);
    assert.equal(await env.c.devices.activeDevices(), 13n);
    const mine = facts.devices.filter((d) => d.owner === addr('user'));
    assert.equal(mine.length, 10);
    const kinds = new Set();
    const regions = new Set();
    for (const d of mine) {
      const info = await env.c.devices.deviceInfo(d.address);
      kinds.add(Number(info.kind));
      regions.add(info.region);
    }
    assert.ok(kinds.size >= 4, `kinds ${[...kinds]}`);
    assert.equal(regions.size, 10);
    const retired = facts.devices.find((d) => d.retired);
    assert.equal(await env.c.devices.isRetired(retired.address), true);
  });

  it('devices: keys are deterministic, so tests can re-sign for them', async () => {
    for (const d of facts.devices) {
      const w = new ethers.Wallet(net.deviceKey(d.index));
      assert.equal(w.address, d.address);
      assert.equal(await env.c.devices.nonceUsed(d.address, 0), true);
    }
  });

  it('epochs: 90 daily epochs in the past, ending shortly before the chain\'s now', async () => {
    assert.equal(await env.c.rewards.epochCount(), 90n);
    const posted = await env.c.rewards.queryFilter(env.c.rewards.filters.EpochPosted(), 0);
    assert.equal(posted.length, 90);
    const head = await env.provider.getBlock('latest');
    posted.forEach((e, k) => {
      assert.equal(e.args.epoch, BigInt(k));
      assert.equal(e.args.end - e.args.start, BigInt(DAY));
      if (k > 0) assert.equal(e.args.start, posted[k - 1].args.end);
    });
    const lastEnd = Number(posted.at(-1).args.end);
    assert.ok(lastEnd <= head.timestamp && head.timestamp - lastEnd < 2 * DAY);
    assert.equal(lastEnd % DAY, 0, 'epochs end at UTC midnight');
    assert.ok(Math.abs(head.timestamp - facts.now) < 600, 'the chain ends at the seed\'s now');
    // The reward rate went up with PIP-1: later epochs have a bigger total.
    const avg = (from, to) => posted.slice(from, to).reduce((s, e) => s + e.args.total, 0n) / BigInt(to - from);
    assert.ok(avg(60, 70) > avg(10, 20));
  });

  it('rewards: realistic variation (a week offline, a dip, a recent device)', async () => {
    const rewarded = await env.c.rewards.queryFilter(env.c.rewards.filters.DeviceRewarded(), 0);
    const of = (i) => rewarded.filter((e) => e.args.device === facts.devices[i].address);
    const frankfurt = of(2);
    for (let k = 45; k <= 51; k++) {
      const e = frankfurt.find((x) => x.args.epoch === BigInt(k));
      assert.equal(e.args.score, 0n);
      assert.equal(e.args.amount, 0n);
    }
    const scores = new Set(of(0).map((e) => e.args.score));
    assert.ok(scores.size > 20, 'scores vary from day to day');
    const recent = of(8);
    assert.equal(recent[0].args.epoch, 84n);
    assert.ok(recent.length === 6);
    // Device 10 changed hands on day 60: earlier rewards went to alice, later ones to the user.
    const sold = of(10);
    assert.ok(sold.some((e) => e.args.owner === addr('alice')) && sold.some((e) => e.args.owner === addr('user')));
    const [moved] = await env.c.devices.queryFilter(env.c.devices.filters.DeviceTransferred(facts.devices[10].address), 0);
    assert.equal(moved.args.from, addr('alice'));
    assert.equal(moved.args.to, addr('user'));
  });

  it('light client: accrued balances rebuilt from events match storage', async () => {
    const rewarded = await env.c.rewards.queryFilter(env.c.rewards.filters.DeviceRewarded(), 0);
    const claimed = await env.c.rewards.queryFilter(env.c.rewards.filters.Claimed(), 0);
    assert.ok(claimed.length >= 3);
    const owners = new Set(rewarded.map((e) => e.args.owner));
    for (const o of owners) {
      const earned = rewarded.filter((e) => e.args.owner === o).reduce((s, e) => s + e.args.amount, 0n);
      const paid = claimed.filter((e) => e.args.owner === o).reduce((s, e) => s + e.args.amount, 0n);
      assert.equal(earned - paid, await env.c.rewards.accrued(o), o);
    }
    assert.ok((await env.c.rewards.accrued(addr('user'))) > 0n, 'the user has unclaimed rewards');
    // Per device: the sum of its rewards is deviceEarned.
    for (const d of facts.devices) {
      const sum = rewarded.filter((e) => e.args.device === d.address).reduce((s, e) => s + e.args.amount, 0n);
      assert.equal(sum, await env.c.rewards.deviceEarned(d.address));
    }
  });

  it('light client: documented storage slots (accrued 1, balances 0, stakes 1) and eth_getProof', async () => {
    // The compiler's layout is what README.md documents.
    const { loadArtifact } = require('../lib/compile');
    const slotIn = (name, label) => loadArtifact(name).storageLayout.storage.find((v) => v.label === label).slot;
    assert.equal(slotIn('Rewards', 'accrued'), '1');
    assert.equal(slotIn('PlinthToken', '_balances'), '0');
    assert.equal(slotIn('Staking', 'stakes'), '1');
    assert.equal(slotIn('DeviceRegistry', '_owners'), '2');
    const coder = ethers.AbiCoder.defaultAbiCoder();
    const slotOf = (key, slot) => ethers.keccak256(coder.encode(['address', 'uint256'], [key, slot]));
    const user = addr('user');
    const device5 = facts.devices[5].address;
    const cases = [
      [profile.contracts.rewards, slotOf(user, 1), await env.c.rewards.accrued(user)],
      [profile.contracts.token, slotOf(user, 0), await env.c.token.balanceOf(user)],
      [profile.contracts.staking, ethers.keccak256(coder.encode(['address', 'bytes32'], [user, slotOf(device5, 1)])), await env.c.staking.stakes(device5, user)],
      [profile.contracts.staking, ethers.keccak256(coder.encode(['address', 'bytes32'], [addr('dave'), slotOf(device5, 1)])), await env.c.staking.stakes(device5, addr('dave'))],
    ];
    const fin = await env.provider.getBlock('finalized');
    for (const [contract, slot, expected] of cases) {
      assert.ok(expected > 0n);
      assert.equal(BigInt(await env.provider.getStorage(contract, slot)), expected);
      const proof = await env.provider.send('eth_getProof', [contract, [slot], 'latest']);
      assert.equal(BigInt(proof.storageProof[0].value), expected);
      assert.ok(proof.accountProof.length > 0 && proof.storageProof[0].proof.length > 0);
      // Older states are kept in the fixture too: a proof at the finalized block works.
      const old = await env.provider.send('eth_getProof', [contract, [slot], ethers.toQuantity(fin.number)]);
      assert.equal(BigInt(old.storageProof[0].value), expected);
    }
  });

  it('staking: self-stake, a delegation, a finished and a pending unbonding, a slash', async () => {
    const d5 = facts.devices[5].address;
    assert.equal(await env.c.staking.stakes(d5, addr('dave')), net.tokens(20_000));
    const staked = await env.c.staking.queryFilter(env.c.staking.filters.Staked(), 0);
    assert.ok(staked.some((e) => e.args.delegation === true));
    const requests = await env.c.staking.queryFilter(env.c.staking.filters.UnstakeRequested(), 0);
    assert.equal(requests.length, 2);
    const head = await env.provider.getBlock('latest');
    const pending = await env.c.staking.unbondings(2n);
    assert.equal(pending.staker, addr('user'));
    assert.equal(pending.withdrawn, false);
    assert.ok(pending.releaseAt > BigInt(head.timestamp));
    assert.equal((await env.c.staking.unbondings(1n)).withdrawn, true);
    const [slash] = await env.c.staking.queryFilter(env.c.staking.filters.Slashed(), 0);
    assert.equal(slash.args.staker, addr('bob'));
    assert.match(slash.args.reason, /beacon replay/);
  });

  it('governance: proposals in every state, with markdown and votes with reasons', async () => {
    const names = ['Pending', 'Active', 'Canceled', 'Defeated', 'Succeeded', 'Queued', 'Expired', 'Executed'];
    const seen = new Set();
    const created = await env.c.governor.queryFilter(env.c.governor.filters.ProposalCreated(), 0);
    assert.equal(created.length, Object.keys(facts.proposals).length);
    assert.ok(created.length >= 7);
    for (const [label, p] of Object.entries(facts.proposals)) {
      const state = Number(await env.c.governor.state(p.id));
      assert.equal(names[state], p.state, label);
      seen.add(p.state);
      const ev = created.find((e) => e.args.proposalId === BigInt(p.id));
      assert.match(ev.args.description, /^# PIP-\d+: /);
    }
    for (const s of ['Pending', 'Active', 'Canceled', 'Defeated', 'Succeeded', 'Queued', 'Executed']) assert.ok(seen.has(s), s);
    const votes = await env.c.governor.queryFilter(env.c.governor.filters.VoteCast(), 0);
    assert.ok(new Set(votes.map((v) => v.args.voter)).size >= 4);
    assert.ok(votes.filter((v) => v.args.reason.length > 0).length >= 8);
    // The executed proposals did what they say.
    assert.equal(await env.c.rewards.rewardRate(), net.tokens('0.5'));
    assert.equal(await env.c.token.balanceOf(addr('grants')), net.tokens(250_000));
    // The user can still vote on the active proposal.
    assert.equal(await env.c.governor.hasVoted(facts.proposals.lisbon.id, addr('user')), false);
    for (const role of ['user', 'alice', 'bob', 'carol', 'dave']) {
      assert.equal((await env.c.token.getVotes(addr(role))).toString(), facts.votes[role], role);
    }
  });

  it('the chain keeps working: the user votes on the active proposal and claims', async () => {
    const snap = await env.snapshot();
    try {
      await (await env.as('user').governor.castVoteWithReason(facts.proposals.lisbon.id, 1, 'from the test')).wait();
      const accrued = await env.c.rewards.accrued(addr('user'));
      await (await env.as('user').rewards.claim(addr('user'))).wait();
      assert.equal(await env.c.rewards.accrued(addr('user')), 0n);
      assert.ok(accrued > 0n);
      assert.equal(Number(await env.c.governor.state(facts.proposals.lisbon.id)), 1);
    } finally {
      await env.revertTo(snap);
    }
  });
});
