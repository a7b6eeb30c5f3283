#pragma once
// The devnet's contract addresses (contracts/README.md: fixed by the deployer's nonces), for the unit
// tests that decode or encode calls to the reference contracts without starting a devnet.
#include "wallet/network/NetworkProfile.h"

namespace plinth::test {

inline NetworkContracts referenceContracts()
{
    NetworkContracts c;
    c.token = "0xA15BB66138824a1c7167f5E85b957d04Dd34E468";
    c.devices = "0xe1Aa25618fA0c7A1CFDab5d6B456af611873b629";
    c.staking = "0x8ce361602B935680E8DeC218b820ff5056BeB7af";
    c.rewards = "0xe1DA8919f262Ee86f9BE05059C9280142CF23f48";
    c.governor = "0xb19b36b1456E65E3A6D514D3F715f204BD59f431";
    c.timelock = "0x700b6A60ce7EaaEA56F065753d8dcB9653dbAD35";
    return c;
}

} // namespace plinth::test
