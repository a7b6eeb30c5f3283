// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice What Staking and Rewards need from the DeviceRegistry.
interface IDeviceRegistry {
    /// @notice Current owner of an active device, address(0) when unknown or retired.
    function ownerOfDevice(address device) external view returns (address);

    /// @notice True while the device is registered and not retired.
    function isActive(address device) external view returns (bool);
}

/// @notice What the DeviceRegistry needs from Staking.
interface IStaking {
    /// @notice Records `amount` of tokens, already transferred to Staking, as `staker`'s stake on `device`.
    function depositFor(address staker, address device, uint256 amount) external;
}

/// @notice What Rewards needs from the token.
interface IEmissionToken {
    function mint(address to, uint256 amount) external;
}
