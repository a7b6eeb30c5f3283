'use strict';
// The reference network's fixed facts: accounts, parameters and the seeded devices.
const { HDNodeWallet, Wallet, keccak256, toUtf8Bytes, parseUnits } = require('ethers');

const MNEMONIC = 'test test test test test test test test test test test junk';
const CHAIN_ID = 31337;
const NAME = 'Plinth Devnet';
const DAY = 86400;
const HOUR = 3600;
const TOKEN = { name: 'Plinth Network Token', symbol: 'PLNTH', decimals: 18 };
const tokens = (n) => parseUnits(String(n), TOKEN.decimals);

// Anvil's well-known accounts (derived from MNEMONIC, m/44'/60'/0'/0/i).
const ROLES = ['user', 'alice', 'bob', 'carol', 'dave', 'grants', 'cold', 'slasher', 'oracle', 'deployer'];
let accountsCache = null;
function accounts() {
  if (!accountsCache) {
    const root = HDNodeWallet.fromPhrase(MNEMONIC, '', "m/44'/60'/0'/0");
    accountsCache = {};
    ROLES.forEach((role, i) => {
      const w = root.deriveChild(i);
      accountsCache[role] = { index: i, address: w.address, privateKey: w.privateKey };
    });
  }
  return accountsCache;
}

/** Device i's secp256k1 key: keccak256(utf8("plinth/devnet/device/" + i)). Tests re-sign with it. */
function deviceKey(i) {
  return keccak256(toUtf8Bytes(`plinth/devnet/device/${i}`));
}
function deviceWallet(i) {
  return new Wallet(deviceKey(i));
}

const KINDS = ['storage', 'bandwidth', 'wireless', 'compute', 'energy', 'sensor'];
const KIND = Object.fromEntries(KINDS.map((k, i) => [k, i]));

// Genesis parameters.
const PARAMS = {
  totalGenesis: tokens(1_000_000_000),
  allocations: { user: tokens(20_000_000), alice: tokens(30_000_000), bob: tokens(25_000_000), carol: tokens(15_000_000), dave: tokens(10_000_000) },
  emissionCap: tokens(200_000_000),
  minStake: tokens(1_000),
  onboardingFee: tokens(10),
  unbondingPeriod: 14 * DAY,
  epochDuration: DAY,
  rewardRate: tokens('0.4'), // per second of epoch: 34,560 PLNTH per day
  votingDelay: DAY,
  votingPeriod: 5 * DAY,
  proposalThreshold: tokens(100_000),
  quorumPercent: 4,
  timelockDelay: 2 * DAY,
  finalityDepth: 6,
};

// Seeded devices. `onboard` and `retire` are days relative to epoch 0's start (negative: before it).
// `weight` is the device's share of an epoch's budget at a score of 100 %.
const DEVICES = [
  { owner: 'user', kind: 'storage', capacity: 20, unit: 'TB', region: '881f1d4895fffff', place: 'Berlin', weight: 10, onboard: -2, meta: 'NAS, 5 x 4 TB RAID-Z' },
  { owner: 'user', kind: 'storage', capacity: 8, unit: 'TB', region: 'Berlin, DE (Kreuzberg)', place: 'Berlin', weight: 5, onboard: -2, meta: 'Mini PC + USB disk' },
  { owner: 'user', kind: 'bandwidth', capacity: 1000, unit: 'Mbps', region: '881faeaa91fffff', place: 'Frankfurt', weight: 8, onboard: -2, meta: 'Fibre uplink relay' },
  { owner: 'user', kind: 'wireless', capacity: 12, unit: 'km2', region: '883933676dfffff', place: 'Lisbon', weight: 9, onboard: -1, meta: 'LoRaWAN hotspot, rooftop antenna' },
  { owner: 'user', kind: 'wireless', capacity: 4, unit: 'cells', region: 'Lisbon, PT (Alfama)', place: 'Lisbon', weight: 7, onboard: -1, meta: '5G CBRS small cell' },
  { owner: 'user', kind: 'compute', capacity: 82, unit: 'TFLOPS', region: '88489e3467fffff', place: 'Austin', weight: 20, onboard: -1, meta: 'RTX 4090 workstation' },
  { owner: 'user', kind: 'energy', capacity: 30, unit: 'kWh/day', region: '881f8d7a49fffff', place: 'Munich', weight: 6, onboard: 3, meta: 'Rooftop solar, 8 kWp' },
  { owner: 'user', kind: 'sensor', capacity: 60, unit: 'readings/h', region: 'Zurich, CH', place: 'Zurich', weight: 3, onboard: 5, meta: 'Weather station' },
  { owner: 'user', kind: 'storage', capacity: 4, unit: 'TB', region: '882f5a363bfffff', place: 'Tokyo', weight: 4, onboard: 84, meta: 'Recently onboarded NAS' },
  { owner: 'alice', kind: 'compute', capacity: 312, unit: 'TFLOPS', region: '8819695265fffff', place: 'Amsterdam', weight: 30, onboard: -2, meta: 'A100 server' },
  { owner: 'alice', kind: 'storage', capacity: 48, unit: 'TB', region: '88652636d9fffff', place: 'Singapore', weight: 14, onboard: -2, meta: 'Storage rack, sold to user on day 60', transferTo: 'user', transferDay: 60 },
  { owner: 'bob', kind: 'wireless', capacity: 9, unit: 'km2', region: '88a8100c03fffff', place: 'Sao Paulo', weight: 9, onboard: -1, meta: 'Helium-style hotspot' },
  { owner: 'carol', kind: 'energy', capacity: 120, unit: 'kWh/day', region: '887a6e42cbfffff', place: 'Nairobi', weight: 12, onboard: 0, meta: 'Solar micro-grid' },
  { owner: 'carol', kind: 'sensor', capacity: 12, unit: 'readings/h', region: 'Sunnyvale, US', place: 'Sunnyvale', weight: 2, onboard: 1, meta: 'Air quality sensor, retired on day 70', retireDay: 70 },
];

module.exports = {
  MNEMONIC, CHAIN_ID, NAME, DAY, HOUR, TOKEN, tokens, ROLES, accounts, deviceKey, deviceWallet, KINDS, KIND, PARAMS, DEVICES,
};
