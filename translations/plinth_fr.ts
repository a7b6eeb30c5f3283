<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountsAddCommand</name>
    <message>
        <source>Derive another account from the recovery phrase</source>
        <translation>Dériver un autre compte à partir de la phrase de récupération</translation>
    </message>
    <message>
        <source>Derivation path (default: the next m/44&apos;/60&apos;/0&apos;/0/i).</source>
        <translation>Chemin de dérivation (par défaut : le m/44&apos;/60&apos;/0&apos;/0/i suivant).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>A label for the account.</source>
        <translation>Un libellé pour le compte.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>invalid derivation path: %1</source>
        <translation>chemin de dérivation non valide : %1</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 (%2) ajouté.</translation>
    </message>
</context>
<context>
    <name>AccountsLabelCommand</name>
    <message>
        <source>Set an account&apos;s label</source>
        <translation>Définir le libellé d&apos;un compte</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Le compte.</translation>
    </message>
    <message>
        <source>The new label (empty to remove it).</source>
        <translation>Le nouveau libellé (vide pour le supprimer).</translation>
    </message>
    <message>
        <source>expected ADDRESS and LABEL</source>
        <translation>ADDRESS et LABEL attendus</translation>
    </message>
    <message>
        <source>Labelled %1.</source>
        <translation>Libellé de %1 défini.</translation>
    </message>
</context>
<context>
    <name>AccountsListCommand</name>
    <message>
        <source>List the vault&apos;s accounts (no password needed)</source>
        <translation>Lister les comptes du coffre (aucun mot de passe requis)</translation>
    </message>
    <message>
        <source>Include hidden accounts.</source>
        <translation>Inclure les comptes masqués.</translation>
    </message>
    <message>
        <source>unknown accounts command &quot;%1&quot;</source>
        <translation>commande accounts inconnue « %1 »</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(masqué)</translation>
    </message>
</context>
<context>
    <name>AccountsVisibilityCommand</name>
    <message>
        <source>Hide an account from the list (its key stays in the vault)</source>
        <translation>Masquer un compte dans la liste (sa clé reste dans le coffre)</translation>
    </message>
    <message>
        <source>Show a hidden account again</source>
        <translation>Afficher de nouveau un compte masqué</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Le compte.</translation>
    </message>
    <message>
        <source>expected one ADDRESS</source>
        <translation>un seul ADDRESS attendu</translation>
    </message>
    <message>
        <source>Hid %1.</source>
        <translation>%1 masqué.</translation>
    </message>
    <message>
        <source>%1 is shown again.</source>
        <translation>%1 est de nouveau affiché.</translation>
    </message>
</context>
<context>
    <name>BalanceCommand</name>
    <message>
        <source>Show an address&apos;s balances, proven at the verified block</source>
        <translation>Afficher les soldes d&apos;une adresse, prouvés au bloc vérifié</translation>
    </message>
    <message>
        <source>The address (default: the wallet&apos;s first account)</source>
        <translation>L&apos;adresse (par défaut : le premier compte du portefeuille)</translation>
    </message>
    <message>
        <source>balance takes at most one address</source>
        <translation>balance accepte au plus une adresse</translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation>%1 n&apos;est pas une adresse : %2</translation>
    </message>
    <message>
        <source>the wallet has no account: pass an address</source>
        <translation>le portefeuille n&apos;a aucun compte : indiquez une adresse</translation>
    </message>
    <message>
        <source>%1 %2, proven at block %3</source>
        <translation>%1 %2, prouvé au bloc %3</translation>
    </message>
</context>
<context>
    <name>ChainSession</name>
    <message>
        <source>--%1 %2 is not an address: %3</source>
        <translation>--%1 %2 n&apos;est pas une adresse : %3</translation>
    </message>
    <message>
        <source>Read the verified cache as it is, without syncing first</source>
        <translation>Lire le cache vérifié tel quel, sans synchroniser d&apos;abord</translation>
    </message>
</context>
<context>
    <name>ClaimCommand</name>
    <message>
        <source>Claim your accrued rewards, to yourself or to --to ADDRESS</source>
        <translation>Réclamer vos récompenses accumulées, pour vous-même ou vers --to ADRESSE</translation>
    </message>
    <message>
        <source>Where the rewards go (default: the claiming account).</source>
        <translation>Destination des récompenses (par défaut : le compte qui réclame).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>claim takes no arguments</source>
        <translation>claim n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>--to must not be the zero address: the rewards would be lost</source>
        <translation>--to ne doit pas être l&apos;adresse zéro : les récompenses seraient perdues</translation>
    </message>
    <message>
        <source>the network profile has no valid rewards contract</source>
        <translation>le profil réseau n&apos;a pas de contrat de récompenses valide</translation>
    </message>
    <message>
        <source>%1 has nothing to claim: its accrued rewards are 0 (proven at block %2)</source>
        <translation>%1 n&apos;a rien à réclamer : ses récompenses accumulées sont de 0 (prouvé au bloc %2)</translation>
    </message>
    <message>
        <source>Claim the rewards of %1</source>
        <translation>Réclamer les récompenses de %1</translation>
    </message>
    <message>
        <source>Claimable: %1 (proven at block %2)</source>
        <translation>Réclamable : %1 (prouvé au bloc %2)</translation>
    </message>
    <message>
        <source>Claim %1 of rewards to %2</source>
        <extracomment>%1 the amount with its symbol, %2 the recipient&apos;s address</extracomment>
        <translation>Réclamer %1 de récompenses vers %2</translation>
    </message>
</context>
<context>
    <name>DelegateCommand</name>
    <message>
        <source>Delegate your token&apos;s votes to an address, or to yourself</source>
        <translation>Déléguer les votes de vos tokens à une adresse, ou à vous-même</translation>
    </message>
    <message>
        <source>Who votes with your tokens: an address, or self</source>
        <translation>Qui vote avec vos tokens : une adresse, ou self</translation>
    </message>
    <message>
        <source>delegate takes one address, or self</source>
        <translation>delegate accepte une adresse, ou self</translation>
    </message>
    <message>
        <source>%1 already delegates its votes to %2; nothing was sent</source>
        <translation>%1 délègue déjà ses votes à %2 ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>Delegate the votes of %1 to itself</source>
        <translation>Déléguer les votes de %1 à lui-même</translation>
    </message>
    <message>
        <source>Delegate the votes of %1 to %2</source>
        <translation>Déléguer les votes de %1 à %2</translation>
    </message>
    <message>
        <source>The token&apos;s delegate (ERC20Votes)</source>
        <translation>delegate du token (ERC20Votes)</translation>
    </message>
    <message>
        <source>Current delegate: %1</source>
        <translation>Délégué actuel : %1</translation>
    </message>
    <message>
        <source>Current delegate: none (the tokens do not vote yet)</source>
        <translation>Délégué actuel : aucun (les tokens ne votent pas encore)</translation>
    </message>
    <message>
        <source>Votes that move: %1, from %2 to %3</source>
        <extracomment>%1 an amount of tokens, %2 the old delegate (or &quot;nobody&quot;), %3 the new one</extracomment>
        <translation>Votes transférés : %1, de %2 à %3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Delegation moves the votes of every token the account holds now and later, not only these.</source>
        <translation>La délégation transfère les votes de tous les tokens que le compte détient maintenant et détiendra plus tard, pas seulement de ceux-ci.</translation>
    </message>
</context>
<context>
    <name>DelegateStakeCommand</name>
    <message>
        <source>Delegate stake to any active device (approves the tokens first when needed)</source>
        <translation>Déléguer du stake à n&apos;importe quel appareil actif (approuve d&apos;abord les tokens si nécessaire)</translation>
    </message>
    <message>
        <source>Delegate %1 of stake to device %2</source>
        <translation>Déléguer %1 de stake à l&apos;appareil %2</translation>
    </message>
</context>
<context>
    <name>DeviceCommands</name>
    <message>
        <source>retired</source>
        <translation>hors service</translation>
    </message>
    <message numerus="yes">
        <source>offline for %n epoch(s)</source>
        <translation>
            <numerusform>hors ligne depuis %n époque</numerusform>
            <numerusform>hors ligne depuis %n époques</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
</context>
<context>
    <name>DeviceKeyNewCommand</name>
    <message>
        <source>Create a device key in its own keystore file (never in the vault)</source>
        <translation>Créer une clé d&apos;appareil dans son propre fichier keystore (jamais dans le coffre)</translation>
    </message>
    <message>
        <source>device-key new takes no arguments</source>
        <translation>device-key new n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>Device address: %1</source>
        <translation>Adresse de l&apos;appareil : %1</translation>
    </message>
    <message>
        <source>Key written to %1 (keystore v3, encrypted with the password you gave).</source>
        <translation>Clé écrite dans %1 (keystore v3, chiffrée avec le mot de passe fourni).</translation>
    </message>
</context>
<context>
    <name>DeviceRegisterCommand</name>
    <message>
        <source>Register a device from its signed onboarding payload, or this computer</source>
        <translation>Enregistrer un appareil à partir de sa charge utile d&apos;intégration signée, ou cet ordinateur</translation>
    </message>
    <message>
        <source>The signed onboarding payload: a JSON file or QR text, or - for standard input.</source>
        <translation>La charge utile d&apos;intégration signée : un fichier JSON ou un texte QR, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Register a resource of this computer: the wallet makes and keeps its device key.</source>
        <translation>Enregistrer une ressource de cet ordinateur : le portefeuille crée et conserve la clé de l&apos;appareil.</translation>
    </message>
    <message>
        <source>the onboarding payload is not valid: %1</source>
        <translation>la charge utile d&apos;intégration n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>Register device %1 (%2, %3, region %4) to %5</source>
        <extracomment>%1 device address, %2 kind (storage, ...), %3 capacity and unit, %4 region, %5 owner address</extracomment>
        <translation>Enregistrer l&apos;appareil %1 (%2, %3, région %4) au nom de %5</translation>
    </message>
    <message>
        <source>Stake: %1, the registry&apos;s minimum (the payload names none).</source>
        <translation>Stake : %1, le minimum du registre (la charge utile n&apos;en indique aucun).</translation>
    </message>
    <message>
        <source>Stake: %1 (the registry&apos;s minimum is %2).</source>
        <translation>Stake : %1 (le minimum du registre est de %2).</translation>
    </message>
    <message>
        <source>Onboarding fee: %1, paid to the treasury.</source>
        <translation>Frais d&apos;intégration : %1, versés à la trésorerie.</translation>
    </message>
    <message>
        <source>Capacity: %1, measured on this computer (%2).</source>
        <translation>Capacité : %1, mesurée sur cet ordinateur (%2).</translation>
    </message>
    <message>
        <source>Capacity: %1, as you declared it.</source>
        <translation>Capacité : %1, telle que vous l&apos;avez déclarée.</translation>
    </message>
    <message>
        <source>The device key is kept in %1.</source>
        <translation>La clé de l&apos;appareil est conservée dans %1.</translation>
    </message>
    <message>
        <source>Checked: the device&apos;s signature, chain %1, the registry, the deadline %2 (in %3), not yet registered, nonce unused, the owner, the stake and your balance.</source>
        <extracomment>%1 the deadline (UTC), %2 how long from the chain&apos;s latest block, e.g. &quot;23 hours 59 minutes&quot;</extracomment>
        <translation>Vérifié : la signature de l&apos;appareil, la chaîne %1, le registre, l&apos;échéance %2 (dans %3), pas encore enregistré, nonce non utilisé, le propriétaire, le stake et votre solde.</translation>
    </message>
    <message>
        <source>The registry&apos;s state and your balance were read with eth_call at block %1: unverified.</source>
        <translation>L&apos;état du registre et votre solde ont été lus avec eth_call au bloc %1 : non vérifié.</translation>
    </message>
    <message>
        <source>the network &quot;%1&quot; has no device registry</source>
        <translation>le réseau « %1 » n&apos;a pas de registre d&apos;appareils</translation>
    </message>
    <message>
        <source>Register device %1, staking %2 and paying the %3 fee</source>
        <translation>Enregistrer l&apos;appareil %1, en stakant %2 et en payant les frais de %3</translation>
    </message>
    <message>
        <source>device register takes no arguments</source>
        <translation>device register n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>pass either --payload FILE|- or --this-computer</source>
        <translation>indiquez soit --payload FICHIER|-, soit --this-computer</translation>
    </message>
    <message>
        <source>--%1 is for --this-computer: a payload carries its own</source>
        <translation>--%1 est réservé à --this-computer : une charge utile apporte déjà sa propre valeur</translation>
    </message>
    <message>
        <source>--unit goes with --capacity: a measured capacity keeps its own unit</source>
        <translation>--unit va avec --capacity : une capacité mesurée conserve sa propre unité</translation>
    </message>
    <message>
        <source>nothing on this computer measures a capacity of this kind: declare it with --capacity N --unit U</source>
        <translation>rien sur cet ordinateur ne mesure une capacité de ce type : déclarez-la avec --capacity N --unit U</translation>
    </message>
    <message>
        <source>not registered, nothing was sent: %1</source>
        <extracomment>%1 one or more sentences separated by &quot;; &quot;</extracomment>
        <translation>non enregistré, rien n&apos;a été envoyé : %1</translation>
    </message>
