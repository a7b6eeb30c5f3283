'use strict';
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startNetwork, expectRevert, eventsOf, isolate, ethers, net } = require('./helpers');

describe('PlinthToken', () => {
  let env;
  before(async () => {
    env = await startNetwork();
  });
  after(async () => env && env.stop());
  isolate(() => env);

  const addr = (role) => env.accounts[role].address;

  it('genesis: supply to the treasury (timelock) and the allocations', async () => {
    assert.equal(await env.c.token.name(), net.TOKEN.name);
    assert.equal(await env.c.token.symbol(), net.TOKEN.symbol);
    assert.equal(await env.c.token.decimals(), 18n);
    assert.equal(await env.c.token.totalSupply(), net.PARAMS.totalGenesis);
    let allocated = 0n;
    for (const [role, amount] of Object.entries(net.PARAMS.allocations)) {
      assert.equal(await env.c.token.balanceOf(addr(role)), amount, role);
      allocated += amount;
    }
    assert.equal(await env.c.token.balanceOf(env.addresses.timelock), net.PARAMS.totalGenesis - allocated);
    assert.equal(await env.c.token.emissionCap(), net.PARAMS.emissionCap);
    assert.equal(await env.c.token.emitted(), 0n);
    assert.equal(await env.c.token.owner(), env.addresses.timelock);
    assert.equal(await env.c.token.minter(), env.addresses.rewards);
  });

  it('clock: votes are checkpointed by timestamp (ERC-6372)', async () => {
    assert.equal(await env.c.token.CLOCK_MODE(), 'mode=timestamp');
    const latest = await env.provider.getBlock('latest');
    assert.equal(await env.c.token.clock(), BigInt(latest.timestamp));
  });

  it('transfer, approve, transferFrom (ERC-20) and its errors', async () => {
    const r = await (await env.as('user').token.transfer(addr('cold'), 5n)).wait();
    assert.equal(eventsOf(r, env.c.token, 'Transfer')[0].args.value, 5n);
    await (await env.as('cold').token.approve(addr('user'), 3n)).wait();
    assert.equal(await env.c.token.allowance(addr('cold'), addr('user')), 3n);
    await (await env.as('user').token.transferFrom(addr('cold'), addr('user'), 3n)).wait();
    assert.equal(await env.c.token.balanceOf(addr('cold')), 2n);
    await expectRevert(env.as('cold').token.transfer(addr('user'), 3n), 'ERC20InsufficientBalance', [addr('cold'), 2n, 3n]);
    await expectRevert(env.as('user').token.transferFrom(addr('cold'), addr('user'), 1n), 'ERC20InsufficientAllowance');
  });

  it('delegate: voting power follows delegation and is checkpointed', async () => {
    assert.equal(await env.c.token.getVotes(addr('user')), 0n);
    const r = await (await env.as('user').token.delegate(addr('user'))).wait();
    assert.equal(eventsOf(r, env.c.token, 'DelegateChanged').length, 1);
    const t = (await env.provider.getBlock(r.blockNumber)).timestamp;
    assert.equal(await env.c.token.getVotes(addr('user')), net.PARAMS.allocations.user);
    assert.equal(await env.c.token.delegates(addr('user')), addr('user'));
    await env.increaseTime(1);
    await (await env.as('dave').token.delegate(addr('user'))).wait();
    assert.equal(await env.c.token.getVotes(addr('user')), net.PARAMS.allocations.user + net.PARAMS.allocations.dave);
    await env.increaseTime(1); // anvil may give blocks of the same second the same timestamp
    assert.equal(await env.c.token.getPastVotes(addr('user'), t), net.PARAMS.allocations.user);
    assert.ok((await env.c.token.getPastTotalSupply(t)) >= net.PARAMS.totalGenesis);
    assert.equal(await env.c.token.numCheckpoints(addr('user')), 2n);
    await expectRevert(env.c.token.getPastVotes(addr('user'), BigInt(t) + 10n ** 9n), 'ERC5805FutureLookup');
  });

  it('permit (EIP-2612): a signed approval, and its errors', async () => {
    const owner = ethers.Wallet.createRandom();
    const spender = addr('alice');
    const deadline = BigInt((await env.now()) + 3600);
    const domain = { name: net.TOKEN.name, version: '1', chainId: net.CHAIN_ID, verifyingContract: env.addresses.token };
    const types = { Permit: [{ name: 'owner', type: 'address' }, { name: 'spender', type: 'address' }, { name: 'value', type: 'uint256' }, { name: 'nonce', type: 'uint256' }, { name: 'deadline', type: 'uint256' }] };
    const sign = async (value, nonce, dl, w = owner) => ethers.Signature.from(await w.signTypedData(domain, types, { owner: owner.address, spender, value, nonce, deadline: dl }));
    let s = await sign(77n, 0n, deadline);
    await (await env.as('user').token.permit(owner.address, spender, 77n, deadline, s.v, s.r, s.s)).wait();
    assert.equal(await env.c.token.allowance(owner.address, spender), 77n);
    assert.equal(await env.c.token.nonces(owner.address), 1n);
    assert.ok((await env.c.token.DOMAIN_SEPARATOR()).startsWith('0x'));
    s = await sign(1n, 1n, deadline, ethers.Wallet.createRandom());
    await expectRevert(env.as('user').token.permit(owner.address, spender, 1n, deadline, s.v, s.r, s.s), 'ERC2612InvalidSigner');
    const past = BigInt((await env.now()) - 1);
    s = await sign(1n, 1n, past);
    await expectRevert(env.as('user').token.permit(owner.address, spender, 1n, past, s.v, s.r, s.s), 'ERC2612ExpiredSignature', [past]);
  });

  it('mint: only the minter, only up to the emission cap', async () => {
    await expectRevert(env.as('user').token.mint(addr('user'), 1n), 'NotMinter', [addr('user')]);
    const minter = await env.impersonate(env.addresses.rewards);
    const r = await (await env.as(minter).token.mint(addr('cold'), 10n)).wait();
    const [ev] = eventsOf(r, env.c.token, 'Emitted');
    assert.deepEqual([ev.args.to, ev.args.amount], [addr('cold'), 10n]);
    assert.equal(await env.c.token.emitted(), 10n);
    const remaining = net.PARAMS.emissionCap - 10n;
    await expectRevert(env.as(minter).token.mint(addr('cold'), remaining + 1n), 'EmissionCapExceeded', [remaining + 1n, remaining]);
    await (await env.as(minter).token.mint(addr('cold'), remaining)).wait();
    assert.equal(await env.c.token.emitted(), net.PARAMS.emissionCap);
  });

  it('setMinter: owner (timelock) only', async () => {
    await expectRevert(env.as('user').token.setMinter(addr('user')), 'OwnableUnauthorizedAccount', [addr('user')]);
    const tl = await env.impersonate(env.addresses.timelock);
    const r = await (await env.as(tl).token.setMinter(addr('oracle'))).wait();
    const [ev] = eventsOf(r, env.c.token, 'MinterChanged');
    assert.deepEqual([ev.args.previousMinter, ev.args.newMinter], [env.addresses.rewards, addr('oracle')]);
    await (await env.as('oracle').token.mint(addr('oracle'), 1n)).wait();
    await expectRevert(env.as(tl).token.transferOwnership(ethers.ZeroAddress), 'OwnableInvalidOwner');
  });

  it('constructor rejects a zero treasury and mismatched allocations', async () => {
    const a = require('../lib/compile').loadArtifact('PlinthToken');
    const f = new ethers.ContractFactory(a.abi, a.bytecode, env.signers.deployer);
    const me = addr('deployer');
    await expectRevert(f.deploy('T', 'T', ethers.ZeroAddress, 1n, [], [], 1n, me), 'ZeroAddress');
    await expectRevert(f.deploy('T', 'T', me, 1n, [me], [], 1n, me), 'AllocationLengthMismatch');
  });
});
