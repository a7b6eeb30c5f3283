'use strict';
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startNetwork, registerDevice, expectRevert, eventsOf, isolate, ethers, net } = require('./helpers');

const DAY = 86400;

describe('Rewards', () => {
  let env;
  let d1; // user's
  let d2; // alice's
  let start0;
  before(async () => {
    env = await startNetwork();
    d1 = (await registerDevice(env, 'user')).device;
    d2 = (await registerDevice(env, 'alice')).device;
    start0 = Number(await env.c.rewards.lastEpochEnd());
  });
  after(async () => env && env.stop());
  isolate(() => env);

  const addr = (role) => env.accounts[role].address;
  const sorted = (...ds) => [...ds].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
  const oracle = () => env.as('oracle').rewards;
  const budget = () => net.PARAMS.rewardRate * BigInt(net.PARAMS.epochDuration);

  async function postFirst(amounts = { [d1]: 100n, [d2]: 50n }) {
    await env.increaseTime(DAY);
    const devices = sorted(...Object.keys(amounts));
    return (await oracle().postEpoch(0, start0, devices, devices.map((d) => amounts[d]), devices.map(() => 9900))).wait();
  }

  it('has the genesis parameters', async () => {
    assert.equal(await env.c.rewards.epochDuration(), BigInt(DAY));
    assert.equal(await env.c.rewards.rewardRate(), net.PARAMS.rewardRate);
    assert.equal(await env.c.rewards.epochBudget(), budget());
    assert.equal(await env.c.rewards.epochCount(), 0n);
    assert.equal(await env.c.rewards.MAX_SCORE(), 10000n);
    assert.equal(await env.c.rewards.token(), env.addresses.token);
    assert.equal(await env.c.rewards.registry(), env.addresses.devices);
    assert.ok(await env.c.rewards.hasRole(await env.c.rewards.ORACLE_ROLE(), addr('oracle')));
    assert.equal(await env.c.token.minter(), env.addresses.rewards);
  });

  it('postEpoch: mints the total, accrues to owners, emits EpochPosted and DeviceRewarded', async () => {
    const supply = await env.c.token.totalSupply();
    const r = await postFirst();
    const [posted] = eventsOf(r, env.c.rewards, 'EpochPosted');
    assert.deepEqual([posted.args.epoch, posted.args.start, posted.args.end, posted.args.total, posted.args.devices],
      [0n, BigInt(start0), BigInt(start0 + DAY), 150n, 2n]);
    const rewarded = eventsOf(r, env.c.rewards, 'DeviceRewarded');
    assert.equal(rewarded.length, 2);
    const byDevice = Object.fromEntries(rewarded.map((e) => [e.args.device, e.args]));
    assert.equal(byDevice[d1].owner, addr('user'));
    assert.equal(byDevice[d1].amount, 100n);
    assert.equal(byDevice[d1].score, 9900n);
    assert.equal(byDevice[d2].owner, addr('alice'));
    assert.equal(await env.c.rewards.accrued(addr('user')), 100n);
    assert.equal(await env.c.rewards.accrued(addr('alice')), 50n);
    assert.equal(await env.c.rewards.deviceEarned(d1), 100n);
    assert.equal(await env.c.rewards.totalAccrued(), 150n);
    assert.equal(await env.c.rewards.epochCount(), 1n);
    assert.equal(await env.c.rewards.lastEpochEnd(), BigInt(start0 + DAY));
    const e = await env.c.rewards.epochs(0);
    assert.deepEqual([e.start, e.end, e.devices, e.total], [BigInt(start0), BigInt(start0 + DAY), 2n, 150n]);
    assert.equal(await env.c.token.totalSupply(), supply + 150n);
    assert.equal(await env.c.token.balanceOf(env.addresses.rewards), 150n);
    assert.equal(await env.c.token.emitted(), 150n);
  });

  it('postEpoch: rewards go to the owner at posting time; gaps between epochs are allowed', async () => {
    await postFirst();
    await (await env.as('user').devices.transferFrom(addr('user'), addr('bob'), BigInt(d1))).wait();
    await env.increaseTime(3 * DAY);
    const start = start0 + 2 * DAY; // a one-day gap after epoch 0
    await (await oracle().postEpoch(1, start, [d1], [10n], [10000])).wait();
    assert.equal(await env.c.rewards.accrued(addr('bob')), 10n);
    assert.equal(await env.c.rewards.accrued(addr('user')), 100n);
    assert.equal(await env.c.rewards.deviceEarned(d1), 110n);
    assert.equal(await env.c.rewards.lastEpochEnd(), BigInt(start + DAY));
  });

  it('postEpoch: zero amounts (offline devices) and an empty epoch are fine', async () => {
    await env.increaseTime(DAY);
    const r = await (await oracle().postEpoch(0, start0, [d1], [0n], [0])).wait();
    assert.equal(eventsOf(r, env.c.rewards, 'DeviceRewarded')[0].args.amount, 0n);
    await env.increaseTime(DAY);
    await (await oracle().postEpoch(1, start0 + DAY, [], [], [])).wait();
    assert.equal(await env.c.rewards.epochCount(), 2n);
    assert.equal(await env.c.token.emitted(), 0n);
  });

  it('postEpoch: the whole budget can be paid, one more unit cannot', async () => {
    await env.increaseTime(DAY);
    const devices = sorted(d1, d2);
    await expectRevert(oracle().postEpoch(0, start0, devices, [budget(), 1n], [1, 1]), 'EpochBudgetExceeded', [budget() + 1n, budget()]);
    await (await oracle().postEpoch(0, start0, devices, [budget() - 1n, 1n], [1, 1])).wait();
  });

  it('postEpoch: reverts for non-oracles and bad epochs', async () => {
    const role = await env.c.rewards.ORACLE_ROLE();
    await expectRevert(env.as('user').rewards.postEpoch(0, start0, [], [], []), 'AccessControlUnauthorizedAccount', [addr('user'), role]);
    const now = await env.now();
    await expectRevert(oracle().postEpoch(0, start0, [], [], []), 'EpochNotEnded');
    await env.increaseTime(2 * DAY);
    await expectRevert(oracle().postEpoch(1, start0, [], [], []), 'EpochOutOfOrder', [0n, 1n]);
    await expectRevert(oracle().postEpoch(0, start0 - 1, [], [], []), 'EpochOverlaps', [BigInt(start0 - 1), BigInt(start0)]);
    await expectRevert(oracle().postEpoch(0, start0, [d1], [1n, 2n], [1]), 'LengthMismatch');
    await expectRevert(oracle().postEpoch(0, start0, [d1], [1n], [1, 2]), 'LengthMismatch');
    const [lo, hi] = sorted(d1, d2);
    await expectRevert(oracle().postEpoch(0, start0, [hi, lo], [1n, 1n], [1, 1]), 'DevicesNotSorted', [1n]);
    await expectRevert(oracle().postEpoch(0, start0, [lo, lo], [1n, 1n], [1, 1]), 'DevicesNotSorted', [1n]);
    await expectRevert(oracle().postEpoch(0, start0, [ethers.ZeroAddress], [1n], [1]), 'DevicesNotSorted', [0n]);
    await expectRevert(oracle().postEpoch(0, start0, [d1], [1n], [10001]), 'ScoreOutOfRange', [d1, 10001n]);
    const unknown = ethers.Wallet.createRandom().address;
    await expectRevert(oracle().postEpoch(0, start0, [unknown], [1n], [1]), 'DeviceNotActive', [unknown]);
    await (await env.as('user').devices.retire(d1)).wait();
    await expectRevert(oracle().postEpoch(0, start0, [d1], [1n], [1]), 'DeviceNotActive', [d1]);
    assert.ok(now > 0);
  });

  it('postEpoch: the token emission cap is enforced (EmissionCapExceeded)', async () => {
    const small = await startNetwork({ params: { emissionCap: 1000n } });
    try {
      const dev = (await registerDevice(small, 'user')).device;
      const start = Number(await small.c.rewards.lastEpochEnd());
      await small.increaseTime(DAY);
      await expectRevert(small.as('oracle').rewards.postEpoch(0, start, [dev], [1001n], [1]), 'EmissionCapExceeded', [1001n, 1000n]);
      await (await small.as('oracle').rewards.postEpoch(0, start, [dev], [1000n], [1])).wait();
      assert.equal(await small.c.token.emitted(), 1000n);
    } finally {
      await small.stop();
    }
  });

  it('claim: pays everything accrued to any address', async () => {
    await postFirst();
    const cold = addr('cold');
    const before = await env.c.token.balanceOf(cold);
    const r = await (await env.as('user').rewards.claim(cold)).wait();
    const [ev] = eventsOf(r, env.c.rewards, 'Claimed');
    assert.deepEqual([ev.args.owner, ev.args.to, ev.args.amount], [addr('user'), cold, 100n]);
    assert.equal(await env.c.token.balanceOf(cold), before + 100n);
    assert.equal(await env.c.rewards.accrued(addr('user')), 0n);
    assert.equal(await env.c.rewards.claimed(addr('user')), 100n);
    assert.equal(await env.c.rewards.totalAccrued(), 50n);
    assert.equal(await env.as('alice').rewards.claim.staticCall(addr('alice')), 50n);
  });

  it('claim: reverts NothingToClaim and ZeroAddress', async () => {
    await expectRevert(env.as('user').rewards.claim(addr('user')), 'NothingToClaim', [addr('user')]);
    await postFirst();
    await expectRevert(env.as('user').rewards.claim(ethers.ZeroAddress), 'ZeroAddress');
  });

  it('setRewardRate and setEpochDuration: timelock only, with events', async () => {
    await expectRevert(env.as('user').rewards.setRewardRate(1n), 'AccessControlUnauthorizedAccount', [addr('user'), ethers.ZeroHash]);
    await expectRevert(env.as('user').rewards.setEpochDuration(1n), 'AccessControlUnauthorizedAccount');
    const tl = await env.impersonate(env.addresses.timelock);
    let r = await (await env.as(tl).rewards.setRewardRate(5n)).wait();
    let [ev] = eventsOf(r, env.c.rewards, 'RewardRateChanged');
    assert.deepEqual([ev.args.oldRate, ev.args.newRate], [net.PARAMS.rewardRate, 5n]);
    await expectRevert(env.as(tl).rewards.setEpochDuration(0n), 'InvalidEpochDuration', [0n]);
    r = await (await env.as(tl).rewards.setEpochDuration(30n)).wait();
    [ev] = eventsOf(r, env.c.rewards, 'EpochDurationChanged');
    assert.deepEqual([ev.args.oldDuration, ev.args.newDuration], [BigInt(DAY), 30n]);
    assert.equal(await env.c.rewards.epochBudget(), 150n);
    // Epochs now last 30 s.
    await env.increaseTime(30);
    const rr = await (await oracle().postEpoch(0, start0, [d1], [150n], [1])).wait();
    assert.equal(eventsOf(rr, env.c.rewards, 'EpochPosted')[0].args.end, BigInt(start0 + 30));
  });

  it('governance replaces the oracle (AccessControl roles held by the timelock)', async () => {
    const role = await env.c.rewards.ORACLE_ROLE();
    await expectRevert(env.as('oracle').rewards.grantRole(role, addr('dave')), 'AccessControlUnauthorizedAccount');
    const tl = await env.impersonate(env.addresses.timelock);
    await (await env.as(tl).rewards.grantRole(role, addr('dave'))).wait();
    await (await env.as(tl).rewards.revokeRole(role, addr('oracle'))).wait();
    assert.equal(await env.c.rewards.hasRole(role, addr('dave')), true);
    await env.increaseTime(DAY);
    await expectRevert(oracle().postEpoch(0, start0, [], [], []), 'AccessControlUnauthorizedAccount');
    await (await env.as('dave').rewards.postEpoch(0, start0, [], [], [])).wait();
    await (await env.as('dave').rewards.renounceRole(role, addr('dave'))).wait();
    assert.equal(await env.c.rewards.hasRole(role, addr('dave')), false);
  });

  it('constructor rejects zero addresses and a zero epoch duration', async () => {
    const a = require('../lib/compile').loadArtifact('Rewards');
    const f = new ethers.ContractFactory(a.abi, a.bytecode, env.signers.deployer);
    const { token, devices, timelock } = env.addresses;
    await expectRevert(f.deploy(ethers.ZeroAddress, devices, timelock, ethers.ZeroAddress, 1n, 1n, 0n), 'ZeroAddress');
    await expectRevert(f.deploy(token, ethers.ZeroAddress, timelock, ethers.ZeroAddress, 1n, 1n, 0n), 'ZeroAddress');
    await expectRevert(f.deploy(token, devices, timelock, ethers.ZeroAddress, 0n, 1n, 0n), 'InvalidEpochDuration', [0n]);
  });

  it('a wallet rebuilds accrued balances from events alone', async () => {
    await postFirst();
    await (await env.as('user').rewards.claim(addr('user'))).wait();
    await env.increaseTime(DAY);
    const devices = sorted(d1, d2);
    await (await oracle().postEpoch(1, start0 + DAY, devices, [7n, 9n], [9000, 9100])).wait();
    const rewarded = await env.c.rewards.queryFilter(env.c.rewards.filters.DeviceRewarded(), 0);
    const claimed = await env.c.rewards.queryFilter(env.c.rewards.filters.Claimed(), 0);
    for (const role of ['user', 'alice']) {
      const a = addr(role);
      const earned = rewarded.filter((e) => e.args.owner === a).reduce((s, e) => s + e.args.amount, 0n);
      const paid = claimed.filter((e) => e.args.owner === a).reduce((s, e) => s + e.args.amount, 0n);
      assert.equal(earned - paid, await env.c.rewards.accrued(a), role);
    }
  });
});