</context>
<context>
    <name>DeviceRetireCommand</name>
    <message>
        <source>Retire a device for good (its token is burnt; it can never register again)</source>
        <translation>Mettre définitivement un appareil hors service (son token est brûlé ; il ne pourra plus jamais être enregistré)</translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation>L&apos;adresse de l&apos;appareil.</translation>
    </message>
    <message>
        <source>device retire takes one DEVICE</source>
        <translation>device retire accepte un seul DEVICE</translation>
    </message>
    <message>
        <source>Retire device %1 for good</source>
        <translation>Mettre définitivement l&apos;appareil %1 hors service</translation>
    </message>
    <message>
        <source>Its token is burnt and it can never register again; stakes on it stay in Staking and can be unstaked.</source>
        <translation>Son token est brûlé et il ne pourra plus jamais être enregistré ; le stake qu&apos;il porte reste dans Staking et peut être déstaké avec unstake.</translation>
    </message>
</context>
<context>
    <name>DeviceShowCommand</name>
    <message>
        <source>Show one device from the verified cache</source>
        <translation>Afficher un appareil depuis le cache vérifié</translation>
    </message>
    <message>
        <source>The device&apos;s address</source>
        <translation>L&apos;adresse de l&apos;appareil</translation>
    </message>
    <message>
        <source>device show takes one device address</source>
        <translation>device show accepte une seule adresse d&apos;appareil</translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation>%1 n&apos;est pas une adresse : %2</translation>
    </message>
    <message>
        <source>no device %1 is registered (verified up to block %2)</source>
        <translation>aucun appareil %1 n&apos;est enregistré (vérifié jusqu&apos;au bloc %2)</translation>
    </message>
    <message>
        <source>Device:     %1</source>
        <translation>Appareil :      %1</translation>
    </message>
    <message>
        <source>Owner:      %1</source>
        <translation>Propriétaire :  %1</translation>
    </message>
    <message>
        <source>Kind:       %1, %2 %3</source>
        <translation>Type :          %1, %2 %3</translation>
    </message>
    <message>
        <source>Region:     %1</source>
        <translation>Région :        %1</translation>
    </message>
    <message>
        <source>Status:     %1</source>
        <translation>Statut :        %1</translation>
    </message>
    <message>
        <source>Stake:      %1 (own %2)</source>
        <translation>Stake :         %1 (dont %2 en propre)</translation>
    </message>
    <message numerus="yes">
        <source>Earned:     %1 in %n reward(s)</source>
        <translation>
            <numerusform>Gagné :         %1 en %n récompense</numerusform>
            <numerusform>Gagné :         %1 en %n récompenses</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline:    epochs %1 to %2</source>
        <translation>Hors ligne :    époques %1 à %2</translation>
    </message>
    <message>
        <source>Owned by:   %1 before</source>
        <translation>Appartenait à : %1</translation>
    </message>
    <message>
        <source>Verified up to block %1</source>
        <translation>Vérifié jusqu&apos;au bloc %1</translation>
    </message>
</context>
<context>
    <name>DeviceTransferCommand</name>
    <message>
        <source>Give a device (its ERC-721 token) to another account</source>
        <translation>Céder un appareil (son token ERC-721) à un autre compte</translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation>L&apos;adresse de l&apos;appareil.</translation>
    </message>
    <message>
        <source>The new owner.</source>
        <translation>Le nouveau propriétaire.</translation>
    </message>
    <message>
        <source>device transfer takes DEVICE TO</source>
        <translation>device transfer attend DEVICE et TO</translation>
    </message>
    <message>
        <source>TO must not be the zero address: the device would be lost</source>
        <translation>TO ne doit pas être l&apos;adresse zéro : l&apos;appareil serait perdu</translation>
    </message>
    <message>
        <source>the registry&apos;s ownerOfDevice answer is not one 32-byte word</source>
        <translation>la réponse du registre à ownerOfDevice n&apos;est pas un unique mot de 32 octets</translation>
    </message>
    <message>
        <source>device %1 is not registered or is retired: there is nothing to transfer</source>
        <translation>l&apos;appareil %1 n&apos;est pas enregistré ou est hors service : il n&apos;y a rien à transférer</translation>
    </message>
    <message>
        <source>device %1 already belongs to %2</source>
        <translation>l&apos;appareil %1 appartient déjà à %2</translation>
    </message>
    <message>
        <source>Transfer device %1 from %2 to %3</source>
        <translation>Transférer l&apos;appareil %1 de %2 à %3</translation>
    </message>
</context>
<context>
    <name>DeviceUpdateCommand</name>
    <message>
        <source>Change a device&apos;s capacity, region or metadata URI (one transaction per field)</source>
        <translation>Modifier la capacité, la région ou l&apos;URI de métadonnées d&apos;un appareil (une transaction par champ)</translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation>L&apos;adresse de l&apos;appareil.</translation>
    </message>
    <message>
        <source>The new capacity, a whole number (with --unit).</source>
        <translation>La nouvelle capacité, un nombre entier (avec --unit).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The capacity&apos;s unit, e.g. TB or Mbps (with --capacity).</source>
        <translation>L&apos;unité de la capacité, p. ex. TB ou Mbps (avec --capacity).</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>The new region: an H3 cell (15 hex digits) or a label.</source>
        <translation>La nouvelle région : une cellule H3 (15 chiffres hexadécimaux) ou un libellé.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>The new metadata URI.</source>
        <translation>La nouvelle URI de métadonnées.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>device update takes one DEVICE</source>
        <translation>device update accepte un seul DEVICE</translation>
    </message>
    <message>
        <source>--capacity and --unit go together: the registry stores them as one</source>
        <translation>--capacity et --unit vont ensemble : le registre les enregistre comme une seule valeur</translation>
    </message>
    <message>
        <source>nothing to update: give --capacity N --unit U, --region R or --metadata URI</source>
        <translation>rien à mettre à jour : indiquez --capacity N --unit U, --region R ou --metadata URI</translation>
    </message>
    <message>
        <source>--capacity must be a whole number above 0</source>
        <translation>--capacity doit être un nombre entier supérieur à 0</translation>
    </message>
    <message>
        <source>Update device %1</source>
        <translation>Mettre à jour l&apos;appareil %1</translation>
    </message>
    <message>
        <source>Set the capacity of device %1 to %2 %3</source>
        <extracomment>%1 device, %2 capacity, %3 unit</extracomment>
        <translation>Définir la capacité de l&apos;appareil %1 à %2 %3</translation>
    </message>
    <message>
        <source>Set the region of device %1 to &quot;%2&quot;</source>
        <translation>Définir la région de l&apos;appareil %1 à « %2 »</translation>
    </message>
    <message>
        <source>Set the metadata URI of device %1 to %2</source>
        <translation>Définir l&apos;URI de métadonnées de l&apos;appareil %1 à %2</translation>
    </message>
</context>
<context>
    <name>DevicesCommand</name>
    <message>
        <source>List an account&apos;s devices from the verified cache</source>
        <translation>Lister les appareils d&apos;un compte depuis le cache vérifié</translation>
    </message>
    <message>
        <source>devices takes no arguments</source>
        <translation>devices n&apos;accepte aucun argument</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1, verified up to block %2</source>
        <translation>
            <numerusform>%n appareil de %1, vérifié jusqu&apos;au bloc %2</numerusform>
            <numerusform>%n appareils de %1, vérifiés jusqu&apos;au bloc %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 %3 %4  %5  %6</source>
        <extracomment>one device: address, kind, capacity and unit, region, status</extracomment>
        <translation>%1  %2 %3 %4  %5  %6</translation>
    </message>
    <message>
        <source>stake %1, last score %2, earned %3</source>
        <translation>stake %1, dernier score %2, gagné %3</translation>
    </message>
    <message>
        <source>%1% in epoch %2</source>
        <translation>%1 % à l&apos;époque %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>EarningsCommand</name>
    <message>
        <source>Show rewards per day, week or month from the verified cache, or export them as CSV</source>
        <translation>Afficher les récompenses par jour, semaine ou mois depuis le cache vérifié, ou les exporter en CSV</translation>
    </message>
    <message>
        <source>Only this device</source>
        <translation>Uniquement cet appareil</translation>
    </message>
    <message>
        <source>Totals per day, week (ISO, from Monday) or month, UTC</source>
        <translation>Totaux par jour, semaine (ISO, à partir du lundi) ou mois, en UTC</translation>
    </message>
    <message>
        <source>First day (UTC), YYYY-MM-DD</source>
        <translation>Premier jour (UTC), AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Last day (UTC, included), YYYY-MM-DD</source>
        <translation>Dernier jour (UTC, inclus), AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Write every reward (one row per device and epoch) to this CSV file</source>
        <translation>Écrire chaque récompense (une ligne par appareil et par époque) dans ce fichier CSV</translation>
    </message>
    <message>
        <source>earnings takes no arguments</source>
        <translation>earnings n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>--period is day, week or month, not %1</source>
        <translation>--period doit valoir day, week ou month, et non %1</translation>
    </message>
    <message>
        <source>--%1 is a date YYYY-MM-DD, not %2</source>
        <translation>--%1 doit être une date AAAA-MM-JJ, et non %2</translation>
    </message>
    <message>
        <source>--device: %1</source>
        <translation>--device : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  (%n reward(s))</source>
        <translation>
            <numerusform>%1  %2  (%n récompense)</numerusform>
            <numerusform>%1  %2  (%n récompenses)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 in %n reward(s), verified up to block %2</source>
        <translation>
            <numerusform>Total : %1 en %n récompense, vérifié jusqu&apos;au bloc %2</numerusform>
            <numerusform>Total : %1 en %n récompenses, vérifié jusqu&apos;au bloc %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
