<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountsAddCommand</name>
    <message>
        <source>Derive another account from the recovery phrase</source>
        <translation>Ein weiteres Konto aus der Wiederherstellungsphrase ableiten</translation>
    </message>
    <message>
        <source>Derivation path (default: the next m/44&apos;/60&apos;/0&apos;/0/i).</source>
        <translation>Ableitungspfad (Standard: der nächste m/44&apos;/60&apos;/0&apos;/0/i).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>A label for the account.</source>
        <translation>Eine Bezeichnung für das Konto.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>invalid derivation path: %1</source>
        <translation>ungültiger Ableitungspfad: %1</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 (%2) hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>AccountsLabelCommand</name>
    <message>
        <source>Set an account&apos;s label</source>
        <translation>Die Bezeichnung eines Kontos festlegen</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Das Konto.</translation>
    </message>
    <message>
        <source>The new label (empty to remove it).</source>
        <translation>Die neue Bezeichnung (leer, um sie zu entfernen).</translation>
    </message>
    <message>
        <source>expected ADDRESS and LABEL</source>
        <translation>ADDRESS und LABEL erwartet</translation>
    </message>
    <message>
        <source>Labelled %1.</source>
        <translation>Bezeichnung für %1 festgelegt.</translation>
    </message>
</context>
<context>
    <name>AccountsListCommand</name>
    <message>
        <source>List the vault&apos;s accounts (no password needed)</source>
        <translation>Die Konten im Tresor auflisten (kein Passwort nötig)</translation>
    </message>
    <message>
        <source>Include hidden accounts.</source>
        <translation>Ausgeblendete Konten einbeziehen.</translation>
    </message>
    <message>
        <source>unknown accounts command &quot;%1&quot;</source>
        <translation>unbekannter accounts-Befehl „%1“</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(ausgeblendet)</translation>
    </message>
</context>
<context>
    <name>AccountsVisibilityCommand</name>
    <message>
        <source>Hide an account from the list (its key stays in the vault)</source>
        <translation>Ein Konto in der Liste ausblenden (sein Schlüssel bleibt im Tresor)</translation>
    </message>
    <message>
        <source>Show a hidden account again</source>
        <translation>Ein ausgeblendetes Konto wieder einblenden</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Das Konto.</translation>
    </message>
    <message>
        <source>expected one ADDRESS</source>
        <translation>genau ein ADDRESS-Argument erwartet</translation>
    </message>
    <message>
        <source>Hid %1.</source>
        <translation>%1 ausgeblendet.</translation>
    </message>
    <message>
        <source>%1 is shown again.</source>
        <translation>%1 wird wieder angezeigt.</translation>
    </message>
</context>
<context>
    <name>BalanceCommand</name>
    <message>
        <source>Show an address&apos;s balances, proven at the verified block</source>
        <translation>Die Guthaben einer Adresse zeigen, nachgewiesen für den verifizierten Block</translation>
    </message>
    <message>
        <source>The address (default: the wallet&apos;s first account)</source>
        <translation>Die Adresse (Standard: das erste Konto der Wallet)</translation>
    </message>
    <message>
        <source>balance takes at most one address</source>
        <translation>balance akzeptiert höchstens eine Adresse</translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation>%1 ist keine Adresse: %2</translation>
    </message>
    <message>
        <source>the wallet has no account: pass an address</source>
        <translation>die Wallet hat kein Konto: geben Sie eine Adresse an</translation>
    </message>
    <message>
        <source>%1 %2, proven at block %3</source>
        <translation>%1 %2, nachgewiesen für Block %3</translation>
    </message>
</context>
<context>
    <name>ChainSession</name>
    <message>
        <source>--%1 %2 is not an address: %3</source>
        <translation>--%1 %2 ist keine Adresse: %3</translation>
    </message>
    <message>
        <source>Read the verified cache as it is, without syncing first</source>
        <translation>Den verifizierten Cache unverändert lesen, ohne vorher zu synchronisieren</translation>
    </message>
</context>
<context>
    <name>DeviceCommands</name>
    <message>
        <source>retired</source>
        <translation>stillgelegt</translation>
    </message>
    <message numerus="yes">
        <source>offline for %n epoch(s)</source>
        <translation>
            <numerusform>seit %n Epoche offline</numerusform>
            <numerusform>seit %n Epochen offline</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
</context>
<context>
    <name>DeviceShowCommand</name>
    <message>
        <source>Show one device from the verified cache</source>
        <translation>Ein Gerät aus dem verifizierten Cache zeigen</translation>
    </message>
    <message>
        <source>The device&apos;s address</source>
        <translation>Die Adresse des Geräts</translation>
    </message>
    <message>
        <source>device show takes one device address</source>
        <translation>device show akzeptiert genau eine Geräteadresse</translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation>%1 ist keine Adresse: %2</translation>
    </message>
    <message>
        <source>no device %1 is registered (verified up to block %2)</source>
        <translation>es ist kein Gerät %1 registriert (verifiziert bis Block %2)</translation>
    </message>
    <message>
        <source>Device:     %1</source>
        <translation>Gerät:      %1</translation>
    </message>
    <message>
        <source>Owner:      %1</source>
        <translation>Besitzer:   %1</translation>
    </message>
    <message>
        <source>Kind:       %1, %2 %3</source>
        <translation>Typ:        %1, %2 %3</translation>
    </message>
    <message>
        <source>Region:     %1</source>
        <translation>Region:     %1</translation>
    </message>
    <message>
        <source>Status:     %1</source>
        <translation>Status:     %1</translation>
    </message>
    <message>
        <source>Stake:      %1 (own %2)</source>
        <translation>Stake:      %1 (davon eigener %2)</translation>
    </message>
    <message numerus="yes">
        <source>Earned:     %1 in %n reward(s)</source>
        <translation>
            <numerusform>Verdient:   %1 aus %n Belohnung</numerusform>
            <numerusform>Verdient:   %1 aus %n Belohnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline:    epochs %1 to %2</source>
        <translation>Offline:    Epochen %1 bis %2</translation>
    </message>
    <message>
        <source>Owned by:   %1 before</source>
        <translation>Vorbesitz:  %1</translation>
    </message>
    <message>
        <source>Verified up to block %1</source>
        <translation>Verifiziert bis Block %1</translation>
    </message>
