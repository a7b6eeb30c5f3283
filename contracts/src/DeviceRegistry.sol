// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {IDeviceRegistry, IStaking} from "./interfaces/IPlinth.sol";

/// @title DeviceRegistry
/// @notice One ERC-721 token per physical device. A device is identified by its own secp256k1 key: its
/// device address, which is also its token id (`uint256(uint160(device))`). Registering needs an EIP-712
/// signature by the device key over (owner, device, kind, capacity, region, nonce, deadline), the
/// minimum stake (moved into Staking as the owner's stake on the device) and the onboarding fee (paid to
/// the treasury). Both amounts are governance parameters, held by the timelock (DEFAULT_ADMIN_ROLE).
/// The owner approves this contract for `stake + onboardingFee` tokens before registering.
contract DeviceRegistry is ERC721, EIP712, AccessControl, IDeviceRegistry {
    using SafeERC20 for IERC20;

    /// @notice What a device contributes to the network.
    enum ResourceKind {
        Storage, // 0: disk, unit e.g. "TB"
        Bandwidth, // 1: unit e.g. "Mbps"
        Wireless, // 2: hotspot / radio coverage, unit e.g. "cells" or "km2"
        Compute, // 3: GPU/CPU, unit e.g. "TFLOPS"
        Energy, // 4: unit e.g. "kWh"
        Sensor // 5: unit e.g. "readings/h"
    }

    struct Device {
        uint8 kind; // ResourceKind
        bool retired;
        uint64 registeredAt;
        uint64 retiredAt;
        uint256 capacity;
        string unit;
        string region; // "h3:<15 hex digits>" (an H3 cell index) or a free label
        string metadataURI;
    }

    /// @notice Arguments of `register`, signed by the device key (all but unit, metadataURI and stake).
    struct Registration {
        address device;
        uint8 kind;
        uint256 capacity;
        string unit;
        string region;
        string metadataURI;
        uint256 stake;
        uint256 nonce;
        uint256 deadline;
    }

    /// @notice EIP-712 type of the device's onboarding signature. `region` is hashed as EIP-712 strings are.
    bytes32 public constant ONBOARD_TYPEHASH = keccak256(
        "Onboard(address owner,address device,uint8 kind,uint256 capacity,string region,uint256 nonce,uint256 deadline)"
    );

    IERC20 public immutable token;
    IStaking public immutable staking;
    /// @notice Receives the onboarding fees (the timelock).
    address public immutable treasury;

    /// @notice Minimum stake a registration must bring (governance).
    uint256 public minStake;
    /// @notice Fee paid to the treasury on registration (governance).
    uint256 public onboardingFee;
    /// @notice Devices ever registered (retired ones included).
    uint256 public totalRegistered;
    /// @notice Devices registered and not retired.
    uint256 public activeDevices;

    mapping(address device => Device) private _devices;
    /// @notice Device nonces already consumed by an onboarding signature (unordered nonces).
    mapping(address device => mapping(uint256 nonce => bool)) public nonceUsed;

    event DeviceRegistered(
        address indexed device,
        address indexed owner,
        uint8 indexed kind,
        uint256 capacity,
        string unit,
        string region,
        string metadataURI,
        uint256 stake,
        uint256 fee
    );
    event CapacityUpdated(address indexed device, address indexed owner, uint256 capacity, string unit);
    event RegionUpdated(address indexed device, address indexed owner, string region);
    event MetadataUpdated(address indexed device, address indexed owner, string metadataURI);
    event DeviceTransferred(address indexed device, address indexed from, address indexed to);
    event DeviceRetired(address indexed device, address indexed owner);
    event MinStakeChanged(uint256 oldMinStake, uint256 newMinStake);
    event OnboardingFeeChanged(uint256 oldFee, uint256 newFee);

    error SignatureExpired(uint256 deadline, uint256 timestamp);
    error NonceAlreadyUsed(address device, uint256 nonce);
    error InvalidDeviceSignature(address device, address recovered);
    error DeviceAlreadyRegistered(address device);
    error DeviceAlreadyRetired(address device);
    error StakeBelowMinimum(uint256 provided, uint256 minimum);
    error InvalidResourceKind(uint8 kind);
    error InvalidCapacity();
    error InvalidDevice();
    error UnknownDevice(address device);
    error NotDeviceOwner(address device, address caller);
    error ZeroAddress();

    constructor(
        IERC20 token_,
        IStaking staking_,
        address treasury_,
        address admin,
        uint256 minStake_,
        uint256 onboardingFee_
    ) ERC721("Plinth Device", "PLDEV") EIP712("Plinth DeviceRegistry", "1") {
        if (address(token_) == address(0) || address(staking_) == address(0) || treasury_ == address(0)) {
            revert ZeroAddress();
        }
        token = token_;
        staking = staking_;
        treasury = treasury_;
        minStake = minStake_;
        onboardingFee = onboardingFee_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    // ---------------------------------------------------------------- registration

    /// @notice Registers `r.device` to the caller. See the contract's notice for what it needs.
    /// Checks, in order: deadline, nonce, device signature, retired, already registered, kind, capacity, stake.
    function register(Registration calldata r, bytes calldata signature) external {
        _verifyOnboarding(r, signature);
        _recordDevice(r);
        uint256 fee = onboardingFee;
        if (fee != 0) token.safeTransferFrom(msg.sender, treasury, fee);
        if (r.stake != 0) {
            token.safeTransferFrom(msg.sender, address(staking), r.stake);
            staking.depositFor(msg.sender, r.device, r.stake);
        }
        _emitRegistered(r, fee);
    }

    /// @notice The EIP-712 digest the device key signs to onboard to `owner`.
    function onboardingDigest(
        address owner,
        address device,
        uint8 kind,
        uint256 capacity,
        string calldata region,
        uint256 nonce,
        uint256 deadline
    ) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    ONBOARD_TYPEHASH, owner, device, kind, capacity, keccak256(bytes(region)), nonce, deadline
                )
            )
        );
    }

    // ---------------------------------------------------------------- owner actions

    function updateCapacity(address device, uint256 capacity, string calldata unit) external {
        address owner = _onlyDeviceOwner(device);
        if (capacity == 0) revert InvalidCapacity();
        Device storage d = _devices[device];
        d.capacity = capacity;
        d.unit = unit;
        emit CapacityUpdated(device, owner, capacity, unit);
    }

    function updateRegion(address device, string calldata region) external {
        address owner = _onlyDeviceOwner(device);
        _devices[device].region = region;
        emit RegionUpdated(device, owner, region);
    }

    function updateMetadata(address device, string calldata metadataURI) external {
        address owner = _onlyDeviceOwner(device);
        _devices[device].metadataURI = metadataURI;
        emit MetadataUpdated(device, owner, metadataURI);
    }

    /// @notice Retires the device for good: its token is burnt and it can never register again.
    /// Stakes on it stay in Staking and can be unstaked.
    function retire(address device) external {
        address owner = _onlyDeviceOwner(device);
        Device storage d = _devices[device];
        d.retired = true;
        d.retiredAt = uint64(block.timestamp);
        --activeDevices;
        _burn(uint256(uint160(device)));
        emit DeviceRetired(device, owner);
    }

    // ---------------------------------------------------------------- governance

    function setMinStake(uint256 newMinStake) external onlyRole(DEFAULT_ADMIN_ROLE) {
        emit MinStakeChanged(minStake, newMinStake);
        minStake = newMinStake;
    }

    function setOnboardingFee(uint256 newFee) external onlyRole(DEFAULT_ADMIN_ROLE) {
        emit OnboardingFeeChanged(onboardingFee, newFee);
        onboardingFee = newFee;
    }

    // ---------------------------------------------------------------- views

    function deviceInfo(address device) external view returns (Device memory) {
        Device memory d = _devices[device];
        if (d.registeredAt == 0) revert UnknownDevice(device);
        return d;
    }

    function ownerOfDevice(address device) public view returns (address) {
        return _ownerOf(uint256(uint160(device)));
    }

    function isActive(address device) external view returns (bool) {
        return ownerOfDevice(device) != address(0);
    }

    function isRetired(address device) external view returns (bool) {
        return _devices[device].retired;
    }

    /// @notice The device's metadata URI (ERC-721 metadata).
    function tokenURI(uint256 tokenId) public view override returns (string memory) {
        _requireOwned(tokenId);
        return _devices[address(uint160(tokenId))].metadataURI;
    }

    function supportsInterface(bytes4 interfaceId) public view override(ERC721, AccessControl) returns (bool) {
        return super.supportsInterface(interfaceId);
    }

    // ---------------------------------------------------------------- internals

    function _verifyOnboarding(Registration calldata r, bytes calldata signature) private view {
        if (block.timestamp > r.deadline) revert SignatureExpired(r.deadline, block.timestamp);
        if (r.device == address(0)) revert InvalidDevice();
        if (nonceUsed[r.device][r.nonce]) revert NonceAlreadyUsed(r.device, r.nonce);
        bytes32 digest = onboardingDigest(msg.sender, r.device, r.kind, r.capacity, r.region, r.nonce, r.deadline);
        (address recovered, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, signature);
        if (err != ECDSA.RecoverError.NoError || recovered != r.device) {
            revert InvalidDeviceSignature(r.device, recovered);
        }
        Device storage d = _devices[r.device];
        if (d.retired) revert DeviceAlreadyRetired(r.device);
        if (d.registeredAt != 0) revert DeviceAlreadyRegistered(r.device);
        if (r.kind > uint8(ResourceKind.Sensor)) revert InvalidResourceKind(r.kind);
        if (r.capacity == 0) revert InvalidCapacity();
        if (r.stake < minStake) revert StakeBelowMinimum(r.stake, minStake);
    }

    function _recordDevice(Registration calldata r) private {
        nonceUsed[r.device][r.nonce] = true;
        Device storage d = _devices[r.device];
        d.kind = r.kind;
        d.registeredAt = uint64(block.timestamp);
        d.capacity = r.capacity;
        d.unit = r.unit;
        d.region = r.region;
        d.metadataURI = r.metadataURI;
        ++totalRegistered;
        ++activeDevices;
        _mint(msg.sender, uint256(uint160(r.device)));
    }

    function _emitRegistered(Registration calldata r, uint256 fee) private {
        emit DeviceRegistered(
            r.device, msg.sender, r.kind, r.capacity, r.unit, r.region, r.metadataURI, r.stake, fee
        );
    }

    function _onlyDeviceOwner(address device) private view returns (address owner) {
        owner = ownerOfDevice(device);
        if (owner == address(0)) {
            if (_devices[device].retired) revert DeviceAlreadyRetired(device);
            revert UnknownDevice(device);
        }
        if (owner != msg.sender) revert NotDeviceOwner(device, msg.sender);
    }

    /// @dev Emits DeviceTransferred on every owner change (not on mint or burn), next to ERC-721 Transfer.
    function _update(address to, uint256 tokenId, address auth) internal override returns (address from) {
        from = super._update(to, tokenId, auth);
        if (from != address(0) && to != address(0)) {
            emit DeviceTransferred(address(uint160(tokenId)), from, to);
        }
    }
}
