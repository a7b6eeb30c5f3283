'use strict';
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startNetwork, registerDevice, expectRevert, eventsOf, isolate, ethers, net } = require('./helpers');

describe('Staking', () => {
  let env;
  let device; // registered by user with the minimum stake
  before(async () => {
    env = await startNetwork();
    ({ device } = await registerDevice(env, 'user'));
    for (const role of ['user', 'alice', 'dave']) {
      await (await env.as(role).token.approve(env.addresses.staking, ethers.MaxUint256)).wait();
    }
  });
  after(async () => env && env.stop());
  isolate(() => env);

  const addr = (role) => env.accounts[role].address;
  const MIN = net.PARAMS.minStake;

  it('starts with the registration stake and the genesis parameters', async () => {
    assert.equal(await env.c.staking.stakes(device, addr('user')), MIN);
    assert.equal(await env.c.staking.deviceStake(device), MIN);
    assert.equal(await env.c.staking.stakerTotal(addr('user')), MIN);
    assert.equal(await env.c.staking.unbondingPeriod(), BigInt(net.PARAMS.unbondingPeriod));
    assert.equal(await env.c.staking.registry(), env.addresses.devices);
    assert.equal(await env.c.staking.token(), env.addresses.token);
    assert.equal(await env.c.staking.treasury(), env.addresses.timelock);
    assert.ok(await env.c.staking.hasRole(await env.c.staking.SLASHER_ROLE(), addr('slasher')));
    assert.equal(await env.c.token.balanceOf(env.addresses.staking), MIN);
  });

  it('stake: adds to your stake on your own device', async () => {
    const r = await (await env.as('user').staking.stake(device, 500n)).wait();
    const [ev] = eventsOf(r, env.c.staking, 'Staked');
    assert.deepEqual([ev.args.device, ev.args.staker, ev.args.amount, ev.args.delegation], [device, addr('user'), 500n, false]);
    assert.equal(await env.c.staking.stakes(device, addr('user')), MIN + 500n);
    assert.equal(await env.c.staking.deviceStake(device), MIN + 500n);
    assert.equal(await env.c.staking.stakerTotal(addr('user')), MIN + 500n);
  });

  it('stake: reverts ZeroAmount, NotDeviceOwner, DeviceNotActive', async () => {
    await expectRevert(env.as('user').staking.stake(device, 0n), 'ZeroAmount');
    await expectRevert(env.as('alice').staking.stake(device, 1n), 'NotDeviceOwner', [device, addr('alice')]);
    const unknown = ethers.Wallet.createRandom().address;
    await expectRevert(env.as('user').staking.stake(unknown, 1n), 'DeviceNotActive', [unknown]);
  });

  it('delegate: anyone stakes on any active device', async () => {
    const r = await (await env.as('dave').staking.delegate(device, 2000n)).wait();
    const [ev] = eventsOf(r, env.c.staking, 'Staked');
    assert.deepEqual([ev.args.device, ev.args.staker, ev.args.amount, ev.args.delegation], [device, addr('dave'), 2000n, true]);
    assert.equal(await env.c.staking.stakes(device, addr('dave')), 2000n);
    assert.equal(await env.c.staking.deviceStake(device), MIN + 2000n);
    assert.equal(await env.c.staking.stakerTotal(addr('dave')), 2000n);
  });

  it('delegate: reverts ZeroAmount and DeviceNotActive (unknown or retired)', async () => {
    await expectRevert(env.as('dave').staking.delegate(device, 0n), 'ZeroAmount');
    await (await env.as('user').devices.retire(device)).wait();
    await expectRevert(env.as('dave').staking.delegate(device, 1n), 'DeviceNotActive', [device]);
  });

  it('depositFor: only the registry', async () => {
    await expectRevert(env.as('user').staking.depositFor(addr('user'), device, 1n), 'NotRegistry', [addr('user')]);
    const registry = await env.impersonate(env.addresses.devices);
    await expectRevert(env.as(registry).staking.depositFor(addr('user'), device, 0n), 'ZeroAmount');
    const r = await (await env.as(registry).staking.depositFor(addr('alice'), device, 5n)).wait();
    assert.equal(eventsOf(r, env.c.staking, 'Staked')[0].args.staker, addr('alice'));
    assert.equal(await env.c.staking.stakes(device, addr('alice')), 5n);
  });

  it('unstake then withdraw after the unbonding period', async () => {
    const r = await (await env.as('user').staking.unstake(device, 400n)).wait();
    const [ev] = eventsOf(r, env.c.staking, 'UnstakeRequested');
    const block = await env.provider.getBlock(r.blockNumber);
    const releaseAt = BigInt(block.timestamp + net.PARAMS.unbondingPeriod);
    assert.deepEqual([ev.args.id, ev.args.device, ev.args.staker, ev.args.amount, ev.args.releaseAt], [1n, device, addr('user'), 400n, releaseAt]);
    assert.equal(await env.c.staking.stakes(device, addr('user')), MIN - 400n);
    assert.equal(await env.c.staking.unbondingTotal(addr('user')), 400n);
    assert.equal(await env.c.staking.unbondingCount(), 1n);
    const u = await env.c.staking.unbondings(1n);
    assert.deepEqual([u.staker, u.device, u.amount, u.releaseAt, u.withdrawn], [addr('user'), device, 400n, releaseAt, false]);

    await expectRevert(env.as('user').staking.withdraw(1n), 'StillUnbonding', [1n, releaseAt]);
    await env.increaseTime(net.PARAMS.unbondingPeriod);
    await expectRevert(env.as('alice').staking.withdraw(1n), 'NotUnbondingOwner', [1n, addr('alice')]);
    const before = await env.c.token.balanceOf(addr('user'));
    const w = await (await env.as('user').staking.withdraw(1n)).wait();
    const [wev] = eventsOf(w, env.c.staking, 'Withdrawn');
    assert.deepEqual([wev.args.id, wev.args.staker, wev.args.device, wev.args.amount], [1n, addr('user'), device, 400n]);
    assert.equal(await env.c.token.balanceOf(addr('user')), before + 400n);
    assert.equal(await env.c.staking.unbondingTotal(addr('user')), 0n);
    await expectRevert(env.as('user').staking.withdraw(1n), 'AlreadyWithdrawn', [1n]);
    await expectRevert(env.as('user').staking.withdraw(2n), 'UnknownUnbonding', [2n]);
  });

  it('unstake: reverts ZeroAmount and InsufficientStake', async () => {
    await expectRevert(env.as('user').staking.unstake(device, 0n), 'ZeroAmount');
    await expectRevert(env.as('user').staking.unstake(device, MIN + 1n), 'InsufficientStake', [MIN, MIN + 1n]);
    await expectRevert(env.as('alice').staking.unstake(device, 1n), 'InsufficientStake', [0n, 1n]);
  });

  it('slash: the slasher moves stake to the treasury, with a reason', async () => {
    await (await env.as('dave').staking.delegate(device, 2000n)).wait();
    const treasury = await env.c.token.balanceOf(env.addresses.timelock);
    const r = await (await env.as('slasher').staking.slash(device, addr('dave'), 300n, 'downtime fraud')).wait();
    const [ev] = eventsOf(r, env.c.staking, 'Slashed');
    assert.deepEqual([ev.args.device, ev.args.staker, ev.args.slasher, ev.args.amount, ev.args.reason], [device, addr('dave'), addr('slasher'), 300n, 'downtime fraud']);
    assert.equal(await env.c.staking.stakes(device, addr('dave')), 1700n);
    assert.equal(await env.c.staking.deviceStake(device), MIN + 1700n);
    assert.equal(await env.c.token.balanceOf(env.addresses.timelock), treasury + 300n);
  });

  it('slash: reverts for non-slashers, ZeroAmount, InsufficientStake', async () => {
    const role = await env.c.staking.SLASHER_ROLE();
    await expectRevert(env.as('user').staking.slash(device, addr('user'), 1n, 'x'), 'AccessControlUnauthorizedAccount', [addr('user'), role]);
    await expectRevert(env.as('slasher').staking.slash(device, addr('user'), 0n, 'x'), 'ZeroAmount');
    await expectRevert(env.as('slasher').staking.slash(device, addr('user'), MIN + 1n, 'x'), 'InsufficientStake', [MIN, MIN + 1n]);
  });

  it('setUnbondingPeriod: timelock only, bounded', async () => {
    await expectRevert(env.as('user').staking.setUnbondingPeriod(1n), 'AccessControlUnauthorizedAccount', [addr('user'), ethers.ZeroHash]);
    const tl = await env.impersonate(env.addresses.timelock);
    const max = await env.c.staking.MAX_UNBONDING_PERIOD();
    await expectRevert(env.as(tl).staking.setUnbondingPeriod(max + 1n), 'InvalidUnbondingPeriod', [max + 1n]);
    const r = await (await env.as(tl).staking.setUnbondingPeriod(7n * 86400n)).wait();
    const [ev] = eventsOf(r, env.c.staking, 'UnbondingPeriodChanged');
    assert.deepEqual([ev.args.oldPeriod, ev.args.newPeriod], [BigInt(net.PARAMS.unbondingPeriod), 7n * 86400n]);
    assert.equal(await env.c.staking.unbondingPeriod(), 7n * 86400n);
  });

  it('constructor rejects zero addresses and a too long unbonding period', async () => {
    const a = require('../lib/compile').loadArtifact('Staking');
    const f = new ethers.ContractFactory(a.abi, a.bytecode, env.signers.deployer);
    const { token, devices, timelock } = env.addresses;
    await expectRevert(f.deploy(ethers.ZeroAddress, devices, timelock, timelock, ethers.ZeroAddress, 1n), 'ZeroAddress');
    await expectRevert(f.deploy(token, ethers.ZeroAddress, timelock, timelock, ethers.ZeroAddress, 1n), 'ZeroAddress');
    await expectRevert(f.deploy(token, devices, ethers.ZeroAddress, timelock, ethers.ZeroAddress, 1n), 'ZeroAddress');
    await expectRevert(f.deploy(token, devices, timelock, timelock, ethers.ZeroAddress, 366n * 86400n), 'InvalidUnbondingPeriod');
  });
});
