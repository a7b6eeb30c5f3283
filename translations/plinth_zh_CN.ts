<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 in %n reward(s), verified up to block %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
    <message>
        <source>%1 %2</source>
        <extracomment>e.g. &quot;2 days 3 hours&quot;: %1 the days, %2 the hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <source>Return once the node has accepted the transaction, without waiting for a block.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <source>an action calls the timelock itself</source>
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
        <extracomment>%1 the unbonding id, %2 the amount, %3 the staker, %4 the device, %5 the release date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, withdrawable since %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, released on %5</source>
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
        <source>verified block %1 of %2 (%3%)</source>
        <extracomment>progress of a sync: %1 the verified block, %2 the block synced to, %3 a percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n log(s) stored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>receipts proven for %n block(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>sync failed, retrying: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified up to block %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing verified yet: no block after the checkpoint has a verified child block yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new log(s) stored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followed %n reorg(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoint %1 gave an answer that failed verification, so it was set aside: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the endpoints disagree, so sync did not advance: %1</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
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
    <message numerus="yes">
        <source>Included in block %1 with %n confirmation(s): %2, gas used %3.</source>
        <extracomment>%1 block number, %n confirmations, %2 &quot;success&quot; or &quot;reverted&quot;, %3 gas used</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
        <source>expected one HASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HASH must be a transaction hash (0x and 64 hex digits)</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <source>the network profile has no valid token address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token contract&apos;s allowance answer is not one 32-byte word</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <source>the node (%1) did not run the actions in sequence: it seems to ignore eth_call&apos;s state override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node reverted the sequence without saying which action failed (%1)</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is &quot;2 days&quot;, %2 is &quot;3 hours&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verified at block %1, %2</source>
        <extracomment>%1 is a block number, %2 how long ago (&quot;5 minutes ago&quot;)</extracomment>
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
        <source>No network selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1 (chain %2)</source>
        <extracomment>%1 is the network&apos;s name, %2 its chain id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced</source>
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
</context>
<context>
    <name>plinth::ui::TransactionConfirmDialog</name>
    <message>
        <source>Transactions cannot be sent from this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
