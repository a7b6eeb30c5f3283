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
        <translation>Chemin de dérivation (par défaut&#xa0;: le m/44&apos;/60&apos;/0&apos;/0/i suivant).</translation>
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
        <translation>chemin de dérivation non valide&#xa0;: %1</translation>
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
        <translation>commande accounts inconnue «&#xa0;%1&#xa0;»</translation>
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
        <translation>L&apos;adresse (par défaut&#xa0;: le premier compte du portefeuille)</translation>
    </message>
    <message>
        <source>balance takes at most one address</source>
        <translation>balance accepte au plus une adresse</translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation>%1 n&apos;est pas une adresse&#xa0;: %2</translation>
    </message>
    <message>
        <source>the wallet has no account: pass an address</source>
        <translation>le portefeuille n&apos;a aucun compte&#xa0;: indiquez une adresse</translation>
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
        <translation>--%1 %2 n&apos;est pas une adresse&#xa0;: %3</translation>
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
        <translation>Destination des récompenses (par défaut&#xa0;: le compte qui réclame).</translation>
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
        <translation>--to ne doit pas être l&apos;adresse zéro&#xa0;: les récompenses seraient perdues</translation>
    </message>
    <message>
        <source>the network profile has no valid rewards contract</source>
        <translation>le profil réseau n&apos;a pas de contrat de récompenses valide</translation>
    </message>
    <message>
        <source>%1 has nothing to claim: its accrued rewards are 0 (proven at block %2)</source>
        <translation>%1 n&apos;a rien à réclamer&#xa0;: ses récompenses accumulées sont de 0 (prouvé au bloc %2)</translation>
    </message>
    <message>
        <source>Claim the rewards of %1</source>
        <translation>Réclamer les récompenses de %1</translation>
    </message>
    <message>
        <source>Claimable: %1 (proven at block %2)</source>
        <translation>Réclamable&#xa0;: %1 (prouvé au bloc %2)</translation>
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
        <translation>Qui vote avec vos tokens&#xa0;: une adresse, ou self</translation>
    </message>
    <message>
        <source>delegate takes one address, or self</source>
        <translation>delegate accepte une adresse, ou self</translation>
    </message>
    <message>
        <source>%1 already delegates its votes to %2; nothing was sent</source>
        <translation>%1 délègue déjà ses votes à %2&#xa0;; rien n&apos;a été envoyé</translation>
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
        <translation>Délégué actuel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Current delegate: none (the tokens do not vote yet)</source>
        <translation>Délégué actuel&#xa0;: aucun (les tokens ne votent pas encore)</translation>
    </message>
    <message>
        <source>Votes that move: %1, from %2 to %3</source>
        <extracomment>%1 an amount of tokens, %2 the old delegate (or &quot;nobody&quot;), %3 the new one</extracomment>
        <translation>Votes transférés&#xa0;: %1, de %2 à %3</translation>
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
        <translation>Adresse de l&apos;appareil&#xa0;: %1</translation>
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
        <translation>La charge utile d&apos;intégration signée&#xa0;: un fichier JSON ou un texte QR, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Register a resource of this computer: the wallet makes and keeps its device key.</source>
        <translation>Enregistrer une ressource de cet ordinateur&#xa0;: le portefeuille crée et conserve la clé de l&apos;appareil.</translation>
    </message>
    <message>
        <source>the onboarding payload is not valid: %1</source>
        <translation>la charge utile d&apos;intégration n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Register device %1 (%2, %3, region %4) to %5</source>
        <extracomment>%1 device address, %2 kind (storage, ...), %3 capacity and unit, %4 region, %5 owner address</extracomment>
        <translation>Enregistrer l&apos;appareil %1 (%2, %3, région %4) au nom de %5</translation>
    </message>
    <message>
        <source>Stake: %1, the registry&apos;s minimum (the payload names none).</source>
        <translation>Stake&#xa0;: %1, le minimum du registre (la charge utile n&apos;en indique aucun).</translation>
    </message>
    <message>
        <source>Stake: %1 (the registry&apos;s minimum is %2).</source>
        <translation>Stake&#xa0;: %1 (le minimum du registre est de %2).</translation>
    </message>
    <message>
        <source>Onboarding fee: %1, paid to the treasury.</source>
        <translation>Frais d&apos;intégration&#xa0;: %1, versés à la trésorerie.</translation>
    </message>
    <message>
        <source>Capacity: %1, measured on this computer (%2).</source>
        <translation>Capacité&#xa0;: %1, mesurée sur cet ordinateur (%2).</translation>
    </message>
    <message>
        <source>Capacity: %1, as you declared it.</source>
        <translation>Capacité&#xa0;: %1, telle que vous l&apos;avez déclarée.</translation>
    </message>
    <message>
        <source>The device key is kept in %1.</source>
        <translation>La clé de l&apos;appareil est conservée dans %1.</translation>
    </message>
    <message>
        <source>Checked: the device&apos;s signature, chain %1, the registry, the deadline %2 (in %3), not yet registered, nonce unused, the owner, the stake and your balance.</source>
        <extracomment>%1 the deadline (UTC), %2 how long from the chain&apos;s latest block, e.g. &quot;23 hours 59 minutes&quot;</extracomment>
        <translation>Vérifié&#xa0;: la signature de l&apos;appareil, la chaîne %1, le registre, l&apos;échéance %2 (dans %3), pas encore enregistré, nonce non utilisé, le propriétaire, le stake et votre solde.</translation>
    </message>
    <message>
        <source>The registry&apos;s state and your balance were read with eth_call at block %1: unverified.</source>
        <translation>L&apos;état du registre et votre solde ont été lus avec eth_call au bloc %1&#xa0;: non vérifié.</translation>
    </message>
    <message>
        <source>the network &quot;%1&quot; has no device registry</source>
        <translation>le réseau «&#xa0;%1&#xa0;» n&apos;a pas de registre d&apos;appareils</translation>
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
        <translation>--%1 est réservé à --this-computer&#xa0;: une charge utile apporte déjà sa propre valeur</translation>
    </message>
    <message>
        <source>--unit goes with --capacity: a measured capacity keeps its own unit</source>
        <translation>--unit va avec --capacity&#xa0;: une capacité mesurée conserve sa propre unité</translation>
    </message>
    <message>
        <source>nothing on this computer measures a capacity of this kind: declare it with --capacity N --unit U</source>
        <translation>rien sur cet ordinateur ne mesure une capacité de ce type&#xa0;: déclarez-la avec --capacity N --unit U</translation>
    </message>
    <message>
        <source>not registered, nothing was sent: %1</source>
        <extracomment>%1 one or more sentences separated by &quot;; &quot;</extracomment>
        <translation>non enregistré, rien n&apos;a été envoyé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DeviceRetireCommand</name>
    <message>
        <source>Retire a device for good (its token is burnt; it can never register again)</source>
        <translation>Mettre définitivement un appareil hors service (son token est brûlé&#xa0;; il ne pourra plus jamais être enregistré)</translation>
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
        <translation>Son token est brûlé et il ne pourra plus jamais être enregistré&#xa0;; le stake qu&apos;il porte reste dans Staking et peut être déstaké avec unstake.</translation>
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
        <translation>%1 n&apos;est pas une adresse&#xa0;: %2</translation>
    </message>
    <message>
        <source>no device %1 is registered (verified up to block %2)</source>
        <translation>aucun appareil %1 n&apos;est enregistré (vérifié jusqu&apos;au bloc %2)</translation>
    </message>
    <message>
        <source>Device:     %1</source>
        <translation>Appareil&#xa0;:      %1</translation>
    </message>
    <message>
        <source>Owner:      %1</source>
        <translation>Propriétaire&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Kind:       %1, %2 %3</source>
        <translation>Type&#xa0;:          %1, %2 %3</translation>
    </message>
    <message>
        <source>Region:     %1</source>
        <translation>Région&#xa0;:        %1</translation>
    </message>
    <message>
        <source>Status:     %1</source>
        <translation>Statut&#xa0;:        %1</translation>
    </message>
    <message>
        <source>Stake:      %1 (own %2)</source>
        <translation>Stake&#xa0;:         %1 (dont %2 en propre)</translation>
    </message>
    <message numerus="yes">
        <source>Earned:     %1 in %n reward(s)</source>
        <translation>
            <numerusform>Gagné&#xa0;:         %1 en %n récompense</numerusform>
            <numerusform>Gagné&#xa0;:         %1 en %n récompenses</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline:    epochs %1 to %2</source>
        <translation>Hors ligne&#xa0;:    époques %1 à %2</translation>
    </message>
    <message>
        <source>Owned by:   %1 before</source>
        <translation>Appartenait à&#xa0;: %1</translation>
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
        <translation>TO ne doit pas être l&apos;adresse zéro&#xa0;: l&apos;appareil serait perdu</translation>
    </message>
    <message>
        <source>the registry&apos;s ownerOfDevice answer is not one 32-byte word</source>
        <translation>la réponse du registre à ownerOfDevice n&apos;est pas un unique mot de 32 octets</translation>
    </message>
    <message>
        <source>device %1 is not registered or is retired: there is nothing to transfer</source>
        <translation>l&apos;appareil %1 n&apos;est pas enregistré ou est hors service&#xa0;: il n&apos;y a rien à transférer</translation>
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
        <translation>La nouvelle région&#xa0;: une cellule H3 (15 chiffres hexadécimaux) ou un libellé.</translation>
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
        <translation>--capacity et --unit vont ensemble&#xa0;: le registre les enregistre comme une seule valeur</translation>
    </message>
    <message>
        <source>nothing to update: give --capacity N --unit U, --region R or --metadata URI</source>
        <translation>rien à mettre à jour&#xa0;: indiquez --capacity N --unit U, --region R ou --metadata URI</translation>
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
        <translation>Définir la région de l&apos;appareil %1 à «&#xa0;%2&#xa0;»</translation>
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
        <translation>%1&#xa0;% à l&apos;époque %2</translation>
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
        <translation>--device&#xa0;: %1</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 in %n reward(s), verified up to block %2</source>
        <translation>
            <numerusform>Total&#xa0;: %1 en %n récompense, vérifié jusqu&apos;au bloc %2</numerusform>
            <numerusform>Total&#xa0;: %1 en %n récompenses, vérifié jusqu&apos;au bloc %2</numerusform>
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
        <translation>%1 est en file d&apos;attente mais pas encore prête&#xa0;: le timelock permet de l&apos;exécuter à partir du %2, dans %3</translation>
    </message>
    <message>
        <source>%1 succeeded but is not queued: run `plinth-cli queue` first</source>
        <translation>%1 a été adoptée mais n&apos;est pas en file d&apos;attente&#xa0;: exécutez d&apos;abord `plinth-cli queue`</translation>
    </message>
    <message>
        <source>%1 is %2: only a queued proposal can be executed</source>
        <translation>%1 est «&#xa0;%2&#xa0;»&#xa0;: seule une proposition en file d&apos;attente peut être exécutée</translation>
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
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>the account held no tokens at the snapshot</source>
        <translation>le compte ne détenait aucun token à l&apos;instantané</translation>
    </message>
    <message>
        <source>the account&apos;s tokens were not delegated at the snapshot: votes count only once delegated, even to oneself</source>
        <translation>les tokens du compte n&apos;étaient pas délégués à l&apos;instantané&#xa0;: les votes ne comptent qu&apos;une fois délégués, même à soi-même</translation>
    </message>
    <message>
        <source>the account had delegated its votes to another account at the snapshot</source>
        <translation>le compte avait délégué ses votes à un autre compte à l&apos;instantané</translation>
    </message>
    <message>
        <source>the account&apos;s tokens or delegation arrived after the snapshot</source>
        <translation>les tokens ou la délégation du compte sont arrivés après l&apos;instantané</translation>
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
        <translation>%1&#xa0;: appel non décodé %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <extracomment>a parameter change: %1 the parameter, %2 the old value, %3 the new value</extracomment>
        <translation>%1&#xa0;: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>(old value unverified: %1)</source>
        <translation>(ancienne valeur non vérifiée&#xa0;: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1</source>
        <extracomment>a duration of days and hours: %n is the number of days, %1 the hours (&quot;3 hours&quot;)</extracomment>
        <translation>
            <numerusform>%n jour et %1</numerusform>
            <numerusform>%n jours et %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) %1</source>
        <extracomment>a duration of hours and minutes: %n is the number of hours, %1 the minutes (&quot;45 minutes&quot;)</extracomment>
        <translation>
            <numerusform>%n heure et %1</numerusform>
            <numerusform>%n heures et %1</numerusform>
        </translation>
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
            <numerusform>Attribué&#xa0;:    %1 (%n récompense)</numerusform>
            <numerusform>Attribué&#xa0;:    %1 (%n récompenses)</numerusform>
        </translation>
    </message>
    <message>
        <source>Claimable:  %1 (proven)</source>
        <translation>Réclamable&#xa0;:  %1 (prouvé)</translation>
    </message>
    <message>
        <source>Claimed:    %1</source>
        <translation>Réclamé&#xa0;:     %1</translation>
    </message>
    <message>
        <source>Received:   %1</source>
        <translation>Reçu&#xa0;:        %1</translation>
    </message>
    <message>
        <source>Claim on %1: %2 to %3, received %4</source>
        <translation>Réclamation du %1&#xa0;: %2 vers %3, reçu %4</translation>
    </message>
    <message>
        <source>Balanced: rewarded - claimed = claimable, and every claim was received in full.</source>
        <translation>Équilibré&#xa0;: attribué - réclamé = réclamable, et chaque réclamation a été reçue en totalité.</translation>
    </message>
    <message>
        <source>Mismatch (%1, off by %2 base units): %3</source>
        <translation>Écart (%1, de %2 unités de base)&#xa0;: %3</translation>
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
    <name>NetworkProbe</name>
    <message>
        <source>The RPC does not answer.</source>
        <translation>Le RPC ne répond pas.</translation>
    </message>
    <message>
        <source>The RPC answered, but not with a chain id.</source>
        <translation>Le RPC a répondu, mais pas avec un identifiant de chaîne.</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>Le profil n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Its RPC is not checked here (only plain HTTP endpoints are).</source>
        <translation>Son RPC n&apos;est pas vérifié ici (seuls les points d&apos;accès HTTP simples le sont).</translation>
    </message>
    <message>
        <source>The RPC belongs to another chain (%1).</source>
        <extracomment>%1 is the chain id the RPC reported</extracomment>
        <translation>Le RPC appartient à une autre chaîne (%1).</translation>
    </message>
    <message>
        <source>Chain %1. %2</source>
        <extracomment>%1 is the chain id; %2 a sentence about its RPC</extracomment>
        <translation>Chaîne %1. %2</translation>
    </message>
    <message>
        <source>The RPC answers.</source>
        <translation>Le RPC répond.</translation>
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
        <translation>rien n&apos;est encore vérifié&#xa0;: exécutez plinth-cli sync</translation>
    </message>
    <message>
        <source>The owner&apos;s address (default: the wallet&apos;s first account)</source>
        <translation>L&apos;adresse du propriétaire (par défaut&#xa0;: le premier compte du portefeuille)</translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation>%1 n&apos;est pas une adresse&#xa0;: %2</translation>
    </message>
    <message>
        <source>no --owner given and no wallet to take the first account from: %1</source>
        <translation>aucun --owner indiqué et aucun portefeuille où prendre le premier compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>the wallet has no account: pass --owner</source>
        <translation>le portefeuille n&apos;a aucun compte&#xa0;: indiquez --owner</translation>
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
        <translation>Réseau&#xa0;:            %1 (chaîne %2)</translation>
    </message>
    <message>
        <source>Profile:       %1</source>
        <translation>Profil&#xa0;:            %1</translation>
    </message>
    <message>
        <source>Currency:      %1 (%2 decimals)</source>
        <translation>Devise&#xa0;:            %1 (%2 décimales)</translation>
    </message>
    <message>
        <source>Endpoint:      %1</source>
        <translation>Point d&apos;accès&#xa0;:     %1</translation>
    </message>
    <message>
        <source>Checkpoint:    block %1, %2</source>
        <translation>Point de contrôle&#xa0;: bloc %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Finality:      %n block(s)</source>
        <translation>
            <numerusform>Finalité&#xa0;:          %n bloc</numerusform>
            <numerusform>Finalité&#xa0;:          %n blocs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalShowCommand</name>
    <message>
        <source>Show a proposal: description, decoded actions, votes, and your voting power</source>
        <translation>Afficher une proposition&#xa0;: description, actions décodées, votes et votre pouvoir de vote</translation>
    </message>
    <message>
        <source>The proposal&apos;s id, or its number as in PIP-7</source>
        <translation>L&apos;identifiant de la proposition, ou son numéro comme dans PIP-7</translation>
    </message>
    <message>
        <source>Whose voting power to show (default: the wallet&apos;s first account)</source>
        <translation>De qui afficher le pouvoir de vote (par défaut&#xa0;: le premier compte du portefeuille)</translation>
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
        <translation>Aucun compte dont afficher le pouvoir de vote&#xa0;: indiquez --account ou ajoutez-en un au portefeuille.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Voting: %1 to %2</source>
        <translation>Vote&#xa0;: du %1 au %2</translation>
    </message>
    <message>
        <source>For %1, against %2, abstain %3; quorum %4 (%5% of the supply at the snapshot)</source>
        <translation>Pour %1, contre %2, abstention %3&#xa0;; quorum %4 (%5&#xa0;% de l&apos;offre à l&apos;instantané)</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Actions&#xa0;:</translation>
    </message>
    <message>
        <source>Votes:</source>
        <translation>Votes&#xa0;:</translation>
    </message>
    <message>
        <source>Your voting power now (the snapshot, %1, is still ahead): %2</source>
        <translation>Votre pouvoir de vote actuel (l&apos;instantané, %1, est encore à venir)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your voting power at the snapshot: %1</source>
        <translation>Votre pouvoir de vote à l&apos;instantané&#xa0;: %1</translation>
    </message>
    <message>
        <source>You voted %1.</source>
        <translation>Vous avez voté «&#xa0;%1&#xa0;».</translation>
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
        <translation>Uniquement les propositions dans cet état&#xa0;: pending, active, canceled, defeated, succeeded, queued, expired, executed</translation>
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
  pour %3, contre %4, abstention %5 (quorum %6)&#xa0;; vote du %7 au %8
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
        <translation>Une action brute&#xa0;: cible (nom de contrat ou adresse), valeur en wei, calldata (répétable)</translation>
    </message>
    <message>
        <source>An action by signature, arguments as a JSON array, e.g. &quot;staking setUnbondingPeriod(uint64) [604800]&quot; (repeatable)</source>
        <translation>Une action par signature, avec les arguments sous forme de tableau JSON, p. ex. &quot;staking setUnbondingPeriod(uint64) [604800]&quot; (répétable)</translation>
    </message>
    <message>
        <source>The proposal&apos;s markdown description; its first line is the title</source>
        <translation>La description de la proposition en Markdown&#xa0;; sa première ligne est le titre</translation>
    </message>
    <message>
        <source>Read the markdown description from a file</source>
        <translation>Lire la description Markdown depuis un fichier</translation>
    </message>
    <message>
        <source>propose takes no arguments: give the actions with --set, --transfer, --action or --call</source>
        <translation>propose n&apos;accepte aucun argument&#xa0;: indiquez les actions avec --set, --transfer, --action ou --call</translation>
    </message>
    <message>
        <source>the verified cache has no ProposalThresholdSet event of the governor: its threshold is unknown</source>
        <translation>le cache vérifié ne contient aucun événement ProposalThresholdSet du contrat Governor&#xa0;: son seuil est inconnu</translation>
    </message>
    <message>
        <source>%1 has %2 of voting power; proposing needs %3 (the governor&apos;s proposal threshold): %4 missing</source>
        <extracomment>%1 the proposer, %2 its votes, %3 the threshold, %4 how many are missing</extracomment>
        <translation>%1 dispose de %2 de pouvoir de vote&#xa0;; proposer nécessite %3 (le seuil de proposition du contrat Governor)&#xa0;: il manque %4</translation>
    </message>
    <message>
        <source>its %1 are not delegated: run `plinth-cli delegate self` first</source>
        <translation>ses %1 ne sont pas délégués&#xa0;: exécutez d&apos;abord `plinth-cli delegate self`</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>the same proposal exists already: %1 (id %2, %3); change the description to propose it again; nothing was sent</source>
        <extracomment>%1 the proposal&apos;s title, %2 its id, %3 its state</extracomment>
        <translation>la même proposition existe déjà&#xa0;: %1 (id %2, %3)&#xa0;; modifiez la description pour la proposer de nouveau&#xa0;; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>Propose &quot;%1&quot;</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>Proposer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The governor&apos;s propose</source>
        <translation>propose du contrat Governor</translation>
    </message>
    <message>
        <source>Proposal id: %1</source>
        <translation>Identifiant de la proposition&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your votes: %1 (threshold %2)</source>
        <translation>Vos votes&#xa0;: %1 (seuil %2)</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Actions&#xa0;:</translation>
    </message>
    <message>
        <source>give the description with exactly one of --description and --description-file</source>
        <translation>indiquez la description avec une seule des options --description et --description-file</translation>
    </message>
    <message>
        <source>cannot read the description file %1: %2</source>
        <translation>impossible de lire le fichier de description %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the description is empty: its first line is the proposal&apos;s title</source>
        <translation>la description est vide&#xa0;: sa première ligne est le titre de la proposition</translation>
    </message>
    <message>
        <source>a proposal needs at least one action: --set, --transfer, --action or --call</source>
        <translation>une proposition nécessite au moins une action&#xa0;: --set, --transfer, --action ou --call</translation>
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
        <translation>%1 est «&#xa0;%2&#xa0;»&#xa0;: elle pourra être mise en file d&apos;attente à la fin du vote (%3) si elle est adoptée</translation>
    </message>
    <message>
        <source>%1 is %2: only a succeeded proposal can be queued</source>
        <translation>%1 est «&#xa0;%2&#xa0;»&#xa0;: seule une proposition adoptée peut être mise en file d&apos;attente</translation>
    </message>
    <message>
        <source>Queue %1 in the timelock</source>
        <translation>Mettre %1 dans la file d&apos;attente du timelock</translation>
    </message>
    <message>
        <source>The timelock&apos;s delay is %1: once queued, it can be executed from about %2.</source>
        <extracomment>%1 how long the timelock waits, %2 the date from which execute can run</extracomment>
        <translation>Le délai du timelock est de %1&#xa0;: une fois en file d&apos;attente, elle pourra être exécutée à partir du %2 environ.</translation>
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
        <translation>Disque&#xa0;:    %1 (%2, %3)&#xa0;: %4 GiB libres sur %5 GiB, mesuré</translation>
    </message>
    <message>
        <source>GPU:       none found</source>
        <translation>GPU&#xa0;:       aucun trouvé</translation>
    </message>
    <message>
        <source>GPU:       unknown (nothing readable)</source>
        <translation>GPU&#xa0;:       inconnu (rien de lisible)</translation>
    </message>
    <message>
        <source>GPU:       %1, measured (%2)</source>
        <translation>GPU&#xa0;:       %1, mesuré (%2)</translation>
    </message>
    <message numerus="yes">
        <source>CPU:       %1, %n logical core(s), measured</source>
        <translation>
            <numerusform>CPU&#xa0;:       %1, %n cœur logique, mesuré</numerusform>
            <numerusform>CPU&#xa0;:       %1, %n cœurs logiques, mesuré</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU:       unknown</source>
        <translation>CPU&#xa0;:       inconnu</translation>
    </message>
    <message>
        <source>Memory:    %1 GiB, measured</source>
        <translation>Mémoire&#xa0;:   %1 GiB, mesurée</translation>
    </message>
    <message>
        <source>Memory:    unknown</source>
        <translation>Mémoire&#xa0;:   inconnue</translation>
    </message>
    <message>
        <source>Interface: %1 %2, link speed %3</source>
        <translation>Interface&#xa0;: %1 %2, vitesse de liaison %3</translation>
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
        <translation>Les capacités qu&apos;un réseau évalue (TB offerts, TFLOPS, Mbps en liaison montante) sont déclarées lors de l&apos;enregistrement&#xa0;; elles ne sont pas mesurées ici.</translation>
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
        <translation>le réseau «&#xa0;%1&#xa0;» n&apos;a pas de token</translation>
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
        <translation>%1 existe déjà&#xa0;: il n&apos;a pas été écrasé</translation>
    </message>
    <message>
        <source>Device %1 signed its onboarding to %2 on %3 (chain %4), valid until %5.</source>
        <extracomment>%1 device, %2 owner, %3 network name, %4 chain id, %5 deadline (UTC)</extracomment>
        <translation>L&apos;appareil %1 a signé son intégration pour %2 sur %3 (chaîne %4), valable jusqu&apos;au %5.</translation>
    </message>
    <message>
        <source>Payload (JSON):</source>
        <translation>Charge utile (JSON)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Payload (QR text, %n character(s)):</source>
        <translation>
            <numerusform>Charge utile (texte QR, %n caractère)&#xa0;:</numerusform>
            <numerusform>Charge utile (texte QR, %n caractères)&#xa0;:</numerusform>
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
        <translation>Champs d&apos;eth_sendTransaction plus chainId, nonce et type&#xa0;; nombres en hexadécimal.</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>un seul FILE attendu</translation>
    </message>
    <message>
        <source>invalid transaction: %1</source>
        <translation>transaction non valide&#xa0;: %1</translation>
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
        <translation>Les données typées&#xa0;: types, primaryType, domain, message.</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>un seul FILE attendu</translation>
    </message>
    <message>
        <source>invalid typed data: %1</source>
        <translation>données typées non valides&#xa0;: %1</translation>
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
        <translation>  %1. %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>succeeds</source>
        <translation>réussit</translation>
    </message>
    <message>
        <source>reverts: %1</source>
        <translation>échoue (revert)&#xa0;: %1</translation>
    </message>
    <message>
        <source>In sequence: not simulated: %1.</source>
        <extracomment>%1 why</extracomment>
        <translation>En séquence&#xa0;: non simulé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: every action succeeds.</source>
        <translation>En séquence, comme execute les exécute&#xa0;: toutes les actions réussissent.</translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: action %1 reverts: %2</source>
        <extracomment>%1 the failing action&apos;s number, %2 the revert reason</extracomment>
        <translation>En séquence, comme execute les exécute&#xa0;: l&apos;action %1 échoue (revert)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Simulated with eth_call from the timelock %1 on the node&apos;s latest state: unverified, no proof covers an execution.</source>
        <translation>Simulé avec eth_call depuis le timelock %1 sur le dernier état du nœud&#xa0;: non vérifié, aucune preuve ne couvre une exécution.</translation>
    </message>
    <message>
        <source>Note: the governor&apos;s own settings accept a call only from inside its execute, so a governor action reverts here even when it would succeed.</source>
        <translation>Remarque&#xa0;: les paramètres propres au contrat Governor n&apos;acceptent un appel que depuis son propre execute&#xa0;; une action sur le Governor échoue donc ici même si elle réussirait lors de l&apos;exécution.</translation>
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
        <translation>Uniquement ce qui concerne cette adresse&#xa0;: ses stakes, les stakes sur ses appareils, ses déblocages et ses pénalités</translation>
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
        <translation>Stakes&#xa0;:</translation>
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
        <extracomment>%1 the staker, %2 the amount, %3 the device</extracomment>
        <translation>%1 stake %2 sur l&apos;appareil %3</translation>
    </message>
    <message>
        <source>(slashed %1)</source>
        <translation>(pénalisé de %1)</translation>
    </message>
    <message>
        <source>Unbondings:</source>
        <translation>Déblocages&#xa0;:</translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, withdrawn</source>
        <extracomment>%1 the unbonding id, %2 the amount, %3 the staker, %4 the device</extracomment>
        <translation>n° %1&#xa0;: %2 de %3 depuis l&apos;appareil %4, retiré</translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, withdrawable since %5</source>
        <extracomment>%1 the unbonding id, %2 the amount, %3 the staker, %4 the device, %5 the date it became withdrawable</extracomment>
        <translation>n° %1&#xa0;: %2 de %3 depuis l&apos;appareil %4, retirable depuis le %5</translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, released on %5</source>
        <extracomment>%1 the unbonding id, %2 the amount, %3 the staker, %4 the device, %5 the release date</extracomment>
        <translation>n° %1&#xa0;: %2 de %3 depuis l&apos;appareil %4, libéré le %5</translation>
    </message>
    <message>
        <source>Slashes:</source>
        <translation>Pénalités&#xa0;:</translation>
    </message>
    <message>
        <source>%1 of %2 on device %3, %4: %5</source>
        <extracomment>%1 the amount, %2 the staker, %3 the device, %4 the date, %5 the slasher&apos;s reason</extracomment>
        <translation>%1 de %2 sur l&apos;appareil %3, %4&#xa0;: %5</translation>
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
        <translation>Réseau&#xa0;:        %1 (chaîne %2)</translation>
    </message>
    <message>
        <source>Verified:  block %1, %2</source>
        <translation>Vérifié&#xa0;:       bloc %1, %2</translation>
    </message>
    <message>
        <source>Verified:  nothing yet (run plinth-cli sync)</source>
        <translation>Vérifié&#xa0;:       rien pour l&apos;instant (exécutez plinth-cli sync)</translation>
    </message>
    <message>
        <source>Endpoint:  %1, head %2, %3 ms</source>
        <translation>Point d&apos;accès&#xa0;: %1, dernier bloc %2, %3 ms</translation>
    </message>
    <message>
        <source>Endpoint:  %1, not answering: %2</source>
        <translation>Point d&apos;accès&#xa0;: %1, ne répond pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Dernière erreur (%1)&#xa0;: %2</translation>
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
        <translation>bloc %1 sur %2 vérifié (%3&#xa0;%)</translation>
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
        <translation>échec de la synchronisation, nouvelle tentative&#xa0;: %1</translation>
    </message>
    <message>
        <source>Verified up to block %1 (%2), %3</source>
        <translation>Vérifié jusqu&apos;au bloc %1 (%2), %3</translation>
    </message>
    <message>
        <source>Nothing verified yet: no block after the checkpoint has a verified child block yet.</source>
        <translation>Rien de vérifié pour l&apos;instant&#xa0;: aucun bloc postérieur au point de contrôle n&apos;a encore de bloc enfant vérifié.</translation>
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
        <translation>Le point d&apos;accès %1 a donné une réponse qui a échoué à la vérification&#xa0;; il a donc été écarté&#xa0;: %2</translation>
    </message>
    <message>
        <source>Warning: the endpoints disagree, so sync did not advance: %1</source>
        <translation>Avertissement&#xa0;: les points d&apos;accès divergent, la synchronisation n&apos;a donc pas avancé&#xa0;: %1</translation>
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
        <translation>Déstaker %1 de l&apos;appareil %2&#xa0;: le montant entre en déblocage, puis `withdraw` le verse</translation>
    </message>
    <message numerus="yes">
        <source>Unbonding period: %n day(s) (read with eth_call, unverified)</source>
        <translation>
            <numerusform>Période de déblocage&#xa0;: %n jour (lue avec eth_call, non vérifiée)</numerusform>
            <numerusform>Période de déblocage&#xa0;: %n jours (lue avec eth_call, non vérifiée)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unbonding period: %1 s (read with eth_call, unverified)</source>
        <translation>Période de déblocage&#xa0;: %1 s (lue avec eth_call, non vérifiée)</translation>
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
        <translation>signature non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid: signed by %1.</source>
        <translation>Valide&#xa0;: signé par %1.</translation>
    </message>
    <message>
        <source>Not valid: the signature is by %1, not %2.</source>
        <translation>Non valide&#xa0;: la signature est de %1, et non de %2.</translation>
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
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un vote&#xa0;: utilisez for, against ou abstain</translation>
    </message>
    <message>
        <source>%1 is pending: voting opens at %2 (in %3); nothing was sent</source>
        <extracomment>%1 the proposal&apos;s title, %2 a date, %3 how long until then</extracomment>
        <translation>%1 est en attente&#xa0;: le vote s&apos;ouvre le %2 (dans %3)&#xa0;; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>%1 is %2, not active: voting closed at %3; nothing was sent</source>
        <extracomment>%1 the proposal&apos;s title, %2 its state, %3 a date</extracomment>
        <translation>%1 est «&#xa0;%2&#xa0;», pas active&#xa0;: le vote s&apos;est clos le %3&#xa0;; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>%1 already voted %2 on %3 (block %4); the governor counts one vote per account; nothing was sent</source>
        <extracomment>%1 the voter, %2 for/against/abstain, %3 the proposal&apos;s title, %4 a block number</extracomment>
        <translation>%1 a déjà voté «&#xa0;%2&#xa0;» sur %3 (bloc %4)&#xa0;; le contrat Governor compte un vote par compte&#xa0;; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>%1 has no voting power on %2 (snapshot %3): %4; nothing was sent</source>
        <extracomment>%1 the voter, %2 the proposal&apos;s title, %3 the snapshot&apos;s date, %4 why</extracomment>
        <translation>%1 n&apos;a aucun pouvoir de vote sur %2 (instantané du %3)&#xa0;: %4&#xa0;; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>Vote %1 on %2</source>
        <extracomment>%1 for/against/abstain, %2 the proposal&apos;s title</extracomment>
        <translation>Voter «&#xa0;%1&#xa0;» sur %2</translation>
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
        <translation>Votre pouvoir de vote à l&apos;instantané (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
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
        <translation>Ce vote ne change pas le résultat&#xa0;: en l&apos;état, la proposition est adoptée.</translation>
    </message>
    <message>
        <source>This vote does not change the outcome: the proposal fails as it stands.</source>
        <translation>Ce vote ne change pas le résultat&#xa0;: en l&apos;état, la proposition est rejetée.</translation>
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
        <translation>Longueur de la phrase de récupération&#xa0;: 12 ou 24 mots (12 par défaut).</translation>
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
        <translation>Phrase de récupération&#xa0;: notez-la sur papier et conservez-la hors ligne. Quiconque la voit peut prendre tout le contenu de ce portefeuille&#xa0;; sans elle (et sans la phrase secrète, si vous en avez défini une), un coffre perdu ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>It is not shown again unless you ask with `plinth-cli wallet show-mnemonic`.</source>
        <translation>Elle ne sera plus affichée, sauf si vous la demandez avec `plinth-cli wallet show-mnemonic`.</translation>
    </message>
    <message>
        <source>Warning: the recovery phrase went to standard output, which is not a terminal; do not keep it in a file.</source>
        <translation>Avertissement&#xa0;: la phrase de récupération a été écrite sur la sortie standard, qui n&apos;est pas un terminal&#xa0;; ne la conservez pas dans un fichier.</translation>
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
        <translation>%1 existe déjà&#xa0;: il n&apos;a pas été écrasé</translation>
    </message>
    <message>
        <source>%1 is watch-only: there is no key to export</source>
        <translation>%1 est en lecture seule&#xa0;: il n&apos;y a aucune clé à exporter</translation>
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
        <translation>Clé privée (hex)&#xa0;: </translation>
    </message>
    <message>
        <source>the private key is not valid hex: %1</source>
        <translation>la clé privée n&apos;est pas un hexadécimal valide&#xa0;: %1</translation>
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
        <translation>impossible de lire %1&#xa0;: %2</translation>
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
        <translation>Phrase de récupération&#xa0;: </translation>
    </message>
    <message>
        <source>the recovery phrase is not valid: %1</source>
        <translation>la phrase de récupération n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the vault was created but has no account</source>
        <translation>le coffre a été créé mais n&apos;a aucun compte</translation>
    </message>
    <message>
        <source>Restored the vault; first account %1.</source>
        <translation>Coffre restauré&#xa0;; premier compte&#xa0;: %1.</translation>
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
        <translation>Phrase de récupération (gardez-la secrète)&#xa0;:</translation>
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
        <translation>ID doit être un identifiant de déblocage&#xa0;: un nombre entier à partir de 1</translation>
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
        <translation>Utilisation&#xa0;: plinth-cli [--version] [--help] COMMANDE [OPTIONS]</translation>
    </message>
    <message>
        <source>Plinth&apos;s wallet and DePIN dashboard for the command line.</source>
        <translation>Le portefeuille et tableau de bord DePIN de Plinth en ligne de commande.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Every command takes --datadir DIR, --json and --network NAME|FILE;</source>
        <translation>Chaque commande accepte --datadir DOSSIER, --json et --network NOM|FICHIER&#xa0;;</translation>
    </message>
    <message>
        <source>`plinth-cli COMMAND --help` describes one command.</source>
        <translation>`plinth-cli COMMANDE --help` décrit une commande.</translation>
    </message>
    <message>
        <source>plinth-cli: unknown command &quot;%1&quot;; see plinth-cli --help</source>
        <translation>plinth-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;»&#xa0;; voir plinth-cli --help</translation>
    </message>
    <message>
        <source>Data folder (default: %1).</source>
        <translation>Dossier de données (par défaut&#xa0;: %1).</translation>
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
        <translation>aucun réseau sélectionné&#xa0;: indiquez --network NOM|FICHIER ou démarrez le devnet</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
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
        <translation>adresse non valide&#xa0;: %1</translation>
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
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
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
        <translation>Mot de passe du coffre&#xa0;: </translation>
    </message>
    <message>
        <source>no terminal to ask for the vault password on: pass --password-file FILE or set PLINTH_PASSWORD</source>
        <translation>aucun terminal pour demander le mot de passe du coffre&#xa0;: indiquez --password-file FICHIER ou définissez PLINTH_PASSWORD</translation>
    </message>
    <message>
        <source>New vault password: </source>
        <translation>Nouveau mot de passe du coffre&#xa0;: </translation>
    </message>
    <message>
        <source>Choose a vault password: </source>
        <translation>Choisissez un mot de passe pour le coffre&#xa0;: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Répétez le mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>no terminal to ask for the new vault password on: pass --%1 FILE or set %2</source>
        <translation>aucun terminal pour demander le nouveau mot de passe du coffre&#xa0;: indiquez --%1 FICHIER ou définissez %2</translation>
    </message>
    <message>
        <source>the vault password must not be empty</source>
        <translation>le mot de passe du coffre ne doit pas être vide</translation>
    </message>
    <message>
        <source>no terminal to ask for the keystore password on: pass --keystore-password-file FILE</source>
        <translation>aucun terminal pour demander le mot de passe du keystore&#xa0;: indiquez --keystore-password-file FICHIER</translation>
    </message>
    <message>
        <source>Password for the keystore file: </source>
        <translation>Mot de passe pour le fichier keystore&#xa0;: </translation>
    </message>
    <message>
        <source>Keystore file password: </source>
        <translation>Mot de passe du fichier keystore&#xa0;: </translation>
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
        <translation>il n&apos;y a pas de coffre dans %1&#xa0;: créez-en un avec `plinth-cli wallet create` ou `wallet restore`</translation>
    </message>
    <message>
        <source>Read an optional BIP-39 passphrase from the first line of FILE.</source>
        <translation>Lire une phrase secrète BIP-39 facultative depuis la première ligne de FICHIER.</translation>
    </message>
    <message>
        <source>%1 already exists: it was not overwritten</source>
        <translation>%1 existe déjà&#xa0;: il n&apos;a pas été écrasé</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
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
        <translation>Niveau de frais&#xa0;: slow, normal (par défaut) ou fast.</translation>
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
        <translation>En attente&#xa0;: dans le mempool du nœud, pas encore dans un bloc.</translation>
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
            <numerusform>Incluse dans le bloc %1 avec %n confirmation&#xa0;: %2, gaz utilisé %3.</numerusform>
            <numerusform>Incluse dans le bloc %1 avec %n confirmations&#xa0;: %2, gaz utilisé %3.</numerusform>
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
        <translation>Abandonnée&#xa0;: le nœud ne l&apos;a plus et aucune de nos transactions n&apos;a utilisé son nonce.</translation>
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
        <translation>%1&#xa0;; vérifiez-la plus tard avec `plinth-cli tx status %2`</translation>
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
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>  Call:        %1, undecoded data %2</source>
        <extracomment>%1 the contract, %2 the raw calldata</extracomment>
        <translation>  Appel&#xa0;:         %1, données non décodées %2</translation>
    </message>
    <message>
        <source>  Call:        %1 %2</source>
        <extracomment>%1 the contract, %2 the function signature</extracomment>
        <translation>  Appel&#xa0;:         %1 %2</translation>
    </message>
    <message>
        <source>  Value:       %1</source>
        <translation>  Valeur&#xa0;:        %1</translation>
    </message>
    <message>
        <source>  From:        %1 (nonce %2)</source>
        <translation>  De&#xa0;:            %1 (nonce %2)</translation>
    </message>
    <message>
        <source>  From:        %1</source>
        <translation>  De&#xa0;:            %1</translation>
    </message>
    <message>
        <source>  Fee maximum: %1 (gas limit %2 at %3 per gas)</source>
        <extracomment>%1 the most the fees can cost, %2 gas limit, %3 max fee per gas</extracomment>
        <translation>  Frais max.&#xa0;:    %1 (limite de gaz %2 à %3 par unité de gaz)</translation>
    </message>
    <message>
        <source>  Fee likely:  %1 (estimated %2 gas at %3 per gas)</source>
        <extracomment>%1 the likely fee, %2 estimated gas, %3 likely price per gas</extracomment>
        <translation>  Frais prob.&#xa0;:   %1 (%2 de gaz estimés à %3 par unité de gaz)</translation>
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
        <translation>  Simulation&#xa0;:    réussit (%1)</translation>
    </message>
    <message>
        <source>  Simulation:  REVERTS: %1 (%2)</source>
        <translation>  Simulation&#xa0;:    ÉCHOUE (revert)&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>  Fees:        %1</source>
        <translation>  Frais&#xa0;:         %1</translation>
    </message>
    <message numerus="yes">
        <source>Send these %n transactions? [y/N] </source>
        <translation>
            <numerusform>Envoyer cette %n transaction&#xa0;? [y/N] </numerusform>
            <numerusform>Envoyer ces %n transactions&#xa0;? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Send this transaction? [y/N] </source>
        <translation>Envoyer cette transaction&#xa0;? [y/N] </translation>
    </message>
    <message>
        <source>The sending account (default: the vault&apos;s first account).</source>
        <translation>Le compte expéditeur (par défaut&#xa0;: le premier compte du coffre).</translation>
    </message>
    <message>
        <source>Send without asking for confirmation (for scripts).</source>
        <translation>Envoyer sans demander de confirmation (pour les scripts).</translation>
    </message>
    <message>
        <source>the vault has no account: add one, or pass --from ADDRESS</source>
        <translation>le coffre n&apos;a aucun compte&#xa0;: ajoutez-en un, ou indiquez --from ADRESSE</translation>
    </message>
    <message>
        <source>%1 is not an account of this vault: add or import it first (see `plinth-cli accounts`)</source>
        <translation>%1 n&apos;est pas un compte de ce coffre&#xa0;: ajoutez-le ou importez-le d&apos;abord (voir `plinth-cli accounts`)</translation>
    </message>
    <message>
        <source>Approve %1 (%2) to spend %3 of your tokens (allowed now: %4)</source>
        <extracomment>%1 the contract allowed to spend (e.g. &quot;staking&quot;), %2 its address, %3 the amount with its symbol, %4 the current allowance</extracomment>
        <translation>Autoriser %1 (%2) à dépenser %3 de vos tokens (autorisé actuellement&#xa0;: %4)</translation>
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
        <translation>estimé en supposant l&apos;approbation précédente avant sa confirmation&#xa0;; recalculé une fois celle-ci confirmée</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is too little for these %n transactions: together they need up to %3 for value and gas</source>
        <extracomment>%1 the sender, %2 its balance, %n the number of transactions, %3 what they may cost together</extracomment>
        <translation>
            <numerusform>%1&#xa0;: %2 ne suffit pas pour cette %n transaction&#xa0;: elle nécessite jusqu&apos;à %3 pour la valeur et le gaz</numerusform>
            <numerusform>%1&#xa0;: %2 ne suffit pas pour ces %n transactions&#xa0;: ensemble, elles nécessitent jusqu&apos;à %3 pour la valeur et le gaz</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>rien à envoyer</translation>
    </message>
    <message>
        <source>the transaction would fail, so nothing was signed or sent: %1</source>
        <translation>la transaction échouerait, rien n&apos;a donc été signé ni envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1; nothing was signed or sent</source>
        <translation>%1&#xa0;; rien n&apos;a été signé ni envoyé</translation>
    </message>
    <message>
        <source>not confirmed: nothing was signed or sent</source>
        <translation>non confirmé&#xa0;: rien n&apos;a été signé ni envoyé</translation>
    </message>
    <message>
        <source> The approval sent before stays in place; the allowance remains.</source>
        <translation> L&apos;approbation envoyée précédemment reste en place&#xa0;; l&apos;autorisation est maintenue.</translation>
    </message>
    <message>
        <source>step %1 would fail, so it was not sent: %2.%3</source>
        <translation>l&apos;étape %1 échouerait, elle n&apos;a donc pas été envoyée&#xa0;: %2.%3</translation>
    </message>
    <message>
        <source>step %1 was not sent: %2.%3</source>
        <translation>l&apos;étape %1 n&apos;a pas été envoyée&#xa0;: %2.%3</translation>
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
        <translation>la transaction %1 a été incluse dans le bloc %2 mais a été annulée (revert)&#xa0;: %3.%4</translation>
    </message>
    <message>
        <source>the transaction %1 was dropped: the node no longer has it and its nonce was not used, so nothing was spent.%2</source>
        <translation>la transaction %1 a été abandonnée&#xa0;: le nœud ne l&apos;a plus et son nonce n&apos;a pas été utilisé, rien n&apos;a donc été dépensé.%2</translation>
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
        <translation>%1 dispose de %2, moins que les %3 à staker&#xa0;; rien n&apos;a été envoyé</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>What the device offers: storage, bandwidth, wireless, compute, energy or sensor.</source>
        <translation>Ce que propose l&apos;appareil&#xa0;: storage, bandwidth, wireless, compute, energy ou sensor.</translation>
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
        <translation>Sa capacité, un nombre entier en --unit (par défaut&#xa0;: mesurée si possible).</translation>
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
        <translation>Son emplacement&#xa0;: un index de cellule H3 ou un libellé.</translation>
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
        <translation>Le stake avec lequel l&apos;enregistrer, en tokens (par défaut&#xa0;: le minimum du registre).</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>The onboarding nonce (default: a random 64-bit number).</source>
        <translation>Le nonce d&apos;intégration (par défaut&#xa0;: un nombre aléatoire de 64 bits).</translation>
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
        <translation>--valid-for doit être une durée comme 30m, 24h ou 7d (365 jours au plus), et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the network &quot;%1&quot; has no device registry</source>
        <translation>le réseau «&#xa0;%1&#xa0;» n&apos;a pas de registre d&apos;appareils</translation>
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
        <translation>Actions&#xa0;:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plinth: wallet and contributor dashboard for DePIN networks.</source>
        <translation>Plinth&#xa0;: portefeuille et tableau de bord des contributeurs aux réseaux DePIN.</translation>
    </message>
    <message>
        <source>Keep the vault, cache and settings in &lt;dir&gt; (default: %1).</source>
        <translation>Conserver le coffre, le cache et les paramètres dans &lt;dossier&gt; (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Use the network &lt;name&gt; (a saved profile or &quot;devnet&quot;) or the profile &lt;file&gt;.</source>
        <translation>Utiliser le réseau &lt;nom&gt; (un profil enregistré ou «&#xa0;devnet&#xa0;») ou le fichier de profil &lt;fichier&gt;.</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>nom|fichier</translation>
    </message>
    <message>
        <source>Plinth is already running for %1; its window was raised.</source>
        <translation>Plinth est déjà en cours d&apos;exécution pour %1&#xa0;; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>Plinth cannot start</source>
        <translation>Plinth ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Plinth cannot open the network</source>
        <translation>Plinth ne peut pas ouvrir le réseau</translation>
    </message>
    <message>
        <source>The network has no profile.</source>
        <translation>Le réseau n&apos;a pas de profil.</translation>
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
        <translation>Impossible d&apos;écouter les autres démarrages&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ActionFlow</name>
    <message>
        <source>Confirmed. The page updates once the new block is verified.</source>
        <translation>Confirmée. La page se met à jour dès que le nouveau bloc est vérifié.</translation>
    </message>
    <message>
        <source>The transaction did not go through; see Activity for its state.</source>
        <translation>La transaction n&apos;est pas passée&#xa0;; consultez Activité pour connaître son état.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ActivityModel</name>
    <message>
        <source>Rewards claimed to %1</source>
        <extracomment>%1 the address the rewards were paid to</extracomment>
        <translation>Récompenses réclamées vers %1</translation>
    </message>
    <message>
        <source>Proven in block %1</source>
        <extracomment>%1 a block number</extracomment>
        <translation>Prouvé dans le bloc %1</translation>
    </message>
    <message>
        <source>Proven</source>
        <translation>Prouvé</translation>
    </message>
    <message>
        <source>Stake on device %1 slashed: %2</source>
        <extracomment>%1 a device&apos;s address, %2 the slasher&apos;s reason</extracomment>
        <translation>Stake sur l&apos;appareil %1 pénalisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Sent tokens</source>
        <translation>Envoi de tokens</translation>
    </message>
    <message>
        <source>Claim rewards</source>
        <translation>Réclamation de récompenses</translation>
    </message>
    <message>
        <source>Token approval</source>
        <translation>Approbation de tokens</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Stake</translation>
    </message>
    <message>
        <source>Delegated stake</source>
        <translation>Stake délégué</translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation>Déblocage</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Delegate votes</source>
        <translation>Délégation des votes</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Queue proposal</source>
        <translation>Mise en file d&apos;attente de la proposition</translation>
    </message>
    <message>
        <source>Execute proposal</source>
        <translation>Exécution de la proposition</translation>
    </message>
    <message>
        <source>Register device</source>
        <translation>Enregistrement d&apos;appareil</translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation>Accélération</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Contract call</source>
        <translation>Appel de contrat</translation>
    </message>
    <message>
        <source>Signed, not yet sent</source>
        <translation>Signée, pas encore envoyée</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Refused by the node</source>
        <translation>Refusée par le nœud</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>%1 what the transaction did (&quot;Stake&quot;), %2 the address it went to</extracomment>
        <translation>%1 vers %2</translation>
    </message>
    <message>
        <source>%1 in block %2</source>
        <extracomment>%1 a status (&quot;Confirmed&quot;), %2 a block number</extracomment>
        <translation>%1 dans le bloc %2</translation>
    </message>
    <message>
        <source>Unstake request #%1 from device %2</source>
        <extracomment>%1 the number the staking contract gave the unstake request, %2 a device&apos;s address</extracomment>
        <translation>Demande de déblocage n° %1 depuis l&apos;appareil %2</translation>
    </message>
    <message>
        <source>Unstake request #%1 withdrawn</source>
        <extracomment>%1 the number the staking contract gave the unstake request</extracomment>
        <translation>Demande de déblocage n° %1 retirée</translation>
    </message>
    <message>
        <source>reason unknown</source>
        <extracomment>shown for a failed transaction when Plinth could not learn why it failed</extracomment>
        <translation>raison inconnue</translation>
    </message>
    <message>
        <source>The transaction failed: %1</source>
        <extracomment>%1 why it failed (the contract&apos;s decoded revert, or &quot;reason unknown&quot;)</extracomment>
        <translation>La transaction a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The node refused the transaction: %1</source>
        <extracomment>%1 the node&apos;s reason (or &quot;reason unknown&quot;)</extracomment>
        <translation>Le nœud a refusé la transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>The transaction was dropped: %1</source>
        <extracomment>%1 why (or &quot;reason unknown&quot;)</extracomment>
        <translation>La transaction a été abandonnée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ActivityPage</name>
    <message>
        <source>Activity status</source>
        <translation>État de l&apos;activité</translation>
    </message>
    <message>
        <source>Transactions and events</source>
        <translation>Transactions et événements</translation>
    </message>
    <message>
        <source>S&amp;peed up</source>
        <translation>&amp;Accélérer</translation>
    </message>
    <message>
        <source>Speed up the selected pending transaction</source>
        <translation>Accélérer la transaction en attente sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Cancel transaction</source>
        <translation>A&amp;nnuler la transaction</translation>
    </message>
    <message>
        <source>Cancel the selected pending transaction</source>
        <translation>Annuler la transaction en attente sélectionnée</translation>
    </message>
    <message>
        <source>The transaction journal could not be read: %1</source>
        <extracomment>%1 why the journal could not be read</extracomment>
        <translation>Le journal des transactions n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the transaction journal and the verified cache…</source>
        <translation>Lecture du journal des transactions et du cache vérifié…</translation>
    </message>
    <message>
        <source>No activity yet: this account has sent no transaction from this wallet, claimed no rewards and has no unbonding or slash.</source>
        <translation>Aucune activité pour l&apos;instant&#xa0;: ce compte n&apos;a envoyé aucune transaction depuis ce portefeuille, n&apos;a réclamé aucune récompense et n&apos;a ni déblocage ni pénalité.</translation>
    </message>
    <message>
        <source>Transactions sent from this wallet: %1. Proven in the verified cache: reward claims %2, unbonding and slash events %3.</source>
        <extracomment>%1 how many transactions this wallet sent from the account, %2 how many reward claims are proven, %3 how many unbonding and slash events</extracomment>
        <translation>Transactions envoyées depuis ce portefeuille&#xa0;: %1. Prouvés dans le cache vérifié&#xa0;: réclamations de récompenses %2, événements de déblocage et de pénalité %3.</translation>
    </message>
    <message>
        <source>The proven claims could not be read: %1</source>
        <extracomment>%1 why the claims could not be read</extracomment>
        <translation>Les réclamations prouvées n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The proven stakes could not be read: %1</source>
        <extracomment>%1 why the stakes could not be read</extracomment>
        <translation>Les stakes prouvés n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why the selected transaction failed</source>
        <translation>Pourquoi la transaction sélectionnée a échoué</translation>
    </message>
</context>
<context>
    <name>plinth::ui::AddressBook</name>
    <message>
        <source>The address book %1 could not be read: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason</extracomment>
        <translation>Le carnet d&apos;adresses %1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The address book %1 is not valid JSON: %2</source>
        <extracomment>%1 a file path, %2 the JSON parser&apos;s reason</extracomment>
        <translation>Le carnet d&apos;adresses %1 n&apos;est pas un JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The address book %1 could not be saved: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason</extracomment>
        <translation>Le carnet d&apos;adresses %1 n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::AddressInput</name>
    <message>
        <source>Enter an address: 0x followed by 40 hexadecimal digits.</source>
        <translation>Saisissez une adresse&#xa0;: 0x suivi de 40 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>This is not an address: an address starts with 0x, then 40 hexadecimal digits.</source>
        <translation>Ce n&apos;est pas une adresse&#xa0;: une adresse commence par 0x, suivi de 40 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>An address has exactly 40 hexadecimal digits after 0x; this one has %1.</source>
        <extracomment>%1 how many hexadecimal digits follow 0x (never 40)</extracomment>
        <translation>Une adresse comporte exactement 40 chiffres hexadécimaux après 0x&#xa0;; celle-ci en comporte %1.</translation>
    </message>
    <message>
        <source>This is not an address: after 0x, only the digits 0-9 and the letters a-f (in either case) may follow.</source>
        <translation>Ce n&apos;est pas une adresse&#xa0;: après 0x, seuls les chiffres 0-9 et les lettres a-f (majuscules ou minuscules) peuvent suivre.</translation>
    </message>
    <message>
        <source>The capital letters do not match this address&apos;s checksum (EIP-55): a character is probably mistyped.</source>
        <translation>Les majuscules ne correspondent pas à la somme de contrôle de cette adresse (EIP-55)&#xa0;: un caractère est probablement mal saisi.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::BackupPanel</name>
    <message>
        <source>Password for the keystore file</source>
        <translation>Mot de passe du fichier keystore</translation>
    </message>
    <message>
        <source>Password for the keystore file, again</source>
        <translation>Mot de passe du fichier keystore, à nouveau</translation>
    </message>
    <message>
        <source>&amp;Export keystore…</source>
        <translation>&amp;Exporter le keystore…</translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation>Mot de passe du coffre</translation>
    </message>
    <message>
        <source>Show recovery &amp;phrase</source>
        <translation>Afficher la &amp;phrase de récupération</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Account to export</source>
        <translation>Compte à exporter</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Phrase de récupération</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>Fichier keystore</translation>
    </message>
    <message>
        <source>Saves one account&apos;s key as a keystore v3 file that other wallets import, encrypted with a password of its own.</source>
        <translation>Enregistre la clé d&apos;un compte dans un fichier keystore v3 que d&apos;autres portefeuilles peuvent importer, chiffré avec son propre mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>File pass&amp;word:</source>
        <translation>Mot de passe du &amp;fichier&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>À &amp;nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>The words that restore every derived account. Make sure nobody can see your screen.</source>
        <translation>Les mots qui restaurent tous les comptes dérivés. Assurez-vous que personne ne peut voir votre écran.</translation>
    </message>
    <message>
        <source>&amp;Vault password:</source>
        <translation>Mot &amp;de passe du coffre&#xa0;:</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>No account in this vault has a key to export.</source>
        <translation>Aucun compte de ce coffre n&apos;a de clé à exporter.</translation>
    </message>
    <message>
        <source>Choose an account to export.</source>
        <translation>Choisissez un compte à exporter.</translation>
    </message>
    <message>
        <source>The file password needs at least 8 characters.</source>
        <translation>Le mot de passe du fichier doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The two file passwords differ.</source>
        <translation>Les deux mots de passe du fichier sont différents.</translation>
    </message>
    <message>
        <source>Unlock the wallet to export the key of %1.</source>
        <translation>Déverrouillez le portefeuille pour exporter la clé de %1.</translation>
    </message>
    <message>
        <source>Save the keystore file</source>
        <translation>Enregistrer le fichier keystore</translation>
    </message>
    <message>
        <source>Keystore files (*.json)</source>
        <translation>Fichiers keystore (*.json)</translation>
    </message>
    <message>
        <source>Encrypting the key for the file… This takes a few seconds.</source>
        <translation>Chiffrement de la clé pour le fichier… Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>The key was not exported: %1</source>
        <extracomment>%1 is the reason, a sentence from the wallet</extracomment>
        <translation>La clé n&apos;a pas été exportée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved the keystore file %1.</source>
        <translation>Fichier keystore %1 enregistré.</translation>
    </message>
    <message>
        <source>Checking the vault password…</source>
        <translation>Vérification du mot de passe du coffre…</translation>
    </message>
    <message>
        <source>Wrong password: the phrase stays hidden.</source>
        <translation>Mot de passe incorrect&#xa0;: la phrase reste masquée.</translation>
    </message>
    <message>
        <source>This vault has no recovery phrase: its accounts were imported or are watch-only. Back them up as keystore files.</source>
        <translation>Ce coffre n&apos;a pas de phrase de récupération&#xa0;: ses comptes ont été importés ou sont en lecture seule. Sauvegardez-les sous forme de fichiers keystore.</translation>
    </message>
    <message>
        <source>Write it down on paper, then hide it.</source>
        <translation>Notez-la sur papier, puis masquez-la.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::Card</name>
    <message>
        <source>Nothing is verified yet: this appears once the first sync has finished.</source>
        <translation>Rien n&apos;est encore vérifié&#xa0;: ceci apparaît une fois la première synchronisation terminée.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ChoicePage</name>
    <message>
        <source>Welcome to Plinth</source>
        <translation>Bienvenue dans Plinth</translation>
    </message>
    <message>
        <source>This data folder has no wallet yet. How do you want to start?</source>
        <translation>Ce dossier de données n&apos;a pas encore de portefeuille. Comment voulez-vous commencer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Create a new wallet</source>
        <translation>&amp;Créer un nouveau portefeuille</translation>
    </message>
    <message>
        <source>Plinth makes a new recovery phrase; you write it down and keep it safe.</source>
        <translation>Plinth génère une nouvelle phrase de récupération&#xa0;; vous la notez et la conservez en lieu sûr.</translation>
    </message>
    <message>
        <source>&amp;Restore from a recovery phrase</source>
        <translation>&amp;Restaurer à partir d&apos;une phrase de récupération</translation>
    </message>
    <message>
        <source>Type the 12 or 24 words of a wallet you already have.</source>
        <translation>Saisissez les 12 ou 24 mots d&apos;un portefeuille que vous possédez déjà.</translation>
    </message>
    <message>
        <source>&amp;Import a keystore file</source>
        <translation>&amp;Importer un fichier keystore</translation>
    </message>
    <message>
        <source>A keystore v3 JSON file (from geth, MetaMask, cast or Plinth) and its password.</source>
        <translation>Un fichier JSON keystore v3 (de geth, MetaMask, cast ou Plinth) et son mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Watch an address</source>
        <translation>&amp;Surveiller une adresse</translation>
    </message>
    <message>
        <source>See an address&apos;s balances, devices and rewards without its key: nothing can be signed.</source>
        <translation>Consultez les soldes, les appareils et les récompenses d&apos;une adresse sans sa clé&#xa0;: rien ne peut être signé.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ConfirmPhrasePage</name>
    <message>
        <source>Check your written copy</source>
        <translation>Vérifiez votre copie écrite</translation>
    </message>
    <message>
        <source>Type the words your paper shows at these positions.</source>
        <translation>Saisissez les mots que votre papier indique à ces positions.</translation>
    </message>
    <message>
        <source>Word &amp;%1:</source>
        <extracomment>%1 is a position in the recovery phrase, 1 to 24</extracomment>
        <translation>Mot &amp;%1&#xa0;:</translation>
    </message>
    <message>
        <source>Word number %1 of the recovery phrase</source>
        <translation>Mot numéro %1 de la phrase de récupération</translation>
    </message>
    <message>
        <source>Word %1 does not match the phrase you were shown. Go back to see it again and correct your written copy.</source>
        <extracomment>%1 is a position in the recovery phrase</extracomment>
        <translation>Le mot %1 ne correspond pas à la phrase qui vous a été montrée. Revenez en arrière pour la revoir et corrigez votre copie écrite.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::CsvExportBar</name>
    <message>
        <source>Export rewards as CSV</source>
        <translation>Exporter les récompenses en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Annulation de l&apos;export…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the range&apos;s rewards as CSV</source>
        <translation>Exporter les récompenses de la période en CSV</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <source>Exporting your rewards to %1…</source>
        <extracomment>%1 the file&apos;s path</extracomment>
        <translation>Export de vos récompenses vers %1…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé&#xa0;: aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Could not export the rewards: %1</source>
        <extracomment>%1 why the export failed, a sentence from the wallet</extracomment>
        <translation>Impossible d&apos;exporter les récompenses&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln reward(s) to %1.</source>
        <extracomment>%Ln the number of rewards written, %1 the file&apos;s path</extracomment>
        <translation>
            <numerusform>%Ln récompense écrite dans %1.</numerusform>
            <numerusform>%Ln récompenses écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::DelegateVotesDialog</name>
    <message>
        <source>Delegate votes</source>
        <translation>Délégation des votes</translation>
    </message>
    <message>
        <source>Who votes with your tokens</source>
        <translation>Qui vote avec vos tokens</translation>
    </message>
    <message>
        <source>Delegating moves the voting power of every token this account holds, now and later, to the address you choose; the tokens themselves stay in your account, and you can delegate again at any time.</source>
        <translation>La délégation transfère à l&apos;adresse que vous choisissez le pouvoir de vote de tous les tokens que ce compte détient maintenant et détiendra plus tard&#xa0;; les tokens eux-mêmes restent sur votre compte, et vous pouvez déléguer à nouveau à tout moment.</translation>
    </message>
    <message>
        <source>Current delegate</source>
        <translation>Délégué actuel</translation>
    </message>
    <message>
        <source>Votes that move</source>
        <translation>Votes transférés</translation>
    </message>
    <message>
        <source>&amp;Myself (%1)</source>
        <extracomment>%1 the account&apos;s own address</extracomment>
        <translation>&amp;Moi-même (%1)</translation>
    </message>
    <message>
        <source>Delegate to myself</source>
        <translation>Déléguer à moi-même</translation>
    </message>
    <message>
        <source>&amp;Another address:</source>
        <translation>&amp;Une autre adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Delegate to another address</source>
        <translation>Déléguer à une autre adresse</translation>
    </message>
    <message>
        <source>Delegate&apos;s address</source>
        <translation>Adresse du délégué</translation>
    </message>
    <message>
        <source>0x… or a name from your address book</source>
        <translation>0x… ou un nom de votre carnet d&apos;adresses</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Co&amp;ntinue…</source>
        <translation>Co&amp;ntinuer…</translation>
    </message>
    <message>
        <source>Continue to the confirmation</source>
        <translation>Passer à la confirmation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No network is open: whom your votes are delegated to is not known.</source>
        <translation>Aucun réseau n&apos;est ouvert&#xa0;: on ne sait pas à qui vos votes sont délégués.</translation>
    </message>
    <message>
        <source>Reading whom your votes are delegated to from the verified cache…</source>
        <translation>Lecture depuis le cache vérifié de la délégation de vos votes…</translation>
    </message>
    <message>
        <source>Nothing is verified yet: whom your votes are delegated to is known after the first sync.</source>
        <translation>Rien n&apos;est encore vérifié&#xa0;: la personne à qui vos votes sont délégués sera connue après la première synchronisation.</translation>
    </message>
    <message>
        <source>Could not read whom your votes are delegated to from the verified cache: %1</source>
        <extracomment>%1 the core&apos;s reason</extracomment>
        <translation>Impossible de lire depuis le cache vérifié à qui vos votes sont délégués&#xa0;: %1</translation>
    </message>
    <message>
        <source>A new delegate gets the votes of your whole balance: %1.</source>
        <extracomment>%1 an amount of tokens</extracomment>
        <translation>Un nouveau délégué reçoit les votes de la totalité de votre solde&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Enter the address that will vote with your tokens, or choose Myself.</source>
        <translation>Saisissez l&apos;adresse qui votera avec vos tokens, ou choisissez «&#xa0;Moi-même&#xa0;».</translation>
    </message>
    <message>
        <source>The zero address belongs to no one: votes delegated to it count for nobody until you delegate again.</source>
        <translation>L&apos;adresse zéro n&apos;appartient à personne&#xa0;: les votes qui lui sont délégués ne comptent pour personne tant que vous ne déléguez pas à nouveau.</translation>
    </message>
    <message>
        <source>This address is all in one case, so it carries no checksum (EIP-55): a mistyped character cannot be detected. Compare it with where it came from, character by character.</source>
        <translation>Cette adresse est entièrement en minuscules ou entièrement en majuscules&#xa0;: elle ne porte donc pas de somme de contrôle (EIP-55), et un caractère mal saisi ne peut pas être détecté. Comparez-la caractère par caractère avec sa source.</translation>
    </message>
    <message>
        <source>Your votes are already delegated to yourself: there is nothing to change.</source>
        <translation>Vos votes sont déjà délégués à vous-même&#xa0;: il n&apos;y a rien à changer.</translation>
    </message>
    <message>
        <source>Your votes are already delegated to this address: there is nothing to change.</source>
        <translation>Vos votes sont déjà délégués à cette adresse&#xa0;: il n&apos;y a rien à changer.</translation>
    </message>
    <message>
        <source>This is your own address: the same as Myself.</source>
        <translation>C&apos;est votre propre adresse&#xa0;: cela revient à choisir «&#xa0;Moi-même&#xa0;».</translation>
    </message>
    <message>
        <source>In your address book as %1.</source>
        <extracomment>%1 the name the user gave the address</extracomment>
        <translation>Dans votre carnet d&apos;adresses sous le nom %1.</translation>
    </message>
    <message>
        <source>Delegate to %1</source>
        <extracomment>%1 the full checksummed address</extracomment>
        <translation>Déléguer à %1</translation>
    </message>
    <message>
        <source>Delegate your votes to yourself (%1)</source>
        <extracomment>%1 the account&apos;s own address</extracomment>
        <translation>Déléguer vos votes à vous-même (%1)</translation>
    </message>
    <message>
        <source>Delegate your votes to %1</source>
        <extracomment>%1 the delegate&apos;s address</extracomment>
        <translation>Déléguer vos votes à %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::DeviceActionDialog</name>
    <message>
        <source>Update device</source>
        <translation>Mettre à jour l&apos;appareil</translation>
    </message>
    <message>
        <source>Change what the registry says about device %1. Each changed field is one transaction.</source>
        <extracomment>%1 the device&apos;s address</extracomment>
        <translation>Modifiez ce que le registre indique sur l&apos;appareil %1. Chaque champ modifié fait l&apos;objet d&apos;une transaction.</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacité</translation>
    </message>
    <message>
        <source>A whole number, e.g. 4000</source>
        <translation>Un nombre entier, p. ex. 4000</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>U&amp;nité</translation>
    </message>
    <message>
        <source>e.g. GB, Mbps, cores</source>
        <translation>p. ex. GB, Mbps, cores</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <source>An H3 cell or a label</source>
        <translation>Une cellule H3 ou un libellé</translation>
    </message>
    <message>
        <source>&amp;Metadata URI</source>
        <translation>URI des &amp;métadonnées</translation>
    </message>
    <message>
        <source>e.g. ipfs://…</source>
        <translation>p. ex. ipfs://…</translation>
    </message>
    <message>
        <source>Transfer device</source>
        <translation>Transférer l&apos;appareil</translation>
    </message>
    <message>
        <source>Give device %1 to another account. Its stakes stay where they are; its future rewards go to the new owner.</source>
        <translation>Donnez l&apos;appareil %1 à un autre compte. Ses stakes restent où ils sont&#xa0;; ses futures récompenses iront au nouveau propriétaire.</translation>
    </message>
    <message>
        <source>New &amp;owner</source>
        <translation>Nouveau &amp;propriétaire</translation>
    </message>
    <message>
        <source>0x…</source>
        <translation>0x…</translation>
    </message>
    <message>
        <source>Stake on device</source>
        <translation>Staker sur l&apos;appareil</translation>
    </message>
    <message>
        <source>Stake on device %1 (staked now: %2).</source>
        <extracomment>%1 the device&apos;s address, %2 its current stake</extracomment>
        <translation>Staker sur l&apos;appareil %1 (stake actuel&#xa0;: %2).</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <extracomment>%1 the token&apos;s symbol</extracomment>
        <translation>&amp;Montant (%1)</translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation>p. ex. 100</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>C&amp;ontinue…</source>
        <translation>C&amp;ontinuer…</translation>
    </message>
    <message>
        <source>The capacity must be a whole number above 0.</source>
        <translation>La capacité doit être un nombre entier supérieur à 0.</translation>
    </message>
    <message>
        <source>The capacity needs its unit: the registry stores them together.</source>
        <translation>La capacité doit avoir son unité&#xa0;: le registre les enregistre ensemble.</translation>
    </message>
    <message>
        <source>Nothing changed: edit the capacity, the region or the metadata URI first.</source>
        <translation>Rien n&apos;a changé&#xa0;: modifiez d&apos;abord la capacité, la région ou l&apos;URI des métadonnées.</translation>
    </message>
    <message>
        <source>Update device %1</source>
        <translation>Mettre à jour l&apos;appareil %1</translation>
    </message>
    <message>
        <source>The new owner is not an address: %1.</source>
        <extracomment>%1 why the text is not an address</extracomment>
        <translation>Le nouveau propriétaire n&apos;est pas une adresse&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The new owner must not be the zero address: the device would be lost.</source>
        <translation>Le nouveau propriétaire ne doit pas être l&apos;adresse zéro&#xa0;: l&apos;appareil serait perdu.</translation>
    </message>
    <message>
        <source>The device already belongs to this account.</source>
        <translation>L&apos;appareil appartient déjà à ce compte.</translation>
    </message>
    <message>
        <source>Transfer device %1 to %2</source>
        <extracomment>%1 device address, %2 the new owner&apos;s address</extracomment>
        <translation>Transférer l&apos;appareil %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>Enter an amount above 0, with at most %n decimal(s).</source>
        <translation>
            <numerusform>Saisissez un montant supérieur à 0, avec au plus %n décimale.</numerusform>
            <numerusform>Saisissez un montant supérieur à 0, avec au plus %n décimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stake %1 on device %2</source>
        <extracomment>%1 amount with symbol, %2 device address</extracomment>
        <translation>Staker %1 sur l&apos;appareil %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::DeviceDetailPanel</name>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Metadata URI</source>
        <translation>URI des métadonnées</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Stake</translation>
    </message>
    <message>
        <source>Earned to date</source>
        <translation>Gagné à ce jour</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Récompenses</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>Dernier score</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Offline epochs</source>
        <translation>Époques hors ligne</translation>
    </message>
    <message>
        <source>Previous owners</source>
        <translation>Propriétaires précédents</translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation>Mettre à &amp;jour…</translation>
    </message>
    <message>
        <source>Update the device&apos;s capacity, region or metadata</source>
        <translation>Mettre à jour la capacité, la région ou les métadonnées de l&apos;appareil</translation>
    </message>
    <message>
        <source>&amp;Stake…</source>
        <translation>&amp;Staker…</translation>
    </message>
    <message>
        <source>Stake on this device</source>
        <translation>Staker sur cet appareil</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transférer…</translation>
    </message>
    <message>
        <source>Transfer the device to another account</source>
        <translation>Transférer l&apos;appareil à un autre compte</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>Mettre &amp;hors service…</translation>
    </message>
    <message>
        <source>Retire the device for good</source>
        <translation>Mettre définitivement l&apos;appareil hors service</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Select a device to see its earnings, scores and actions.</source>
        <translation>Sélectionnez un appareil pour voir ses gains, ses scores et ses actions.</translation>
    </message>
    <message>
        <source>Reading the device&apos;s rewards from the verified cache…</source>
        <translation>Lecture des récompenses de l&apos;appareil depuis le cache vérifié…</translation>
    </message>
    <message>
        <source>The device could not be read: %1</source>
        <extracomment>%1 why the device could not be read, one sentence</extracomment>
        <translation>L&apos;appareil n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not scored yet: no epoch has rewarded it.</source>
        <translation>Pas encore de score&#xa0;: aucune époque ne l&apos;a récompensé.</translation>
    </message>
    <message>
        <source>Online in %1 of %2 scored epochs; average score %3</source>
        <extracomment>%1 epochs that scored above 0, %2 epochs scored in all, %3 the average score as a percentage</extracomment>
        <translation>En ligne pendant %1 des %2 époques notées&#xa0;; score moyen %3</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>Aucune indiquée</translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <extracomment>%1 date and time, %2 block number</extracomment>
        <translation>%1, bloc %2</translation>
    </message>
    <message>
        <source>%1 (the owner&apos;s own: %2)</source>
        <extracomment>%1 every staker&apos;s stake on the device, %2 the owner&apos;s own part of it</extracomment>
        <translation>%1 (dont %2 du propriétaire lui-même)</translation>
    </message>
    <message>
        <source>%1 in epoch %2</source>
        <translation>%1 à l&apos;époque %2</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Pas encore de score</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>a run of epochs, first to last</extracomment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>None: it scored in every epoch</source>
        <translation>Aucune&#xa0;: il a obtenu un score à chaque époque</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>No rewards yet: its earnings appear here once an epoch scores it.</source>
        <translation>Pas encore de récompenses&#xa0;: ses gains apparaissent ici dès qu&apos;une époque lui attribue un score.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s)</source>
        <translation>
            <numerusform>%Ln récompense</numerusform>
            <numerusform>%Ln récompenses</numerusform>
        </translation>
    </message>
    <message>
        <source>Device detail panel</source>
        <translation>Panneau de détails de l&apos;appareil</translation>
    </message>
    <message>
        <source>Device detail status message</source>
        <translation>Message d&apos;état des détails de l&apos;appareil</translation>
    </message>
    <message>
        <source>Device fields, actions and earnings chart</source>
        <translation>Champs, actions et graphique des gains de l&apos;appareil</translation>
    </message>
</context>
<context>
    <name>plinth::ui::DeviceEarningsChart</name>
    <message>
        <source>Earnings over time</source>
        <translation>Gains au fil du temps</translation>
    </message>
    <message>
        <source>Earned to date</source>
        <translation>Gagné à ce jour</translation>
    </message>
    <message>
        <source>Earned to date: %1</source>
        <extracomment>%1 the device&apos;s total earnings, every digit</extracomment>
        <translation>Gagné à ce jour&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::DevicesModel</name>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bande passante</translation>
    </message>
    <message>
        <source>Wireless hotspot</source>
        <translation>Hotspot sans fil</translation>
    </message>
    <message>
        <source>Compute (GPU)</source>
        <translation>Calcul (GPU)</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Capteur</translation>
    </message>
    <message>
        <source>Kind %1</source>
        <extracomment>%1 the kind&apos;s number, for a kind this Plinth does not know</extracomment>
        <translation>Type %1</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Stake</translation>
    </message>
    <message>
        <source>Earned to date</source>
        <translation>Gagné à ce jour</translation>
    </message>
    <message numerus="yes">
        <source>Offline for %Ln epoch(s)</source>
        <extracomment>a device whose latest %Ln epochs scored 0</extracomment>
        <translation>
            <numerusform>Hors ligne depuis %Ln époque</numerusform>
            <numerusform>Hors ligne depuis %Ln époques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Filter by address, region, kind or status (Ctrl+F)</source>
        <translation>Filtrer par adresse, région, type ou statut (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Filtrer les appareils</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>Type d&apos;appareil</translation>
    </message>
    <message>
        <source>Device status</source>
        <translation>Statut de l&apos;appareil</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>&amp;Onboard a device…</source>
        <translation>&amp;Intégrer un appareil…</translation>
    </message>
    <message>
        <source>Onboard a device</source>
        <translation>Intégrer un appareil</translation>
    </message>
    <message>
        <source>Devices of this account</source>
        <translation>Appareils de ce compte</translation>
    </message>
    <message>
        <source>Devices state</source>
        <translation>État des appareils</translation>
    </message>
    <message>
        <source>Showing %1 of %2 devices</source>
        <extracomment>%1 devices shown after filtering, %2 all the account&apos;s devices</extracomment>
        <translation>Affichage de %1 appareils sur %2</translation>
    </message>
    <message>
        <source>Choose a network in Settings to see your devices.</source>
        <translation>Choisissez un réseau dans Paramètres pour voir vos appareils.</translation>
    </message>
    <message>
        <source>The network could not be opened: %1</source>
        <extracomment>%1 why the network could not be opened</extracomment>
        <translation>Le réseau n&apos;a pas pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>This wallet has no account yet: create or restore one to see its devices.</source>
        <translation>Ce portefeuille n&apos;a pas encore de compte&#xa0;: créez-en ou restaurez-en un pour voir ses appareils.</translation>
    </message>
    <message>
        <source>Reading the verified cache…</source>
        <translation>Lecture du cache vérifié…</translation>
    </message>
    <message>
        <source>Nothing is verified yet: your devices appear here after the first sync.</source>
        <translation>Rien n&apos;est encore vérifié&#xa0;: vos appareils apparaîtront ici après la première synchronisation.</translation>
    </message>
    <message>
        <source>Your devices could not be read: %1</source>
        <extracomment>%1 why the devices could not be read</extracomment>
        <translation>Vos appareils n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Account %1 has no devices yet. Use “Onboard a device…” to register one.</source>
        <extracomment>%1 the account&apos;s address</extracomment>
        <translation>Le compte %1 n&apos;a pas encore d&apos;appareil. Utilisez «&#xa0;Intégrer un appareil…&#xa0;» pour en enregistrer un.</translation>
    </message>
    <message>
        <source>Retire device %1 for good: its token is burnt and it can never register again</source>
        <extracomment>%1 the device&apos;s address</extracomment>
        <translation>Mettre définitivement l&apos;appareil %1 hors service&#xa0;: son token est brûlé et il ne pourra plus jamais être enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln appareil</numerusform>
            <numerusform>%Ln appareils</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::EarningsChart</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>%1 the series (a device or a kind), %2 the period, %3 the amount</extracomment>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>plinth::ui::EarningsModel</name>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bande passante</translation>
    </message>
    <message>
        <source>Wireless</source>
        <translation>Sans fil</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Capteur</translation>
    </message>
    <message>
        <source>Unknown kind</source>
        <translation>Type inconnu</translation>
    </message>
    <message>
        <source>Kind %1</source>
        <extracomment>a resource kind this version does not know, by its number</extracomment>
        <translation>Type %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>a score in percent, from basis points</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Block %1</source>
        <extracomment>%1 the block number</extracomment>
        <translation>Bloc %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Époque</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>plinth::ui::EarningsPage</name>
    <message>
        <source>All devices</source>
        <translation>Tous les appareils</translation>
    </message>
    <message>
        <source>By device</source>
        <translation>Par appareil</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Par type</translation>
    </message>
    <message>
        <source>Group the chart</source>
        <translation>Regrouper le graphique</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Period of each bar</source>
        <translation>Période de chaque barre</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>Premier jour (UTC)</translation>
    </message>
    <message>
        <source>Last day (UTC, included)</source>
        <translation>Dernier jour (UTC, inclus)</translation>
    </message>
    <message>
        <source>Filter by device, kind or date</source>
        <translation>Filtrer par appareil, type ou date</translation>
    </message>
    <message>
        <source>Filter rewards</source>
        <translation>Filtrer les récompenses</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Récompenses</translation>
    </message>
    <message>
        <source>Earnings chart</source>
        <translation>Graphique des gains</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Gains</translation>
    </message>
    <message>
        <source>Payout ledger</source>
        <translation>Registre des paiements</translation>
    </message>
    <message>
        <source>Proving your claimable rewards and reconciling the ledger…</source>
        <translation>Preuve de vos récompenses réclamables et rapprochement du registre…</translation>
    </message>
    <message>
        <source>Could not build the payout ledger: %1</source>
        <translation>Impossible de construire le registre des paiements&#xa0;: %1</translation>
    </message>
    <message>
        <source>The first day is after the last day: pick a range that ends after it starts.</source>
        <translation>Le premier jour est après le dernier&#xa0;: choisissez une période qui se termine après son début.</translation>
    </message>
    <message>
        <source>Adding up your rewards in the verified cache…</source>
        <translation>Addition de vos récompenses dans le cache vérifié…</translation>
    </message>
    <message>
        <source>Could not read your earnings: %1</source>
        <translation>Impossible de lire vos gains&#xa0;: %1</translation>
    </message>
    <message>
        <source>None of your devices earned a reward in this range.</source>
        <translation>Aucun de vos appareils n&apos;a gagné de récompense sur cette période.</translation>
    </message>
    <message>
        <source>Other devices</source>
        <translation>Autres appareils</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a resource kind, %2 its amount</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The latest %1 of %2 rewards; export CSV for all of them.</source>
        <extracomment>%1 rows shown, %2 rewards in the range</extracomment>
        <translation>Les %1 dernières récompenses sur %2&#xa0;; exportez en CSV pour les obtenir toutes.</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln reward(s), verified at block %1</source>
        <extracomment>%Ln rewards, %1 the verified block</extracomment>
        <translation>
            <numerusform>en %Ln récompense, vérifié au bloc %1</numerusform>
            <numerusform>en %Ln récompenses, vérifié au bloc %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s)</source>
        <extracomment>%Ln the number of rewards in the range (all of them are in the table)</extracomment>
        <translation>
            <numerusform>%Ln récompense</numerusform>
            <numerusform>%Ln récompenses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::EndpointsSection</name>
    <message>
        <source>%1 cannot be used: %2</source>
        <extracomment>%1 is the URL typed, %2 what is wrong with it</extracomment>
        <translation>%1 ne peut pas être utilisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 est déjà dans la liste.</translation>
    </message>
    <message>
        <source>Asking %1 for its chain id…</source>
        <extracomment>%1 is the endpoint&apos;s URL</extracomment>
        <translation>Demande de son identifiant de chaîne à %1…</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <extracomment>%1 is the endpoint&apos;s URL, %2 the error</extracomment>
        <translation>%1 n&apos;a pas répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered chain id %2 in %3 ms.</source>
        <extracomment>%1 the endpoint&apos;s URL, %2 its chain id, %3 the latency in milliseconds</extracomment>
        <translation>%1 a répondu avec l&apos;identifiant de chaîne %2 en %3 ms.</translation>
    </message>
    <message>
        <source>This network&apos;s chain id is %1: the endpoint serves another chain.</source>
        <extracomment>%1 is the chain id of the selected network</extracomment>
        <translation>L&apos;identifiant de chaîne de ce réseau est %1&#xa0;: le point d&apos;accès sert une autre chaîne.</translation>
    </message>
    <message>
        <source>The endpoints were not saved: %1</source>
        <translation>Les points d&apos;accès n&apos;ont pas été enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved in %1. Plinth uses the new list from its next start.</source>
        <extracomment>%1 is the profile file</extracomment>
        <translation>Enregistré dans %1. Plinth utilisera la nouvelle liste à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Network and RPC endpoints</source>
        <translation>Réseau et points d&apos;accès RPC</translation>
    </message>
    <message>
        <source>%1 (chain id %2). Plinth asks the endpoints in this order and checks every answer against block headers, so an endpoint cannot make it show false data.</source>
        <extracomment>%1 is the network&apos;s name, %2 its chain id</extracomment>
        <translation>%1 (identifiant de chaîne %2). Plinth interroge les points d&apos;accès dans cet ordre et vérifie chaque réponse par rapport aux en-têtes de bloc, de sorte qu&apos;un point d&apos;accès ne peut pas lui faire afficher de fausses données.</translation>
    </message>
    <message>
        <source>No network is selected: start Plinth with --network to choose one.</source>
        <translation>Aucun réseau n&apos;est sélectionné&#xa0;: démarrez Plinth avec --network pour en choisir un.</translation>
    </message>
    <message>
        <source>RPC endpoints</source>
        <translation>Points d&apos;accès RPC</translation>
    </message>
    <message>
        <source>New endpoint URL</source>
        <translation>URL du nouveau point d&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Ajouter un point d&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Test endpoint</source>
        <translation>Tester le point d&apos;accès</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation>Supprimer le point d&apos;accès</translation>
    </message>
</context>
<context>
    <name>plinth::ui::EventNotifier</name>
    <message>
        <source>Proposal %1</source>
        <extracomment>a proposal without a title: %1 is its id</extracomment>
        <translation>Proposition %1</translation>
    </message>
    <message>
        <source>New epoch rewards</source>
        <translation>Nouvelles récompenses d&apos;époque</translation>
    </message>
    <message>
        <source>Device offline</source>
        <translation>Appareil hors ligne</translation>
    </message>
    <message>
        <source>Proposal open for voting</source>
        <translation>Proposition ouverte au vote</translation>
    </message>
    <message>
        <source>%1 is open for voting until %2.</source>
        <extracomment>%1 is the proposal&apos;s title, %2 when voting ends (a date and time)</extracomment>
        <translation>%1 est ouverte au vote jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>Proposal about to end</source>
        <translation>Proposition bientôt close</translation>
    </message>
    <message>
        <source>Voting on %1 ends in %2.</source>
        <extracomment>%1 is the proposal&apos;s title, %2 the time left (&quot;3 hours&quot;)</extracomment>
        <translation>Le vote sur %1 se termine dans %2.</translation>
    </message>
    <message>
        <source>Transaction confirmed</source>
        <translation>Transaction confirmée</translation>
    </message>
    <message>
        <source>Transaction %1 is in block %2.</source>
        <extracomment>%1 is the start of the transaction&apos;s hash, %2 its block number</extracomment>
        <translation>La transaction %1 est dans le bloc %2.</translation>
    </message>
    <message>
        <source>Transaction %1 is confirmed.</source>
        <extracomment>%1 is the start of the transaction&apos;s hash</extracomment>
        <translation>La transaction %1 est confirmée.</translation>
    </message>
    <message>
        <source>Transaction failed</source>
        <translation>Échec de la transaction</translation>
    </message>
    <message>
        <source>Transaction %1 failed.</source>
        <extracomment>%1 is the start of the transaction&apos;s hash</extracomment>
        <translation>La transaction %1 a échoué.</translation>
    </message>
    <message>
        <source>Transaction %1 failed: %2</source>
        <extracomment>%1 is the start of the transaction&apos;s hash, %2 the node&apos;s reason</extracomment>
        <translation>La transaction %1 a échoué&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new reward(s) paid %1; the latest is for epoch %2.</source>
        <extracomment>%Ln is the number of new rewards, %1 what they paid together, %2 the latest one&apos;s epoch</extracomment>
        <translation>
            <numerusform>%Ln nouvelle récompense versée&#xa0;: %1&#xa0;; elle concerne l&apos;époque %2.</numerusform>
            <numerusform>%Ln nouvelles récompenses versées&#xa0;: %1 au total&#xa0;; la plus récente concerne l&apos;époque %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Device %1 has been offline for %Ln epoch(s).</source>
        <extracomment>%1 is the device&apos;s short address, %Ln the epochs it scored 0 in a row</extracomment>
        <translation>
            <numerusform>L&apos;appareil %1 est hors ligne depuis %Ln époque.</numerusform>
            <numerusform>L&apos;appareil %1 est hors ligne depuis %Ln époques.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::FirstRunWizard</name>
    <message>
        <source>Set up Plinth</source>
        <translation>Configurer Plinth</translation>
    </message>
    <message>
        <source>Encrypting your vault… This takes a few seconds on purpose: it makes guessing your password slow.</source>
        <translation>Chiffrement de votre coffre… Cela prend volontairement quelques secondes&#xa0;: deviner votre mot de passe en devient lent.</translation>
    </message>
    <message>
        <source>The vault was created but holds no account.</source>
        <translation>Le coffre a été créé mais ne contient aucun compte.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a keystore file.</source>
        <translation>%1 est trop volumineux pour être un fichier keystore.</translation>
    </message>
    <message>
        <source>The keystore file&apos;s password is wrong. Go back, correct it and finish again.</source>
        <translation>Le mot de passe du fichier keystore est incorrect. Revenez en arrière, corrigez-le et terminez à nouveau.</translation>
    </message>
    <message>
        <source>Plinth could not finish: %1</source>
        <extracomment>%1 is the reason, one sentence</extracomment>
        <translation>Plinth n&apos;a pas pu terminer&#xa0;: %1</translation>
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
    <message>
        <source>d MMM</source>
        <comment>date format of a day in a chart</comment>
        <translation>d MMM</translation>
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
        <translation>%1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1</source>
        <extracomment>a duration of days and hours: %n is the number of days, %1 the hours (&quot;3 hours&quot;)</extracomment>
        <translation>
            <numerusform>%n jour et %1</numerusform>
            <numerusform>%n jours et %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) %1</source>
        <extracomment>a duration of hours and minutes: %n is the number of hours, %1 the minutes (&quot;45 minutes&quot;)</extracomment>
        <translation>
            <numerusform>%n heure et %1</numerusform>
            <numerusform>%n heures et %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::GovernancePage</name>
    <message>
        <source>No proposals yet: a proposal appears here once it is created on the governor.</source>
        <translation>Aucune proposition pour l&apos;instant&#xa0;: une proposition apparaît ici dès qu&apos;elle est créée sur le governor.</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Queue %1 in the timelock</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>Mettre %1 dans la file d&apos;attente du timelock</translation>
    </message>
    <message>
        <source>Execute %1</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>Exécuter %1</translation>
    </message>
    <message>
        <source>Reading the verified cache…</source>
        <translation>Lecture du cache vérifié…</translation>
    </message>
    <message>
        <source>Nothing is verified yet: the proposals appear after the first sync.</source>
        <translation>Rien n&apos;est encore vérifié&#xa0;: les propositions apparaîtront après la première synchronisation.</translation>
    </message>
    <message>
        <source>Could not read the proposals from the verified cache: %1</source>
        <extracomment>%1 the core&apos;s reason</extracomment>
        <translation>Impossible de lire les propositions depuis le cache vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the proposal from the verified cache: %1</source>
        <extracomment>%1 the core&apos;s reason</extracomment>
        <translation>Impossible de lire la proposition depuis le cache vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Vote for %1</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>Voter pour %1</translation>
    </message>
    <message>
        <source>Vote against %1</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>Voter contre %1</translation>
    </message>
    <message>
        <source>Abstain on %1</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>S&apos;abstenir sur %1</translation>
    </message>
    <message>
        <source>The node could not run the simulation: %1</source>
        <extracomment>%1 the reason</extracomment>
        <translation>Le nœud n&apos;a pas pu exécuter la simulation&#xa0;: %1</translation>
    </message>
    <message>
        <source>De&amp;legate votes…</source>
        <translation>Dé&amp;léguer les votes…</translation>
    </message>
    <message>
        <source>Delegate votes</source>
        <translation>Déléguer les votes</translation>
    </message>
    <message>
        <source>Choose who votes with your tokens: yourself or another address</source>
        <translation>Choisissez qui vote avec vos tokens&#xa0;: vous-même ou une autre adresse</translation>
    </message>
    <message>
        <source>Open an account first: votes are delegated per account.</source>
        <translation>Ouvrez d&apos;abord un compte&#xa0;: les votes sont délégués par compte.</translation>
    </message>
    <message>
        <source>Choose a network first (Settings): votes are delegated on a network&apos;s token.</source>
        <translation>Choisissez d&apos;abord un réseau (Paramètres)&#xa0;: les votes se délèguent sur le token d&apos;un réseau.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::GuiCallback</name>
    <message>
        <source>Unexpected error in %1: %2</source>
        <translation>Erreur inattendue dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::HelpDialog</name>
    <message>
        <source>Plinth Help</source>
        <translation>Aide de Plinth</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Plinth %1</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>Plinth %1</translation>
    </message>
    <message>
        <source>A wallet and contributor dashboard for DePIN networks. Every balance, reward and vote it shows is verified against block headers by its own light client; it does not trust the RPC endpoints it reads from.</source>
        <translation>Un portefeuille et un tableau de bord de contributeur pour les réseaux DePIN. Chaque solde, récompense et vote qu&apos;il affiche est vérifié par rapport aux en-têtes de bloc par son propre client léger&#xa0;; il ne fait pas confiance aux points d&apos;accès RPC qu&apos;il interroge.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3.</source>
        <translation>Logiciel libre sous licence publique générale GNU, version 3.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
</context>
<context>
    <name>plinth::ui::KeystorePage</name>
    <message>
        <source>Import a keystore file</source>
        <translation>Importer un fichier keystore</translation>
    </message>
    <message>
        <source>Choose the keystore v3 JSON file and type the password it was saved with. Plinth keeps the key in its own vault, under the vault password you choose next.</source>
        <translation>Choisissez le fichier JSON keystore v3 et saisissez le mot de passe avec lequel il a été enregistré. Plinth conserve la clé dans son propre coffre, sous le mot de passe du coffre que vous choisirez ensuite.</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>Fichier keystore</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the keystore file</source>
        <translation>Choisir le fichier keystore</translation>
    </message>
    <message>
        <source>Open a keystore file</source>
        <translation>Ouvrir un fichier keystore</translation>
    </message>
    <message>
        <source>Keystore files (*.json);;All files (*)</source>
        <translation>Fichiers keystore (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The keystore file&apos;s password</source>
        <translation>Le mot de passe du fichier keystore</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File &amp;password:</source>
        <translation>Mot de &amp;passe du fichier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>plinth::ui::LedgerView</name>
    <message>
        <source>Rewarded</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <source>Claimable (proven)</source>
        <translation>Réclamable (prouvé)</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Réclamé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Reconciled at block %1: rewarded − claimed = claimable, and every claim was received in full.</source>
        <extracomment>%1 the block number</extracomment>
        <translation>Rapproché au bloc %1&#xa0;: attribué − réclamé = réclamable, et chaque réclamation a été reçue en totalité.</translation>
    </message>
    <message>
        <source>Does not reconcile at block %1:</source>
        <translation>Le rapprochement échoue au bloc %1&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is off by %2 base units: %3</source>
        <extracomment>%1 what differs (&quot;claimable&quot;), %2 by how many base units, %3 the reason</extracomment>
        <translation>%1 présente un écart de %2 unités de base&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>plinth::ui::LockController</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <source>Lock the wallet (%1)</source>
        <translation>Verrouiller le portefeuille (%1)</translation>
    </message>
    <message>
        <source>Unlock the wallet to sign</source>
        <translation>Déverrouiller le portefeuille pour signer</translation>
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
        <source>Show %1</source>
        <extracomment>a keyboard shortcut&apos;s action: %1 is a page name</extracomment>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Lock the wallet</source>
        <translation>Verrouiller le portefeuille</translation>
    </message>
    <message>
        <source>Switch the account</source>
        <translation>Changer de compte</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Afficher cette aide</translation>
    </message>
    <message>
        <source>Move to the next control</source>
        <translation>Passer au contrôle suivant</translation>
    </message>
</context>
<context>
    <name>plinth::ui::NetworkPage</name>
    <message>
        <source>Choose the network</source>
        <translation>Choisir le réseau</translation>
    </message>
    <message>
        <source>Plinth follows one deployment of the network at a time; you can add others in Settings.</source>
        <translation>Plinth suit un seul déploiement du réseau à la fois&#xa0;; vous pouvez en ajouter d&apos;autres dans Paramètres.</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Looking for networks and asking the local devnet whether it runs…</source>
        <translation>Recherche des réseaux et vérification qu&apos;un devnet local est en cours d&apos;exécution…</translation>
    </message>
    <message>
        <source>No network for now
Choose one later in Settings.</source>
        <translation>Aucun réseau pour l&apos;instant
Choisissez-en un plus tard dans Paramètres.</translation>
    </message>
    <message>
        <source>No network profile was found and no local devnet answered.</source>
        <translation>Aucun profil réseau n&apos;a été trouvé et aucun devnet local n&apos;a répondu.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::OnboardingChecksView</name>
    <message>
        <source>Checks of the payload</source>
        <translation>Vérifications de la charge utile</translation>
    </message>
    <message>
        <source>Signed by the device&apos;s own key, %1.</source>
        <extracomment>%1 the device&apos;s address</extracomment>
        <translation>Signée par la propre clé de l&apos;appareil, %1.</translation>
    </message>
    <message>
        <source>Signed for chain %1, this network&apos;s, and the node is on that chain.</source>
        <extracomment>%1 chain id</extracomment>
        <translation>Signée pour la chaîne %1, celle de ce réseau, et le nœud est sur cette chaîne.</translation>
    </message>
    <message>
        <source>Signed for this network&apos;s device registry, %1.</source>
        <translation>Signée pour le registre d&apos;appareils de ce réseau, %1.</translation>
    </message>
    <message>
        <source>Valid until %1, %2 after the chain&apos;s latest block.</source>
        <extracomment>%1 date and time, %2 a duration such as &quot;23 hours&quot;</extracomment>
        <translation>Valide jusqu&apos;au %1, %2 après le dernier bloc de la chaîne.</translation>
    </message>
    <message>
        <source>Not registered and never retired (the verified cache at block %1 agrees).</source>
        <extracomment>%1 block number</extracomment>
        <translation>Non enregistré et jamais mis hors service (le cache vérifié au bloc %1 le confirme).</translation>
    </message>
    <message>
        <source>Not registered and never retired.</source>
        <translation>Non enregistré et jamais mis hors service.</translation>
    </message>
    <message>
        <source>Its onboarding nonce has not been used.</source>
        <translation>Son nonce d&apos;intégration n&apos;a pas été utilisé.</translation>
    </message>
    <message>
        <source>It names this account, %1, as its owner.</source>
        <translation>Elle désigne ce compte, %1, comme son propriétaire.</translation>
    </message>
    <message>
        <source>Stake %1: the registry&apos;s minimum, as the payload names none.</source>
        <extracomment>%1 amount</extracomment>
        <translation>Stake %1&#xa0;: le minimum du registre, car la charge utile n&apos;en indique aucun.</translation>
    </message>
    <message>
        <source>Stake %1, at least the registry&apos;s minimum of %2.</source>
        <extracomment>%1 the stake, %2 the registry&apos;s minimum stake</extracomment>
        <translation>Stake %1, au moins le minimum du registre de %2.</translation>
    </message>
    <message>
        <source>Your balance of %1 covers the stake and the %2 fee (%3 in all).</source>
        <extracomment>%1 the account&apos;s token balance, %2 the onboarding fee, %3 stake + fee</extracomment>
        <translation>Votre solde de %1 couvre le stake et les frais de %2 (%3 au total).</translation>
    </message>
    <message>
        <source>The registry&apos;s state and your balance were read with eth_call at block %1: unverified.</source>
        <extracomment>%1 block number</extracomment>
        <translation>L&apos;état du registre et votre solde ont été lus avec eth_call au bloc %1&#xa0;: non vérifiés.</translation>
    </message>
    <message>
        <source>The registry&apos;s state and your balance are proven at block %1.</source>
        <translation>L&apos;état du registre et votre solde sont prouvés au bloc %1.</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <extracomment>what a screen reader says for a passed check; %1 the check&apos;s sentence</extracomment>
        <translation>Réussie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>what a screen reader says for a failed check; %1 why it failed</extracomment>
        <translation>Échouée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::OnboardingWizard</name>
    <message>
        <source>&amp;Paste or open a device&apos;s signed payload</source>
        <translation>&amp;Coller ou ouvrir la charge utile signée d&apos;un appareil</translation>
    </message>
    <message>
        <source>Register &amp;this computer: the wallet makes the device&apos;s key</source>
        <translation>Enregistrer ce&amp;t ordinateur&#xa0;: le portefeuille crée la clé de l&apos;appareil</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Onboard a device</source>
        <translation>Intégrer un appareil</translation>
    </message>
    <message>
        <source>Signed onboarding payload</source>
        <translation>Charge utile d&apos;intégration signée</translation>
    </message>
    <message>
        <source>Paste the payload&apos;s JSON or its QR text (plinth-onboard:1;…)</source>
        <translation>Collez le JSON de la charge utile ou son texte QR (plinth-onboard:1;…)</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Stake</translation>
    </message>
    <message>
        <source>Empty: the payload&apos;s stake, or the registry&apos;s minimum</source>
        <translation>Vide&#xa0;: le stake de la charge utile, ou le minimum du registre</translation>
    </message>
    <message>
        <source>Onboarding status</source>
        <translation>Statut de l&apos;intégration</translation>
    </message>
    <message>
        <source>A device proves it is yours by signing an onboarding message with its own key. How do you want to onboard it?</source>
        <translation>Un appareil prouve qu&apos;il vous appartient en signant un message d&apos;intégration avec sa propre clé. Comment voulez-vous l&apos;intégrer&#xa0;?</translation>
    </message>
    <message>
        <source>On the device, run plinth-cli device-key sign-onboarding with this account as the owner, then paste what it printed, or open the file it wrote.</source>
        <translation>Sur l&apos;appareil, exécutez plinth-cli device-key sign-onboarding avec ce compte comme propriétaire, puis collez ce que la commande a affiché, ou ouvrez le fichier qu&apos;elle a écrit.</translation>
    </message>
    <message>
        <source>&amp;Stake (%1)</source>
        <extracomment>%1 the token&apos;s symbol</extracomment>
        <translation>&amp;Stake (%1)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Suiv&amp;ant</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>The stake is not an amount: %1.</source>
        <extracomment>%1 why the amount is not valid</extracomment>
        <translation>Le stake n&apos;est pas un montant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Paste a payload or open its file first.</source>
        <translation>Collez d&apos;abord une charge utile ou ouvrez son fichier.</translation>
    </message>
    <message>
        <source>Checking the payload against the chain…</source>
        <translation>Vérification de la charge utile auprès de la chaîne…</translation>
    </message>
    <message>
        <source>Making the device key, signing its onboarding and checking it against the chain…</source>
        <translation>Création de la clé de l&apos;appareil, signature de son intégration et vérification auprès de la chaîne…</translation>
    </message>
    <message>
        <source>Device %1 (%2, %3) can be registered to this account, staking %4 and paying the %5 onboarding fee.</source>
        <extracomment>%1 device address, %2 kind, %3 capacity with unit, %4 stake, %5 onboarding fee</extracomment>
        <translation>L&apos;appareil %1 (%2, %3) peut être enregistré sur ce compte, avec un stake de %4 et le paiement des frais d&apos;intégration de %5.</translation>
    </message>
    <message>
        <source>The device key is kept in %1.</source>
        <translation>La clé de l&apos;appareil est conservée dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: this payload would be refused, so nothing can be sent. No device key was kept.</source>
        <translation>
            <numerusform>%n vérification a échoué&#xa0;: cette charge utile serait refusée, rien ne peut donc être envoyé. Aucune clé d&apos;appareil n&apos;a été conservée.</numerusform>
            <numerusform>%n vérifications ont échoué&#xa0;: cette charge utile serait refusée, rien ne peut donc être envoyé. Aucune clé d&apos;appareil n&apos;a été conservée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register device %1, staking %2</source>
        <extracomment>%1 device address, %2 stake with symbol</extracomment>
        <translation>Enregistrer l&apos;appareil %1, avec un stake de %2</translation>
    </message>
    <message>
        <source>The registration was not confirmed: see the confirmation dialog for why.</source>
        <translation>L&apos;enregistrement n&apos;a pas été confirmé&#xa0;: consultez la fenêtre de confirmation pour en connaître la raison.</translation>
    </message>
    <message>
        <source>Open an onboarding payload</source>
        <translation>Ouvrir une charge utile d&apos;intégration</translation>
    </message>
    <message>
        <source>Onboarding payloads (*.json *.txt);;All files (*)</source>
        <translation>Charges utiles d&apos;intégration (*.json *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 file, %2 the system&apos;s reason</extracomment>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::OverviewPage</name>
    <message>
        <source>Balances</source>
        <translation>Soldes</translation>
    </message>
    <message>
        <source>Claimable rewards</source>
        <translation>Récompenses réclamables</translation>
    </message>
    <message>
        <source>Earnings, last 30 days</source>
        <translation>Gains, 30 derniers jours</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Proposals awaiting your vote</source>
        <translation>Propositions en attente de votre vote</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Réclamer</translation>
    </message>
    <message>
        <source>Claim rewards</source>
        <translation>Réclamer les récompenses</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Earnings per day over the last 30 days</source>
        <translation>Gains par jour sur les 30 derniers jours</translation>
    </message>
    <message>
        <source>Proving your balances against the verified block…</source>
        <translation>Preuve de vos soldes par rapport au bloc vérifié…</translation>
    </message>
    <message>
        <source>Could not prove your balances: %1</source>
        <translation>Impossible de prouver vos soldes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Proving your claimable rewards…</source>
        <translation>Preuve de vos récompenses réclamables…</translation>
    </message>
    <message>
        <source>Could not prove your claimable rewards: %1</source>
        <translation>Impossible de prouver vos récompenses réclamables&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to claim at block %1.</source>
        <translation>Rien à réclamer au bloc %1.</translation>
    </message>
    <message>
        <source>Claim %1 to %2</source>
        <extracomment>%1 is the amount with its symbol, %2 the receiving address</extracomment>
        <translation>Réclamer %1 vers %2</translation>
    </message>
    <message>
        <source>Adding up your rewards of the last 30 days…</source>
        <translation>Addition de vos récompenses des 30 derniers jours…</translation>
    </message>
    <message>
        <source>Could not read your earnings: %1</source>
        <extracomment>%1 why the earnings could not be read, a sentence from the wallet</extracomment>
        <translation>Impossible de lire vos gains&#xa0;: %1</translation>
    </message>
    <message>
        <source>None of your devices earned a reward in the last 30 days.</source>
        <translation>Aucun de vos appareils n&apos;a gagné de récompense au cours des 30 derniers jours.</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Récompenses</translation>
    </message>
    <message>
        <source>Reading your devices from the verified cache…</source>
        <translation>Lecture de vos appareils depuis le cache vérifié…</translation>
    </message>
    <message>
        <source>Could not read your devices: %1</source>
        <extracomment>%1 why the devices could not be read, a sentence from the wallet</extracomment>
        <translation>Impossible de lire vos appareils&#xa0;: %1</translation>
    </message>
    <message>
        <source>This account has no devices. Register one on the Devices page.</source>
        <translation>Ce compte n&apos;a aucun appareil. Enregistrez-en un sur la page Appareils.</translation>
    </message>
    <message>
        <source>Reading the network&apos;s proposals…</source>
        <translation>Lecture des propositions du réseau…</translation>
    </message>
    <message>
        <source>Could not read the proposals: %1</source>
        <extracomment>%1 why the proposals could not be read, a sentence from the wallet</extracomment>
        <translation>Impossible de lire les propositions&#xa0;: %1</translation>
    </message>
    <message>
        <source>No active proposal is waiting for your vote.</source>
        <translation>Aucune proposition active n&apos;attend votre vote.</translation>
    </message>
    <message>
        <source>No active proposal is waiting for you: you have no voting power in the open ones.</source>
        <translation>Aucune proposition active ne vous attend&#xa0;: vous n&apos;avez aucun pouvoir de vote sur celles qui sont ouvertes.</translation>
    </message>
    <message>
        <source>Reading your transactions and rewards…</source>
        <translation>Lecture de vos transactions et récompenses…</translation>
    </message>
    <message>
        <source>Could not read your activity: %1</source>
        <extracomment>%1 why the activity could not be read, a sentence from the wallet</extracomment>
        <translation>Impossible de lire votre activité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing has happened on this account yet.</source>
        <translation>Rien ne s&apos;est encore passé sur ce compte.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 what happened, %2 how long ago</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln reward(s), verified at block %2</source>
        <extracomment>%1 the amount, %Ln the number of rewards, %2 the verified block</extracomment>
        <translation>
            <numerusform>%1 en %Ln récompense, vérifié au bloc %2</numerusform>
            <numerusform>%1 en %Ln récompenses, vérifié au bloc %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading your last proven balances from the verified cache…</source>
        <translation>Lecture de vos derniers soldes prouvés depuis le cache vérifié…</translation>
    </message>
    <message>
        <source>Proven at block %1; proving them again failed: %2</source>
        <extracomment>%1 the block the balances shown were proven at, %2 why proving them again failed</extracomment>
        <translation>Prouvés au bloc %1&#xa0;; la nouvelle preuve a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading your last proven claimable rewards from the verified cache…</source>
        <translation>Lecture de vos dernières récompenses réclamables prouvées depuis le cache vérifié…</translation>
    </message>
    <message>
        <source>Proven at block %1; proving it again failed: %2</source>
        <extracomment>%1 the block the amount shown was proven at, %2 why proving it again failed</extracomment>
        <translation>Prouvé au bloc %1&#xa0;; la nouvelle preuve a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::OverviewText</name>
    <message>
        <source>signed, not sent yet</source>
        <translation>signée, pas encore envoyée</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmée</translation>
    </message>
    <message>
        <source>failed (reverted)</source>
        <translation>échouée (revert)</translation>
    </message>
    <message>
        <source>rejected by the node</source>
        <translation>refusée par le nœud</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>remplacée</translation>
    </message>
    <message>
        <source>Proven at block %1</source>
        <translation>Prouvé au bloc %1</translation>
    </message>
    <message>
        <source>a new contract</source>
        <translation>un nouveau contrat</translation>
    </message>
    <message>
        <source>Sent %1 to %2, %3</source>
        <extracomment>%1 the amount, %2 the recipient, %3 the state (&quot;pending&quot;, &quot;confirmed&quot;)</extracomment>
        <translation>%1 envoyé à %2, %3</translation>
    </message>
    <message>
        <source>Speed-up of a transaction, %1</source>
        <translation>Accélération d&apos;une transaction, %1</translation>
    </message>
    <message>
        <source>Cancellation of a transaction, %1</source>
        <translation>Annulation d&apos;une transaction, %1</translation>
    </message>
    <message>
        <source>Transaction to %1, %2</source>
        <extracomment>%1 the contract or recipient, %2 the state (&quot;pending&quot;, &quot;confirmed&quot;)</extracomment>
        <translation>Transaction vers %1, %2</translation>
    </message>
    <message>
        <source>Reward of %1 for %2, epoch %3</source>
        <extracomment>%1 the amount, %2 the device, %3 the epoch number</extracomment>
        <translation>Récompense de %1 pour %2, époque %3</translation>
    </message>
    <message>
        <source>%1: voting ends in %2; your voting power is %3</source>
        <extracomment>%1 the proposal&apos;s title, %2 how long voting stays open (&quot;2 days 3 hours&quot;), %3 the voting power</extracomment>
        <translation>%1&#xa0;: le vote se termine dans %2&#xa0;; votre pouvoir de vote est de %3</translation>
    </message>
    <message>
        <source>%1: voting is about to end; your voting power is %2</source>
        <extracomment>%1 the proposal&apos;s title, %2 the voting power; the deadline is at the latest verified block</extracomment>
        <translation>%1&#xa0;: le vote est sur le point de se terminer&#xa0;; votre pouvoir de vote est de %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::PasswordPage</name>
    <message>
        <source>Choose a vault password</source>
        <translation>Choisissez un mot de passe pour le coffre</translation>
    </message>
    <message>
        <source>Plinth asks for it to unlock the wallet and before anything is signed. It cannot be recovered: if you forget it, restore the wallet from its recovery phrase.</source>
        <translation>Plinth le demande pour déverrouiller le portefeuille et avant toute signature. Il ne peut pas être récupéré&#xa0;: si vous l&apos;oubliez, restaurez le portefeuille à partir de sa phrase de récupération.</translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation>Mot de passe du coffre</translation>
    </message>
    <message>
        <source>Vault password again</source>
        <translation>Mot de passe du coffre, à nouveau</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Robustesse du mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>À &amp;nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Plinth does not accept a password this weak.</source>
        <translation>Plinth n&apos;accepte pas un mot de passe aussi faible.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::PasswordStrengthMeter</name>
    <message>
        <source>Choose a password: it encrypts your keys on this computer.</source>
        <translation>Choisissez un mot de passe&#xa0;: il chiffre vos clés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This is one of the passwords attackers try first.</source>
        <translation>C&apos;est l&apos;un des mots de passe que les attaquants essaient en premier.</translation>
    </message>
    <message>
        <source>Too short: use at least 12 characters, or a few unrelated words.</source>
        <translation>Trop court&#xa0;: utilisez au moins 12 caractères, ou quelques mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>Mostly repeated or sequential characters, which are guessed quickly.</source>
        <translation>Surtout des caractères répétés ou consécutifs, qui sont vite devinés.</translation>
    </message>
    <message>
        <source>Contains a keyboard run or the alphabet in order, which attackers try early.</source>
        <translation>Contient une suite de touches du clavier ou l&apos;alphabet dans l&apos;ordre, que les attaquants essaient tôt.</translation>
    </message>
    <message>
        <source>Strong: long enough that guessing it is out of reach.</source>
        <translation>Fort&#xa0;: assez long pour qu&apos;il soit hors de portée de le deviner.</translation>
    </message>
    <message>
        <source>Strong: a good length with a mix of letters, digits and symbols.</source>
        <translation>Fort&#xa0;: une bonne longueur avec un mélange de lettres, de chiffres et de symboles.</translation>
    </message>
    <message>
        <source>Fair: a longer password or a few unrelated words would make it strong.</source>
        <translation>Moyen&#xa0;: un mot de passe plus long ou quelques mots sans rapport entre eux le rendraient fort.</translation>
    </message>
    <message>
        <source>Weak: add length and mix in capitals, digits or symbols.</source>
        <translation>Faible&#xa0;: allongez-le et mélangez-y des majuscules, des chiffres ou des symboles.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::PhrasePage</name>
    <message>
        <source>Your recovery phrase</source>
        <translation>Votre phrase de récupération</translation>
    </message>
    <message>
        <source>Write these words down on paper, in order, and keep them somewhere safe. Anyone who has them can take everything in this wallet; without them a lost computer means lost funds.</source>
        <translation>Notez ces mots sur papier, dans l&apos;ordre, et conservez-les en lieu sûr. Quiconque les possède peut prendre tout le contenu de ce portefeuille&#xa0;; sans eux, un ordinateur perdu signifie des fonds perdus.</translation>
    </message>
    <message>
        <source>12 words</source>
        <translation>12 mots</translation>
    </message>
    <message>
        <source>24 words</source>
        <translation>24 mots</translation>
    </message>
    <message>
        <source>Length of the recovery phrase</source>
        <translation>Longueur de la phrase de récupération</translation>
    </message>
    <message>
        <source>Never type these words into a website or share a photo of them. Plinth asks for three of them on the next page.</source>
        <translation>Ne saisissez jamais ces mots sur un site web et n&apos;en partagez jamais de photo. Plinth vous en demandera trois à la page suivante.</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Longueur&#xa0;:</translation>
    </message>
    <message>
        <source>Making a new recovery phrase…</source>
        <translation>Création d&apos;une nouvelle phrase de récupération…</translation>
    </message>
    <message>
        <source>No recovery phrase could be made: %1</source>
        <extracomment>%1 is the reason, a sentence from the wallet</extracomment>
        <translation>Aucune phrase de récupération n&apos;a pu être créée&#xa0;: %1</translation>
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
        <translation>le token du réseau</translation>
    </message>
    <message>
        <source>the staking contract</source>
        <translation>le contrat de staking</translation>
    </message>
    <message>
        <source>the device registry</source>
        <translation>le registre des appareils</translation>
    </message>
    <message>
        <source>the rewards contract</source>
        <translation>le contrat de récompenses</translation>
    </message>
    <message>
        <source>the governor</source>
        <translation>le governor</translation>
    </message>
    <message>
        <source>the timelock</source>
        <translation>le timelock</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>%1 this step&apos;s number, %2 how many steps the plan has</extracomment>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Allow %1 to take up to %2 from your balance, for the next step</source>
        <extracomment>%1 a contract (&quot;the staking contract&quot;), %2 an amount with its symbol</extracomment>
        <translation>Autoriser %1 à prélever jusqu&apos;à %2 sur votre solde, pour l&apos;étape suivante</translation>
    </message>
    <message>
        <source>Sends %1 to %2</source>
        <extracomment>%1 an amount with its symbol, %2 the recipient&apos;s address</extracomment>
        <translation>Envoie %1 à %2</translation>
    </message>
    <message>
        <source>Calls %1 on %2</source>
        <extracomment>%1 a function&apos;s signature, e.g. &quot;claim(address)&quot;, %2 a contract (&quot;the rewards contract&quot;) or an address</extracomment>
        <translation>Appelle %1 sur %2</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <extracomment>one argument of a decoded call: %1 its name, %2 its value</extracomment>
        <translation>  %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sends %1 with the call</source>
        <extracomment>%1 an amount of the native currency</extracomment>
        <translation>Envoie %1 avec l&apos;appel</translation>
    </message>
    <message>
        <source>Its fee is worked out once the step before is confirmed.</source>
        <translation>Ses frais sont calculés une fois l&apos;étape précédente confirmée.</translation>
    </message>
    <message>
        <source>No fee could be worked out: it cannot be built.</source>
        <translation>Les frais n&apos;ont pas pu être calculés&#xa0;: elle ne peut pas être construite.</translation>
    </message>
    <message>
        <source>Fee: at most %1, likely %2</source>
        <extracomment>%1 the most this transaction can cost in fees, %2 what it will likely cost</extracomment>
        <translation>Frais&#xa0;: au plus %1, probablement %2</translation>
    </message>
    <message>
        <source>Estimated as if the approval before it were confirmed; worked out again once it is.</source>
        <translation>Estimés comme si l&apos;approbation précédente était confirmée&#xa0;; recalculés une fois qu&apos;elle le sera.</translation>
    </message>
    <message>
        <source>Simulated as if the approval before it were confirmed: it succeeds (unverified: what %1 says)</source>
        <extracomment>%1 the RPC endpoint that ran the simulation</extracomment>
        <translation>Simulée comme si l&apos;approbation précédente était confirmée&#xa0;: elle réussit (non vérifié&#xa0;: selon %1)</translation>
    </message>
    <message>
        <source>Simulated: it succeeds (unverified: what %1 says)</source>
        <extracomment>%1 the RPC endpoint that ran the simulation</extracomment>
        <translation>Simulée&#xa0;: elle réussit (non vérifié&#xa0;: selon %1)</translation>
    </message>
    <message>
        <source>Simulated: it would fail: %1 (unverified: what %2 says)</source>
        <extracomment>%1 why it fails (the decoded revert), %2 the RPC endpoint that ran the simulation</extracomment>
        <translation>Simulée&#xa0;: elle échouerait&#xa0;: %1 (non vérifié&#xa0;: selon %2)</translation>
    </message>
    <message>
        <source>It cannot be prepared: %1</source>
        <extracomment>%1 why the transaction could not be prepared</extracomment>
        <translation>Elle ne peut pas être préparée&#xa0;: %1</translation>
    </message>
    <message>
        <source>It was not simulated.</source>
        <translation>Elle n&apos;a pas été simulée.</translation>
    </message>
    <message>
        <source>Still pending when Plinth stopped waiting; it may still be included (%1)</source>
        <extracomment>%1 a transaction hash</extracomment>
        <translation>Toujours en attente quand Plinth a cessé d&apos;attendre&#xa0;; elle peut encore être incluse (%1)</translation>
    </message>
    <message>
        <source>Sent, waiting for a block (%1)</source>
        <extracomment>%1 a transaction hash</extracomment>
        <translation>Envoyée, en attente d&apos;un bloc (%1)</translation>
    </message>
    <message>
        <source>Confirmed in block %1 (%2)</source>
        <extracomment>%1 a block number, %2 a transaction hash</extracomment>
        <translation>Confirmée dans le bloc %1 (%2)</translation>
    </message>
    <message>
        <source>Failed in block %1: %2</source>
        <extracomment>%1 a block number, %2 why it failed (the decoded revert)</extracomment>
        <translation>Échec dans le bloc %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Failed in block %1; the reason could not be found</source>
        <extracomment>%1 a block number</extracomment>
        <translation>Échec dans le bloc %1&#xa0;; la raison n&apos;a pas pu être trouvée</translation>
    </message>
    <message>
        <source>Replaced by another transaction with the same nonce</source>
        <translation>Remplacée par une autre transaction avec le même nonce</translation>
    </message>
    <message>
        <source>Dropped: the node no longer has it and its nonce was not used, so nothing was spent</source>
        <translation>Abandonnée&#xa0;: le nœud ne l&apos;a plus et son nonce n&apos;a pas été utilisé, rien n&apos;a donc été dépensé</translation>
    </message>
    <message numerus="yes">
        <source>Calls %1 with %Ln byte(s) of data that Plinth cannot decode</source>
        <extracomment>%1 a contract or an address, %Ln the number of bytes of call data</extracomment>
        <translation>
            <numerusform>Appelle %1 avec %Ln octet de données que Plinth ne peut pas décoder</numerusform>
            <numerusform>Appelle %1 avec %Ln octets de données que Plinth ne peut pas décoder</numerusform>
        </translation>
    </message>
    <message>
        <source>Send is disabled: step %1 would fail: %2.</source>
        <extracomment>%1 the step&apos;s number, %2 why it fails (the decoded revert)</extracomment>
        <translation>L&apos;envoi est désactivé&#xa0;: l&apos;étape %1 échouerait&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Send is disabled: it would fail: %1.</source>
        <extracomment>%1 why it fails (the decoded revert)</extracomment>
        <translation>L&apos;envoi est désactivé&#xa0;: la transaction échouerait&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Send is disabled: step %1 cannot be prepared: %2.</source>
        <extracomment>%1 the step&apos;s number, %2 why the transaction could not be prepared</extracomment>
        <translation>L&apos;envoi est désactivé&#xa0;: l&apos;étape %1 ne peut pas être préparée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Send is disabled: it cannot be prepared: %1.</source>
        <extracomment>%1 why the transaction could not be prepared</extracomment>
        <translation>L&apos;envoi est désactivé&#xa0;: la transaction ne peut pas être préparée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Send is disabled: step %1 could not be simulated.</source>
        <extracomment>%1 the step&apos;s number</extracomment>
        <translation>L&apos;envoi est désactivé&#xa0;: l&apos;étape %1 n&apos;a pas pu être simulée.</translation>
    </message>
    <message>
        <source>Send is disabled: it could not be simulated.</source>
        <translation>L&apos;envoi est désactivé&#xa0;: la transaction n&apos;a pas pu être simulée.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ProposalDetailPanel</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Votes against the quorum</source>
        <translation>Votes par rapport au quorum</translation>
    </message>
    <message>
        <source>&amp;Vote…</source>
        <translation>&amp;Voter…</translation>
    </message>
    <message>
        <source>Si&amp;mulate</source>
        <translation>Si&amp;muler</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>Mettre en &amp;file d&apos;attente</translation>
    </message>
    <message>
        <source>E&amp;xecute</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>Delegate to &amp;yourself</source>
        <translation>Déléguer à v&amp;ous-même</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Run the actions by eth_call from the timelock on the node&apos;s latest state (unverified)</source>
        <translation>Exécuter les actions par eth_call depuis le timelock sur le dernier état du nœud (non vérifié)</translation>
    </message>
    <message>
        <source>Undelegated tokens do not vote: delegate them to yourself to vote with them on later proposals</source>
        <translation>Les tokens non délégués ne votent pas&#xa0;: déléguez-les à vous-même pour voter avec eux sur les prochaines propositions</translation>
    </message>
    <message>
        <source>The description links to %1</source>
        <extracomment>%1 a web address from the proposal&apos;s description</extracomment>
        <translation>La description renvoie vers %1</translation>
    </message>
    <message>
        <source>Proposed by %1 on %2 (block %3)</source>
        <extracomment>%1 the proposer&apos;s address, %2 a date, %3 a block number</extracomment>
        <translation>Proposée par %1 le %2 (bloc %3)</translation>
    </message>
    <message>
        <source>For %1 · Against %2 · Abstain %3 — quorum of %4 (%5% of the supply at the snapshot) reached</source>
        <extracomment>%1-%3 amounts for, against and abstaining, %4 the quorum, %5 its percentage of the supply</extracomment>
        <translation>Pour %1 · Contre %2 · Abstention %3 — quorum de %4 (%5&#xa0;% de l&apos;offre à l&apos;instantané) atteint</translation>
    </message>
    <message>
        <source>For %1 · Against %2 · Abstain %3 — quorum of %4 (%5% of the supply at the snapshot) not reached</source>
        <translation>Pour %1 · Contre %2 · Abstention %3 — quorum de %4 (%5&#xa0;% de l&apos;offre à l&apos;instantané) non atteint</translation>
    </message>
    <message>
        <source>You voted: %1.</source>
        <extracomment>%1 for, against or abstain</extracomment>
        <translation>Vous avez voté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>for</source>
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
        <source>No account selected: voting power is shown for the current account.</source>
        <translation>Aucun compte sélectionné&#xa0;: le pouvoir de vote est indiqué pour le compte actuel.</translation>
    </message>
    <message>
        <source>This proposal has no actions.</source>
        <translation>Cette proposition n&apos;a aucune action.</translation>
    </message>
    <message>
        <source>Queued: executable in %1</source>
        <extracomment>%1 how long until the proposal can be executed (&quot;2 days 3 hours&quot;)</extracomment>
        <translation>En file d&apos;attente&#xa0;: exécutable dans %1</translation>
    </message>
    <message>
        <source>Queued: executable since %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>En file d&apos;attente&#xa0;: exécutable depuis le %1</translation>
    </message>
    <message>
        <source>Voting is open only while the proposal is active</source>
        <translation>Le vote n&apos;est ouvert que tant que la proposition est active</translation>
    </message>
    <message>
        <source>You have already voted</source>
        <translation>Vous avez déjà voté</translation>
    </message>
    <message>
        <source>You have no voting power on this proposal</source>
        <translation>Vous n&apos;avez aucun pouvoir de vote sur cette proposition</translation>
    </message>
    <message>
        <source>Vote for, against or abstain</source>
        <translation>Voter pour, contre ou s&apos;abstenir</translation>
    </message>
    <message>
        <source>Queue a succeeded proposal in the timelock</source>
        <translation>Mettre une proposition adoptée dans la file d&apos;attente du timelock</translation>
    </message>
    <message>
        <source>Execute a queued proposal once its timelock delay has passed</source>
        <translation>Exécuter une proposition en file d&apos;attente une fois le délai du timelock écoulé</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>%1 the parameter, %2 its old value, %3 its new value</extracomment>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Simulating on the node&apos;s latest state (unverified)…</source>
        <translation>Simulation sur le dernier état du nœud (non vérifié)…</translation>
    </message>
    <message>
        <source>The simulation could not run (unverified)</source>
        <translation>La simulation n&apos;a pas pu s&apos;exécuter (non vérifié)</translation>
    </message>
    <message>
        <source>Simulated by eth_call from the timelock %1 on the node&apos;s latest state: unverified, no proof covers an execution.</source>
        <extracomment>%1 the timelock&apos;s address</extracomment>
        <translation>Simulé par eth_call depuis le timelock %1 sur le dernier état du nœud&#xa0;: non vérifié, aucune preuve ne couvre une exécution.</translation>
    </message>
    <message>
        <source>%1. %2: succeeds</source>
        <extracomment>%1 the action&apos;s number, %2 contract.function</extracomment>
        <translation>%1. %2&#xa0;: réussit</translation>
    </message>
    <message>
        <source>%1. %2: reverts: %3</source>
        <extracomment>%1 the action&apos;s number, %2 contract.function, %3 the revert reason</extracomment>
        <translation>%1. %2&#xa0;: échoue (revert)&#xa0;: %3</translation>
    </message>
    <message>
        <source>In sequence: not simulated: %1.</source>
        <extracomment>%1 why</extracomment>
        <translation>En séquence&#xa0;: non simulé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: every action succeeds.</source>
        <translation>En séquence, comme execute les exécute&#xa0;: chaque action réussit.</translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: action %1 reverts: %2</source>
        <extracomment>%1 the failing action&apos;s number, %2 the revert reason</extracomment>
        <translation>En séquence, comme execute les exécute&#xa0;: l&apos;action %1 échoue (revert)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The governor&apos;s own settings accept a call only from inside its execute, so a governor action reverts here even when it would succeed.</source>
        <translation>Les paramètres propres du governor n&apos;acceptent un appel que depuis son execute&#xa0;; une action du governor échoue donc ici même si elle réussirait.</translation>
    </message>
    <message numerus="yes">
        <source>%1: a call that could not be decoded (%Ln byte(s) of call data)</source>
        <extracomment>%1 the target contract; %Ln the call data&apos;s size in bytes</extracomment>
        <translation>
            <numerusform>%1&#xa0;: un appel qui n&apos;a pas pu être décodé (%Ln octet de données d&apos;appel)</numerusform>
            <numerusform>%1&#xa0;: un appel qui n&apos;a pas pu être décodé (%Ln octets de données d&apos;appel)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: unknown → %2</source>
        <extracomment>%1 the parameter, %2 its new value; the old value is not known (the reason follows on the next line)</extracomment>
        <translation>%1&#xa0;: inconnu → %2</translation>
    </message>
    <message>
        <source>The old value is unknown: %1.</source>
        <extracomment>%1 why the value could not be proven, a sentence from the wallet&apos;s core (English)</extracomment>
        <translation>L&apos;ancienne valeur est inconnue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The old value is unknown: no change event gives it and no proof of it was made.</source>
        <translation>L&apos;ancienne valeur est inconnue&#xa0;: aucun événement de modification ne l&apos;indique et aucune preuve n&apos;en a été établie.</translation>
    </message>
    <message>
        <source>Old value from the parameter&apos;s verified change event at block %1.</source>
        <extracomment>%1 a block number</extracomment>
        <translation>Ancienne valeur issue de l&apos;événement de modification vérifié du paramètre au bloc %1.</translation>
    </message>
    <message>
        <source>Old value verified at block %1: proven from the contract&apos;s storage, as no event changed it since deployment.</source>
        <extracomment>%1 a block number</extracomment>
        <translation>Ancienne valeur vérifiée au bloc %1&#xa0;: prouvée à partir du stockage du contrat, car aucun événement ne l&apos;a modifiée depuis le déploiement.</translation>
    </message>
    <message>
        <source>The old value is unverified: no proof covers it.</source>
        <translation>L&apos;ancienne valeur n&apos;est pas vérifiée&#xa0;: aucune preuve ne la couvre.</translation>
    </message>
    <message>
        <source>Now %1, verified at block %2.</source>
        <extracomment>%1 the parameter&apos;s value now, %2 a block number</extracomment>
        <translation>Actuellement %1, vérifié au bloc %2.</translation>
    </message>
    <message>
        <source>Proving the old value…</source>
        <translation>Preuve de l&apos;ancienne valeur en cours…</translation>
    </message>
    <message>
        <source>Change &amp;delegate…</source>
        <translation>Changer de &amp;délégué…</translation>
    </message>
    <message>
        <source>Choose who votes with your tokens: yourself or another address</source>
        <translation>Choisissez qui vote avec vos tokens&#xa0;: vous-même ou une autre adresse</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ProposalsModel</name>
    <message>
        <source>Canceled; voting was to end %1</source>
        <extracomment>%1 a date</extracomment>
        <translation>Annulée&#xa0;; le vote devait se terminer le %1</translation>
    </message>
    <message>
        <source>Voting starts in %1</source>
        <extracomment>%1 a duration (&quot;2 days 3 hours&quot;)</extracomment>
        <translation>Le vote commence dans %1</translation>
    </message>
    <message>
        <source>Voting ends in %1</source>
        <extracomment>%1 a duration (&quot;2 days 3 hours&quot;)</extracomment>
        <translation>Le vote se termine dans %1</translation>
    </message>
    <message>
        <source>Voting ended %1</source>
        <extracomment>%1 a date</extracomment>
        <translation>Vote terminé le %1</translation>
    </message>
    <message>
        <source>For %1, against %2, abstain %3; quorum %4</source>
        <extracomment>%1-%3 amounts for, against and abstaining, %4 the quorum</extracomment>
        <translation>Pour %1, contre %2, abstention %3&#xa0;; quorum %4</translation>
    </message>
</context>
<context>
    <name>plinth::ui::RestorePage</name>
    <message>
        <source>Restore from a recovery phrase</source>
        <translation>Restaurer à partir d&apos;une phrase de récupération</translation>
    </message>
    <message>
        <source>Type the words in order, separated by spaces.</source>
        <translation>Saisissez les mots dans l&apos;ordre, séparés par des espaces.</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Phrase de récupération</translation>
    </message>
    <message>
        <source>Optional BIP-39 passphrase</source>
        <translation>Phrase secrète BIP-39 facultative</translation>
    </message>
    <message>
        <source>Leave empty unless the wallet used one</source>
        <translation>Laissez vide sauf si le portefeuille en utilisait une</translation>
    </message>
    <message>
        <source>A passphrase makes a different wallet from the same words: a wrong one restores an empty wallet, not an error.</source>
        <translation>Une phrase secrète crée un portefeuille différent à partir des mêmes mots&#xa0;: une mauvaise phrase secrète restaure un portefeuille vide, sans erreur.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Word %1 (“%2”) is not in the BIP-39 word list.</source>
        <extracomment>%1 is the word&apos;s position, %2 the word as typed</extracomment>
        <translation>Le mot %1 («&#xa0;%2&#xa0;») n&apos;est pas dans la liste de mots BIP-39.</translation>
    </message>
    <message>
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words.</source>
        <translation>Une phrase de récupération comporte 12, 15, 18, 21 ou 24 mots.</translation>
    </message>
    <message>
        <source>All words are valid, but the checksum does not match: a word is wrong or out of order.</source>
        <translation>Tous les mots sont valides, mais la somme de contrôle ne correspond pas&#xa0;: un mot est erroné ou mal placé.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) so far; a recovery phrase has 12, 15, 18, 21 or 24.</source>
        <translation>
            <numerusform>%n mot pour l&apos;instant&#xa0;; une phrase de récupération en comporte 12, 15, 18, 21 ou 24.</numerusform>
            <numerusform>%n mots pour l&apos;instant&#xa0;; une phrase de récupération en comporte 12, 15, 18, 21 ou 24.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phrase is valid (%n words, checksum correct).</source>
        <translation>
            <numerusform>La phrase est valide (%n mot, somme de contrôle correcte).</numerusform>
            <numerusform>La phrase est valide (%n mots, somme de contrôle correcte).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::SendReceivePage</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recevoir</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>Adresse du destinataire</translation>
    </message>
    <message>
        <source>0x… (checksummed or all lower case)</source>
        <translation>0x… (avec somme de contrôle ou tout en minuscules)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Carnet d&apos;adresses</translation>
    </message>
    <message>
        <source>Pick a saved address…</source>
        <translation>Choisir une adresse enregistrée…</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>0.0</source>
        <translation>0.0</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>&amp;Max</source>
        <translation>&amp;Max</translation>
    </message>
    <message>
        <source>Use the whole balance</source>
        <translation>Utiliser la totalité du solde</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Mon&amp;tant&#xa0;:</translation>
    </message>
    <message>
        <source>Available balance</source>
        <translation>Solde disponible</translation>
    </message>
    <message>
        <source>Name for the address book</source>
        <translation>Nom pour le carnet d&apos;adresses</translation>
    </message>
    <message>
        <source>A name for this recipient</source>
        <translation>Un nom pour ce destinataire</translation>
    </message>
    <message>
        <source>Save to address book</source>
        <translation>Enregistrer dans le carnet d&apos;adresses</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Review and send…</source>
        <translation>&amp;Vérifier et envoyer…</translation>
    </message>
    <message>
        <source>Review and send</source>
        <translation>Vérifier et envoyer</translation>
    </message>
    <message>
        <source>Your address on this network. Anyone can send to it; only this vault can spend from it.</source>
        <translation>Votre adresse sur ce réseau. Tout le monde peut y envoyer des fonds&#xa0;; seul ce coffre peut les dépenser.</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Votre adresse</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>QR code of your address</source>
        <translation>QR code de votre adresse</translation>
    </message>
    <message>
        <source>Proving the balances at the verified block…</source>
        <translation>Preuve des soldes au bloc vérifié…</translation>
    </message>
    <message>
        <source>The balances could not be proven: %1</source>
        <extracomment>%1 why the balances could not be proven</extracomment>
        <translation>Les soldes n&apos;ont pas pu être prouvés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Available: %1 (proven at block %2)</source>
        <extracomment>%1 an amount with its symbol, %2 a block number</extracomment>
        <translation>Disponible&#xa0;: %1 (prouvé au bloc %2)</translation>
    </message>
    <message>
        <source>The balance is not known yet.</source>
        <translation>Le solde n&apos;est pas encore connu.</translation>
    </message>
    <message>
        <source>Working out the most the fee can be…</source>
        <translation>Calcul du montant maximal des frais…</translation>
    </message>
    <message>
        <source>The fee could not be worked out, so Max cannot be used now.</source>
        <translation>Les frais n&apos;ont pas pu être calculés, Max ne peut donc pas être utilisé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The balance does not cover a transfer&apos;s fee.</source>
        <translation>Le solde ne couvre pas les frais d&apos;un transfert.</translation>
    </message>
    <message>
        <source>The recipient&apos;s address is not valid: %1.</source>
        <extracomment>%1 what is wrong with it (e.g. &quot;bad checksum&quot;)</extracomment>
        <translation>L&apos;adresse du destinataire n&apos;est pas valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Give the address a name to save it.</source>
        <translation>Donnez un nom à l&apos;adresse pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s address.</source>
        <translation>Saisissez l&apos;adresse du destinataire.</translation>
    </message>
    <message>
        <source>The zero address belongs to no one: anything sent there is lost.</source>
        <translation>L&apos;adresse zéro n&apos;appartient à personne&#xa0;: tout ce qui y est envoyé est perdu.</translation>
    </message>
    <message>
        <source>The amount is not valid: %1.</source>
        <extracomment>%1 what is wrong with it</extracomment>
        <translation>Le montant n&apos;est pas valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>Le montant doit être supérieur à 0.</translation>
    </message>
    <message>
        <source>Send %1 to %2</source>
        <extracomment>%1 an amount with its symbol, %2 the recipient&apos;s address</extracomment>
        <translation>Envoyer %1 à %2</translation>
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
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Auto-&amp;lock after:</source>
        <translation>&amp;Verrouillage automatique après&#xa0;:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>the unit after the auto-lock minutes</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Auto-lock after minutes without use</source>
        <translation>Verrouillage automatique après ce nombre de minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>The vault locks itself after this many minutes without use; Ctrl+L locks it at once.</source>
        <translation>Le coffre se verrouille de lui-même après ce nombre de minutes d&apos;inactivité&#xa0;; Ctrl+L le verrouille immédiatement.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>plinth::ui::SlashesModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Staker</source>
        <translation>Staker</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Block %1</source>
        <extracomment>%1 a block number</extracomment>
        <translation>Bloc %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::StakeDialog</name>
    <message>
        <source>Stake on your device</source>
        <translation>Staker sur votre appareil</translation>
    </message>
    <message>
        <source>Delegate stake to a device</source>
        <translation>Déléguer du stake à un appareil</translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Bond tokens on a device you own. Bonded stake counts toward the device&apos;s rewards.</source>
        <translation>Bloquer des tokens sur un appareil qui vous appartient. Le stake bloqué compte dans les récompenses de l&apos;appareil.</translation>
    </message>
    <message>
        <source>Bond tokens on someone else&apos;s device. You can unstake them later; they are released after the unbonding period.</source>
        <translation>Bloquer des tokens sur l&apos;appareil de quelqu&apos;un d&apos;autre. Vous pourrez les débloquer plus tard&#xa0;; ils sont libérés après la période de déblocage.</translation>
    </message>
    <message>
        <source>Request tokens back from a stake. They stop counting at once and can be withdrawn when the unbonding period ends.</source>
        <translation>Demander le retour de tokens d&apos;un stake. Ils cessent immédiatement de compter et pourront être retirés à la fin de la période de déblocage.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 a short device address, %2 what the device is (&quot;GPU, Lisbon&quot;; or the bonded amount)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Device address (0x…)</source>
        <translation>Adresse de l&apos;appareil (0x…)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <extracomment>%1 the token&apos;s symbol</extracomment>
        <translation>Montant en %1</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Appareil</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>There is no device to choose: the list is empty.</source>
        <translation>Il n&apos;y a aucun appareil à choisir&#xa0;: la liste est vide.</translation>
    </message>
    <message>
        <source>Choose a device.</source>
        <translation>Choisissez un appareil.</translation>
    </message>
    <message>
        <source>The device address is not valid: %1</source>
        <translation>L&apos;adresse de l&apos;appareil n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>That is more than the bonded stake of %1.</source>
        <extracomment>%1 the largest amount allowed</extracomment>
        <translation>C&apos;est plus que le stake bloqué de %1.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::StakesModel</name>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Staker</source>
        <translation>Staker</translation>
    </message>
    <message>
        <source>Bonded</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>Déposé</translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation>En déblocage</translation>
    </message>
    <message>
        <source>Slashed</source>
        <translation>Pénalisé</translation>
    </message>
    <message>
        <source>Your delegation</source>
        <translation>Votre délégation</translation>
    </message>
    <message>
        <source>Your stake</source>
        <translation>Votre stake</translation>
    </message>
    <message>
        <source>Delegated to your device</source>
        <extracomment>someone else&apos;s delegation to a device the account owns</extracomment>
        <translation>Délégué à votre appareil</translation>
    </message>
    <message>
        <source>Stake on your device</source>
        <extracomment>someone else&apos;s stake on a device the account owns</extracomment>
        <translation>Stake sur votre appareil</translation>
    </message>
</context>
<context>
    <name>plinth::ui::StakingPage</name>
    <message>
        <source>&amp;Stake…</source>
        <translation>&amp;Staker…</translation>
    </message>
    <message>
        <source>Bond tokens on one of your devices</source>
        <translation>Bloquer des tokens sur l&apos;un de vos appareils</translation>
    </message>
    <message>
        <source>&amp;Delegate…</source>
        <translation>&amp;Déléguer…</translation>
    </message>
    <message>
        <source>Bond tokens on someone else&apos;s device</source>
        <translation>Bloquer des tokens sur l&apos;appareil de quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>&amp;Unstake…</source>
        <translation>Dé&amp;bloquer…</translation>
    </message>
    <message>
        <source>Request bonded tokens back</source>
        <translation>Demander le retour de tokens bloqués</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Withdraw the selected released entry</source>
        <translation>Retirer l&apos;entrée libérée sélectionnée</translation>
    </message>
    <message>
        <source>Stakes and delegations</source>
        <translation>Stakes et délégations</translation>
    </message>
    <message>
        <source>Unbonding entries</source>
        <translation>Déblocages en cours</translation>
    </message>
    <message>
        <source>Slashes</source>
        <translation>Pénalités</translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation>Déblocage</translation>
    </message>
    <message>
        <source>Withdraw %1 (unbonding #%2)</source>
        <extracomment>%1 the amount, %2 the unbonding entry&apos;s number</extracomment>
        <translation>Retirer %1 (déblocage n° %2)</translation>
    </message>
    <message>
        <source>Reading the verified cache…</source>
        <translation>Lecture du cache vérifié…</translation>
    </message>
    <message>
        <source>Add an account to the wallet to see its stakes.</source>
        <translation>Ajoutez un compte au portefeuille pour voir ses stakes.</translation>
    </message>
    <message>
        <source>Nothing is verified yet: the stakes appear after the first sync.</source>
        <translation>Rien n&apos;est encore vérifié&#xa0;: les stakes apparaîtront après la première synchronisation.</translation>
    </message>
    <message>
        <source>Could not read the stakes from the verified cache: %1</source>
        <extracomment>%1 the core&apos;s reason</extracomment>
        <translation>Impossible de lire les stakes depuis le cache vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>No stakes or delegations: stake on one of your devices or delegate to another&apos;s.</source>
        <translation>Aucun stake ni délégation&#xa0;: stakez sur l&apos;un de vos appareils ou déléguez à celui de quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>No unbonding entries: an unstake request appears here until it is withdrawn.</source>
        <translation>Aucun déblocage en cours&#xa0;: une demande de déblocage apparaît ici jusqu&apos;à ce qu&apos;elle soit retirée.</translation>
    </message>
    <message>
        <source>No slashes concern this account.</source>
        <translation>Aucune pénalité ne concerne ce compte.</translation>
    </message>
    <message>
        <source>Select one of your entries whose unbonding period has ended</source>
        <translation>Sélectionnez l&apos;une de vos entrées dont la période de déblocage est terminée</translation>
    </message>
    <message>
        <source>%1 bonded</source>
        <extracomment>%1 an amount of tokens</extracomment>
        <translation>%1 bloqué</translation>
    </message>
    <message>
        <source>Stake %1 on device %2</source>
        <extracomment>%1 the amount, %2 the device&apos;s address</extracomment>
        <translation>Staker %1 sur l&apos;appareil %2</translation>
    </message>
    <message>
        <source>Delegate %1 to device %2</source>
        <extracomment>%1 the amount, %2 the device&apos;s address</extracomment>
        <translation>Déléguer %1 à l&apos;appareil %2</translation>
    </message>
    <message>
        <source>Unstake %1 from device %2</source>
        <extracomment>%1 the amount, %2 the device&apos;s address</extracomment>
        <translation>Débloquer %1 de l&apos;appareil %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::StateChip</name>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Canceled</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Defeated</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Executed</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>Exécutée</translation>
    </message>
</context>
<context>
    <name>plinth::ui::SyncBadge</name>
    <message>
        <source>%1: failing (%2)</source>
        <extracomment>%1 is an RPC endpoint, %2 what went wrong with it</extracomment>
        <translation>%1&#xa0;: en échec (%2)</translation>
    </message>
    <message>
        <source>%1: answering in %2 ms</source>
        <extracomment>%1 is an RPC endpoint, %2 its latency in milliseconds</extracomment>
        <translation>%1&#xa0;: répond en %2 ms</translation>
    </message>
    <message>
        <source>%1: not asked yet</source>
        <translation>%1&#xa0;: pas encore interrogé</translation>
    </message>
    <message>
        <source>No network selected</source>
        <translation>Aucun réseau sélectionné</translation>
    </message>
    <message>
        <source>%1 sent an answer that failed verification: %2</source>
        <extracomment>%1 is an RPC endpoint, %2 what its answer got wrong</extracomment>
        <translation>%1 a envoyé une réponse qui a échoué à la vérification&#xa0;: %2</translation>
    </message>
    <message>
        <source>The endpoints disagree: %1</source>
        <translation>Les points d&apos;accès divergent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <extracomment>%1 why the sync failed</extracomment>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync failed at %1: %2</source>
        <extracomment>%1 is an RPC endpoint, %2 why the sync failed</extracomment>
        <translation>Échec de la synchronisation à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Syncing: block %1 of %2</source>
        <extracomment>%1 is the block verified so far, %2 the block this sync goes to</extracomment>
        <translation>Synchronisation&#xa0;: bloc %1 sur %2</translation>
    </message>
    <message>
        <source>Syncing: asking the endpoints for the head…</source>
        <translation>Synchronisation&#xa0;: demande du dernier bloc aux points d&apos;accès…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ThisComputerForm</name>
    <message>
        <source>Resources measured on this computer</source>
        <translation>Ressources mesurées sur cet ordinateur</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>Type d&apos;appareil</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacité</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>U&amp;nité</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <source>An H3 cell (15 hex digits) or a label</source>
        <translation>Une cellule H3 (15 chiffres hexadécimaux) ou un libellé</translation>
    </message>
    <message>
        <source>&amp;Metadata URI</source>
        <translation>URI des &amp;métadonnées</translation>
    </message>
    <message>
        <source>Device key &amp;password</source>
        <translation>Mot de &amp;passe de la clé de l&apos;appareil</translation>
    </message>
    <message>
        <source>Re&amp;peat the password</source>
        <translation>Répéter le mot &amp;de passe</translation>
    </message>
    <message>
        <source>Measuring this computer&apos;s disks, processor, memory and network…</source>
        <translation>Mesure des disques, du processeur, de la mémoire et du réseau de cet ordinateur…</translation>
    </message>
    <message>
        <source>This computer could not be measured: %1. Declare the capacity yourself.</source>
        <extracomment>%1 why the measurement failed</extracomment>
        <translation>Cet ordinateur n&apos;a pas pu être mesuré&#xa0;: %1. Déclarez vous-même la capacité.</translation>
    </message>
    <message numerus="yes">
        <source>Processor: %1, %n logical core(s) (measured)</source>
        <extracomment>%1 CPU model, %n logical cores</extracomment>
        <translation>
            <numerusform>Processeur&#xa0;: %1, %n cœur logique (mesuré)</numerusform>
            <numerusform>Processeur&#xa0;: %1, %n cœurs logiques (mesuré)</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor: unknown (not readable here)</source>
        <translation>Processeur&#xa0;: inconnu (non lisible ici)</translation>
    </message>
    <message>
        <source>Memory: %1 in all (measured)</source>
        <translation>Mémoire&#xa0;: %1 au total (mesurée)</translation>
    </message>
    <message>
        <source>Memory: unknown</source>
        <translation>Mémoire&#xa0;: inconnue</translation>
    </message>
    <message>
        <source>Disks: none found</source>
        <translation>Disques&#xa0;: aucun trouvé</translation>
    </message>
    <message numerus="yes">
        <source>Disks: %1 free of %2 on %n filesystem(s) (measured)</source>
        <extracomment>%1 free space, %2 total size, %n filesystems</extracomment>
        <translation>
            <numerusform>Disques&#xa0;: %1 libres sur %2 dans %n système de fichiers (mesuré)</numerusform>
            <numerusform>Disques&#xa0;: %1 libres sur %2 dans %n systèmes de fichiers (mesuré)</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU: unknown (no listing was readable)</source>
        <translation>GPU&#xa0;: inconnu (aucune liste n&apos;était lisible)</translation>
    </message>
    <message>
        <source>GPU: none found</source>
        <translation>GPU&#xa0;: aucun trouvé</translation>
    </message>
    <message>
        <source>GPU: %1 (measured)</source>
        <translation>GPU&#xa0;: %1 (mesuré)</translation>
    </message>
    <message>
        <source>Network %1: %2, link %3 Mbps (measured)</source>
        <extracomment>%1 interface name, %2 its state (up, down), %3 link speed</extracomment>
        <translation>Réseau %1&#xa0;: %2, liaison %3 Mbps (mesurée)</translation>
    </message>
    <message>
        <source>Network %1: %2, link speed unknown</source>
        <translation>Réseau %1&#xa0;: %2, vitesse de liaison inconnue</translation>
    </message>
    <message>
        <source>Declare it: nothing here measures this kind</source>
        <translation>Déclarez-la&#xa0;: rien ici ne mesure ce type</translation>
    </message>
    <message>
        <source>Declared by you.</source>
        <translation>Déclarée par vous.</translation>
    </message>
    <message>
        <source>Measured on this computer: %1 (%2). Type a figure to declare your own.</source>
        <extracomment>%1 the capacity with unit, %2 what was measured, e.g. &quot;free space of 3 filesystems&quot;</extracomment>
        <translation>Mesurée sur cet ordinateur&#xa0;: %1 (%2). Saisissez un chiffre pour déclarer le vôtre.</translation>
    </message>
    <message>
        <source>Nothing on this computer measures this kind: declare the capacity and its unit.</source>
        <translation>Rien sur cet ordinateur ne mesure ce type&#xa0;: déclarez la capacité et son unité.</translation>
    </message>
    <message>
        <source>The capacity must be a whole number above 0.</source>
        <translation>La capacité doit être un nombre entier supérieur à 0.</translation>
    </message>
    <message>
        <source>A declared capacity needs its unit.</source>
        <translation>Une capacité déclarée doit avoir son unité.</translation>
    </message>
    <message>
        <source>Give the device&apos;s region.</source>
        <translation>Indiquez la région de l&apos;appareil.</translation>
    </message>
    <message>
        <source>Choose a password for the device key.</source>
        <translation>Choisissez un mot de passe pour la clé de l&apos;appareil.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
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
        <translation>Aucun compte pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Current account</source>
        <translation>Compte actuel</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>Aucun réseau</translation>
    </message>
    <message>
        <source>Start Plinth with --network to choose a network.</source>
        <translation>Démarrez Plinth avec --network pour choisir un réseau.</translation>
    </message>
    <message>
        <source>Network %1, chain id %2</source>
        <extracomment>%1 is the network&apos;s name, %2 its chain id</extracomment>
        <translation>Réseau %1, identifiant de chaîne %2</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Plinth</source>
        <translation>À &amp;propos de Plinth</translation>
    </message>
</context>
<context>
    <name>plinth::ui::TransactionConfirmDialog</name>
    <message>
        <source>Speed up a pending transaction</source>
        <translation>Accélérer une transaction en attente</translation>
    </message>
    <message>
        <source>Cancel a pending transaction</source>
        <translation>Annuler une transaction en attente</translation>
    </message>
    <message>
        <source>Confirm transaction</source>
        <translation>Confirmer la transaction</translation>
    </message>
    <message>
        <source>What this does</source>
        <translation>Ce que cela fait</translation>
    </message>
    <message>
        <source>The transactions to send</source>
        <translation>Les transactions à envoyer</translation>
    </message>
    <message>
        <source>Fee speed</source>
        <translation>Vitesse des frais</translation>
    </message>
    <message>
        <source>Slow (cheaper)</source>
        <translation>Lente (moins chère)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Fast (costs more)</source>
        <translation>Rapide (plus chère)</translation>
    </message>
    <message>
        <source>&amp;Fee speed:</source>
        <translation>&amp;Vitesse des frais&#xa0;:</translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation>Mot de passe du coffre</translation>
    </message>
    <message>
        <source>The vault is locked: its password signs this</source>
        <translation>Le coffre est verrouillé&#xa0;: son mot de passe signe cette opération</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No network is selected, so nothing can be sent.</source>
        <translation>Aucun réseau n&apos;est sélectionné, rien ne peut donc être envoyé.</translation>
    </message>
    <message>
        <source>Nothing can be sent: %1</source>
        <extracomment>%1 why the network could not be opened</extracomment>
        <translation>Rien ne peut être envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Preparing the transaction and simulating it…</source>
        <translation>Préparation de la transaction et simulation…</translation>
    </message>
    <message>
        <source>This cannot be prepared: %1</source>
        <extracomment>%1 why the action cannot be prepared</extracomment>
        <translation>Impossible de préparer ceci&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Together these %n transactions cost at most %1 in value and fees.</source>
        <extracomment>%1 the most the whole plan can cost in value and fees, %n the number of transactions</extracomment>
        <translation>
            <numerusform>Au total, %n transaction coûte au plus %1 en valeur et en frais.</numerusform>
            <numerusform>Au total, ces %n transactions coûtent au plus %1 en valeur et en frais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the details, then send.</source>
        <translation>Vérifiez les détails, puis envoyez.</translation>
    </message>
    <message>
        <source>Enter the vault password, then send.</source>
        <translation>Saisissez le mot de passe du coffre, puis envoyez.</translation>
    </message>
    <message>
        <source>Enter the vault password to sign this.</source>
        <translation>Saisissez le mot de passe du coffre pour signer ceci.</translation>
    </message>
    <message>
        <source>Unlocking the vault…</source>
        <translation>Déverrouillage du coffre…</translation>
    </message>
    <message>
        <source>The password is wrong. Nothing was sent.</source>
        <translation>Le mot de passe est incorrect. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The vault could not be unlocked: %1. Nothing was sent.</source>
        <extracomment>%1 why the vault could not be unlocked</extracomment>
        <translation>Le coffre n&apos;a pas pu être déverrouillé&#xa0;: %1. Rien n&apos;a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Signing and sending %n transaction(s)…</source>
        <extracomment>%n the number of transactions</extracomment>
        <translation>
            <numerusform>Signature et envoi de %n transaction…</numerusform>
            <numerusform>Signature et envoi de %n transactions…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <extracomment>%1 why sending stopped</extracomment>
        <translation>Envoi interrompu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent: the step before did not succeed.</source>
        <translation>Non envoyée&#xa0;: l&apos;étape précédente n&apos;a pas réussi.</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Confirmée.</translation>
    </message>
    <message>
        <source>Still pending. Plinth stopped waiting; the Activity page keeps following it.</source>
        <translation>Toujours en attente. Plinth a cessé d&apos;attendre&#xa0;; la page Activité continue de la suivre.</translation>
    </message>
    <message>
        <source>It did not succeed: see the step above.</source>
        <translation>Elle n&apos;a pas réussi&#xa0;: voir l&apos;étape ci-dessus.</translation>
    </message>
    <message>
        <source>Transaction steps</source>
        <translation>Étapes de la transaction</translation>
    </message>
    <message>
        <source>This account is only watched: the vault holds no key for it, so this can be previewed but not sent.</source>
        <translation>Ce compte est seulement observé&#xa0;: le coffre ne contient aucune clé pour lui, cela peut donc être prévisualisé mais pas envoyé.</translation>
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
        <translation>Afficher Plinth</translation>
    </message>
</context>
<context>
    <name>plinth::ui::UnbondingsModel</name>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Staker</source>
        <translation>Staker</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libération</translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation>En déblocage</translation>
    </message>
    <message>
        <source>Ready to withdraw</source>
        <translation>Prêt à être retiré</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>%1 how long until the stake is released (&quot;2 days 3 hours&quot;)</extracomment>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>retiré le %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>an unbonding entry&apos;s number</extracomment>
        <translation>n° %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::UnlockDialog</name>
    <message>
        <source>Unlock the wallet</source>
        <translation>Déverrouiller le portefeuille</translation>
    </message>
    <message>
        <source>Type the vault password to use your keys.</source>
        <translation>Saisissez le mot de passe du coffre pour utiliser vos clés.</translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation>Mot de passe du coffre</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Vérification du mot de passe…</translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and try again.</source>
        <translation>Mot de passe incorrect. Vérifiez le verrouillage des majuscules et réessayez.</translation>
    </message>
    <message>
        <source>The vault could not be unlocked: %1</source>
        <extracomment>%1 is the reason, a sentence from the wallet</extracomment>
        <translation>Le coffre n&apos;a pas pu être déverrouillé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::VoteDialog</name>
    <message>
        <source>Vote</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Pour</translation>
    </message>
    <message>
        <source>&amp;Against</source>
        <translation>&amp;Contre</translation>
    </message>
    <message>
        <source>A&amp;bstain</source>
        <translation>A&amp;bstention</translation>
    </message>
    <message>
        <source>&amp;Reason (optional, public on chain)</source>
        <translation>&amp;Raison (facultative, publique sur la chaîne)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>You have already voted on this proposal.</source>
        <translation>Vous avez déjà voté sur cette proposition.</translation>
    </message>
    <message>
        <source>You cannot vote on this proposal now.</source>
        <translation>Vous ne pouvez pas voter sur cette proposition pour le moment.</translation>
    </message>
    <message>
        <source>Your vote brings the proposal to quorum.</source>
        <translation>Votre vote permet à la proposition d&apos;atteindre le quorum.</translation>
    </message>
    <message>
        <source>Votes against do not count toward the quorum, which is not reached yet.</source>
        <translation>Les votes contre ne comptent pas pour le quorum, qui n&apos;est pas encore atteint.</translation>
    </message>
    <message>
        <source>The proposal stays short of quorum even with your vote.</source>
        <translation>La proposition reste en deçà du quorum, même avec votre vote.</translation>
    </message>
    <message>
        <source>Your vote turns the outcome: as the votes stand, the proposal would then fail.</source>
        <translation>Votre vote renverse le résultat&#xa0;: en l&apos;état des votes, la proposition serait alors rejetée.</translation>
    </message>
    <message>
        <source>Your vote turns the outcome: as the votes stand, the proposal would then pass.</source>
        <translation>Votre vote renverse le résultat&#xa0;: en l&apos;état des votes, la proposition serait alors adoptée.</translation>
    </message>
    <message>
        <source>Your vote does not change the outcome as the votes stand.</source>
        <translation>Votre vote ne change pas le résultat en l&apos;état des votes.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::VotingPower</name>
    <message>
        <source>Your voting power at the snapshot: %1</source>
        <extracomment>%1 an amount of votes</extracomment>
        <translation>Votre pouvoir de vote à l&apos;instantané&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your voting power now (the snapshot is still ahead, it can change): %1</source>
        <extracomment>%1 an amount of votes</extracomment>
        <translation>Votre pouvoir de vote actuel (l&apos;instantané est encore à venir, il peut changer)&#xa0;: %1</translation>
    </message>
    <message>
        <source>You delegated your tokens to yourself, and other holders delegated theirs to you.</source>
        <translation>Vous avez délégué vos tokens à vous-même, et d&apos;autres détenteurs vous ont délégué les leurs.</translation>
    </message>
    <message>
        <source>You delegated your tokens to yourself.</source>
        <translation>Vous avez délégué vos tokens à vous-même.</translation>
    </message>
    <message>
        <source>Other holders delegated their votes to you.</source>
        <translation>D&apos;autres détenteurs vous ont délégué leurs votes.</translation>
    </message>
    <message>
        <source>You held no tokens at the snapshot and hold none now.</source>
        <translation>Vous ne déteniez aucun token à l&apos;instantané et n&apos;en détenez aucun actuellement.</translation>
    </message>
    <message>
        <source>You held tokens but had not delegated them, not even to yourself, by the snapshot: undelegated tokens do not vote.</source>
        <translation>Vous déteniez des tokens mais ne les aviez pas délégués, pas même à vous-même, à la date de l&apos;instantané&#xa0;: les tokens non délégués ne votent pas.</translation>
    </message>
    <message>
        <source>Your tokens were delegated to %1 at the snapshot: that account votes with them.</source>
        <extracomment>%1 the delegate&apos;s address</extracomment>
        <translation>Vos tokens étaient délégués à %1 à l&apos;instantané&#xa0;: ce compte vote avec eux.</translation>
    </message>
    <message>
        <source>Your tokens or your delegation arrived after the snapshot; you hold %1 now, which counts for later proposals.</source>
        <extracomment>%1 an amount of tokens</extracomment>
        <translation>Vos tokens ou votre délégation sont arrivés après l&apos;instantané&#xa0;; vous détenez %1 actuellement, ce qui compte pour les prochaines propositions.</translation>
    </message>
    <message>
        <source>Your votes are delegated to nobody now, so your tokens do not vote (verified at block %1).</source>
        <extracomment>%1 a block number</extracomment>
        <translation>Vos votes ne sont actuellement délégués à personne&#xa0;: vos tokens ne votent donc pas (vérifié au bloc %1).</translation>
    </message>
    <message>
        <source>Your votes are delegated to yourself now (verified at block %1).</source>
        <extracomment>%1 a block number</extracomment>
        <translation>Vos votes sont actuellement délégués à vous-même (vérifié au bloc %1).</translation>
    </message>
    <message>
        <source>Your votes are delegated to %1 now (verified at block %2).</source>
        <extracomment>%1 the delegate&apos;s short address, %2 a block number</extracomment>
        <translation>Vos votes sont actuellement délégués à %1 (vérifié au bloc %2).</translation>
    </message>
</context>
<context>
    <name>plinth::ui::WatchPage</name>
    <message>
        <source>Watch an address</source>
        <translation>Surveiller une adresse</translation>
    </message>
    <message>
        <source>Plinth shows this address&apos;s balances, devices, rewards and votes. It cannot sign for it; you can add keys later.</source>
        <translation>Plinth affiche les soldes, les appareils, les récompenses et les votes de cette adresse. Il ne peut pas signer pour elle&#xa0;; vous pourrez ajouter des clés plus tard.</translation>
    </message>
    <message>
        <source>Address to watch</source>
        <translation>Adresse à surveiller</translation>
    </message>
    <message>
        <source>Label for the address</source>
        <translation>Libellé de l&apos;adresse</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>An address is 0x followed by 40 hexadecimal digits.</source>
        <translation>Une adresse est 0x suivi de 40 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>The capital letters do not match this address&apos;s checksum (EIP-55): a character is probably mistyped.</source>
        <translation>Les majuscules ne correspondent pas à la somme de contrôle de cette adresse (EIP-55)&#xa0;: un caractère est probablement mal saisi.</translation>
    </message>
    <message>
        <source>This is not an address: it must be 0x followed by 40 hexadecimal digits.</source>
        <translation>Ce n&apos;est pas une adresse&#xa0;: elle doit être 0x suivi de 40 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>Valid address: %1</source>
        <extracomment>%1 is the address in its checksummed form</extracomment>
        <translation>Adresse valide&#xa0;: %1</translation>
    </message>
</context>
</TS>
