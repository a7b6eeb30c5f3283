'use strict';
// Deploys the reference network and hands every parameter and the treasury to the timelock.
const { Interface, getCreateAddress, getAddress, ZeroAddress, id } = require('ethers');
const { loadArtifact } = require('./compile');
const { Contract } = require('./rpc');
const net = require('./network');

async function deployContract(chain, from, name, args) {
  const artifact = loadArtifact(name);
  const iface = new Interface(artifact.abi);
  const data = artifact.bytecode + iface.encodeDeploy(args).slice(2);
  const receipt = await chain.send({ from, data });
  return { address: getAddress(receipt.contractAddress), receipt };
}

/**
 * @param {import('./rpc').ScriptedChain} chain an automining chain
 * @param {{firstEpochStart: number, params?: object}} opts
 * @returns {Promise<{contracts: Record<string, Contract>, addresses: Record<string,string>, deploymentBlock: number}>}
 */
async function deploy(chain, { firstEpochStart, params = net.PARAMS }) {
  const A = net.accounts();
  const deployer = A.deployer.address;
  const holders = Object.keys(params.allocations).map((role) => A[role].address);
  const amounts = Object.values(params.allocations);
  const allocated = amounts.reduce((a, b) => a + b, 0n);

  const timelock = await deployContract(chain, deployer, 'PlinthTimelock', [params.timelockDelay, [], [ZeroAddress], deployer]);
  const deploymentBlock = Number(timelock.receipt.blockNumber);
  const token = await deployContract(chain, deployer, 'PlinthToken', [
    net.TOKEN.name, net.TOKEN.symbol, timelock.address, params.totalGenesis - allocated, holders, amounts,
    params.emissionCap, deployer,
  ]);
  const governor = await deployContract(chain, deployer, 'PlinthGovernor', [
    token.address, timelock.address, params.votingDelay, params.votingPeriod, params.proposalThreshold, params.quorumPercent,
  ]);
  const nonce = Number(await chain.rpc.call('eth_getTransactionCount', [deployer, 'latest']));
  const registryAddress = getCreateAddress({ from: deployer, nonce: nonce + 1 });
  const staking = await deployContract(chain, deployer, 'Staking', [
    token.address, registryAddress, timelock.address, timelock.address, A.slasher.address, params.unbondingPeriod,
  ]);
  const registry = await deployContract(chain, deployer, 'DeviceRegistry', [
    token.address, staking.address, timelock.address, timelock.address, params.minStake, params.onboardingFee,
  ]);
  if (registry.address.toLowerCase() !== registryAddress.toLowerCase()) {
    throw new Error(`registry deployed at ${registry.address}, expected ${registryAddress}`);
  }
  const rewards = await deployContract(chain, deployer, 'Rewards', [
    token.address, registry.address, timelock.address, A.oracle.address, params.epochDuration, params.rewardRate,
    firstEpochStart,
  ]);

  const contracts = {
    token: new Contract('PlinthToken', token.address, chain),
    devices: new Contract('DeviceRegistry', registry.address, chain),
    staking: new Contract('Staking', staking.address, chain),
    rewards: new Contract('Rewards', rewards.address, chain),
    governor: new Contract('PlinthGovernor', governor.address, chain),
    timelock: new Contract('PlinthTimelock', timelock.address, chain),
  };
  await contracts.token.tx(deployer, 'setMinter', [rewards.address]);
  await contracts.token.tx(deployer, 'transferOwnership', [timelock.address]);
  await contracts.timelock.tx(deployer, 'grantRole', [id('PROPOSER_ROLE'), governor.address]);
  await contracts.timelock.tx(deployer, 'grantRole', [id('CANCELLER_ROLE'), governor.address]);
  const lastSetup = await contracts.timelock.tx(deployer, 'renounceRole', [await contracts.timelock.read('DEFAULT_ADMIN_ROLE'), deployer]);

  const addresses = Object.fromEntries(Object.entries(contracts).map(([k, c]) => [k, c.address]));
  return { contracts, addresses, deploymentBlock, setupBlock: Number(lastSetup.blockNumber) };
}

module.exports = { deploy, deployContract };
