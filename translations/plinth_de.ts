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
    <name>ClaimCommand</name>
    <message>
        <source>Claim your accrued rewards, to yourself or to --to ADDRESS</source>
        <translation>Ihre angesammelten Belohnungen abrufen, an Sie selbst oder an --to ADRESSE</translation>
    </message>
    <message>
        <source>Where the rewards go (default: the claiming account).</source>
        <translation>Wohin die Belohnungen gehen (Standard: das abrufende Konto).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>claim takes no arguments</source>
        <translation>claim akzeptiert keine Argumente</translation>
    </message>
    <message>
        <source>--to must not be the zero address: the rewards would be lost</source>
        <translation>--to darf nicht die Nulladresse sein: die Belohnungen gingen verloren</translation>
    </message>
    <message>
        <source>the network profile has no valid rewards contract</source>
        <translation>das Netzwerkprofil hat keinen gültigen Belohnungsvertrag</translation>
    </message>
    <message>
        <source>%1 has nothing to claim: its accrued rewards are 0 (proven at block %2)</source>
        <translation>%1 hat nichts abzurufen: die angesammelten Belohnungen betragen 0 (nachgewiesen für Block %2)</translation>
    </message>
    <message>
        <source>Claim the rewards of %1</source>
        <translation>Die Belohnungen von %1 abrufen</translation>
    </message>
    <message>
        <source>Claimable: %1 (proven at block %2)</source>
        <translation>Abrufbar: %1 (nachgewiesen für Block %2)</translation>
    </message>
    <message>
        <source>Claim %1 of rewards to %2</source>
        <extracomment>%1 the amount with its symbol, %2 the recipient&apos;s address</extracomment>
        <translation>Belohnungen in Höhe von %1 an %2 abrufen</translation>
    </message>
</context>
<context>
    <name>DelegateCommand</name>
    <message>
        <source>Delegate your token&apos;s votes to an address, or to yourself</source>
        <translation>Die Stimmen Ihrer Token an eine Adresse oder an sich selbst delegieren</translation>
    </message>
    <message>
        <source>Who votes with your tokens: an address, or self</source>
        <translation>Wer mit Ihren Token abstimmt: eine Adresse oder self</translation>
    </message>
    <message>
        <source>delegate takes one address, or self</source>
        <translation>delegate akzeptiert genau eine Adresse oder self</translation>
    </message>
    <message>
        <source>%1 already delegates its votes to %2; nothing was sent</source>
        <translation>%1 delegiert seine Stimmen bereits an %2; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>Delegate the votes of %1 to itself</source>
        <translation>Die Stimmen von %1 an sich selbst delegieren</translation>
    </message>
    <message>
        <source>Delegate the votes of %1 to %2</source>
        <translation>Die Stimmen von %1 an %2 delegieren</translation>
    </message>
    <message>
        <source>The token&apos;s delegate (ERC20Votes)</source>
        <translation>delegate des Tokens (ERC20Votes)</translation>
    </message>
    <message>
        <source>Current delegate: %1</source>
        <translation>Derzeit delegiert an: %1</translation>
    </message>
    <message>
        <source>Current delegate: none (the tokens do not vote yet)</source>
        <translation>Derzeit delegiert an: niemanden (die Token stimmen noch nicht ab)</translation>
    </message>
    <message>
        <source>Votes that move: %1, from %2 to %3</source>
        <extracomment>%1 an amount of tokens, %2 the old delegate (or &quot;nobody&quot;), %3 the new one</extracomment>
        <translation>Übertragene Stimmen: %1, von %2 an %3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemandem</translation>
    </message>
    <message>
        <source>Delegation moves the votes of every token the account holds now and later, not only these.</source>
        <translation>Die Delegation überträgt die Stimmen aller Token, die das Konto jetzt und künftig hält, nicht nur dieser.</translation>
    </message>
</context>
<context>
    <name>DelegateStakeCommand</name>
    <message>
        <source>Delegate stake to any active device (approves the tokens first when needed)</source>
        <translation>Stake an ein beliebiges aktives Gerät delegieren (genehmigt die Token bei Bedarf zuerst)</translation>
    </message>
    <message>
        <source>Delegate %1 of stake to device %2</source>
        <translation>%1 als Stake an Gerät %2 delegieren</translation>
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
    <name>DeviceKeyNewCommand</name>
    <message>
        <source>Create a device key in its own keystore file (never in the vault)</source>
        <translation>Einen Geräteschlüssel in einer eigenen Keystore-Datei anlegen (nie im Tresor)</translation>
    </message>
    <message>
        <source>device-key new takes no arguments</source>
        <translation>device-key new akzeptiert keine Argumente</translation>
    </message>
    <message>
        <source>Device address: %1</source>
        <translation>Geräteadresse: %1</translation>
    </message>
    <message>
        <source>Key written to %1 (keystore v3, encrypted with the password you gave).</source>
        <translation>Schlüssel nach %1 geschrieben (Keystore v3, verschlüsselt mit dem angegebenen Passwort).</translation>
    </message>
</context>
<context>
    <name>DeviceRegisterCommand</name>
    <message>
        <source>Register a device from its signed onboarding payload, or this computer</source>
        <translation>Ein Gerät anhand seines signierten Onboarding-Payloads registrieren oder diesen Computer registrieren</translation>
    </message>
    <message>
        <source>The signed onboarding payload: a JSON file or QR text, or - for standard input.</source>
        <translation>Das signierte Onboarding-Payload: eine JSON-Datei oder QR-Text, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Register a resource of this computer: the wallet makes and keeps its device key.</source>
        <translation>Eine Ressource dieses Computers registrieren: Die Wallet erzeugt und verwahrt den Geräteschlüssel.</translation>
    </message>
    <message>
        <source>the onboarding payload is not valid: %1</source>
        <translation>das Onboarding-Payload ist ungültig: %1</translation>
    </message>
    <message>
        <source>Register device %1 (%2, %3, region %4) to %5</source>
        <extracomment>%1 device address, %2 kind (storage, ...), %3 capacity and unit, %4 region, %5 owner address</extracomment>
        <translation>Gerät %1 (%2, %3, Region %4) für %5 registrieren</translation>
    </message>
    <message>
        <source>Stake: %1, the registry&apos;s minimum (the payload names none).</source>
        <translation>Stake: %1, das Minimum des Geräteregisters (das Payload nennt keinen Stake).</translation>
    </message>
    <message>
        <source>Stake: %1 (the registry&apos;s minimum is %2).</source>
        <translation>Stake: %1 (das Minimum des Geräteregisters ist %2).</translation>
    </message>
    <message>
        <source>Onboarding fee: %1, paid to the treasury.</source>
        <translation>Onboarding-Gebühr: %1, geht an die Treasury.</translation>
    </message>
    <message>
        <source>Capacity: %1, measured on this computer (%2).</source>
        <translation>Kapazität: %1, auf diesem Computer gemessen (%2).</translation>
    </message>
    <message>
        <source>Capacity: %1, as you declared it.</source>
        <translation>Kapazität: %1, wie von Ihnen angegeben.</translation>
    </message>
    <message>
        <source>The device key is kept in %1.</source>
        <translation>Der Geräteschlüssel wird in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Checked: the device&apos;s signature, chain %1, the registry, the deadline %2 (in %3), not yet registered, nonce unused, the owner, the stake and your balance.</source>
        <extracomment>%1 the deadline (UTC), %2 how long from the chain&apos;s latest block, e.g. &quot;23 hours 59 minutes&quot;</extracomment>
        <translation>Geprüft: die Signatur des Geräts, Chain %1, das Geräteregister, die Frist %2 (noch %3), noch nicht registriert, Nonce unbenutzt, der Besitzer, der Stake und Ihr Guthaben.</translation>
    </message>
    <message>
        <source>The registry&apos;s state and your balance were read with eth_call at block %1: unverified.</source>
        <translation>Der Zustand des Geräteregisters und Ihr Guthaben wurden per eth_call für Block %1 gelesen: nicht verifiziert.</translation>
    </message>
    <message>
        <source>the network &quot;%1&quot; has no device registry</source>
        <translation>das Netzwerk „%1“ hat kein Geräteregister</translation>
    </message>
    <message>
        <source>Register device %1, staking %2 and paying the %3 fee</source>
        <translation>Gerät %1 registrieren, %2 als Stake einsetzen und %3 Gebühr zahlen</translation>
    </message>
    <message>
        <source>device register takes no arguments</source>
        <translation>device register akzeptiert keine Argumente</translation>
    </message>
    <message>
        <source>pass either --payload FILE|- or --this-computer</source>
        <translation>geben Sie entweder --payload DATEI|- oder --this-computer an</translation>
    </message>
    <message>
        <source>--%1 is for --this-computer: a payload carries its own</source>
        <translation>--%1 gilt nur für --this-computer: ein Payload bringt diesen Wert selbst mit</translation>
    </message>
    <message>
        <source>--unit goes with --capacity: a measured capacity keeps its own unit</source>
        <translation>--unit gibt es nur zusammen mit --capacity: eine gemessene Kapazität behält ihre eigene Einheit</translation>
    </message>
    <message>
        <source>nothing on this computer measures a capacity of this kind: declare it with --capacity N --unit U</source>
        <translation>auf diesem Computer lässt sich keine Kapazität dieses Typs messen: geben Sie sie mit --capacity N --unit U an</translation>
    </message>
    <message>
        <source>not registered, nothing was sent: %1</source>
        <extracomment>%1 one or more sentences separated by &quot;; &quot;</extracomment>
        <translation>nicht registriert, es wurde nichts gesendet: %1</translation>
    </message>
</context>
<context>
    <name>DeviceRetireCommand</name>
    <message>
        <source>Retire a device for good (its token is burnt; it can never register again)</source>
        <translation>Ein Gerät endgültig stilllegen (sein Token wird verbrannt; es kann nie wieder registriert werden)</translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation>Die Adresse des Geräts.</translation>
    </message>
    <message>
        <source>device retire takes one DEVICE</source>
        <translation>device retire akzeptiert genau ein DEVICE-Argument</translation>
    </message>
    <message>
        <source>Retire device %1 for good</source>
        <translation>Gerät %1 endgültig stilllegen</translation>
    </message>
    <message>
        <source>Its token is burnt and it can never register again; stakes on it stay in Staking and can be unstaked.</source>
        <translation>Sein Token wird verbrannt, und es kann nie wieder registriert werden; Stakes darauf bleiben im Staking-Vertrag und können abgezogen werden (unstake).</translation>
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
    <name>DeviceTransferCommand</name>
    <message>
        <source>Give a device (its ERC-721 token) to another account</source>
        <translation>Ein Gerät (seinen ERC-721-Token) an ein anderes Konto übertragen</translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation>Die Adresse des Geräts.</translation>
    </message>
    <message>
        <source>The new owner.</source>
        <translation>Der neue Besitzer.</translation>
    </message>
    <message>
        <source>device transfer takes DEVICE TO</source>
        <translation>device transfer erwartet DEVICE und TO</translation>
    </message>
    <message>
        <source>TO must not be the zero address: the device would be lost</source>
        <translation>TO darf nicht die Nulladresse sein: das Gerät ginge verloren</translation>
    </message>
    <message>
        <source>the registry&apos;s ownerOfDevice answer is not one 32-byte word</source>
        <translation>die Antwort des Geräteregisters auf ownerOfDevice ist nicht genau ein 32-Byte-Wort</translation>
    </message>
    <message>
        <source>device %1 is not registered or is retired: there is nothing to transfer</source>
        <translation>Gerät %1 ist nicht registriert oder stillgelegt: es gibt nichts zu übertragen</translation>
    </message>
    <message>
        <source>device %1 already belongs to %2</source>
        <translation>Gerät %1 gehört bereits %2</translation>
    </message>
    <message>
        <source>Transfer device %1 from %2 to %3</source>
        <translation>Gerät %1 von %2 an %3 übertragen</translation>
    </message>
</context>
<context>
    <name>DeviceUpdateCommand</name>
    <message>
        <source>Change a device&apos;s capacity, region or metadata URI (one transaction per field)</source>
        <translation>Kapazität, Region oder Metadaten-URI eines Geräts ändern (eine Transaktion pro Feld)</translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation>Die Adresse des Geräts.</translation>
    </message>
    <message>
        <source>The new capacity, a whole number (with --unit).</source>
        <translation>Die neue Kapazität als ganze Zahl (mit --unit).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The capacity&apos;s unit, e.g. TB or Mbps (with --capacity).</source>
        <translation>Die Einheit der Kapazität, z. B. TB oder Mbps (mit --capacity).</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>einheit</translation>
    </message>
    <message>
        <source>The new region: an H3 cell (15 hex digits) or a label.</source>
        <translation>Die neue Region: eine H3-Zelle (15 Hex-Ziffern) oder eine Bezeichnung.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>The new metadata URI.</source>
        <translation>Die neue Metadaten-URI.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>device update takes one DEVICE</source>
        <translation>device update akzeptiert genau ein DEVICE-Argument</translation>
    </message>
    <message>
        <source>--capacity and --unit go together: the registry stores them as one</source>
        <translation>--capacity und --unit gehören zusammen: das Geräteregister speichert sie als einen Wert</translation>
    </message>
    <message>
        <source>nothing to update: give --capacity N --unit U, --region R or --metadata URI</source>
        <translation>nichts zu aktualisieren: geben Sie --capacity N --unit U, --region R oder --metadata URI an</translation>
    </message>
    <message>
        <source>--capacity must be a whole number above 0</source>
        <translation>--capacity muss eine ganze Zahl größer als 0 sein</translation>
    </message>
    <message>
        <source>Update device %1</source>
        <translation>Gerät %1 aktualisieren</translation>
    </message>
    <message>
        <source>Set the capacity of device %1 to %2 %3</source>
        <extracomment>%1 device, %2 capacity, %3 unit</extracomment>
        <translation>Kapazität von Gerät %1 auf %2 %3 setzen</translation>
    </message>
    <message>
        <source>Set the region of device %1 to &quot;%2&quot;</source>
        <translation>Region von Gerät %1 auf „%2“ setzen</translation>
    </message>
    <message>
        <source>Set the metadata URI of device %1 to %2</source>
        <translation>Metadaten-URI von Gerät %1 auf %2 setzen</translation>
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
    <name>ExecuteCommand</name>
    <message>
        <source>Execute a queued proposal whose timelock delay has passed</source>
        <translation>Einen Vorschlag aus der Warteschlange ausführen, dessen Timelock-Verzögerung abgelaufen ist</translation>
    </message>
    <message>
        <source>%1 is queued but not ready: the timelock lets it run from %2, in %3</source>
        <extracomment>%1 the title, %2 a date, %3 how long until then</extracomment>
        <translation>%1 ist in der Warteschlange, aber noch nicht bereit: der Timelock erlaubt die Ausführung ab %2 (noch %3)</translation>
    </message>
    <message>
        <source>%1 succeeded but is not queued: run `plinth-cli queue` first</source>
        <translation>%1 wurde angenommen, ist aber nicht in der Warteschlange: führen Sie zuerst `plinth-cli queue` aus</translation>
    </message>
    <message>
        <source>%1 is %2: only a queued proposal can be executed</source>
        <translation>%1 hat den Status „%2“: nur ein Vorschlag mit dem Status „in der Warteschlange“ kann ausgeführt werden</translation>
    </message>
    <message>
        <source>Execute %1</source>
        <translation>%1 ausführen</translation>
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
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: undecoded call %2</source>
        <extracomment>%1 the target contract, %2 the calldata in hex</extracomment>
        <translation>%1: nicht decodierter Aufruf %2</translation>
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
    <message numerus="yes">
        <source>%n day(s) %1</source>
        <extracomment>a duration of days and hours: %n is the number of days, %1 the hours (&quot;3 hours&quot;)</extracomment>
        <translation>
            <numerusform>%n Tag und %1</numerusform>
            <numerusform>%n Tage und %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) %1</source>
        <extracomment>a duration of hours and minutes: %n is the number of hours, %1 the minutes (&quot;45 minutes&quot;)</extracomment>
        <translation>
            <numerusform>%n Stunde und %1</numerusform>
            <numerusform>%n Stunden und %1</numerusform>
        </translation>
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
    <name>NetworkProbe</name>
    <message>
        <source>The RPC does not answer.</source>
        <translation>Der RPC antwortet nicht.</translation>
    </message>
    <message>
        <source>The RPC answered, but not with a chain id.</source>
        <translation>Der RPC hat geantwortet, aber nicht mit einer Chain-ID.</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>Das Profil konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Its RPC is not checked here (only plain HTTP endpoints are).</source>
        <translation>Sein RPC wird hier nicht geprüft (nur einfache HTTP-Endpunkte werden geprüft).</translation>
    </message>
    <message>
        <source>The RPC belongs to another chain (%1).</source>
        <extracomment>%1 is the chain id the RPC reported</extracomment>
        <translation>Der RPC gehört zu einer anderen Chain (%1).</translation>
    </message>
    <message>
        <source>Chain %1. %2</source>
        <extracomment>%1 is the chain id; %2 a sentence about its RPC</extracomment>
        <translation>Chain %1. %2</translation>
    </message>
    <message>
        <source>The RPC answers.</source>
        <translation>Der RPC antwortet.</translation>
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
    <name>ProposeCommand</name>
    <message>
        <source>Create a proposal from parameter changes, treasury transfers or raw actions</source>
        <translation>Einen Vorschlag aus Parameteränderungen, Treasury-Überweisungen oder Roh-Aktionen erstellen</translation>
    </message>
    <message>
        <source>A parameter change, e.g. rewards.rewardRate=0.55, registry.minStake=1500, staking.unbondingPeriod=7d (repeatable)</source>
        <translation>Eine Parameteränderung, z. B. rewards.rewardRate=0.55, registry.minStake=1500, staking.unbondingPeriod=7d (mehrfach möglich)</translation>
    </message>
    <message>
        <source>A treasury transfer of the token, e.g. 0x9965…=150000 (repeatable)</source>
        <translation>Eine Überweisung des Tokens aus der Treasury, z. B. 0x9965…=150000 (mehrfach möglich)</translation>
    </message>
    <message>
        <source>A raw action: target (contract name or address), value in wei, calldata (repeatable)</source>
        <translation>Eine Roh-Aktion: Ziel (Vertragsname oder Adresse), Wert in wei, Calldata (mehrfach möglich)</translation>
    </message>
    <message>
        <source>An action by signature, arguments as a JSON array, e.g. &quot;staking setUnbondingPeriod(uint64) [604800]&quot; (repeatable)</source>
        <translation>Eine Aktion über ihre Funktionssignatur, Argumente als JSON-Array, z. B. &quot;staking setUnbondingPeriod(uint64) [604800]&quot; (mehrfach möglich)</translation>
    </message>
    <message>
        <source>The proposal&apos;s markdown description; its first line is the title</source>
        <translation>Die Beschreibung des Vorschlags in Markdown; ihre erste Zeile ist der Titel</translation>
    </message>
    <message>
        <source>Read the markdown description from a file</source>
        <translation>Die Markdown-Beschreibung aus einer Datei lesen</translation>
    </message>
    <message>
        <source>propose takes no arguments: give the actions with --set, --transfer, --action or --call</source>
        <translation>propose akzeptiert keine Argumente: geben Sie die Aktionen mit --set, --transfer, --action oder --call an</translation>
    </message>
    <message>
        <source>the verified cache has no ProposalThresholdSet event of the governor: its threshold is unknown</source>
        <translation>der verifizierte Cache enthält kein ProposalThresholdSet-Ereignis des Governor-Vertrags: sein Schwellenwert ist unbekannt</translation>
    </message>
    <message>
        <source>%1 has %2 of voting power; proposing needs %3 (the governor&apos;s proposal threshold): %4 missing</source>
        <extracomment>%1 the proposer, %2 its votes, %3 the threshold, %4 how many are missing</extracomment>
        <translation>%1 hat ein Stimmgewicht von %2; für einen Vorschlag sind %3 nötig (der Vorschlags-Schwellenwert des Governor-Vertrags): es fehlen %4</translation>
    </message>
    <message>
        <source>its %1 are not delegated: run `plinth-cli delegate self` first</source>
        <translation>seine %1 sind nicht delegiert: führen Sie zuerst `plinth-cli delegate self` aus</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>the same proposal exists already: %1 (id %2, %3); change the description to propose it again; nothing was sent</source>
        <extracomment>%1 the proposal&apos;s title, %2 its id, %3 its state</extracomment>
        <translation>derselbe Vorschlag existiert bereits: %1 (ID %2, %3); ändern Sie die Beschreibung, um ihn erneut vorzuschlagen; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>Propose &quot;%1&quot;</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>„%1“ vorschlagen</translation>
    </message>
    <message>
        <source>The governor&apos;s propose</source>
        <translation>propose des Governor-Vertrags</translation>
    </message>
    <message>
        <source>Proposal id: %1</source>
        <translation>Vorschlags-ID: %1</translation>
    </message>
    <message>
        <source>Your votes: %1 (threshold %2)</source>
        <translation>Ihre Stimmen: %1 (Schwellenwert %2)</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Aktionen:</translation>
    </message>
    <message>
        <source>give the description with exactly one of --description and --description-file</source>
        <translation>geben Sie die Beschreibung mit genau einer der Optionen --description und --description-file an</translation>
    </message>
    <message>
        <source>cannot read the description file %1: %2</source>
        <translation>die Beschreibungsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the description is empty: its first line is the proposal&apos;s title</source>
        <translation>die Beschreibung ist leer: ihre erste Zeile ist der Titel des Vorschlags</translation>
    </message>
    <message>
        <source>a proposal needs at least one action: --set, --transfer, --action or --call</source>
        <translation>ein Vorschlag braucht mindestens eine Aktion: --set, --transfer, --action oder --call</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <source>Queue a succeeded proposal in the timelock</source>
        <translation>Einen angenommenen Vorschlag in die Warteschlange des Timelocks stellen</translation>
    </message>
    <message>
        <source>%1 is %2: it can be queued once voting ends (%3) if it succeeded</source>
        <extracomment>%1 the title, %2 its state, %3 the end of voting</extracomment>
        <translation>%1 hat den Status „%2“: nach dem Ende der Abstimmung (%3) kann der Vorschlag in die Warteschlange gestellt werden, sofern er angenommen wurde</translation>
    </message>
    <message>
        <source>%1 is %2: only a succeeded proposal can be queued</source>
        <translation>%1 hat den Status „%2“: nur ein angenommener Vorschlag kann in die Warteschlange gestellt werden</translation>
    </message>
    <message>
        <source>Queue %1 in the timelock</source>
        <translation>%1 in die Warteschlange des Timelocks stellen</translation>
    </message>
    <message>
        <source>The timelock&apos;s delay is %1: once queued, it can be executed from about %2.</source>
        <extracomment>%1 how long the timelock waits, %2 the date from which execute can run</extracomment>
        <translation>Die Verzögerung des Timelocks beträgt %1: Nach dem Einreihen kann der Vorschlag ab etwa %2 ausgeführt werden.</translation>
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
    <name>SignOnboardingCommand</name>
    <message>
        <source>Sign an onboarding payload with a device key (offline), as JSON and QR text</source>
        <translation>Ein Onboarding-Payload mit einem Geräteschlüssel signieren (offline), als JSON und QR-Text</translation>
    </message>
    <message>
        <source>The account that will register the device.</source>
        <translation>Das Konto, das das Gerät registrieren wird.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Also write the JSON payload to this file (must not exist).</source>
        <translation>Das JSON-Payload zusätzlich in diese Datei schreiben (darf noch nicht existieren).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Do not draw the QR code.</source>
        <translation>Den QR-Code nicht anzeigen.</translation>
    </message>
    <message>
        <source>device-key sign-onboarding takes no arguments</source>
        <translation>device-key sign-onboarding akzeptiert keine Argumente</translation>
    </message>
    <message>
        <source>--owner ADDRESS is required</source>
        <translation>--owner ADRESSE ist erforderlich</translation>
    </message>
    <message>
        <source>%1 already exists: it was not overwritten</source>
        <translation>%1 existiert bereits und wurde nicht überschrieben</translation>
    </message>
    <message>
        <source>Device %1 signed its onboarding to %2 on %3 (chain %4), valid until %5.</source>
        <extracomment>%1 device, %2 owner, %3 network name, %4 chain id, %5 deadline (UTC)</extracomment>
        <translation>Gerät %1 hat sein Onboarding für %2 auf %3 (Chain %4) signiert, gültig bis %5.</translation>
    </message>
    <message>
        <source>Payload (JSON):</source>
        <translation>Payload (JSON):</translation>
    </message>
    <message numerus="yes">
        <source>Payload (QR text, %n character(s)):</source>
        <translation>
            <numerusform>Payload (QR-Text, %n Zeichen):</numerusform>
            <numerusform>Payload (QR-Text, %n Zeichen):</numerusform>
        </translation>
    </message>
    <message>
        <source>The JSON was also written to %1.</source>
        <translation>Das JSON wurde außerdem nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Register it from the owner&apos;s wallet with `plinth-cli device register --payload FILE` (or - for the text on stdin).</source>
        <translation>Registrieren Sie das Gerät in der Wallet des Besitzers mit `plinth-cli device register --payload DATEI` (oder - für den Text auf stdin).</translation>
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
    <name>SimulateCommand</name>
    <message>
        <source>Run a proposal&apos;s actions by eth_call from the timelock and show what each would do (unverified)</source>
        <translation>Die Aktionen eines Vorschlags per eth_call vom Timelock aus ausführen und zeigen, was jede bewirken würde (nicht verifiziert)</translation>
    </message>
    <message>
        <source>The proposal&apos;s id, or its number as in PIP-7</source>
        <translation>Die ID des Vorschlags oder seine Nummer wie in PIP-7</translation>
    </message>
    <message>
        <source>simulate takes one proposal id</source>
        <translation>simulate akzeptiert genau eine Vorschlags-ID</translation>
    </message>
    <message>
        <source>%1 (undecoded call %2)</source>
        <translation>%1 (nicht decodierter Aufruf %2)</translation>
    </message>
    <message>
        <source>  %1. %2: %3</source>
        <extracomment>%1 the action&apos;s number, %2 contract.function, %3 &quot;succeeds&quot; or the revert reason</extracomment>
        <translation>  %1. %2: %3</translation>
    </message>
    <message>
        <source>succeeds</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>reverts: %1</source>
        <translation>schlägt fehl (Revert): %1</translation>
    </message>
    <message>
        <source>In sequence: not simulated: %1.</source>
        <extracomment>%1 why</extracomment>
        <translation>Als Abfolge: nicht simuliert: %1.</translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: every action succeeds.</source>
        <translation>Als Abfolge, wie execute sie ausführt: Jede Aktion ist erfolgreich.</translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: action %1 reverts: %2</source>
        <extracomment>%1 the failing action&apos;s number, %2 the revert reason</extracomment>
        <translation>Als Abfolge, wie execute sie ausführt: Aktion %1 schlägt fehl (Revert): %2</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Simulated with eth_call from the timelock %1 on the node&apos;s latest state: unverified, no proof covers an execution.</source>
        <translation>Simuliert per eth_call vom Timelock %1 aus auf dem neuesten Zustand des Knotens: nicht verifiziert, kein Nachweis deckt eine Ausführung ab.</translation>
    </message>
    <message>
        <source>Note: the governor&apos;s own settings accept a call only from inside its execute, so a governor action reverts here even when it would succeed.</source>
        <translation>Hinweis: Die Einstellungen des Governor-Vertrags nehmen Aufrufe nur aus seinem eigenen execute heraus an; eine Aktion am Governor-Vertrag schlägt hier deshalb fehl (Revert), auch wenn sie bei der Ausführung gelingen würde.</translation>
    </message>
    <message>
        <source>an action of %1 would revert if executed now</source>
        <translation>eine Aktion von %1 würde bei einer Ausführung zum jetzigen Zeitpunkt fehlschlagen (Revert)</translation>
    </message>
