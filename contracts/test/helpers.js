'use strict';
// Shared test helpers: an anvil per test file (fresh deployment or the seeded fixture), ethers v6
// contracts bound to anvil's unlocked accounts, snapshots per test, and revert assertions.
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const fs = require('node:fs');
const ethers = require('ethers');
const paths = require('../lib/paths');
const { compile, loadArtifact } = require('../lib/compile');
const anvil = require('../lib/anvil');
const { Rpc, ScriptedChain } = require('../lib/rpc');
const { deploy } = require('../lib/deploy');
const net = require('../lib/network');

const NAMES = { token: 'PlinthToken', devices: 'DeviceRegistry', staking: 'Staking', rewards: 'Rewards', governor: 'PlinthGovernor', timelock: 'PlinthTimelock' };

function provider(url) {
  const p = new ethers.JsonRpcProvider(url, net.CHAIN_ID, { staticNetwork: true, batchMaxCount: 1, cacheTimeout: -1 });
  p.pollingInterval = 20;
  return p;
}

/** ethers Contracts for `addresses`, connected to `signerOrProvider`. */
function contractsAt(addresses, signerOrProvider) {
  return Object.fromEntries(Object.entries(NAMES).map(([k, n]) => [k, new ethers.Contract(addresses[k], loadArtifact(n).abi, signerOrProvider)]));
}

/**
 * Starts an anvil for a test file: `fixture: true` loads the seeded fixture (building it if needed),
 * otherwise a fresh deployment (optionally with `params` overrides). Returns an environment object.
 */
