'use strict';
// Finding and running anvil (and cast) from contracts/node_modules, and picking ports.
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawn } = require('node:child_process');
const paths = require('./paths');
const { Rpc } = require('./rpc');

const ARCH = { x64: 'amd64', arm64: 'arm64' };

/**
 * Path of the native `tool` binary (anvil or cast) shipped by the npm package, so that we can signal it
 * directly (the npm wrapper in node_modules/.bin is a node process that spawns the binary).
 * PLINTH_ANVIL / PLINTH_CAST override it.
 */
function toolPath(tool) {
  const override = process.env[`PLINTH_${tool.toUpperCase()}`];
  if (override) return override;
  const arch = ARCH[process.arch];
  const platform = process.platform === 'win32' ? 'win32' : process.platform;
  const native = path.join(paths.nodeModules, '@foundry-rs', `${tool}-${platform}-${arch}`, 'bin', tool);
  if (arch && fs.existsSync(native)) return native;
  const wrapper = path.join(paths.nodeModules, '.bin', tool);
  if (fs.existsSync(wrapper)) return wrapper;
  throw new Error(
    `${tool} is missing (looked for ${native}): install the contracts' npm packages with ` +
      `\`npm ci --prefix ${path.relative(process.cwd(), paths.root) || '.'}\``
  );
}

/** Resolves to true when 127.0.0.1:port can be listened on. */
function portFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** A port the OS considers free right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** `wanted` when free, else the next free port above it (a few tries), else any free port. */
async function pickPort(wanted) {
  for (let p = wanted; p < wanted + 20 && p < 65536; ++p) if (await portFree(p)) return p;
  return freePort();
}

/** The anvil options every Plinth devnet uses. */
function baseArgs({ port, hardfork, chainId, keepStates = 256 }) {
  return [
    '--host', '127.0.0.1',
    '--port', String(port),
    '--chain-id', String(chainId),
    '--hardfork', hardfork,
    // "finalized" = latest - 2 * 3 blocks, "safe" = latest - 3: matches the profile's finalityDepth.
    '--slots-in-an-epoch', '3',
    // Keep only recent states in memory: without this every block costs a copy of the state, and long
    // histories (--history-blocks) slow down quadratically. Blocks, receipts and logs are all kept.
    '--prune-history', String(keepStates),
  ];
}

/** Polls the endpoint until it answers (or `child` exits, or the timeout passes). */
async function waitReady(url, { child, timeoutMs = 30000, logFile } = {}) {
  const rpc = new Rpc(url);
  const t0 = Date.now();
  for (;;) {
    const exited = child && (child.exitCode !== null || child.signalCode !== null) ? { code: child.exitCode, signal: child.signalCode } : null;
    if (exited) {
      const log = logFile && fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-2000) : '';
      throw new Error(`anvil exited (${exited.code ?? exited.signal}) before answering on ${url}\n${log}`);
    }
    try {
      await rpc.call('eth_chainId');
      return rpc;
    } catch (e) {
      if (Date.now() - t0 > timeoutMs) throw new Error(`anvil did not answer on ${url} within ${timeoutMs} ms: ${e.message}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/**
 * Starts anvil. `detached` runs it in its own session with output to `logFile`, to outlive this process
 * (and quiet unless PLINTH_DEVNET_VERBOSE is set: anvil logs every request). `port` 0 lets anvil pick a
 * free port (not with `detached`). Returns {child, pid, url, port}.
 */
async function startAnvil({ port, args = [], detached = false, logFile, hardfork = 'cancun', chainId = 31337, keepStates }) {
  if (detached && port === 0) throw new Error('a detached anvil needs an explicit port');
  const bin = toolPath('anvil');
  const all = [...baseArgs({ port, hardfork, chainId, keepStates }), ...args];
  if (detached && !process.env.PLINTH_DEVNET_VERBOSE) all.push('--quiet');
  let stdio = ['ignore', 'pipe', 'pipe'];
  let fd = null;
  if (detached) {
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    fd = fs.openSync(logFile, 'a');
    stdio = ['ignore', fd, fd];
  }
  // A test's anvil dies with the test process, even on SIGKILL (a CTest timeout): util-linux's setpriv
  // sets the parent-death signal, then execs anvil.
  const setpriv = '/usr/bin/setpriv';
  const child = !detached && process.platform === 'linux' && fs.existsSync(setpriv)
    ? spawn(setpriv, ['--pdeathsig', 'KILL', '--', bin, ...all], { stdio })
    : spawn(bin, all, { detached, stdio });
  if (fd !== null) fs.closeSync(fd);
  let output = '';
  let listening = null;
  const portSeen = new Promise((resolve) => (listening = resolve));
  const keep = (d) => {
    if (output.length < 20000) output += d;
    const m = /Listening on [^\s:]+:(\d+)/.exec(output);
    if (m) listening(Number(m[1]));
  };
  if (child.stdout) child.stdout.on('data', keep);
  if (child.stderr) child.stderr.on('data', keep);
  let exited = null;
  child.once('exit', (code, signal) => (exited = { code, signal }));
  try {
    if (port === 0) {
      const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('anvil did not say which port it listens on')), 30000).unref());
      const died = new Promise((_, reject) => child.once('exit', (c, s) => reject(new Error(`anvil exited (${c ?? s}): ${output.slice(-2000)}`))));
      port = await Promise.race([portSeen, timeout, died]);
    }
    const url = `http://127.0.0.1:${port}`;
    await waitReady(url, { child, logFile });
    if (detached) child.unref();
    return { child, pid: child.pid, url, port };
  } catch (e) {
    if (!exited) try { child.kill('SIGKILL'); } catch { /* gone */ }
    e.message += output ? `\n${output.slice(-2000)}` : '';
    throw e;
  }
}

/** True while a process with this pid exists. */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** SIGTERM, then wait (anvil dumps its state on exit), then SIGKILL after `graceMs`. */
async function terminate(pid, graceMs = 30000) {
  if (!pid || !alive(pid)) return false;
  try { process.kill(pid, 'SIGTERM'); } catch { return false; }
  const t0 = Date.now();
  while (alive(pid)) {
    if (Date.now() - t0 > graceMs) {
      try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

module.exports = { toolPath, portFree, freePort, pickPort, startAnvil, waitReady, alive, terminate, baseArgs };
