'use strict';
// contracts/devnet itself: start (seed), stop, start again (resume), status, a busy port, --history-blocks.
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const net = require('node:net');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const { provider, contractsAt, ethers } = require('./helpers');
const { alive } = require('../lib/anvil');

const run = promisify(execFile);
const DEVNET = path.join(__dirname, '..', 'devnet');

async function devnet(...args) {
  const { stdout, stderr } = await run(process.execPath, [DEVNET, ...args], { timeout: 180000 });
  return { stdout: stdout.trim(), stderr };
}

describe('contracts/devnet', () => {
  let dir;
  let blocker;
  let busyPort;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plinth-devnet-test-'));
    // Occupy a port and ask for it: the devnet must pick another one.
    blocker = net.createServer();
    await new Promise((r) => blocker.listen(0, '127.0.0.1', r));
    busyPort = blocker.address().port;
  });
  after(async () => {
    await devnet('stop', '--state-dir', dir).catch(() => {});
    blocker.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  let first;
  it('start: seeds a new chain (with history padding) on a free port, prints the RPC URL', async () => {
    const t0 = Date.now();
    const { stdout, stderr } = await devnet('start', '--state-dir', dir, '--port', String(busyPort), '--epoch-seconds', '4', '--block-time', '1', '--history-blocks', '300');
    console.log(`# devnet start (seed + 300 padding blocks) took ${Date.now() - t0} ms`);
    assert.match(stdout, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.notEqual(Number(stdout.split(':').at(-1)), busyPort);
    assert.match(stderr, /is busy/);
    const profile = JSON.parse(fs.readFileSync(path.join(dir, 'network.json'), 'utf8'));
    assert.deepEqual(profile.rpc, [stdout]);
    assert.equal(profile.epochSeconds, 4);
    const p = provider(stdout);
    const c = contractsAt(profile.contracts, p);
    first = {
      url: stdout,
      profile,
      block: await p.getBlockNumber(),
      devices: await c.devices.balanceOf('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'),
    };
    assert.ok(first.block >= 300 + 180, `block ${first.block}`);
    assert.equal(first.devices, 10n);
    assert.equal(await c.rewards.epochDuration(), 4n);
    // The chain follows the wall clock now.
    const head = await p.getBlock('latest');
    assert.ok(Math.abs(head.timestamp - Date.now() / 1000) < 30);
    // The oracle posts live epochs and blocks keep coming.
    const deadline = Date.now() + 30000;
    while (Number(await c.rewards.epochCount()) < 92 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    assert.ok(Number(await c.rewards.epochCount()) >= 92, 'the live oracle posted epochs');
    assert.ok((await p.getBlockNumber()) > first.block);
    p.destroy();
  });

  it('start again while running: says so and changes nothing', async () => {
    const { stdout, stderr } = await devnet('start', '--state-dir', dir);
    assert.equal(stdout, first.url);
    assert.match(stderr, /already running/);
  });

  it('status: running, with block and epoch', async () => {
    const { stdout } = await devnet('status', '--state-dir', dir, '--json');
    const s = JSON.parse(stdout);
    assert.equal(s.running, true);
    assert.equal(s.url, first.url);
    assert.ok(s.epochs >= 92);
  });

  let stopped;
  it('stop: stops anvil and the oracle, keeps the state', async () => {
    const cfg = JSON.parse(fs.readFileSync(path.join(dir, 'devnet.json'), 'utf8'));
    const p = provider(first.url);
    stopped = { block: await p.getBlockNumber() };
    p.destroy();
    await devnet('stop', '--state-dir', dir);
    assert.equal(alive(cfg.pid), false);
    assert.equal(alive(cfg.oraclePid), false);
    assert.ok(fs.existsSync(path.join(dir, 'state.json')));
    await assert.rejects(run(process.execPath, [DEVNET, 'status', '--state-dir', dir]), (e) => e.code === 3);
  });

  it('start after stop resumes the same chain (same devices, same or higher block)', async () => {
    const { stdout } = await devnet('start', '--state-dir', dir);
    const p = provider(stdout);
    const profile = JSON.parse(fs.readFileSync(path.join(dir, 'network.json'), 'utf8'));
    assert.deepEqual(profile.contracts, first.profile.contracts);
    assert.deepEqual(profile.checkpoint, first.profile.checkpoint);
    const c = contractsAt(profile.contracts, p);
    assert.ok((await p.getBlockNumber()) >= stopped.block);
    assert.equal(await c.devices.balanceOf('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'), first.devices);
    assert.equal((await p.getBlock(profile.checkpoint.number)).hash, profile.checkpoint.hash);
    // History survives: every seeded epoch's event is still there.
    const posted = await c.rewards.queryFilter(c.rewards.filters.EpochPosted(), 0);
    assert.ok(posted.length >= 92);
    assert.equal(posted[0].args.epoch, 0n);
    assert.ok(ethers.isAddress(profile.contracts.token));
    p.destroy();
  });
});
