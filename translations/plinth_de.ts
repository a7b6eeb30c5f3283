<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>NetworkListCommand</name>
    <message>
        <source>List the saved network profiles</source>
        <translation>Gespeicherte Netzwerkprofile auflisten</translation>
    </message>
    <message>
        <source>No saved networks. Start the devnet or pass --network FILE.</source>
        <translation>Keine gespeicherten Netzwerke. Starten Sie das Devnet oder geben Sie --network DATEI an.</translation>
    </message>
</context>
<context>
    <name>NetworkShowCommand</name>
    <message>
        <source>Show the network profile that commands will use</source>
        <translation>Das Netzwerkprofil zeigen, das Befehle verwenden</translation>
    </message>
    <message>
        <source>Network:       %1 (chain %2)</source>
        <translation>Netzwerk:      %1 (Chain %2)</translation>
    </message>
    <message>
        <source>Profile:       %1</source>
        <translation>Profil:        %1</translation>
    </message>
    <message>
        <source>Currency:      %1 (%2 decimals)</source>
        <translation>Währung:       %1 (%2 Dezimalstellen)</translation>
    </message>
    <message>
        <source>Endpoint:      %1</source>
        <translation>Endpunkt:      %1</translation>
    </message>
    <message>
        <source>Checkpoint:    block %1, %2</source>
        <translation>Checkpoint:    Block %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Finality:      %n block(s)</source>
        <translation><numerusform>Finalität:     %n Block</numerusform><numerusform>Finalität:     %n Blöcke</numerusform></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: plinth-cli [--version] [--help] COMMAND [OPTIONS]</source>
        <translation>Aufruf: plinth-cli [--version] [--help] BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Plinth's wallet and DePIN dashboard for the command line.</source>
        <translation>Plinths Wallet und DePIN-Dashboard für die Kommandozeile.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Every command takes --datadir DIR, --json and --network NAME|FILE;</source>
        <translation>Jeder Befehl nimmt --datadir ORDNER, --json und --network NAME|DATEI;</translation>
    </message>
    <message>
        <source>`plinth-cli COMMAND --help` describes one command.</source>
        <translation>`plinth-cli BEFEHL --help` beschreibt einen Befehl.</translation>
    </message>
    <message>
        <source>plinth-cli: unknown command "%1"; see plinth-cli --help</source>
        <translation>plinth-cli: unbekannter Befehl „%1“; siehe plinth-cli --help</translation>
    </message>
    <message>
        <source>Data folder (default: %1).</source>
        <translation>Datenordner (Standard: %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Network name or profile file.</source>
        <translation>Netzwerkname oder Profildatei.</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>name|datei</translation>
    </message>
    <message>
        <source>no network selected: pass --network NAME|FILE or start the devnet</source>
        <translation>kein Netzwerk gewählt: geben Sie --network NAME|DATEI an oder starten Sie das Devnet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plinth: wallet and contributor dashboard for DePIN networks.</source>
        <translation>Plinth: Wallet und Dashboard für Beitragende in DePIN-Netzwerken.</translation>
    </message>
    <message>
        <source>Keep the vault, cache and settings in &lt;dir&gt; (default: %1).</source>
        <translation>Tresor, Cache und Einstellungen in &lt;ordner&gt; ablegen (Standard: %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>Use the network &lt;name&gt; (a saved profile or "devnet") or the profile &lt;file&gt;.</source>
        <translation>Das Netzwerk &lt;name&gt; (ein gespeichertes Profil oder „devnet“) oder die Profildatei &lt;datei&gt; verwenden.</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>name|datei</translation>
    </message>
    <message>
        <source>Plinth is already running for %1; its window was raised.</source>
        <translation>Plinth läuft bereits für %1; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>Plinth cannot start</source>
        <translation>Plinth kann nicht starten</translation>
    </message>
    <message>
        <source>Plinth cannot open the network</source>
        <translation>Plinth kann das Netzwerk nicht öffnen</translation>
    </message>
</context>
<context>
    <name>plinth::app::SingleInstance</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another Plinth holds the data folder %1 but does not answer.</source>
        <translation>Ein anderes Plinth belegt den Datenordner %1, antwortet aber nicht.</translation>
    </message>
    <message>
        <source>Cannot lock the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>Cannot listen for other starts: %1</source>
        <translation>Auf weitere Starts kann nicht gewartet werden: %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::MainWindow</name>
    <message>
        <source>Plinth</source>
        <translation>Plinth</translation>
    </message>
    <message>
        <source>Plinth — %1</source>
        <translation>Plinth — %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Erträge</translation>
    </message>
    <message>
        <source>Staking</source>
        <translation>Staking</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Send &amp; Receive</source>
        <translation>Senden &amp; Empfangen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your balances, claimable rewards and devices appear here once a wallet is open and synced.</source>
        <translation>Ihre Guthaben, abrufbaren Belohnungen und Geräte erscheinen hier, sobald eine Wallet geöffnet und synchronisiert ist.</translation>
    </message>
    <message>
        <source>The devices you registered appear here once a wallet is open and synced.</source>
        <translation>Ihre registrierten Geräte erscheinen hier, sobald eine Wallet geöffnet und synchronisiert ist.</translation>
    </message>
    <message>
        <source>Rewards per device and epoch appear here once a wallet is open and synced.</source>
        <translation>Belohnungen je Gerät und Epoche erscheinen hier, sobald eine Wallet geöffnet und synchronisiert ist.</translation>
    </message>
    <message>
        <source>Your stakes, delegations and unbonding entries appear here once a wallet is open and synced.</source>
        <translation>Ihre Stakes, Delegationen und laufenden Auszahlungssperren erscheinen hier, sobald eine Wallet geöffnet und synchronisiert ist.</translation>
    </message>
    <message>
        <source>The network's proposals and your votes appear here once a wallet is open and synced.</source>
        <translation>Die Vorschläge des Netzwerks und Ihre Stimmen erscheinen hier, sobald eine Wallet geöffnet und synchronisiert ist.</translation>
    </message>
    <message>
        <source>Your transactions and events appear here once a wallet is open and synced.</source>
        <translation>Ihre Transaktionen und Ereignisse erscheinen hier, sobald eine Wallet geöffnet und synchronisiert ist.</translation>
    </message>
    <message>
        <source>Sending and receiving become available once a wallet is open.</source>
        <translation>Senden und Empfangen sind möglich, sobald eine Wallet geöffnet ist.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the page name, %2 the keyboard shortcut</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No network selected</source>
        <translation>Kein Netzwerk gewählt</translation>
    </message>
    <message>
        <source>Network: %1 (chain %2)</source>
        <extracomment>%1 is the network's name, %2 its chain id</extracomment>
        <translation>Netzwerk: %1 (Chain %2)</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Nicht synchronisiert</translation>
    </message>
</context>
<context>
    <name>plinth::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
</context>
</TS>