</context>
<context>
    <name>StakeCommand</name>
    <message>
        <source>Stake tokens on a device you own (approves them first when needed)</source>
        <translation>Token als Stake auf einem eigenen Gerät einsetzen (genehmigt sie bei Bedarf zuerst)</translation>
    </message>
    <message>
        <source>Stake %1 on your device %2</source>
        <translation>%1 als Stake auf Ihrem Gerät %2 einsetzen</translation>
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
        <extracomment>%1 the staker, %2 the amount, %3 the device</extracomment>
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
        <extracomment>%1 the unbonding id, %2 the amount, %3 the staker, %4 the device</extracomment>
        <translation>#%1: %2 von %3 aus Gerät %4, ausgezahlt</translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, withdrawable since %5</source>
        <extracomment>%1 the unbonding id, %2 the amount, %3 the staker, %4 the device, %5 the date it became withdrawable</extracomment>
        <translation>#%1: %2 von %3 aus Gerät %4, auszahlbar seit %5</translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, released on %5</source>
        <extracomment>%1 the unbonding id, %2 the amount, %3 the staker, %4 the device, %5 the release date</extracomment>
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
    <name>UnstakeCommand</name>
    <message>
        <source>Start unbonding stake from a device (withdraw it after the unbonding period)</source>
        <translation>Stake von einem Gerät abziehen und die Auszahlungssperre starten (nach deren Ablauf mit withdraw auszahlen)</translation>
    </message>
    <message>
        <source>the network profile has no valid staking contract</source>
        <translation>das Netzwerkprofil hat keinen gültigen Staking-Vertrag</translation>
    </message>
    <message>
        <source>Unstake %1 from device %2: it unbonds, then `withdraw` pays it out</source>
        <extracomment>%1 amount with symbol, %2 device address</extracomment>
        <translation>%1 Stake von Gerät %2 abziehen: Der Betrag unterliegt zunächst der Auszahlungssperre, danach zahlt `withdraw` ihn aus</translation>
    </message>
    <message numerus="yes">
        <source>Unbonding period: %n day(s) (read with eth_call, unverified)</source>
        <translation>
            <numerusform>Dauer der Auszahlungssperre: %n Tag (per eth_call gelesen, nicht verifiziert)</numerusform>
            <numerusform>Dauer der Auszahlungssperre: %n Tage (per eth_call gelesen, nicht verifiziert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unbonding period: %1 s (read with eth_call, unverified)</source>
        <translation>Dauer der Auszahlungssperre: %1 s (per eth_call gelesen, nicht verifiziert)</translation>
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
    <name>VoteCommand</name>
    <message>
        <source>Vote for, against or abstain on an active proposal</source>
        <translation>Bei einem aktiven Vorschlag dafür oder dagegen stimmen oder sich enthalten</translation>
    </message>
    <message>
        <source>The proposal&apos;s id, or its number as in PIP-7</source>
        <translation>Die ID des Vorschlags oder seine Nummer wie in PIP-7</translation>
    </message>
    <message>
        <source>for, against or abstain</source>
        <translation>for, against oder abstain</translation>
    </message>
    <message>
        <source>A reason, recorded on chain with the vote (castVoteWithReason)</source>
        <translation>Eine Begründung, die mit der Stimme on-chain gespeichert wird (castVoteWithReason)</translation>
    </message>
    <message>
        <source>vote takes a proposal id and for, against or abstain</source>
        <translation>vote erwartet eine Vorschlags-ID und for, against oder abstain</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vote: use for, against or abstain</source>
        <translation>„%1“ ist keine gültige Stimme: verwenden Sie for, against oder abstain</translation>
    </message>
    <message>
        <source>%1 is pending: voting opens at %2 (in %3); nothing was sent</source>
        <extracomment>%1 the proposal&apos;s title, %2 a date, %3 how long until then</extracomment>
        <translation>%1 hat den Status „ausstehend“: die Abstimmung beginnt am %2 (noch %3); es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>%1 is %2, not active: voting closed at %3; nothing was sent</source>
        <extracomment>%1 the proposal&apos;s title, %2 its state, %3 a date</extracomment>
        <translation>%1 hat den Status „%2“, nicht „aktiv“: die Abstimmung endete am %3; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>%1 already voted %2 on %3 (block %4); the governor counts one vote per account; nothing was sent</source>
        <extracomment>%1 the voter, %2 for/against/abstain, %3 the proposal&apos;s title, %4 a block number</extracomment>
        <translation>%1 hat zu %3 bereits mit „%2“ abgestimmt (Block %4); der Governor-Vertrag zählt eine Stimme pro Konto; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>%1 has no voting power on %2 (snapshot %3): %4; nothing was sent</source>
        <extracomment>%1 the voter, %2 the proposal&apos;s title, %3 the snapshot&apos;s date, %4 why</extracomment>
        <translation>%1 hat für %2 kein Stimmgewicht (Stichtag %3): %4; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>Vote %1 on %2</source>
        <extracomment>%1 for/against/abstain, %2 the proposal&apos;s title</extracomment>
        <translation>Mit „%1“ zu %2 abstimmen</translation>
    </message>
    <message>
        <source>The governor&apos;s castVoteWithReason</source>
        <translation>castVoteWithReason des Governor-Vertrags</translation>
    </message>
    <message>
        <source>The governor&apos;s castVote</source>
        <translation>castVote des Governor-Vertrags</translation>
    </message>
    <message>
        <source>Your voting power at the snapshot (%1): %2</source>
        <translation>Ihr Stimmgewicht zum Stichtag (%1): %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>This vote brings the proposal to quorum and changes its outcome as it stands.</source>
        <translation>Mit dieser Stimme erreicht der Vorschlag das Quorum, und das derzeitige Ergebnis ändert sich.</translation>
    </message>
    <message>
        <source>This vote brings the proposal to quorum.</source>
        <translation>Mit dieser Stimme erreicht der Vorschlag das Quorum.</translation>
    </message>
    <message>
        <source>This vote turns the proposal from passing to failing as it stands.</source>
        <translation>Nach derzeitigem Stand kippt diese Stimme den Vorschlag von angenommen zu abgelehnt.</translation>
    </message>
    <message>
        <source>This vote turns the proposal from failing to passing as it stands.</source>
        <translation>Nach derzeitigem Stand kippt diese Stimme den Vorschlag von abgelehnt zu angenommen.</translation>
    </message>
    <message>
        <source>This vote does not change the outcome: the proposal passes as it stands.</source>
        <translation>Diese Stimme ändert das Ergebnis nicht: Nach derzeitigem Stand wird der Vorschlag angenommen.</translation>
    </message>
    <message>
        <source>This vote does not change the outcome: the proposal fails as it stands.</source>
        <translation>Diese Stimme ändert das Ergebnis nicht: Nach derzeitigem Stand wird der Vorschlag abgelehnt.</translation>
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
        <source>expected ADDRESS and OUT</source>
        <translation>ADDRESS und OUT erwartet</translation>
    </message>
    <message>
        <source>%1 already exists: it was not overwritten</source>
        <translation>%1 existiert bereits und wurde nicht überschrieben</translation>
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
    <name>WithdrawCommand</name>
    <message>
        <source>Withdraw an unbonding entry whose release time has passed</source>
        <translation>Den Betrag einer Auszahlungssperre auszahlen, deren Freigabezeitpunkt erreicht ist</translation>
    </message>
    <message>
        <source>The unbonding id (see `plinth-cli stakes`).</source>
        <translation>Die ID der Auszahlungssperre (siehe `plinth-cli stakes`).</translation>
    </message>
    <message>
        <source>withdraw takes one unbonding ID</source>
        <translation>withdraw akzeptiert genau eine ID einer Auszahlungssperre</translation>
    </message>
    <message>
        <source>ID must be an unbonding id: a whole number from 1</source>
        <translation>ID muss die ID einer Auszahlungssperre sein: eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>the network profile has no valid staking contract</source>
        <translation>das Netzwerkprofil hat keinen gültigen Staking-Vertrag</translation>
    </message>
    <message>
        <source>Withdraw the unbonded stake of unbonding %1</source>
        <translation>Den freigegebenen Stake der Auszahlungssperre %1 auszahlen</translation>
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
    <message>
        <source>scrypt cost n, a power of two (default 262144).</source>
        <translation>scrypt-Kostenparameter n, eine Zweierpotenz (Standard 262144).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--scrypt-n must be a power of two from 1024 up</source>
        <translation>--scrypt-n muss eine Zweierpotenz ab 1024 sein</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>  Call:        %1, undecoded data %2</source>
        <extracomment>%1 the contract, %2 the raw calldata</extracomment>
        <translation>  Aufruf:      %1, nicht decodierte Daten %2</translation>
    </message>
    <message>
        <source>  Call:        %1 %2</source>
        <extracomment>%1 the contract, %2 the function signature</extracomment>
        <translation>  Aufruf:      %1 %2</translation>
    </message>
    <message>
        <source>  Value:       %1</source>
        <translation>  Wert:        %1</translation>
    </message>
    <message>
        <source>  From:        %1 (nonce %2)</source>
        <translation>  Von:         %1 (Nonce %2)</translation>
    </message>
    <message>
        <source>  From:        %1</source>
        <translation>  Von:         %1</translation>
    </message>
    <message>
        <source>  Fee maximum: %1 (gas limit %2 at %3 per gas)</source>
        <extracomment>%1 the most the fees can cost, %2 gas limit, %3 max fee per gas</extracomment>
        <translation>  Max. Gebühr: %1 (Gaslimit %2 bei %3 pro Gas)</translation>
    </message>
    <message>
        <source>  Fee likely:  %1 (estimated %2 gas at %3 per gas)</source>
        <extracomment>%1 the likely fee, %2 estimated gas, %3 likely price per gas</extracomment>
        <translation>  Erw. Gebühr: %1 (geschätzt %2 Gas bei %3 pro Gas)</translation>
    </message>
    <message>
        <source>eth_call at %1 on %2, unverified</source>
        <translation>eth_call (Block %1) über %2, nicht verifiziert</translation>
    </message>
    <message>
        <source>eth_call at %1 on %2, unverified, %3</source>
        <extracomment>%3 the assumption, e.g. &quot;assuming the approval before it is confirmed&quot;</extracomment>
        <translation>eth_call (Block %1) über %2, nicht verifiziert, %3</translation>
    </message>
    <message>
        <source>  Simulation:  succeeds (%1)</source>
        <translation>  Simulation:  erfolgreich (%1)</translation>
    </message>
    <message>
        <source>  Simulation:  REVERTS: %1 (%2)</source>
        <translation>  Simulation:  SCHLÄGT FEHL (Revert): %1 (%2)</translation>
    </message>
    <message>
        <source>  Fees:        %1</source>
        <translation>  Gebühren:    %1</translation>
    </message>
    <message numerus="yes">
        <source>Send these %n transactions? [y/N] </source>
        <translation>
            <numerusform>Diese %n Transaktion senden? [y/N] </numerusform>
            <numerusform>Diese %n Transaktionen senden? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Send this transaction? [y/N] </source>
        <translation>Diese Transaktion senden? [y/N] </translation>
    </message>
    <message>
        <source>The sending account (default: the vault&apos;s first account).</source>
        <translation>Das sendende Konto (Standard: das erste Konto im Tresor).</translation>
    </message>
    <message>
        <source>Send without asking for confirmation (for scripts).</source>
        <translation>Ohne Rückfrage senden (für Skripte).</translation>
    </message>
    <message>
        <source>the vault has no account: add one, or pass --from ADDRESS</source>
        <translation>der Tresor hat kein Konto: fügen Sie eines hinzu oder geben Sie --from ADRESSE an</translation>
    </message>
    <message>
        <source>%1 is not an account of this vault: add or import it first (see `plinth-cli accounts`)</source>
        <translation>%1 ist kein Konto dieses Tresors: fügen Sie es zuerst hinzu oder importieren Sie es (siehe `plinth-cli accounts`)</translation>
    </message>
    <message>
        <source>Approve %1 (%2) to spend %3 of your tokens (allowed now: %4)</source>
        <extracomment>%1 the contract allowed to spend (e.g. &quot;staking&quot;), %2 its address, %3 the amount with its symbol, %4 the current allowance</extracomment>
        <translation>%1 (%2) genehmigen, %3 Ihrer Token auszugeben (derzeit genehmigt: %4)</translation>
    </message>
    <message>
        <source>worked out once the step before is confirmed</source>
        <translation>werden ermittelt, sobald der vorherige Schritt bestätigt ist</translation>
    </message>
    <message>
        <source>assuming the approval before it is confirmed</source>
        <translation>unter Annahme der vorherigen Genehmigung, noch vor deren Bestätigung</translation>
    </message>
    <message>
        <source>estimated assuming the approval before it is confirmed; worked out again once it is</source>
        <translation>geschätzt unter Annahme der vorherigen Genehmigung, noch vor deren Bestätigung; werden nach der Bestätigung neu ermittelt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is too little for these %n transactions: together they need up to %3 for value and gas</source>
        <extracomment>%1 the sender, %2 its balance, %n the number of transactions, %3 what they may cost together</extracomment>
        <translation>
            <numerusform>%1: %2 reicht für diese %n Transaktion nicht aus: sie benötigt bis zu %3 für Betrag und Gas</numerusform>
            <numerusform>%1: %2 reicht für diese %n Transaktionen nicht aus: zusammen benötigen sie bis zu %3 für Betrag und Gas</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>nichts zu senden</translation>
    </message>
    <message>
        <source>the transaction would fail, so nothing was signed or sent: %1</source>
        <translation>die Transaktion würde fehlschlagen, daher wurde nichts signiert oder gesendet: %1</translation>
    </message>
    <message>
        <source>%1; nothing was signed or sent</source>
        <translation>%1; es wurde nichts signiert oder gesendet</translation>
    </message>
    <message>
        <source>not confirmed: nothing was signed or sent</source>
        <translation>nicht bestätigt: es wurde nichts signiert oder gesendet</translation>
    </message>
    <message>
        <source> The approval sent before stays in place; the allowance remains.</source>
        <translation> Die zuvor gesendete Genehmigung bleibt bestehen; der genehmigte Betrag bleibt erhalten.</translation>
    </message>
    <message>
        <source>step %1 would fail, so it was not sent: %2.%3</source>
        <translation>Schritt %1 würde fehlschlagen und wurde daher nicht gesendet: %2.%3</translation>
    </message>
    <message>
        <source>step %1 was not sent: %2.%3</source>
        <translation>Schritt %1 wurde nicht gesendet: %2.%3</translation>
    </message>
    <message>
        <source>the reason could not be found by re-running it at blocks %1 and %2</source>
        <translation>der Grund ließ sich durch erneutes Ausführen für die Blöcke %1 und %2 nicht ermitteln</translation>
    </message>
    <message>
        <source>%1 (found by re-running it at block %2)</source>
        <extracomment>%1 the revert reason, %2 a block number</extracomment>
        <translation>%1 (ermittelt durch erneutes Ausführen für Block %2)</translation>
    </message>
    <message>
        <source>the transaction %1 was included in block %2 but reverted: %3.%4</source>
        <translation>die Transaktion %1 wurde in Block %2 aufgenommen, aber rückgängig gemacht (Revert): %3.%4</translation>
    </message>
    <message>
        <source>the transaction %1 was dropped: the node no longer has it and its nonce was not used, so nothing was spent.%2</source>
        <translation>die Transaktion %1 wurde verworfen: der Knoten hat sie nicht mehr, und ihre Nonce wurde nicht verwendet, daher wurde nichts ausgegeben.%2</translation>
    </message>
    <message>
        <source>%1 takes DEVICE AMOUNT</source>
        <translation>%1 erwartet DEVICE und AMOUNT</translation>
    </message>
    <message>
        <source>the amount must be more than 0</source>
        <translation>der Betrag muss größer als 0 sein</translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation>Die Adresse des Geräts.</translation>
    </message>
    <message>
        <source>How many tokens (e.g. 500 or 12.5).</source>
        <translation>Wie viele Token (z. B. 500 oder 12.5).</translation>
    </message>
    <message>
        <source>the network profile has no valid staking contract</source>
        <translation>das Netzwerkprofil hat keinen gültigen Staking-Vertrag</translation>
    </message>
    <message>
        <source>%1 has %2, less than the %3 to stake; nothing was sent</source>
        <translation>%1 hat %2, weniger als die %3 für den Stake; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>the network profile has no valid device registry</source>
        <translation>das Netzwerkprofil hat kein gültiges Geräteregister</translation>
    </message>
    <message>
        <source>--%1 must be a whole number above 0</source>
        <translation>--%1 muss eine ganze Zahl größer als 0 sein</translation>
    </message>
    <message>
        <source>The device key&apos;s keystore file.</source>
        <translation>Die Keystore-Datei des Geräteschlüssels.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>a device key&apos;s password must not be empty</source>
        <translation>das Passwort eines Geräteschlüssels darf nicht leer sein</translation>
    </message>
    <message>
        <source>--keystore FILE is required</source>
        <translation>--keystore DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What the device offers: storage, bandwidth, wireless, compute, energy or sensor.</source>
        <translation>Was das Gerät anbietet: storage, bandwidth, wireless, compute, energy oder sensor.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>Its capacity, a whole number in --unit.</source>
        <translation>Seine Kapazität als ganze Zahl in --unit.</translation>
    </message>
    <message>
        <source>Its capacity, a whole number in --unit (default: measured where possible).</source>
        <translation>Seine Kapazität als ganze Zahl in --unit (Standard: gemessen, wo möglich).</translation>
    </message>
    <message>
        <source>The capacity&apos;s unit, e.g. TB, Mbps, TFLOPS.</source>
        <translation>Die Einheit der Kapazität, z. B. TB, Mbps, TFLOPS.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>einheit</translation>
    </message>
    <message>
        <source>Where it is: an H3 cell index or a label.</source>
        <translation>Wo es sich befindet: ein H3-Zellindex oder eine Bezeichnung.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>A metadata URI (optional).</source>
        <translation>Eine Metadaten-URI (optional).</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>The stake to register with, in tokens (default: the registry&apos;s minimum).</source>
        <translation>Der Stake für die Registrierung, in Token (Standard: das Minimum des Geräteregisters).</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>betrag</translation>
    </message>
    <message>
        <source>The onboarding nonce (default: a random 64-bit number).</source>
        <translation>Die Onboarding-Nonce (Standard: eine zufällige 64-Bit-Zahl).</translation>
    </message>
    <message>
        <source>How long the signature is valid, e.g. 30m, 24h, 7d (default 24h).</source>
        <translation>Wie lange die Signatur gültig ist, z. B. 30m, 24h, 7d (Standard 24h).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>dauer</translation>
    </message>
    <message>
        <source>The signature&apos;s deadline as a unix time (instead of --valid-for).</source>
        <translation>Die Frist der Signatur als Unix-Zeit (statt --valid-for).</translation>
    </message>
    <message>
        <source>unix</source>
        <translation>unix</translation>
    </message>
    <message>
        <source>--valid-for must be a duration such as 30m, 24h or 7d (at most 365 days), not &quot;%1&quot;</source>
        <translation>--valid-for muss eine Dauer wie 30m, 24h oder 7d sein (höchstens 365 Tage), nicht „%1“</translation>
    </message>
    <message>
        <source>the network &quot;%1&quot; has no device registry</source>
        <translation>das Netzwerk „%1“ hat kein Geräteregister</translation>
    </message>
    <message>
        <source>--kind is required (storage, bandwidth, wireless, compute, energy or sensor)</source>
        <translation>--kind ist erforderlich (storage, bandwidth, wireless, compute, energy oder sensor)</translation>
    </message>
    <message>
        <source>--kind must be storage, bandwidth, wireless, compute, energy or sensor</source>
        <translation>--kind muss storage, bandwidth, wireless, compute, energy oder sensor sein</translation>
    </message>
    <message>
        <source>--capacity N is required</source>
        <translation>--capacity N ist erforderlich</translation>
    </message>
    <message>
        <source>--region is required (an H3 cell index or a label)</source>
        <translation>--region ist erforderlich (ein H3-Zellindex oder eine Bezeichnung)</translation>
    </message>
    <message>
        <source>--nonce must be a whole number</source>
        <translation>--nonce muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>pass --valid-for or --deadline, not both</source>
        <translation>geben Sie --valid-for oder --deadline an, nicht beides</translation>
    </message>
    <message>
        <source>no proposal %1 in the verified cache</source>
        <translation>kein Vorschlag %1 im verifizierten Cache</translation>
    </message>
    <message>
        <source>The proposal&apos;s id, or its number as in PIP-7</source>
        <translation>Die ID des Vorschlags oder seine Nummer wie in PIP-7</translation>
    </message>
    <message>
        <source>%1 takes one proposal id</source>
        <translation>%1 akzeptiert genau eine Vorschlags-ID</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>The governor&apos;s %1</source>
        <translation>%1 des Governor-Vertrags</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Aktionen:</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>a proposal&apos;s state, inside sentences such as &quot;PIP-3 is %2&quot;</extracomment>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>defeated</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <source>for</source>
        <extracomment>how a vote was cast, inside sentences such as &quot;Vote %1 on %2&quot;</extracomment>
        <translation>dafür</translation>
    </message>
    <message>
        <source>against</source>
        <translation>dagegen</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>Enthaltung</translation>
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
    <message>
        <source>The network has no profile.</source>
        <translation>Das Netzwerk hat kein Profil.</translation>
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
    <name>plinth::ui::ActionFlow</name>
    <message>
        <source>Confirmed. The page updates once the new block is verified.</source>
        <translation>Bestätigt. Die Seite wird aktualisiert, sobald der neue Block verifiziert ist.</translation>
    </message>
    <message>
        <source>The transaction did not go through; see Activity for its state.</source>
        <translation>Die Transaktion ist nicht durchgegangen; ihren Status sehen Sie unter „Aktivität“.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ActivityModel</name>
    <message>
        <source>Rewards claimed to %1</source>
        <extracomment>%1 the address the rewards were paid to</extracomment>
        <translation>Belohnungen an %1 abgerufen</translation>
    </message>
    <message>
        <source>Proven in block %1</source>
        <extracomment>%1 a block number</extracomment>
        <translation>Nachgewiesen in Block %1</translation>
    </message>
    <message>
        <source>Proven</source>
        <translation>Nachgewiesen</translation>
    </message>
    <message>
        <source>Stake on device %1 slashed: %2</source>
        <extracomment>%1 a device&apos;s address, %2 the slasher&apos;s reason</extracomment>
        <translation>Stake auf Gerät %1 gekürzt: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Sent tokens</source>
        <translation>Token gesendet</translation>
    </message>
    <message>
        <source>Claim rewards</source>
        <translation>Belohnungen abrufen</translation>
    </message>
    <message>
        <source>Token approval</source>
        <translation>Token-Genehmigung</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Stake</translation>
    </message>
    <message>
        <source>Delegated stake</source>
        <translation>Delegierter Stake</translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation>Stake abziehen</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Auszahlen</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Abstimmen</translation>
    </message>
    <message>
        <source>Delegate votes</source>
        <translation>Stimmen delegieren</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Queue proposal</source>
        <translation>Vorschlag in Warteschlange stellen</translation>
    </message>
    <message>
        <source>Execute proposal</source>
        <translation>Vorschlag ausführen</translation>
    </message>
    <message>
        <source>Register device</source>
        <translation>Gerät registrieren</translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>Contract call</source>
        <translation>Vertragsaufruf</translation>
    </message>
    <message>
        <source>Signed, not yet sent</source>
        <translation>Signiert, noch nicht gesendet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Refused by the node</source>
        <translation>Vom Knoten abgelehnt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>%1 what the transaction did (&quot;Stake&quot;), %2 the address it went to</extracomment>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>%1 in block %2</source>
        <extracomment>%1 a status (&quot;Confirmed&quot;), %2 a block number</extracomment>
        <translation>%1 in Block %2</translation>
    </message>
    <message>
        <source>Unstake request #%1 from device %2</source>
        <extracomment>%1 the number the staking contract gave the unstake request, %2 a device&apos;s address</extracomment>
        <translation>Anforderung zum Abziehen #%1 von Gerät %2</translation>
    </message>
    <message>
        <source>Unstake request #%1 withdrawn</source>
        <extracomment>%1 the number the staking contract gave the unstake request</extracomment>
        <translation>Anforderung zum Abziehen #%1 ausgezahlt</translation>
    </message>
    <message>
        <source>reason unknown</source>
        <extracomment>shown for a failed transaction when Plinth could not learn why it failed</extracomment>
        <translation>Grund unbekannt</translation>
    </message>
    <message>
        <source>The transaction failed: %1</source>
        <extracomment>%1 why it failed (the contract&apos;s decoded revert, or &quot;reason unknown&quot;)</extracomment>
        <translation>Die Transaktion ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The node refused the transaction: %1</source>
        <extracomment>%1 the node&apos;s reason (or &quot;reason unknown&quot;)</extracomment>
        <translation>Der Knoten hat die Transaktion abgelehnt: %1</translation>
    </message>
    <message>
        <source>The transaction was dropped: %1</source>
        <extracomment>%1 why (or &quot;reason unknown&quot;)</extracomment>
        <translation>Die Transaktion wurde verworfen: %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ActivityPage</name>
    <message>
        <source>Activity status</source>
        <translation>Aktivitätsstatus</translation>
    </message>
    <message>
        <source>Transactions and events</source>
        <translation>Transaktionen und Ereignisse</translation>
    </message>
    <message>
        <source>S&amp;peed up</source>
        <translation>&amp;Beschleunigen</translation>
    </message>
    <message>
        <source>Speed up the selected pending transaction</source>
        <translation>Die ausgewählte ausstehende Transaktion beschleunigen</translation>
    </message>
    <message>
        <source>&amp;Cancel transaction</source>
        <translation>Transaktion &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected pending transaction</source>
        <translation>Die ausgewählte ausstehende Transaktion abbrechen</translation>
    </message>
    <message>
        <source>The transaction journal could not be read: %1</source>
        <extracomment>%1 why the journal could not be read</extracomment>
        <translation>Das Transaktionsjournal konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the transaction journal and the verified cache…</source>
        <translation>Transaktionsjournal und verifizierter Cache werden gelesen…</translation>
    </message>
    <message>
        <source>No activity yet: this account has sent no transaction from this wallet, claimed no rewards and has no unbonding or slash.</source>
        <translation>Noch keine Aktivität: Dieses Konto hat aus dieser Wallet keine Transaktion gesendet, keine Belohnungen abgerufen und hat weder Auszahlungssperren noch Kürzungen.</translation>
    </message>
    <message>
        <source>Transactions sent from this wallet: %1. Proven in the verified cache: reward claims %2, unbonding and slash events %3.</source>
        <extracomment>%1 how many transactions this wallet sent from the account, %2 how many reward claims are proven, %3 how many unbonding and slash events</extracomment>
        <translation>Aus dieser Wallet gesendete Transaktionen: %1. Im verifizierten Cache nachgewiesen: Belohnungsabrufe %2, Auszahlungssperren und Kürzungen %3.</translation>
    </message>
    <message>
        <source>The proven claims could not be read: %1</source>
        <extracomment>%1 why the claims could not be read</extracomment>
        <translation>Die nachgewiesenen Abrufe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The proven stakes could not be read: %1</source>
        <extracomment>%1 why the stakes could not be read</extracomment>
        <translation>Die nachgewiesenen Stakes konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Why the selected transaction failed</source>
        <translation>Warum die ausgewählte Transaktion fehlgeschlagen ist</translation>
    </message>
</context>
<context>
    <name>plinth::ui::AddressBook</name>
    <message>
        <source>The address book %1 could not be read: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason</extracomment>
        <translation>Das Adressbuch %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The address book %1 is not valid JSON: %2</source>
        <extracomment>%1 a file path, %2 the JSON parser&apos;s reason</extracomment>
        <translation>Das Adressbuch %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>The address book %1 could not be saved: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason</extracomment>
        <translation>Das Adressbuch %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::AddressInput</name>
    <message>
        <source>Enter an address: 0x followed by 40 hexadecimal digits.</source>
        <translation>Geben Sie eine Adresse ein: 0x, gefolgt von 40 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>This is not an address: an address starts with 0x, then 40 hexadecimal digits.</source>
        <translation>Dies ist keine Adresse: Eine Adresse beginnt mit 0x, gefolgt von 40 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>An address has exactly 40 hexadecimal digits after 0x; this one has %1.</source>
        <extracomment>%1 how many hexadecimal digits follow 0x (never 40)</extracomment>
        <translation>Eine Adresse hat nach 0x genau 40 Hexadezimalziffern; diese hat %1.</translation>
    </message>
    <message>
        <source>This is not an address: after 0x, only the digits 0-9 and the letters a-f (in either case) may follow.</source>
        <translation>Dies ist keine Adresse: Nach 0x dürfen nur die Ziffern 0-9 und die Buchstaben a-f (groß oder klein) folgen.</translation>
    </message>
    <message>
        <source>The capital letters do not match this address&apos;s checksum (EIP-55): a character is probably mistyped.</source>
        <translation>Die Großbuchstaben passen nicht zur Prüfsumme dieser Adresse (EIP-55): Vermutlich ist ein Zeichen falsch eingegeben.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::BackupPanel</name>
    <message>
        <source>Password for the keystore file</source>
        <translation>Passwort für die Keystore-Datei</translation>
    </message>
    <message>
        <source>Password for the keystore file, again</source>
        <translation>Passwort für die Keystore-Datei, Wiederholung</translation>
    </message>
    <message>
        <source>&amp;Export keystore…</source>
        <translation>Keystore &amp;exportieren…</translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation>Tresor-Passwort</translation>
    </message>
    <message>
        <source>Show recovery &amp;phrase</source>
        <translation>Wiederherstellungs&amp;phrase anzeigen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Account to export</source>
        <translation>Zu exportierendes Konto</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Wiederherstellungsphrase</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>Keystore-Datei</translation>
    </message>
    <message>
        <source>Saves one account&apos;s key as a keystore v3 file that other wallets import, encrypted with a password of its own.</source>
        <translation>Speichert den Schlüssel eines Kontos als Keystore-Datei (v3), die andere Wallets importieren können, verschlüsselt mit einem eigenen Passwort.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>File pass&amp;word:</source>
        <translation>Datei-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Wie&amp;derholen:</translation>
    </message>
    <message>
        <source>The words that restore every derived account. Make sure nobody can see your screen.</source>
        <translation>Die Wörter, die jedes abgeleitete Konto wiederherstellen. Stellen Sie sicher, dass niemand Ihren Bildschirm sehen kann.</translation>
    </message>
    <message>
        <source>&amp;Vault password:</source>
        <translation>&amp;Tresor-Passwort:</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>No account in this vault has a key to export.</source>
        <translation>Kein Konto in diesem Tresor hat einen Schlüssel zum Exportieren.</translation>
    </message>
    <message>
        <source>Choose an account to export.</source>
        <translation>Wählen Sie ein zu exportierendes Konto.</translation>
    </message>
    <message>
        <source>The file password needs at least 8 characters.</source>
        <translation>Das Datei-Passwort muss mindestens 8 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The two file passwords differ.</source>
        <translation>Die beiden Datei-Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Unlock the wallet to export the key of %1.</source>
        <translation>Entsperren Sie die Wallet, um den Schlüssel von %1 zu exportieren.</translation>
    </message>
    <message>
        <source>Save the keystore file</source>
        <translation>Keystore-Datei speichern</translation>
    </message>
    <message>
        <source>Keystore files (*.json)</source>
        <translation>Keystore-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Encrypting the key for the file… This takes a few seconds.</source>
        <translation>Der Schlüssel wird für die Datei verschlüsselt… Das dauert einige Sekunden.</translation>
    </message>
    <message>
        <source>The key was not exported: %1</source>
        <extracomment>%1 is the reason, a sentence from the wallet</extracomment>
        <translation>Der Schlüssel wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved the keystore file %1.</source>
        <translation>Keystore-Datei %1 gespeichert.</translation>
    </message>
    <message>
        <source>Checking the vault password…</source>
        <translation>Tresor-Passwort wird geprüft…</translation>
    </message>
    <message>
        <source>Wrong password: the phrase stays hidden.</source>
        <translation>Falsches Passwort: Die Phrase bleibt verborgen.</translation>
    </message>
    <message>
        <source>This vault has no recovery phrase: its accounts were imported or are watch-only. Back them up as keystore files.</source>
        <translation>Dieser Tresor hat keine Wiederherstellungsphrase: Seine Konten wurden importiert oder werden nur beobachtet. Sichern Sie sie als Keystore-Dateien.</translation>
    </message>
    <message>
        <source>Write it down on paper, then hide it.</source>
        <translation>Schreiben Sie sie auf Papier auf und blenden Sie sie dann aus.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::Card</name>
    <message>
        <source>Nothing is verified yet: this appears once the first sync has finished.</source>
        <translation>Noch ist nichts verifiziert: Dies erscheint, sobald die erste Synchronisierung abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ChoicePage</name>
    <message>
        <source>Welcome to Plinth</source>
        <translation>Willkommen bei Plinth</translation>
    </message>
    <message>
        <source>This data folder has no wallet yet. How do you want to start?</source>
        <translation>Dieser Datenordner enthält noch keine Wallet. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>&amp;Create a new wallet</source>
        <translation>Neue Wallet &amp;anlegen</translation>
    </message>
    <message>
        <source>Plinth makes a new recovery phrase; you write it down and keep it safe.</source>
        <translation>Plinth erzeugt eine neue Wiederherstellungsphrase; Sie schreiben sie auf und bewahren sie sicher auf.</translation>
    </message>
    <message>
        <source>&amp;Restore from a recovery phrase</source>
        <translation>Aus einer Wiederherstellungsphrase &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Type the 12 or 24 words of a wallet you already have.</source>
        <translation>Geben Sie die 12 oder 24 Wörter einer bereits vorhandenen Wallet ein.</translation>
    </message>
    <message>
        <source>&amp;Import a keystore file</source>
        <translation>Keystore-Datei &amp;importieren</translation>
    </message>
    <message>
        <source>A keystore v3 JSON file (from geth, MetaMask, cast or Plinth) and its password.</source>
        <translation>Eine Keystore-Datei (v3, JSON) (aus geth, MetaMask, cast oder Plinth) und ihr Passwort.</translation>
    </message>
    <message>
        <source>&amp;Watch an address</source>
        <translation>Adresse &amp;beobachten</translation>
    </message>
    <message>
        <source>See an address&apos;s balances, devices and rewards without its key: nothing can be signed.</source>
        <translation>Die Guthaben, Geräte und Belohnungen einer Adresse ohne ihren Schlüssel ansehen: Es kann nichts signiert werden.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ConfirmPhrasePage</name>
    <message>
        <source>Check your written copy</source>
        <translation>Ihre Abschrift prüfen</translation>
    </message>
    <message>
        <source>Type the words your paper shows at these positions.</source>
        <translation>Geben Sie die Wörter ein, die auf Ihrem Papier an diesen Positionen stehen.</translation>
    </message>
    <message>
        <source>Word &amp;%1:</source>
        <extracomment>%1 is a position in the recovery phrase, 1 to 24</extracomment>
        <translation>Wort &amp;%1:</translation>
    </message>
    <message>
        <source>Word number %1 of the recovery phrase</source>
        <translation>Wort Nummer %1 der Wiederherstellungsphrase</translation>
    </message>
    <message>
        <source>Word %1 does not match the phrase you were shown. Go back to see it again and correct your written copy.</source>
        <extracomment>%1 is a position in the recovery phrase</extracomment>
        <translation>Wort %1 stimmt nicht mit der angezeigten Phrase überein. Gehen Sie zurück, um sie erneut anzusehen, und korrigieren Sie Ihre Abschrift.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::CsvExportBar</name>
    <message>
        <source>Export rewards as CSV</source>
        <translation>Belohnungen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Export wird abgebrochen…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the range&apos;s rewards as CSV</source>
        <translation>Die Belohnungen des Zeitraums als CSV exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Den Export abbrechen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Exporting your rewards to %1…</source>
        <extracomment>%1 the file&apos;s path</extracomment>
        <translation>Ihre Belohnungen werden nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Could not export the rewards: %1</source>
        <extracomment>%1 why the export failed, a sentence from the wallet</extracomment>
        <translation>Die Belohnungen konnten nicht exportiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln reward(s) to %1.</source>
        <extracomment>%Ln the number of rewards written, %1 the file&apos;s path</extracomment>
        <translation>
            <numerusform>%Ln Belohnung in %1 geschrieben.</numerusform>
            <numerusform>%Ln Belohnungen in %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::DelegateVotesDialog</name>
    <message>
        <source>Delegate votes</source>
        <translation>Stimmen delegieren</translation>
    </message>
    <message>
        <source>Who votes with your tokens</source>
        <translation>Wer mit Ihren Token abstimmt</translation>
    </message>
    <message>
        <source>Delegating moves the voting power of every token this account holds, now and later, to the address you choose; the tokens themselves stay in your account, and you can delegate again at any time.</source>
        <translation>Durch die Delegation geht das Stimmgewicht aller Token, die dieses Konto jetzt und künftig hält, an die von Ihnen gewählte Adresse über; die Token selbst bleiben in Ihrem Konto, und Sie können jederzeit erneut delegieren.</translation>
    </message>
    <message>
        <source>Current delegate</source>
        <translation>Derzeit delegiert an</translation>
    </message>
    <message>
        <source>Votes that move</source>
        <translation>Übertragene Stimmen</translation>
    </message>
    <message>
        <source>&amp;Myself (%1)</source>
        <extracomment>%1 the account&apos;s own address</extracomment>
        <translation>&amp;Ich selbst (%1)</translation>
    </message>
    <message>
        <source>Delegate to myself</source>
        <translation>An mich selbst delegieren</translation>
    </message>
    <message>
        <source>&amp;Another address:</source>
        <translation>&amp;Eine andere Adresse:</translation>
    </message>
    <message>
        <source>Delegate to another address</source>
        <translation>An eine andere Adresse delegieren</translation>
    </message>
    <message>
        <source>Delegate&apos;s address</source>
        <translation>Adresse des Delegierten</translation>
    </message>
    <message>
        <source>0x… or a name from your address book</source>
        <translation>0x… oder ein Name aus Ihrem Adressbuch</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Co&amp;ntinue…</source>
        <translation>&amp;Weiter…</translation>
    </message>
    <message>
        <source>Continue to the confirmation</source>
        <translation>Weiter zur Bestätigung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No network is open: whom your votes are delegated to is not known.</source>
        <translation>Kein Netzwerk geöffnet: Es ist nicht bekannt, an wen Ihre Stimmen delegiert sind.</translation>
    </message>
    <message>
        <source>Reading whom your votes are delegated to from the verified cache…</source>
        <translation>Aus dem verifizierten Cache wird gelesen, an wen Ihre Stimmen delegiert sind…</translation>
    </message>
    <message>
        <source>Nothing is verified yet: whom your votes are delegated to is known after the first sync.</source>
        <translation>Noch ist nichts verifiziert: An wen Ihre Stimmen delegiert sind, ist nach der ersten Synchronisierung bekannt.</translation>
    </message>
    <message>
        <source>Could not read whom your votes are delegated to from the verified cache: %1</source>
        <extracomment>%1 the core&apos;s reason</extracomment>
        <translation>Aus dem verifizierten Cache konnte nicht gelesen werden, an wen Ihre Stimmen delegiert sind: %1</translation>
    </message>
    <message>
        <source>A new delegate gets the votes of your whole balance: %1.</source>
        <extracomment>%1 an amount of tokens</extracomment>
        <translation>Ein neuer Delegierter erhält die Stimmen Ihres gesamten Guthabens: %1.</translation>
    </message>
    <message>
        <source>Enter the address that will vote with your tokens, or choose Myself.</source>
        <translation>Geben Sie die Adresse ein, die mit Ihren Token abstimmen soll, oder wählen Sie „Ich selbst“.</translation>
    </message>
    <message>
        <source>The zero address belongs to no one: votes delegated to it count for nobody until you delegate again.</source>
        <translation>Die Nulladresse gehört niemandem: An sie delegierte Stimmen zählen für niemanden, bis Sie erneut delegieren.</translation>
    </message>
    <message>
        <source>This address is all in one case, so it carries no checksum (EIP-55): a mistyped character cannot be detected. Compare it with where it came from, character by character.</source>
        <translation>Diese Adresse besteht nur aus Klein- oder nur aus Großbuchstaben und enthält daher keine Prüfsumme (EIP-55): Ein falsch eingegebenes Zeichen kann nicht erkannt werden. Vergleichen Sie sie Zeichen für Zeichen mit ihrer Quelle.</translation>
    </message>
    <message>
        <source>Your votes are already delegated to yourself: there is nothing to change.</source>
        <translation>Ihre Stimmen sind bereits an Sie selbst delegiert: Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>Your votes are already delegated to this address: there is nothing to change.</source>
        <translation>Ihre Stimmen sind bereits an diese Adresse delegiert: Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>This is your own address: the same as Myself.</source>
        <translation>Dies ist Ihre eigene Adresse: dasselbe wie „Ich selbst“.</translation>
    </message>
    <message>
        <source>In your address book as %1.</source>
        <extracomment>%1 the name the user gave the address</extracomment>
        <translation>In Ihrem Adressbuch als %1.</translation>
    </message>
    <message>
        <source>Delegate to %1</source>
        <extracomment>%1 the full checksummed address</extracomment>
        <translation>An %1 delegieren</translation>
    </message>
    <message>
        <source>Delegate your votes to yourself (%1)</source>
        <extracomment>%1 the account&apos;s own address</extracomment>
        <translation>Ihre Stimmen an sich selbst delegieren (%1)</translation>
    </message>
    <message>
        <source>Delegate your votes to %1</source>
        <extracomment>%1 the delegate&apos;s address</extracomment>
        <translation>Ihre Stimmen an %1 delegieren</translation>
    </message>
</context>
<context>
    <name>plinth::ui::DeviceActionDialog</name>
    <message>
        <source>Update device</source>
        <translation>Gerät aktualisieren</translation>
    </message>
    <message>
        <source>Change what the registry says about device %1. Each changed field is one transaction.</source>
        <extracomment>%1 the device&apos;s address</extracomment>
        <translation>Ändern Sie, was das Geräteregister über Gerät %1 angibt. Jedes geänderte Feld ist eine eigene Transaktion.</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Kapazität</translation>
    </message>
    <message>
        <source>A whole number, e.g. 4000</source>
        <translation>Eine ganze Zahl, z. B. 4000</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>e.g. GB, Mbps, cores</source>
        <translation>z. B. GB, Mbps, Kerne</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>An H3 cell or a label</source>
        <translation>Eine H3-Zelle oder eine Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;Metadata URI</source>
        <translation>&amp;Metadaten-URI</translation>
    </message>
    <message>
        <source>e.g. ipfs://…</source>
        <translation>z. B. ipfs://…</translation>
    </message>
    <message>
        <source>Transfer device</source>
        <translation>Gerät übertragen</translation>
    </message>
    <message>
        <source>Give device %1 to another account. Its stakes stay where they are; its future rewards go to the new owner.</source>
        <translation>Gerät %1 an ein anderes Konto übergeben. Seine Stakes bleiben, wo sie sind; seine künftigen Belohnungen gehen an den neuen Besitzer.</translation>
    </message>
    <message>
        <source>New &amp;owner</source>
        <translation>Neuer &amp;Besitzer</translation>
    </message>
    <message>
        <source>0x…</source>
        <translation>0x…</translation>
    </message>
    <message>
        <source>Stake on device</source>
        <translation>Stake auf Gerät</translation>
    </message>
    <message>
        <source>Stake on device %1 (staked now: %2).</source>
        <extracomment>%1 the device&apos;s address, %2 its current stake</extracomment>
        <translation>Stake auf Gerät %1 (aktueller Stake: %2).</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <extracomment>%1 the token&apos;s symbol</extracomment>
        <translation>&amp;Betrag (%1)</translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation>z. B. 100</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>C&amp;ontinue…</source>
        <translation>&amp;Weiter…</translation>
    </message>
    <message>
        <source>The capacity must be a whole number above 0.</source>
        <translation>Die Kapazität muss eine ganze Zahl größer als 0 sein.</translation>
    </message>
    <message>
        <source>The capacity needs its unit: the registry stores them together.</source>
        <translation>Die Kapazität braucht ihre Einheit: Das Geräteregister speichert beide zusammen.</translation>
    </message>
    <message>
        <source>Nothing changed: edit the capacity, the region or the metadata URI first.</source>
        <translation>Nichts geändert: Bearbeiten Sie zuerst die Kapazität, die Region oder die Metadaten-URI.</translation>
    </message>
    <message>
        <source>Update device %1</source>
        <translation>Gerät %1 aktualisieren</translation>
    </message>
    <message>
        <source>The new owner is not an address: %1.</source>
        <extracomment>%1 why the text is not an address</extracomment>
        <translation>Der neue Besitzer ist keine Adresse: %1.</translation>
    </message>
    <message>
        <source>The new owner must not be the zero address: the device would be lost.</source>
        <translation>Der neue Besitzer darf nicht die Nulladresse sein: Das Gerät ginge verloren.</translation>
    </message>
    <message>
        <source>The device already belongs to this account.</source>
        <translation>Das Gerät gehört bereits diesem Konto.</translation>
    </message>
    <message>
        <source>Transfer device %1 to %2</source>
        <extracomment>%1 device address, %2 the new owner&apos;s address</extracomment>
        <translation>Gerät %1 an %2 übertragen</translation>
    </message>
    <message numerus="yes">
        <source>Enter an amount above 0, with at most %n decimal(s).</source>
        <translation>
            <numerusform>Geben Sie einen Betrag größer als 0 mit höchstens %n Dezimalstelle ein.</numerusform>
            <numerusform>Geben Sie einen Betrag größer als 0 mit höchstens %n Dezimalstellen ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stake %1 on device %2</source>
        <extracomment>%1 amount with symbol, %2 device address</extracomment>
        <translation>%1 als Stake auf Gerät %2 einsetzen</translation>
    </message>
</context>
<context>
    <name>plinth::ui::DeviceDetailPanel</name>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Metadata URI</source>
        <translation>Metadaten-URI</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Stake</translation>
    </message>
    <message>
        <source>Earned to date</source>
        <translation>Bisher verdient</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Belohnungen</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>Letzte Bewertung</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Offline epochs</source>
        <translation>Offline-Epochen</translation>
    </message>
    <message>
        <source>Previous owners</source>
        <translation>Frühere Besitzer</translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation>&amp;Aktualisieren…</translation>
    </message>
    <message>
        <source>Update the device&apos;s capacity, region or metadata</source>
        <translation>Kapazität, Region oder Metadaten des Geräts aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Stake…</source>
        <translation>&amp;Stake…</translation>
    </message>
    <message>
        <source>Stake on this device</source>
        <translation>Stake auf dieses Gerät setzen</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>Ü&amp;bertragen…</translation>
    </message>
    <message>
        <source>Transfer the device to another account</source>
        <translation>Das Gerät an ein anderes Konto übertragen</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>Still&amp;legen…</translation>
    </message>
    <message>
        <source>Retire the device for good</source>
        <translation>Das Gerät endgültig stilllegen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Select a device to see its earnings, scores and actions.</source>
        <translation>Wählen Sie ein Gerät aus, um seine Einnahmen, Bewertungen und Aktionen zu sehen.</translation>
    </message>
    <message>
        <source>Reading the device&apos;s rewards from the verified cache…</source>
        <translation>Die Belohnungen des Geräts werden aus dem verifizierten Cache gelesen…</translation>
    </message>
    <message>
        <source>The device could not be read: %1</source>
        <extracomment>%1 why the device could not be read, one sentence</extracomment>
        <translation>Das Gerät konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not scored yet: no epoch has rewarded it.</source>
        <translation>Noch nicht bewertet: Keine Epoche hat es belohnt.</translation>
    </message>
    <message>
        <source>Online in %1 of %2 scored epochs; average score %3</source>
        <extracomment>%1 epochs that scored above 0, %2 epochs scored in all, %3 the average score as a percentage</extracomment>
        <translation>Online in %1 von %2 bewerteten Epochen; durchschnittliche Bewertung %3</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>Keine angegeben</translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <extracomment>%1 date and time, %2 block number</extracomment>
        <translation>%1, Block %2</translation>
    </message>
    <message>
        <source>%1 (the owner&apos;s own: %2)</source>
        <extracomment>%1 every staker&apos;s stake on the device, %2 the owner&apos;s own part of it</extracomment>
        <translation>%1 (davon der Besitzer selbst: %2)</translation>
    </message>
    <message>
        <source>%1 in epoch %2</source>
        <translation>%1 in Epoche %2</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>a run of epochs, first to last</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>None: it scored in every epoch</source>
        <translation>Keine: Es wurde in jeder Epoche bewertet</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No rewards yet: its earnings appear here once an epoch scores it.</source>
        <translation>Noch keine Belohnungen: Die Einnahmen erscheinen hier, sobald eine Epoche das Gerät bewertet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s)</source>
        <translation>
            <numerusform>%Ln Belohnung</numerusform>
            <numerusform>%Ln Belohnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Device detail panel</source>
        <translation>Bereich für Gerätedetails</translation>
    </message>
    <message>
        <source>Device detail status message</source>
        <translation>Statusmeldung der Gerätedetails</translation>
    </message>
    <message>
        <source>Device fields, actions and earnings chart</source>
        <translation>Gerätefelder, Aktionen und Einnahmendiagramm</translation>
    </message>
