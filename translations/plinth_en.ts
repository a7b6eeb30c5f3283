<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountsAddCommand</name>
    <message>
        <source>Derive another account from the recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivation path (default: the next m/44&apos;/60&apos;/0&apos;/0/i).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid derivation path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsLabelCommand</name>
    <message>
        <source>Set an account&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new label (empty to remove it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ADDRESS and LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsListCommand</name>
    <message>
        <source>List the vault&apos;s accounts (no password needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include hidden accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown accounts command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsVisibilityCommand</name>
    <message>
        <source>Hide an account from the list (its key stays in the vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a hidden account again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hid %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shown again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceCommand</name>
    <message>
        <source>Show an address&apos;s balances, proven at the verified block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address (default: the wallet&apos;s first account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance takes at most one address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wallet has no account: pass an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, proven at block %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainSession</name>
    <message>
        <source>--%1 %2 is not an address: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the verified cache as it is, without syncing first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimCommand</name>
    <message>
        <source>Claim your accrued rewards, to yourself or to --to ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the rewards go (default: the claiming account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must not be the zero address: the rewards would be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network profile has no valid rewards contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has nothing to claim: its accrued rewards are 0 (proven at block %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim the rewards of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimable: %1 (proven at block %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 of rewards to %2</source>
        <extracomment>%1 the amount with its symbol, %2 the recipient&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegateCommand</name>
    <message>
        <source>Delegate your token&apos;s votes to an address, or to yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who votes with your tokens: an address, or self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegate takes one address, or self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already delegates its votes to %2; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate the votes of %1 to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate the votes of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s delegate (ERC20Votes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current delegate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current delegate: none (the tokens do not vote yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes that move: %1, from %2 to %3</source>
        <extracomment>%1 an amount of tokens, %2 the old delegate (or &quot;nobody&quot;), %3 the new one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation moves the votes of every token the account holds now and later, not only these.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegateStakeCommand</name>
    <message>
        <source>Delegate stake to any active device (approves the tokens first when needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate %1 of stake to device %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCommands</name>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>offline for %n epoch(s)</source>
        <translation>
            <numerusform>offline for %n epoch</numerusform>
            <numerusform>offline for %n epochs</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceKeyNewCommand</name>
    <message>
        <source>Create a device key in its own keystore file (never in the vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device-key new takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key written to %1 (keystore v3, encrypted with the password you gave).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceRegisterCommand</name>
    <message>
        <source>Register a device from its signed onboarding payload, or this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed onboarding payload: a JSON file or QR text, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a resource of this computer: the wallet makes and keeps its device key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the onboarding payload is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register device %1 (%2, %3, region %4) to %5</source>
        <extracomment>%1 device address, %2 kind (storage, ...), %3 capacity and unit, %4 region, %5 owner address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake: %1, the registry&apos;s minimum (the payload names none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake: %1 (the registry&apos;s minimum is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding fee: %1, paid to the treasury.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity: %1, measured on this computer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity: %1, as you declared it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device key is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: the device&apos;s signature, chain %1, the registry, the deadline %2 (in %3), not yet registered, nonce unused, the owner, the stake and your balance.</source>
        <extracomment>%1 the deadline (UTC), %2 how long from the chain&apos;s latest block, e.g. &quot;23 hours 59 minutes&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s state and your balance were read with eth_call at block %1: unverified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network &quot;%1&quot; has no device registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register device %1, staking %2 and paying the %3 fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device register takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass either --payload FILE|- or --this-computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for --this-computer: a payload carries its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit goes with --capacity: a measured capacity keeps its own unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing on this computer measures a capacity of this kind: declare it with --capacity N --unit U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered, nothing was sent: %1</source>
        <extracomment>%1 one or more sentences separated by &quot;; &quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceRetireCommand</name>
    <message>
        <source>Retire a device for good (its token is burnt; it can never register again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device retire takes one DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire device %1 for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its token is burnt and it can never register again; stakes on it stay in Staking and can be unstaked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceShowCommand</name>
    <message>
        <source>Show one device from the verified cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device show takes one device address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device %1 is registered (verified up to block %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:       %1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake:      %1 (own %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Earned:     %1 in %n reward(s)</source>
        <translation>
            <numerusform>Earned:     %1 in %n reward</numerusform>
            <numerusform>Earned:     %1 in %n rewards</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline:    epochs %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned by:   %1 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified up to block %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceTransferCommand</name>
    <message>
        <source>Give a device (its ERC-721 token) to another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device transfer takes DEVICE TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO must not be the zero address: the device would be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry&apos;s ownerOfDevice answer is not one 32-byte word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1 is not registered or is retired: there is nothing to transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1 already belongs to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer device %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceUpdateCommand</name>
    <message>
        <source>Change a device&apos;s capacity, region or metadata URI (one transaction per field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new capacity, a whole number (with --unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity&apos;s unit, e.g. TB or Mbps (with --capacity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new region: an H3 cell (15 hex digits) or a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new metadata URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device update takes one DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--capacity and --unit go together: the registry stores them as one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to update: give --capacity N --unit U, --region R or --metadata URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--capacity must be a whole number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the capacity of device %1 to %2 %3</source>
        <extracomment>%1 device, %2 capacity, %3 unit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the region of device %1 to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the metadata URI of device %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesCommand</name>
    <message>
        <source>List an account&apos;s devices from the verified cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1, verified up to block %2</source>
        <translation>
            <numerusform>%n device of %1, verified up to block %2</numerusform>
            <numerusform>%n devices of %1, verified up to block %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 %3 %4  %5  %6</source>
        <extracomment>one device: address, kind, capacity and unit, region, status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stake %1, last score %2, earned %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% in epoch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarningsCommand</name>
    <message>
        <source>Show rewards per day, week or month from the verified cache, or export them as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals per day, week (ISO, from Monday) or month, UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (UTC), YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (UTC, included), YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every reward (one row per device and epoch) to this CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earnings takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period is day, week or month, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is a date YYYY-MM-DD, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  (%n reward(s))</source>
        <translation>
            <numerusform>%1  %2  (%n reward)</numerusform>
            <numerusform>%1  %2  (%n rewards)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 in %n reward(s), verified up to block %2</source>
        <translation>
            <numerusform>Total: %1 in %n reward, verified up to block %2</numerusform>
            <numerusform>Total: %1 in %n rewards, verified up to block %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecuteCommand</name>
    <message>
        <source>Execute a queued proposal whose timelock delay has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is queued but not ready: the timelock lets it run from %2, in %3</source>
        <extracomment>%1 the title, %2 a date, %3 how long until then</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 succeeded but is not queued: run `plinth-cli queue` first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: only a queued proposal can be executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GovernanceText</name>
    <message>
        <source>%1 %2/s</source>
        <extracomment>a reward rate: %1 the amount, %2 the token&apos;s symbol</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account held no tokens at the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s tokens were not delegated at the snapshot: votes count only once delegated, even to oneself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account had delegated its votes to another account at the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s tokens or delegation arrived after the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: undecoded call %2</source>
        <extracomment>%1 the target contract, %2 the calldata in hex</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <extracomment>a parameter change: %1 the parameter, %2 the old value, %3 the new value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(old value unverified: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1</source>
        <extracomment>a duration of days and hours: %n is the number of days, %1 the hours (&quot;3 hours&quot;)</extracomment>
        <translation>
            <numerusform>%n day %1</numerusform>
            <numerusform>%n days %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) %1</source>
        <extracomment>a duration of hours and minutes: %n is the number of hours, %1 the minutes (&quot;45 minutes&quot;)</extracomment>
        <translation>
            <numerusform>%n hour %1</numerusform>
            <numerusform>%n hours %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerCommand</name>
    <message>
        <source>Reconcile rewarded, claimable (proven), claimed and received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout ledger of %1 at block %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rewarded:   %1 (%n reward(s))</source>
        <translation>
            <numerusform>Rewarded:   %1 (%n reward)</numerusform>
            <numerusform>Rewarded:   %1 (%n rewards)</numerusform>
        </translation>
    </message>
    <message>
        <source>Claimable:  %1 (proven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim on %1: %2 to %3, received %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced: rewarded - claimed = claimable, and every claim was received in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatch (%1, off by %2 base units): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkListCommand</name>
    <message>
        <source>List the saved network profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved networks. Start the devnet or pass --network FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkProbe</name>
    <message>
        <source>The RPC does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RPC answered, but not with a chain id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its RPC is not checked here (only plain HTTP endpoints are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RPC belongs to another chain (%1).</source>
        <extracomment>%1 is the chain id the RPC reported</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain %1. %2</source>
        <extracomment>%1 is the chain id; %2 a sentence about its RPC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RPC answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkSession</name>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>an amount and its token symbol, e.g. &quot;1.5 PLNTH&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is verified yet: run plinth-cli sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s address (default: the wallet&apos;s first account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no --owner given and no wallet to take the first account from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wallet has no account: pass --owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkShowCommand</name>
    <message>
        <source>Show the network profile that commands will use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:       %1 (chain %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:      %1 (%2 decimals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint:    block %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finality:      %n block(s)</source>
        <translation>
            <numerusform>Finality:      %n block</numerusform>
            <numerusform>Finality:      %n blocks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalShowCommand</name>
    <message>
        <source>Show a proposal: description, decoded actions, votes, and your voting power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal&apos;s id, or its number as in PIP-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose voting power to show (default: the wallet&apos;s first account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal show takes one proposal id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no proposal %1 in the verified cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account to show voting power for: pass --account or add one to the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1, against %2, abstain %3; quorum %4 (%5% of the supply at the snapshot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voting power now (the snapshot, %1, is still ahead): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voting power at the snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You voted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting for (or abstaining) would bring the proposal to quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote would change the outcome as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote would not change the outcome as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsCommand</name>
    <message>
        <source>List the governor&apos;s proposals with their state and votes, from verified events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only proposals in this state: pending, active, canceled, defeated, succeeded, queued, expired, executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposals takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified at block %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]
  for %3, against %4, abstain %5 (quorum %6); voting %7 to %8
  id %9</source>
        <extracomment>%1 the title, %2 the state, %3-%5 votes for, against, abstain, %6 the quorum, %7 start, %8 end</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposeCommand</name>
    <message>
        <source>Create a proposal from parameter changes, treasury transfers or raw actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter change, e.g. rewards.rewardRate=0.55, registry.minStake=1500, staking.unbondingPeriod=7d (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A treasury transfer of the token, e.g. 0x9965…=150000 (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A raw action: target (contract name or address), value in wei, calldata (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action by signature, arguments as a JSON array, e.g. &quot;staking setUnbondingPeriod(uint64) [604800]&quot; (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal&apos;s markdown description; its first line is the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the markdown description from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propose takes no arguments: give the actions with --set, --transfer, --action or --call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the verified cache has no ProposalThresholdSet event of the governor: its threshold is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 of voting power; proposing needs %3 (the governor&apos;s proposal threshold): %4 missing</source>
        <extracomment>%1 the proposer, %2 its votes, %3 the threshold, %4 how many are missing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 are not delegated: run `plinth-cli delegate self` first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same proposal exists already: %1 (id %2, %3); change the description to propose it again; nothing was sent</source>
        <extracomment>%1 the proposal&apos;s title, %2 its id, %3 its state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose &quot;%1&quot;</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The governor&apos;s propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your votes: %1 (threshold %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the description with exactly one of --description and --description-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the description file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description is empty: its first line is the proposal&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a proposal needs at least one action: --set, --transfer, --action or --call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <source>Queue a succeeded proposal in the timelock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: it can be queued once voting ends (%3) if it succeeded</source>
        <extracomment>%1 the title, %2 its state, %3 the end of voting</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: only a succeeded proposal can be queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1 in the timelock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timelock&apos;s delay is %1: once queued, it can be executed from about %2.</source>
        <extracomment>%1 how long the timelock waits, %2 the date from which execute can run</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcesCommand</name>
    <message>
        <source>Show this computer&apos;s disks, GPU, CPU, memory and network interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk:      %1 (%2, %3): %4 GiB free of %5 GiB, measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU:       none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU:       unknown (nothing readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU:       %1, measured (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CPU:       %1, %n logical core(s), measured</source>
        <translation>
            <numerusform>CPU:       %1, %n logical core, measured</numerusform>
            <numerusform>CPU:       %1, %n logical cores, measured</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU:       unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:    %1 GiB, measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:    unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface: %1 %2, link speed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacities a network scores (TB offered, TFLOPS, uplink Mbps) are declared when registering; they are not measured here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Send the native currency, or the network&apos;s token with --token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much, in the currency&apos;s units (e.g. 1.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the profile&apos;s ERC-20 token instead of the native currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to ADDRESS is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount AMOUNT is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network &quot;%1&quot; has no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return once the node has accepted the transaction, without waiting for a block.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignMessageCommand</name>
    <message>
        <source>Sign a text message (EIP-191 personal_sign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message, signed as its UTF-8 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one TEXT argument</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOnboardingCommand</name>
    <message>
        <source>Sign an onboarding payload with a device key (offline), as JSON and QR text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account that will register the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the JSON payload to this file (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not draw the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device-key sign-onboarding takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--owner ADDRESS is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: it was not overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 signed its onboarding to %2 on %3 (chain %4), valid until %5.</source>
        <extracomment>%1 device, %2 owner, %3 network name, %4 chain id, %5 deadline (UTC)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Payload (QR text, %n character(s)):</source>
        <translation>
            <numerusform>Payload (QR text, %n character):</numerusform>
            <numerusform>Payload (QR text, %n characters):</numerusform>
        </translation>
    </message>
    <message>
        <source>The JSON was also written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register it from the owner&apos;s wallet with `plinth-cli device register --payload FILE` (or - for the text on stdin).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignTransactionCommand</name>
    <message>
        <source>Sign a transaction offline and print it raw (JSON in FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eth_sendTransaction fields plus chainId, nonce and type; numbers as hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction&apos;s &quot;from&quot; is not the --from account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignTypedDataCommand</name>
    <message>
        <source>Sign EIP-712 typed data (eth_signTypedData_v4 JSON in FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The typed data: types, primaryType, domain, message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid typed data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>Run a proposal&apos;s actions by eth_call from the timelock and show what each would do (unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal&apos;s id, or its number as in PIP-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulate takes one proposal id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (undecoded call %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1. %2: %3</source>
        <extracomment>%1 the action&apos;s number, %2 contract.function, %3 &quot;succeeds&quot; or the revert reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sequence: not simulated: %1.</source>
        <extracomment>%1 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: every action succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: action %1 reverts: %2</source>
        <extracomment>%1 the failing action&apos;s number, %2 the revert reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated with eth_call from the timelock %1 on the node&apos;s latest state: unverified, no proof covers an execution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the governor&apos;s own settings accept a call only from inside its execute, so a governor action reverts here even when it would succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action of %1 would revert if executed now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeCommand</name>
    <message>
        <source>Stake tokens on a device you own (approves them first when needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake %1 on your device %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakesCommand</name>
    <message>
        <source>Show stakes, delegations, unbondings and slashes, from verified events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what concerns this address: its stakes, stakes on its devices, its unbondings and slashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stakes takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified at block %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delegates %2 to device %3</source>
        <extracomment>%1 the staker, %2 the amount, %3 the device</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stakes %2 on device %3</source>
        <extracomment>%1 the staker, %2 the amount, %3 the device</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(slashed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbondings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, withdrawn</source>
        <extracomment>%1 the unbonding id, %2 the amount, %3 the staker, %4 the device</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, withdrawable since %5</source>
        <extracomment>%1 the unbonding id, %2 the amount, %3 the staker, %4 the device, %5 the date it became withdrawable</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, released on %5</source>
        <extracomment>%1 the unbonding id, %2 the amount, %3 the staker, %4 the device, %5 the release date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slashes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 on device %3, %4: %5</source>
        <extracomment>%1 the amount, %2 the staker, %3 the device, %4 the date, %5 the slasher&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show the verified height, each endpoint&apos;s head and the last sync error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a block number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:   %1 (chain %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified:  block %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified:  nothing yet (run plinth-cli sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:  %1, head %2, %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:  %1, not answering: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Sync and verify the chain into the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep following new blocks until interrupted (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync failed, retrying: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified up to block %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new log(s) stored</source>
        <translation>
            <numerusform>%n new log stored</numerusform>
            <numerusform>%n new logs stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followed %n reorg(s)</source>
        <translation>
            <numerusform>Followed %n reorg</numerusform>
            <numerusform>Followed %n reorgs</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the endpoints disagree, so sync did not advance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified block %1 of %2 (%3%)</source>
        <extracomment>progress of a sync: %1 the verified block, %2 the block synced to, %3 a percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n log(s) stored</source>
        <translation>
            <numerusform>%n log stored</numerusform>
            <numerusform>%n logs stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>receipts proven for %n block(s)</source>
        <translation>
            <numerusform>receipts proven for %n block</numerusform>
            <numerusform>receipts proven for %n blocks</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing verified yet: no block after the checkpoint has a verified child block yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint %1 gave an answer that failed verification, so it was set aside: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TxCancelCommand</name>
    <message>
        <source>Replace a pending transaction with a 0-value transfer to yourself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TxSpeedUpCommand</name>
    <message>
        <source>Resend a pending transaction with higher fees (same nonce)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TxStatusCommand</name>
    <message>
        <source>Show whether a transaction is pending, included, replaced or dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction hash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnstakeCommand</name>
    <message>
        <source>Start unbonding stake from a device (withdraw it after the unbonding period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network profile has no valid staking contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstake %1 from device %2: it unbonds, then `withdraw` pays it out</source>
        <extracomment>%1 amount with symbol, %2 device address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unbonding period: %n day(s) (read with eth_call, unverified)</source>
        <translation>
            <numerusform>Unbonding period: %n day (read with eth_call, unverified)</numerusform>
            <numerusform>Unbonding period: %n days (read with eth_call, unverified)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unbonding period: %1 s (read with eth_call, unverified)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyMessageCommand</name>
    <message>
        <source>Check that ADDRESS signed TEXT (exit code 0 if so, 1 if not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>65 bytes of hex (r, s, v).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ADDRESS, TEXT and SIGNATURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: signed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: the signature is by %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteCommand</name>
    <message>
        <source>Vote for, against or abstain on an active proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal&apos;s id, or its number as in PIP-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for, against or abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason, recorded on chain with the vote (castVoteWithReason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vote takes a proposal id and for, against or abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vote: use for, against or abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is pending: voting opens at %2 (in %3); nothing was sent</source>
        <extracomment>%1 the proposal&apos;s title, %2 a date, %3 how long until then</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not active: voting closed at %3; nothing was sent</source>
        <extracomment>%1 the proposal&apos;s title, %2 its state, %3 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already voted %2 on %3 (block %4); the governor counts one vote per account; nothing was sent</source>
        <extracomment>%1 the voter, %2 for/against/abstain, %3 the proposal&apos;s title, %4 a block number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no voting power on %2 (snapshot %3): %4; nothing was sent</source>
        <extracomment>%1 the voter, %2 the proposal&apos;s title, %3 the snapshot&apos;s date, %4 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote %1 on %2</source>
        <extracomment>%1 for/against/abstain, %2 the proposal&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The governor&apos;s castVoteWithReason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The governor&apos;s castVote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voting power at the snapshot (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vote brings the proposal to quorum and changes its outcome as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vote brings the proposal to quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vote turns the proposal from passing to failing as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vote turns the proposal from failing to passing as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vote does not change the outcome: the proposal passes as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vote does not change the outcome: the proposal fails as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletChangePasswordCommand</name>
    <message>
        <source>Change the vault password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletCreateCommand</name>
    <message>
        <source>Create a vault with a new recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery phrase length: 12 or 24 words (default 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--words must be 12 or 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vault already exists in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault was created but has no account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a vault in %1 with account %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery phrase: write it down on paper and keep it offline. Anyone who sees it can take everything in this wallet; without it (and the passphrase, if you set one) a lost vault cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not shown again unless you ask with `plinth-cli wallet show-mnemonic`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the recovery phrase went to standard output, which is not a terminal; do not keep it in a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletExportKeystoreCommand</name>
    <message>
        <source>Export an account as a keystore v3 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ADDRESS and OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: it was not overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is watch-only: there is no key to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletImportKeyCommand</name>
    <message>
        <source>Import a private key (hex, read on stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key (hex): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key is not valid hex: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private key is 32 bytes (64 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletImportKeystoreCommand</name>
    <message>
        <source>Import a keystore v3 (JSON) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one keystore FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a keystore file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletRestoreCommand</name>
    <message>
        <source>Create a vault from a recovery phrase read on stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vault already exists in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery phrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery phrase is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault was created but has no account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the vault; first account %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletShowMnemonicCommand</name>
    <message>
        <source>Show the recovery phrase (asks for the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery phrase (keep it secret):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletWatchCommand</name>
    <message>
        <source>Add a watch-only address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawCommand</name>
    <message>
        <source>Withdraw an unbonding entry whose release time has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unbonding id (see `plinth-cli stakes`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw takes one unbonding ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID must be an unbonding id: a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network profile has no valid staking contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the unbonded stake of unbonding %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: plinth-cli [--version] [--help] COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plinth&apos;s wallet and DePIN dashboard for the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command takes --datadir DIR, --json and --network NAME|FILE;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`plinth-cli COMMAND --help` describes one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plinth-cli: unknown command &quot;%1&quot;; see plinth-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network name or profile file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name|file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no network selected: pass --network NAME|FILE or start the devnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (more than 64 KiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the vault password from the first line of FILE (or set PLINTH_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new vault password from the first line of FILE (or set PLINTH_NEW_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the keystore file&apos;s password from the first line of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no terminal to read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no terminal to ask for the vault password on: pass --password-file FILE or set PLINTH_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vault password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no terminal to ask for the new vault password on: pass --%1 FILE or set %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault password must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no terminal to ask for the keystore password on: pass --keystore-password-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the keystore file: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore file password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing account (in the vault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from ADDRESS is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no vault in %1: create one with `plinth-cli wallet create` or `wallet restore`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an optional BIP-39 passphrase from the first line of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: it was not overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee level: slow, normal (default) or fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for inclusion (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fee must be slow, normal or fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one HASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HASH must be a transaction hash (0x and 64 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: in the node&apos;s mempool, not yet in a block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by %1 (included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by %1 (pending).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped: the node no longer has it and no transaction of ours used its nonce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, replacing %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce %1, gas limit %2, max fee %3 per gas (at most %4 in fees).</source>
        <extracomment>%1 nonce, %2 gas limit, %3 max fee per gas in gwei, %4 the most the fees can cost</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; check it later with `plinth-cli tx status %2`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction was included in block %1 but reverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pending transaction Plinth sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the replacement is in a block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Included in block %1 with %n confirmation(s): %2, gas used %3.</source>
        <extracomment>%1 block number, %n confirmations, %2 &quot;success&quot; or &quot;reverted&quot;, %3 gas used</extracomment>
        <translation>
            <numerusform>Included in block %1 with %n confirmation: %2, gas used %3.</numerusform>
            <numerusform>Included in block %1 with %n confirmations: %2, gas used %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>scrypt cost n, a power of two (default 262144).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scrypt-n must be a power of two from 1024 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Call:        %1, undecoded data %2</source>
        <extracomment>%1 the contract, %2 the raw calldata</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Call:        %1 %2</source>
        <extracomment>%1 the contract, %2 the function signature</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Value:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  From:        %1 (nonce %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  From:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Fee maximum: %1 (gas limit %2 at %3 per gas)</source>
        <extracomment>%1 the most the fees can cost, %2 gas limit, %3 max fee per gas</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Fee likely:  %1 (estimated %2 gas at %3 per gas)</source>
        <extracomment>%1 the likely fee, %2 estimated gas, %3 likely price per gas</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eth_call at %1 on %2, unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eth_call at %1 on %2, unverified, %3</source>
        <extracomment>%3 the assumption, e.g. &quot;assuming the approval before it is confirmed&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Simulation:  succeeds (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Simulation:  REVERTS: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Fees:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send these %n transactions? [y/N] </source>
        <translation>
            <numerusform>Send this %n transaction? [y/N] </numerusform>
            <numerusform>Send these %n transactions? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Send this transaction? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending account (default: the vault&apos;s first account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send without asking for confirmation (for scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault has no account: add one, or pass --from ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an account of this vault: add or import it first (see `plinth-cli accounts`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve %1 (%2) to spend %3 of your tokens (allowed now: %4)</source>
        <extracomment>%1 the contract allowed to spend (e.g. &quot;staking&quot;), %2 its address, %3 the amount with its symbol, %4 the current allowance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worked out once the step before is confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assuming the approval before it is confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated assuming the approval before it is confirmed; worked out again once it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is too little for these %n transactions: together they need up to %3 for value and gas</source>
        <extracomment>%1 the sender, %2 its balance, %n the number of transactions, %3 what they may cost together</extracomment>
        <translation>
            <numerusform>%1: %2 is too little for this %n transaction: it needs up to %3 for value and gas</numerusform>
            <numerusform>%1: %2 is too little for these %n transactions: together they need up to %3 for value and gas</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction would fail, so nothing was signed or sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing was signed or sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed: nothing was signed or sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The approval sent before stays in place; the allowance remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 would fail, so it was not sent: %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 was not sent: %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason could not be found by re-running it at blocks %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (found by re-running it at block %2)</source>
        <extracomment>%1 the revert reason, %2 a block number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction %1 was included in block %2 but reverted: %3.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction %1 was dropped: the node no longer has it and its nonce was not used, so nothing was spent.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes DEVICE AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount must be more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many tokens (e.g. 500 or 12.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network profile has no valid staking contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2, less than the %3 to stake; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network profile has no valid device registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device key&apos;s keystore file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device key&apos;s password must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keystore FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the device offers: storage, bandwidth, wireless, compute, energy or sensor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its capacity, a whole number in --unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its capacity, a whole number in --unit (default: measured where possible).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity&apos;s unit, e.g. TB, Mbps, TFLOPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is: an H3 cell index or a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metadata URI (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stake to register with, in tokens (default: the registry&apos;s minimum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The onboarding nonce (default: a random 64-bit number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the signature is valid, e.g. 30m, 24h, 7d (default 24h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature&apos;s deadline as a unix time (instead of --valid-for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--valid-for must be a duration such as 30m, 24h or 7d (at most 365 days), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network &quot;%1&quot; has no device registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is required (storage, bandwidth, wireless, compute, energy or sensor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be storage, bandwidth, wireless, compute, energy or sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--capacity N is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region is required (an H3 cell index or a label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--nonce must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass --valid-for or --deadline, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no proposal %1 in the verified cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal&apos;s id, or its number as in PIP-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one proposal id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The governor&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>a proposal&apos;s state, inside sentences such as &quot;PIP-3 is %2&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <extracomment>how a vote was cast, inside sentences such as &quot;Vote %1 on %2&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abstain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plinth: wallet and contributor dashboard for DePIN networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the vault, cache and settings in &lt;dir&gt; (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the network &lt;name&gt; (a saved profile or &quot;devnet&quot;) or the profile &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name|file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plinth is already running for %1; its window was raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plinth cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plinth cannot open the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network has no profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::app::SingleInstance</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Plinth holds the data folder %1 but does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for other starts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::ActionFlow</name>
    <message>
        <source>Confirmed. The page updates once the new block is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction did not go through; see Activity for its state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::ActivityModel</name>
    <message>
        <source>Rewards claimed to %1</source>
        <extracomment>%1 the address the rewards were paid to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proven in block %1</source>
        <extracomment>%1 a block number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake on device %1 slashed: %2</source>
        <extracomment>%1 a device&apos;s address, %2 the slasher&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed, not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>%1 what the transaction did (&quot;Stake&quot;), %2 the address it went to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in block %2</source>
        <extracomment>%1 a status (&quot;Confirmed&quot;), %2 a block number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstake request #%1 from device %2</source>
        <extracomment>%1 the number the staking contract gave the unstake request, %2 a device&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstake request #%1 withdrawn</source>
        <extracomment>%1 the number the staking contract gave the unstake request</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason unknown</source>
        <extracomment>shown for a failed transaction when Plinth could not learn why it failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction failed: %1</source>
        <extracomment>%1 why it failed (the contract&apos;s decoded revert, or &quot;reason unknown&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node refused the transaction: %1</source>
        <extracomment>%1 the node&apos;s reason (or &quot;reason unknown&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction was dropped: %1</source>
        <extracomment>%1 why (or &quot;reason unknown&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::ActivityPage</name>
    <message>
        <source>Activity status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed up the selected pending transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected pending transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction journal could not be read: %1</source>
        <extracomment>%1 why the journal could not be read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the transaction journal and the verified cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity yet: this account has sent no transaction from this wallet, claimed no rewards and has no unbonding or slash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions sent from this wallet: %1. Proven in the verified cache: reward claims %2, unbonding and slash events %3.</source>
        <extracomment>%1 how many transactions this wallet sent from the account, %2 how many reward claims are proven, %3 how many unbonding and slash events</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proven claims could not be read: %1</source>
        <extracomment>%1 why the claims could not be read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proven stakes could not be read: %1</source>
        <extracomment>%1 why the stakes could not be read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the selected transaction failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::AddressBook</name>
    <message>
        <source>The address book %1 could not be read: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address book %1 is not valid JSON: %2</source>
        <extracomment>%1 a file path, %2 the JSON parser&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address book %1 could not be saved: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::AddressInput</name>
    <message>
        <source>Enter an address: 0x followed by 40 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an address: an address starts with 0x, then 40 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address has exactly 40 hexadecimal digits after 0x; this one has %1.</source>
        <extracomment>%1 how many hexadecimal digits follow 0x (never 40)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an address: after 0x, only the digits 0-9 and the letters a-f (in either case) may follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capital letters do not match this address&apos;s checksum (EIP-55): a character is probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::BackupPanel</name>
    <message>
        <source>Password for the keystore file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the keystore file, again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export keystore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show recovery &amp;phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves one account&apos;s key as a keystore v3 file that other wallets import, encrypted with a password of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words that restore every derived account. Make sure nobody can see your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account in this vault has a key to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two file passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the wallet to export the key of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the keystore file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the key for the file… This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not exported: %1</source>
        <extracomment>%1 is the reason, a sentence from the wallet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the keystore file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the vault password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password: the phrase stays hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no recovery phrase: its accounts were imported or are watch-only. Back them up as keystore files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down on paper, then hide it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::Card</name>
    <message>
        <source>Nothing is verified yet: this appears once the first sync has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::ChoicePage</name>
    <message>
        <source>Welcome to Plinth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder has no wallet yet. How do you want to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plinth makes a new recovery phrase; you write it down and keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the 12 or 24 words of a wallet you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a keystore file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keystore v3 JSON file (from geth, MetaMask, cast or Plinth) and its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See an address&apos;s balances, devices and rewards without its key: nothing can be signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::ConfirmPhrasePage</name>
    <message>
        <source>Check your written copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the words your paper shows at these positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word &amp;%1:</source>
        <extracomment>%1 is a position in the recovery phrase, 1 to 24</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word number %1 of the recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word %1 does not match the phrase you were shown. Go back to see it again and correct your written copy.</source>
        <extracomment>%1 is a position in the recovery phrase</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::CsvExportBar</name>
    <message>
        <source>Export rewards as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the range&apos;s rewards as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting your rewards to %1…</source>
        <extracomment>%1 the file&apos;s path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the rewards: %1</source>
        <extracomment>%1 why the export failed, a sentence from the wallet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln reward(s) to %1.</source>
        <extracomment>%Ln the number of rewards written, %1 the file&apos;s path</extracomment>
        <translation>
            <numerusform>Wrote %Ln reward to %1.</numerusform>
            <numerusform>Wrote %Ln rewards to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::DelegateVotesDialog</name>
    <message>
        <source>Delegate votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who votes with your tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegating moves the voting power of every token this account holds, now and later, to the address you choose; the tokens themselves stay in your account, and you can delegate again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes that move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Myself (%1)</source>
        <extracomment>%1 the account&apos;s own address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate to myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Another address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate to another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0x… or a name from your address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntinue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to the confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network is open: whom your votes are delegated to is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading whom your votes are delegated to from the verified cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is verified yet: whom your votes are delegated to is known after the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read whom your votes are delegated to from the verified cache: %1</source>
        <extracomment>%1 the core&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new delegate gets the votes of your whole balance: %1.</source>
        <extracomment>%1 an amount of tokens</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address that will vote with your tokens, or choose Myself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zero address belongs to no one: votes delegated to it count for nobody until you delegate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is all in one case, so it carries no checksum (EIP-55): a mistyped character cannot be detected. Compare it with where it came from, character by character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your votes are already delegated to yourself: there is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your votes are already delegated to this address: there is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own address: the same as Myself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your address book as %1.</source>
        <extracomment>%1 the name the user gave the address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate to %1</source>
        <extracomment>%1 the full checksummed address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate your votes to yourself (%1)</source>
        <extracomment>%1 the account&apos;s own address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate your votes to %1</source>
        <extracomment>%1 the delegate&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::DeviceActionDialog</name>
    <message>
        <source>Update device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what the registry says about device %1. Each changed field is one transaction.</source>
        <extracomment>%1 the device&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number, e.g. 4000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. GB, Mbps, cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An H3 cell or a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metadata URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ipfs://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give device %1 to another account. Its stakes stay where they are; its future rewards go to the new owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0x…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake on device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake on device %1 (staked now: %2).</source>
        <extracomment>%1 the device&apos;s address, %2 its current stake</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <extracomment>%1 the token&apos;s symbol</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity must be a whole number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity needs its unit: the registry stores them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: edit the capacity, the region or the metadata URI first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new owner is not an address: %1.</source>
        <extracomment>%1 why the text is not an address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new owner must not be the zero address: the device would be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device already belongs to this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer device %1 to %2</source>
        <extracomment>%1 device address, %2 the new owner&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enter an amount above 0, with at most %n decimal(s).</source>
        <translation>
            <numerusform>Enter an amount above 0, with at most %n decimal.</numerusform>
            <numerusform>Enter an amount above 0, with at most %n decimals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stake %1 on device %2</source>
        <extracomment>%1 amount with symbol, %2 device address</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::DeviceDetailPanel</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the device&apos;s capacity, region or metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer the device to another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the device for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a device to see its earnings, scores and actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the device&apos;s rewards from the verified cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device could not be read: %1</source>
        <extracomment>%1 why the device could not be read, one sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored yet: no epoch has rewarded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online in %1 of %2 scored epochs; average score %3</source>
        <extracomment>%1 epochs that scored above 0, %2 epochs scored in all, %3 the average score as a percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <extracomment>%1 date and time, %2 block number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the owner&apos;s own: %2)</source>
        <extracomment>%1 every staker&apos;s stake on the device, %2 the owner&apos;s own part of it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in epoch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>a run of epochs, first to last</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: it scored in every epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rewards yet: its earnings appear here once an epoch scores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s)</source>
        <translation>
            <numerusform>%Ln reward</numerusform>
            <numerusform>%Ln rewards</numerusform>
        </translation>
    </message>
    <message>
        <source>Device detail panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device detail status message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device fields, actions and earnings chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::DeviceEarningsChart</name>
    <message>
        <source>Earnings over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned to date: %1</source>
        <extracomment>%1 the device&apos;s total earnings, every digit</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::DevicesModel</name>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireless hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute (GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind %1</source>
        <extracomment>%1 the kind&apos;s number, for a kind this Plinth does not know</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline for %Ln epoch(s)</source>
        <extracomment>a device whose latest %Ln epochs scored 0</extracomment>
        <translation>
            <numerusform>Offline for %Ln epoch</numerusform>
            <numerusform>Offline for %Ln epochs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by address, region, kind or status (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onboard a device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboard a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 devices</source>
        <extracomment>%1 devices shown after filtering, %2 all the account&apos;s devices</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a network in Settings to see your devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network could not be opened: %1</source>
        <extracomment>%1 why the network could not be opened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet has no account yet: create or restore one to see its devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the verified cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is verified yet: your devices appear here after the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your devices could not be read: %1</source>
        <extracomment>%1 why the devices could not be read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has no devices yet. Use “Onboard a device…” to register one.</source>
        <extracomment>%1 the account&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire device %1 for good: its token is burnt and it can never register again</source>
        <extracomment>%1 the device&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln device</numerusform>
            <numerusform>%Ln devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::EarningsChart</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>%1 the series (a device or a kind), %2 the period, %3 the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::EarningsModel</name>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind %1</source>
        <extracomment>a resource kind this version does not know, by its number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>a score in percent, from basis points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1</source>
        <extracomment>%1 the block number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::EarningsPage</name>
    <message>
        <source>All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period of each bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (UTC, included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by device, kind or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proving your claimable rewards and reconciling the ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the payout ledger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is after the last day: pick a range that ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up your rewards in the verified cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your earnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your devices earned a reward in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a resource kind, %2 its amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest %1 of %2 rewards; export CSV for all of them.</source>
        <extracomment>%1 rows shown, %2 rewards in the range</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %Ln reward(s), verified at block %1</source>
        <extracomment>%Ln rewards, %1 the verified block</extracomment>
        <translation>
            <numerusform>in %Ln reward, verified at block %1</numerusform>
            <numerusform>in %Ln rewards, verified at block %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s)</source>
        <extracomment>%Ln the number of rewards in the range (all of them are in the table)</extracomment>
        <translation>
            <numerusform>%Ln reward</numerusform>
            <numerusform>%Ln rewards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::EndpointsSection</name>
    <message>
        <source>%1 cannot be used: %2</source>
        <extracomment>%1 is the URL typed, %2 what is wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for its chain id…</source>
        <extracomment>%1 is the endpoint&apos;s URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <extracomment>%1 is the endpoint&apos;s URL, %2 the error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered chain id %2 in %3 ms.</source>
        <extracomment>%1 the endpoint&apos;s URL, %2 its chain id, %3 the latency in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network&apos;s chain id is %1: the endpoint serves another chain.</source>
        <extracomment>%1 is the chain id of the selected network</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoints were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1. Plinth uses the new list from its next start.</source>
        <extracomment>%1 is the profile file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network and RPC endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (chain id %2). Plinth asks the endpoints in this order and checks every answer against block headers, so an endpoint cannot make it show false data.</source>
        <extracomment>%1 is the network&apos;s name, %2 its chain id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network is selected: start Plinth with --network to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPC endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::EventNotifier</name>
    <message>
        <source>Proposal %1</source>
        <extracomment>a proposal without a title: %1 is its id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New epoch rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal open for voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for voting until %2.</source>
        <extracomment>%1 is the proposal&apos;s title, %2 when voting ends (a date and time)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal about to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting on %1 ends in %2.</source>
        <extracomment>%1 is the proposal&apos;s title, %2 the time left (&quot;3 hours&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 is in block %2.</source>
        <extracomment>%1 is the start of the transaction&apos;s hash, %2 its block number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 is confirmed.</source>
        <extracomment>%1 is the start of the transaction&apos;s hash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 failed.</source>
        <extracomment>%1 is the start of the transaction&apos;s hash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 failed: %2</source>
        <extracomment>%1 is the start of the transaction&apos;s hash, %2 the node&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new reward(s) paid %1; the latest is for epoch %2.</source>
        <extracomment>%Ln is the number of new rewards, %1 what they paid together, %2 the latest one&apos;s epoch</extracomment>
        <translation>
            <numerusform>%Ln new reward paid %1; the latest is for epoch %2.</numerusform>
            <numerusform>%Ln new rewards paid %1; the latest is for epoch %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Device %1 has been offline for %Ln epoch(s).</source>
        <extracomment>%1 is the device&apos;s short address, %Ln the epochs it scored 0 in a row</extracomment>
        <translation>
            <numerusform>Device %1 has been offline for %Ln epoch.</numerusform>
            <numerusform>Device %1 has been offline for %Ln epochs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::FirstRunWizard</name>
    <message>
        <source>Set up Plinth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting your vault… This takes a few seconds on purpose: it makes guessing your password slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was created but holds no account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a keystore file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore file&apos;s password is wrong. Go back, correct it and finish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plinth could not finish: %1</source>
        <extracomment>%1 is the reason, one sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::Formatting</name>
    <message>
        <source>&lt; %1</source>
        <extracomment>shown for an amount too small for the decimals on screen; %1 is e.g. &quot;0.0001 PLNTH&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified at block %1, %2</source>
        <extracomment>%1 is a block number, %2 how long ago (&quot;5 minutes ago&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of a day in a chart</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date format of a month in a chart</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>%1 an amount of tokens, per second</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>%1 a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1</source>
        <extracomment>a duration of days and hours: %n is the number of days, %1 the hours (&quot;3 hours&quot;)</extracomment>
        <translation>
            <numerusform>%n day %1</numerusform>
            <numerusform>%n days %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) %1</source>
        <extracomment>a duration of hours and minutes: %n is the number of hours, %1 the minutes (&quot;45 minutes&quot;)</extracomment>
        <translation>
            <numerusform>%n hour %1</numerusform>
            <numerusform>%n hours %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::GovernancePage</name>
    <message>
        <source>No proposals yet: a proposal appears here once it is created on the governor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1 in the timelock</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute %1</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the verified cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is verified yet: the proposals appear after the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the proposals from the verified cache: %1</source>
        <extracomment>%1 the core&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the proposal from the verified cache: %1</source>
        <extracomment>%1 the core&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote for %1</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote against %1</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain on %1</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node could not run the simulation: %1</source>
        <extracomment>%1 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;legate votes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who votes with your tokens: yourself or another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an account first: votes are delegated per account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a network first (Settings): votes are delegated on a network&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::GuiCallback</name>
    <message>
        <source>Unexpected error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::HelpDialog</name>
    <message>
        <source>Plinth Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plinth %1</source>
        <extracomment>%1 is the version number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wallet and contributor dashboard for DePIN networks. Every balance, reward and vote it shows is verified against block headers by its own light client; it does not trust the RPC endpoints it reads from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::KeystorePage</name>
    <message>
        <source>Import a keystore file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the keystore v3 JSON file and type the password it was saved with. Plinth keeps the key in its own vault, under the vault password you choose next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the keystore file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a keystore file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore file&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::LedgerView</name>
    <message>
        <source>Rewarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimable (proven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciled at block %1: rewarded − claimed = claimable, and every claim was received in full.</source>
        <extracomment>%1 the block number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not reconcile at block %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is off by %2 base units: %3</source>
        <extracomment>%1 what differs (&quot;claimable&quot;), %2 by how many base units, %3 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::LockController</name>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the wallet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the wallet to sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::MainWindow</name>
    <message>
        <source>Plinth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plinth — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp; Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balances, claimable rewards and devices appear here once a wallet is open and synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devices you registered appear here once a wallet is open and synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards per device and epoch appear here once a wallet is open and synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your stakes, delegations and unbonding entries appear here once a wallet is open and synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s proposals and your votes appear here once a wallet is open and synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your transactions and events appear here once a wallet is open and synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending and receiving become available once a wallet is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the page name, %2 the keyboard shortcut</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <extracomment>a keyboard shortcut&apos;s action: %1 is a page name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next control</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::NetworkPage</name>
    <message>
        <source>Choose the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plinth follows one deployment of the network at a time; you can add others in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for networks and asking the local devnet whether it runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network for now
Choose one later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network profile was found and no local devnet answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::OnboardingChecksView</name>
    <message>
        <source>Checks of the payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the device&apos;s own key, %1.</source>
        <extracomment>%1 the device&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for chain %1, this network&apos;s, and the node is on that chain.</source>
        <extracomment>%1 chain id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for this network&apos;s device registry, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1, %2 after the chain&apos;s latest block.</source>
        <extracomment>%1 date and time, %2 a duration such as &quot;23 hours&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered and never retired (the verified cache at block %1 agrees).</source>
        <extracomment>%1 block number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered and never retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its onboarding nonce has not been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It names this account, %1, as its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake %1: the registry&apos;s minimum, as the payload names none.</source>
        <extracomment>%1 amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake %1, at least the registry&apos;s minimum of %2.</source>
        <extracomment>%1 the stake, %2 the registry&apos;s minimum stake</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance of %1 covers the stake and the %2 fee (%3 in all).</source>
        <extracomment>%1 the account&apos;s token balance, %2 the onboarding fee, %3 stake + fee</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s state and your balance were read with eth_call at block %1: unverified.</source>
        <extracomment>%1 block number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s state and your balance are proven at block %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <extracomment>what a screen reader says for a passed check; %1 the check&apos;s sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>what a screen reader says for a failed check; %1 why it failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::OnboardingWizard</name>
    <message>
        <source>&amp;Paste or open a device&apos;s signed payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;this computer: the wallet makes the device&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboard a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed onboarding payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the payload&apos;s JSON or its QR text (plinth-onboard:1;…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the payload&apos;s stake, or the registry&apos;s minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device proves it is yours by signing an onboarding message with its own key. How do you want to onboard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the device, run plinth-cli device-key sign-onboarding with this account as the owner, then paste what it printed, or open the file it wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stake (%1)</source>
        <extracomment>%1 the token&apos;s symbol</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stake is not an amount: %1.</source>
        <extracomment>%1 why the amount is not valid</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a payload or open its file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the payload against the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the device key, signing its onboarding and checking it against the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 (%2, %3) can be registered to this account, staking %4 and paying the %5 onboarding fee.</source>
        <extracomment>%1 device address, %2 kind, %3 capacity with unit, %4 stake, %5 onboarding fee</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device key is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: this payload would be refused, so nothing can be sent. No device key was kept.</source>
        <translation>
            <numerusform>%n check failed: this payload would be refused, so nothing can be sent. No device key was kept.</numerusform>
            <numerusform>%n checks failed: this payload would be refused, so nothing can be sent. No device key was kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register device %1, staking %2</source>
        <extracomment>%1 device address, %2 stake with symbol</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration was not confirmed: see the confirmation dialog for why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an onboarding payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding payloads (*.json *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 file, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::OverviewPage</name>
    <message>
        <source>Balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimable rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals awaiting your vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings per day over the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proving your balances against the verified block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prove your balances: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proving your claimable rewards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prove your claimable rewards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to claim at block %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 to %2</source>
        <extracomment>%1 is the amount with its symbol, %2 the receiving address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up your rewards of the last 30 days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your earnings: %1</source>
        <extracomment>%1 why the earnings could not be read, a sentence from the wallet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your devices earned a reward in the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your devices from the verified cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your devices: %1</source>
        <extracomment>%1 why the devices could not be read, a sentence from the wallet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no devices. Register one on the Devices page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the network&apos;s proposals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the proposals: %1</source>
        <extracomment>%1 why the proposals could not be read, a sentence from the wallet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active proposal is waiting for your vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active proposal is waiting for you: you have no voting power in the open ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your transactions and rewards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your activity: %1</source>
        <extracomment>%1 why the activity could not be read, a sentence from the wallet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened on this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 what happened, %2 how long ago</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln reward(s), verified at block %2</source>
        <extracomment>%1 the amount, %Ln the number of rewards, %2 the verified block</extracomment>
        <translation>
            <numerusform>%1 in %Ln reward, verified at block %2</numerusform>
            <numerusform>%1 in %Ln rewards, verified at block %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading your last proven balances from the verified cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proven at block %1; proving them again failed: %2</source>
        <extracomment>%1 the block the balances shown were proven at, %2 why proving them again failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your last proven claimable rewards from the verified cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proven at block %1; proving it again failed: %2</source>
        <extracomment>%1 the block the amount shown was proven at, %2 why proving it again failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::OverviewText</name>
    <message>
        <source>signed, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (reverted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proven at block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 to %2, %3</source>
        <extracomment>%1 the amount, %2 the recipient, %3 the state (&quot;pending&quot;, &quot;confirmed&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed-up of a transaction, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation of a transaction, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction to %1, %2</source>
        <extracomment>%1 the contract or recipient, %2 the state (&quot;pending&quot;, &quot;confirmed&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward of %1 for %2, epoch %3</source>
        <extracomment>%1 the amount, %2 the device, %3 the epoch number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: voting ends in %2; your voting power is %3</source>
        <extracomment>%1 the proposal&apos;s title, %2 how long voting stays open (&quot;2 days 3 hours&quot;), %3 the voting power</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: voting is about to end; your voting power is %2</source>
        <extracomment>%1 the proposal&apos;s title, %2 the voting power; the deadline is at the latest verified block</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::PasswordPage</name>
    <message>
        <source>Choose a vault password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plinth asks for it to unlock the wallet and before anything is signed. It cannot be recovered: if you forget it, restore the wallet from its recovery phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plinth does not accept a password this weak.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::PasswordStrengthMeter</name>
    <message>
        <source>Choose a password: it encrypts your keys on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of the passwords attackers try first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: use at least 12 characters, or a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly repeated or sequential characters, which are guessed quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains a keyboard run or the alphabet in order, which attackers try early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong: long enough that guessing it is out of reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong: a good length with a mix of letters, digits and symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: a longer password or a few unrelated words would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: add length and mix in capitals, digits or symbols.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::PhrasePage</name>
    <message>
        <source>Your recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write these words down on paper, in order, and keep them somewhere safe. Anyone who has them can take everything in this wallet; without them a lost computer means lost funds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never type these words into a website or share a photo of them. Plinth asks for three of them on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a new recovery phrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery phrase could be made: %1</source>
        <extracomment>%1 is the reason, a sentence from the wallet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 is the word&apos;s position in the recovery phrase, %2 the word</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::PlanStepWidget</name>
    <message>
        <source>the network&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the staking contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rewards contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timelock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>%1 this step&apos;s number, %2 how many steps the plan has</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow %1 to take up to %2 from your balance, for the next step</source>
        <extracomment>%1 a contract (&quot;the staking contract&quot;), %2 an amount with its symbol</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends %1 to %2</source>
        <extracomment>%1 an amount with its symbol, %2 the recipient&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls %1 on %2</source>
        <extracomment>%1 a function&apos;s signature, e.g. &quot;claim(address)&quot;, %2 a contract (&quot;the rewards contract&quot;) or an address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <extracomment>one argument of a decoded call: %1 its name, %2 its value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends %1 with the call</source>
        <extracomment>%1 an amount of the native currency</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its fee is worked out once the step before is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fee could be worked out: it cannot be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee: at most %1, likely %2</source>
        <extracomment>%1 the most this transaction can cost in fees, %2 what it will likely cost</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated as if the approval before it were confirmed; worked out again once it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated as if the approval before it were confirmed: it succeeds (unverified: what %1 says)</source>
        <extracomment>%1 the RPC endpoint that ran the simulation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated: it succeeds (unverified: what %1 says)</source>
        <extracomment>%1 the RPC endpoint that ran the simulation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated: it would fail: %1 (unverified: what %2 says)</source>
        <extracomment>%1 why it fails (the decoded revert), %2 the RPC endpoint that ran the simulation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be prepared: %1</source>
        <extracomment>%1 why the transaction could not be prepared</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not simulated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still pending when Plinth stopped waiting; it may still be included (%1)</source>
        <extracomment>%1 a transaction hash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, waiting for a block (%1)</source>
        <extracomment>%1 a transaction hash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed in block %1 (%2)</source>
        <extracomment>%1 a block number, %2 a transaction hash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed in block %1: %2</source>
        <extracomment>%1 a block number, %2 why it failed (the decoded revert)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed in block %1; the reason could not be found</source>
        <extracomment>%1 a block number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by another transaction with the same nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped: the node no longer has it and its nonce was not used, so nothing was spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Calls %1 with %Ln byte(s) of data that Plinth cannot decode</source>
        <extracomment>%1 a contract or an address, %Ln the number of bytes of call data</extracomment>
        <translation>
            <numerusform>Calls %1 with %Ln byte of data that Plinth cannot decode</numerusform>
            <numerusform>Calls %1 with %Ln bytes of data that Plinth cannot decode</numerusform>
        </translation>
    </message>
    <message>
        <source>Send is disabled: step %1 would fail: %2.</source>
        <extracomment>%1 the step&apos;s number, %2 why it fails (the decoded revert)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send is disabled: it would fail: %1.</source>
        <extracomment>%1 why it fails (the decoded revert)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send is disabled: step %1 cannot be prepared: %2.</source>
        <extracomment>%1 the step&apos;s number, %2 why the transaction could not be prepared</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send is disabled: it cannot be prepared: %1.</source>
        <extracomment>%1 why the transaction could not be prepared</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send is disabled: step %1 could not be simulated.</source>
        <extracomment>%1 the step&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send is disabled: it could not be simulated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::ProposalDetailPanel</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes against the quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;mulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xecute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate to &amp;yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the actions by eth_call from the timelock on the node&apos;s latest state (unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undelegated tokens do not vote: delegate them to yourself to vote with them on later proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description links to %1</source>
        <extracomment>%1 a web address from the proposal&apos;s description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by %1 on %2 (block %3)</source>
        <extracomment>%1 the proposer&apos;s address, %2 a date, %3 a block number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 · Against %2 · Abstain %3 — quorum of %4 (%5% of the supply at the snapshot) reached</source>
        <extracomment>%1-%3 amounts for, against and abstaining, %4 the quorum, %5 its percentage of the supply</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 · Against %2 · Abstain %3 — quorum of %4 (%5% of the supply at the snapshot) not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You voted: %1.</source>
        <extracomment>%1 for, against or abstain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account selected: voting power is shown for the current account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proposal has no actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: executable in %1</source>
        <extracomment>%1 how long until the proposal can be executed (&quot;2 days 3 hours&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: executable since %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting is open only while the proposal is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no voting power on this proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote for, against or abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a succeeded proposal in the timelock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute a queued proposal once its timelock delay has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>%1 the parameter, %2 its old value, %3 its new value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating on the node&apos;s latest state (unverified)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulation could not run (unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated by eth_call from the timelock %1 on the node&apos;s latest state: unverified, no proof covers an execution.</source>
        <extracomment>%1 the timelock&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: succeeds</source>
        <extracomment>%1 the action&apos;s number, %2 contract.function</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: reverts: %3</source>
        <extracomment>%1 the action&apos;s number, %2 contract.function, %3 the revert reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sequence: not simulated: %1.</source>
        <extracomment>%1 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: every action succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: action %1 reverts: %2</source>
        <extracomment>%1 the failing action&apos;s number, %2 the revert reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The governor&apos;s own settings accept a call only from inside its execute, so a governor action reverts here even when it would succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: a call that could not be decoded (%Ln byte(s) of call data)</source>
        <extracomment>%1 the target contract; %Ln the call data&apos;s size in bytes</extracomment>
        <translation>
            <numerusform>%1: a call that could not be decoded (%Ln byte of call data)</numerusform>
            <numerusform>%1: a call that could not be decoded (%Ln bytes of call data)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: unknown → %2</source>
        <extracomment>%1 the parameter, %2 its new value; the old value is not known (the reason follows on the next line)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old value is unknown: %1.</source>
        <extracomment>%1 why the value could not be proven, a sentence from the wallet&apos;s core (English)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old value is unknown: no change event gives it and no proof of it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value from the parameter&apos;s verified change event at block %1.</source>
        <extracomment>%1 a block number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value verified at block %1: proven from the contract&apos;s storage, as no event changed it since deployment.</source>
        <extracomment>%1 a block number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old value is unverified: no proof covers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1, verified at block %2.</source>
        <extracomment>%1 the parameter&apos;s value now, %2 a block number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proving the old value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;delegate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who votes with your tokens: yourself or another address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::ProposalsModel</name>
    <message>
        <source>Canceled; voting was to end %1</source>
        <extracomment>%1 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting starts in %1</source>
        <extracomment>%1 a duration (&quot;2 days 3 hours&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting ends in %1</source>
        <extracomment>%1 a duration (&quot;2 days 3 hours&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting ended %1</source>
        <extracomment>%1 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1, against %2, abstain %3; quorum %4</source>
        <extracomment>%1-%3 amounts for, against and abstaining, %4 the quorum</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::RestorePage</name>
    <message>
        <source>Restore from a recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the words in order, separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional BIP-39 passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty unless the wallet used one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase makes a different wallet from the same words: a wrong one restores an empty wallet, not an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word %1 (“%2”) is not in the BIP-39 word list.</source>
        <extracomment>%1 is the word&apos;s position, %2 the word as typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All words are valid, but the checksum does not match: a word is wrong or out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) so far; a recovery phrase has 12, 15, 18, 21 or 24.</source>
        <translation>
            <numerusform>%n word so far; a recovery phrase has 12, 15, 18, 21 or 24.</numerusform>
            <numerusform>%n words so far; a recovery phrase has 12, 15, 18, 21 or 24.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phrase is valid (%n words, checksum correct).</source>
        <translation>
            <numerusform>The phrase is valid (%n words, checksum correct).</numerusform>
            <numerusform>The phrase is valid (%n words, checksum correct).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::SendReceivePage</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0x… (checksummed or all lower case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a saved address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the whole balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for the address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review and send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your address on this network. Anyone can send to it; only this vault can spend from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proving the balances at the verified block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balances could not be proven: %1</source>
        <extracomment>%1 why the balances could not be proven</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available: %1 (proven at block %2)</source>
        <extracomment>%1 an amount with its symbol, %2 a block number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance is not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the most the fee can be…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee could not be worked out, so Max cannot be used now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance does not cover a transfer&apos;s fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s address is not valid: %1.</source>
        <extracomment>%1 what is wrong with it (e.g. &quot;bad checksum&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address a name to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zero address belongs to no one: anything sent there is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is not valid: %1.</source>
        <extracomment>%1 what is wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 to %2</source>
        <extracomment>%1 an amount with its symbol, %2 the recipient&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>the unit after the auto-lock minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock after minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault locks itself after this many minutes without use; Ctrl+L locks it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::SlashesModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1</source>
        <extracomment>%1 a block number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::StakeDialog</name>
    <message>
        <source>Stake on your device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate stake to a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond tokens on a device you own. Bonded stake counts toward the device&apos;s rewards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond tokens on someone else&apos;s device. You can unstake them later; they are released after the unbonding period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request tokens back from a stake. They stop counting at once and can be withdrawn when the unbonding period ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 a short device address, %2 what the device is (&quot;GPU, Lisbon&quot;; or the bonded amount)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device address (0x…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <extracomment>%1 the token&apos;s symbol</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no device to choose: the list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device address is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more than the bonded stake of %1.</source>
        <extracomment>%1 the largest amount allowed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::StakesModel</name>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated to your device</source>
        <extracomment>someone else&apos;s delegation to a device the account owns</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake on your device</source>
        <extracomment>someone else&apos;s stake on a device the account owns</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::StakingPage</name>
    <message>
        <source>&amp;Stake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond tokens on one of your devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond tokens on someone else&apos;s device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unstake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request bonded tokens back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected released entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakes and delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbonding entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1 (unbonding #%2)</source>
        <extracomment>%1 the amount, %2 the unbonding entry&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the verified cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account to the wallet to see its stakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is verified yet: the stakes appear after the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the stakes from the verified cache: %1</source>
        <extracomment>%1 the core&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stakes or delegations: stake on one of your devices or delegate to another&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unbonding entries: an unstake request appears here until it is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No slashes concern this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one of your entries whose unbonding period has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bonded</source>
        <extracomment>%1 an amount of tokens</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake %1 on device %2</source>
        <extracomment>%1 the amount, %2 the device&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate %1 to device %2</source>
        <extracomment>%1 the amount, %2 the device&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstake %1 from device %2</source>
        <extracomment>%1 the amount, %2 the device&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::StateChip</name>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defeated</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::SyncBadge</name>
    <message>
        <source>%1: failing (%2)</source>
        <extracomment>%1 is an RPC endpoint, %2 what went wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: answering in %2 ms</source>
        <extracomment>%1 is an RPC endpoint, %2 its latency in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer that failed verification: %2</source>
        <extracomment>%1 is an RPC endpoint, %2 what its answer got wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoints disagree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <extracomment>%1 why the sync failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed at %1: %2</source>
        <extracomment>%1 is an RPC endpoint, %2 why the sync failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: block %1 of %2</source>
        <extracomment>%1 is the block verified so far, %2 the block this sync goes to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: asking the endpoints for the head…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::ThisComputerForm</name>
    <message>
        <source>Resources measured on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An H3 cell (15 hex digits) or a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metadata URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device key &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring this computer&apos;s disks, processor, memory and network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer could not be measured: %1. Declare the capacity yourself.</source>
        <extracomment>%1 why the measurement failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Processor: %1, %n logical core(s) (measured)</source>
        <extracomment>%1 CPU model, %n logical cores</extracomment>
        <translation>
            <numerusform>Processor: %1, %n logical core (measured)</numerusform>
            <numerusform>Processor: %1, %n logical cores (measured)</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor: unknown (not readable here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: %1 in all (measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks: none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disks: %1 free of %2 on %n filesystem(s) (measured)</source>
        <extracomment>%1 free space, %2 total size, %n filesystems</extracomment>
        <translation>
            <numerusform>Disks: %1 free of %2 on %n filesystem (measured)</numerusform>
            <numerusform>Disks: %1 free of %2 on %n filesystems (measured)</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU: unknown (no listing was readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU: none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU: %1 (measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network %1: %2, link %3 Mbps (measured)</source>
        <extracomment>%1 interface name, %2 its state (up, down), %3 link speed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network %1: %2, link speed unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare it: nothing here measures this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on this computer: %1 (%2). Type a figure to declare your own.</source>
        <extracomment>%1 the capacity with unit, %2 what was measured, e.g. &quot;free space of 3 filesystems&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this computer measures this kind: declare the capacity and its unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity must be a whole number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A declared capacity needs its unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the device&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password for the device key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::TopBar</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>an account in the switcher: %1 is its label, %2 its short address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Plinth with --network to choose a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network %1, chain id %2</source>
        <extracomment>%1 is the network&apos;s name, %2 its chain id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Plinth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::TransactionConfirmDialog</name>
    <message>
        <source>Speed up a pending transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a pending transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transactions to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow (cheaper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast (costs more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fee speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked: its password signs this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network is selected, so nothing can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be sent: %1</source>
        <extracomment>%1 why the network could not be opened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the transaction and simulating it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be prepared: %1</source>
        <extracomment>%1 why the action cannot be prepared</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Together these %n transactions cost at most %1 in value and fees.</source>
        <extracomment>%1 the most the whole plan can cost in value and fees, %n the number of transactions</extracomment>
        <translation>
            <numerusform>Together these %n transactions cost at most %1 in value and fees.</numerusform>
            <numerusform>Together these %n transactions cost at most %1 in value and fees.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the details, then send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the vault password, then send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the vault password to sign this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be unlocked: %1. Nothing was sent.</source>
        <extracomment>%1 why the vault could not be unlocked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signing and sending %n transaction(s)…</source>
        <extracomment>%n the number of transactions</extracomment>
        <translation>
            <numerusform>Signing and sending %n transaction…</numerusform>
            <numerusform>Signing and sending %n transactions…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <extracomment>%1 why sending stopped</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the step before did not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still pending. Plinth stopped waiting; the Activity page keeps following it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did not succeed: see the step above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is only watched: the vault holds no key for it, so this can be previewed but not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::TrayNotifier</name>
    <message>
        <source>Plinth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Plinth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::UnbondingsModel</name>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>%1 how long until the stake is released (&quot;2 days 3 hours&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>an unbonding entry&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::UnlockDialog</name>
    <message>
        <source>Unlock the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the vault password to use your keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be unlocked: %1</source>
        <extracomment>%1 is the reason, a sentence from the wallet</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::VoteDialog</name>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (optional, public on chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already voted on this proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot vote on this proposal now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote brings the proposal to quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes against do not count toward the quorum, which is not reached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal stays short of quorum even with your vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote turns the outcome: as the votes stand, the proposal would then fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote turns the outcome: as the votes stand, the proposal would then pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote does not change the outcome as the votes stand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::VotingPower</name>
    <message>
        <source>Your voting power at the snapshot: %1</source>
        <extracomment>%1 an amount of votes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voting power now (the snapshot is still ahead, it can change): %1</source>
        <extracomment>%1 an amount of votes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You delegated your tokens to yourself, and other holders delegated theirs to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You delegated your tokens to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other holders delegated their votes to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You held no tokens at the snapshot and hold none now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You held tokens but had not delegated them, not even to yourself, by the snapshot: undelegated tokens do not vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tokens were delegated to %1 at the snapshot: that account votes with them.</source>
        <extracomment>%1 the delegate&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tokens or your delegation arrived after the snapshot; you hold %1 now, which counts for later proposals.</source>
        <extracomment>%1 an amount of tokens</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your votes are delegated to nobody now, so your tokens do not vote (verified at block %1).</source>
        <extracomment>%1 a block number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your votes are delegated to yourself now (verified at block %1).</source>
        <extracomment>%1 a block number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your votes are delegated to %1 now (verified at block %2).</source>
        <extracomment>%1 the delegate&apos;s short address, %2 a block number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plinth::ui::WatchPage</name>
    <message>
        <source>Watch an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plinth shows this address&apos;s balances, devices, rewards and votes. It cannot sign for it; you can add keys later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label for the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address is 0x followed by 40 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capital letters do not match this address&apos;s checksum (EIP-55): a character is probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an address: it must be 0x followed by 40 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid address: %1</source>
        <extracomment>%1 is the address in its checksummed form</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