</context>
<context>
    <name>ExecuteCommand</name>
    <message>
        <source>Execute a queued proposal whose timelock delay has passed</source>
        <translation>Exécuter une proposition en file d&apos;attente dont le délai du timelock est écoulé</translation>
    </message>
    <message>
        <source>%1 is queued but not ready: the timelock lets it run from %2, in %3</source>
        <extracomment>%1 the title, %2 a date, %3 how long until then</extracomment>
        <translation>%1 est en file d&apos;attente mais pas encore prête : le timelock permet de l&apos;exécuter à partir du %2, dans %3</translation>
    </message>
    <message>
        <source>%1 succeeded but is not queued: run `plinth-cli queue` first</source>
        <translation>%1 a été adoptée mais n&apos;est pas en file d&apos;attente : exécutez d&apos;abord `plinth-cli queue`</translation>
    </message>
    <message>
        <source>%1 is %2: only a queued proposal can be executed</source>
        <translation>%1 est « %2 » : seule une proposition en file d&apos;attente peut être exécutée</translation>
    </message>
    <message>
        <source>Execute %1</source>
        <translation>Exécuter %1</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>the account held no tokens at the snapshot</source>
        <translation>le compte ne détenait aucun token à l&apos;instantané</translation>
    </message>
    <message>
        <source>the account&apos;s tokens were not delegated at the snapshot: votes count only once delegated, even to oneself</source>
        <translation>les tokens du compte n&apos;étaient pas délégués à l&apos;instantané : les votes ne comptent qu&apos;une fois délégués, même à soi-même</translation>
    </message>
    <message>
        <source>the account had delegated its votes to another account at the snapshot</source>
        <translation>le compte avait délégué ses votes à un autre compte à l&apos;instantané</translation>
    </message>
    <message>
        <source>the account&apos;s tokens or delegation arrived after the snapshot</source>
        <translation>les tokens ou la délégation du compte sont arrivés après l&apos;instantané</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>e.g. &quot;2 days 3 hours&quot;: %1 the days, %2 the hours</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
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
        <translation>%1 : appel non décodé %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <extracomment>a parameter change: %1 the parameter, %2 the old value, %3 the new value</extracomment>
        <translation>%1 : %2 -&gt; %3</translation>
    </message>
    <message>
        <source>(old value unverified: %1)</source>
        <translation>(ancienne valeur non vérifiée : %1)</translation>
    </message>
</context>
<context>
    <name>LedgerCommand</name>
    <message>
        <source>Reconcile rewarded, claimable (proven), claimed and received</source>
        <translation>Rapprocher les montants attribués, réclamables (prouvés), réclamés et reçus</translation>
    </message>
    <message>
        <source>ledger takes no arguments</source>
        <translation>ledger n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>Payout ledger of %1 at block %2</source>
        <translation>Registre des paiements de %1 au bloc %2</translation>
    </message>
    <message numerus="yes">
        <source>Rewarded:   %1 (%n reward(s))</source>
        <translation>
            <numerusform>Attribué :    %1 (%n récompense)</numerusform>
            <numerusform>Attribué :    %1 (%n récompenses)</numerusform>
        </translation>
    </message>
    <message>
        <source>Claimable:  %1 (proven)</source>
        <translation>Réclamable :  %1 (prouvé)</translation>
    </message>
    <message>
        <source>Claimed:    %1</source>
        <translation>Réclamé :     %1</translation>
    </message>
    <message>
        <source>Received:   %1</source>
        <translation>Reçu :        %1</translation>
    </message>
    <message>
        <source>Claim on %1: %2 to %3, received %4</source>
        <translation>Réclamation du %1 : %2 vers %3, reçu %4</translation>
    </message>
    <message>
        <source>Balanced: rewarded - claimed = claimable, and every claim was received in full.</source>
        <translation>Équilibré : attribué - réclamé = réclamable, et chaque réclamation a été reçue en totalité.</translation>
    </message>
    <message>
        <source>Mismatch (%1, off by %2 base units): %3</source>
        <translation>Écart (%1, de %2 unités de base) : %3</translation>
    </message>
</context>
<context>
    <name>NetworkListCommand</name>
    <message>
        <source>List the saved network profiles</source>
        <translation>Lister les profils réseau enregistrés</translation>
    </message>
    <message>
        <source>No saved networks. Start the devnet or pass --network FILE.</source>
        <translation>Aucun réseau enregistré. Démarrez le devnet ou indiquez --network FICHIER.</translation>
    </message>
</context>
<context>
    <name>NetworkSession</name>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>an amount and its token symbol, e.g. &quot;1.5 PLNTH&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>nothing is verified yet: run plinth-cli sync</source>
        <translation>rien n&apos;est encore vérifié : exécutez plinth-cli sync</translation>
    </message>
    <message>
        <source>The owner&apos;s address (default: the wallet&apos;s first account)</source>
        <translation>L&apos;adresse du propriétaire (par défaut : le premier compte du portefeuille)</translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation>%1 n&apos;est pas une adresse : %2</translation>
    </message>
    <message>
        <source>no --owner given and no wallet to take the first account from: %1</source>
        <translation>aucun --owner indiqué et aucun portefeuille où prendre le premier compte : %1</translation>
    </message>
    <message>
        <source>the wallet has no account: pass --owner</source>
        <translation>le portefeuille n&apos;a aucun compte : indiquez --owner</translation>
    </message>
</context>
<context>
    <name>NetworkShowCommand</name>
    <message>
        <source>Show the network profile that commands will use</source>
        <translation>Afficher le profil réseau qu&apos;utiliseront les commandes</translation>
    </message>
    <message>
        <source>Network:       %1 (chain %2)</source>
        <translation>Réseau :            %1 (chaîne %2)</translation>
    </message>
    <message>
        <source>Profile:       %1</source>
        <translation>Profil :            %1</translation>
    </message>
    <message>
        <source>Currency:      %1 (%2 decimals)</source>
        <translation>Devise :            %1 (%2 décimales)</translation>
    </message>
    <message>
        <source>Endpoint:      %1</source>
        <translation>Point d&apos;accès :     %1</translation>
    </message>
    <message>
        <source>Checkpoint:    block %1, %2</source>
        <translation>Point de contrôle : bloc %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Finality:      %n block(s)</source>
        <translation>
            <numerusform>Finalité :          %n bloc</numerusform>
            <numerusform>Finalité :          %n blocs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalShowCommand</name>
    <message>
        <source>Show a proposal: description, decoded actions, votes, and your voting power</source>
        <translation>Afficher une proposition : description, actions décodées, votes et votre pouvoir de vote</translation>
    </message>
    <message>
        <source>The proposal&apos;s id, or its number as in PIP-7</source>
        <translation>L&apos;identifiant de la proposition, ou son numéro comme dans PIP-7</translation>
    </message>
    <message>
        <source>Whose voting power to show (default: the wallet&apos;s first account)</source>
        <translation>De qui afficher le pouvoir de vote (par défaut : le premier compte du portefeuille)</translation>
    </message>
    <message>
        <source>proposal show takes one proposal id</source>
        <translation>proposal show accepte un seul identifiant de proposition</translation>
    </message>
    <message>
        <source>no proposal %1 in the verified cache</source>
        <translation>aucune proposition %1 dans le cache vérifié</translation>
    </message>
    <message>
        <source>No account to show voting power for: pass --account or add one to the wallet.</source>
        <translation>Aucun compte dont afficher le pouvoir de vote : indiquez --account ou ajoutez-en un au portefeuille.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Voting: %1 to %2</source>
        <translation>Vote : du %1 au %2</translation>
    </message>
    <message>
        <source>For %1, against %2, abstain %3; quorum %4 (%5% of the supply at the snapshot)</source>
        <translation>Pour %1, contre %2, abstention %3 ; quorum %4 (%5 % de l&apos;offre à l&apos;instantané)</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Actions :</translation>
    </message>
    <message>
        <source>Votes:</source>
        <translation>Votes :</translation>
    </message>
    <message>
        <source>Your voting power now (the snapshot, %1, is still ahead): %2</source>
        <translation>Votre pouvoir de vote actuel (l&apos;instantané, %1, est encore à venir) : %2</translation>
    </message>
    <message>
        <source>Your voting power at the snapshot: %1</source>
        <translation>Votre pouvoir de vote à l&apos;instantané : %1</translation>
    </message>
    <message>
        <source>You voted %1.</source>
        <translation>Vous avez voté « %1 ».</translation>
    </message>
    <message>
        <source>Voting for (or abstaining) would bring the proposal to quorum.</source>
        <translation>Voter pour (ou s&apos;abstenir) permettrait à la proposition d&apos;atteindre le quorum.</translation>
    </message>
    <message>
        <source>Your vote would change the outcome as it stands.</source>
        <translation>Votre vote changerait le résultat en l&apos;état.</translation>
    </message>
    <message>
        <source>Your vote would not change the outcome as it stands.</source>
        <translation>Votre vote ne changerait pas le résultat en l&apos;état.</translation>
    </message>
</context>
<context>
    <name>ProposalsCommand</name>
    <message>
        <source>List the governor&apos;s proposals with their state and votes, from verified events</source>
        <translation>Lister les propositions du contrat Governor avec leur état et leurs votes, à partir d&apos;événements vérifiés</translation>
    </message>
    <message>
        <source>Only proposals in this state: pending, active, canceled, defeated, succeeded, queued, expired, executed</source>
        <translation>Uniquement les propositions dans cet état : pending, active, canceled, defeated, succeeded, queued, expired, executed</translation>
    </message>
    <message>
        <source>proposals takes no arguments</source>
        <translation>proposals n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>unknown state %1</source>
        <translation>état inconnu %1</translation>
    </message>
    <message>
        <source>Verified at block %1 (%2)</source>
        <translation>Vérifié au bloc %1 (%2)</translation>
    </message>
    <message>
        <source>%1 [%2]
  for %3, against %4, abstain %5 (quorum %6); voting %7 to %8
  id %9</source>
        <extracomment>%1 the title, %2 the state, %3-%5 votes for, against, abstain, %6 the quorum, %7 start, %8 end</extracomment>
        <translation>%1 [%2]
  pour %3, contre %4, abstention %5 (quorum %6) ; vote du %7 au %8
  id %9</translation>
    </message>
</context>
<context>
    <name>ProposeCommand</name>
    <message>
        <source>Create a proposal from parameter changes, treasury transfers or raw actions</source>
        <translation>Créer une proposition à partir de modifications de paramètres, de transferts de la trésorerie ou d&apos;actions brutes</translation>
    </message>
    <message>
        <source>A parameter change, e.g. rewards.rewardRate=0.55, registry.minStake=1500, staking.unbondingPeriod=7d (repeatable)</source>
        <translation>Une modification de paramètre, p. ex. rewards.rewardRate=0.55, registry.minStake=1500, staking.unbondingPeriod=7d (répétable)</translation>
    </message>
    <message>
        <source>A treasury transfer of the token, e.g. 0x9965…=150000 (repeatable)</source>
        <translation>Un transfert du token depuis la trésorerie, p. ex. 0x9965…=150000 (répétable)</translation>
    </message>
    <message>
        <source>A raw action: target (contract name or address), value in wei, calldata (repeatable)</source>
        <translation>Une action brute : cible (nom de contrat ou adresse), valeur en wei, calldata (répétable)</translation>
    </message>
    <message>
        <source>An action by signature, arguments as a JSON array, e.g. &quot;staking setUnbondingPeriod(uint64) [604800]&quot; (repeatable)</source>
        <translation>Une action par signature, avec les arguments sous forme de tableau JSON, p. ex. &quot;staking setUnbondingPeriod(uint64) [604800]&quot; (répétable)</translation>
    </message>
    <message>
        <source>The proposal&apos;s markdown description; its first line is the title</source>
        <translation>La description de la proposition en Markdown ; sa première ligne est le titre</translation>
    </message>
    <message>
        <source>Read the markdown description from a file</source>
        <translation>Lire la description Markdown depuis un fichier</translation>
    </message>
    <message>
        <source>propose takes no arguments: give the actions with --set, --transfer, --action or --call</source>
        <translation>propose n&apos;accepte aucun argument : indiquez les actions avec --set, --transfer, --action ou --call</translation>
    </message>
    <message>
        <source>the verified cache has no ProposalThresholdSet event of the governor: its threshold is unknown</source>
        <translation>le cache vérifié ne contient aucun événement ProposalThresholdSet du contrat Governor : son seuil est inconnu</translation>
    </message>
    <message>
        <source>%1 has %2 of voting power; proposing needs %3 (the governor&apos;s proposal threshold): %4 missing</source>
        <extracomment>%1 the proposer, %2 its votes, %3 the threshold, %4 how many are missing</extracomment>
        <translation>%1 dispose de %2 de pouvoir de vote ; proposer nécessite %3 (le seuil de proposition du contrat Governor) : il manque %4</translation>
    </message>
    <message>
        <source>its %1 are not delegated: run `plinth-cli delegate self` first</source>
        <translation>ses %1 ne sont pas délégués : exécutez d&apos;abord `plinth-cli delegate self`</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>the same proposal exists already: %1 (id %2, %3); change the description to propose it again; nothing was sent</source>
        <extracomment>%1 the proposal&apos;s title, %2 its id, %3 its state</extracomment>
        <translation>la même proposition existe déjà : %1 (id %2, %3) ; modifiez la description pour la proposer de nouveau ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>Propose &quot;%1&quot;</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>Proposer « %1 »</translation>
    </message>
    <message>
        <source>The governor&apos;s propose</source>
        <translation>propose du contrat Governor</translation>
    </message>
    <message>
        <source>Proposal id: %1</source>
        <translation>Identifiant de la proposition : %1</translation>
    </message>
    <message>
        <source>Your votes: %1 (threshold %2)</source>
        <translation>Vos votes : %1 (seuil %2)</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Actions :</translation>
    </message>
    <message>
        <source>give the description with exactly one of --description and --description-file</source>
        <translation>indiquez la description avec une seule des options --description et --description-file</translation>
    </message>
    <message>
        <source>cannot read the description file %1: %2</source>
        <translation>impossible de lire le fichier de description %1 : %2</translation>
    </message>
    <message>
        <source>the description is empty: its first line is the proposal&apos;s title</source>
        <translation>la description est vide : sa première ligne est le titre de la proposition</translation>
    </message>
    <message>
        <source>a proposal needs at least one action: --set, --transfer, --action or --call</source>
        <translation>une proposition nécessite au moins une action : --set, --transfer, --action ou --call</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <source>Queue a succeeded proposal in the timelock</source>
        <translation>Mettre une proposition adoptée dans la file d&apos;attente du timelock</translation>
    </message>
    <message>
        <source>%1 is %2: it can be queued once voting ends (%3) if it succeeded</source>
        <extracomment>%1 the title, %2 its state, %3 the end of voting</extracomment>
        <translation>%1 est « %2 » : elle pourra être mise en file d&apos;attente à la fin du vote (%3) si elle est adoptée</translation>
    </message>
    <message>
        <source>%1 is %2: only a succeeded proposal can be queued</source>
        <translation>%1 est « %2 » : seule une proposition adoptée peut être mise en file d&apos;attente</translation>
    </message>
    <message>
        <source>Queue %1 in the timelock</source>
        <translation>Mettre %1 dans la file d&apos;attente du timelock</translation>
    </message>
    <message>
        <source>The timelock&apos;s delay is %1: once queued, it can be executed from about %2.</source>
        <extracomment>%1 how long the timelock waits, %2 the date from which execute can run</extracomment>
        <translation>Le délai du timelock est de %1 : une fois en file d&apos;attente, elle pourra être exécutée à partir du %2 environ.</translation>
    </message>