</context>
<context>
    <name>plinth::ui::DeviceEarningsChart</name>
    <message>
        <source>Earnings over time</source>
        <translation>Einnahmen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Earned to date</source>
        <translation>Bisher verdient</translation>
    </message>
    <message>
        <source>Earned to date: %1</source>
        <extracomment>%1 the device&apos;s total earnings, every digit</extracomment>
        <translation>Bisher verdient: %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::DevicesModel</name>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Wireless hotspot</source>
        <translation>WLAN-Hotspot</translation>
    </message>
    <message>
        <source>Compute (GPU)</source>
        <translation>Rechenleistung (GPU)</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Kind %1</source>
        <extracomment>%1 the kind&apos;s number, for a kind this Plinth does not know</extracomment>
        <translation>Art %1</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Stake</translation>
    </message>
    <message>
        <source>Earned to date</source>
        <translation>Bisher verdient</translation>
    </message>
    <message numerus="yes">
        <source>Offline for %Ln epoch(s)</source>
        <extracomment>a device whose latest %Ln epochs scored 0</extracomment>
        <translation>
            <numerusform>Seit %Ln Epoche offline</numerusform>
            <numerusform>Seit %Ln Epochen offline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Filter by address, region, kind or status (Ctrl+F)</source>
        <translation>Nach Adresse, Region, Art oder Status filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Geräte filtern</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>Geräteart</translation>
    </message>
    <message>
        <source>Device status</source>
        <translation>Gerätestatus</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>&amp;Onboard a device…</source>
        <translation>Gerät &amp;einbinden…</translation>
    </message>
    <message>
        <source>Onboard a device</source>
        <translation>Gerät einbinden</translation>
    </message>
    <message>
        <source>Devices of this account</source>
        <translation>Geräte dieses Kontos</translation>
    </message>
    <message>
        <source>Devices state</source>
        <translation>Gerätestatus</translation>
    </message>
    <message>
        <source>Showing %1 of %2 devices</source>
        <extracomment>%1 devices shown after filtering, %2 all the account&apos;s devices</extracomment>
        <translation>%1 von %2 Geräten angezeigt</translation>
    </message>
    <message>
        <source>Choose a network in Settings to see your devices.</source>
        <translation>Wählen Sie in den Einstellungen ein Netzwerk, um Ihre Geräte zu sehen.</translation>
    </message>
    <message>
        <source>The network could not be opened: %1</source>
        <extracomment>%1 why the network could not be opened</extracomment>
        <translation>Das Netzwerk konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>This wallet has no account yet: create or restore one to see its devices.</source>
        <translation>Diese Wallet hat noch kein Konto: Legen Sie eines an oder stellen Sie eines wieder her, um seine Geräte zu sehen.</translation>
    </message>
    <message>
        <source>Reading the verified cache…</source>
        <translation>Verifizierter Cache wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing is verified yet: your devices appear here after the first sync.</source>
        <translation>Noch ist nichts verifiziert: Ihre Geräte erscheinen hier nach der ersten Synchronisierung.</translation>
    </message>
    <message>
        <source>Your devices could not be read: %1</source>
        <extracomment>%1 why the devices could not be read</extracomment>
        <translation>Ihre Geräte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Account %1 has no devices yet. Use “Onboard a device…” to register one.</source>
        <extracomment>%1 the account&apos;s address</extracomment>
        <translation>Konto %1 hat noch keine Geräte. Verwenden Sie „Gerät einbinden…“, um eines zu registrieren.</translation>
    </message>
    <message>
        <source>Retire device %1 for good: its token is burnt and it can never register again</source>
        <extracomment>%1 the device&apos;s address</extracomment>
        <translation>Gerät %1 endgültig stilllegen: Sein Token wird verbrannt und es kann sich nie wieder registrieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln Gerät</numerusform>
            <numerusform>%Ln Geräte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::EarningsChart</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>%1 the series (a device or a kind), %2 the period, %3 the amount</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>plinth::ui::EarningsModel</name>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Wireless</source>
        <translation>Funk</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Unknown kind</source>
        <translation>Unbekannte Art</translation>
    </message>
    <message>
        <source>Kind %1</source>
        <extracomment>a resource kind this version does not know, by its number</extracomment>
        <translation>Art %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>a score in percent, from basis points</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Block %1</source>
        <extracomment>%1 the block number</extracomment>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>plinth::ui::EarningsPage</name>
    <message>
        <source>All devices</source>
        <translation>Alle Geräte</translation>
    </message>
    <message>
        <source>By device</source>
        <translation>Nach Gerät</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Nach Art</translation>
    </message>
    <message>
        <source>Group the chart</source>
        <translation>Diagramm gruppieren</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Period of each bar</source>
        <translation>Zeitraum je Balken</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>Erster Tag (UTC)</translation>
    </message>
    <message>
        <source>Last day (UTC, included)</source>
        <translation>Letzter Tag (UTC, eingeschlossen)</translation>
    </message>
    <message>
        <source>Filter by device, kind or date</source>
        <translation>Nach Gerät, Art oder Datum filtern</translation>
    </message>
    <message>
        <source>Filter rewards</source>
        <translation>Belohnungen filtern</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Belohnungen</translation>
    </message>
    <message>
        <source>Earnings chart</source>
        <translation>Einnahmendiagramm</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Payout ledger</source>
        <translation>Auszahlungsabrechnung</translation>
    </message>
    <message>
        <source>Proving your claimable rewards and reconciling the ledger…</source>
        <translation>Ihre abrufbaren Belohnungen werden nachgewiesen und die Abrechnung wird abgeglichen…</translation>
    </message>
    <message>
        <source>Could not build the payout ledger: %1</source>
        <translation>Die Auszahlungsabrechnung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The first day is after the last day: pick a range that ends after it starts.</source>
        <translation>Der erste Tag liegt nach dem letzten Tag: Wählen Sie einen Zeitraum, der nach seinem Beginn endet.</translation>
    </message>
    <message>
        <source>Adding up your rewards in the verified cache…</source>
        <translation>Ihre Belohnungen im verifizierten Cache werden summiert…</translation>
    </message>
    <message>
        <source>Could not read your earnings: %1</source>
        <translation>Ihre Einnahmen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>None of your devices earned a reward in this range.</source>
        <translation>Keines Ihrer Geräte hat in diesem Zeitraum eine Belohnung verdient.</translation>
    </message>
    <message>
        <source>Other devices</source>
        <translation>Andere Geräte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a resource kind, %2 its amount</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The latest %1 of %2 rewards; export CSV for all of them.</source>
        <extracomment>%1 rows shown, %2 rewards in the range</extracomment>
        <translation>Die neuesten %1 von %2 Belohnungen; exportieren Sie eine CSV-Datei, um alle zu erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln reward(s), verified at block %1</source>
        <extracomment>%Ln rewards, %1 the verified block</extracomment>
        <translation>
            <numerusform>aus %Ln Belohnung, verifiziert bis Block %1</numerusform>
            <numerusform>aus %Ln Belohnungen, verifiziert bis Block %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s)</source>
        <extracomment>%Ln the number of rewards in the range (all of them are in the table)</extracomment>
        <translation>
            <numerusform>%Ln Belohnung</numerusform>
            <numerusform>%Ln Belohnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::EndpointsSection</name>
    <message>
        <source>%1 cannot be used: %2</source>
        <extracomment>%1 is the URL typed, %2 what is wrong with it</extracomment>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>Asking %1 for its chain id…</source>
        <extracomment>%1 is the endpoint&apos;s URL</extracomment>
        <translation>%1 wird nach seiner Chain-ID gefragt…</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <extracomment>%1 is the endpoint&apos;s URL, %2 the error</extracomment>
        <translation>%1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>%1 answered chain id %2 in %3 ms.</source>
        <extracomment>%1 the endpoint&apos;s URL, %2 its chain id, %3 the latency in milliseconds</extracomment>
        <translation>%1 hat in %3 ms mit Chain-ID %2 geantwortet.</translation>
    </message>
    <message>
        <source>This network&apos;s chain id is %1: the endpoint serves another chain.</source>
        <extracomment>%1 is the chain id of the selected network</extracomment>
        <translation>Die Chain-ID dieses Netzwerks ist %1: Der Endpunkt bedient eine andere Chain.</translation>
    </message>
    <message>
        <source>The endpoints were not saved: %1</source>
        <translation>Die Endpunkte wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved in %1. Plinth uses the new list from its next start.</source>
        <extracomment>%1 is the profile file</extracomment>
        <translation>In %1 gespeichert. Plinth verwendet die neue Liste ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Network and RPC endpoints</source>
        <translation>Netzwerk und RPC-Endpunkte</translation>
    </message>
    <message>
        <source>%1 (chain id %2). Plinth asks the endpoints in this order and checks every answer against block headers, so an endpoint cannot make it show false data.</source>
        <extracomment>%1 is the network&apos;s name, %2 its chain id</extracomment>
        <translation>%1 (Chain-ID %2). Plinth fragt die Endpunkte in dieser Reihenfolge ab und prüft jede Antwort anhand der Block-Header, sodass ein Endpunkt keine falschen Daten anzeigen lassen kann.</translation>
    </message>
    <message>
        <source>No network is selected: start Plinth with --network to choose one.</source>
        <translation>Kein Netzwerk ausgewählt: Starten Sie Plinth mit --network, um eines zu wählen.</translation>
    </message>
    <message>
        <source>RPC endpoints</source>
        <translation>RPC-Endpunkte</translation>
    </message>
    <message>
        <source>New endpoint URL</source>
        <translation>URL des neuen Endpunkts</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Test endpoint</source>
        <translation>Endpunkt testen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation>Endpunkt entfernen</translation>
    </message>
