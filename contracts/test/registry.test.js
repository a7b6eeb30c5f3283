'use strict';
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startNetwork, registerDevice, signOnboarding, expectRevert, eventsOf, isolate, ethers, net } = require('./helpers');

describe('DeviceRegistry', () => {
  let env;
  before(async () => {
    env = await startNetwork();
  });
  after(async () => env && env.stop());
  isolate(() => env);

  const user = () => env.accounts.user.address;

  async function signed(opts = {}) {
    const wallet = opts.wallet || ethers.Wallet.createRandom();
    const owner = opts.owner || user();
    const value = {
      owner,
      device: wallet.address,
      kind: opts.kind ?? 1,
      capacity: opts.capacity ?? 1000n,
      region: opts.region ?? 'Berlin, DE',
      nonce: opts.nonce ?? 7n,
      deadline: opts.deadline ?? BigInt((await env.now()) + 3600),
    };
    const signature = await signOnboarding(env, opts.signer || wallet, value);
    const stake = opts.stake ?? net.PARAMS.minStake;
    const args = [[wallet.address, value.kind, value.capacity, 'Mbps', value.region, 'ipfs://meta', stake, value.nonce, value.deadline], signature];
    return { wallet, value, signature, args, stake };
  }

  async function approve(role, amount) {
    await (await env.as(role).token.approve(env.addresses.devices, amount)).wait();
  }

  it('has the genesis parameters and the timelock as admin', async () => {
    assert.equal(await env.c.devices.minStake(), net.PARAMS.minStake);
    assert.equal(await env.c.devices.onboardingFee(), net.PARAMS.onboardingFee);
    assert.equal(await env.c.devices.treasury(), env.addresses.timelock);
    assert.equal(await env.c.devices.staking(), env.addresses.staking);
    assert.equal(await env.c.devices.token(), env.addresses.token);
    assert.ok(await env.c.devices.hasRole(ethers.ZeroHash, env.addresses.timelock));
    assert.equal(await env.c.devices.name(), 'Plinth Device');
    assert.equal(await env.c.devices.symbol(), 'PLDEV');
    assert.ok(await env.c.devices.supportsInterface('0x80ac58cd')); // ERC-721
    assert.ok(await env.c.devices.supportsInterface('0x7965db0b')); // AccessControl
  });

  it('onboardingDigest is the EIP-712 hash wallets compute', async () => {
    const s = await signed();
    const domain = { name: 'Plinth DeviceRegistry', version: '1', chainId: net.CHAIN_ID, verifyingContract: env.addresses.devices };
    const expected = ethers.TypedDataEncoder.hash(domain, require('../lib/seed').ONBOARD_TYPES, s.value);
    const v = s.value;
    assert.equal(await env.c.devices.onboardingDigest(v.owner, v.device, v.kind, v.capacity, v.region, v.nonce, v.deadline), expected);
    assert.equal(ethers.recoverAddress(expected, s.signature), s.wallet.address);
  });

  it('register: mints the device token, stakes, charges the fee, emits DeviceRegistered', async () => {
    const s = await signed();
    const fee = net.PARAMS.onboardingFee;
    await approve('user', s.stake + fee);
    const treasuryBefore = await env.c.token.balanceOf(env.addresses.timelock);
    const userBefore = await env.c.token.balanceOf(user());
    const receipt = await (await env.as('user').devices.register(...s.args)).wait();
    const [ev] = eventsOf(receipt, env.c.devices, 'DeviceRegistered');
    assert.equal(ev.args.device, s.wallet.address);
    assert.equal(ev.args.owner, user());
    assert.equal(ev.args.kind, 1n);
    assert.equal(ev.args.capacity, 1000n);
    assert.equal(ev.args.unit, 'Mbps');
    assert.equal(ev.args.region, 'Berlin, DE');
    assert.equal(ev.args.metadataURI, 'ipfs://meta');
    assert.equal(ev.args.stake, s.stake);
    assert.equal(ev.args.fee, fee);
    const [transfer] = eventsOf(receipt, env.c.devices, 'Transfer');
    assert.equal(transfer.args.tokenId, BigInt(s.wallet.address));
    const [staked] = eventsOf(receipt, env.c.staking, 'Staked');
    assert.equal(staked.args.delegation, false);

    assert.equal(await env.c.devices.ownerOf(BigInt(s.wallet.address)), user());
    assert.equal(await env.c.devices.ownerOfDevice(s.wallet.address), user());
    assert.equal(await env.c.devices.isActive(s.wallet.address), true);
    assert.equal(await env.c.devices.isRetired(s.wallet.address), false);
    assert.equal(await env.c.devices.balanceOf(user()), 1n);
    assert.equal(await env.c.devices.totalRegistered(), 1n);
    assert.equal(await env.c.devices.activeDevices(), 1n);
    assert.equal(await env.c.devices.nonceUsed(s.wallet.address, 7n), true);
    assert.equal(await env.c.devices.tokenURI(BigInt(s.wallet.address)), 'ipfs://meta');
    const info = await env.c.devices.deviceInfo(s.wallet.address);
    assert.equal(info.kind, 1n);
    assert.equal(info.capacity, 1000n);
    assert.equal(info.unit, 'Mbps');
    assert.equal(info.region, 'Berlin, DE');
    assert.equal(info.retired, false);
    assert.ok(info.registeredAt > 0n);
    assert.equal(await env.c.staking.stakes(s.wallet.address, user()), s.stake);
    assert.equal(await env.c.token.balanceOf(env.addresses.timelock), treasuryBefore + fee);
    assert.equal(await env.c.token.balanceOf(user()), userBefore - fee - s.stake);
  });

  it('register: more than the minimum stake is fine; zero fee and zero minimum work', async () => {
    const tl = await env.impersonate(env.addresses.timelock);
    await (await env.as(tl).devices.setOnboardingFee(0)).wait();
    await (await env.as(tl).devices.setMinStake(0)).wait();
    const s = await signed({ stake: 0n });
    const receipt = await (await env.as('user').devices.register(...s.args)).wait();
    assert.equal(eventsOf(receipt, env.c.staking, 'Staked').length, 0);
    assert.equal(await env.c.devices.ownerOfDevice(s.wallet.address), user());
    const big = await signed({ stake: net.PARAMS.minStake * 3n });
    await approve('user', big.stake);
    await (await env.as('user').devices.register(...big.args)).wait();
    assert.equal(await env.c.staking.stakes(big.wallet.address, user()), net.PARAMS.minStake * 3n);
  });

  // ------------------------------------------------------------ bad input (each its own custom error)

  it('register with a signature from the wrong key reverts InvalidDeviceSignature', async () => {
    const impostor = ethers.Wallet.createRandom();
    const s = await signed({ signer: impostor });
    await approve('user', s.stake + net.PARAMS.onboardingFee);
    await expectRevert(env.as('user').devices.register(...s.args), 'InvalidDeviceSignature', [s.wallet.address, impostor.address]);
  });

  it('register with a signature for another owner reverts InvalidDeviceSignature (no front-running)', async () => {
    const s = await signed({ owner: env.accounts.alice.address });
    await approve('user', s.stake + net.PARAMS.onboardingFee);
    const r = await expectRevert(env.as('user').devices.register(...s.args), 'InvalidDeviceSignature');
    assert.equal(r.args[0], s.wallet.address);
  });

  it('register with a malformed signature reverts InvalidDeviceSignature', async () => {
    const s = await signed();
    s.args[1] = '0x1234';
    await expectRevert(env.as('user').devices.register(...s.args), 'InvalidDeviceSignature', [s.wallet.address, ethers.ZeroAddress]);
  });

  it('register after the deadline reverts SignatureExpired', async () => {
    const now = await env.now();
    const s = await signed({ deadline: BigInt(now + 60) });
    await approve('user', s.stake + net.PARAMS.onboardingFee);
    await env.increaseTime(120);
    const r = await expectRevert(env.as('user').devices.register(...s.args), 'SignatureExpired');
    assert.equal(r.args[0], BigInt(now + 60));
  });

  it('register with a reused nonce reverts NonceAlreadyUsed', async () => {
    const wallet = ethers.Wallet.createRandom();
    const first = await signed({ wallet, nonce: 3n });
    await approve('user', (first.stake + net.PARAMS.onboardingFee) * 2n);
    await (await env.as('user').devices.register(...first.args)).wait();
    // The same signed message again (a replay) ...
    await expectRevert(env.as('user').devices.register(...first.args), 'NonceAlreadyUsed', [wallet.address, 3n]);
    // ... and a fresh signature that reuses the nonce, even to another owner.
    const again = await signed({ wallet, nonce: 3n, owner: env.accounts.alice.address });
    await expectRevert(env.as('alice').devices.register(...again.args), 'NonceAlreadyUsed', [wallet.address, 3n]);
  });

  it('register with too little stake reverts StakeBelowMinimum', async () => {
    const s = await signed({ stake: net.PARAMS.minStake - 1n });
    await approve('user', s.stake + net.PARAMS.onboardingFee);
    await expectRevert(env.as('user').devices.register(...s.args), 'StakeBelowMinimum', [net.PARAMS.minStake - 1n, net.PARAMS.minStake]);
  });

  it('register for a retired device reverts DeviceAlreadyRetired', async () => {
    const wallet = ethers.Wallet.createRandom();
    const first = await signed({ wallet, nonce: 1n });
    await approve('user', first.stake + net.PARAMS.onboardingFee);
    await (await env.as('user').devices.register(...first.args)).wait();
    await (await env.as('user').devices.retire(wallet.address)).wait();
    const again = await signed({ wallet, nonce: 2n });
    await approve('user', again.stake + net.PARAMS.onboardingFee);
    await expectRevert(env.as('user').devices.register(...again.args), 'DeviceAlreadyRetired', [wallet.address]);
  });

  it('register for a registered device (new nonce) reverts DeviceAlreadyRegistered', async () => {
    const wallet = ethers.Wallet.createRandom();
    const first = await signed({ wallet, nonce: 1n });
    await approve('user', (first.stake + net.PARAMS.onboardingFee) * 2n);
    await (await env.as('user').devices.register(...first.args)).wait();
    const again = await signed({ wallet, nonce: 2n });
    await expectRevert(env.as('user').devices.register(...again.args), 'DeviceAlreadyRegistered', [wallet.address]);
  });

  it('register with an unknown kind, zero capacity or the zero device reverts', async () => {
    await approve('user', (net.PARAMS.minStake + net.PARAMS.onboardingFee) * 3n);
    const badKind = await signed({ kind: 6 });
    await expectRevert(env.as('user').devices.register(...badKind.args), 'InvalidResourceKind', [6]);
    const zeroCap = await signed({ capacity: 0n });
    await expectRevert(env.as('user').devices.register(...zeroCap.args), 'InvalidCapacity');
    const s = await signed();
    s.args[0][0] = ethers.ZeroAddress;
    await expectRevert(env.as('user').devices.register(...s.args), 'InvalidDevice');
  });

  it('register without the token approval reverts ERC20InsufficientAllowance', async () => {
    const s = await signed();
    await expectRevert(env.as('user').devices.register(...s.args), 'ERC20InsufficientAllowance');
  });

  // ------------------------------------------------------------ owner actions

  it('updateCapacity, updateRegion, updateMetadata: owner only, with events', async () => {
    const { device } = await registerDevice(env, 'user');
    let r = await (await env.as('user').devices.updateCapacity(device, 42n, 'TB')).wait();
    let [ev] = eventsOf(r, env.c.devices, 'CapacityUpdated');
    assert.deepEqual([ev.args.device, ev.args.owner, ev.args.capacity, ev.args.unit], [device, user(), 42n, 'TB']);
    r = await (await env.as('user').devices.updateRegion(device, '883933676dfffff')).wait();
    [ev] = eventsOf(r, env.c.devices, 'RegionUpdated');
    assert.deepEqual([ev.args.device, ev.args.owner, ev.args.region], [device, user(), '883933676dfffff']);
    r = await (await env.as('user').devices.updateMetadata(device, 'ipfs://new')).wait();
    [ev] = eventsOf(r, env.c.devices, 'MetadataUpdated');
    assert.deepEqual([ev.args.device, ev.args.owner, ev.args.metadataURI], [device, user(), 'ipfs://new']);
    const info = await env.c.devices.deviceInfo(device);
    assert.equal(info.capacity, 42n);
    assert.equal(info.region, '883933676dfffff');
    assert.equal(await env.c.devices.tokenURI(BigInt(device)), 'ipfs://new');

    await expectRevert(env.as('alice').devices.updateCapacity(device, 1n, 'TB'), 'NotDeviceOwner', [device, env.accounts.alice.address]);
    await expectRevert(env.as('alice').devices.updateRegion(device, 'x'), 'NotDeviceOwner');
    await expectRevert(env.as('alice').devices.updateMetadata(device, 'x'), 'NotDeviceOwner');
    await expectRevert(env.as('user').devices.updateCapacity(device, 0n, 'TB'), 'InvalidCapacity');
    const unknown = ethers.Wallet.createRandom().address;
    await expectRevert(env.as('user').devices.updateCapacity(unknown, 1n, 'TB'), 'UnknownDevice', [unknown]);
    await expectRevert(env.as('user').devices.updateRegion(unknown, 'x'), 'UnknownDevice');
    await expectRevert(env.as('user').devices.updateMetadata(unknown, 'x'), 'UnknownDevice');
    await expectRevert(env.c.devices.deviceInfo(unknown), 'UnknownDevice', [unknown]);
    await expectRevert(env.c.devices.tokenURI(BigInt(unknown)), 'ERC721NonexistentToken');
  });

  it('retire: burns the token, keeps the record, blocks further updates', async () => {
    const { device } = await registerDevice(env, 'user');
    await expectRevert(env.as('alice').devices.retire(device), 'NotDeviceOwner');
    const r = await (await env.as('user').devices.retire(device)).wait();
    const [ev] = eventsOf(r, env.c.devices, 'DeviceRetired');
    assert.deepEqual([ev.args.device, ev.args.owner], [device, user()]);
    const [burn] = eventsOf(r, env.c.devices, 'Transfer');
    assert.equal(burn.args.to, ethers.ZeroAddress);
    assert.equal(await env.c.devices.isActive(device), false);
    assert.equal(await env.c.devices.isRetired(device), true);
    assert.equal(await env.c.devices.ownerOfDevice(device), ethers.ZeroAddress);
    assert.equal(await env.c.devices.activeDevices(), 0n);
    assert.equal(await env.c.devices.totalRegistered(), 1n);
    const info = await env.c.devices.deviceInfo(device);
    assert.equal(info.retired, true);
    assert.ok(info.retiredAt >= info.registeredAt);
    await expectRevert(env.c.devices.ownerOf(BigInt(device)), 'ERC721NonexistentToken');
    await expectRevert(env.as('user').devices.retire(device), 'DeviceAlreadyRetired', [device]);
    await expectRevert(env.as('user').devices.updateCapacity(device, 1n, 'TB'), 'DeviceAlreadyRetired');
    // Its stake can still be unstaked.
    await (await env.as('user').staking.unstake(device, net.PARAMS.minStake)).wait();
  });

  it('transfer: ERC-721 transfer moves the device and emits DeviceTransferred', async () => {
    const { device } = await registerDevice(env, 'user');
    const alice = env.accounts.alice.address;
    await expectRevert(env.as('alice').devices.transferFrom(user(), alice, BigInt(device)), 'ERC721InsufficientApproval');
    const r = await (await env.as('user').devices.transferFrom(user(), alice, BigInt(device))).wait();
    const [ev] = eventsOf(r, env.c.devices, 'DeviceTransferred');
    assert.deepEqual([ev.args.device, ev.args.from, ev.args.to], [device, user(), alice]);
    assert.equal(await env.c.devices.ownerOfDevice(device), alice);
    await (await env.as('alice').devices.safeTransferFrom(alice, user(), BigInt(device))).wait();
    assert.equal(await env.c.devices.ownerOfDevice(device), user());
    // Approvals work as for any ERC-721, so marketplaces and wallets can move devices.
    await (await env.as('user').devices.approve(alice, BigInt(device))).wait();
    assert.equal(await env.c.devices.getApproved(BigInt(device)), alice);
    await (await env.as('user').devices.setApprovalForAll(env.accounts.bob.address, true)).wait();
    assert.equal(await env.c.devices.isApprovedForAll(user(), env.accounts.bob.address), true);
    await (await env.as('bob').devices.transferFrom(user(), env.accounts.bob.address, BigInt(device))).wait();
    assert.equal(await env.c.devices.ownerOfDevice(device), env.accounts.bob.address);
    await expectRevert(env.as('user').devices.updateRegion(device, 'x'), 'NotDeviceOwner');
  });

  // ------------------------------------------------------------ governance parameters

  it('setMinStake and setOnboardingFee: timelock only, with events', async () => {
    await expectRevert(env.as('user').devices.setMinStake(1n), 'AccessControlUnauthorizedAccount', [user(), ethers.ZeroHash]);
    await expectRevert(env.as('user').devices.setOnboardingFee(1n), 'AccessControlUnauthorizedAccount');
    const tl = await env.impersonate(env.addresses.timelock);
    let r = await (await env.as(tl).devices.setMinStake(5n)).wait();
    let [ev] = eventsOf(r, env.c.devices, 'MinStakeChanged');
    assert.deepEqual([ev.args.oldMinStake, ev.args.newMinStake], [net.PARAMS.minStake, 5n]);
    r = await (await env.as(tl).devices.setOnboardingFee(7n)).wait();
    [ev] = eventsOf(r, env.c.devices, 'OnboardingFeeChanged');
    assert.deepEqual([ev.args.oldFee, ev.args.newFee], [net.PARAMS.onboardingFee, 7n]);
    assert.equal(await env.c.devices.minStake(), 5n);
    assert.equal(await env.c.devices.onboardingFee(), 7n);
  });

  it('constructor rejects zero addresses', async () => {
    const { loadArtifact } = require('../lib/compile');
    const a = loadArtifact('DeviceRegistry');
    const f = new ethers.ContractFactory(a.abi, a.bytecode, env.signers.deployer);
    await expectRevert(f.deploy(ethers.ZeroAddress, env.addresses.staking, env.addresses.timelock, env.addresses.timelock, 1n, 1n), 'ZeroAddress');
    await expectRevert(f.deploy(env.addresses.token, ethers.ZeroAddress, env.addresses.timelock, env.addresses.timelock, 1n, 1n), 'ZeroAddress');
    await expectRevert(f.deploy(env.addresses.token, env.addresses.staking, ethers.ZeroAddress, env.addresses.timelock, 1n, 1n), 'ZeroAddress');
  });
});
