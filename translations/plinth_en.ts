<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>NetworkListCommand</name>
    <message>
        <source>List the saved network profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No saved networks. Start the devnet or pass --network FILE.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NetworkShowCommand</name>
    <message>
        <source>Show the network profile that commands will use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network:       %1 (chain %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile:       %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency:      %1 (%2 decimals)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Endpoint:      %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checkpoint:    block %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Finality:      %n block(s)</source>
        <translation><numerusform>Finality:      %n block</numerusform><numerusform>Finality:      %n blocks</numerusform></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: plinth-cli [--version] [--help] COMMAND [OPTIONS]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plinth's wallet and DePIN dashboard for the command line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every command takes --datadir DIR, --json and --network NAME|FILE;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>`plinth-cli COMMAND --help` describes one command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plinth-cli: unknown command "%1"; see plinth-cli --help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data folder (default: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network name or profile file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name|file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no network selected: pass --network NAME|FILE or start the devnet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plinth: wallet and contributor dashboard for DePIN networks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the vault, cache and settings in &lt;dir&gt; (default: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the network &lt;name&gt; (a saved profile or "devnet") or the profile &lt;file&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name|file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plinth is already running for %1; its window was raised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plinth cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plinth cannot open the network</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>plinth::app::SingleInstance</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another Plinth holds the data folder %1 but does not answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot lock the data folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot listen for other starts: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>plinth::ui::MainWindow</name>
    <message>
        <source>Plinth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plinth — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send &amp; Receive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your balances, claimable rewards and devices appear here once a wallet is open and synced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The devices you registered appear here once a wallet is open and synced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rewards per device and epoch appear here once a wallet is open and synced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your stakes, delegations and unbonding entries appear here once a wallet is open and synced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The network's proposals and your votes appear here once a wallet is open and synced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your transactions and events appear here once a wallet is open and synced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending and receiving become available once a wallet is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the page name, %2 the keyboard shortcut</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No network selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network: %1 (chain %2)</source>
        <extracomment>%1 is the network's name, %2 its chain id</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not synced</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>plinth::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>