</context>
<context>
    <name>plinth::ui::EventNotifier</name>
    <message>
        <source>Proposal %1</source>
        <extracomment>a proposal without a title: %1 is its id</extracomment>
        <translation>Vorschlag %1</translation>
    </message>
    <message>
        <source>New epoch rewards</source>
        <translation>Neue Epochenbelohnungen</translation>
    </message>
    <message>
        <source>Device offline</source>
        <translation>Gerät offline</translation>
    </message>
    <message>
        <source>Proposal open for voting</source>
        <translation>Vorschlag zur Abstimmung offen</translation>
    </message>
    <message>
        <source>%1 is open for voting until %2.</source>
        <extracomment>%1 is the proposal&apos;s title, %2 when voting ends (a date and time)</extracomment>
        <translation>Über %1 kann bis %2 abgestimmt werden.</translation>
    </message>
    <message>
        <source>Proposal about to end</source>
        <translation>Vorschlag endet bald</translation>
    </message>
    <message>
        <source>Voting on %1 ends in %2.</source>
        <extracomment>%1 is the proposal&apos;s title, %2 the time left (&quot;3 hours&quot;)</extracomment>
        <translation>Die Abstimmung über %1 läuft noch %2.</translation>
    </message>
    <message>
        <source>Transaction confirmed</source>
        <translation>Transaktion bestätigt</translation>
    </message>
    <message>
        <source>Transaction %1 is in block %2.</source>
        <extracomment>%1 is the start of the transaction&apos;s hash, %2 its block number</extracomment>
        <translation>Transaktion %1 ist in Block %2.</translation>
    </message>
    <message>
        <source>Transaction %1 is confirmed.</source>
        <extracomment>%1 is the start of the transaction&apos;s hash</extracomment>
        <translation>Transaktion %1 ist bestätigt.</translation>
    </message>
    <message>
        <source>Transaction failed</source>
        <translation>Transaktion fehlgeschlagen</translation>
    </message>
    <message>
        <source>Transaction %1 failed.</source>
        <extracomment>%1 is the start of the transaction&apos;s hash</extracomment>
        <translation>Transaktion %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Transaction %1 failed: %2</source>
        <extracomment>%1 is the start of the transaction&apos;s hash, %2 the node&apos;s reason</extracomment>
        <translation>Transaktion %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new reward(s) paid %1; the latest is for epoch %2.</source>
        <extracomment>%Ln is the number of new rewards, %1 what they paid together, %2 the latest one&apos;s epoch</extracomment>
        <translation>
            <numerusform>%Ln neue Belohnung über %1 ausgezahlt; sie gilt für Epoche %2.</numerusform>
            <numerusform>%Ln neue Belohnungen über insgesamt %1 ausgezahlt; die neueste gilt für Epoche %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Device %1 has been offline for %Ln epoch(s).</source>
        <extracomment>%1 is the device&apos;s short address, %Ln the epochs it scored 0 in a row</extracomment>
        <translation>
            <numerusform>Gerät %1 ist seit %Ln Epoche offline.</numerusform>
            <numerusform>Gerät %1 ist seit %Ln Epochen offline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::FirstRunWizard</name>
    <message>
        <source>Set up Plinth</source>
        <translation>Plinth einrichten</translation>
    </message>
    <message>
        <source>Encrypting your vault… This takes a few seconds on purpose: it makes guessing your password slow.</source>
        <translation>Ihr Tresor wird verschlüsselt… Das dauert absichtlich einige Sekunden: So wird das Erraten Ihres Passworts verlangsamt.</translation>
    </message>
    <message>
        <source>The vault was created but holds no account.</source>
        <translation>Der Tresor wurde angelegt, enthält aber kein Konto.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a keystore file.</source>
        <translation>%1 ist zu groß für eine Keystore-Datei.</translation>
    </message>
    <message>
        <source>The keystore file&apos;s password is wrong. Go back, correct it and finish again.</source>
        <translation>Das Passwort der Keystore-Datei ist falsch. Gehen Sie zurück, korrigieren Sie es und schließen Sie den Vorgang erneut ab.</translation>
    </message>
    <message>
        <source>Plinth could not finish: %1</source>
        <extracomment>%1 is the reason, one sentence</extracomment>
        <translation>Plinth konnte den Vorgang nicht abschließen: %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::Formatting</name>
    <message>
        <source>&lt; %1</source>
        <extracomment>shown for an amount too small for the decimals on screen; %1 is e.g. &quot;0.0001 PLNTH&quot;</extracomment>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
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
        <source>Verified at block %1, %2</source>
        <extracomment>%1 is a block number, %2 how long ago (&quot;5 minutes ago&quot;)</extracomment>
        <translation>Verifiziert bis Block %1, %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of a day in a chart</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date format of a month in a chart</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>%1 an amount of tokens, per second</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>%1 a number</extracomment>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1</source>
        <extracomment>a duration of days and hours: %n is the number of days, %1 the hours (&quot;3 hours&quot;)</extracomment>
        <translation>
            <numerusform>%n Tag und %1</numerusform>
            <numerusform>%n Tage und %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) %1</source>
        <extracomment>a duration of hours and minutes: %n is the number of hours, %1 the minutes (&quot;45 minutes&quot;)</extracomment>
        <translation>
            <numerusform>%n Stunde und %1</numerusform>
            <numerusform>%n Stunden und %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::GovernancePage</name>
    <message>
        <source>No proposals yet: a proposal appears here once it is created on the governor.</source>
        <translation>Noch keine Vorschläge: Ein Vorschlag erscheint hier, sobald er beim Governor erstellt wurde.</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Queue %1 in the timelock</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>%1 in die Warteschlange des Timelocks stellen</translation>
    </message>
    <message>
        <source>Execute %1</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>Reading the verified cache…</source>
        <translation>Verifizierter Cache wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing is verified yet: the proposals appear after the first sync.</source>
        <translation>Noch ist nichts verifiziert: Die Vorschläge erscheinen nach der ersten Synchronisierung.</translation>
    </message>
    <message>
        <source>Could not read the proposals from the verified cache: %1</source>
        <extracomment>%1 the core&apos;s reason</extracomment>
        <translation>Die Vorschläge konnten nicht aus dem verifizierten Cache gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the proposal from the verified cache: %1</source>
        <extracomment>%1 the core&apos;s reason</extracomment>
        <translation>Der Vorschlag konnte nicht aus dem verifizierten Cache gelesen werden: %1</translation>
    </message>
    <message>
        <source>Vote for %1</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>Für %1 stimmen</translation>
    </message>
    <message>
        <source>Vote against %1</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>Gegen %1 stimmen</translation>
    </message>
    <message>
        <source>Abstain on %1</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>Bei %1 enthalten</translation>
    </message>
    <message>
        <source>The node could not run the simulation: %1</source>
        <extracomment>%1 the reason</extracomment>
        <translation>Der Knoten konnte die Simulation nicht ausführen: %1</translation>
    </message>
    <message>
        <source>De&amp;legate votes…</source>
        <translation>Stimmen de&amp;legieren…</translation>
    </message>
    <message>
        <source>Delegate votes</source>
        <translation>Stimmen delegieren</translation>
    </message>
    <message>
        <source>Choose who votes with your tokens: yourself or another address</source>
        <translation>Wählen Sie, wer mit Ihren Token abstimmt: Sie selbst oder eine andere Adresse</translation>
    </message>
    <message>
        <source>Open an account first: votes are delegated per account.</source>
        <translation>Öffnen Sie zuerst ein Konto: Stimmen werden pro Konto delegiert.</translation>
    </message>
    <message>
        <source>Choose a network first (Settings): votes are delegated on a network&apos;s token.</source>
        <translation>Wählen Sie zuerst ein Netzwerk (Einstellungen): Stimmen werden auf dem Token eines Netzwerks delegiert.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::GuiCallback</name>
    <message>
        <source>Unexpected error in %1: %2</source>
        <translation>Unerwarteter Fehler in %1: %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::HelpDialog</name>
    <message>
        <source>Plinth Help</source>
        <translation>Plinth-Hilfe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Plinth %1</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>Plinth %1</translation>
    </message>
    <message>
        <source>A wallet and contributor dashboard for DePIN networks. Every balance, reward and vote it shows is verified against block headers by its own light client; it does not trust the RPC endpoints it reads from.</source>
        <translation>Eine Wallet und ein Dashboard für Beitragende in DePIN-Netzwerken. Jedes angezeigte Guthaben, jede Belohnung und jede Stimme wird vom eigenen Light Client anhand der Block-Header verifiziert; den RPC-Endpunkten, von denen gelesen wird, wird nicht vertraut.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