async function startNetwork({ fixture = false, params } = {}) {
  compile();
  let node;
  let addresses;
  let facts = null;
  let loadMs = null;
  if (fixture) {
    execFileSync(process.execPath, [path.join(paths.root, 'devnet'), 'build-fixture', '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const fx = JSON.parse(fs.readFileSync(path.join(paths.fixture, 'fixture.json'), 'utf8'));
    facts = JSON.parse(fs.readFileSync(fx.facts, 'utf8'));
    const t0 = Date.now();
    node = await anvil.startAnvil({ port: 0, args: ['--load-state', fx.state] });
    // Keep the chain's clock at the fixture's time, so that proposal states stay as seeded.
    await new Rpc(node.url).call('evm_setTime', [fx.headTimestamp + 1]);
    loadMs = Date.now() - t0;
    addresses = facts.addresses;
  } else {
    node = await anvil.startAnvil({ port: 0 });
    const chain = new ScriptedChain(new Rpc(node.url), { spacing: 1 });
    await chain.init();
    const latest = chain.lastTimestamp;
    const d = await deploy(chain, { firstEpochStart: latest, params: { ...net.PARAMS, ...(params || {}) } });
    addresses = d.addresses;
    facts = { addresses, deploymentBlock: d.deploymentBlock, firstEpochStart: latest };
  }
  const p = provider(node.url);
  const A = net.accounts();
  const signers = {};
  for (const [role, a] of Object.entries(A)) signers[role] = new ethers.JsonRpcSigner(p, a.address);
  const env = {
    url: node.url,
    node,
    loadMs,
    provider: p,
    rpc: new Rpc(node.url),
    accounts: A,
    signers,
    addresses,
    facts,
    c: contractsAt(addresses, p),
    /** The contracts connected to `role`'s signer. */
    as(role) {
      return contractsAt(addresses, typeof role === 'string' ? signers[role] : role);
    },
    async stop() {
      p.destroy();
      const exited = new Promise((r) => (node.child.exitCode !== null ? r() : node.child.once('exit', r)));
      node.child.kill('SIGKILL');
      await exited;
    },
    async snapshot() {
      return p.send('evm_snapshot', []);
    },
    async revertTo(id) {
      return p.send('evm_revert', [id]);
    },
    async now() {
      return Number((await p.getBlock('latest')).timestamp);
    },
    async increaseTime(seconds) {
      await p.send('evm_increaseTime', [seconds]);
      await p.send('evm_mine', []);
    },
    async setNextTimestamp(ts) {
      await p.send('evm_setNextBlockTimestamp', [ts]);
    },
    async mine() {
      await p.send('evm_mine', []);
    },
    /** A signer that acts as `address` (anvil impersonation), funded with ETH for gas. */
    async impersonate(address) {
      await p.send('anvil_impersonateAccount', [address]);
      await p.send('anvil_setBalance', [address, '0x8ac7230489e80000']);
      return new ethers.JsonRpcSigner(p, address);
    },
  };
  return env;
}

/** Registers a (by default fresh) test device to `role`. Returns {device, wallet, receipt}. */
async function registerDevice(env, role, opts = {}) {
  const owner = env.accounts[role].address;
  const wallet = opts.wallet || ethers.Wallet.createRandom();
  const c = env.as(role);
  const stake = opts.stake ?? (await env.c.devices.minStake());
  const fee = await env.c.devices.onboardingFee();
  await (await c.token.approve(env.addresses.devices, stake + fee)).wait();
  const nonce = opts.nonce ?? 0n;
  const deadline = opts.deadline ?? BigInt((await env.now()) + 3600);
  const kind = opts.kind ?? 0;
  const capacity = opts.capacity ?? 10n;
  const region = opts.region ?? '881f1d4895fffff';
  const signature = opts.signature ?? (await signOnboarding(env, opts.signer || wallet, { owner, device: wallet.address, kind, capacity, region, nonce, deadline }));
  const tx = await c.devices.register([wallet.address, kind, capacity, opts.unit ?? 'TB', region, opts.uri ?? 'ipfs://test', stake, nonce, deadline], signature);
  const receipt = await tx.wait();
  return { device: wallet.address, wallet, receipt };
}

/** The device key's EIP-712 onboarding signature. */
function signOnboarding(env, wallet, value) {
  const domain = { name: 'Plinth DeviceRegistry', version: '1', chainId: net.CHAIN_ID, verifyingContract: env.addresses.devices };
  return wallet.signTypedData(domain, require('../lib/seed').ONBOARD_TYPES, value);
}

let allErrorsIface = null;
function allErrors() {
  if (!allErrorsIface) {
    const seen = new Map();
    for (const n of Object.values(NAMES)) for (const f of loadArtifact(n).abi) if (f.type === 'error') seen.set(JSON.stringify(f), f);
    allErrorsIface = new ethers.Interface([...seen.values()]);
  }
  return allErrorsIface;
}

/** Asserts that `promise` reverts with custom error `name` (and, if given, these args). */
async function expectRevert(promise, name, args) {
  let err = null;
  try {
    const r = await promise;
    if (r && typeof r.wait === 'function') await r.wait();
  } catch (e) {
    err = e;
  }
  assert.ok(err, `expected a revert with ${name}, but the call succeeded`);
  let revert = err.revert || (err.error && err.error.revert);
  if (!revert) {
    // A transaction's revert (from eth_estimateGas) carries the data but ethers has no ABI for it there.
    const data = err.data || (err.info && err.info.error && err.info.error.data);
    revert = data ? allErrors().parseError(data) : null;
  }
  if (!revert) {
    assert.fail(`expected ${name}, got ${err.shortMessage || err.message}`);
  }
  assert.equal(revert.name, name, `expected ${name}, got ${revert.name}(${revert.args.join(', ')})`);
  if (args) {
    assert.deepEqual(revert.args.map((a) => (typeof a === 'bigint' ? a : typeof a === 'string' ? a.toLowerCase() : a)),
      args.map((a) => (typeof a === 'number' ? BigInt(a) : typeof a === 'string' ? a.toLowerCase() : a)));
  }
  return revert;
}

/** The events named `name` that `contract` emitted in `receipt`. */
function eventsOf(receipt, contract, name) {
  const out = [];
  for (const log of receipt.logs) {
    if (log.address.toLowerCase() !== contract.target.toLowerCase()) continue;
    const parsed = contract.interface.parseLog(log);
    if (parsed && parsed.name === name) out.push(parsed);
  }
  return out;
}

/** Call inside describe(): runs each of its tests between evm_snapshot and evm_revert. */
function isolate(getEnv) {
  const { beforeEach, afterEach } = require('node:test');
  let id;
  beforeEach(async () => {
    id = await getEnv().snapshot();
  });
  afterEach(async () => {
    await getEnv().revertTo(id);
  });
}

module.exports = { startNetwork, registerDevice, signOnboarding, expectRevert, eventsOf, isolate, provider, contractsAt, NAMES, ethers, net };
