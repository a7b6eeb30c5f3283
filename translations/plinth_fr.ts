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
        <extracomment>%1 the unbonding id, %2 the amount, %3 the staker, %4 the device, %5 the release date</extracomment>
        <translation>n° %1&#xa0;: %2 de %3 depuis l&apos;appareil %4, retiré</translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, withdrawable since %5</source>
        <translation>n° %1&#xa0;: %2 de %3 depuis l&apos;appareil %4, retirable depuis le %5</translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, released on %5</source>
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
        <translation type="unfinished"></translation>
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
        <source>Unstake %1 requested from device %2</source>
        <extracomment>%1 the unbonding&apos;s id, %2 a device&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbonding %1 withdrawn</source>
        <extracomment>%1 the unbonding&apos;s id</extracomment>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n reward(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the rewards: %1</source>
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
        <translation type="unfinished">Mettre à jour l&apos;appareil %1</translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Device detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device detail state</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message numerus="yes">
        <source>%n reward(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Offline for %n epoch(s)</source>
        <extracomment>a device whose latest %n epochs scored 0</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
</context>
<context>
    <name>plinth::ui::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation type="unfinished">Appareils</translation>
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
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2 devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a network in Settings to see your devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network could not be opened: %1</source>
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
        <extracomment>a resource kind this version does not know, by its number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind %1</source>
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
        <translation type="unfinished">Gains</translation>
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
    <message numerus="yes">
        <source>in %n reward(s), verified at block %1</source>
        <extracomment>%n rewards, %1 the verified block</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a resource kind, %2 its amount</extracomment>
        <translation type="unfinished">%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The latest %1 of %2 rewards; export CSV for all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reward(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <extracomment>%n is the number of new rewards, %1 what they paid together, %2 the latest one&apos;s epoch</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new reward(s) paid %1; the latest is for epoch %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Device offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Device %1 has been offline for %n epoch(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 is in block %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 failed: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Mettre %1 dans la file d&apos;attente du timelock</translation>
    </message>
    <message>
        <source>Execute %1</source>
        <translation type="unfinished">Exécuter %1</translation>
    </message>
    <message>
        <source>Delegate your votes to yourself (%1)</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node could not run the simulation: %1</source>
        <translation type="unfinished"></translation>
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
        <source>Passed</source>
        <extracomment>read by screen readers before a check&apos;s sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the device&apos;s own key, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for chain %1, this network&apos;s, and the node is on that chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for this network&apos;s device registry, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1, %2 after the chain&apos;s latest block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered and never retired (the verified cache at block %1 agrees).</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake %1, at least the registry&apos;s minimum of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance of %1 covers the stake and the %2 fee (%3 in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s state and your balance were read with eth_call at block %1: unverified.</source>
        <extracomment>%1 block number</extracomment>
        <translation type="unfinished">L&apos;état du registre et votre solde ont été lus avec eth_call au bloc %1&#xa0;: non vérifié.</translation>
    </message>
    <message>
        <source>The registry&apos;s state and your balance are proven at block %1.</source>
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
        <translation type="unfinished">La clé de l&apos;appareil est conservée dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: this payload would be refused, so nothing can be sent. No device key was kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">Appareils</translation>
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
    <message numerus="yes">
        <source>%1 in %n reward(s), verified at block %2</source>
        <extracomment>%1 the amount, %n the number of rewards, %2 the verified block</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading your devices from the verified cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your devices: %1</source>
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
</context>
<context>
    <name>plinth::ui::OverviewText</name>
    <message>
        <source>signed, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished">en attente</translation>
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
        <source>moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: voting ends in %2; your voting power is %3</source>
        <extracomment>%1 the proposal&apos;s title, %2 how long voting stays open (&quot;2 days 3 hours&quot;), %3 the voting power</extracomment>
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
        <translation type="unfinished">%1&#xa0;: %2 {1.?}</translation>
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
        <source>Calls %1 with %2 bytes of data that Plinth cannot decode</source>
        <extracomment>%1 a contract or an address, %2 the number of bytes of call data</extracomment>
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
        <source>it would fail: %1</source>
        <extracomment>%1 why it fails (the decoded revert)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be simulated</source>
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
        <translation type="unfinished">pour</translation>
    </message>
    <message>
        <source>against</source>
        <translation type="unfinished">contre</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation type="unfinished">abstention</translation>
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
        <translation type="unfinished">Mettre une proposition adoptée dans la file d&apos;attente du timelock</translation>
    </message>
    <message>
        <source>Execute a queued proposal once its timelock delay has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>%1 an amount of tokens, per second</extracomment>
        <translation type="unfinished">%1 %2/s {1/?}</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>%1 a number</extracomment>
        <translation type="unfinished">%1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%1: a call that could not be decoded (%n byte(s) of call data)</source>
        <extracomment>%1 the target contract, %2 the call data&apos;s size</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changes to %2 (its value before is not known)</source>
        <extracomment>%1 the parameter, %2 its new value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>%1 the parameter, %2 its old value, %3 its new value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 (the old value is unverified)</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sequence: not simulated: %1.</source>
        <extracomment>%1 why</extracomment>
        <translation type="unfinished">En séquence&#xa0;: non simulé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: every action succeeds.</source>
        <translation type="unfinished">En séquence, comme execute les exécute&#xa0;: toutes les actions réussissent.</translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: action %1 reverts: %2</source>
        <translation type="unfinished">En séquence, comme execute les exécute&#xa0;: l&apos;action %1 échoue (revert)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The governor&apos;s own settings accept a call only from inside its execute, so a governor action reverts here even when it would succeed.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phrase is valid (%n words, checksum correct).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <extracomment>someone else&apos;s stake or delegation on a device the account owns</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake on your device</source>
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
        <translation type="unfinished">État&#xa0;: %1</translation>
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
        <translation type="unfinished">Aucun réseau sélectionné</translation>
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
        <extracomment>%1 is an RPC endpoint, %2 why the sync failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed at %1: %2</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <extracomment>%1 free space, %2 total size, %n filesystems</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disks: %1 free of %2 on %n filesystem(s) (measured)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <extracomment>%1 why the network could not be opened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the transaction and simulating it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Together these %n transactions cost at most %1 in value and fees.</source>
        <extracomment>%1 the most the whole plan can cost in value and fees, %n the number of transactions</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Send is disabled: step %1 %2.</source>
        <extracomment>%1 the step&apos;s number, %2 why it cannot be sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send is disabled: %1.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signing and sending %n transaction(s)…</source>
        <extracomment>%n the number of transactions</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
<context>
    <name>plinth::ui::TrayNotifier</name>
    <message>
        <source>Plinth</source>
        <translation type="unfinished">Plinth</translation>
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
        <translation type="unfinished">Votre pouvoir de vote à l&apos;instantané&#xa0;: %1</translation>
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