</context>
<context>
    <name>ResourcesCommand</name>
    <message>
        <source>Show this computer&apos;s disks, GPU, CPU, memory and network interfaces</source>
        <translation>Afficher les disques, le GPU, le CPU, la mémoire et les interfaces réseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Disk:      %1 (%2, %3): %4 GiB free of %5 GiB, measured</source>
        <translation>Disque :    %1 (%2, %3) : %4 GiB libres sur %5 GiB, mesuré</translation>
    </message>
    <message>
        <source>GPU:       none found</source>
        <translation>GPU :       aucun trouvé</translation>
    </message>
    <message>
        <source>GPU:       unknown (nothing readable)</source>
        <translation>GPU :       inconnu (rien de lisible)</translation>
    </message>
    <message>
        <source>GPU:       %1, measured (%2)</source>
        <translation>GPU :       %1, mesuré (%2)</translation>
    </message>
    <message numerus="yes">
        <source>CPU:       %1, %n logical core(s), measured</source>
        <translation>
            <numerusform>CPU :       %1, %n cœur logique, mesuré</numerusform>
            <numerusform>CPU :       %1, %n cœurs logiques, mesuré</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU:       unknown</source>
        <translation>CPU :       inconnu</translation>
    </message>
    <message>
        <source>Memory:    %1 GiB, measured</source>
        <translation>Mémoire :   %1 GiB, mesurée</translation>
    </message>
    <message>
        <source>Memory:    unknown</source>
        <translation>Mémoire :   inconnue</translation>
    </message>
    <message>
        <source>Interface: %1 %2, link speed %3</source>
        <translation>Interface : %1 %2, vitesse de liaison %3</translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <translation>%1 Mbps</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Capacities a network scores (TB offered, TFLOPS, uplink Mbps) are declared when registering; they are not measured here.</source>
        <translation>Les capacités qu&apos;un réseau évalue (TB offerts, TFLOPS, Mbps en liaison montante) sont déclarées lors de l&apos;enregistrement ; elles ne sont pas mesurées ici.</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Send the native currency, or the network&apos;s token with --token</source>
        <translation>Envoyer la monnaie native, ou le token du réseau avec --token</translation>
    </message>
    <message>
        <source>The recipient.</source>
        <translation>Le destinataire.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>How much, in the currency&apos;s units (e.g. 1.5).</source>
        <translation>Le montant, dans les unités de la monnaie (p. ex. 1.5).</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>Send the profile&apos;s ERC-20 token instead of the native currency.</source>
        <translation>Envoyer le token ERC-20 du profil au lieu de la monnaie native.</translation>
    </message>
    <message>
        <source>Return once the node has accepted the transaction, without waiting for a block.</source>
        <translation>Rendre la main dès que le nœud a accepté la transaction, sans attendre de bloc.</translation>
    </message>
    <message>
        <source>--to ADDRESS is required</source>
        <translation>--to ADRESSE est requis</translation>
    </message>
    <message>
        <source>--amount AMOUNT is required</source>
        <translation>--amount MONTANT est requis</translation>
    </message>
    <message>
        <source>the network &quot;%1&quot; has no token</source>
        <translation>le réseau « %1 » n&apos;a pas de token</translation>
    </message>
</context>
<context>
    <name>SignMessageCommand</name>
    <message>
        <source>Sign a text message (EIP-191 personal_sign)</source>
        <translation>Signer un message texte (EIP-191 personal_sign)</translation>
    </message>
    <message>
        <source>The message, signed as its UTF-8 bytes.</source>
        <translation>Le message, signé sous forme de ses octets UTF-8.</translation>
    </message>
    <message>
        <source>expected one TEXT argument</source>
        <translation>un seul argument TEXT attendu</translation>
    </message>
</context>
<context>
    <name>SignOnboardingCommand</name>
    <message>
        <source>Sign an onboarding payload with a device key (offline), as JSON and QR text</source>
        <translation>Signer une charge utile d&apos;intégration avec une clé d&apos;appareil (hors ligne), en JSON et en texte QR</translation>
    </message>
    <message>
        <source>The account that will register the device.</source>
        <translation>Le compte qui enregistrera l&apos;appareil.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Also write the JSON payload to this file (must not exist).</source>
        <translation>Écrire aussi la charge utile JSON dans ce fichier (qui ne doit pas exister).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Do not draw the QR code.</source>
        <translation>Ne pas dessiner le code QR.</translation>
    </message>
    <message>
        <source>device-key sign-onboarding takes no arguments</source>
        <translation>device-key sign-onboarding n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>--owner ADDRESS is required</source>
        <translation>--owner ADRESSE est requis</translation>
    </message>
    <message>
        <source>%1 already exists: it was not overwritten</source>
        <translation>%1 existe déjà : il n&apos;a pas été écrasé</translation>
    </message>
    <message>
        <source>Device %1 signed its onboarding to %2 on %3 (chain %4), valid until %5.</source>
        <extracomment>%1 device, %2 owner, %3 network name, %4 chain id, %5 deadline (UTC)</extracomment>
        <translation>L&apos;appareil %1 a signé son intégration pour %2 sur %3 (chaîne %4), valable jusqu&apos;au %5.</translation>
    </message>
    <message>
        <source>Payload (JSON):</source>
        <translation>Charge utile (JSON) :</translation>
    </message>
    <message numerus="yes">
        <source>Payload (QR text, %n character(s)):</source>
        <translation>
            <numerusform>Charge utile (texte QR, %n caractère) :</numerusform>
            <numerusform>Charge utile (texte QR, %n caractères) :</numerusform>
        </translation>
    </message>
    <message>
        <source>The JSON was also written to %1.</source>
        <translation>Le JSON a aussi été écrit dans %1.</translation>
    </message>
    <message>
        <source>Register it from the owner&apos;s wallet with `plinth-cli device register --payload FILE` (or - for the text on stdin).</source>
        <translation>Enregistrez-le depuis le portefeuille du propriétaire avec `plinth-cli device register --payload FICHIER` (ou - pour le texte sur stdin).</translation>
    </message>
</context>
<context>
    <name>SignTransactionCommand</name>
    <message>
        <source>Sign a transaction offline and print it raw (JSON in FILE)</source>
        <translation>Signer une transaction hors ligne et l&apos;afficher brute (JSON dans FILE)</translation>
    </message>
    <message>
        <source>eth_sendTransaction fields plus chainId, nonce and type; numbers as hex.</source>
        <translation>Champs d&apos;eth_sendTransaction plus chainId, nonce et type ; nombres en hexadécimal.</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>un seul FILE attendu</translation>
    </message>
    <message>
        <source>invalid transaction: %1</source>
        <translation>transaction non valide : %1</translation>
    </message>
    <message>
        <source>the transaction&apos;s &quot;from&quot; is not the --from account</source>
        <translation>le champ &quot;from&quot; de la transaction n&apos;est pas le compte de --from</translation>
    </message>
</context>
<context>
    <name>SignTypedDataCommand</name>
    <message>
        <source>Sign EIP-712 typed data (eth_signTypedData_v4 JSON in FILE)</source>
        <translation>Signer des données typées EIP-712 (JSON eth_signTypedData_v4 dans FILE)</translation>
    </message>
    <message>
        <source>The typed data: types, primaryType, domain, message.</source>
        <translation>Les données typées : types, primaryType, domain, message.</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>un seul FILE attendu</translation>
    </message>
    <message>
        <source>invalid typed data: %1</source>
        <translation>données typées non valides : %1</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>Run a proposal&apos;s actions by eth_call from the timelock and show what each would do (unverified)</source>
        <translation>Exécuter les actions d&apos;une proposition par eth_call depuis le timelock et montrer ce que ferait chacune (non vérifié)</translation>
    </message>
    <message>
        <source>The proposal&apos;s id, or its number as in PIP-7</source>
        <translation>L&apos;identifiant de la proposition, ou son numéro comme dans PIP-7</translation>
    </message>
    <message>
        <source>simulate takes one proposal id</source>
        <translation>simulate accepte un seul identifiant de proposition</translation>
    </message>
    <message>
        <source>%1 (undecoded call %2)</source>
        <translation>%1 (appel non décodé %2)</translation>
    </message>
    <message>
        <source>  %1. %2: %3</source>
        <extracomment>%1 the action&apos;s number, %2 contract.function, %3 &quot;succeeds&quot; or the revert reason</extracomment>
        <translation>  %1. %2 : %3</translation>
    </message>
    <message>
        <source>succeeds</source>
        <translation>réussit</translation>
    </message>
    <message>
        <source>reverts: %1</source>
        <translation>échoue (revert) : %1</translation>
    </message>
    <message>
        <source>an action calls the timelock itself</source>
        <translation>une action appelle le timelock lui-même</translation>
    </message>
    <message>
        <source>In sequence: not simulated: %1.</source>
        <extracomment>%1 why</extracomment>
        <translation>En séquence : non simulé : %1.</translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: every action succeeds.</source>
        <translation>En séquence, comme execute les exécute : toutes les actions réussissent.</translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: action %1 reverts: %2</source>
        <translation>En séquence, comme execute les exécute : l&apos;action %1 échoue (revert) : %2</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Simulated with eth_call from the timelock %1 on the node&apos;s latest state: unverified, no proof covers an execution.</source>
        <translation>Simulé avec eth_call depuis le timelock %1 sur le dernier état du nœud : non vérifié, aucune preuve ne couvre une exécution.</translation>
    </message>
    <message>
        <source>Note: the governor&apos;s own settings accept a call only from inside its execute, so a governor action reverts here even when it would succeed.</source>
        <translation>Remarque : les paramètres propres au contrat Governor n&apos;acceptent un appel que depuis son propre execute ; une action sur le Governor échoue donc ici même si elle réussirait lors de l&apos;exécution.</translation>
    </message>
    <message>
        <source>an action of %1 would revert if executed now</source>
        <translation>une action de %1 échouerait si elle était exécutée maintenant</translation>
    </message>
