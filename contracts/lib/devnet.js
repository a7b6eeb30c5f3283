'use strict';
// contracts/devnet: start, stop and inspect a local Plinth devnet; build the test fixture.
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawn } = require('node:child_process');
const paths = require('./paths');
const { compile, writeAtomic } = require('./compile');
const anvil = require('./anvil');
const { Rpc, LiveChain, Contract } = require('./rpc');
// Loaded when needed (they load ethers): a `build-fixture` with nothing to do stays fast.
const seedLib = () => require('./seed');
const makeProfile = (...a) => require('./profile').makeProfile(...a);
const netLib = () => require('./network');

const USAGE = `usage: contracts/devnet <command> [options]

commands:
  start [--port N] [--state-dir DIR] [--epoch-seconds S] [--history-blocks B] [--block-time T]
        [--hardfork NAME] [--fresh]
      Starts anvil in the background, deploys and seeds the network (or resumes DIR's saved chain),
      writes DIR/network.json and keeps an oracle posting an epoch every S seconds (default 30).
      Default DIR: $XDG_DATA_HOME/plinth/devnet (~/.local/share/plinth/devnet). Default port 8545, or
      the next free one. --history-blocks pads the seeded history with B more blocks (empty blocks and
      ordinary transfers) for benchmarks of long syncs. --fresh wipes DIR first.
  stop [--state-dir DIR]      Stops the oracle and anvil; anvil saves the chain to DIR/state.json.
  status [--state-dir DIR]    Says whether the devnet runs, where, and how far it is.
  build-fixture [--force] [--quiet]
      Builds (or reuses) the seeded test fixture in contracts/build/fixture: state.json (anvil state),
      network.json (profile without rpc), facts.json (what was seeded), fixture.json (how to start it).
  compile [--force]           Compiles contracts/src into contracts/build/artifacts (reused when unchanged).
`;

function parseArgs(argv) {
  const opts = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      opts._.push(a);
      continue;
    }
    const [k, inline] = a.slice(2).split('=', 2);
    const flags = ['fresh', 'force', 'quiet', 'help', 'json'];
    if (flags.includes(k)) opts[k] = true;
    else {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`--${k} needs a value`);
      opts[k] = v;
    }
  }
  return opts;
}

function int(v, name, min = 0) {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min} (got ${v})`);
  return n;
}

const readJson = (f) => JSON.parse(fs.readFileSync(f, 'utf8'));
const writeJson = (f, v) => writeAtomic(f, JSON.stringify(v, null, 2) + '\n');

/** Serialises work on a shared output (fixture, artifacts) between processes. */
async function withLock(name, fn, timeoutMs = 10 * 60 * 1000) {
  fs.mkdirSync(paths.build, { recursive: true });
  const dir = path.join(paths.build, `${name}.lock`);
  const t0 = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let owner = 0;
      try { owner = Number(fs.readFileSync(path.join(dir, 'pid'), 'utf8')); } catch { /* being written */ }
      if (owner && !anvil.alive(owner)) {
        fs.rmSync(dir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${dir} (held by pid ${owner})`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function ensureCompiled(log) {
  return withLock('artifacts', () => compile({ log }));
}

/**
 * Is `pid` still the process we started? `what` is a string its command line contains (our state file,
 * our state dir): guards against signalling a recycled pid, or someone else's anvil.
 */
function isOurProcess(pid, what) {
  if (!pid || !anvil.alive(pid)) return false;
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmd.includes(what);
  } catch {
    return true; // no /proc: trust the pid file
  }
}

async function answers(url) {
  try {
    await new Rpc(url).call('eth_chainId');
    return true;
  } catch {
    return false;
  }
}

/** Makes Rewards.epochDuration equal to `seconds`, as the timelock (impersonated: devnet only). */
async function ensureEpochDuration(rpc, rewardsAddress, timelockAddress, seconds) {
  const chain = new LiveChain(rpc);
  const rewards = new Contract('Rewards', rewardsAddress, chain);
  if (Number(await rewards.read('epochDuration')) === seconds) return false;
  // The timelock has no ETH for gas: a real transfer from the deployer (the last anvil account) pays
  // for the call. Not anvil_setBalance: it rewrites the state served under the latest block without a
  // new header, so that block's eth_getProof no longer matches its stateRoot and a light client would
  // (rightly) refuse it.
  const accounts = await rpc.call('eth_accounts', []);
  await chain.send({ from: accounts[accounts.length - 1], to: timelockAddress, value: 10n ** 16n, gas: 60000 });
  await rpc.call('anvil_impersonateAccount', [timelockAddress]);
  try {
    await rewards.tx(timelockAddress, 'setEpochDuration', [seconds], undefined, 200000);
  } finally {
    await rpc.call('anvil_stopImpersonatingAccount', [timelockAddress]);
  }
  return true;
}

