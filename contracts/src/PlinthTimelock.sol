// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title PlinthTimelock
/// @notice OpenZeppelin's TimelockController, unchanged: the treasury and the owner of every network
/// parameter. The governor is its proposer and canceller; anyone may execute a ready operation.
contract PlinthTimelock is TimelockController {
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}
