'use strict';
// Compiles contracts/src with solc-js (the npm `solc` package) into contracts/build/artifacts/<Name>.json
// ({contractName, sourceName, abi, bytecode, deployedBytecode, storageLayout, methodIdentifiers}).
// The result is reused while the sources, the compiler and its settings are unchanged (build/artifacts/.key).
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const paths = require('./paths');

const CONTRACTS = ['PlinthToken', 'DeviceRegistry', 'Staking', 'Rewards', 'PlinthGovernor', 'PlinthTimelock'];

// cancun: OpenZeppelin 5.x needs it (mcopy); the bytecode runs unchanged on every later hardfork,
// anvil's default included.
const SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
  outputSelection: {
    '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object', 'evm.methodIdentifiers', 'storageLayout'] },
  },
};

function listSources(dir, base = dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listSources(full, base, out);
    else if (entry.name.endsWith('.sol')) out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out;
}

function packageVersion(name) {
  return JSON.parse(fs.readFileSync(path.join(paths.nodeModules, name, 'package.json'), 'utf8')).version;
}

/** Hash of everything the artifacts depend on. */
function sourcesKey() {
  const h = crypto.createHash('sha256');
  h.update(JSON.stringify(SETTINGS));
  h.update(`solc ${packageVersion('solc')}\0oz ${packageVersion('@openzeppelin/contracts')}\0`);
  for (const rel of listSources(paths.src)) {
    h.update(rel + '\0');
    h.update(fs.readFileSync(path.join(paths.src, rel)));
    h.update('\0');
  }
  h.update(fs.readFileSync(__filename));
  return h.digest('hex');
}

function findImports(importPath) {
  const candidates = [path.join(paths.nodeModules, importPath), path.join(paths.src, importPath)];
  for (const c of candidates) {
    if (fs.existsSync(c)) return { contents: fs.readFileSync(c, 'utf8') };
  }
  return { error: `File not found: ${importPath}` };
}

function artifactsUpToDate(key) {
  const keyFile = path.join(paths.artifacts, '.key');
  if (!fs.existsSync(keyFile) || fs.readFileSync(keyFile, 'utf8').trim() !== key) return false;
  return CONTRACTS.every((n) => fs.existsSync(path.join(paths.artifacts, `${n}.json`)));
}

/**
 * Compiles when needed. Returns {key, compiled: bool, seconds}.
 * @param {{force?: boolean, log?: (msg: string) => void}} opts
 */
function compile(opts = {}) {
  const log = opts.log || (() => {});
  const key = sourcesKey();
  if (!opts.force && artifactsUpToDate(key)) return { key, compiled: false, seconds: 0 };

  let solc;
  try {
    solc = require('solc');
  } catch (e) {
    throw new Error(`solc is missing: run \`npm ci --prefix ${paths.root}\` first (${e.message})`);
  }
  const t0 = Date.now();
  const sources = {};
  for (const rel of listSources(paths.src)) {
    sources[rel] = { content: fs.readFileSync(path.join(paths.src, rel), 'utf8') };
  }
  log(`compiling ${Object.keys(sources).length} sources with solc ${solc.version()} ...`);
  const input = { language: 'Solidity', sources, settings: SETTINGS };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  const errors = (output.errors || []).filter((e) => e.severity === 'error');
  for (const w of (output.errors || []).filter((e) => e.severity !== 'error')) {
    if (!/SPDX|Contract code size/.test(w.message)) log(w.formattedMessage.trim());
  }
  if (errors.length) {
    throw new Error('solc failed:\n' + errors.map((e) => e.formattedMessage).join('\n'));
  }
  fs.mkdirSync(paths.artifacts, { recursive: true });
  for (const [sourceName, contracts] of Object.entries(output.contracts)) {
    if (sourceName.startsWith('@')) continue;
    for (const [contractName, c] of Object.entries(contracts)) {
      if (!CONTRACTS.includes(contractName)) continue;
      const artifact = {
        contractName,
        sourceName: `src/${sourceName}`,
        compiler: solc.version(),
        settings: { optimizer: SETTINGS.optimizer, evmVersion: SETTINGS.evmVersion },
        abi: c.abi,
        bytecode: '0x' + c.evm.bytecode.object,
        deployedBytecode: '0x' + c.evm.deployedBytecode.object,
        methodIdentifiers: c.evm.methodIdentifiers,
        storageLayout: c.storageLayout,
      };
      writeAtomic(path.join(paths.artifacts, `${contractName}.json`), JSON.stringify(artifact, null, 2) + '\n');
    }
  }
  writeAtomic(path.join(paths.artifacts, '.key'), key + '\n');
  const seconds = (Date.now() - t0) / 1000;
  log(`compiled in ${seconds.toFixed(1)} s`);
  return { key, compiled: true, seconds };
}

function writeAtomic(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

function loadArtifact(name) {
  return JSON.parse(fs.readFileSync(path.join(paths.artifacts, `${name}.json`), 'utf8'));
}

module.exports = { compile, sourcesKey, loadArtifact, listSources, writeAtomic, CONTRACTS, SETTINGS };

if (require.main === module) {
  const r = compile({ force: process.argv.includes('--force'), log: (m) => console.log(m) });
  if (!r.compiled) console.log('artifacts up to date');
}
