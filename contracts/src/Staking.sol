// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IDeviceRegistry, IStaking} from "./interfaces/IPlinth.sol";

/// @title Staking
/// @notice Stake on a device you own (`stake`), or delegate stake to any active device (`delegate`).
/// Unstaking starts an unbonding period (a governance parameter); after it the tokens are withdrawn.
/// A slasher role can slash a staker's active stake on a device; slashed tokens go to the treasury.
/// @dev Storage layout (for eth_getProof): `stakes` is slot 1
/// (`mapping(address device => mapping(address staker => uint256))`, slot 0 is AccessControl's roles), so the
/// stake of `s` on `d` is at keccak256(abi.encode(s, keccak256(abi.encode(d, uint256(1))))).
contract Staking is AccessControl, IStaking {
    using SafeERC20 for IERC20;

    bytes32 public constant SLASHER_ROLE = keccak256("SLASHER_ROLE");
    /// @notice Upper bound for the unbonding period governance can set.
    uint64 public constant MAX_UNBONDING_PERIOD = 365 days;

    struct Unbonding {
        address staker;
        address device;
        uint128 amount;
        uint64 releaseAt;
        bool withdrawn;
    }

    /// @notice Active (bonded) stake of each staker on each device. Slot 1.
    mapping(address device => mapping(address staker => uint256)) public stakes;
    /// @notice Total active stake on a device.
    mapping(address device => uint256) public deviceStake;
    /// @notice Total active stake of a staker over all devices.
    mapping(address staker => uint256) public stakerTotal;
    /// @notice Tokens of a staker waiting in unbonding (not yet withdrawn).
    mapping(address staker => uint256) public unbondingTotal;
    /// @notice Unbonding requests by id (ids start at 1).
    mapping(uint256 id => Unbonding) public unbondings;
    /// @notice Number of unbonding requests ever made (the last id).
    uint256 public unbondingCount;
    /// @notice Seconds between `unstake` and the earliest `withdraw` (governance).
    uint64 public unbondingPeriod;

    IERC20 public immutable token;
    IDeviceRegistry public immutable registry;
    address public immutable treasury;

    event Staked(address indexed device, address indexed staker, uint256 amount, bool delegation);
    event UnstakeRequested(
        uint256 indexed id, address indexed device, address indexed staker, uint256 amount, uint64 releaseAt
    );
    event Withdrawn(uint256 indexed id, address indexed staker, address indexed device, uint256 amount);
    event Slashed(
        address indexed device, address indexed staker, address indexed slasher, uint256 amount, string reason
    );
    event UnbondingPeriodChanged(uint64 oldPeriod, uint64 newPeriod);

    error ZeroAmount();
    error DeviceNotActive(address device);
    error NotDeviceOwner(address device, address caller);
    error NotRegistry(address caller);
    error InsufficientStake(uint256 staked, uint256 requested);
    error UnknownUnbonding(uint256 id);
    error NotUnbondingOwner(uint256 id, address caller);
    error StillUnbonding(uint256 id, uint64 releaseAt);
    error AlreadyWithdrawn(uint256 id);
    error InvalidUnbondingPeriod(uint64 period);
    error ZeroAddress();

    constructor(
        IERC20 token_,
        IDeviceRegistry registry_,
        address treasury_,
        address admin,
        address slasher,
        uint64 unbondingPeriod_
    ) {
        if (address(token_) == address(0) || address(registry_) == address(0) || treasury_ == address(0)) {
            revert ZeroAddress();
        }
        if (unbondingPeriod_ > MAX_UNBONDING_PERIOD) revert InvalidUnbondingPeriod(unbondingPeriod_);
        token = token_;
        registry = registry_;
        treasury = treasury_;
        unbondingPeriod = unbondingPeriod_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (slasher != address(0)) _grantRole(SLASHER_ROLE, slasher);
    }

    /// @notice Adds `amount` to your stake on a device you own. Needs an approval of `amount`.
    function stake(address device, uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        address owner = registry.ownerOfDevice(device);
        if (owner == address(0)) revert DeviceNotActive(device);
        if (owner != msg.sender) revert NotDeviceOwner(device, msg.sender);
        token.safeTransferFrom(msg.sender, address(this), amount);
        _add(msg.sender, device, amount, false);
    }

    /// @notice Delegates `amount` of stake to any active device. Needs an approval of `amount`.
    function delegate(address device, uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        if (!registry.isActive(device)) revert DeviceNotActive(device);
        token.safeTransferFrom(msg.sender, address(this), amount);
        _add(msg.sender, device, amount, true);
    }

    /// @notice Called by the registry at registration, after moving the tokens here.
    function depositFor(address staker, address device, uint256 amount) external {
        if (msg.sender != address(registry)) revert NotRegistry(msg.sender);
        if (amount == 0) revert ZeroAmount();
        _add(staker, device, amount, false);
    }

    /// @notice Starts unbonding `amount` of your stake on `device`. Returns the unbonding id.
    function unstake(address device, uint256 amount) external returns (uint256 id) {
        if (amount == 0) revert ZeroAmount();
        uint256 staked = stakes[device][msg.sender];
        if (amount > staked) revert InsufficientStake(staked, amount);
        _sub(msg.sender, device, amount);
        uint64 releaseAt = uint64(block.timestamp) + unbondingPeriod;
        id = ++unbondingCount;
        unbondings[id] = Unbonding(msg.sender, device, uint128(amount), releaseAt, false);
        unbondingTotal[msg.sender] += amount;
        emit UnstakeRequested(id, device, msg.sender, amount, releaseAt);
    }

    /// @notice Pays out an unbonding request once its period is over.
    function withdraw(uint256 id) external {
        Unbonding storage u = unbondings[id];
        if (u.staker == address(0)) revert UnknownUnbonding(id);
        if (u.staker != msg.sender) revert NotUnbondingOwner(id, msg.sender);
        if (u.withdrawn) revert AlreadyWithdrawn(id);
        if (block.timestamp < u.releaseAt) revert StillUnbonding(id, u.releaseAt);
        u.withdrawn = true;
        uint256 amount = u.amount;
        unbondingTotal[msg.sender] -= amount;
        token.safeTransfer(msg.sender, amount);
        emit Withdrawn(id, msg.sender, u.device, amount);
    }

    /// @notice Slashes `amount` of `staker`'s active stake on `device` to the treasury.
    function slash(address device, address staker, uint256 amount, string calldata reason)
        external
        onlyRole(SLASHER_ROLE)
    {
        if (amount == 0) revert ZeroAmount();
        uint256 staked = stakes[device][staker];
        if (amount > staked) revert InsufficientStake(staked, amount);
        _sub(staker, device, amount);
        token.safeTransfer(treasury, amount);
        emit Slashed(device, staker, msg.sender, amount, reason);
    }

    function setUnbondingPeriod(uint64 newPeriod) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newPeriod > MAX_UNBONDING_PERIOD) revert InvalidUnbondingPeriod(newPeriod);
        emit UnbondingPeriodChanged(unbondingPeriod, newPeriod);
        unbondingPeriod = newPeriod;
    }

    function _add(address staker, address device, uint256 amount, bool delegation) private {
        stakes[device][staker] += amount;
        deviceStake[device] += amount;
        stakerTotal[staker] += amount;
        emit Staked(device, staker, amount, delegation);
    }

    function _sub(address staker, address device, uint256 amount) private {
        stakes[device][staker] -= amount;
        deviceStake[device] -= amount;
        stakerTotal[staker] -= amount;
    }
}