</context>
<context>
    <name>DevicesCommand</name>
    <message>
        <source>List an account&apos;s devices from the verified cache</source>
        <translation>Die Geräte eines Kontos aus dem verifizierten Cache auflisten</translation>
    </message>
    <message>
        <source>devices takes no arguments</source>
        <translation>devices akzeptiert keine Argumente</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1, verified up to block %2</source>
        <translation>
            <numerusform>%n Gerät von %1, verifiziert bis Block %2</numerusform>
            <numerusform>%n Geräte von %1, verifiziert bis Block %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 %3 %4  %5  %6</source>
        <extracomment>one device: address, kind, capacity and unit, region, status</extracomment>
        <translation>%1  %2 %3 %4  %5  %6</translation>
    </message>
    <message>
        <source>stake %1, last score %2, earned %3</source>
        <translation>Stake %1, letzte Bewertung %2, verdient %3</translation>
    </message>
    <message>
        <source>%1% in epoch %2</source>
        <translation>%1 % in Epoche %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
</context>
<context>
    <name>EarningsCommand</name>
    <message>
        <source>Show rewards per day, week or month from the verified cache, or export them as CSV</source>
        <translation>Belohnungen pro Tag, Woche oder Monat aus dem verifizierten Cache zeigen oder als CSV exportieren</translation>
    </message>
    <message>
        <source>Only this device</source>
        <translation>Nur dieses Gerät</translation>
    </message>
    <message>
        <source>Totals per day, week (ISO, from Monday) or month, UTC</source>
        <translation>Summen pro Tag, Woche (ISO, ab Montag) oder Monat, in UTC</translation>
    </message>
    <message>
        <source>First day (UTC), YYYY-MM-DD</source>
        <translation>Erster Tag (UTC), JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Last day (UTC, included), YYYY-MM-DD</source>
        <translation>Letzter Tag (UTC, einschließlich), JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Write every reward (one row per device and epoch) to this CSV file</source>
        <translation>Jede Belohnung (eine Zeile pro Gerät und Epoche) in diese CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>earnings takes no arguments</source>
        <translation>earnings akzeptiert keine Argumente</translation>
    </message>
    <message>
        <source>--period is day, week or month, not %1</source>
        <translation>--period muss day, week oder month sein, nicht %1</translation>
    </message>
    <message>
        <source>--%1 is a date YYYY-MM-DD, not %2</source>
        <translation>--%1 muss ein Datum im Format JJJJ-MM-TT sein, nicht %2</translation>
    </message>
    <message>
        <source>--device: %1</source>
        <translation>--device: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  (%n reward(s))</source>
        <translation>
            <numerusform>%1  %2  (%n Belohnung)</numerusform>
            <numerusform>%1  %2  (%n Belohnungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 in %n reward(s), verified up to block %2</source>
        <translation>
            <numerusform>Gesamt: %1 aus %n Belohnung, verifiziert bis Block %2</numerusform>
            <numerusform>Gesamt: %1 aus %n Belohnungen, verifiziert bis Block %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>GovernanceText</name>
    <message>
        <source>%1 %2/s</source>
        <extracomment>a reward rate: %1 the amount, %2 the token&apos;s symbol</extracomment>
        <translation>%1 %2/s</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>the account held no tokens at the snapshot</source>
        <translation>das Konto hielt zum Stichtag (Snapshot) keine Token</translation>
    </message>
    <message>
        <source>the account&apos;s tokens were not delegated at the snapshot: votes count only once delegated, even to oneself</source>
        <translation>die Token des Kontos waren zum Stichtag (Snapshot) nicht delegiert: Stimmen zählen erst nach einer Delegation, auch an sich selbst</translation>
    </message>
    <message>
        <source>the account had delegated its votes to another account at the snapshot</source>
        <translation>das Konto hatte seine Stimmen zum Stichtag (Snapshot) an ein anderes Konto delegiert</translation>
    </message>
    <message>
        <source>the account&apos;s tokens or delegation arrived after the snapshot</source>
        <translation>die Token oder die Delegation des Kontos sind erst nach dem Stichtag (Snapshot) eingegangen</translation>
    </message>
</context>
<context>
    <name>LedgerCommand</name>
    <message>
        <source>Reconcile rewarded, claimable (proven), claimed and received</source>
        <translation>Zugeteilte, abrufbare (nachgewiesene), abgerufene und erhaltene Beträge abgleichen</translation>
    </message>
    <message>
        <source>ledger takes no arguments</source>
        <translation>ledger akzeptiert keine Argumente</translation>
    </message>
    <message>
        <source>Payout ledger of %1 at block %2</source>
        <translation>Auszahlungsabrechnung für %1, Stand Block %2</translation>
    </message>
    <message numerus="yes">
        <source>Rewarded:   %1 (%n reward(s))</source>
        <translation>
            <numerusform>Zugeteilt:  %1 (%n Belohnung)</numerusform>
            <numerusform>Zugeteilt:  %1 (%n Belohnungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Claimable:  %1 (proven)</source>
        <translation>Abrufbar:   %1 (nachgewiesen)</translation>
    </message>
    <message>
        <source>Claimed:    %1</source>
        <translation>Abgerufen:  %1</translation>
    </message>
    <message>
        <source>Received:   %1</source>
        <translation>Erhalten:   %1</translation>
    </message>
    <message>
        <source>Claim on %1: %2 to %3, received %4</source>
        <translation>Abruf am %1: %2 an %3, erhalten %4</translation>
    </message>
    <message>
        <source>Balanced: rewarded - claimed = claimable, and every claim was received in full.</source>
        <translation>Ausgeglichen: zugeteilt - abgerufen = abrufbar, und jeder Abruf ist vollständig eingegangen.</translation>
    </message>
    <message>
        <source>Mismatch (%1, off by %2 base units): %3</source>
        <translation>Abweichung (%1, Differenz %2 Basiseinheiten): %3</translation>
    </message>
</context>
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
    <name>NetworkSession</name>
    <message>
        <source>tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>an amount and its token symbol, e.g. &quot;1.5 PLNTH&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>nothing is verified yet: run plinth-cli sync</source>
        <translation>noch nichts verifiziert: führen Sie plinth-cli sync aus</translation>
    </message>
    <message>
        <source>The owner&apos;s address (default: the wallet&apos;s first account)</source>
        <translation>Die Adresse des Besitzers (Standard: das erste Konto der Wallet)</translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation>%1 ist keine Adresse: %2</translation>
    </message>
    <message>
        <source>no --owner given and no wallet to take the first account from: %1</source>
        <translation>kein --owner angegeben und keine Wallet, aus der das erste Konto genommen werden kann: %1</translation>
    </message>
    <message>
        <source>the wallet has no account: pass --owner</source>
        <translation>die Wallet hat kein Konto: geben Sie --owner an</translation>
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
        <translation>
            <numerusform>Finalität:     %n Block</numerusform>
            <numerusform>Finalität:     %n Blöcke</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalShowCommand</name>
    <message>
        <source>Show a proposal: description, decoded actions, votes, and your voting power</source>
        <translation>Einen Vorschlag zeigen: Beschreibung, decodierte Aktionen, Stimmen und Ihr Stimmgewicht</translation>
    </message>
    <message>
        <source>The proposal&apos;s id, or its number as in PIP-7</source>
        <translation>Die ID des Vorschlags oder seine Nummer wie in PIP-7</translation>
    </message>
    <message>
        <source>Whose voting power to show (default: the wallet&apos;s first account)</source>
        <translation>Wessen Stimmgewicht gezeigt wird (Standard: das erste Konto der Wallet)</translation>
    </message>
    <message>
        <source>proposal show takes one proposal id</source>
        <translation>proposal show akzeptiert genau eine Vorschlags-ID</translation>
    </message>
    <message>
        <source>no proposal %1 in the verified cache</source>
        <translation>kein Vorschlag %1 im verifizierten Cache</translation>
    </message>
    <message>
        <source>No account to show voting power for: pass --account or add one to the wallet.</source>
        <translation>Kein Konto, für das ein Stimmgewicht gezeigt werden kann: Geben Sie --account an oder fügen Sie der Wallet ein Konto hinzu.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Voting: %1 to %2</source>
        <translation>Abstimmung: %1 bis %2</translation>
    </message>
    <message>
        <source>For %1, against %2, abstain %3; quorum %4 (%5% of the supply at the snapshot)</source>
        <translation>Dafür %1, dagegen %2, Enthaltung %3; Quorum %4 (%5 % der Gesamtmenge zum Stichtag)</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Aktionen:</translation>
    </message>
    <message>
        <source>(undecoded call %1)</source>
        <translation>(nicht decodierter Aufruf %1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <extracomment>a parameter change: %1 the parameter, %2 the old value, %3 the new value</extracomment>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>(old value unverified: %1)</source>
        <translation>(alter Wert nicht verifiziert: %1)</translation>
    </message>
    <message>
        <source>Votes:</source>
        <translation>Stimmen:</translation>
    </message>
    <message>
        <source>Your voting power now (the snapshot, %1, is still ahead): %2</source>
        <translation>Ihr aktuelles Stimmgewicht (der Stichtag %1 steht noch bevor): %2</translation>
    </message>
    <message>
        <source>Your voting power at the snapshot: %1</source>
        <translation>Ihr Stimmgewicht zum Stichtag: %1</translation>
    </message>
    <message>
        <source>You voted %1.</source>
        <translation>Ihre Stimme: %1.</translation>
    </message>
    <message>
        <source>Voting for (or abstaining) would bring the proposal to quorum.</source>
        <translation>Mit einer Stimme dafür (oder einer Enthaltung) würde der Vorschlag das Quorum erreichen.</translation>
    </message>
    <message>
        <source>Your vote would change the outcome as it stands.</source>
        <translation>Ihre Stimme würde das derzeitige Ergebnis ändern.</translation>
    </message>
    <message>
        <source>Your vote would not change the outcome as it stands.</source>
        <translation>Ihre Stimme würde das derzeitige Ergebnis nicht ändern.</translation>
    </message>
</context>
<context>
    <name>ProposalsCommand</name>
    <message>
        <source>List the governor&apos;s proposals with their state and votes, from verified events</source>
        <translation>Die Vorschläge des Governor-Vertrags mit Status und Stimmen aus verifizierten Ereignissen auflisten</translation>
    </message>
    <message>
        <source>Only proposals in this state: pending, active, canceled, defeated, succeeded, queued, expired, executed</source>
        <translation>Nur Vorschläge mit diesem Status: pending, active, canceled, defeated, succeeded, queued, expired, executed</translation>
    </message>
    <message>
        <source>proposals takes no arguments</source>
        <translation>proposals akzeptiert keine Argumente</translation>
    </message>
    <message>
        <source>unknown state %1</source>
        <translation>unbekannter Status %1</translation>
    </message>
    <message>
        <source>Verified at block %1 (%2)</source>
        <translation>Verifiziert bis Block %1 (%2)</translation>
    </message>
    <message>
        <source>%1 [%2]
  for %3, against %4, abstain %5 (quorum %6); voting %7 to %8
  id %9</source>
        <extracomment>%1 the title, %2 the state, %3-%5 votes for, against, abstain, %6 the quorum, %7 start, %8 end</extracomment>
        <translation>%1 [%2]
  dafür %3, dagegen %4, Enthaltung %5 (Quorum %6); Abstimmung %7 bis %8
  ID %9</translation>
    </message>
</context>
<context>
    <name>ResourcesCommand</name>
    <message>
        <source>Show this computer&apos;s disks, GPU, CPU, memory and network interfaces</source>
        <translation>Laufwerke, GPU, CPU, Arbeitsspeicher und Netzwerkschnittstellen dieses Computers zeigen</translation>
    </message>
    <message>
        <source>Disk:      %1 (%2, %3): %4 GiB free of %5 GiB, measured</source>
        <translation>Laufwerk:  %1 (%2, %3): %4 GiB von %5 GiB frei, gemessen</translation>
    </message>
    <message>
        <source>GPU:       none found</source>
        <translation>GPU:       keine gefunden</translation>
    </message>
    <message>
        <source>GPU:       unknown (nothing readable)</source>
        <translation>GPU:       unbekannt (nichts lesbar)</translation>
    </message>
    <message>
        <source>GPU:       %1, measured (%2)</source>
        <translation>GPU:       %1, gemessen (%2)</translation>
    </message>
    <message numerus="yes">
        <source>CPU:       %1, %n logical core(s), measured</source>
        <translation>
            <numerusform>CPU:       %1, %n logischer Kern, gemessen</numerusform>
            <numerusform>CPU:       %1, %n logische Kerne, gemessen</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU:       unknown</source>
        <translation>CPU:       unbekannt</translation>
    </message>
    <message>
        <source>Memory:    %1 GiB, measured</source>
        <translation>RAM:       %1 GiB, gemessen</translation>
    </message>
    <message>
        <source>Memory:    unknown</source>
        <translation>RAM:       unbekannt</translation>
    </message>
    <message>
        <source>Interface: %1 %2, link speed %3</source>
        <translation>Adapter:   %1 %2, Verbindungsgeschwindigkeit %3</translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Capacities a network scores (TB offered, TFLOPS, uplink Mbps) are declared when registering; they are not measured here.</source>
        <translation>Die Kapazitäten, die ein Netzwerk bewertet (angebotene TB, TFLOPS, Uplink in Mbit/s), werden bei der Registrierung angegeben; hier werden sie nicht gemessen.</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Send the native currency, or the network&apos;s token with --token</source>
        <translation>Die native Währung senden oder mit --token den Token des Netzwerks</translation>
    </message>
    <message>
        <source>The recipient.</source>
        <translation>Der Empfänger.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>How much, in the currency&apos;s units (e.g. 1.5).</source>
        <translation>Wie viel, in Einheiten der Währung (z. B. 1.5).</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>betrag</translation>
    </message>
    <message>
        <source>Send the profile&apos;s ERC-20 token instead of the native currency.</source>
        <translation>Den ERC-20-Token des Profils statt der nativen Währung senden.</translation>
    </message>
    <message>
        <source>--to ADDRESS is required</source>
        <translation>--to ADRESSE ist erforderlich</translation>
    </message>
    <message>
        <source>--amount AMOUNT is required</source>
        <translation>--amount BETRAG ist erforderlich</translation>
    </message>
    <message>
        <source>the network &quot;%1&quot; has no token</source>
        <translation>das Netzwerk „%1“ hat keinen Token</translation>
    </message>
    <message>
        <source>Return once the node has accepted the transaction, without waiting for a block.</source>
        <translation>Zurückkehren, sobald der Knoten die Transaktion angenommen hat, ohne auf einen Block zu warten.</translation>
    </message>
</context>
<context>
    <name>SignMessageCommand</name>
    <message>
        <source>Sign a text message (EIP-191 personal_sign)</source>
        <translation>Eine Textnachricht signieren (EIP-191 personal_sign)</translation>
    </message>
    <message>
        <source>The message, signed as its UTF-8 bytes.</source>
        <translation>Die Nachricht; signiert werden ihre UTF-8-Bytes.</translation>
    </message>
    <message>
        <source>expected one TEXT argument</source>
        <translation>genau ein TEXT-Argument erwartet</translation>
    </message>
</context>
<context>
    <name>SignTransactionCommand</name>
    <message>
        <source>Sign a transaction offline and print it raw (JSON in FILE)</source>
        <translation>Eine Transaktion offline signieren und roh ausgeben (JSON in FILE)</translation>
    </message>
    <message>
        <source>eth_sendTransaction fields plus chainId, nonce and type; numbers as hex.</source>
        <translation>Felder von eth_sendTransaction sowie chainId, nonce und type; Zahlen hexadezimal.</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>genau ein FILE-Argument erwartet</translation>
    </message>
    <message>
        <source>invalid transaction: %1</source>
        <translation>ungültige Transaktion: %1</translation>
    </message>
    <message>
        <source>the transaction&apos;s &quot;from&quot; is not the --from account</source>
        <translation>das Feld „from“ der Transaktion ist nicht das Konto aus --from</translation>
    </message>
</context>
<context>
    <name>SignTypedDataCommand</name>
    <message>
        <source>Sign EIP-712 typed data (eth_signTypedData_v4 JSON in FILE)</source>
        <translation>Typisierte Daten nach EIP-712 signieren (eth_signTypedData_v4-JSON in FILE)</translation>
    </message>
    <message>
        <source>The typed data: types, primaryType, domain, message.</source>
        <translation>Die typisierten Daten: types, primaryType, domain, message.</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>genau ein FILE-Argument erwartet</translation>
    </message>
    <message>
        <source>invalid typed data: %1</source>
        <translation>ungültige typisierte Daten: %1</translation>
    </message>
</context>
<context>
    <name>StakesCommand</name>
    <message>
        <source>Show stakes, delegations, unbondings and slashes, from verified events</source>
        <translation>Stakes, Delegationen, Auszahlungssperren und Kürzungen aus verifizierten Ereignissen zeigen</translation>
    </message>
    <message>
        <source>Only what concerns this address: its stakes, stakes on its devices, its unbondings and slashes</source>
        <translation>Nur was diese Adresse betrifft: ihre Stakes, Stakes auf ihren Geräten, ihre Auszahlungssperren und Kürzungen</translation>
    </message>
    <message>
        <source>stakes takes no arguments</source>
        <translation>stakes akzeptiert keine Argumente</translation>
    </message>
    <message>
        <source>Verified at block %1 (%2)</source>
        <translation>Verifiziert bis Block %1 (%2)</translation>
    </message>
    <message>
        <source>Stakes:</source>
        <translation>Stakes:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 delegates %2 to device %3</source>
        <extracomment>%1 the staker, %2 the amount, %3 the device</extracomment>
        <translation>%1 delegiert %2 an Gerät %3</translation>
    </message>
    <message>
        <source>%1 stakes %2 on device %3</source>
        <translation>%1 setzt %2 als Stake auf Gerät %3 ein</translation>
    </message>
    <message>
        <source>(slashed %1)</source>
        <translation>(gekürzt um %1)</translation>
    </message>
    <message>
        <source>Unbondings:</source>
        <translation>Auszahlungssperren:</translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, withdrawn</source>
        <extracomment>%1 the unbonding id, %2 the amount, %3 the staker, %4 the device, %5 the release date</extracomment>
        <translation>#%1: %2 von %3 aus Gerät %4, ausgezahlt</translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, withdrawable since %5</source>
        <translation>#%1: %2 von %3 aus Gerät %4, auszahlbar seit %5</translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, released on %5</source>
        <translation>#%1: %2 von %3 aus Gerät %4, wird am %5 freigegeben</translation>
    </message>
    <message>
        <source>Slashes:</source>
        <translation>Kürzungen:</translation>
    </message>
    <message>
        <source>%1 of %2 on device %3, %4: %5</source>
        <extracomment>%1 the amount, %2 the staker, %3 the device, %4 the date, %5 the slasher&apos;s reason</extracomment>
        <translation>%1 von %2 auf Gerät %3, %4: %5</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show the verified height, each endpoint&apos;s head and the last sync error</source>
        <translation>Die verifizierte Höhe, den neuesten Block jedes Endpunkts und den letzten Synchronisierungsfehler zeigen</translation>
    </message>
    <message>
        <source>not a block number</source>
        <translation>keine Blocknummer</translation>
    </message>
    <message>
        <source>Network:   %1 (chain %2)</source>
        <translation>Netzwerk:  %1 (Chain %2)</translation>
    </message>
    <message>
        <source>Verified:  block %1, %2</source>
        <translation>Geprüft:   Block %1, %2</translation>
    </message>
    <message>
        <source>Verified:  nothing yet (run plinth-cli sync)</source>
        <translation>Geprüft:   noch nichts (plinth-cli sync ausführen)</translation>
    </message>
    <message>
        <source>Endpoint:  %1, head %2, %3 ms</source>
        <translation>Endpunkt:  %1, neuester Block %2, %3 ms</translation>
    </message>
    <message>
        <source>Endpoint:  %1, not answering: %2</source>
        <translation>Endpunkt:  %1, antwortet nicht: %2</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Letzter Fehler (%1): %2</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Sync and verify the chain into the local cache</source>
        <translation>Die Kette synchronisieren, verifizieren und im lokalen Cache ablegen</translation>
    </message>
    <message>
        <source>Keep following new blocks until interrupted (Ctrl+C)</source>
        <translation>Neuen Blöcken weiter folgen, bis zum Abbruch (Strg+C)</translation>
    </message>
    <message>
        <source>sync failed, retrying: %1</source>
        <translation>Synchronisierung fehlgeschlagen, neuer Versuch: %1</translation>
    </message>
    <message>
        <source>Verified up to block %1 (%2), %3</source>
        <translation>Verifiziert bis Block %1 (%2), %3</translation>
    </message>
    <message numerus="yes">
        <source>%n new log(s) stored</source>
        <translation>
            <numerusform>%n neues Log gespeichert</numerusform>
            <numerusform>%n neue Logs gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followed %n reorg(s)</source>
        <translation>
            <numerusform>%n Reorganisation (Reorg) nachvollzogen</numerusform>
            <numerusform>%n Reorganisationen (Reorgs) nachvollzogen</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the endpoints disagree, so sync did not advance: %1</source>
        <translation>Warnung: Die Endpunkte sind sich uneinig, daher ist die Synchronisierung nicht vorangekommen: %1</translation>
    </message>
    <message>
        <source>verified block %1 of %2 (%3%)</source>
        <extracomment>progress of a sync: %1 the verified block, %2 the block synced to, %3 a percentage</extracomment>
        <translation>Block %1 von %2 verifiziert (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n log(s) stored</source>
        <translation>
            <numerusform>%n Log gespeichert</numerusform>
            <numerusform>%n Logs gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>receipts proven for %n block(s)</source>
        <translation>
            <numerusform>Belege für %n Block nachgewiesen</numerusform>
            <numerusform>Belege für %n Blöcke nachgewiesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing verified yet: no block after the checkpoint has a verified child block yet.</source>
        <translation>Noch nichts verifiziert: Kein Block nach dem Checkpoint hat bisher einen verifizierten Folgeblock.</translation>
    </message>
    <message>
        <source>Endpoint %1 gave an answer that failed verification, so it was set aside: %2</source>
        <translation>Endpunkt %1 gab eine Antwort, die die Prüfung nicht bestand, und wurde deshalb zurückgestellt: %2</translation>
    </message>
</context>
<context>
    <name>TxCancelCommand</name>
    <message>
        <source>Replace a pending transaction with a 0-value transfer to yourself</source>
        <translation>Eine ausstehende Transaktion durch eine Überweisung mit Betrag 0 an die eigene Adresse ersetzen</translation>
    </message>
</context>
<context>
    <name>TxSpeedUpCommand</name>
    <message>
        <source>Resend a pending transaction with higher fees (same nonce)</source>
        <translation>Eine ausstehende Transaktion mit höheren Gebühren erneut senden (gleiche Nonce)</translation>
    </message>
</context>
<context>
    <name>TxStatusCommand</name>
    <message>
        <source>Show whether a transaction is pending, included, replaced or dropped</source>
        <translation>Zeigen, ob eine Transaktion aussteht, in einen Block aufgenommen, ersetzt oder verworfen wurde</translation>
    </message>
    <message>
        <source>The transaction hash.</source>
        <translation>Der Transaktions-Hash.</translation>
    </message>
</context>
<context>
    <name>VerifyMessageCommand</name>
    <message>
        <source>Check that ADDRESS signed TEXT (exit code 0 if so, 1 if not)</source>
        <translation>Prüfen, ob ADDRESS den TEXT signiert hat (Exit-Code 0, wenn ja, sonst 1)</translation>
    </message>
    <message>
        <source>The expected signer.</source>
        <translation>Der erwartete Unterzeichner.</translation>
    </message>
    <message>
        <source>The message.</source>
        <translation>Die Nachricht.</translation>
    </message>
    <message>
        <source>65 bytes of hex (r, s, v).</source>
        <translation>65 Bytes als Hex (r, s, v).</translation>
    </message>
    <message>
        <source>expected ADDRESS, TEXT and SIGNATURE</source>
        <translation>ADDRESS, TEXT und SIGNATURE erwartet</translation>
    </message>
    <message>
        <source>invalid signature: %1</source>
        <translation>ungültige Signatur: %1</translation>
    </message>
    <message>
        <source>Valid: signed by %1.</source>
        <translation>Gültig: signiert von %1.</translation>
    </message>
    <message>
        <source>Not valid: the signature is by %1, not %2.</source>
        <translation>Ungültig: Die Signatur stammt von %1, nicht von %2.</translation>
    </message>
</context>
<context>
    <name>WalletChangePasswordCommand</name>
    <message>
        <source>Change the vault password</source>
        <translation>Das Tresor-Passwort ändern</translation>
    </message>
    <message>
        <source>The vault password was changed.</source>
        <translation>Das Tresor-Passwort wurde geändert.</translation>
    </message>
</context>
<context>
    <name>WalletCreateCommand</name>
    <message>
        <source>Create a vault with a new recovery phrase</source>
        <translation>Einen Tresor mit einer neuen Wiederherstellungsphrase anlegen</translation>
    </message>
    <message>
        <source>Recovery phrase length: 12 or 24 words (default 12).</source>
        <translation>Länge der Wiederherstellungsphrase: 12 oder 24 Wörter (Standard 12).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>anzahl</translation>
    </message>
    <message>
        <source>--words must be 12 or 24</source>
        <translation>--words muss 12 oder 24 sein</translation>
    </message>
    <message>
        <source>a vault already exists in %1</source>
        <translation>in %1 gibt es bereits einen Tresor</translation>
    </message>
    <message>
        <source>the vault was created but has no account</source>
        <translation>der Tresor wurde angelegt, hat aber kein Konto</translation>
    </message>
    <message>
        <source>Created a vault in %1 with account %2 (%3).</source>
        <translation>Tresor in %1 mit dem Konto %2 (%3) angelegt.</translation>
    </message>
    <message>
        <source>Recovery phrase: write it down on paper and keep it offline. Anyone who sees it can take everything in this wallet; without it (and the passphrase, if you set one) a lost vault cannot be restored.</source>
        <translation>Wiederherstellungsphrase: Schreiben Sie sie auf Papier und bewahren Sie sie offline auf. Wer sie sieht, kann alles aus dieser Wallet nehmen; ohne sie (und die Passphrase, falls Sie eine gesetzt haben) lässt sich ein verlorener Tresor nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>It is not shown again unless you ask with `plinth-cli wallet show-mnemonic`.</source>
        <translation>Sie wird nicht erneut angezeigt, es sei denn, Sie fordern sie mit `plinth-cli wallet show-mnemonic` an.</translation>
    </message>
    <message>
        <source>Warning: the recovery phrase went to standard output, which is not a terminal; do not keep it in a file.</source>
        <translation>Warnung: Die Wiederherstellungsphrase wurde auf die Standardausgabe geschrieben, die kein Terminal ist; bewahren Sie sie nicht in einer Datei auf.</translation>
    </message>
</context>
<context>
    <name>WalletExportKeystoreCommand</name>
    <message>
        <source>Export an account as a keystore v3 file</source>
        <translation>Ein Konto als Keystore-Datei (v3) exportieren</translation>
    </message>
    <message>
        <source>The account to export.</source>
        <translation>Das zu exportierende Konto.</translation>
    </message>
    <message>
        <source>The file to write (must not exist).</source>
        <translation>Die zu schreibende Datei (darf noch nicht existieren).</translation>
    </message>
    <message>
        <source>scrypt cost n, a power of two (default 262144).</source>
        <translation>scrypt-Kostenparameter n, eine Zweierpotenz (Standard 262144).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>expected ADDRESS and OUT</source>
        <translation>ADDRESS und OUT erwartet</translation>
    </message>
    <message>
        <source>%1 already exists: it was not overwritten</source>
        <translation>%1 existiert bereits und wurde nicht überschrieben</translation>
    </message>
    <message>
        <source>--scrypt-n must be a power of two from 1024 up</source>
        <translation>--scrypt-n muss eine Zweierpotenz ab 1024 sein</translation>
    </message>
    <message>
        <source>%1 is watch-only: there is no key to export</source>
        <translation>%1 wird nur beobachtet: es gibt keinen Schlüssel zum Exportieren</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>%1 nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>WalletImportKeyCommand</name>
    <message>
        <source>Import a private key (hex, read on stdin)</source>
        <translation>Einen privaten Schlüssel importieren (hexadezimal, von stdin gelesen)</translation>
    </message>
    <message>
        <source>Private key (hex): </source>
        <translation>Privater Schlüssel (hex): </translation>
    </message>
    <message>
        <source>the private key is not valid hex: %1</source>
        <translation>der private Schlüssel ist kein gültiges Hex: %1</translation>
    </message>
    <message>
        <source>a private key is 32 bytes (64 hex digits)</source>
        <translation>ein privater Schlüssel hat 32 Bytes (64 Hex-Ziffern)</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
</context>
<context>
    <name>WalletImportKeystoreCommand</name>
    <message>
        <source>Import a keystore v3 (JSON) file</source>
        <translation>Eine Keystore-Datei (v3, JSON) importieren</translation>
    </message>
    <message>
        <source>The keystore file.</source>
        <translation>Die Keystore-Datei.</translation>
    </message>
    <message>
        <source>expected one keystore FILE</source>
        <translation>genau eine Keystore-Datei (FILE) erwartet</translation>
    </message>
    <message>
        <source>%1 is too large for a keystore file</source>
        <translation>%1 ist zu groß für eine Keystore-Datei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
</context>
<context>
    <name>WalletRestoreCommand</name>
    <message>
        <source>Create a vault from a recovery phrase read on stdin</source>
        <translation>Einen Tresor aus einer Wiederherstellungsphrase anlegen, die von stdin gelesen wird</translation>
    </message>
    <message>
        <source>a vault already exists in %1</source>
        <translation>in %1 gibt es bereits einen Tresor</translation>
    </message>
    <message>
        <source>Recovery phrase: </source>
        <translation>Wiederherstellungsphrase: </translation>
    </message>
    <message>
        <source>the recovery phrase is not valid: %1</source>
        <translation>die Wiederherstellungsphrase ist ungültig: %1</translation>
    </message>
    <message>
        <source>the vault was created but has no account</source>
        <translation>der Tresor wurde angelegt, hat aber kein Konto</translation>
    </message>
    <message>
        <source>Restored the vault; first account %1.</source>
        <translation>Tresor wiederhergestellt; erstes Konto %1.</translation>
    </message>
</context>
<context>
    <name>WalletShowMnemonicCommand</name>
    <message>
        <source>Show the recovery phrase (asks for the password)</source>
        <translation>Die Wiederherstellungsphrase zeigen (fragt nach dem Passwort)</translation>
    </message>
    <message>
        <source>Recovery phrase (keep it secret):</source>
        <translation>Wiederherstellungsphrase (halten Sie sie geheim):</translation>
    </message>
</context>
<context>
    <name>WalletWatchCommand</name>
    <message>
        <source>Add a watch-only address</source>
        <translation>Eine Adresse nur zum Beobachten hinzufügen</translation>
    </message>
    <message>
        <source>The address to watch.</source>
        <translation>Die zu beobachtende Adresse.</translation>
    </message>
    <message>
        <source>expected one ADDRESS</source>
        <translation>genau ein ADDRESS-Argument erwartet</translation>
    </message>
    <message>
        <source>Watching %1.</source>
        <translation>%1 wird beobachtet.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: plinth-cli [--version] [--help] COMMAND [OPTIONS]</source>
        <translation>Aufruf: plinth-cli [--version] [--help] BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Plinth&apos;s wallet and DePIN dashboard for the command line.</source>
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
        <source>plinth-cli: unknown command &quot;%1&quot;; see plinth-cli --help</source>
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
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too long (more than 64 KiB)</source>
        <translation>%1 ist zu lang (mehr als 64 KiB)</translation>
    </message>
    <message>
        <source>the input is too long</source>
        <translation>die Eingabe ist zu lang</translation>
    </message>
    <message>
        <source>the two passwords do not match</source>
        <translation>die beiden Passwörter stimmen nicht überein</translation>
    </message>
    <message>
        <source>not a valid address: %1</source>
        <translation>keine gültige Adresse: %1</translation>
    </message>
    <message>
        <source>Read the vault password from the first line of FILE (or set PLINTH_PASSWORD).</source>
        <translation>Das Tresor-Passwort aus der ersten Zeile von DATEI lesen (oder PLINTH_PASSWORD setzen).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Read the new vault password from the first line of FILE (or set PLINTH_NEW_PASSWORD).</source>
        <translation>Das neue Tresor-Passwort aus der ersten Zeile von DATEI lesen (oder PLINTH_NEW_PASSWORD setzen).</translation>
    </message>
    <message>
        <source>Read the keystore file&apos;s password from the first line of FILE.</source>
        <translation>Das Passwort der Keystore-Datei aus der ersten Zeile von DATEI lesen.</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>no terminal to read from</source>
        <translation>kein Terminal zum Lesen vorhanden</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>die Standardeingabe</translation>
    </message>
    <message>
        <source>Vault password: </source>
        <translation>Tresor-Passwort: </translation>
    </message>
    <message>
        <source>no terminal to ask for the vault password on: pass --password-file FILE or set PLINTH_PASSWORD</source>
        <translation>kein Terminal, um nach dem Tresor-Passwort zu fragen: geben Sie --password-file DATEI an oder setzen Sie PLINTH_PASSWORD</translation>
    </message>
    <message>
        <source>New vault password: </source>
        <translation>Neues Tresor-Passwort: </translation>
    </message>
    <message>
        <source>Choose a vault password: </source>
        <translation>Wählen Sie ein Tresor-Passwort: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Wiederholen Sie das Passwort: </translation>
    </message>
    <message>
        <source>no terminal to ask for the new vault password on: pass --%1 FILE or set %2</source>
        <translation>kein Terminal, um nach dem neuen Tresor-Passwort zu fragen: geben Sie --%1 DATEI an oder setzen Sie %2</translation>
    </message>
    <message>
        <source>the vault password must not be empty</source>
        <translation>das Tresor-Passwort darf nicht leer sein</translation>
    </message>
    <message>
        <source>no terminal to ask for the keystore password on: pass --keystore-password-file FILE</source>
        <translation>kein Terminal, um nach dem Keystore-Passwort zu fragen: geben Sie --keystore-password-file DATEI an</translation>
    </message>
    <message>
        <source>Password for the keystore file: </source>
        <translation>Passwort für die Keystore-Datei: </translation>
    </message>
    <message>
        <source>Keystore file password: </source>
        <translation>Passwort der Keystore-Datei: </translation>
    </message>
    <message>
        <source>The signing account (in the vault).</source>
        <translation>Das signierende Konto (im Tresor).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>--from ADDRESS is required</source>
        <translation>--from ADRESSE ist erforderlich</translation>
    </message>
    <message>
        <source>there is no vault in %1: create one with `plinth-cli wallet create` or `wallet restore`</source>
        <translation>in %1 gibt es keinen Tresor: legen Sie einen mit `plinth-cli wallet create` oder `wallet restore` an</translation>
    </message>
    <message>
        <source>Read an optional BIP-39 passphrase from the first line of FILE.</source>
        <translation>Eine optionale BIP-39-Passphrase aus der ersten Zeile von DATEI lesen.</translation>
    </message>
    <message>
        <source>%1 already exists: it was not overwritten</source>
        <translation>%1 existiert bereits und wurde nicht überschrieben</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>A label for the account.</source>
        <translation>Eine Bezeichnung für das Konto.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <source>Fee level: slow, normal (default) or fast.</source>
        <translation>Gebührenstufe: slow, normal (Standard) oder fast.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>stufe</translation>
    </message>
    <message>
        <source>How long to wait for inclusion (default 120).</source>
        <translation>Wie lange auf die Aufnahme in einen Block gewartet wird (Standard 120).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>--fee must be slow, normal or fast</source>
        <translation>--fee muss slow, normal oder fast sein</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds</source>
        <translation>--timeout muss eine Anzahl von Sekunden sein</translation>
    </message>
    <message>
        <source>expected one HASH</source>
        <translation>genau ein HASH-Argument erwartet</translation>
    </message>
    <message>
        <source>HASH must be a transaction hash (0x and 64 hex digits)</source>
        <translation>HASH muss ein Transaktions-Hash sein (0x und 64 Hex-Ziffern)</translation>
    </message>
    <message>
        <source>Pending: in the node&apos;s mempool, not yet in a block.</source>
        <translation>Ausstehend: im Mempool des Knotens, noch in keinem Block.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>rückgängig gemacht (Revert)</translation>
    </message>
    <message>
        <source>Replaced by %1 (included).</source>
        <translation>Ersetzt durch %1 (in einen Block aufgenommen).</translation>
    </message>
    <message>
        <source>Replaced by %1 (pending).</source>
        <translation>Ersetzt durch %1 (ausstehend).</translation>
    </message>
    <message>
        <source>Dropped: the node no longer has it and no transaction of ours used its nonce.</source>
        <translation>Verworfen: Der Knoten hat sie nicht mehr, und keine unserer Transaktionen hat ihre Nonce verwendet.</translation>
    </message>
    <message>
        <source>Sent %1, replacing %2.</source>
        <translation>%1 gesendet, als Ersatz für %2.</translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation>%1 gesendet.</translation>
    </message>
    <message>
        <source>Nonce %1, gas limit %2, max fee %3 per gas (at most %4 in fees).</source>
        <extracomment>%1 nonce, %2 gas limit, %3 max fee per gas in gwei, %4 the most the fees can cost</extracomment>
        <translation>Nonce %1, Gaslimit %2, maximale Gebühr %3 pro Gas (höchstens %4 an Gebühren).</translation>
    </message>
    <message>
        <source>%1; check it later with `plinth-cli tx status %2`</source>
        <translation>%1; prüfen Sie den Status später mit `plinth-cli tx status %2`</translation>
    </message>
    <message>
        <source>the transaction was included in block %1 but reverted</source>
        <translation>die Transaktion wurde in Block %1 aufgenommen, aber rückgängig gemacht (Revert)</translation>
    </message>
    <message>
        <source>A pending transaction Plinth sent.</source>
        <translation>Eine ausstehende Transaktion, die Plinth gesendet hat.</translation>
    </message>
    <message>
        <source>Wait until the replacement is in a block.</source>
        <translation>Warten, bis die Ersatztransaktion in einem Block ist.</translation>
    </message>
    <message numerus="yes">
        <source>Included in block %1 with %n confirmation(s): %2, gas used %3.</source>
        <extracomment>%1 block number, %n confirmations, %2 &quot;success&quot; or &quot;reverted&quot;, %3 gas used</extracomment>
        <translation>
            <numerusform>In Block %1 mit %n Bestätigung aufgenommen: %2, verbrauchtes Gas %3.</numerusform>
            <numerusform>In Block %1 mit %n Bestätigungen aufgenommen: %2, verbrauchtes Gas %3.</numerusform>
        </translation>
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
        <source>Use the network &lt;name&gt; (a saved profile or &quot;devnet&quot;) or the profile &lt;file&gt;.</source>
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
        <source>The network&apos;s proposals and your votes appear here once a wallet is open and synced.</source>
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
        <extracomment>%1 is the network&apos;s name, %2 its chain id</extracomment>
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
