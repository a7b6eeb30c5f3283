'use strict';
// The network profile (network.json) a Plinth wallet loads to connect to this network.
const path = require('node:path');
const net = require('./network');
const paths = require('./paths');

const ABI_FILES = {
  token: 'PlinthToken', devices: 'DeviceRegistry', staking: 'Staking', rewards: 'Rewards', governor: 'PlinthGovernor', timelock: 'PlinthTimelock',
};

/**
 * @param {{rpcUrl: string|null, facts: object, epochSeconds: number, hardfork: string}} o
 */
function makeProfile({ rpcUrl, facts, epochSeconds, hardfork }) {
  return {
    name: net.NAME,
    chainId: net.CHAIN_ID,
    currency: { symbol: 'ETH', decimals: 18 },
    rpc: rpcUrl ? [rpcUrl] : [],
    contracts: { ...facts.addresses },
    deploymentBlock: facts.deploymentBlock,
    checkpoint: { number: facts.checkpoint.number, hash: facts.checkpoint.hash },
    finalityDepth: net.PARAMS.finalityDepth,
    epochSeconds,
    token: { symbol: net.TOKEN.symbol, decimals: net.TOKEN.decimals, name: net.TOKEN.name },
    explorer: null,
    abi: Object.fromEntries(Object.entries(ABI_FILES).map(([k, n]) => [k, path.join(paths.artifacts, `${n}.json`)])),
    devnet: { hardfork, clock: 'timestamp', seededEpochSeconds: net.DAY, mnemonic: net.MNEMONIC },
  };
}

module.exports = { makeProfile, ABI_FILES };
