'use strict';
// A small JSON-RPC client for anvil, used by the devnet (seed, oracle) where ethers' per-transaction
// round trips (estimate, nonce, fee data, polling) would cost more than the work. Tests use ethers itself.
// ethers is loaded on first use: `devnet build-fixture` answers faster when nothing needs doing.
const Interface = (...a) => new (require('ethers').Interface)(...a);
const { loadArtifact, CONTRACTS } = require('./compile');

class RpcError extends Error {
  constructor(method, error) {
    super(`${method}: ${error.message}${error.data ? ` (${typeof error.data === 'string' ? error.data : JSON.stringify(error.data)})` : ''}`);
    this.code = error.code;
    this.data = error.data;
  }
}

let allErrorsInterface = null;
/** Decodes revert data against every custom error of the network's contracts. */
function decodeRevert(data) {
  if (typeof data !== 'string' || !data.startsWith('0x') || data.length < 10) return null;
  if (!allErrorsInterface) {
    const fragments = new Map();
    for (const name of CONTRACTS) {
      for (const f of loadArtifact(name).abi) if (f.type === 'error') fragments.set(JSON.stringify(f), f);
    }
    allErrorsInterface = Interface([...fragments.values()]);
  }
  try {
    const e = allErrorsInterface.parseError(data);
    return e ? `${e.name}(${e.args.map(String).join(', ')})` : null;
  } catch {
    return null;
  }
}

class Rpc {
  constructor(url) {
    this.url = url;
    this.id = 0;
  }

  async call(method, params = []) {
    const body = JSON.stringify({ jsonrpc: '2.0', id: ++this.id, method, params });
    const res = await fetch(this.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = await res.json();
    if (json.error) {
      const err = new RpcError(method, json.error);
      const decoded = decodeRevert(json.error.data);
      if (decoded) err.message += ` -> ${decoded}`;
      err.decoded = decoded;
      throw err;
    }
    return json.result;
  }

  /** Waits for a transaction's receipt (anvil mines asynchronously even when automining). */
  async receipt(hash, timeoutMs = 60000) {
    const t0 = Date.now();
    for (let delay = 1; ; delay = Math.min(delay * 2, 250)) {
      const r = await this.call('eth_getTransactionReceipt', [hash]);
      if (r) return r;
      if (Date.now() - t0 > timeoutMs) throw new Error(`no receipt for ${hash} after ${timeoutMs} ms`);
      await new Promise((res) => setTimeout(res, delay));
    }
  }

  async blockNumber() {
    return Number(await this.call('eth_blockNumber'));
  }

  async block(tag = 'latest') {
    return this.call('eth_getBlockByNumber', [typeof tag === 'number' ? '0x' + tag.toString(16) : tag, false]);
  }
}

/**
 * Drives an automining anvil with scripted timestamps: every transaction is mined in its own block whose
 * timestamp is the clock's cursor (at least one second after the previous block); the cursor then moves
 * `spacing` seconds on. `warp(t)` moves the cursor to t.
 */
class ScriptedChain {
  constructor(rpc, { spacing = 12 } = {}) {
    this.rpc = rpc;
    this.spacing = spacing;
    this.cursor = 0;
    this.lastTimestamp = 0;
  }

  async init() {
    const b = await this.rpc.block('latest');
    this.lastTimestamp = Number(b.timestamp);
    this.cursor = this.lastTimestamp + 1;
  }

  warp(t) {
    this.cursor = Math.max(Math.floor(t), this.lastTimestamp + 1);
  }

  async _stamp() {
    const ts = Math.max(this.cursor, this.lastTimestamp + 1);
    await this.rpc.call('evm_setNextBlockTimestamp', [ts]);
    this.lastTimestamp = ts;
    this.cursor = ts + this.spacing;
    return ts;
  }

  /** Sends a transaction from an unlocked anvil account; resolves to the receipt, throws on revert. */
  async send({ from, to, data, value, gas }) {
    await this._stamp();
    // A fixed, generous gas limit: anvil's estimate (made before our scripted timestamp applies) can
    // come out a little low, and gas is free here.
    const tx = { from, data, gas: '0x' + (gas || 6_000_000).toString(16) };
    if (to) tx.to = to;
    if (value) tx.value = '0x' + BigInt(value).toString(16);
    const hash = await this.rpc.call('eth_sendTransaction', [tx]);
    const receipt = await this.rpc.receipt(hash);
    if (receipt.status !== '0x1') {
      let reason = '';
      try {
        await this.rpc.call('eth_call', [tx, receipt.blockNumber]);
      } catch (e) {
        reason = `: ${e.decoded || e.message}`;
      }
      throw new Error(`transaction ${hash} (gas ${Number(receipt.gasUsed)}) reverted in block ${Number(receipt.blockNumber)}${reason}`);
    }
    return receipt;
  }

  /** Mines `count` empty blocks `interval` seconds apart starting at the cursor. */
  async mineEmpty(count, interval) {
    if (count <= 0) return;
    const first = await this._stamp();
    await this.rpc.call('anvil_mine', ['0x' + count.toString(16), '0x' + interval.toString(16)]);
    this.lastTimestamp = first + (count - 1) * interval;
    this.cursor = this.lastTimestamp + this.spacing;
  }
}

/** Sends transactions on a chain that mines by itself (interval mining): no timestamp scripting. */
class LiveChain {
  constructor(rpc) {
    this.rpc = rpc;
  }

  async send({ from, to, data, value, gas }) {
    const tx = { from, to, data, gas: '0x' + (gas || 6_000_000).toString(16) };
    if (value) tx.value = '0x' + BigInt(value).toString(16);
    const hash = await this.rpc.call('eth_sendTransaction', [tx]);
    const receipt = await this.rpc.receipt(hash, 120000);
    if (receipt.status !== '0x1') throw new Error(`transaction ${hash} reverted in block ${Number(receipt.blockNumber)}`);
    return receipt;
  }
}

/** A deployed contract: encodes calls with its artifact's ABI. */
class Contract {
  constructor(name, address, chain) {
    this.name = name;
    this.address = address;
    this.chain = chain;
    this.iface = Interface(loadArtifact(name).abi);
  }

  encode(method, args = []) {
    return this.iface.encodeFunctionData(method, args);
  }

  async tx(from, method, args = [], value, gas) {
    try {
      return await this.chain.send({ from, to: this.address, data: this.encode(method, args), value, gas });
    } catch (e) {
      e.message = `${this.name}.${method} from ${from}: ${e.message}`;
      throw e;
    }
  }

  async read(method, args = [], block = 'latest') {
    const data = await this.chain.rpc.call('eth_call', [{ to: this.address, data: this.encode(method, args) }, block]);
    const result = this.iface.decodeFunctionResult(method, data);
    return result.length === 1 ? result[0] : result;
  }

  parseLogs(receipt) {
    const out = [];
    for (const log of receipt.logs) {
      if (log.address.toLowerCase() !== this.address.toLowerCase()) continue;
      try {
        out.push(this.iface.parseLog(log));
      } catch {
        /* not ours */
      }
    }
    return out;
  }
}

module.exports = { Rpc, RpcError, ScriptedChain, LiveChain, Contract, decodeRevert };