</context>
<context>
    <name>StakeCommand</name>
    <message>
        <source>Stake tokens on a device you own (approves them first when needed)</source>
        <translation>Staker des tokens sur un appareil qui vous appartient (les approuve d&apos;abord si nécessaire)</translation>
    </message>
    <message>
        <source>Stake %1 on your device %2</source>
        <translation>Staker %1 sur votre appareil %2</translation>
    </message>
</context>
<context>
    <name>StakesCommand</name>
    <message>
        <source>Show stakes, delegations, unbondings and slashes, from verified events</source>
        <translation>Afficher les stakes, délégations, déblocages et pénalités, à partir d&apos;événements vérifiés</translation>
    </message>
    <message>
        <source>Only what concerns this address: its stakes, stakes on its devices, its unbondings and slashes</source>
        <translation>Uniquement ce qui concerne cette adresse : ses stakes, les stakes sur ses appareils, ses déblocages et ses pénalités</translation>
    </message>
    <message>
        <source>stakes takes no arguments</source>
        <translation>stakes n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>Verified at block %1 (%2)</source>
        <translation>Vérifié au bloc %1 (%2)</translation>
    </message>
    <message>
        <source>Stakes:</source>
        <translation>Stakes :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 delegates %2 to device %3</source>
        <extracomment>%1 the staker, %2 the amount, %3 the device</extracomment>
        <translation>%1 délègue %2 à l&apos;appareil %3</translation>
    </message>
    <message>
        <source>%1 stakes %2 on device %3</source>
        <translation>%1 stake %2 sur l&apos;appareil %3</translation>
    </message>
    <message>
        <source>(slashed %1)</source>
        <translation>(pénalisé de %1)</translation>
    </message>
    <message>
        <source>Unbondings:</source>
        <translation>Déblocages :</translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, withdrawn</source>
        <extracomment>%1 the unbonding id, %2 the amount, %3 the staker, %4 the device, %5 the release date</extracomment>
        <translation>n° %1 : %2 de %3 depuis l&apos;appareil %4, retiré</translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, withdrawable since %5</source>
        <translation>n° %1 : %2 de %3 depuis l&apos;appareil %4, retirable depuis le %5</translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, released on %5</source>
        <translation>n° %1 : %2 de %3 depuis l&apos;appareil %4, libéré le %5</translation>
    </message>
    <message>
        <source>Slashes:</source>
        <translation>Pénalités :</translation>
    </message>
    <message>
        <source>%1 of %2 on device %3, %4: %5</source>
        <extracomment>%1 the amount, %2 the staker, %3 the device, %4 the date, %5 the slasher&apos;s reason</extracomment>
        <translation>%1 de %2 sur l&apos;appareil %3, %4 : %5</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show the verified height, each endpoint&apos;s head and the last sync error</source>
        <translation>Afficher la hauteur vérifiée, le dernier bloc de chaque point d&apos;accès et la dernière erreur de synchronisation</translation>
    </message>
    <message>
        <source>not a block number</source>
        <translation>pas un numéro de bloc</translation>
    </message>
    <message>
        <source>Network:   %1 (chain %2)</source>
        <translation>Réseau :        %1 (chaîne %2)</translation>
    </message>
    <message>
        <source>Verified:  block %1, %2</source>
        <translation>Vérifié :       bloc %1, %2</translation>
    </message>
    <message>
        <source>Verified:  nothing yet (run plinth-cli sync)</source>
        <translation>Vérifié :       rien pour l&apos;instant (exécutez plinth-cli sync)</translation>
    </message>
    <message>
        <source>Endpoint:  %1, head %2, %3 ms</source>
        <translation>Point d&apos;accès : %1, dernier bloc %2, %3 ms</translation>
    </message>
    <message>
        <source>Endpoint:  %1, not answering: %2</source>
        <translation>Point d&apos;accès : %1, ne répond pas : %2</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Dernière erreur (%1) : %2</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Sync and verify the chain into the local cache</source>
        <translation>Synchroniser et vérifier la chaîne dans le cache local</translation>
    </message>
    <message>
        <source>Keep following new blocks until interrupted (Ctrl+C)</source>
        <translation>Continuer à suivre les nouveaux blocs jusqu&apos;à interruption (Ctrl+C)</translation>
    </message>
    <message>
        <source>verified block %1 of %2 (%3%)</source>
        <extracomment>progress of a sync: %1 the verified block, %2 the block synced to, %3 a percentage</extracomment>
        <translation>bloc %1 sur %2 vérifié (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n log(s) stored</source>
        <translation>
            <numerusform>%n journal enregistré</numerusform>
            <numerusform>%n journaux enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>receipts proven for %n block(s)</source>
        <translation>
            <numerusform>reçus prouvés pour %n bloc</numerusform>
            <numerusform>reçus prouvés pour %n blocs</numerusform>
        </translation>
    </message>
    <message>
        <source>sync failed, retrying: %1</source>
        <translation>échec de la synchronisation, nouvelle tentative : %1</translation>
    </message>
    <message>
        <source>Verified up to block %1 (%2), %3</source>
        <translation>Vérifié jusqu&apos;au bloc %1 (%2), %3</translation>
    </message>
    <message>
        <source>Nothing verified yet: no block after the checkpoint has a verified child block yet.</source>
        <translation>Rien de vérifié pour l&apos;instant : aucun bloc postérieur au point de contrôle n&apos;a encore de bloc enfant vérifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n new log(s) stored</source>
        <translation>
            <numerusform>%n nouveau journal enregistré</numerusform>
            <numerusform>%n nouveaux journaux enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followed %n reorg(s)</source>
        <translation>
            <numerusform>%n réorganisation suivie</numerusform>
            <numerusform>%n réorganisations suivies</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoint %1 gave an answer that failed verification, so it was set aside: %2</source>
        <translation>Le point d&apos;accès %1 a donné une réponse qui a échoué à la vérification ; il a donc été écarté : %2</translation>
    </message>
    <message>
        <source>Warning: the endpoints disagree, so sync did not advance: %1</source>
        <translation>Avertissement : les points d&apos;accès divergent, la synchronisation n&apos;a donc pas avancé : %1</translation>
    </message>
</context>
<context>
    <name>TxCancelCommand</name>
    <message>
        <source>Replace a pending transaction with a 0-value transfer to yourself</source>
        <translation>Remplacer une transaction en attente par un transfert d&apos;une valeur de 0 vers vous-même</translation>
    </message>
</context>
<context>
    <name>TxSpeedUpCommand</name>
    <message>
        <source>Resend a pending transaction with higher fees (same nonce)</source>
        <translation>Renvoyer une transaction en attente avec des frais plus élevés (même nonce)</translation>
    </message>
</context>
<context>
    <name>TxStatusCommand</name>
    <message>
        <source>Show whether a transaction is pending, included, replaced or dropped</source>
        <translation>Indiquer si une transaction est en attente, incluse, remplacée ou abandonnée</translation>
    </message>
    <message>
        <source>The transaction hash.</source>
        <translation>Le hash de la transaction.</translation>
    </message>
</context>
<context>
    <name>UnstakeCommand</name>
    <message>
        <source>Start unbonding stake from a device (withdraw it after the unbonding period)</source>
        <translation>Commencer le déblocage du stake d&apos;un appareil (à retirer après la période de déblocage)</translation>
    </message>
    <message>
        <source>the network profile has no valid staking contract</source>
        <translation>le profil réseau n&apos;a pas de contrat de staking valide</translation>
    </message>
    <message>
        <source>Unstake %1 from device %2: it unbonds, then `withdraw` pays it out</source>
        <extracomment>%1 amount with symbol, %2 device address</extracomment>
        <translation>Déstaker %1 de l&apos;appareil %2 : le montant entre en déblocage, puis `withdraw` le verse</translation>
    </message>
    <message numerus="yes">
        <source>Unbonding period: %n day(s) (read with eth_call, unverified)</source>
        <translation>
            <numerusform>Période de déblocage : %n jour (lue avec eth_call, non vérifiée)</numerusform>
            <numerusform>Période de déblocage : %n jours (lue avec eth_call, non vérifiée)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unbonding period: %1 s (read with eth_call, unverified)</source>
        <translation>Période de déblocage : %1 s (lue avec eth_call, non vérifiée)</translation>
    </message>
</context>
<context>
    <name>VerifyMessageCommand</name>
    <message>
        <source>Check that ADDRESS signed TEXT (exit code 0 if so, 1 if not)</source>
        <translation>Vérifier que ADDRESS a signé TEXT (code de sortie 0 si oui, 1 sinon)</translation>
    </message>
    <message>
        <source>The expected signer.</source>
        <translation>Le signataire attendu.</translation>
    </message>
    <message>
        <source>The message.</source>
        <translation>Le message.</translation>
    </message>
    <message>
        <source>65 bytes of hex (r, s, v).</source>
        <translation>65 octets en hexadécimal (r, s, v).</translation>
    </message>
    <message>
        <source>expected ADDRESS, TEXT and SIGNATURE</source>
        <translation>ADDRESS, TEXT et SIGNATURE attendus</translation>
    </message>
    <message>
        <source>invalid signature: %1</source>
        <translation>signature non valide : %1</translation>
    </message>
    <message>
        <source>Valid: signed by %1.</source>
        <translation>Valide : signé par %1.</translation>
    </message>
    <message>
        <source>Not valid: the signature is by %1, not %2.</source>
        <translation>Non valide : la signature est de %1, et non de %2.</translation>
    </message>
</context>
<context>
    <name>VoteCommand</name>
    <message>
        <source>Vote for, against or abstain on an active proposal</source>
        <translation>Voter for (pour), against (contre) ou abstain (abstention) sur une proposition active</translation>
    </message>
    <message>
        <source>The proposal&apos;s id, or its number as in PIP-7</source>
        <translation>L&apos;identifiant de la proposition, ou son numéro comme dans PIP-7</translation>
    </message>
    <message>
        <source>for, against or abstain</source>
        <translation>for, against ou abstain</translation>
    </message>
    <message>
        <source>A reason, recorded on chain with the vote (castVoteWithReason)</source>
        <translation>Un motif, enregistré sur la chaîne avec le vote (castVoteWithReason)</translation>
    </message>
    <message>
        <source>vote takes a proposal id and for, against or abstain</source>
        <translation>vote attend un identifiant de proposition et for, against ou abstain</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vote: use for, against or abstain</source>
        <translation>« %1 » n&apos;est pas un vote : utilisez for, against ou abstain</translation>
    </message>
    <message>
        <source>%1 is pending: voting opens at %2 (in %3); nothing was sent</source>
        <extracomment>%1 the proposal&apos;s title, %2 a date, %3 how long until then</extracomment>
        <translation>%1 est en attente : le vote s&apos;ouvre le %2 (dans %3) ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>%1 is %2, not active: voting closed at %3; nothing was sent</source>
        <extracomment>%1 the proposal&apos;s title, %2 its state, %3 a date</extracomment>
        <translation>%1 est « %2 », pas active : le vote s&apos;est clos le %3 ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>%1 already voted %2 on %3 (block %4); the governor counts one vote per account; nothing was sent</source>
        <extracomment>%1 the voter, %2 for/against/abstain, %3 the proposal&apos;s title, %4 a block number</extracomment>
        <translation>%1 a déjà voté « %2 » sur %3 (bloc %4) ; le contrat Governor compte un vote par compte ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>%1 has no voting power on %2 (snapshot %3): %4; nothing was sent</source>
        <extracomment>%1 the voter, %2 the proposal&apos;s title, %3 the snapshot&apos;s date, %4 why</extracomment>
        <translation>%1 n&apos;a aucun pouvoir de vote sur %2 (instantané du %3) : %4 ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>Vote %1 on %2</source>
        <extracomment>%1 for/against/abstain, %2 the proposal&apos;s title</extracomment>
        <translation>Voter « %1 » sur %2</translation>
    </message>
    <message>
        <source>The governor&apos;s castVoteWithReason</source>
        <translation>castVoteWithReason du contrat Governor</translation>
    </message>
    <message>
        <source>The governor&apos;s castVote</source>
        <translation>castVote du contrat Governor</translation>
    </message>
    <message>
        <source>Your voting power at the snapshot (%1): %2</source>
        <translation>Votre pouvoir de vote à l&apos;instantané (%1) : %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>This vote brings the proposal to quorum and changes its outcome as it stands.</source>
        <translation>Ce vote permet à la proposition d&apos;atteindre le quorum et change son résultat en l&apos;état.</translation>
    </message>
    <message>
        <source>This vote brings the proposal to quorum.</source>
        <translation>Ce vote permet à la proposition d&apos;atteindre le quorum.</translation>
    </message>
    <message>
        <source>This vote turns the proposal from passing to failing as it stands.</source>
        <translation>En l&apos;état, ce vote fait passer la proposition d&apos;adoptée à rejetée.</translation>
    </message>
    <message>
        <source>This vote turns the proposal from failing to passing as it stands.</source>
        <translation>En l&apos;état, ce vote fait passer la proposition de rejetée à adoptée.</translation>
    </message>
    <message>
        <source>This vote does not change the outcome: the proposal passes as it stands.</source>
        <translation>Ce vote ne change pas le résultat : en l&apos;état, la proposition est adoptée.</translation>
    </message>
    <message>
        <source>This vote does not change the outcome: the proposal fails as it stands.</source>
        <translation>Ce vote ne change pas le résultat : en l&apos;état, la proposition est rejetée.</translation>
    </message>
</context>
<context>
    <name>WalletChangePasswordCommand</name>
    <message>
        <source>Change the vault password</source>
        <translation>Changer le mot de passe du coffre</translation>
    </message>
    <message>
        <source>The vault password was changed.</source>
        <translation>Le mot de passe du coffre a été changé.</translation>
    </message>
</context>
<context>
    <name>WalletCreateCommand</name>
    <message>
        <source>Create a vault with a new recovery phrase</source>
        <translation>Créer un coffre avec une nouvelle phrase de récupération</translation>
    </message>
    <message>
        <source>Recovery phrase length: 12 or 24 words (default 12).</source>
        <translation>Longueur de la phrase de récupération : 12 ou 24 mots (12 par défaut).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>--words must be 12 or 24</source>
        <translation>--words doit valoir 12 ou 24</translation>
    </message>
    <message>
        <source>a vault already exists in %1</source>
        <translation>un coffre existe déjà dans %1</translation>
    </message>
    <message>
        <source>the vault was created but has no account</source>
        <translation>le coffre a été créé mais n&apos;a aucun compte</translation>
    </message>
    <message>
        <source>Created a vault in %1 with account %2 (%3).</source>
        <translation>Coffre créé dans %1 avec le compte %2 (%3).</translation>
    </message>
    <message>
        <source>Recovery phrase: write it down on paper and keep it offline. Anyone who sees it can take everything in this wallet; without it (and the passphrase, if you set one) a lost vault cannot be restored.</source>
        <translation>Phrase de récupération : notez-la sur papier et conservez-la hors ligne. Quiconque la voit peut prendre tout le contenu de ce portefeuille ; sans elle (et sans la phrase secrète, si vous en avez défini une), un coffre perdu ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>It is not shown again unless you ask with `plinth-cli wallet show-mnemonic`.</source>
        <translation>Elle ne sera plus affichée, sauf si vous la demandez avec `plinth-cli wallet show-mnemonic`.</translation>
    </message>
    <message>
        <source>Warning: the recovery phrase went to standard output, which is not a terminal; do not keep it in a file.</source>
        <translation>Avertissement : la phrase de récupération a été écrite sur la sortie standard, qui n&apos;est pas un terminal ; ne la conservez pas dans un fichier.</translation>
    </message>
</context>
<context>
    <name>WalletExportKeystoreCommand</name>
    <message>
        <source>Export an account as a keystore v3 file</source>
        <translation>Exporter un compte sous forme de fichier keystore v3</translation>
    </message>
    <message>
        <source>The account to export.</source>
        <translation>Le compte à exporter.</translation>
    </message>
    <message>
        <source>The file to write (must not exist).</source>
        <translation>Le fichier à écrire (qui ne doit pas exister).</translation>
    </message>
    <message>
        <source>expected ADDRESS and OUT</source>
        <translation>ADDRESS et OUT attendus</translation>
    </message>
    <message>
        <source>%1 already exists: it was not overwritten</source>
        <translation>%1 existe déjà : il n&apos;a pas été écrasé</translation>
    </message>
    <message>
        <source>%1 is watch-only: there is no key to export</source>
        <translation>%1 est en lecture seule : il n&apos;y a aucune clé à exporter</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>%1 écrit dans %2.</translation>
    </message>
</context>
<context>
    <name>WalletImportKeyCommand</name>
    <message>
        <source>Import a private key (hex, read on stdin)</source>
        <translation>Importer une clé privée (hexadécimale, lue sur stdin)</translation>
    </message>
    <message>
        <source>Private key (hex): </source>
        <translation>Clé privée (hex) : </translation>
    </message>
    <message>
        <source>the private key is not valid hex: %1</source>
        <translation>la clé privée n&apos;est pas un hexadécimal valide : %1</translation>
    </message>
    <message>
        <source>a private key is 32 bytes (64 hex digits)</source>
        <translation>une clé privée fait 32 octets (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
</context>
<context>
    <name>WalletImportKeystoreCommand</name>
    <message>
        <source>Import a keystore v3 (JSON) file</source>
        <translation>Importer un fichier keystore v3 (JSON)</translation>
    </message>
    <message>
        <source>The keystore file.</source>
        <translation>Le fichier keystore.</translation>
    </message>
    <message>
        <source>expected one keystore FILE</source>
        <translation>un seul FILE keystore attendu</translation>
    </message>
    <message>
        <source>%1 is too large for a keystore file</source>
        <translation>%1 est trop volumineux pour un fichier keystore</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
</context>
<context>
    <name>WalletRestoreCommand</name>
    <message>
        <source>Create a vault from a recovery phrase read on stdin</source>
        <translation>Créer un coffre à partir d&apos;une phrase de récupération lue sur stdin</translation>
    </message>
    <message>
        <source>a vault already exists in %1</source>
        <translation>un coffre existe déjà dans %1</translation>
    </message>
    <message>
        <source>Recovery phrase: </source>
        <translation>Phrase de récupération : </translation>
    </message>
    <message>
        <source>the recovery phrase is not valid: %1</source>
        <translation>la phrase de récupération n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>the vault was created but has no account</source>
        <translation>le coffre a été créé mais n&apos;a aucun compte</translation>
    </message>
    <message>
        <source>Restored the vault; first account %1.</source>
        <translation>Coffre restauré ; premier compte : %1.</translation>
    </message>
</context>
<context>
    <name>WalletShowMnemonicCommand</name>
    <message>
        <source>Show the recovery phrase (asks for the password)</source>
        <translation>Afficher la phrase de récupération (demande le mot de passe)</translation>
    </message>
    <message>
        <source>Recovery phrase (keep it secret):</source>
        <translation>Phrase de récupération (gardez-la secrète) :</translation>
    </message>
</context>
<context>
    <name>WalletWatchCommand</name>
    <message>
        <source>Add a watch-only address</source>
        <translation>Ajouter une adresse en lecture seule</translation>
    </message>
    <message>
        <source>The address to watch.</source>
        <translation>L&apos;adresse à surveiller.</translation>
    </message>
    <message>
        <source>expected one ADDRESS</source>
        <translation>un seul ADDRESS attendu</translation>
    </message>
    <message>
        <source>Watching %1.</source>
        <translation>Surveillance de %1.</translation>
    </message>
</context>
<context>
    <name>WithdrawCommand</name>
    <message>
        <source>Withdraw an unbonding entry whose release time has passed</source>
        <translation>Retirer un déblocage dont l&apos;heure de libération est passée</translation>
    </message>
    <message>
        <source>The unbonding id (see `plinth-cli stakes`).</source>
        <translation>L&apos;identifiant du déblocage (voir `plinth-cli stakes`).</translation>
    </message>
    <message>
        <source>withdraw takes one unbonding ID</source>
        <translation>withdraw accepte un seul ID de déblocage</translation>
    </message>
    <message>
        <source>ID must be an unbonding id: a whole number from 1</source>
        <translation>ID doit être un identifiant de déblocage : un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>the network profile has no valid staking contract</source>
        <translation>le profil réseau n&apos;a pas de contrat de staking valide</translation>
    </message>
    <message>
        <source>Withdraw the unbonded stake of unbonding %1</source>
        <translation>Retirer le stake débloqué du déblocage %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: plinth-cli [--version] [--help] COMMAND [OPTIONS]</source>
        <translation>Utilisation : plinth-cli [--version] [--help] COMMANDE [OPTIONS]</translation>
    </message>
    <message>
        <source>Plinth&apos;s wallet and DePIN dashboard for the command line.</source>
        <translation>Le portefeuille et tableau de bord DePIN de Plinth en ligne de commande.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Every command takes --datadir DIR, --json and --network NAME|FILE;</source>
        <translation>Chaque commande accepte --datadir DOSSIER, --json et --network NOM|FICHIER ;</translation>
    </message>
    <message>
        <source>`plinth-cli COMMAND --help` describes one command.</source>
        <translation>`plinth-cli COMMANDE --help` décrit une commande.</translation>
    </message>
    <message>
        <source>plinth-cli: unknown command &quot;%1&quot;; see plinth-cli --help</source>
        <translation>plinth-cli : commande inconnue « %1 » ; voir plinth-cli --help</translation>
    </message>
    <message>
        <source>Data folder (default: %1).</source>
        <translation>Dossier de données (par défaut : %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Network name or profile file.</source>
        <translation>Nom du réseau ou fichier de profil.</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>nom|fichier</translation>
    </message>
    <message>
        <source>no network selected: pass --network NAME|FILE or start the devnet</source>
        <translation>aucun réseau sélectionné : indiquez --network NOM|FICHIER ou démarrez le devnet</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too long (more than 64 KiB)</source>
        <translation>%1 est trop long (plus de 64 KiB)</translation>
    </message>
    <message>
        <source>the input is too long</source>
        <translation>l&apos;entrée est trop longue</translation>
    </message>
    <message>
        <source>the two passwords do not match</source>
        <translation>les deux mots de passe ne correspondent pas</translation>
    </message>
    <message>
        <source>not a valid address: %1</source>
        <translation>adresse non valide : %1</translation>
    </message>
    <message>
        <source>Read the vault password from the first line of FILE (or set PLINTH_PASSWORD).</source>
        <translation>Lire le mot de passe du coffre depuis la première ligne de FICHIER (ou définir PLINTH_PASSWORD).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Read the new vault password from the first line of FILE (or set PLINTH_NEW_PASSWORD).</source>
        <translation>Lire le nouveau mot de passe du coffre depuis la première ligne de FICHIER (ou définir PLINTH_NEW_PASSWORD).</translation>
    </message>
    <message>
        <source>Read the keystore file&apos;s password from the first line of FILE.</source>
        <translation>Lire le mot de passe du fichier keystore depuis la première ligne de FICHIER.</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>no terminal to read from</source>
        <translation>aucun terminal depuis lequel lire</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Vault password: </source>
        <translation>Mot de passe du coffre : </translation>
    </message>
    <message>
        <source>no terminal to ask for the vault password on: pass --password-file FILE or set PLINTH_PASSWORD</source>
        <translation>aucun terminal pour demander le mot de passe du coffre : indiquez --password-file FICHIER ou définissez PLINTH_PASSWORD</translation>
    </message>
    <message>
        <source>New vault password: </source>
        <translation>Nouveau mot de passe du coffre : </translation>
    </message>
    <message>
        <source>Choose a vault password: </source>
        <translation>Choisissez un mot de passe pour le coffre : </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Répétez le mot de passe : </translation>
    </message>
    <message>
        <source>no terminal to ask for the new vault password on: pass --%1 FILE or set %2</source>
        <translation>aucun terminal pour demander le nouveau mot de passe du coffre : indiquez --%1 FICHIER ou définissez %2</translation>
    </message>
    <message>
        <source>the vault password must not be empty</source>
        <translation>le mot de passe du coffre ne doit pas être vide</translation>
    </message>
    <message>
        <source>no terminal to ask for the keystore password on: pass --keystore-password-file FILE</source>
        <translation>aucun terminal pour demander le mot de passe du keystore : indiquez --keystore-password-file FICHIER</translation>
    </message>
    <message>
        <source>Password for the keystore file: </source>
        <translation>Mot de passe pour le fichier keystore : </translation>
    </message>
    <message>
        <source>Keystore file password: </source>
        <translation>Mot de passe du fichier keystore : </translation>
    </message>
    <message>
        <source>scrypt cost n, a power of two (default 262144).</source>
        <translation>Coût n de scrypt, une puissance de deux (262144 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--scrypt-n must be a power of two from 1024 up</source>
        <translation>--scrypt-n doit être une puissance de deux supérieure ou égale à 1024</translation>
    </message>
    <message>
        <source>The signing account (in the vault).</source>
        <translation>Le compte signataire (dans le coffre).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>--from ADDRESS is required</source>
        <translation>--from ADRESSE est requis</translation>
    </message>
    <message>
        <source>there is no vault in %1: create one with `plinth-cli wallet create` or `wallet restore`</source>
        <translation>il n&apos;y a pas de coffre dans %1 : créez-en un avec `plinth-cli wallet create` ou `wallet restore`</translation>
    </message>
    <message>
        <source>Read an optional BIP-39 passphrase from the first line of FILE.</source>
        <translation>Lire une phrase secrète BIP-39 facultative depuis la première ligne de FICHIER.</translation>
    </message>
    <message>
        <source>%1 already exists: it was not overwritten</source>
        <translation>%1 existe déjà : il n&apos;a pas été écrasé</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>A label for the account.</source>
        <translation>Un libellé pour le compte.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 est trop volumineux</translation>
    </message>
    <message>
        <source>Fee level: slow, normal (default) or fast.</source>
        <translation>Niveau de frais : slow, normal (par défaut) ou fast.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>How long to wait for inclusion (default 120).</source>
        <translation>Durée d&apos;attente de l&apos;inclusion dans un bloc (120 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>--fee must be slow, normal or fast</source>
        <translation>--fee doit valoir slow, normal ou fast</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds</source>
        <translation>--timeout doit être un nombre de secondes</translation>
    </message>
    <message>
        <source>Pending: in the node&apos;s mempool, not yet in a block.</source>
        <translation>En attente : dans le mempool du nœud, pas encore dans un bloc.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>annulée (revert)</translation>
    </message>
    <message numerus="yes">
        <source>Included in block %1 with %n confirmation(s): %2, gas used %3.</source>
        <extracomment>%1 block number, %n confirmations, %2 &quot;success&quot; or &quot;reverted&quot;, %3 gas used</extracomment>
        <translation>
            <numerusform>Incluse dans le bloc %1 avec %n confirmation : %2, gaz utilisé %3.</numerusform>
            <numerusform>Incluse dans le bloc %1 avec %n confirmations : %2, gaz utilisé %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced by %1 (included).</source>
        <translation>Remplacée par %1 (incluse).</translation>
    </message>
    <message>
        <source>Replaced by %1 (pending).</source>
        <translation>Remplacée par %1 (en attente).</translation>
    </message>
    <message>
        <source>Dropped: the node no longer has it and no transaction of ours used its nonce.</source>
        <translation>Abandonnée : le nœud ne l&apos;a plus et aucune de nos transactions n&apos;a utilisé son nonce.</translation>
    </message>
    <message>
        <source>Sent %1, replacing %2.</source>
        <translation>%1 envoyée, en remplacement de %2.</translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation>%1 envoyée.</translation>
    </message>
    <message>
        <source>Nonce %1, gas limit %2, max fee %3 per gas (at most %4 in fees).</source>
        <extracomment>%1 nonce, %2 gas limit, %3 max fee per gas in gwei, %4 the most the fees can cost</extracomment>
        <translation>Nonce %1, limite de gaz %2, frais max. de %3 par unité de gaz (au plus %4 de frais).</translation>
    </message>
    <message>
        <source>%1; check it later with `plinth-cli tx status %2`</source>
        <translation>%1 ; vérifiez-la plus tard avec `plinth-cli tx status %2`</translation>
    </message>
    <message>
        <source>expected one HASH</source>
        <translation>un seul HASH attendu</translation>
    </message>
    <message>
        <source>HASH must be a transaction hash (0x and 64 hex digits)</source>
        <translation>HASH doit être un hash de transaction (0x et 64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>the transaction was included in block %1 but reverted</source>
        <translation>la transaction a été incluse dans le bloc %1 mais a été annulée (revert)</translation>
    </message>
    <message>
        <source>A pending transaction Plinth sent.</source>
        <translation>Une transaction en attente envoyée par Plinth.</translation>
    </message>
    <message>
        <source>Wait until the replacement is in a block.</source>
        <translation>Attendre que la transaction de remplacement soit dans un bloc.</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>a proposal&apos;s state, inside sentences such as &quot;PIP-3 is %2&quot;</extracomment>
        <translation>en attente</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>defeated</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>adoptée</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>exécutée</translation>
    </message>
    <message>
        <source>for</source>
        <extracomment>how a vote was cast, inside sentences such as &quot;Vote %1 on %2&quot;</extracomment>
        <translation>pour</translation>
    </message>
    <message>
        <source>against</source>
        <translation>contre</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>abstention</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>  Call:        %1, undecoded data %2</source>
        <extracomment>%1 the contract, %2 the raw calldata</extracomment>
        <translation>  Appel :         %1, données non décodées %2</translation>
    </message>
    <message>
        <source>  Call:        %1 %2</source>
        <extracomment>%1 the contract, %2 the function signature</extracomment>
        <translation>  Appel :         %1 %2</translation>
    </message>
    <message>
        <source>  Value:       %1</source>
        <translation>  Valeur :        %1</translation>
    </message>
    <message>
        <source>  From:        %1 (nonce %2)</source>
        <translation>  De :            %1 (nonce %2)</translation>
    </message>
    <message>
        <source>  From:        %1</source>
        <translation>  De :            %1</translation>
    </message>
    <message>
        <source>  Fee maximum: %1 (gas limit %2 at %3 per gas)</source>
        <extracomment>%1 the most the fees can cost, %2 gas limit, %3 max fee per gas</extracomment>
        <translation>  Frais max. :    %1 (limite de gaz %2 à %3 par unité de gaz)</translation>
    </message>
    <message>
        <source>  Fee likely:  %1 (estimated %2 gas at %3 per gas)</source>
        <extracomment>%1 the likely fee, %2 estimated gas, %3 likely price per gas</extracomment>
        <translation>  Frais prob. :   %1 (%2 de gaz estimés à %3 par unité de gaz)</translation>
    </message>
    <message>
        <source>eth_call at %1 on %2, unverified</source>
        <translation>eth_call (bloc %1) sur %2, non vérifié</translation>
    </message>
    <message>
        <source>eth_call at %1 on %2, unverified, %3</source>
        <extracomment>%3 the assumption, e.g. &quot;assuming the approval before it is confirmed&quot;</extracomment>
        <translation>eth_call (bloc %1) sur %2, non vérifié, %3</translation>
    </message>
    <message>
        <source>  Simulation:  succeeds (%1)</source>
        <translation>  Simulation :    réussit (%1)</translation>
    </message>
    <message>
        <source>  Simulation:  REVERTS: %1 (%2)</source>
        <translation>  Simulation :    ÉCHOUE (revert) : %1 (%2)</translation>
    </message>
    <message>
        <source>  Fees:        %1</source>
        <translation>  Frais :         %1</translation>
    </message>
    <message numerus="yes">
        <source>Send these %n transactions? [y/N] </source>
        <translation>
            <numerusform>Envoyer cette %n transaction ? [y/N] </numerusform>
            <numerusform>Envoyer ces %n transactions ? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Send this transaction? [y/N] </source>
        <translation>Envoyer cette transaction ? [y/N] </translation>
    </message>
    <message>
        <source>The sending account (default: the vault&apos;s first account).</source>
        <translation>Le compte expéditeur (par défaut : le premier compte du coffre).</translation>
    </message>
    <message>
        <source>Send without asking for confirmation (for scripts).</source>
        <translation>Envoyer sans demander de confirmation (pour les scripts).</translation>
    </message>
    <message>
        <source>the vault has no account: add one, or pass --from ADDRESS</source>
        <translation>le coffre n&apos;a aucun compte : ajoutez-en un, ou indiquez --from ADRESSE</translation>
    </message>
    <message>
        <source>%1 is not an account of this vault: add or import it first (see `plinth-cli accounts`)</source>
        <translation>%1 n&apos;est pas un compte de ce coffre : ajoutez-le ou importez-le d&apos;abord (voir `plinth-cli accounts`)</translation>
    </message>
    <message>
        <source>the network profile has no valid token address</source>
        <translation>le profil réseau n&apos;a pas d&apos;adresse de token valide</translation>
    </message>
    <message>
        <source>the token contract&apos;s allowance answer is not one 32-byte word</source>
        <translation>la réponse du contrat du token à allowance n&apos;est pas un unique mot de 32 octets</translation>
    </message>
    <message>
        <source>Approve %1 (%2) to spend %3 of your tokens (allowed now: %4)</source>
        <extracomment>%1 the contract allowed to spend (e.g. &quot;staking&quot;), %2 its address, %3 the amount with its symbol, %4 the current allowance</extracomment>
        <translation>Autoriser %1 (%2) à dépenser %3 de vos tokens (autorisé actuellement : %4)</translation>
    </message>
    <message>
        <source>worked out once the step before is confirmed</source>
        <translation>calculé une fois l&apos;étape précédente confirmée</translation>
    </message>
    <message>
        <source>assuming the approval before it is confirmed</source>
        <translation>en supposant l&apos;approbation précédente avant sa confirmation</translation>
    </message>
    <message>
        <source>estimated assuming the approval before it is confirmed; worked out again once it is</source>
        <translation>estimé en supposant l&apos;approbation précédente avant sa confirmation ; recalculé une fois celle-ci confirmée</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is too little for these %n transactions: together they need up to %3 for value and gas</source>
        <extracomment>%1 the sender, %2 its balance, %n the number of transactions, %3 what they may cost together</extracomment>
        <translation>
            <numerusform>%1 : %2 ne suffit pas pour cette %n transaction : elle nécessite jusqu&apos;à %3 pour la valeur et le gaz</numerusform>
            <numerusform>%1 : %2 ne suffit pas pour ces %n transactions : ensemble, elles nécessitent jusqu&apos;à %3 pour la valeur et le gaz</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>rien à envoyer</translation>
    </message>
    <message>
        <source>the transaction would fail, so nothing was signed or sent: %1</source>
        <translation>la transaction échouerait, rien n&apos;a donc été signé ni envoyé : %1</translation>
    </message>
    <message>
        <source>%1; nothing was signed or sent</source>
        <translation>%1 ; rien n&apos;a été signé ni envoyé</translation>
    </message>
    <message>
        <source>not confirmed: nothing was signed or sent</source>
        <translation>non confirmé : rien n&apos;a été signé ni envoyé</translation>
    </message>
    <message>
        <source> The approval sent before stays in place; the allowance remains.</source>
        <translation> L&apos;approbation envoyée précédemment reste en place ; l&apos;autorisation est maintenue.</translation>
    </message>
    <message>
        <source>step %1 would fail, so it was not sent: %2.%3</source>
        <translation>l&apos;étape %1 échouerait, elle n&apos;a donc pas été envoyée : %2.%3</translation>
    </message>
    <message>
        <source>step %1 was not sent: %2.%3</source>
        <translation>l&apos;étape %1 n&apos;a pas été envoyée : %2.%3</translation>
    </message>
    <message>
        <source>the reason could not be found by re-running it at blocks %1 and %2</source>
        <translation>la raison n&apos;a pas pu être trouvée en la réexécutant aux blocs %1 et %2</translation>
    </message>
    <message>
        <source>%1 (found by re-running it at block %2)</source>
        <extracomment>%1 the revert reason, %2 a block number</extracomment>
        <translation>%1 (trouvé en la réexécutant au bloc %2)</translation>
    </message>
    <message>
        <source>the transaction %1 was included in block %2 but reverted: %3.%4</source>
        <translation>la transaction %1 a été incluse dans le bloc %2 mais a été annulée (revert) : %3.%4</translation>
    </message>
    <message>
        <source>the transaction %1 was dropped: the node no longer has it and its nonce was not used, so nothing was spent.%2</source>
        <translation>la transaction %1 a été abandonnée : le nœud ne l&apos;a plus et son nonce n&apos;a pas été utilisé, rien n&apos;a donc été dépensé.%2</translation>
    </message>
    <message>
        <source>%1 takes DEVICE AMOUNT</source>
        <translation>%1 attend DEVICE AMOUNT</translation>
    </message>
    <message>
        <source>the amount must be more than 0</source>
        <translation>le montant doit être supérieur à 0</translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation>L&apos;adresse de l&apos;appareil.</translation>
    </message>
    <message>
        <source>How many tokens (e.g. 500 or 12.5).</source>
        <translation>Combien de tokens (p. ex. 500 ou 12.5).</translation>
    </message>
    <message>
        <source>the network profile has no valid staking contract</source>
        <translation>le profil réseau n&apos;a pas de contrat de staking valide</translation>
    </message>
    <message>
        <source>%1 has %2, less than the %3 to stake; nothing was sent</source>
        <translation>%1 dispose de %2, moins que les %3 à staker ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>the network profile has no valid device registry</source>
        <translation>le profil réseau n&apos;a pas de registre d&apos;appareils valide</translation>
    </message>
    <message>
        <source>--%1 must be a whole number above 0</source>
        <translation>--%1 doit être un nombre entier supérieur à 0</translation>
    </message>
    <message>
        <source>The device key&apos;s keystore file.</source>
        <translation>Le fichier keystore de la clé de l&apos;appareil.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>a device key&apos;s password must not be empty</source>
        <translation>le mot de passe d&apos;une clé d&apos;appareil ne doit pas être vide</translation>
    </message>
    <message>
        <source>--keystore FILE is required</source>
        <translation>--keystore FICHIER est requis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>What the device offers: storage, bandwidth, wireless, compute, energy or sensor.</source>
        <translation>Ce que propose l&apos;appareil : storage, bandwidth, wireless, compute, energy ou sensor.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Its capacity, a whole number in --unit.</source>
        <translation>Sa capacité, un nombre entier en --unit.</translation>
    </message>
    <message>
        <source>Its capacity, a whole number in --unit (default: measured where possible).</source>
        <translation>Sa capacité, un nombre entier en --unit (par défaut : mesurée si possible).</translation>
    </message>
    <message>
        <source>The capacity&apos;s unit, e.g. TB, Mbps, TFLOPS.</source>
        <translation>L&apos;unité de la capacité, p. ex. TB, Mbps, TFLOPS.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>Where it is: an H3 cell index or a label.</source>
        <translation>Son emplacement : un index de cellule H3 ou un libellé.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>A metadata URI (optional).</source>
        <translation>Une URI de métadonnées (facultative).</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>The stake to register with, in tokens (default: the registry&apos;s minimum).</source>
        <translation>Le stake avec lequel l&apos;enregistrer, en tokens (par défaut : le minimum du registre).</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>The onboarding nonce (default: a random 64-bit number).</source>
        <translation>Le nonce d&apos;intégration (par défaut : un nombre aléatoire de 64 bits).</translation>
    </message>
    <message>
        <source>How long the signature is valid, e.g. 30m, 24h, 7d (default 24h).</source>
        <translation>Durée de validité de la signature, p. ex. 30m, 24h, 7d (24h par défaut).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>The signature&apos;s deadline as a unix time (instead of --valid-for).</source>
        <translation>L&apos;échéance de la signature en temps Unix (au lieu de --valid-for).</translation>
    </message>
    <message>
        <source>unix</source>
        <translation>unix</translation>
    </message>
    <message>
        <source>--valid-for must be a duration such as 30m, 24h or 7d (at most 365 days), not &quot;%1&quot;</source>
        <translation>--valid-for doit être une durée comme 30m, 24h ou 7d (365 jours au plus), et non « %1 »</translation>
    </message>
    <message>
        <source>the network &quot;%1&quot; has no device registry</source>
        <translation>le réseau « %1 » n&apos;a pas de registre d&apos;appareils</translation>
    </message>
    <message>
        <source>--kind is required (storage, bandwidth, wireless, compute, energy or sensor)</source>
        <translation>--kind est requis (storage, bandwidth, wireless, compute, energy ou sensor)</translation>
    </message>
    <message>
        <source>--kind must be storage, bandwidth, wireless, compute, energy or sensor</source>
        <translation>--kind doit valoir storage, bandwidth, wireless, compute, energy ou sensor</translation>
    </message>
    <message>
        <source>--capacity N is required</source>
        <translation>--capacity N est requis</translation>
    </message>
    <message>
        <source>--region is required (an H3 cell index or a label)</source>
        <translation>--region est requis (un index de cellule H3 ou un libellé)</translation>
    </message>
    <message>
        <source>--nonce must be a whole number</source>
        <translation>--nonce doit être un nombre entier</translation>
    </message>
    <message>
        <source>pass --valid-for or --deadline, not both</source>
        <translation>indiquez --valid-for ou --deadline, pas les deux</translation>
    </message>
    <message>
        <source>no proposal %1 in the verified cache</source>
        <translation>aucune proposition %1 dans le cache vérifié</translation>
    </message>
    <message>
        <source>The proposal&apos;s id, or its number as in PIP-7</source>
        <translation>L&apos;identifiant de la proposition, ou son numéro comme dans PIP-7</translation>
    </message>
    <message>
        <source>%1 takes one proposal id</source>
        <translation>%1 accepte un seul identifiant de proposition</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>The governor&apos;s %1</source>
        <translation>%1 du contrat Governor</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Actions :</translation>
    </message>
    <message>
        <source>the node (%1) did not run the actions in sequence: it seems to ignore eth_call&apos;s state override</source>
        <translation>le nœud (%1) n&apos;a pas exécuté les actions en séquence : il semble ignorer la substitution d&apos;état (state override) d&apos;eth_call</translation>
    </message>
    <message>
        <source>the node reverted the sequence without saying which action failed (%1)</source>
        <translation>le nœud a annulé la séquence (revert) sans indiquer quelle action a échoué (%1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plinth: wallet and contributor dashboard for DePIN networks.</source>
        <translation>Plinth : portefeuille et tableau de bord des contributeurs aux réseaux DePIN.</translation>
    </message>
    <message>
        <source>Keep the vault, cache and settings in &lt;dir&gt; (default: %1).</source>
        <translation>Conserver le coffre, le cache et les paramètres dans &lt;dossier&gt; (par défaut : %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Use the network &lt;name&gt; (a saved profile or &quot;devnet&quot;) or the profile &lt;file&gt;.</source>
        <translation>Utiliser le réseau &lt;nom&gt; (un profil enregistré ou « devnet ») ou le fichier de profil &lt;fichier&gt;.</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>nom|fichier</translation>
    </message>
    <message>
        <source>Plinth is already running for %1; its window was raised.</source>
        <translation>Plinth est déjà en cours d&apos;exécution pour %1 ; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>Plinth cannot start</source>
        <translation>Plinth ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Plinth cannot open the network</source>
        <translation>Plinth ne peut pas ouvrir le réseau</translation>
    </message>
</context>
<context>
    <name>plinth::app::SingleInstance</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>Another Plinth holds the data folder %1 but does not answer.</source>
        <translation>Une autre instance de Plinth occupe le dossier de données %1 mais ne répond pas.</translation>
    </message>
    <message>
        <source>Cannot lock the data folder %1.</source>
        <translation>Impossible de verrouiller le dossier de données %1.</translation>
    </message>
    <message>
        <source>Cannot listen for other starts: %1</source>
        <translation>Impossible d&apos;écouter les autres démarrages : %1</translation>
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
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is &quot;2 days&quot;, %2 is &quot;3 hours&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
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
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified at block %1, %2</source>
        <extracomment>%1 is a block number, %2 how long ago (&quot;5 minutes ago&quot;)</extracomment>
        <translation>Vérifié au bloc %1, %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::GuiCallback</name>
    <message>
        <source>Unexpected error in %1: %2</source>
        <translation>Erreur inattendue dans %1 : %2</translation>
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
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Gains</translation>
    </message>
    <message>
        <source>Staking</source>
        <translation>Staking</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Send &amp; Receive</source>
        <translation>Envoyer et recevoir</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Your balances, claimable rewards and devices appear here once a wallet is open and synced.</source>
        <translation>Vos soldes, récompenses réclamables et appareils s&apos;afficheront ici dès qu&apos;un portefeuille sera ouvert et synchronisé.</translation>
    </message>
    <message>
        <source>The devices you registered appear here once a wallet is open and synced.</source>
        <translation>Les appareils que vous avez enregistrés s&apos;afficheront ici dès qu&apos;un portefeuille sera ouvert et synchronisé.</translation>
    </message>
    <message>
        <source>Rewards per device and epoch appear here once a wallet is open and synced.</source>
        <translation>Les récompenses par appareil et par époque s&apos;afficheront ici dès qu&apos;un portefeuille sera ouvert et synchronisé.</translation>
    </message>
    <message>
        <source>Your stakes, delegations and unbonding entries appear here once a wallet is open and synced.</source>
        <translation>Vos stakes, délégations et déblocages en cours s&apos;afficheront ici dès qu&apos;un portefeuille sera ouvert et synchronisé.</translation>
    </message>
    <message>
        <source>The network&apos;s proposals and your votes appear here once a wallet is open and synced.</source>
        <translation>Les propositions du réseau et vos votes s&apos;afficheront ici dès qu&apos;un portefeuille sera ouvert et synchronisé.</translation>
    </message>
    <message>
        <source>Your transactions and events appear here once a wallet is open and synced.</source>
        <translation>Vos transactions et événements s&apos;afficheront ici dès qu&apos;un portefeuille sera ouvert et synchronisé.</translation>
    </message>
    <message>
        <source>Sending and receiving become available once a wallet is open.</source>
        <translation>L&apos;envoi et la réception seront disponibles dès qu&apos;un portefeuille sera ouvert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the page name, %2 the keyboard shortcut</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No network selected</source>
        <translation>Aucun réseau sélectionné</translation>
    </message>
    <message>
        <source>Network: %1 (chain %2)</source>
        <extracomment>%1 is the network&apos;s name, %2 its chain id</extracomment>
        <translation>Réseau : %1 (chaîne %2)</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Non synchronisé</translation>
    </message>
</context>
<context>
    <name>plinth::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
</context>
<context>
    <name>plinth::ui::TransactionConfirmDialog</name>
    <message>
        <source>Transactions cannot be sent from this build yet.</source>
        <translation>Les transactions ne peuvent pas encore être envoyées depuis cette version.</translation>
    </message>
</context>
</TS>