function startOracle(dir) {
  const logFile = path.join(dir, 'oracle.log');
  const fd = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [path.join(paths.lib, 'oracle.js'), dir], { detached: true, stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  child.unref();
  return child.pid;
}

function files(dir) {
  return {
    state: path.join(dir, 'state.json'),
    config: path.join(dir, 'devnet.json'),
    facts: path.join(dir, 'facts.json'),
    profile: path.join(dir, 'network.json'),
    anvilLog: path.join(dir, 'anvil.log'),
  };
}

async function start(opts) {
  const dir = path.resolve(opts['state-dir'] || paths.defaultStateDir());
  const f = files(dir);
  const epochSeconds = opts['epoch-seconds'] !== undefined ? int(opts['epoch-seconds'], 'epoch-seconds', 1) : null;
  const historyBlocks = opts['history-blocks'] !== undefined ? int(opts['history-blocks'], 'history-blocks') : 0;
  const blockTimeOpt = opts['block-time'] !== undefined ? int(opts['block-time'], 'block-time', 1) : null;

  if (opts.fresh) {
    await stop({ 'state-dir': dir, quiet: true });
    for (const p of Object.values(f)) fs.rmSync(p, { force: true });
    fs.rmSync(path.join(dir, 'oracle.log'), { force: true });
  }
  fs.mkdirSync(dir, { recursive: true });
  let cfg = fs.existsSync(f.config) ? readJson(f.config) : null;

  if (cfg && isOurProcess(cfg.pid, f.state) && (await answers(cfg.url))) {
    if (!isOurProcess(cfg.oraclePid, dir)) {
      cfg.oraclePid = startOracle(dir);
      writeJson(f.config, cfg);
    }
    console.error(`devnet already running (profile: ${f.profile})`);
    console.log(cfg.url);
    return;
  }

  await ensureCompiled((m) => console.error(m));
  const resume = fs.existsSync(f.state) && fs.existsSync(f.facts) && cfg !== null;
  const hardfork = resume ? cfg.hardfork : opts.hardfork || 'cancun';
  const blockTime = blockTimeOpt ?? (cfg ? cfg.blockTime : 2);
  const epochs = epochSeconds ?? (cfg ? cfg.epochSeconds : 30);
  const wanted = opts.port !== undefined ? int(opts.port, 'port', 1) : cfg ? cfg.port : 8545;
  const port = await anvil.pickPort(wanted);
  if (port !== wanted) console.error(`port ${wanted} is busy, using ${port}`);

  const common = ['--state', f.state, '--state-interval', '300'];
  let node;
  let facts;
  const t0 = Date.now();
  if (resume) {
    if (historyBlocks) console.error('--history-blocks only applies to a new chain (use --fresh); ignored');
    node = await anvil.startAnvil({ port, hardfork, detached: true, logFile: f.anvilLog, args: [...common, '--block-time', String(blockTime)] });
    facts = readJson(f.facts);
  } else {
    for (const p of [f.state, f.facts, f.profile]) fs.rmSync(p, { force: true });
    const now = Math.floor(Date.now() / 1000);
    const { seed, timeline } = seedLib();
    const T = timeline(now);
    node = await anvil.startAnvil({ port, hardfork, detached: true, logFile: f.anvilLog, args: [...common, '--timestamp', String(T.genesis)] });
    const rpc = new Rpc(node.url);
    try {
      facts = await seed(rpc, { now, historyBlocks, log: (m) => console.error(m) });
      writeJson(f.facts, facts);
      // From here on the chain follows the wall clock, mining a block every `blockTime` seconds.
      const latest = Number((await rpc.block('latest')).timestamp);
      await rpc.call('evm_setTime', [Math.max(latest + 1, Math.floor(Date.now() / 1000))]);
      await rpc.call('evm_setIntervalMining', [blockTime]);
    } catch (e) {
      await anvil.terminate(node.pid, 5000);
      throw e;
    }
    console.error(`seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const rpc = new Rpc(node.url);
  try {
    await ensureEpochDuration(rpc, facts.addresses.rewards, facts.addresses.timelock, epochs);
  } catch (e) {
    await anvil.terminate(node.pid, 5000);
    throw e;
  }

  cfg = { url: node.url, port, pid: node.pid, oraclePid: null, epochSeconds: epochs, blockTime, hardfork, historyBlocks: resume ? cfg.historyBlocks : historyBlocks, startedAt: new Date().toISOString(), stateDir: dir };
  writeJson(f.config, cfg);
  writeJson(f.profile, makeProfile({ rpcUrl: node.url, facts, epochSeconds: epochs, hardfork }));
  cfg.oraclePid = startOracle(dir);
  writeJson(f.config, cfg);
  console.error(`${resume ? 'resumed' : 'started'} devnet at block ${await rpc.blockNumber()} (anvil pid ${node.pid}, oracle pid ${cfg.oraclePid})`);
  console.error(`profile: ${f.profile}`);
  console.log(node.url);
}

async function stop(opts) {
  const dir = path.resolve(opts['state-dir'] || paths.defaultStateDir());
  const f = files(dir);
  if (!fs.existsSync(f.config)) {
    if (!opts.quiet) console.log(`no devnet in ${dir}`);
    return;
  }
  const cfg = readJson(f.config);
  let stopped = false;
  if (isOurProcess(cfg.oraclePid, dir)) stopped = (await anvil.terminate(cfg.oraclePid, 5000)) || stopped;
  if (isOurProcess(cfg.pid, f.state)) stopped = (await anvil.terminate(cfg.pid, 120000)) || stopped;
  cfg.pid = null;
  cfg.oraclePid = null;
  cfg.stoppedAt = new Date().toISOString();
  writeJson(f.config, cfg);
  if (!opts.quiet) console.log(stopped ? `stopped the devnet in ${dir} (state saved in ${f.state})` : `devnet in ${dir} was not running`);
}

async function status(opts) {
  const dir = path.resolve(opts['state-dir'] || paths.defaultStateDir());
  const f = files(dir);
  if (!fs.existsSync(f.config)) {
    console.log(`no devnet in ${dir}`);
    process.exitCode = 3;
    return;
  }
  const cfg = readJson(f.config);
  const running = isOurProcess(cfg.pid, f.state) && (await answers(cfg.url));
  const oracle = isOurProcess(cfg.oraclePid, dir);
  const out = { running, url: running ? cfg.url : null, stateDir: dir, profile: f.profile, anvilPid: running ? cfg.pid : null, oraclePid: oracle ? cfg.oraclePid : null, epochSeconds: cfg.epochSeconds };
  if (running) {
    const rpc = new Rpc(cfg.url);
    const facts = readJson(f.facts);
    const rewards = new Contract('Rewards', facts.addresses.rewards, new LiveChain(rpc));
    const head = await rpc.block('latest');
    out.block = Number(head.number);
    out.blockTime = new Date(Number(head.timestamp) * 1000).toISOString();
    out.epochs = Number(await rewards.read('epochCount'));
    out.lastEpochEnd = new Date(Number(await rewards.read('lastEpochEnd')) * 1000).toISOString();
  }
  if (opts.json) console.log(JSON.stringify(out, null, 2));
  else {
    console.log(running ? `running: ${cfg.url}` : 'stopped');
    for (const [k, v] of Object.entries(out)) if (k !== 'running' && v !== null && v !== undefined) console.log(`  ${k}: ${v}`);
  }
  if (!running) process.exitCode = 3;
}

// ------------------------------------------------------------------ fixture

const FIXTURE_INPUTS = ['seed.js', 'deploy.js', 'network.js', 'rpc.js', 'anvil.js', 'profile.js', 'devnet.js'];

function fixtureKey(artifactsKey) {
  const h = crypto.createHash('sha256');
  h.update(artifactsKey);
  for (const f of FIXTURE_INPUTS) h.update(fs.readFileSync(path.join(paths.lib, f)));
  h.update(readJson(path.join(paths.nodeModules, '@foundry-rs', 'anvil', 'package.json')).version);
  return h.digest('hex');
}

const FIXTURE_HARDFORK = 'cancun';

async function buildFixture(opts) {
  const say = opts.quiet ? () => {} : (m) => console.error(m);
  const { key: artifactsKey } = await ensureCompiled(say);
  const key = fixtureKey(artifactsKey);
  const dir = paths.fixture;
  const keyFile = path.join(dir, '.key');
  const upToDate = () => !opts.force && fs.existsSync(keyFile) && fs.readFileSync(keyFile, 'utf8').trim() === key
    && ['state.json', 'network.json', 'facts.json', 'fixture.json'].every((n) => fs.existsSync(path.join(dir, n)));
  if (upToDate()) {
    console.log(dir);
    return;
  }
  await withLock('fixture', async () => {
    if (upToDate()) return; // built by someone else meanwhile
    const t0 = Date.now();
    const tmp = `${dir}.tmp-${process.pid}`;
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(tmp, { recursive: true });
    const now = Math.floor(Date.now() / 1000);
    const { seed, timeline } = seedLib();
    const net = netLib();
    const T = timeline(now);
    const port = await anvil.freePort();
    const node = await anvil.startAnvil({
      // Keep (and so dump) only the last 32 states: proofs at the finalized block work right after
      // loading, and the file stays small enough to load fast.
      port, hardfork: FIXTURE_HARDFORK, keepStates: 32,
      args: ['--timestamp', String(T.genesis), '--dump-state', path.join(tmp, 'state.json'), '--preserve-historical-states'],
    });
    let facts;
    try {
      facts = await seed(new Rpc(node.url), { now, log: say });
    } finally {
      const exited = new Promise((r) => node.child.once('exit', r));
      node.child.kill('SIGTERM');
      await exited;
    }
    if (!fs.existsSync(path.join(tmp, 'state.json'))) throw new Error('anvil did not write the fixture state');
    writeJson(path.join(tmp, 'facts.json'), facts);
    writeJson(path.join(tmp, 'network.json'), makeProfile({ rpcUrl: null, facts, epochSeconds: net.DAY, hardfork: FIXTURE_HARDFORK }));
    writeJson(path.join(tmp, 'fixture.json'), {
      state: path.join(dir, 'state.json'),
      profile: path.join(dir, 'network.json'),
      facts: path.join(dir, 'facts.json'),
      anvil: anvil.toolPath('anvil'),
      cast: anvil.toolPath('cast'),
      // Start with: <anvil> <anvilArgs...> --port <N> --load-state <state>
      anvilArgs: ['--host', '127.0.0.1', '--chain-id', String(net.CHAIN_ID), '--hardfork', FIXTURE_HARDFORK,
        '--slots-in-an-epoch', '3', '--prune-history', '256'],
      headTimestamp: facts.head.timestamp,
      headNumber: facts.head.number,
      key,
    });
    fs.writeFileSync(path.join(tmp, '.key'), key + '\n');
    const old = `${dir}.old-${process.pid}`;
    if (fs.existsSync(dir)) fs.renameSync(dir, old);
    fs.renameSync(tmp, dir);
    fs.rmSync(old, { recursive: true, force: true });
    say(`fixture built in ${((Date.now() - t0) / 1000).toFixed(1)} s (seed only; compile is cached separately)`);
  });
  console.log(dir);
}

async function main(argv) {
  const opts = parseArgs(argv);
  const cmd = opts._[0];
  if (!cmd || opts.help || cmd === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  switch (cmd) {
    case 'start': return start(opts);
    case 'stop': return stop(opts);
    case 'status': return status(opts);
    case 'build-fixture': return buildFixture(opts);
    case 'compile': {
      const r = await withLock('artifacts', () => compile({ force: opts.force, log: (m) => console.error(m) }));
      console.log(r.compiled ? `compiled in ${r.seconds.toFixed(1)} s` : 'artifacts up to date');
      return;
    }
    default:
      throw new Error(`unknown command ${cmd}\n\n${USAGE}`);
  }
}

module.exports = { main, parseArgs, ensureEpochDuration, buildFixture, withLock, files };
