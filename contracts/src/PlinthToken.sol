// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";

/// @title PlinthToken
/// @notice The reference DePIN network's ERC-20: permit (EIP-2612) and votes (ERC-5805, timestamp clock).
/// The genesis supply goes to the treasury (the timelock) and to the listed allocations; afterwards new
/// tokens only come from the emission, which only the minter (the Rewards contract) may mint, up to
/// `emissionCap` over the token's whole life.
/// @dev Storage layout (for eth_getProof): `_balances` is slot 0 (`mapping(address => uint256)`), so the
/// balance of `a` is at keccak256(abi.encode(a, uint256(0))). See contracts/README.md.
contract PlinthToken is ERC20, ERC20Permit, ERC20Votes, Ownable {
    /// @notice Total amount the minter may ever mint on top of the genesis supply.
    uint256 public immutable emissionCap;
    /// @notice Amount minted by the emission so far.
    uint256 public emitted;
    /// @notice The only account allowed to mint the emission (the Rewards contract).
    address public minter;

    event MinterChanged(address indexed previousMinter, address indexed newMinter);
    event Emitted(address indexed to, uint256 amount);

    error NotMinter(address caller);
    error EmissionCapExceeded(uint256 requested, uint256 remaining);
    error AllocationLengthMismatch();
    error ZeroAddress();

    constructor(
        string memory name_,
        string memory symbol_,
        address treasury,
        uint256 treasurySupply,
        address[] memory allocationHolders,
        uint256[] memory allocationAmounts,
        uint256 emissionCap_,
        address initialOwner
    ) ERC20(name_, symbol_) ERC20Permit(name_) Ownable(initialOwner) {
        if (treasury == address(0)) revert ZeroAddress();
        if (allocationHolders.length != allocationAmounts.length) revert AllocationLengthMismatch();
        emissionCap = emissionCap_;
        _mint(treasury, treasurySupply);
        for (uint256 i = 0; i < allocationHolders.length; ++i) {
            _mint(allocationHolders[i], allocationAmounts[i]);
        }
    }

    /// @notice Sets the emission minter (governance; the deployer sets it once before handing over).
    function setMinter(address newMinter) external onlyOwner {
        emit MinterChanged(minter, newMinter);
        minter = newMinter;
    }

    /// @notice Mints `amount` of the emission to `to`. Only the minter, and never past `emissionCap`.
    function mint(address to, uint256 amount) external {
        if (msg.sender != minter) revert NotMinter(msg.sender);
        uint256 remaining = emissionCap - emitted;
        if (amount > remaining) revert EmissionCapExceeded(amount, remaining);
        emitted += amount;
        _mint(to, amount);
        emit Emitted(to, amount);
    }

    /// @notice ERC-6372: votes are checkpointed by timestamp, so governance periods are in seconds.
    function clock() public view override returns (uint48) {
        return Time.timestamp();
    }

    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public view override returns (string memory) {
        if (clock() != Time.timestamp()) revert ERC6372InconsistentClock();
        return "mode=timestamp";
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}
