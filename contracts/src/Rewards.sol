// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IDeviceRegistry, IEmissionToken} from "./interfaces/IPlinth.sol";

/// @title Rewards
/// @notice Fixed-length epochs of `epochDuration` seconds. After an epoch has ended, the oracle posts it:
/// per device an amount and a score (uptime in basis points). The epoch's total is minted from the
/// token's emission and each amount accrues to the device's owner at that moment. Owners claim everything
/// they have accrued to any address.
///
/// Epochs are numbered 0, 1, 2, ... and never overlap: epoch n covers [start, start + epochDuration) with
/// start >= the end of epoch n-1. A gap between two epochs is a period nobody was paid for (the network or
/// its oracle was down). `EpochPosted` carries every epoch's start and end, so a wallet never has to assume
/// one length for the whole history (governance may change `epochDuration`).
///
/// Light clients: for every owner, accrued(owner) == sum(DeviceRewarded.amount for owner)
///                                                   - sum(Claimed.amount for owner).
/// @dev Storage layout (for eth_getProof): `accrued` is slot 1 (`mapping(address => uint256)`, slot 0 is
/// AccessControl's roles), so accrued(a) is at keccak256(abi.encode(a, uint256(1))).
contract Rewards is AccessControl {
    using SafeERC20 for IERC20;

    bytes32 public constant ORACLE_ROLE = keccak256("ORACLE_ROLE");
    /// @notice A score of 10000 is 100 % (uptime in basis points).
    uint32 public constant MAX_SCORE = 10_000;

    struct Epoch {
        uint64 start;
        uint64 end;
        uint32 devices;
        uint128 total;
    }

    /// @notice Rewards accrued to an owner and not claimed yet. Slot 1.
    mapping(address owner => uint256) public accrued;
    /// @notice Everything an owner has claimed so far.
    mapping(address owner => uint256) public claimed;
    /// @notice Everything a device has earned (for all its owners).
    mapping(address device => uint256) public deviceEarned;
    /// @notice Posted epochs by number.
    mapping(uint256 epoch => Epoch) public epochs;
    /// @notice Number of epochs posted, i.e. the number of the next epoch.
    uint256 public epochCount;
    /// @notice End of the last posted epoch (the earliest start of the next one).
    uint64 public lastEpochEnd;
    /// @notice Length of an epoch in seconds (governance).
    uint64 public epochDuration;
    /// @notice Maximum emission per second of epoch, in token units (governance). An epoch's budget is
    /// rewardRate * epochDuration.
    uint256 public rewardRate;
    /// @notice Sum of all `accrued` balances (tokens this contract holds for owners).
    uint256 public totalAccrued;

    IERC20 public immutable token;
    IDeviceRegistry public immutable registry;

    event EpochPosted(uint256 indexed epoch, uint64 start, uint64 end, uint256 total, uint256 devices);
    event DeviceRewarded(
        uint256 indexed epoch, address indexed device, address indexed owner, uint256 amount, uint32 score
    );
    event Claimed(address indexed owner, address indexed to, uint256 amount);
    event RewardRateChanged(uint256 oldRate, uint256 newRate);
    event EpochDurationChanged(uint64 oldDuration, uint64 newDuration);

    error EpochOutOfOrder(uint256 expected, uint256 given);
    error EpochOverlaps(uint64 start, uint64 lastEpochEnd);
    error EpochNotEnded(uint64 end, uint256 timestamp);
    error LengthMismatch();
    error DevicesNotSorted(uint256 index);
    error ScoreOutOfRange(address device, uint32 score);
    error DeviceNotActive(address device);
    error EpochBudgetExceeded(uint256 total, uint256 budget);
    error NothingToClaim(address owner);
    error ZeroAddress();
    error InvalidEpochDuration(uint64 duration);

    constructor(
        IERC20 token_,
        IDeviceRegistry registry_,
        address admin,
        address oracle,
        uint64 epochDuration_,
        uint256 rewardRate_,
        uint64 firstEpochStart
    ) {
        if (address(token_) == address(0) || address(registry_) == address(0)) revert ZeroAddress();
        if (epochDuration_ == 0) revert InvalidEpochDuration(epochDuration_);
        token = token_;
        registry = registry_;
        epochDuration = epochDuration_;
        rewardRate = rewardRate_;
        lastEpochEnd = firstEpochStart;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (oracle != address(0)) _grantRole(ORACLE_ROLE, oracle);
    }

    /// @notice Posts epoch `epoch` = [start, start + epochDuration). Devices must be in ascending address
    /// order (no duplicates) and active; amounts may be 0 (an offline device).
    function postEpoch(
        uint256 epoch,
        uint64 start,
        address[] calldata devices,
        uint256[] calldata amounts,
        uint32[] calldata scores
    ) external onlyRole(ORACLE_ROLE) {
        if (epoch != epochCount) revert EpochOutOfOrder(epochCount, epoch);
        if (start < lastEpochEnd) revert EpochOverlaps(start, lastEpochEnd);
        uint64 end = start + epochDuration;
        if (end > block.timestamp) revert EpochNotEnded(end, block.timestamp);
        if (amounts.length != devices.length || scores.length != devices.length) revert LengthMismatch();
        uint256 total = _credit(epoch, devices, amounts, scores);
        _close(epoch, start, end, devices.length, total);
    }

    function _close(uint256 epoch, uint64 start, uint64 end, uint256 n, uint256 total) private {
        uint256 budget = rewardRate * epochDuration;
        if (total > budget) revert EpochBudgetExceeded(total, budget);
        epochs[epoch] = Epoch(start, end, uint32(n), uint128(total));
        epochCount = epoch + 1;
        lastEpochEnd = end;
        totalAccrued += total;
        if (total != 0) IEmissionToken(address(token)).mint(address(this), total);
        emit EpochPosted(epoch, start, end, total, n);
    }

    /// @notice Sends everything the caller has accrued to `to`.
    function claim(address to) external returns (uint256 amount) {
        if (to == address(0)) revert ZeroAddress();
        amount = accrued[msg.sender];
        if (amount == 0) revert NothingToClaim(msg.sender);
        accrued[msg.sender] = 0;
        claimed[msg.sender] += amount;
        totalAccrued -= amount;
        token.safeTransfer(to, amount);
        emit Claimed(msg.sender, to, amount);
    }

    /// @notice The budget of one epoch at the current parameters.
    function epochBudget() external view returns (uint256) {
        return rewardRate * epochDuration;
    }

    function setRewardRate(uint256 newRate) external onlyRole(DEFAULT_ADMIN_ROLE) {
        emit RewardRateChanged(rewardRate, newRate);
        rewardRate = newRate;
    }

    function setEpochDuration(uint64 newDuration) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newDuration == 0) revert InvalidEpochDuration(newDuration);
        emit EpochDurationChanged(epochDuration, newDuration);
        epochDuration = newDuration;
    }

    function _credit(
        uint256 epoch,
        address[] calldata devices,
        uint256[] calldata amounts,
        uint32[] calldata scores
    ) private returns (uint256 total) {
        address previous = address(0);
        for (uint256 i = 0; i < devices.length; ++i) {
            address device = devices[i];
            if (device <= previous) revert DevicesNotSorted(i);
            previous = device;
            if (scores[i] > MAX_SCORE) revert ScoreOutOfRange(device, scores[i]);
            address owner = registry.ownerOfDevice(device);
            if (owner == address(0)) revert DeviceNotActive(device);
            uint256 amount = amounts[i];
            total += amount;
            accrued[owner] += amount;
            deviceEarned[device] += amount;
            emit DeviceRewarded(epoch, device, owner, amount, scores[i]);
        }
    }
}