</context>
<context>
    <name>plinth::ui::KeystorePage</name>
    <message>
        <source>Import a keystore file</source>
        <translation>Keystore-Datei importieren</translation>
    </message>
    <message>
        <source>Choose the keystore v3 JSON file and type the password it was saved with. Plinth keeps the key in its own vault, under the vault password you choose next.</source>
        <translation>Wählen Sie die Keystore-Datei (v3, JSON) und geben Sie das Passwort ein, mit dem sie gespeichert wurde. Plinth verwahrt den Schlüssel in seinem eigenen Tresor, geschützt durch das Tresor-Passwort, das Sie als Nächstes wählen.</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>Keystore-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the keystore file</source>
        <translation>Keystore-Datei auswählen</translation>
    </message>
    <message>
        <source>Open a keystore file</source>
        <translation>Keystore-Datei öffnen</translation>
    </message>
    <message>
        <source>Keystore files (*.json);;All files (*)</source>
        <translation>Keystore-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The keystore file&apos;s password</source>
        <translation>Das Passwort der Keystore-Datei</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>File &amp;password:</source>
        <translation>Datei-&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>plinth::ui::LedgerView</name>
    <message>
        <source>Rewarded</source>
        <translation>Belohnt</translation>
    </message>
    <message>
        <source>Claimable (proven)</source>
        <translation>Abrufbar (nachgewiesen)</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Reconciled at block %1: rewarded − claimed = claimable, and every claim was received in full.</source>
        <extracomment>%1 the block number</extracomment>
        <translation>Abgeglichen für Block %1: belohnt − abgerufen = abrufbar, und jeder Abruf wurde vollständig erhalten.</translation>
    </message>
    <message>
        <source>Does not reconcile at block %1:</source>
        <translation>Nicht abgeglichen für Block %1:</translation>
    </message>
    <message>
        <source>%1 is off by %2 base units: %3</source>
        <extracomment>%1 what differs (&quot;claimable&quot;), %2 by how many base units, %3 the reason</extracomment>
        <translation>%1 weicht um %2 Basiseinheiten ab: %3</translation>
    </message>
</context>
<context>
    <name>plinth::ui::LockController</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <source>Lock the wallet (%1)</source>
        <translation>Die Wallet sperren (%1)</translation>
    </message>
    <message>
        <source>Unlock the wallet to sign</source>
        <translation>Die Wallet zum Signieren entsperren</translation>
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
        <source>Show %1</source>
        <extracomment>a keyboard shortcut&apos;s action: %1 is a page name</extracomment>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Lock the wallet</source>
        <translation>Die Wallet sperren</translation>
    </message>
    <message>
        <source>Switch the account</source>
        <translation>Das Konto wechseln</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Diese Hilfe anzeigen</translation>
    </message>
    <message>
        <source>Move to the next control</source>
        <translation>Zum nächsten Steuerelement wechseln</translation>
    </message>
</context>
<context>
    <name>plinth::ui::NetworkPage</name>
    <message>
        <source>Choose the network</source>
        <translation>Netzwerk wählen</translation>
    </message>
    <message>
        <source>Plinth follows one deployment of the network at a time; you can add others in Settings.</source>
        <translation>Plinth folgt jeweils einer Bereitstellung des Netzwerks; weitere können Sie in den Einstellungen hinzufügen.</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Looking for networks and asking the local devnet whether it runs…</source>
        <translation>Netzwerke werden gesucht und das lokale Devnet wird gefragt, ob es läuft…</translation>
    </message>
    <message>
        <source>No network for now
Choose one later in Settings.</source>
        <translation>Vorerst kein Netzwerk
Wählen Sie später eines in den Einstellungen.</translation>
    </message>
    <message>
        <source>No network profile was found and no local devnet answered.</source>
        <translation>Es wurde kein Netzwerkprofil gefunden und kein lokales Devnet hat geantwortet.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::OnboardingChecksView</name>
    <message>
        <source>Checks of the payload</source>
        <translation>Prüfungen des Payloads</translation>
    </message>
    <message>
        <source>Signed by the device&apos;s own key, %1.</source>
        <extracomment>%1 the device&apos;s address</extracomment>
        <translation>Mit dem eigenen Schlüssel des Geräts signiert, %1.</translation>
    </message>
    <message>
        <source>Signed for chain %1, this network&apos;s, and the node is on that chain.</source>
        <extracomment>%1 chain id</extracomment>
        <translation>Für Chain %1 signiert, die dieses Netzwerks, und der Knoten ist auf dieser Chain.</translation>
    </message>
    <message>
        <source>Signed for this network&apos;s device registry, %1.</source>
        <translation>Für das Geräteregister dieses Netzwerks signiert, %1.</translation>
    </message>
    <message>
        <source>Valid until %1, %2 after the chain&apos;s latest block.</source>
        <extracomment>%1 date and time, %2 a duration such as &quot;23 hours&quot;</extracomment>
        <translation>Gültig bis %1, %2 nach dem neuesten Block der Chain.</translation>
    </message>
    <message>
        <source>Not registered and never retired (the verified cache at block %1 agrees).</source>
        <extracomment>%1 block number</extracomment>
        <translation>Nicht registriert und nie stillgelegt (der verifizierte Cache für Block %1 stimmt zu).</translation>
    </message>
    <message>
        <source>Not registered and never retired.</source>
        <translation>Nicht registriert und nie stillgelegt.</translation>
    </message>
    <message>
        <source>Its onboarding nonce has not been used.</source>
        <translation>Seine Onboarding-Nonce wurde noch nicht verwendet.</translation>
    </message>
    <message>
        <source>It names this account, %1, as its owner.</source>
        <translation>Es nennt dieses Konto, %1, als seinen Besitzer.</translation>
    </message>
    <message>
        <source>Stake %1: the registry&apos;s minimum, as the payload names none.</source>
        <extracomment>%1 amount</extracomment>
        <translation>Stake %1: das Minimum des Geräteregisters, da das Payload keinen Stake nennt.</translation>
    </message>
    <message>
        <source>Stake %1, at least the registry&apos;s minimum of %2.</source>
        <extracomment>%1 the stake, %2 the registry&apos;s minimum stake</extracomment>
        <translation>Stake %1, mindestens das Minimum des Geräteregisters von %2.</translation>
    </message>
    <message>
        <source>Your balance of %1 covers the stake and the %2 fee (%3 in all).</source>
        <extracomment>%1 the account&apos;s token balance, %2 the onboarding fee, %3 stake + fee</extracomment>
        <translation>Ihr Guthaben von %1 deckt den Stake und die Gebühr von %2 (insgesamt %3).</translation>
    </message>
    <message>
        <source>The registry&apos;s state and your balance were read with eth_call at block %1: unverified.</source>
        <extracomment>%1 block number</extracomment>
        <translation>Der Zustand des Geräteregisters und Ihr Guthaben wurden per eth_call für Block %1 gelesen: nicht verifiziert.</translation>
    </message>
    <message>
        <source>The registry&apos;s state and your balance are proven at block %1.</source>
        <translation>Der Zustand des Geräteregisters und Ihr Guthaben sind für Block %1 nachgewiesen.</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <extracomment>what a screen reader says for a passed check; %1 the check&apos;s sentence</extracomment>
        <translation>Bestanden: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>what a screen reader says for a failed check; %1 why it failed</extracomment>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::OnboardingWizard</name>
    <message>
        <source>&amp;Paste or open a device&apos;s signed payload</source>
        <translation>Signiertes Payload eines Geräts &amp;einfügen oder öffnen</translation>
    </message>
    <message>
        <source>Register &amp;this computer: the wallet makes the device&apos;s key</source>
        <translation>&amp;Diesen Computer registrieren: Die Wallet erzeugt den Schlüssel des Geräts</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Onboard a device</source>
        <translation>Gerät einbinden</translation>
    </message>
    <message>
        <source>Signed onboarding payload</source>
        <translation>Signiertes Onboarding-Payload</translation>
    </message>
    <message>
        <source>Paste the payload&apos;s JSON or its QR text (plinth-onboard:1;…)</source>
        <translation>Fügen Sie das JSON des Payloads oder seinen QR-Text ein (plinth-onboard:1;…)</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Stake</translation>
    </message>
    <message>
        <source>Empty: the payload&apos;s stake, or the registry&apos;s minimum</source>
        <translation>Leer: der Stake des Payloads oder das Minimum des Geräteregisters</translation>
    </message>
    <message>
        <source>Onboarding status</source>
        <translation>Onboarding-Status</translation>
    </message>
    <message>
        <source>A device proves it is yours by signing an onboarding message with its own key. How do you want to onboard it?</source>
        <translation>Ein Gerät weist nach, dass es Ihnen gehört, indem es eine Onboarding-Nachricht mit seinem eigenen Schlüssel signiert. Wie möchten Sie es einbinden?</translation>
    </message>
    <message>
        <source>On the device, run plinth-cli device-key sign-onboarding with this account as the owner, then paste what it printed, or open the file it wrote.</source>
        <translation>Führen Sie auf dem Gerät plinth-cli device-key sign-onboarding mit diesem Konto als Besitzer aus und fügen Sie dann die Ausgabe ein oder öffnen Sie die geschriebene Datei.</translation>
    </message>
    <message>
        <source>&amp;Stake (%1)</source>
        <extracomment>%1 the token&apos;s symbol</extracomment>
        <translation>&amp;Stake (%1)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Registrieren…</translation>
    </message>
    <message>
        <source>The stake is not an amount: %1.</source>
        <extracomment>%1 why the amount is not valid</extracomment>
        <translation>Der Stake ist kein Betrag: %1.</translation>
    </message>
    <message>
        <source>Paste a payload or open its file first.</source>
        <translation>Fügen Sie zuerst ein Payload ein oder öffnen Sie seine Datei.</translation>
    </message>
    <message>
        <source>Checking the payload against the chain…</source>
        <translation>Das Payload wird anhand der Chain geprüft…</translation>
    </message>
    <message>
        <source>Making the device key, signing its onboarding and checking it against the chain…</source>
        <translation>Der Geräteschlüssel wird erzeugt, sein Onboarding signiert und anhand der Chain geprüft…</translation>
    </message>
    <message>
        <source>Device %1 (%2, %3) can be registered to this account, staking %4 and paying the %5 onboarding fee.</source>
        <extracomment>%1 device address, %2 kind, %3 capacity with unit, %4 stake, %5 onboarding fee</extracomment>
        <translation>Gerät %1 (%2, %3) kann für dieses Konto registriert werden, mit %4 als Stake und %5 Onboarding-Gebühr.</translation>
    </message>
    <message>
        <source>The device key is kept in %1.</source>
        <translation>Der Geräteschlüssel wird in %1 aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: this payload would be refused, so nothing can be sent. No device key was kept.</source>
        <translation>
            <numerusform>%n Prüfung fehlgeschlagen: Dieses Payload würde abgelehnt, daher kann nichts gesendet werden. Es wurde kein Geräteschlüssel aufbewahrt.</numerusform>
            <numerusform>%n Prüfungen fehlgeschlagen: Dieses Payload würde abgelehnt, daher kann nichts gesendet werden. Es wurde kein Geräteschlüssel aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register device %1, staking %2</source>
        <extracomment>%1 device address, %2 stake with symbol</extracomment>
        <translation>Gerät %1 registrieren, %2 als Stake einsetzen</translation>
    </message>
    <message>
        <source>The registration was not confirmed: see the confirmation dialog for why.</source>
        <translation>Die Registrierung wurde nicht bestätigt: Den Grund sehen Sie im Bestätigungsdialog.</translation>
    </message>
    <message>
        <source>Open an onboarding payload</source>
        <translation>Onboarding-Payload öffnen</translation>
    </message>
    <message>
        <source>Onboarding payloads (*.json *.txt);;All files (*)</source>
        <translation>Onboarding-Payloads (*.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 file, %2 the system&apos;s reason</extracomment>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::OverviewPage</name>
    <message>
        <source>Balances</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Claimable rewards</source>
        <translation>Abrufbare Belohnungen</translation>
    </message>
    <message>
        <source>Earnings, last 30 days</source>
        <translation>Einnahmen, letzte 30 Tage</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Proposals awaiting your vote</source>
        <translation>Vorschläge, die auf Ihre Stimme warten</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>Claim rewards</source>
        <translation>Belohnungen abrufen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>Earnings per day over the last 30 days</source>
        <translation>Einnahmen pro Tag in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>Proving your balances against the verified block…</source>
        <translation>Ihre Guthaben werden für den verifizierten Block nachgewiesen…</translation>
    </message>
    <message>
        <source>Could not prove your balances: %1</source>
        <translation>Ihre Guthaben konnten nicht nachgewiesen werden: %1</translation>
    </message>
    <message>
        <source>Proving your claimable rewards…</source>
        <translation>Ihre abrufbaren Belohnungen werden nachgewiesen…</translation>
    </message>
    <message>
        <source>Could not prove your claimable rewards: %1</source>
        <translation>Ihre abrufbaren Belohnungen konnten nicht nachgewiesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing to claim at block %1.</source>
        <translation>Für Block %1 gibt es nichts abzurufen.</translation>
    </message>
    <message>
        <source>Claim %1 to %2</source>
        <extracomment>%1 is the amount with its symbol, %2 the receiving address</extracomment>
        <translation>%1 an %2 abrufen</translation>
    </message>
    <message>
        <source>Adding up your rewards of the last 30 days…</source>
        <translation>Ihre Belohnungen der letzten 30 Tage werden summiert…</translation>
    </message>
    <message>
        <source>Could not read your earnings: %1</source>
        <extracomment>%1 why the earnings could not be read, a sentence from the wallet</extracomment>
        <translation>Ihre Einnahmen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>None of your devices earned a reward in the last 30 days.</source>
        <translation>Keines Ihrer Geräte hat in den letzten 30 Tagen eine Belohnung verdient.</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Belohnungen</translation>
    </message>
    <message>
        <source>Reading your devices from the verified cache…</source>
        <translation>Ihre Geräte werden aus dem verifizierten Cache gelesen…</translation>
    </message>
    <message>
        <source>Could not read your devices: %1</source>
        <extracomment>%1 why the devices could not be read, a sentence from the wallet</extracomment>
        <translation>Ihre Geräte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This account has no devices. Register one on the Devices page.</source>
        <translation>Dieses Konto hat keine Geräte. Registrieren Sie eines auf der Seite „Geräte“.</translation>
    </message>
    <message>
        <source>Reading the network&apos;s proposals…</source>
        <translation>Die Vorschläge des Netzwerks werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the proposals: %1</source>
        <extracomment>%1 why the proposals could not be read, a sentence from the wallet</extracomment>
        <translation>Die Vorschläge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No active proposal is waiting for your vote.</source>
        <translation>Kein aktiver Vorschlag wartet auf Ihre Stimme.</translation>
    </message>
    <message>
        <source>No active proposal is waiting for you: you have no voting power in the open ones.</source>
        <translation>Kein aktiver Vorschlag wartet auf Sie: Bei den offenen Vorschlägen haben Sie kein Stimmgewicht.</translation>
    </message>
    <message>
        <source>Reading your transactions and rewards…</source>
        <translation>Ihre Transaktionen und Belohnungen werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read your activity: %1</source>
        <extracomment>%1 why the activity could not be read, a sentence from the wallet</extracomment>
        <translation>Ihre Aktivität konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing has happened on this account yet.</source>
        <translation>Auf diesem Konto ist noch nichts geschehen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 what happened, %2 how long ago</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln reward(s), verified at block %2</source>
        <extracomment>%1 the amount, %Ln the number of rewards, %2 the verified block</extracomment>
        <translation>
            <numerusform>%1 aus %Ln Belohnung, verifiziert bis Block %2</numerusform>
            <numerusform>%1 aus %Ln Belohnungen, verifiziert bis Block %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading your last proven balances from the verified cache…</source>
        <translation>Ihre zuletzt nachgewiesenen Guthaben werden aus dem verifizierten Cache gelesen…</translation>
    </message>
    <message>
        <source>Proven at block %1; proving them again failed: %2</source>
        <extracomment>%1 the block the balances shown were proven at, %2 why proving them again failed</extracomment>
        <translation>Nachgewiesen für Block %1; der erneute Nachweis ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reading your last proven claimable rewards from the verified cache…</source>
        <translation>Ihre zuletzt nachgewiesenen abrufbaren Belohnungen werden aus dem verifizierten Cache gelesen…</translation>
    </message>
    <message>
        <source>Proven at block %1; proving it again failed: %2</source>
        <extracomment>%1 the block the amount shown was proven at, %2 why proving it again failed</extracomment>
        <translation>Nachgewiesen für Block %1; der erneute Nachweis ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::OverviewText</name>
    <message>
        <source>signed, not sent yet</source>
        <translation>signiert, noch nicht gesendet</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>failed (reverted)</source>
        <translation>fehlgeschlagen (zurückgesetzt)</translation>
    </message>
    <message>
        <source>rejected by the node</source>
        <translation>vom Knoten abgelehnt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>Proven at block %1</source>
        <translation>Nachgewiesen für Block %1</translation>
    </message>
    <message>
        <source>a new contract</source>
        <translation>ein neuer Vertrag</translation>
    </message>
    <message>
        <source>Sent %1 to %2, %3</source>
        <extracomment>%1 the amount, %2 the recipient, %3 the state (&quot;pending&quot;, &quot;confirmed&quot;)</extracomment>
        <translation>%1 an %2 gesendet, %3</translation>
    </message>
    <message>
        <source>Speed-up of a transaction, %1</source>
        <translation>Beschleunigung einer Transaktion, %1</translation>
    </message>
    <message>
        <source>Cancellation of a transaction, %1</source>
        <translation>Abbruch einer Transaktion, %1</translation>
    </message>
    <message>
        <source>Transaction to %1, %2</source>
        <extracomment>%1 the contract or recipient, %2 the state (&quot;pending&quot;, &quot;confirmed&quot;)</extracomment>
        <translation>Transaktion an %1, %2</translation>
    </message>
    <message>
        <source>Reward of %1 for %2, epoch %3</source>
        <extracomment>%1 the amount, %2 the device, %3 the epoch number</extracomment>
        <translation>Belohnung von %1 für %2, Epoche %3</translation>
    </message>
    <message>
        <source>%1: voting ends in %2; your voting power is %3</source>
        <extracomment>%1 the proposal&apos;s title, %2 how long voting stays open (&quot;2 days 3 hours&quot;), %3 the voting power</extracomment>
        <translation>%1: Die Abstimmung läuft noch %2; Ihr Stimmgewicht beträgt %3</translation>
    </message>
    <message>
        <source>%1: voting is about to end; your voting power is %2</source>
        <extracomment>%1 the proposal&apos;s title, %2 the voting power; the deadline is at the latest verified block</extracomment>
        <translation>%1: Die Abstimmung endet in Kürze; Ihr Stimmgewicht beträgt %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::PasswordPage</name>
    <message>
        <source>Choose a vault password</source>
        <translation>Tresor-Passwort wählen</translation>
    </message>
    <message>
        <source>Plinth asks for it to unlock the wallet and before anything is signed. It cannot be recovered: if you forget it, restore the wallet from its recovery phrase.</source>
        <translation>Plinth fragt danach, um die Wallet zu entsperren und bevor etwas signiert wird. Es kann nicht wiederhergestellt werden: Wenn Sie es vergessen, stellen Sie die Wallet aus ihrer Wiederherstellungsphrase wieder her.</translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation>Tresor-Passwort</translation>
    </message>
    <message>
        <source>Vault password again</source>
        <translation>Tresor-Passwort, Wiederholung</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Plinth does not accept a password this weak.</source>
        <translation>Plinth akzeptiert kein so schwaches Passwort.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::PasswordStrengthMeter</name>
    <message>
        <source>Choose a password: it encrypts your keys on this computer.</source>
        <translation>Wählen Sie ein Passwort: Es verschlüsselt Ihre Schlüssel auf diesem Computer.</translation>
    </message>
    <message>
        <source>This is one of the passwords attackers try first.</source>
        <translation>Dies ist eines der Passwörter, die Angreifer zuerst ausprobieren.</translation>
    </message>
    <message>
        <source>Too short: use at least 12 characters, or a few unrelated words.</source>
        <translation>Zu kurz: Verwenden Sie mindestens 12 Zeichen oder einige Wörter ohne Zusammenhang.</translation>
    </message>
    <message>
        <source>Mostly repeated or sequential characters, which are guessed quickly.</source>
        <translation>Überwiegend wiederholte oder aufeinanderfolgende Zeichen, die schnell erraten werden.</translation>
    </message>
    <message>
        <source>Contains a keyboard run or the alphabet in order, which attackers try early.</source>
        <translation>Enthält eine Tastaturfolge oder das Alphabet in Reihenfolge, was Angreifer früh ausprobieren.</translation>
    </message>
    <message>
        <source>Strong: long enough that guessing it is out of reach.</source>
        <translation>Stark: lang genug, dass es praktisch nicht zu erraten ist.</translation>
    </message>
    <message>
        <source>Strong: a good length with a mix of letters, digits and symbols.</source>
        <translation>Stark: eine gute Länge mit einer Mischung aus Buchstaben, Ziffern und Symbolen.</translation>
    </message>
    <message>
        <source>Fair: a longer password or a few unrelated words would make it strong.</source>
        <translation>Mittel: Ein längeres Passwort oder einige Wörter ohne Zusammenhang würden es stark machen.</translation>
    </message>
    <message>
        <source>Weak: add length and mix in capitals, digits or symbols.</source>
        <translation>Schwach: Machen Sie es länger und mischen Sie Großbuchstaben, Ziffern oder Symbole hinein.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::PhrasePage</name>
    <message>
        <source>Your recovery phrase</source>
        <translation>Ihre Wiederherstellungsphrase</translation>
    </message>
    <message>
        <source>Write these words down on paper, in order, and keep them somewhere safe. Anyone who has them can take everything in this wallet; without them a lost computer means lost funds.</source>
        <translation>Schreiben Sie diese Wörter der Reihe nach auf Papier auf und bewahren Sie sie an einem sicheren Ort auf. Wer sie besitzt, kann alles aus dieser Wallet nehmen; ohne sie bedeutet ein verlorener Computer verlorenes Guthaben.</translation>
    </message>
    <message>
        <source>12 words</source>
        <translation>12 Wörter</translation>
    </message>
    <message>
        <source>24 words</source>
        <translation>24 Wörter</translation>
    </message>
    <message>
        <source>Length of the recovery phrase</source>
        <translation>Länge der Wiederherstellungsphrase</translation>
    </message>
    <message>
        <source>Never type these words into a website or share a photo of them. Plinth asks for three of them on the next page.</source>
        <translation>Geben Sie diese Wörter niemals auf einer Website ein und teilen Sie kein Foto davon. Plinth fragt auf der nächsten Seite nach drei von ihnen.</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>Making a new recovery phrase…</source>
        <translation>Eine neue Wiederherstellungsphrase wird erzeugt…</translation>
    </message>
    <message>
        <source>No recovery phrase could be made: %1</source>
        <extracomment>%1 is the reason, a sentence from the wallet</extracomment>
        <translation>Es konnte keine Wiederherstellungsphrase erzeugt werden: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 is the word&apos;s position in the recovery phrase, %2 the word</extracomment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::PlanStepWidget</name>
    <message>
        <source>the network&apos;s token</source>
        <translation>der Token des Netzwerks</translation>
    </message>
    <message>
        <source>the staking contract</source>
        <translation>der Staking-Vertrag</translation>
    </message>
    <message>
        <source>the device registry</source>
        <translation>das Geräteregister</translation>
    </message>
    <message>
        <source>the rewards contract</source>
        <translation>der Belohnungsvertrag</translation>
    </message>
    <message>
        <source>the governor</source>
        <translation>der Governor</translation>
    </message>
    <message>
        <source>the timelock</source>
        <translation>der Timelock</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>%1 this step&apos;s number, %2 how many steps the plan has</extracomment>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Allow %1 to take up to %2 from your balance, for the next step</source>
        <extracomment>%1 a contract (&quot;the staking contract&quot;), %2 an amount with its symbol</extracomment>
        <translation>%1 erlauben, bis zu %2 von Ihrem Guthaben zu nehmen, für den nächsten Schritt</translation>
    </message>
    <message>
        <source>Sends %1 to %2</source>
        <extracomment>%1 an amount with its symbol, %2 the recipient&apos;s address</extracomment>
        <translation>Sendet %1 an %2</translation>
    </message>
    <message>
        <source>Calls %1 on %2</source>
        <extracomment>%1 a function&apos;s signature, e.g. &quot;claim(address)&quot;, %2 a contract (&quot;the rewards contract&quot;) or an address</extracomment>
        <translation>Ruft %1 auf %2 auf</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <extracomment>one argument of a decoded call: %1 its name, %2 its value</extracomment>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Sends %1 with the call</source>
        <extracomment>%1 an amount of the native currency</extracomment>
        <translation>Sendet %1 mit dem Aufruf</translation>
    </message>
    <message>
        <source>Its fee is worked out once the step before is confirmed.</source>
        <translation>Seine Gebühr wird ermittelt, sobald der vorherige Schritt bestätigt ist.</translation>
    </message>
    <message>
        <source>No fee could be worked out: it cannot be built.</source>
        <translation>Es konnte keine Gebühr ermittelt werden: Der Schritt kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Fee: at most %1, likely %2</source>
        <extracomment>%1 the most this transaction can cost in fees, %2 what it will likely cost</extracomment>
        <translation>Gebühr: höchstens %1, voraussichtlich %2</translation>
    </message>
    <message>
        <source>Estimated as if the approval before it were confirmed; worked out again once it is.</source>
        <translation>Geschätzt, als wäre die vorherige Genehmigung bestätigt; wird erneut ermittelt, sobald sie es ist.</translation>
    </message>
    <message>
        <source>Simulated as if the approval before it were confirmed: it succeeds (unverified: what %1 says)</source>
        <extracomment>%1 the RPC endpoint that ran the simulation</extracomment>
        <translation>Simuliert, als wäre die vorherige Genehmigung bestätigt: erfolgreich (nicht verifiziert: Angabe von %1)</translation>
    </message>
    <message>
        <source>Simulated: it succeeds (unverified: what %1 says)</source>
        <extracomment>%1 the RPC endpoint that ran the simulation</extracomment>
        <translation>Simuliert: erfolgreich (nicht verifiziert: Angabe von %1)</translation>
    </message>
    <message>
        <source>Simulated: it would fail: %1 (unverified: what %2 says)</source>
        <extracomment>%1 why it fails (the decoded revert), %2 the RPC endpoint that ran the simulation</extracomment>
        <translation>Simuliert: würde fehlschlagen: %1 (nicht verifiziert: Angabe von %2)</translation>
    </message>
    <message>
        <source>It cannot be prepared: %1</source>
        <extracomment>%1 why the transaction could not be prepared</extracomment>
        <translation>Kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>It was not simulated.</source>
        <translation>Nicht simuliert.</translation>
    </message>
    <message>
        <source>Still pending when Plinth stopped waiting; it may still be included (%1)</source>
        <extracomment>%1 a transaction hash</extracomment>
        <translation>Noch ausstehend, als Plinth das Warten beendete; kann noch aufgenommen werden (%1)</translation>
    </message>
    <message>
        <source>Sent, waiting for a block (%1)</source>
        <extracomment>%1 a transaction hash</extracomment>
        <translation>Gesendet, wartet auf einen Block (%1)</translation>
    </message>
    <message>
        <source>Confirmed in block %1 (%2)</source>
        <extracomment>%1 a block number, %2 a transaction hash</extracomment>
        <translation>Bestätigt in Block %1 (%2)</translation>
    </message>
    <message>
        <source>Failed in block %1: %2</source>
        <extracomment>%1 a block number, %2 why it failed (the decoded revert)</extracomment>
        <translation>Fehlgeschlagen in Block %1: %2</translation>
    </message>
    <message>
        <source>Failed in block %1; the reason could not be found</source>
        <extracomment>%1 a block number</extracomment>
        <translation>Fehlgeschlagen in Block %1; der Grund konnte nicht ermittelt werden</translation>
    </message>
    <message>
        <source>Replaced by another transaction with the same nonce</source>
        <translation>Durch eine andere Transaktion mit derselben Nonce ersetzt</translation>
    </message>
    <message>
        <source>Dropped: the node no longer has it and its nonce was not used, so nothing was spent</source>
        <translation>Verworfen: Der Knoten hat sie nicht mehr und ihre Nonce wurde nicht verwendet, daher wurde nichts ausgegeben</translation>
    </message>
    <message numerus="yes">
        <source>Calls %1 with %Ln byte(s) of data that Plinth cannot decode</source>
        <extracomment>%1 a contract or an address, %Ln the number of bytes of call data</extracomment>
        <translation>
            <numerusform>Ruft %1 mit %Ln Byte Daten auf, die Plinth nicht decodieren kann</numerusform>
            <numerusform>Ruft %1 mit %Ln Bytes Daten auf, die Plinth nicht decodieren kann</numerusform>
        </translation>
    </message>
    <message>
        <source>Send is disabled: step %1 would fail: %2.</source>
        <extracomment>%1 the step&apos;s number, %2 why it fails (the decoded revert)</extracomment>
        <translation>Senden ist deaktiviert: Schritt %1 würde fehlschlagen: %2.</translation>
    </message>
    <message>
        <source>Send is disabled: it would fail: %1.</source>
        <extracomment>%1 why it fails (the decoded revert)</extracomment>
        <translation>Senden ist deaktiviert: Die Transaktion würde fehlschlagen: %1.</translation>
    </message>
    <message>
        <source>Send is disabled: step %1 cannot be prepared: %2.</source>
        <extracomment>%1 the step&apos;s number, %2 why the transaction could not be prepared</extracomment>
        <translation>Senden ist deaktiviert: Schritt %1 kann nicht vorbereitet werden: %2.</translation>
    </message>
    <message>
        <source>Send is disabled: it cannot be prepared: %1.</source>
        <extracomment>%1 why the transaction could not be prepared</extracomment>
        <translation>Senden ist deaktiviert: Die Transaktion kann nicht vorbereitet werden: %1.</translation>
    </message>
    <message>
        <source>Send is disabled: step %1 could not be simulated.</source>
        <extracomment>%1 the step&apos;s number</extracomment>
        <translation>Senden ist deaktiviert: Schritt %1 konnte nicht simuliert werden.</translation>
    </message>
    <message>
        <source>Send is disabled: it could not be simulated.</source>
        <translation>Senden ist deaktiviert: Die Transaktion konnte nicht simuliert werden.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ProposalDetailPanel</name>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Votes against the quorum</source>
        <translation>Stimmen im Verhältnis zum Quorum</translation>
    </message>
    <message>
        <source>&amp;Vote…</source>
        <translation>&amp;Abstimmen…</translation>
    </message>
    <message>
        <source>Si&amp;mulate</source>
        <translation>Si&amp;mulieren</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>In &amp;Warteschlange</translation>
    </message>
    <message>
        <source>E&amp;xecute</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>Delegate to &amp;yourself</source>
        <translation>An sich &amp;selbst delegieren</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Run the actions by eth_call from the timelock on the node&apos;s latest state (unverified)</source>
        <translation>Die Aktionen per eth_call vom Timelock aus auf dem neuesten Zustand des Knotens ausführen (nicht verifiziert)</translation>
    </message>
    <message>
        <source>Undelegated tokens do not vote: delegate them to yourself to vote with them on later proposals</source>
        <translation>Nicht delegierte Token stimmen nicht ab: Delegieren Sie sie an sich selbst, um bei späteren Vorschlägen mit ihnen abzustimmen</translation>
    </message>
    <message>
        <source>The description links to %1</source>
        <extracomment>%1 a web address from the proposal&apos;s description</extracomment>
        <translation>Die Beschreibung verlinkt auf %1</translation>
    </message>
    <message>
        <source>Proposed by %1 on %2 (block %3)</source>
        <extracomment>%1 the proposer&apos;s address, %2 a date, %3 a block number</extracomment>
        <translation>Vorgeschlagen von %1 am %2 (Block %3)</translation>
    </message>
    <message>
        <source>For %1 · Against %2 · Abstain %3 — quorum of %4 (%5% of the supply at the snapshot) reached</source>
        <extracomment>%1-%3 amounts for, against and abstaining, %4 the quorum, %5 its percentage of the supply</extracomment>
        <translation>Dafür %1 · Dagegen %2 · Enthaltung %3 — Quorum von %4 (%5 % der Gesamtmenge zum Stichtag) erreicht</translation>
    </message>
    <message>
        <source>For %1 · Against %2 · Abstain %3 — quorum of %4 (%5% of the supply at the snapshot) not reached</source>
        <translation>Dafür %1 · Dagegen %2 · Enthaltung %3 — Quorum von %4 (%5 % der Gesamtmenge zum Stichtag) nicht erreicht</translation>
    </message>
    <message>
        <source>You voted: %1.</source>
        <extracomment>%1 for, against or abstain</extracomment>
        <translation>Ihre Stimme: %1.</translation>
    </message>
    <message>
        <source>for</source>
        <translation>dafür</translation>
    </message>
    <message>
        <source>against</source>
        <translation>dagegen</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>Enthaltung</translation>
    </message>
    <message>
        <source>No account selected: voting power is shown for the current account.</source>
        <translation>Kein Konto ausgewählt: Das Stimmgewicht wird für das aktuelle Konto angezeigt.</translation>
    </message>
    <message>
        <source>This proposal has no actions.</source>
        <translation>Dieser Vorschlag hat keine Aktionen.</translation>
    </message>
    <message>
        <source>Queued: executable in %1</source>
        <extracomment>%1 how long until the proposal can be executed (&quot;2 days 3 hours&quot;)</extracomment>
        <translation>In der Warteschlange: noch %1 bis zur Ausführung</translation>
    </message>
    <message>
        <source>Queued: executable since %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>In der Warteschlange: ausführbar seit %1</translation>
    </message>
    <message>
        <source>Voting is open only while the proposal is active</source>
        <translation>Abstimmen ist nur möglich, solange der Vorschlag aktiv ist</translation>
    </message>
    <message>
        <source>You have already voted</source>
        <translation>Sie haben bereits abgestimmt</translation>
    </message>
    <message>
        <source>You have no voting power on this proposal</source>
        <translation>Sie haben bei diesem Vorschlag kein Stimmgewicht</translation>
    </message>
    <message>
        <source>Vote for, against or abstain</source>
        <translation>Dafür oder dagegen stimmen oder sich enthalten</translation>
    </message>
    <message>
        <source>Queue a succeeded proposal in the timelock</source>
        <translation>Einen angenommenen Vorschlag in die Warteschlange des Timelocks stellen</translation>
    </message>
    <message>
        <source>Execute a queued proposal once its timelock delay has passed</source>
        <translation>Einen Vorschlag aus der Warteschlange ausführen, sobald seine Timelock-Verzögerung abgelaufen ist</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>%1 the parameter, %2 its old value, %3 its new value</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Simulating on the node&apos;s latest state (unverified)…</source>
        <translation>Simulation auf dem neuesten Zustand des Knotens (nicht verifiziert)…</translation>
    </message>
    <message>
        <source>The simulation could not run (unverified)</source>
        <translation>Die Simulation konnte nicht ausgeführt werden (nicht verifiziert)</translation>
    </message>
    <message>
        <source>Simulated by eth_call from the timelock %1 on the node&apos;s latest state: unverified, no proof covers an execution.</source>
        <extracomment>%1 the timelock&apos;s address</extracomment>
        <translation>Simuliert per eth_call vom Timelock %1 aus auf dem neuesten Zustand des Knotens: nicht verifiziert, kein Nachweis deckt eine Ausführung ab.</translation>
    </message>
    <message>
        <source>%1. %2: succeeds</source>
        <extracomment>%1 the action&apos;s number, %2 contract.function</extracomment>
        <translation>%1. %2: erfolgreich</translation>
    </message>
    <message>
        <source>%1. %2: reverts: %3</source>
        <extracomment>%1 the action&apos;s number, %2 contract.function, %3 the revert reason</extracomment>
        <translation>%1. %2: wird zurückgesetzt: %3</translation>
    </message>
    <message>
        <source>In sequence: not simulated: %1.</source>
        <extracomment>%1 why</extracomment>
        <translation>Nacheinander: nicht simuliert: %1.</translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: every action succeeds.</source>
        <translation>Nacheinander, wie execute sie ausführt: Jede Aktion ist erfolgreich.</translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: action %1 reverts: %2</source>
        <extracomment>%1 the failing action&apos;s number, %2 the revert reason</extracomment>
        <translation>Nacheinander, wie execute sie ausführt: Aktion %1 wird zurückgesetzt: %2</translation>
    </message>
    <message>
        <source>The governor&apos;s own settings accept a call only from inside its execute, so a governor action reverts here even when it would succeed.</source>
        <translation>Die eigenen Einstellungen des Governors akzeptieren einen Aufruf nur aus seinem execute heraus, daher wird eine Governor-Aktion hier zurückgesetzt, selbst wenn sie erfolgreich wäre.</translation>
    </message>
    <message numerus="yes">
        <source>%1: a call that could not be decoded (%Ln byte(s) of call data)</source>
        <extracomment>%1 the target contract; %Ln the call data&apos;s size in bytes</extracomment>
        <translation>
            <numerusform>%1: ein Aufruf, der nicht decodiert werden konnte (%Ln Byte Aufrufdaten)</numerusform>
            <numerusform>%1: ein Aufruf, der nicht decodiert werden konnte (%Ln Bytes Aufrufdaten)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: unknown → %2</source>
        <extracomment>%1 the parameter, %2 its new value; the old value is not known (the reason follows on the next line)</extracomment>
        <translation>%1: unbekannt → %2</translation>
    </message>
    <message>
        <source>The old value is unknown: %1.</source>
        <extracomment>%1 why the value could not be proven, a sentence from the wallet&apos;s core (English)</extracomment>
        <translation>Der alte Wert ist unbekannt: %1.</translation>
    </message>
    <message>
        <source>The old value is unknown: no change event gives it and no proof of it was made.</source>
        <translation>Der alte Wert ist unbekannt: Kein Änderungsereignis nennt ihn, und es wurde kein Nachweis für ihn erstellt.</translation>
    </message>
    <message>
        <source>Old value from the parameter&apos;s verified change event at block %1.</source>
        <extracomment>%1 a block number</extracomment>
        <translation>Alter Wert aus dem verifizierten Änderungsereignis des Parameters in Block %1.</translation>
    </message>
    <message>
        <source>Old value verified at block %1: proven from the contract&apos;s storage, as no event changed it since deployment.</source>
        <extracomment>%1 a block number</extracomment>
        <translation>Alter Wert verifiziert für Block %1: aus dem Speicher des Vertrags nachgewiesen, da ihn seit der Bereitstellung kein Ereignis geändert hat.</translation>
    </message>
    <message>
        <source>The old value is unverified: no proof covers it.</source>
        <translation>Der alte Wert ist nicht verifiziert: Kein Nachweis deckt ihn ab.</translation>
    </message>
    <message>
        <source>Now %1, verified at block %2.</source>
        <extracomment>%1 the parameter&apos;s value now, %2 a block number</extracomment>
        <translation>Jetzt %1, verifiziert für Block %2.</translation>
    </message>
    <message>
        <source>Proving the old value…</source>
        <translation>Der alte Wert wird nachgewiesen…</translation>
    </message>
    <message>
        <source>Change &amp;delegate…</source>
        <translation>&amp;Delegation ändern…</translation>
    </message>
    <message>
        <source>Choose who votes with your tokens: yourself or another address</source>
        <translation>Wählen Sie, wer mit Ihren Token abstimmt: Sie selbst oder eine andere Adresse</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ProposalsModel</name>
    <message>
        <source>Canceled; voting was to end %1</source>
        <extracomment>%1 a date</extracomment>
        <translation>Abgebrochen; die Abstimmung hätte %1 geendet</translation>
    </message>
    <message>
        <source>Voting starts in %1</source>
        <extracomment>%1 a duration (&quot;2 days 3 hours&quot;)</extracomment>
        <translation>Noch %1 bis zum Beginn der Abstimmung</translation>
    </message>
    <message>
        <source>Voting ends in %1</source>
        <extracomment>%1 a duration (&quot;2 days 3 hours&quot;)</extracomment>
        <translation>Abstimmung läuft noch %1</translation>
    </message>
    <message>
        <source>Voting ended %1</source>
        <extracomment>%1 a date</extracomment>
        <translation>Abstimmung endete %1</translation>
    </message>
    <message>
        <source>For %1, against %2, abstain %3; quorum %4</source>
        <extracomment>%1-%3 amounts for, against and abstaining, %4 the quorum</extracomment>
        <translation>Dafür %1, dagegen %2, Enthaltung %3; Quorum %4</translation>
    </message>
</context>
<context>
    <name>plinth::ui::RestorePage</name>
    <message>
        <source>Restore from a recovery phrase</source>
        <translation>Aus einer Wiederherstellungsphrase wiederherstellen</translation>
    </message>
    <message>
        <source>Type the words in order, separated by spaces.</source>
        <translation>Geben Sie die Wörter der Reihe nach ein, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Wiederherstellungsphrase</translation>
    </message>
    <message>
        <source>Optional BIP-39 passphrase</source>
        <translation>Optionale BIP-39-Passphrase</translation>
    </message>
    <message>
        <source>Leave empty unless the wallet used one</source>
        <translation>Leer lassen, sofern die Wallet keine verwendet hat</translation>
    </message>
    <message>
        <source>A passphrase makes a different wallet from the same words: a wrong one restores an empty wallet, not an error.</source>
        <translation>Eine Passphrase ergibt aus denselben Wörtern eine andere Wallet: Eine falsche stellt eine leere Wallet wieder her, statt einen Fehler zu melden.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Word %1 (“%2”) is not in the BIP-39 word list.</source>
        <extracomment>%1 is the word&apos;s position, %2 the word as typed</extracomment>
        <translation>Wort %1 („%2“) ist nicht in der BIP-39-Wortliste.</translation>
    </message>
    <message>
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words.</source>
        <translation>Eine Wiederherstellungsphrase hat 12, 15, 18, 21 oder 24 Wörter.</translation>
    </message>
    <message>
        <source>All words are valid, but the checksum does not match: a word is wrong or out of order.</source>
        <translation>Alle Wörter sind gültig, aber die Prüfsumme stimmt nicht: Ein Wort ist falsch oder steht an der falschen Stelle.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) so far; a recovery phrase has 12, 15, 18, 21 or 24.</source>
        <translation>
            <numerusform>Bisher %n Wort; eine Wiederherstellungsphrase hat 12, 15, 18, 21 oder 24.</numerusform>
            <numerusform>Bisher %n Wörter; eine Wiederherstellungsphrase hat 12, 15, 18, 21 oder 24.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phrase is valid (%n words, checksum correct).</source>
        <translation>
            <numerusform>Die Phrase ist gültig (%n Wort, Prüfsumme korrekt).</numerusform>
            <numerusform>Die Phrase ist gültig (%n Wörter, Prüfsumme korrekt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::SendReceivePage</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>Empfängeradresse</translation>
    </message>
    <message>
        <source>0x… (checksummed or all lower case)</source>
        <translation>0x… (mit Prüfsumme oder nur Kleinbuchstaben)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Adressbuch</translation>
    </message>
    <message>
        <source>Pick a saved address…</source>
        <translation>Gespeicherte Adresse auswählen…</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Gespeichert:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>0.0</source>
        <translation>0.0</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>&amp;Max</source>
        <translation>&amp;Max.</translation>
    </message>
    <message>
        <source>Use the whole balance</source>
        <translation>Das gesamte Guthaben verwenden</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Available balance</source>
        <translation>Verfügbares Guthaben</translation>
    </message>
    <message>
        <source>Name for the address book</source>
        <translation>Name für das Adressbuch</translation>
    </message>
    <message>
        <source>A name for this recipient</source>
        <translation>Ein Name für diesen Empfänger</translation>
    </message>
    <message>
        <source>Save to address book</source>
        <translation>Im Adressbuch speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Review and send…</source>
        <translation>&amp;Prüfen und senden…</translation>
    </message>
    <message>
        <source>Review and send</source>
        <translation>Prüfen und senden</translation>
    </message>
    <message>
        <source>Your address on this network. Anyone can send to it; only this vault can spend from it.</source>
        <translation>Ihre Adresse in diesem Netzwerk. Jeder kann an sie senden; nur dieser Tresor kann von ihr ausgeben.</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Ihre Adresse</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>QR code of your address</source>
        <translation>QR-Code Ihrer Adresse</translation>
    </message>
    <message>
        <source>Proving the balances at the verified block…</source>
        <translation>Die Guthaben werden für den verifizierten Block nachgewiesen…</translation>
    </message>
    <message>
        <source>The balances could not be proven: %1</source>
        <extracomment>%1 why the balances could not be proven</extracomment>
        <translation>Die Guthaben konnten nicht nachgewiesen werden: %1</translation>
    </message>
    <message>
        <source>Available: %1 (proven at block %2)</source>
        <extracomment>%1 an amount with its symbol, %2 a block number</extracomment>
        <translation>Verfügbar: %1 (nachgewiesen für Block %2)</translation>
    </message>
    <message>
        <source>The balance is not known yet.</source>
        <translation>Das Guthaben ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>Working out the most the fee can be…</source>
        <translation>Die höchstmögliche Gebühr wird ermittelt…</translation>
    </message>
    <message>
        <source>The fee could not be worked out, so Max cannot be used now.</source>
        <translation>Die Gebühr konnte nicht ermittelt werden, daher kann „Max.“ derzeit nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The balance does not cover a transfer&apos;s fee.</source>
        <translation>Das Guthaben deckt die Gebühr einer Überweisung nicht.</translation>
    </message>
    <message>
        <source>The recipient&apos;s address is not valid: %1.</source>
        <extracomment>%1 what is wrong with it (e.g. &quot;bad checksum&quot;)</extracomment>
        <translation>Die Adresse des Empfängers ist ungültig: %1.</translation>
    </message>
    <message>
        <source>Give the address a name to save it.</source>
        <translation>Geben Sie der Adresse einen Namen, um sie zu speichern.</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s address.</source>
        <translation>Geben Sie die Adresse des Empfängers ein.</translation>
    </message>
    <message>
        <source>The zero address belongs to no one: anything sent there is lost.</source>
        <translation>Die Nulladresse gehört niemandem: Alles, was dorthin gesendet wird, geht verloren.</translation>
    </message>
    <message>
        <source>The amount is not valid: %1.</source>
        <extracomment>%1 what is wrong with it</extracomment>
        <translation>Der Betrag ist ungültig: %1.</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>Der Betrag muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>Send %1 to %2</source>
        <extracomment>%1 an amount with its symbol, %2 the recipient&apos;s address</extracomment>
        <translation>%1 an %2 senden</translation>
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
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Auto-&amp;lock after:</source>
        <translation>Automatisch &amp;sperren nach:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>the unit after the auto-lock minutes</extracomment>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Auto-lock after minutes without use</source>
        <translation>Automatisch sperren nach Minuten ohne Nutzung</translation>
    </message>
    <message>
        <source>The vault locks itself after this many minutes without use; Ctrl+L locks it at once.</source>
        <translation>Der Tresor sperrt sich nach so vielen Minuten ohne Nutzung selbst; Ctrl+L sperrt ihn sofort.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>plinth::ui::SlashesModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Staker</source>
        <translation>Staker</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Block %1</source>
        <extracomment>%1 a block number</extracomment>
        <translation>Block %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::StakeDialog</name>
    <message>
        <source>Stake on your device</source>
        <translation>Stake auf Ihr Gerät</translation>
    </message>
    <message>
        <source>Delegate stake to a device</source>
        <translation>Stake an ein Gerät delegieren</translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation>Stake abziehen</translation>
    </message>
    <message>
        <source>Bond tokens on a device you own. Bonded stake counts toward the device&apos;s rewards.</source>
        <translation>Token auf einem eigenen Gerät binden. Gebundener Stake zählt für die Belohnungen des Geräts.</translation>
    </message>
    <message>
        <source>Bond tokens on someone else&apos;s device. You can unstake them later; they are released after the unbonding period.</source>
        <translation>Token auf dem Gerät einer anderen Person binden. Sie können sie später abziehen; sie werden nach Ablauf der Auszahlungssperre freigegeben.</translation>
    </message>
    <message>
        <source>Request tokens back from a stake. They stop counting at once and can be withdrawn when the unbonding period ends.</source>
        <translation>Token aus einem Stake zurückfordern. Sie zählen sofort nicht mehr und können ausgezahlt werden, sobald die Auszahlungssperre endet.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 a short device address, %2 what the device is (&quot;GPU, Lisbon&quot;; or the bonded amount)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Device address (0x…)</source>
        <translation>Geräteadresse (0x…)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <extracomment>%1 the token&apos;s symbol</extracomment>
        <translation>Betrag in %1</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Gerät</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>There is no device to choose: the list is empty.</source>
        <translation>Es gibt kein Gerät zur Auswahl: Die Liste ist leer.</translation>
    </message>
    <message>
        <source>Choose a device.</source>
        <translation>Wählen Sie ein Gerät.</translation>
    </message>
    <message>
        <source>The device address is not valid: %1</source>
        <translation>Die Geräteadresse ist ungültig: %1</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>That is more than the bonded stake of %1.</source>
        <extracomment>%1 the largest amount allowed</extracomment>
        <translation>Das ist mehr als der gebundene Stake von %1.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::StakesModel</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Staker</source>
        <translation>Staker</translation>
    </message>
    <message>
        <source>Bonded</source>
        <translation>Gebunden</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>Eingezahlt</translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation>Auszahlungssperre</translation>
    </message>
    <message>
        <source>Slashed</source>
        <translation>Gekürzt</translation>
    </message>
    <message>
        <source>Your delegation</source>
        <translation>Ihre Delegation</translation>
    </message>
    <message>
        <source>Your stake</source>
        <translation>Ihr Stake</translation>
    </message>
    <message>
        <source>Delegated to your device</source>
        <extracomment>someone else&apos;s delegation to a device the account owns</extracomment>
        <translation>An Ihr Gerät delegiert</translation>
    </message>
    <message>
        <source>Stake on your device</source>
        <extracomment>someone else&apos;s stake on a device the account owns</extracomment>
        <translation>Stake auf Ihrem Gerät</translation>
    </message>
</context>
<context>
    <name>plinth::ui::StakingPage</name>
    <message>
        <source>&amp;Stake…</source>
        <translation>&amp;Stake…</translation>
    </message>
    <message>
        <source>Bond tokens on one of your devices</source>
        <translation>Token auf einem Ihrer Geräte binden</translation>
    </message>
    <message>
        <source>&amp;Delegate…</source>
        <translation>&amp;Delegieren…</translation>
    </message>
    <message>
        <source>Bond tokens on someone else&apos;s device</source>
        <translation>Token auf dem Gerät einer anderen Person binden</translation>
    </message>
    <message>
        <source>&amp;Unstake…</source>
        <translation>Stake &amp;abziehen…</translation>
    </message>
    <message>
        <source>Request bonded tokens back</source>
        <translation>Gebundene Token zurückfordern</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Aus&amp;zahlen</translation>
    </message>
    <message>
        <source>Withdraw the selected released entry</source>
        <translation>Den ausgewählten freigegebenen Eintrag auszahlen</translation>
    </message>
    <message>
        <source>Stakes and delegations</source>
        <translation>Stakes und Delegationen</translation>
    </message>
    <message>
        <source>Unbonding entries</source>
        <translation>Einträge in der Auszahlungssperre</translation>
    </message>
    <message>
        <source>Slashes</source>
        <translation>Kürzungen</translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation>Auszahlungssperre</translation>
    </message>
    <message>
        <source>Withdraw %1 (unbonding #%2)</source>
        <extracomment>%1 the amount, %2 the unbonding entry&apos;s number</extracomment>
        <translation>%1 auszahlen (Auszahlungssperre #%2)</translation>
    </message>
    <message>
        <source>Reading the verified cache…</source>
        <translation>Verifizierter Cache wird gelesen…</translation>
    </message>
    <message>
        <source>Add an account to the wallet to see its stakes.</source>
        <translation>Fügen Sie der Wallet ein Konto hinzu, um seine Stakes zu sehen.</translation>
    </message>
    <message>
        <source>Nothing is verified yet: the stakes appear after the first sync.</source>
        <translation>Noch ist nichts verifiziert: Die Stakes erscheinen nach der ersten Synchronisierung.</translation>
    </message>
    <message>
        <source>Could not read the stakes from the verified cache: %1</source>
        <extracomment>%1 the core&apos;s reason</extracomment>
        <translation>Die Stakes konnten nicht aus dem verifizierten Cache gelesen werden: %1</translation>
    </message>
    <message>
        <source>No stakes or delegations: stake on one of your devices or delegate to another&apos;s.</source>
        <translation>Keine Stakes oder Delegationen: Setzen Sie Stake auf eines Ihrer Geräte oder delegieren Sie an das Gerät einer anderen Person.</translation>
    </message>
    <message>
        <source>No unbonding entries: an unstake request appears here until it is withdrawn.</source>
        <translation>Keine Einträge in der Auszahlungssperre: Eine Anforderung zum Abziehen erscheint hier, bis sie ausgezahlt ist.</translation>
    </message>
    <message>
        <source>No slashes concern this account.</source>
        <translation>Keine Kürzungen betreffen dieses Konto.</translation>
    </message>
    <message>
        <source>Select one of your entries whose unbonding period has ended</source>
        <translation>Wählen Sie einen Ihrer Einträge, dessen Auszahlungssperre abgelaufen ist</translation>
    </message>
    <message>
        <source>%1 bonded</source>
        <extracomment>%1 an amount of tokens</extracomment>
        <translation>%1 gebunden</translation>
    </message>
    <message>
        <source>Stake %1 on device %2</source>
        <extracomment>%1 the amount, %2 the device&apos;s address</extracomment>
        <translation>%1 als Stake auf Gerät %2 einsetzen</translation>
    </message>
    <message>
        <source>Delegate %1 to device %2</source>
        <extracomment>%1 the amount, %2 the device&apos;s address</extracomment>
        <translation>%1 an Gerät %2 delegieren</translation>
    </message>
    <message>
        <source>Unstake %1 from device %2</source>
        <extracomment>%1 the amount, %2 the device&apos;s address</extracomment>
        <translation>%1 Stake von Gerät %2 abziehen</translation>
    </message>
</context>
<context>
    <name>plinth::ui::StateChip</name>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Canceled</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Defeated</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Executed</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>Ausgeführt</translation>
    </message>
</context>
<context>
    <name>plinth::ui::SyncBadge</name>
    <message>
        <source>%1: failing (%2)</source>
        <extracomment>%1 is an RPC endpoint, %2 what went wrong with it</extracomment>
        <translation>%1: fehlerhaft (%2)</translation>
    </message>
    <message>
        <source>%1: answering in %2 ms</source>
        <extracomment>%1 is an RPC endpoint, %2 its latency in milliseconds</extracomment>
        <translation>%1: antwortet in %2 ms</translation>
    </message>
    <message>
        <source>%1: not asked yet</source>
        <translation>%1: noch nicht gefragt</translation>
    </message>
    <message>
        <source>No network selected</source>
        <translation>Kein Netzwerk ausgewählt</translation>
    </message>
    <message>
        <source>%1 sent an answer that failed verification: %2</source>
        <extracomment>%1 is an RPC endpoint, %2 what its answer got wrong</extracomment>
        <translation>%1 hat eine Antwort gesendet, die die Verifizierung nicht bestanden hat: %2</translation>
    </message>
    <message>
        <source>The endpoints disagree: %1</source>
        <translation>Die Endpunkte sind sich uneinig: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <extracomment>%1 why the sync failed</extracomment>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sync failed at %1: %2</source>
        <extracomment>%1 is an RPC endpoint, %2 why the sync failed</extracomment>
        <translation>Synchronisierung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Syncing: block %1 of %2</source>
        <extracomment>%1 is the block verified so far, %2 the block this sync goes to</extracomment>
        <translation>Synchronisierung: Block %1 von %2</translation>
    </message>
    <message>
        <source>Syncing: asking the endpoints for the head…</source>
        <translation>Synchronisierung: Die Endpunkte werden nach dem neuesten Block gefragt…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ThisComputerForm</name>
    <message>
        <source>Resources measured on this computer</source>
        <translation>Auf diesem Computer gemessene Ressourcen</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>Geräteart</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Kapazität</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>An H3 cell (15 hex digits) or a label</source>
        <translation>Eine H3-Zelle (15 Hex-Ziffern) oder eine Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;Metadata URI</source>
        <translation>&amp;Metadaten-URI</translation>
    </message>
    <message>
        <source>Device key &amp;password</source>
        <translation>&amp;Passwort des Geräteschlüssels</translation>
    </message>
    <message>
        <source>Re&amp;peat the password</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>Measuring this computer&apos;s disks, processor, memory and network…</source>
        <translation>Laufwerke, Prozessor, Arbeitsspeicher und Netzwerk dieses Computers werden gemessen…</translation>
    </message>
    <message>
        <source>This computer could not be measured: %1. Declare the capacity yourself.</source>
        <extracomment>%1 why the measurement failed</extracomment>
        <translation>Dieser Computer konnte nicht gemessen werden: %1. Geben Sie die Kapazität selbst an.</translation>
    </message>
    <message numerus="yes">
        <source>Processor: %1, %n logical core(s) (measured)</source>
        <extracomment>%1 CPU model, %n logical cores</extracomment>
        <translation>
            <numerusform>Prozessor: %1, %n logischer Kern (gemessen)</numerusform>
            <numerusform>Prozessor: %1, %n logische Kerne (gemessen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor: unknown (not readable here)</source>
        <translation>Prozessor: unbekannt (hier nicht lesbar)</translation>
    </message>
    <message>
        <source>Memory: %1 in all (measured)</source>
        <translation>Arbeitsspeicher: %1 insgesamt (gemessen)</translation>
    </message>
    <message>
        <source>Memory: unknown</source>
        <translation>Arbeitsspeicher: unbekannt</translation>
    </message>
    <message>
        <source>Disks: none found</source>
        <translation>Laufwerke: keine gefunden</translation>
    </message>
    <message numerus="yes">
        <source>Disks: %1 free of %2 on %n filesystem(s) (measured)</source>
        <extracomment>%1 free space, %2 total size, %n filesystems</extracomment>
        <translation>
            <numerusform>Laufwerke: %1 von %2 frei auf %n Dateisystem (gemessen)</numerusform>
            <numerusform>Laufwerke: %1 von %2 frei auf %n Dateisystemen (gemessen)</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU: unknown (no listing was readable)</source>
        <translation>GPU: unbekannt (keine Auflistung lesbar)</translation>
    </message>
    <message>
        <source>GPU: none found</source>
        <translation>GPU: keine gefunden</translation>
    </message>
    <message>
        <source>GPU: %1 (measured)</source>
        <translation>GPU: %1 (gemessen)</translation>
    </message>
    <message>
        <source>Network %1: %2, link %3 Mbps (measured)</source>
        <extracomment>%1 interface name, %2 its state (up, down), %3 link speed</extracomment>
        <translation>Netzwerk %1: %2, Verbindung %3 Mbps (gemessen)</translation>
    </message>
    <message>
        <source>Network %1: %2, link speed unknown</source>
        <translation>Netzwerk %1: %2, Verbindungsgeschwindigkeit unbekannt</translation>
    </message>
    <message>
        <source>Declare it: nothing here measures this kind</source>
        <translation>Selbst angeben: Hier misst nichts diese Art</translation>
    </message>
    <message>
        <source>Declared by you.</source>
        <translation>Von Ihnen angegeben.</translation>
    </message>
    <message>
        <source>Measured on this computer: %1 (%2). Type a figure to declare your own.</source>
        <extracomment>%1 the capacity with unit, %2 what was measured, e.g. &quot;free space of 3 filesystems&quot;</extracomment>
        <translation>Auf diesem Computer gemessen: %1 (%2). Geben Sie einen Wert ein, um Ihren eigenen anzugeben.</translation>
    </message>
    <message>
        <source>Nothing on this computer measures this kind: declare the capacity and its unit.</source>
        <translation>Nichts auf diesem Computer misst diese Art: Geben Sie die Kapazität und ihre Einheit an.</translation>
    </message>
    <message>
        <source>The capacity must be a whole number above 0.</source>
        <translation>Die Kapazität muss eine ganze Zahl größer als 0 sein.</translation>
    </message>
    <message>
        <source>A declared capacity needs its unit.</source>
        <translation>Eine angegebene Kapazität braucht ihre Einheit.</translation>
    </message>
    <message>
        <source>Give the device&apos;s region.</source>
        <translation>Geben Sie die Region des Geräts an.</translation>
    </message>
    <message>
        <source>Choose a password for the device key.</source>
        <translation>Wählen Sie ein Passwort für den Geräteschlüssel.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::TopBar</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>an account in the switcher: %1 is its label, %2 its short address</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Noch keine Konten</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Current account</source>
        <translation>Aktuelles Konto</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>Kein Netzwerk</translation>
    </message>
    <message>
        <source>Start Plinth with --network to choose a network.</source>
        <translation>Starten Sie Plinth mit --network, um ein Netzwerk zu wählen.</translation>
    </message>
    <message>
        <source>Network %1, chain id %2</source>
        <extracomment>%1 is the network&apos;s name, %2 its chain id</extracomment>
        <translation>Netzwerk %1, Chain-ID %2</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>&amp;About Plinth</source>
        <translation>&amp;Über Plinth</translation>
    </message>
</context>
<context>
    <name>plinth::ui::TransactionConfirmDialog</name>
    <message>
        <source>Speed up a pending transaction</source>
        <translation>Ausstehende Transaktion beschleunigen</translation>
    </message>
    <message>
        <source>Cancel a pending transaction</source>
        <translation>Ausstehende Transaktion abbrechen</translation>
    </message>
    <message>
        <source>Confirm transaction</source>
        <translation>Transaktion bestätigen</translation>
    </message>
    <message>
        <source>What this does</source>
        <translation>Was dies bewirkt</translation>
    </message>
    <message>
        <source>The transactions to send</source>
        <translation>Die zu sendenden Transaktionen</translation>
    </message>
    <message>
        <source>Fee speed</source>
        <translation>Gebührengeschwindigkeit</translation>
    </message>
    <message>
        <source>Slow (cheaper)</source>
        <translation>Langsam (günstiger)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Fast (costs more)</source>
        <translation>Schnell (teurer)</translation>
    </message>
    <message>
        <source>&amp;Fee speed:</source>
        <translation>&amp;Gebührengeschwindigkeit:</translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation>Tresor-Passwort</translation>
    </message>
    <message>
        <source>The vault is locked: its password signs this</source>
        <translation>Der Tresor ist gesperrt: Sein Passwort signiert dies</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No network is selected, so nothing can be sent.</source>
        <translation>Es ist kein Netzwerk ausgewählt, daher kann nichts gesendet werden.</translation>
    </message>
    <message>
        <source>Nothing can be sent: %1</source>
        <extracomment>%1 why the network could not be opened</extracomment>
        <translation>Es kann nichts gesendet werden: %1</translation>
    </message>
    <message>
        <source>Preparing the transaction and simulating it…</source>
        <translation>Die Transaktion wird vorbereitet und simuliert…</translation>
    </message>
    <message>
        <source>This cannot be prepared: %1</source>
        <extracomment>%1 why the action cannot be prepared</extracomment>
        <translation>Dies kann nicht vorbereitet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Together these %n transactions cost at most %1 in value and fees.</source>
        <extracomment>%1 the most the whole plan can cost in value and fees, %n the number of transactions</extracomment>
        <translation>
            <numerusform>Diese %n Transaktion kostet höchstens %1 an Wert und Gebühren.</numerusform>
            <numerusform>Zusammen kosten diese %n Transaktionen höchstens %1 an Wert und Gebühren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the details, then send.</source>
        <translation>Prüfen Sie die Details und senden Sie dann.</translation>
    </message>
    <message>
        <source>Enter the vault password, then send.</source>
        <translation>Geben Sie das Tresor-Passwort ein und senden Sie dann.</translation>
    </message>
    <message>
        <source>Enter the vault password to sign this.</source>
        <translation>Geben Sie das Tresor-Passwort ein, um dies zu signieren.</translation>
    </message>
    <message>
        <source>Unlocking the vault…</source>
        <translation>Tresor wird entsperrt…</translation>
    </message>
    <message>
        <source>The password is wrong. Nothing was sent.</source>
        <translation>Das Passwort ist falsch. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The vault could not be unlocked: %1. Nothing was sent.</source>
        <extracomment>%1 why the vault could not be unlocked</extracomment>
        <translation>Der Tresor konnte nicht entsperrt werden: %1. Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Signing and sending %n transaction(s)…</source>
        <extracomment>%n the number of transactions</extracomment>
        <translation>
            <numerusform>%n Transaktion wird signiert und gesendet…</numerusform>
            <numerusform>%n Transaktionen werden signiert und gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <extracomment>%1 why sending stopped</extracomment>
        <translation>Senden abgebrochen: %1</translation>
    </message>
    <message>
        <source>Not sent: the step before did not succeed.</source>
        <translation>Nicht gesendet: Der vorherige Schritt war nicht erfolgreich.</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Bestätigt.</translation>
    </message>
    <message>
        <source>Still pending. Plinth stopped waiting; the Activity page keeps following it.</source>
        <translation>Noch ausstehend. Plinth wartet nicht mehr; die Seite „Aktivität“ verfolgt sie weiter.</translation>
    </message>
    <message>
        <source>It did not succeed: see the step above.</source>
        <translation>Nicht erfolgreich: Siehe den Schritt oben.</translation>
    </message>
    <message>
        <source>Transaction steps</source>
        <translation>Transaktionsschritte</translation>
    </message>
    <message>
        <source>This account is only watched: the vault holds no key for it, so this can be previewed but not sent.</source>
        <translation>Dieses Konto wird nur beobachtet: Der Tresor enthält keinen Schlüssel dafür, daher kann dies angezeigt, aber nicht gesendet werden.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::TrayNotifier</name>
    <message>
        <source>Plinth</source>
        <translation>Plinth</translation>
    </message>
    <message>
        <source>Show Plinth</source>
        <translation>Plinth anzeigen</translation>
    </message>
</context>
<context>
    <name>plinth::ui::UnbondingsModel</name>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Staker</source>
        <translation>Staker</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation>Auszahlungssperre</translation>
    </message>
    <message>
        <source>Ready to withdraw</source>
        <translation>Bereit zur Auszahlung</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>%1 how long until the stake is released (&quot;2 days 3 hours&quot;)</extracomment>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>ausgezahlt %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>an unbonding entry&apos;s number</extracomment>
        <translation>#%1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::UnlockDialog</name>
    <message>
        <source>Unlock the wallet</source>
        <translation>Wallet entsperren</translation>
    </message>
    <message>
        <source>Type the vault password to use your keys.</source>
        <translation>Geben Sie das Tresor-Passwort ein, um Ihre Schlüssel zu verwenden.</translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation>Tresor-Passwort</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Passwort wird geprüft…</translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and try again.</source>
        <translation>Falsches Passwort. Prüfen Sie die Feststelltaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The vault could not be unlocked: %1</source>
        <extracomment>%1 is the reason, a sentence from the wallet</extracomment>
        <translation>Der Tresor konnte nicht entsperrt werden: %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::VoteDialog</name>
    <message>
        <source>Vote</source>
        <translation>Abstimmen</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Dafür</translation>
    </message>
    <message>
        <source>&amp;Against</source>
        <translation>Dage&amp;gen</translation>
    </message>
    <message>
        <source>A&amp;bstain</source>
        <translation>&amp;Enthaltung</translation>
    </message>
    <message>
        <source>&amp;Reason (optional, public on chain)</source>
        <translation>&amp;Begründung (optional, öffentlich auf der Chain)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>You have already voted on this proposal.</source>
        <translation>Sie haben bei diesem Vorschlag bereits abgestimmt.</translation>
    </message>
    <message>
        <source>You cannot vote on this proposal now.</source>
        <translation>Sie können jetzt nicht über diesen Vorschlag abstimmen.</translation>
    </message>
    <message>
        <source>Your vote brings the proposal to quorum.</source>
        <translation>Mit Ihrer Stimme erreicht der Vorschlag das Quorum.</translation>
    </message>
    <message>
        <source>Votes against do not count toward the quorum, which is not reached yet.</source>
        <translation>Gegenstimmen zählen nicht zum Quorum, das noch nicht erreicht ist.</translation>
    </message>
    <message>
        <source>The proposal stays short of quorum even with your vote.</source>
        <translation>Der Vorschlag verfehlt das Quorum auch mit Ihrer Stimme.</translation>
    </message>
    <message>
        <source>Your vote turns the outcome: as the votes stand, the proposal would then fail.</source>
        <translation>Ihre Stimme kehrt das Ergebnis um: Beim aktuellen Stand würde der Vorschlag dann scheitern.</translation>
    </message>
    <message>
        <source>Your vote turns the outcome: as the votes stand, the proposal would then pass.</source>
        <translation>Ihre Stimme kehrt das Ergebnis um: Beim aktuellen Stand würde der Vorschlag dann angenommen.</translation>
    </message>
    <message>
        <source>Your vote does not change the outcome as the votes stand.</source>
        <translation>Ihre Stimme ändert beim aktuellen Stand nichts am Ergebnis.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::VotingPower</name>
    <message>
        <source>Your voting power at the snapshot: %1</source>
        <extracomment>%1 an amount of votes</extracomment>
        <translation>Ihr Stimmgewicht zum Stichtag: %1</translation>
    </message>
    <message>
        <source>Your voting power now (the snapshot is still ahead, it can change): %1</source>
        <extracomment>%1 an amount of votes</extracomment>
        <translation>Ihr Stimmgewicht jetzt (der Stichtag steht noch bevor, es kann sich ändern): %1</translation>
    </message>
    <message>
        <source>You delegated your tokens to yourself, and other holders delegated theirs to you.</source>
        <translation>Sie haben Ihre Token an sich selbst delegiert, und andere Inhaber haben ihre an Sie delegiert.</translation>
    </message>
    <message>
        <source>You delegated your tokens to yourself.</source>
        <translation>Sie haben Ihre Token an sich selbst delegiert.</translation>
    </message>
    <message>
        <source>Other holders delegated their votes to you.</source>
        <translation>Andere Inhaber haben ihre Stimmen an Sie delegiert.</translation>
    </message>
    <message>
        <source>You held no tokens at the snapshot and hold none now.</source>
        <translation>Sie hatten zum Stichtag keine Token und haben auch jetzt keine.</translation>
    </message>
    <message>
        <source>You held tokens but had not delegated them, not even to yourself, by the snapshot: undelegated tokens do not vote.</source>
        <translation>Sie hatten Token, hatten sie aber bis zum Stichtag nicht delegiert, nicht einmal an sich selbst: Nicht delegierte Token stimmen nicht ab.</translation>
    </message>
    <message>
        <source>Your tokens were delegated to %1 at the snapshot: that account votes with them.</source>
        <extracomment>%1 the delegate&apos;s address</extracomment>
        <translation>Ihre Token waren zum Stichtag an %1 delegiert: Dieses Konto stimmt mit ihnen ab.</translation>
    </message>
    <message>
        <source>Your tokens or your delegation arrived after the snapshot; you hold %1 now, which counts for later proposals.</source>
        <extracomment>%1 an amount of tokens</extracomment>
        <translation>Ihre Token oder Ihre Delegation kamen nach dem Stichtag an; Sie halten jetzt %1, was für spätere Vorschläge zählt.</translation>
    </message>
    <message>
        <source>Your votes are delegated to nobody now, so your tokens do not vote (verified at block %1).</source>
        <extracomment>%1 a block number</extracomment>
        <translation>Ihre Stimmen sind derzeit an niemanden delegiert, daher stimmen Ihre Token nicht ab (verifiziert für Block %1).</translation>
    </message>
    <message>
        <source>Your votes are delegated to yourself now (verified at block %1).</source>
        <extracomment>%1 a block number</extracomment>
        <translation>Ihre Stimmen sind derzeit an Sie selbst delegiert (verifiziert für Block %1).</translation>
    </message>
    <message>
        <source>Your votes are delegated to %1 now (verified at block %2).</source>
        <extracomment>%1 the delegate&apos;s short address, %2 a block number</extracomment>
        <translation>Ihre Stimmen sind derzeit an %1 delegiert (verifiziert für Block %2).</translation>
    </message>
</context>
<context>
    <name>plinth::ui::WatchPage</name>
    <message>
        <source>Watch an address</source>
        <translation>Adresse beobachten</translation>
    </message>
    <message>
        <source>Plinth shows this address&apos;s balances, devices, rewards and votes. It cannot sign for it; you can add keys later.</source>
        <translation>Plinth zeigt die Guthaben, Geräte, Belohnungen und Stimmen dieser Adresse. Es kann nicht für sie signieren; Schlüssel können Sie später hinzufügen.</translation>
    </message>
    <message>
        <source>Address to watch</source>
        <translation>Zu beobachtende Adresse</translation>
    </message>
    <message>
        <source>Label for the address</source>
        <translation>Bezeichnung für die Adresse</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>An address is 0x followed by 40 hexadecimal digits.</source>
        <translation>Eine Adresse besteht aus 0x, gefolgt von 40 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>The capital letters do not match this address&apos;s checksum (EIP-55): a character is probably mistyped.</source>
        <translation>Die Großbuchstaben passen nicht zur Prüfsumme dieser Adresse (EIP-55): Vermutlich ist ein Zeichen falsch eingegeben.</translation>
    </message>
    <message>
        <source>This is not an address: it must be 0x followed by 40 hexadecimal digits.</source>
        <translation>Dies ist keine Adresse: Sie muss aus 0x, gefolgt von 40 Hexadezimalziffern, bestehen.</translation>
    </message>
    <message>
        <source>Valid address: %1</source>
        <extracomment>%1 is the address in its checksummed form</extracomment>
        <translation>Gültige Adresse: %1</translation>
    </message>
</context>
</TS>
