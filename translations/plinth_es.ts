<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountsAddCommand</name>
    <message>
        <source>Derive another account from the recovery phrase</source>
        <translation>Derivar otra cuenta a partir de la frase de recuperación</translation>
    </message>
    <message>
        <source>Derivation path (default: the next m/44&apos;/60&apos;/0&apos;/0/i).</source>
        <translation>Ruta de derivación (predeterminada: la siguiente m/44&apos;/60&apos;/0&apos;/0/i).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>A label for the account.</source>
        <translation>Una etiqueta para la cuenta.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>invalid derivation path: %1</source>
        <translation>ruta de derivación no válida: %1</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Se ha añadido %1 (%2).</translation>
    </message>
</context>
<context>
    <name>AccountsLabelCommand</name>
    <message>
        <source>Set an account&apos;s label</source>
        <translation>Establecer la etiqueta de una cuenta</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>La cuenta.</translation>
    </message>
    <message>
        <source>The new label (empty to remove it).</source>
        <translation>La nueva etiqueta (vacía para quitarla).</translation>
    </message>
    <message>
        <source>expected ADDRESS and LABEL</source>
        <translation>se esperaban ADDRESS y LABEL</translation>
    </message>
    <message>
        <source>Labelled %1.</source>
        <translation>Se ha etiquetado %1.</translation>
    </message>
</context>
<context>
    <name>AccountsListCommand</name>
    <message>
        <source>List the vault&apos;s accounts (no password needed)</source>
        <translation>Listar las cuentas de la bóveda (no requiere contraseña)</translation>
    </message>
    <message>
        <source>Include hidden accounts.</source>
        <translation>Incluir las cuentas ocultas.</translation>
    </message>
    <message>
        <source>unknown accounts command &quot;%1&quot;</source>
        <translation>comando de accounts desconocido «%1»</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(oculta)</translation>
    </message>
</context>
<context>
    <name>AccountsVisibilityCommand</name>
    <message>
        <source>Hide an account from the list (its key stays in the vault)</source>
        <translation>Ocultar una cuenta de la lista (su clave permanece en la bóveda)</translation>
    </message>
    <message>
        <source>Show a hidden account again</source>
        <translation>Volver a mostrar una cuenta oculta</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>La cuenta.</translation>
    </message>
    <message>
        <source>expected one ADDRESS</source>
        <translation>se esperaba un único ADDRESS</translation>
    </message>
    <message>
        <source>Hid %1.</source>
        <translation>Se ha ocultado %1.</translation>
    </message>
    <message>
        <source>%1 is shown again.</source>
        <translation>%1 vuelve a mostrarse.</translation>
    </message>
</context>
<context>
    <name>BalanceCommand</name>
    <message>
        <source>Show an address&apos;s balances, proven at the verified block</source>
        <translation>Mostrar los saldos de una dirección, probados en el bloque verificado</translation>
    </message>
    <message>
        <source>The address (default: the wallet&apos;s first account)</source>
        <translation>La dirección (predeterminada: la primera cuenta del monedero)</translation>
    </message>
    <message>
        <source>balance takes at most one address</source>
        <translation>balance admite como máximo una dirección</translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation>%1 no es una dirección: %2</translation>
    </message>
    <message>
        <source>the wallet has no account: pass an address</source>
        <translation>el monedero no tiene ninguna cuenta: indique una dirección</translation>
    </message>
    <message>
        <source>%1 %2, proven at block %3</source>
        <translation>%1 %2, probado en el bloque %3</translation>
    </message>
</context>
<context>
    <name>ChainSession</name>
    <message>
        <source>--%1 %2 is not an address: %3</source>
        <translation>--%1 %2 no es una dirección: %3</translation>
    </message>
    <message>
        <source>Read the verified cache as it is, without syncing first</source>
        <translation>Leer la caché verificada tal como está, sin sincronizar antes</translation>
    </message>
</context>
<context>
    <name>ClaimCommand</name>
    <message>
        <source>Claim your accrued rewards, to yourself or to --to ADDRESS</source>
        <translation>Reclamar sus recompensas acumuladas, para usted o para --to DIRECCIÓN</translation>
    </message>
    <message>
        <source>Where the rewards go (default: the claiming account).</source>
        <translation>Adónde van las recompensas (predeterminado: la cuenta que reclama).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>claim takes no arguments</source>
        <translation>claim no admite argumentos</translation>
    </message>
    <message>
        <source>--to must not be the zero address: the rewards would be lost</source>
        <translation>--to no puede ser la dirección cero: las recompensas se perderían</translation>
    </message>
    <message>
        <source>the network profile has no valid rewards contract</source>
        <translation>el perfil de red no tiene un contrato de recompensas válido</translation>
    </message>
    <message>
        <source>%1 has nothing to claim: its accrued rewards are 0 (proven at block %2)</source>
        <translation>%1 no tiene nada que reclamar: sus recompensas acumuladas son 0 (probado en el bloque %2)</translation>
    </message>
    <message>
        <source>Claim the rewards of %1</source>
        <translation>Reclamar las recompensas de %1</translation>
    </message>
    <message>
        <source>Claimable: %1 (proven at block %2)</source>
        <translation>Reclamable: %1 (probado en el bloque %2)</translation>
    </message>
    <message>
        <source>Claim %1 of rewards to %2</source>
        <extracomment>%1 the amount with its symbol, %2 the recipient&apos;s address</extracomment>
        <translation>Reclamar %1 en recompensas para %2</translation>
    </message>
</context>
<context>
    <name>DelegateCommand</name>
    <message>
        <source>Delegate your token&apos;s votes to an address, or to yourself</source>
        <translation>Delegar los votos de sus tokens en una dirección o en usted mismo</translation>
    </message>
    <message>
        <source>Who votes with your tokens: an address, or self</source>
        <translation>Quién vota con sus tokens: una dirección, o self</translation>
    </message>
    <message>
        <source>delegate takes one address, or self</source>
        <translation>delegate admite una dirección, o self</translation>
    </message>
    <message>
        <source>%1 already delegates its votes to %2; nothing was sent</source>
        <translation>%1 ya delega sus votos en %2; no se ha enviado nada</translation>
    </message>
    <message>
        <source>Delegate the votes of %1 to itself</source>
        <translation>Delegar los votos de %1 en sí misma</translation>
    </message>
    <message>
        <source>Delegate the votes of %1 to %2</source>
        <translation>Delegar los votos de %1 en %2</translation>
    </message>
    <message>
        <source>The token&apos;s delegate (ERC20Votes)</source>
        <translation>delegate del token (ERC20Votes)</translation>
    </message>
    <message>
        <source>Current delegate: %1</source>
        <translation>Delegado actual: %1</translation>
    </message>
    <message>
        <source>Current delegate: none (the tokens do not vote yet)</source>
        <translation>Delegado actual: ninguno (los tokens aún no votan)</translation>
    </message>
    <message>
        <source>Votes that move: %1, from %2 to %3</source>
        <extracomment>%1 an amount of tokens, %2 the old delegate (or &quot;nobody&quot;), %3 the new one</extracomment>
        <translation>Votos que se transfieren: %1, de %2 a %3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Delegation moves the votes of every token the account holds now and later, not only these.</source>
        <translation>La delegación transfiere los votos de todos los tokens que la cuenta tiene ahora y tenga en el futuro, no solo de estos.</translation>
    </message>
</context>
<context>
    <name>DelegateStakeCommand</name>
    <message>
        <source>Delegate stake to any active device (approves the tokens first when needed)</source>
        <translation>Delegar stake en cualquier dispositivo activo (aprueba antes los tokens si es necesario)</translation>
    </message>
    <message>
        <source>Delegate %1 of stake to device %2</source>
        <translation>Delegar %1 de stake en el dispositivo %2</translation>
    </message>
</context>
<context>
    <name>DeviceCommands</name>
    <message>
        <source>retired</source>
        <translation>dado de baja</translation>
    </message>
    <message numerus="yes">
        <source>offline for %n epoch(s)</source>
        <translation>
            <numerusform>sin conexión durante %n época</numerusform>
            <numerusform>sin conexión durante %n épocas</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
</context>
<context>
    <name>DeviceKeyNewCommand</name>
    <message>
        <source>Create a device key in its own keystore file (never in the vault)</source>
        <translation>Crear una clave de dispositivo en su propio archivo keystore (nunca en la bóveda)</translation>
    </message>
    <message>
        <source>device-key new takes no arguments</source>
        <translation>device-key new no admite argumentos</translation>
    </message>
    <message>
        <source>Device address: %1</source>
        <translation>Dirección del dispositivo: %1</translation>
    </message>
    <message>
        <source>Key written to %1 (keystore v3, encrypted with the password you gave).</source>
        <translation>Clave escrita en %1 (keystore v3, cifrada con la contraseña indicada).</translation>
    </message>
</context>
<context>
    <name>DeviceRegisterCommand</name>
    <message>
        <source>Register a device from its signed onboarding payload, or this computer</source>
        <translation>Registrar un dispositivo a partir de su carga útil de incorporación firmada, o este ordenador</translation>
    </message>
    <message>
        <source>The signed onboarding payload: a JSON file or QR text, or - for standard input.</source>
        <translation>La carga útil de incorporación firmada: un archivo JSON o texto QR, o - para la entrada estándar.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Register a resource of this computer: the wallet makes and keeps its device key.</source>
        <translation>Registrar un recurso de este ordenador: el monedero crea y guarda la clave del dispositivo.</translation>
    </message>
    <message>
        <source>the onboarding payload is not valid: %1</source>
        <translation>la carga útil de incorporación no es válida: %1</translation>
    </message>
    <message>
        <source>Register device %1 (%2, %3, region %4) to %5</source>
        <extracomment>%1 device address, %2 kind (storage, ...), %3 capacity and unit, %4 region, %5 owner address</extracomment>
        <translation>Registrar el dispositivo %1 (%2, %3, región %4) a nombre de %5</translation>
    </message>
    <message>
        <source>Stake: %1, the registry&apos;s minimum (the payload names none).</source>
        <translation>Stake: %1, el mínimo del registro (la carga útil no indica ninguno).</translation>
    </message>
    <message>
        <source>Stake: %1 (the registry&apos;s minimum is %2).</source>
        <translation>Stake: %1 (el mínimo del registro es %2).</translation>
    </message>
    <message>
        <source>Onboarding fee: %1, paid to the treasury.</source>
        <translation>Tarifa de incorporación: %1, pagada a la tesorería.</translation>
    </message>
    <message>
        <source>Capacity: %1, measured on this computer (%2).</source>
        <translation>Capacidad: %1, medida en este ordenador (%2).</translation>
    </message>
    <message>
        <source>Capacity: %1, as you declared it.</source>
        <translation>Capacidad: %1, tal como la ha declarado.</translation>
    </message>
    <message>
        <source>The device key is kept in %1.</source>
        <translation>La clave del dispositivo se guarda en %1.</translation>
    </message>
    <message>
        <source>Checked: the device&apos;s signature, chain %1, the registry, the deadline %2 (in %3), not yet registered, nonce unused, the owner, the stake and your balance.</source>
        <extracomment>%1 the deadline (UTC), %2 how long from the chain&apos;s latest block, e.g. &quot;23 hours 59 minutes&quot;</extracomment>
        <translation>Comprobado: la firma del dispositivo, la cadena %1, el registro, el plazo %2 (dentro de %3), que aún no está registrado, que el nonce no se ha usado, el propietario, el stake y su saldo.</translation>
    </message>
    <message>
        <source>The registry&apos;s state and your balance were read with eth_call at block %1: unverified.</source>
        <translation>El estado del registro y su saldo se han leído con eth_call en el bloque %1: sin verificar.</translation>
    </message>
    <message>
        <source>the network &quot;%1&quot; has no device registry</source>
        <translation>la red «%1» no tiene registro de dispositivos</translation>
    </message>
    <message>
        <source>Register device %1, staking %2 and paying the %3 fee</source>
        <translation>Registrar el dispositivo %1, depositando %2 de stake y pagando la tarifa de %3</translation>
    </message>
    <message>
        <source>device register takes no arguments</source>
        <translation>device register no admite argumentos</translation>
    </message>
    <message>
        <source>pass either --payload FILE|- or --this-computer</source>
        <translation>indique --payload ARCHIVO|- o bien --this-computer</translation>
    </message>
    <message>
        <source>--%1 is for --this-computer: a payload carries its own</source>
        <translation>--%1 es solo para --this-computer: una carga útil ya trae su propio valor</translation>
    </message>
    <message>
        <source>--unit goes with --capacity: a measured capacity keeps its own unit</source>
        <translation>--unit va con --capacity: una capacidad medida conserva su propia unidad</translation>
    </message>
    <message>
        <source>nothing on this computer measures a capacity of this kind: declare it with --capacity N --unit U</source>
        <translation>nada en este ordenador mide una capacidad de este tipo: declárela con --capacity N --unit U</translation>
    </message>
    <message>
        <source>not registered, nothing was sent: %1</source>
        <extracomment>%1 one or more sentences separated by &quot;; &quot;</extracomment>
        <translation>no registrado, no se ha enviado nada: %1</translation>
    </message>
</context>
<context>
    <name>DeviceRetireCommand</name>
    <message>
        <source>Retire a device for good (its token is burnt; it can never register again)</source>
        <translation>Dar de baja un dispositivo definitivamente (su token se quema; nunca podrá volver a registrarse)</translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation>La dirección del dispositivo.</translation>
    </message>
    <message>
        <source>device retire takes one DEVICE</source>
        <translation>device retire admite un único DEVICE</translation>
    </message>
    <message>
        <source>Retire device %1 for good</source>
        <translation>Dar de baja definitivamente el dispositivo %1</translation>
    </message>
    <message>
        <source>Its token is burnt and it can never register again; stakes on it stay in Staking and can be unstaked.</source>
        <translation>Su token se quema y nunca podrá volver a registrarse; el stake depositado en él permanece en Staking y puede desvincularse con unstake.</translation>
    </message>
</context>
<context>
    <name>DeviceShowCommand</name>
    <message>
        <source>Show one device from the verified cache</source>
        <translation>Mostrar un dispositivo de la caché verificada</translation>
    </message>
    <message>
        <source>The device&apos;s address</source>
        <translation>La dirección del dispositivo</translation>
    </message>
    <message>
        <source>device show takes one device address</source>
        <translation>device show admite una única dirección de dispositivo</translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation>%1 no es una dirección: %2</translation>
    </message>
    <message>
        <source>no device %1 is registered (verified up to block %2)</source>
        <translation>no hay ningún dispositivo %1 registrado (verificado hasta el bloque %2)</translation>
    </message>
    <message>
        <source>Device:     %1</source>
        <translation>Dispositivo:  %1</translation>
    </message>
    <message>
        <source>Owner:      %1</source>
        <translation>Propietario:  %1</translation>
    </message>
    <message>
        <source>Kind:       %1, %2 %3</source>
        <translation>Tipo:         %1, %2 %3</translation>
    </message>
    <message>
        <source>Region:     %1</source>
        <translation>Región:       %1</translation>
    </message>
    <message>
        <source>Status:     %1</source>
        <translation>Estado:       %1</translation>
    </message>
    <message>
        <source>Stake:      %1 (own %2)</source>
        <translation>Stake:        %1 (propio %2)</translation>
    </message>
    <message numerus="yes">
        <source>Earned:     %1 in %n reward(s)</source>
        <translation>
            <numerusform>Ganado:       %1 en %n recompensa</numerusform>
            <numerusform>Ganado:       %1 en %n recompensas</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline:    epochs %1 to %2</source>
        <translation>Sin conexión: épocas %1 a %2</translation>
    </message>
    <message>
        <source>Owned by:   %1 before</source>
        <translation>Perteneció a: %1</translation>
    </message>
    <message>
        <source>Verified up to block %1</source>
        <translation>Verificado hasta el bloque %1</translation>
    </message>
</context>
<context>
    <name>DeviceTransferCommand</name>
    <message>
        <source>Give a device (its ERC-721 token) to another account</source>
        <translation>Ceder un dispositivo (su token ERC-721) a otra cuenta</translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation>La dirección del dispositivo.</translation>
    </message>
    <message>
        <source>The new owner.</source>
        <translation>El nuevo propietario.</translation>
    </message>
    <message>
        <source>device transfer takes DEVICE TO</source>
        <translation>device transfer requiere DEVICE y TO</translation>
    </message>
    <message>
        <source>TO must not be the zero address: the device would be lost</source>
        <translation>TO no puede ser la dirección cero: el dispositivo se perdería</translation>
    </message>
    <message>
        <source>the registry&apos;s ownerOfDevice answer is not one 32-byte word</source>
        <translation>la respuesta de ownerOfDevice del registro no es una única palabra de 32 bytes</translation>
    </message>
    <message>
        <source>device %1 is not registered or is retired: there is nothing to transfer</source>
        <translation>el dispositivo %1 no está registrado o está dado de baja: no hay nada que transferir</translation>
    </message>
    <message>
        <source>device %1 already belongs to %2</source>
        <translation>el dispositivo %1 ya pertenece a %2</translation>
    </message>
    <message>
        <source>Transfer device %1 from %2 to %3</source>
        <translation>Transferir el dispositivo %1 de %2 a %3</translation>
    </message>
</context>
<context>
    <name>DeviceUpdateCommand</name>
    <message>
        <source>Change a device&apos;s capacity, region or metadata URI (one transaction per field)</source>
        <translation>Cambiar la capacidad, la región o el URI de metadatos de un dispositivo (una transacción por campo)</translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation>La dirección del dispositivo.</translation>
    </message>
    <message>
        <source>The new capacity, a whole number (with --unit).</source>
        <translation>La nueva capacidad, un número entero (con --unit).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The capacity&apos;s unit, e.g. TB or Mbps (with --capacity).</source>
        <translation>La unidad de la capacidad, p. ej., TB o Mbps (con --capacity).</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>The new region: an H3 cell (15 hex digits) or a label.</source>
        <translation>La nueva región: una celda H3 (15 dígitos hexadecimales) o una etiqueta.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>The new metadata URI.</source>
        <translation>El nuevo URI de metadatos.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>device update takes one DEVICE</source>
        <translation>device update admite un único DEVICE</translation>
    </message>
    <message>
        <source>--capacity and --unit go together: the registry stores them as one</source>
        <translation>--capacity y --unit van juntos: el registro los guarda como un solo valor</translation>
    </message>
    <message>
        <source>nothing to update: give --capacity N --unit U, --region R or --metadata URI</source>
        <translation>nada que actualizar: indique --capacity N --unit U, --region R o --metadata URI</translation>
    </message>
    <message>
        <source>--capacity must be a whole number above 0</source>
        <translation>--capacity debe ser un número entero mayor que 0</translation>
    </message>
    <message>
        <source>Update device %1</source>
        <translation>Actualizar el dispositivo %1</translation>
    </message>
    <message>
        <source>Set the capacity of device %1 to %2 %3</source>
        <extracomment>%1 device, %2 capacity, %3 unit</extracomment>
        <translation>Establecer la capacidad del dispositivo %1 en %2 %3</translation>
    </message>
    <message>
        <source>Set the region of device %1 to &quot;%2&quot;</source>
        <translation>Establecer la región del dispositivo %1 en «%2»</translation>
    </message>
    <message>
        <source>Set the metadata URI of device %1 to %2</source>
        <translation>Establecer el URI de metadatos del dispositivo %1 en %2</translation>
    </message>
</context>
<context>
    <name>DevicesCommand</name>
    <message>
        <source>List an account&apos;s devices from the verified cache</source>
        <translation>Listar los dispositivos de una cuenta desde la caché verificada</translation>
    </message>
    <message>
        <source>devices takes no arguments</source>
        <translation>devices no admite argumentos</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1, verified up to block %2</source>
        <translation>
            <numerusform>%n dispositivo de %1, verificado hasta el bloque %2</numerusform>
            <numerusform>%n dispositivos de %1, verificados hasta el bloque %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 %3 %4  %5  %6</source>
        <extracomment>one device: address, kind, capacity and unit, region, status</extracomment>
        <translation>%1  %2 %3 %4  %5  %6</translation>
    </message>
    <message>
        <source>stake %1, last score %2, earned %3</source>
        <translation>stake %1, última puntuación %2, ganado %3</translation>
    </message>
    <message>
        <source>%1% in epoch %2</source>
        <translation>%1 % en la época %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
</context>
<context>
    <name>EarningsCommand</name>
    <message>
        <source>Show rewards per day, week or month from the verified cache, or export them as CSV</source>
        <translation>Mostrar las recompensas por día, semana o mes desde la caché verificada, o exportarlas como CSV</translation>
    </message>
    <message>
        <source>Only this device</source>
        <translation>Solo este dispositivo</translation>
    </message>
    <message>
        <source>Totals per day, week (ISO, from Monday) or month, UTC</source>
        <translation>Totales por día, semana (ISO, desde el lunes) o mes, en UTC</translation>
    </message>
    <message>
        <source>First day (UTC), YYYY-MM-DD</source>
        <translation>Primer día (UTC), AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Last day (UTC, included), YYYY-MM-DD</source>
        <translation>Último día (UTC, incluido), AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Write every reward (one row per device and epoch) to this CSV file</source>
        <translation>Escribir cada recompensa (una fila por dispositivo y época) en este archivo CSV</translation>
    </message>
    <message>
        <source>earnings takes no arguments</source>
        <translation>earnings no admite argumentos</translation>
    </message>
    <message>
        <source>--period is day, week or month, not %1</source>
        <translation>--period debe ser day, week o month, no %1</translation>
    </message>
    <message>
        <source>--%1 is a date YYYY-MM-DD, not %2</source>
        <translation>--%1 debe ser una fecha AAAA-MM-DD, no %2</translation>
    </message>
    <message>
        <source>--device: %1</source>
        <translation>--device: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  (%n reward(s))</source>
        <translation>
            <numerusform>%1  %2  (%n recompensa)</numerusform>
            <numerusform>%1  %2  (%n recompensas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 in %n reward(s), verified up to block %2</source>
        <translation>
            <numerusform>Total: %1 en %n recompensa, verificado hasta el bloque %2</numerusform>
            <numerusform>Total: %1 en %n recompensas, verificado hasta el bloque %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se ha escrito %1</translation>
    </message>
</context>
<context>
    <name>ExecuteCommand</name>
    <message>
        <source>Execute a queued proposal whose timelock delay has passed</source>
        <translation>Ejecutar una propuesta en cola cuyo plazo del timelock ha transcurrido</translation>
    </message>
    <message>
        <source>%1 is queued but not ready: the timelock lets it run from %2, in %3</source>
        <extracomment>%1 the title, %2 a date, %3 how long until then</extracomment>
        <translation>%1 está en cola pero aún no está lista: el timelock permite ejecutarla a partir del %2, dentro de %3</translation>
    </message>
    <message>
        <source>%1 succeeded but is not queued: run `plinth-cli queue` first</source>
        <translation>%1 se ha aprobado pero no está en cola: ejecute antes `plinth-cli queue`</translation>
    </message>
    <message>
        <source>%1 is %2: only a queued proposal can be executed</source>
        <translation>%1 está «%2»: solo se puede ejecutar una propuesta en cola</translation>
    </message>
    <message>
        <source>Execute %1</source>
        <translation>Ejecutar %1</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>the account held no tokens at the snapshot</source>
        <translation>la cuenta no tenía tokens en la instantánea</translation>
    </message>
    <message>
        <source>the account&apos;s tokens were not delegated at the snapshot: votes count only once delegated, even to oneself</source>
        <translation>los tokens de la cuenta no estaban delegados en la instantánea: los votos solo cuentan una vez delegados, aunque sea en uno mismo</translation>
    </message>
    <message>
        <source>the account had delegated its votes to another account at the snapshot</source>
        <translation>la cuenta había delegado sus votos en otra cuenta en la instantánea</translation>
    </message>
    <message>
        <source>the account&apos;s tokens or delegation arrived after the snapshot</source>
        <translation>los tokens o la delegación de la cuenta llegaron después de la instantánea</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: undecoded call %2</source>
        <extracomment>%1 the target contract, %2 the calldata in hex</extracomment>
        <translation>%1: llamada sin decodificar %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <extracomment>a parameter change: %1 the parameter, %2 the old value, %3 the new value</extracomment>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>(old value unverified: %1)</source>
        <translation>(valor anterior sin verificar: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1</source>
        <extracomment>a duration of days and hours: %n is the number of days, %1 the hours (&quot;3 hours&quot;)</extracomment>
        <translation>
            <numerusform>%n día y %1</numerusform>
            <numerusform>%n días y %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) %1</source>
        <extracomment>a duration of hours and minutes: %n is the number of hours, %1 the minutes (&quot;45 minutes&quot;)</extracomment>
        <translation>
            <numerusform>%n hora y %1</numerusform>
            <numerusform>%n horas y %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerCommand</name>
    <message>
        <source>Reconcile rewarded, claimable (proven), claimed and received</source>
        <translation>Conciliar lo asignado, lo reclamable (probado), lo reclamado y lo recibido</translation>
    </message>
    <message>
        <source>ledger takes no arguments</source>
        <translation>ledger no admite argumentos</translation>
    </message>
    <message>
        <source>Payout ledger of %1 at block %2</source>
        <translation>Libro de pagos de %1 en el bloque %2</translation>
    </message>
    <message numerus="yes">
        <source>Rewarded:   %1 (%n reward(s))</source>
        <translation>
            <numerusform>Asignado:    %1 (%n recompensa)</numerusform>
            <numerusform>Asignado:    %1 (%n recompensas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Claimable:  %1 (proven)</source>
        <translation>Reclamable:  %1 (probado)</translation>
    </message>
    <message>
        <source>Claimed:    %1</source>
        <translation>Reclamado:   %1</translation>
    </message>
    <message>
        <source>Received:   %1</source>
        <translation>Recibido:    %1</translation>
    </message>
    <message>
        <source>Claim on %1: %2 to %3, received %4</source>
        <translation>Reclamación del %1: %2 para %3, recibido %4</translation>
    </message>
    <message>
        <source>Balanced: rewarded - claimed = claimable, and every claim was received in full.</source>
        <translation>Cuadra: asignado - reclamado = reclamable, y cada reclamación se ha recibido íntegramente.</translation>
    </message>
    <message>
        <source>Mismatch (%1, off by %2 base units): %3</source>
        <translation>Discrepancia (%1, diferencia de %2 unidades base): %3</translation>
    </message>
</context>
<context>
    <name>NetworkListCommand</name>
    <message>
        <source>List the saved network profiles</source>
        <translation>Listar los perfiles de red guardados</translation>
    </message>
    <message>
        <source>No saved networks. Start the devnet or pass --network FILE.</source>
        <translation>No hay redes guardadas. Inicie la devnet o indique --network ARCHIVO.</translation>
    </message>
</context>
<context>
    <name>NetworkProbe</name>
    <message>
        <source>The RPC does not answer.</source>
        <translation>El RPC no responde.</translation>
    </message>
    <message>
        <source>The RPC answered, but not with a chain id.</source>
        <translation>El RPC ha respondido, pero no con un id de cadena.</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>No se ha podido leer el perfil.</translation>
    </message>
    <message>
        <source>Its RPC is not checked here (only plain HTTP endpoints are).</source>
        <translation>Su RPC no se comprueba aquí (solo se comprueban los puntos de conexión HTTP simples).</translation>
    </message>
    <message>
        <source>The RPC belongs to another chain (%1).</source>
        <extracomment>%1 is the chain id the RPC reported</extracomment>
        <translation>El RPC pertenece a otra cadena (%1).</translation>
    </message>
    <message>
        <source>Chain %1. %2</source>
        <extracomment>%1 is the chain id; %2 a sentence about its RPC</extracomment>
        <translation>Cadena %1. %2</translation>
    </message>
    <message>
        <source>The RPC answers.</source>
        <translation>El RPC responde.</translation>
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
        <translation>aún no hay nada verificado: ejecute plinth-cli sync</translation>
    </message>
    <message>
        <source>The owner&apos;s address (default: the wallet&apos;s first account)</source>
        <translation>La dirección del propietario (predeterminada: la primera cuenta del monedero)</translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation>%1 no es una dirección: %2</translation>
    </message>
    <message>
        <source>no --owner given and no wallet to take the first account from: %1</source>
        <translation>no se ha indicado --owner y no hay monedero del que tomar la primera cuenta: %1</translation>
    </message>
    <message>
        <source>the wallet has no account: pass --owner</source>
        <translation>el monedero no tiene ninguna cuenta: indique --owner</translation>
    </message>
</context>
<context>
    <name>NetworkShowCommand</name>
    <message>
        <source>Show the network profile that commands will use</source>
        <translation>Mostrar el perfil de red que usarán los comandos</translation>
    </message>
    <message>
        <source>Network:       %1 (chain %2)</source>
        <translation>Red:               %1 (cadena %2)</translation>
    </message>
    <message>
        <source>Profile:       %1</source>
        <translation>Perfil:            %1</translation>
    </message>
    <message>
        <source>Currency:      %1 (%2 decimals)</source>
        <translation>Moneda:            %1 (%2 decimales)</translation>
    </message>
    <message>
        <source>Endpoint:      %1</source>
        <translation>Punto de conexión: %1</translation>
    </message>
    <message>
        <source>Checkpoint:    block %1, %2</source>
        <translation>Punto de control:  bloque %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Finality:      %n block(s)</source>
        <translation>
            <numerusform>Finalidad:         %n bloque</numerusform>
            <numerusform>Finalidad:         %n bloques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalShowCommand</name>
    <message>
        <source>Show a proposal: description, decoded actions, votes, and your voting power</source>
        <translation>Mostrar una propuesta: descripción, acciones decodificadas, votos y su poder de voto</translation>
    </message>
    <message>
        <source>The proposal&apos;s id, or its number as in PIP-7</source>
        <translation>El id de la propuesta, o su número como en PIP-7</translation>
    </message>
    <message>
        <source>Whose voting power to show (default: the wallet&apos;s first account)</source>
        <translation>De quién mostrar el poder de voto (predeterminado: la primera cuenta del monedero)</translation>
    </message>
    <message>
        <source>proposal show takes one proposal id</source>
        <translation>proposal show admite un único id de propuesta</translation>
    </message>
    <message>
        <source>no proposal %1 in the verified cache</source>
        <translation>no hay ninguna propuesta %1 en la caché verificada</translation>
    </message>
    <message>
        <source>No account to show voting power for: pass --account or add one to the wallet.</source>
        <translation>No hay ninguna cuenta de la que mostrar el poder de voto: indique --account o añada una al monedero.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Voting: %1 to %2</source>
        <translation>Votación: del %1 al %2</translation>
    </message>
    <message>
        <source>For %1, against %2, abstain %3; quorum %4 (%5% of the supply at the snapshot)</source>
        <translation>A favor %1, en contra %2, abstención %3; quórum %4 (%5 % del suministro en la instantánea)</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Acciones:</translation>
    </message>
    <message>
        <source>Votes:</source>
        <translation>Votos:</translation>
    </message>
    <message>
        <source>Your voting power now (the snapshot, %1, is still ahead): %2</source>
        <translation>Su poder de voto actual (la instantánea, %1, aún no ha llegado): %2</translation>
    </message>
    <message>
        <source>Your voting power at the snapshot: %1</source>
        <translation>Su poder de voto en la instantánea: %1</translation>
    </message>
    <message>
        <source>You voted %1.</source>
        <translation>Ha votado «%1».</translation>
    </message>
    <message>
        <source>Voting for (or abstaining) would bring the proposal to quorum.</source>
        <translation>Votar a favor (o abstenerse) haría que la propuesta alcanzara el quórum.</translation>
    </message>
    <message>
        <source>Your vote would change the outcome as it stands.</source>
        <translation>Su voto cambiaría el resultado tal como está.</translation>
    </message>
    <message>
        <source>Your vote would not change the outcome as it stands.</source>
        <translation>Su voto no cambiaría el resultado tal como está.</translation>
    </message>
</context>
<context>
    <name>ProposalsCommand</name>
    <message>
        <source>List the governor&apos;s proposals with their state and votes, from verified events</source>
        <translation>Listar las propuestas del contrato Governor con su estado y sus votos, a partir de eventos verificados</translation>
    </message>
    <message>
        <source>Only proposals in this state: pending, active, canceled, defeated, succeeded, queued, expired, executed</source>
        <translation>Solo las propuestas en este estado: pending, active, canceled, defeated, succeeded, queued, expired, executed</translation>
    </message>
    <message>
        <source>proposals takes no arguments</source>
        <translation>proposals no admite argumentos</translation>
    </message>
    <message>
        <source>unknown state %1</source>
        <translation>estado desconocido %1</translation>
    </message>
    <message>
        <source>Verified at block %1 (%2)</source>
        <translation>Verificado en el bloque %1 (%2)</translation>
    </message>
    <message>
        <source>%1 [%2]
  for %3, against %4, abstain %5 (quorum %6); voting %7 to %8
  id %9</source>
        <extracomment>%1 the title, %2 the state, %3-%5 votes for, against, abstain, %6 the quorum, %7 start, %8 end</extracomment>
        <translation>%1 [%2]
  a favor %3, en contra %4, abstención %5 (quórum %6); votación del %7 al %8
  id %9</translation>
    </message>
</context>
<context>
    <name>ProposeCommand</name>
    <message>
        <source>Create a proposal from parameter changes, treasury transfers or raw actions</source>
        <translation>Crear una propuesta a partir de cambios de parámetros, transferencias de la tesorería o acciones en bruto</translation>
    </message>
    <message>
        <source>A parameter change, e.g. rewards.rewardRate=0.55, registry.minStake=1500, staking.unbondingPeriod=7d (repeatable)</source>
        <translation>Un cambio de parámetro, p. ej., rewards.rewardRate=0.55, registry.minStake=1500, staking.unbondingPeriod=7d (se puede repetir)</translation>
    </message>
    <message>
        <source>A treasury transfer of the token, e.g. 0x9965…=150000 (repeatable)</source>
        <translation>Una transferencia del token desde la tesorería, p. ej., 0x9965…=150000 (se puede repetir)</translation>
    </message>
    <message>
        <source>A raw action: target (contract name or address), value in wei, calldata (repeatable)</source>
        <translation>Una acción en bruto: destino (nombre de contrato o dirección), valor en wei, calldata (se puede repetir)</translation>
    </message>
    <message>
        <source>An action by signature, arguments as a JSON array, e.g. &quot;staking setUnbondingPeriod(uint64) [604800]&quot; (repeatable)</source>
        <translation>Una acción por firma, con los argumentos como matriz JSON, p. ej., &quot;staking setUnbondingPeriod(uint64) [604800]&quot; (se puede repetir)</translation>
    </message>
    <message>
        <source>The proposal&apos;s markdown description; its first line is the title</source>
        <translation>La descripción de la propuesta en Markdown; su primera línea es el título</translation>
    </message>
    <message>
        <source>Read the markdown description from a file</source>
        <translation>Leer la descripción en Markdown desde un archivo</translation>
    </message>
    <message>
        <source>propose takes no arguments: give the actions with --set, --transfer, --action or --call</source>
        <translation>propose no admite argumentos: indique las acciones con --set, --transfer, --action o --call</translation>
    </message>
    <message>
        <source>the verified cache has no ProposalThresholdSet event of the governor: its threshold is unknown</source>
        <translation>la caché verificada no contiene ningún evento ProposalThresholdSet del contrato Governor: se desconoce su umbral</translation>
    </message>
    <message>
        <source>%1 has %2 of voting power; proposing needs %3 (the governor&apos;s proposal threshold): %4 missing</source>
        <extracomment>%1 the proposer, %2 its votes, %3 the threshold, %4 how many are missing</extracomment>
        <translation>%1 tiene %2 de poder de voto; para proponer se necesitan %3 (el umbral de propuesta del contrato Governor): faltan %4</translation>
    </message>
    <message>
        <source>its %1 are not delegated: run `plinth-cli delegate self` first</source>
        <translation>sus %1 no están delegados: ejecute antes `plinth-cli delegate self`</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>no se ha enviado nada</translation>
    </message>
    <message>
        <source>the same proposal exists already: %1 (id %2, %3); change the description to propose it again; nothing was sent</source>
        <extracomment>%1 the proposal&apos;s title, %2 its id, %3 its state</extracomment>
        <translation>ya existe la misma propuesta: %1 (id %2, %3); cambie la descripción para volver a proponerla; no se ha enviado nada</translation>
    </message>
    <message>
        <source>Propose &quot;%1&quot;</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>Proponer «%1»</translation>
    </message>
    <message>
        <source>The governor&apos;s propose</source>
        <translation>propose del contrato Governor</translation>
    </message>
    <message>
        <source>Proposal id: %1</source>
        <translation>Id de la propuesta: %1</translation>
    </message>
    <message>
        <source>Your votes: %1 (threshold %2)</source>
        <translation>Sus votos: %1 (umbral %2)</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Acciones:</translation>
    </message>
    <message>
        <source>give the description with exactly one of --description and --description-file</source>
        <translation>indique la descripción con solo una de las opciones --description y --description-file</translation>
    </message>
    <message>
        <source>cannot read the description file %1: %2</source>
        <translation>no se puede leer el archivo de descripción %1: %2</translation>
    </message>
    <message>
        <source>the description is empty: its first line is the proposal&apos;s title</source>
        <translation>la descripción está vacía: su primera línea es el título de la propuesta</translation>
    </message>
    <message>
        <source>a proposal needs at least one action: --set, --transfer, --action or --call</source>
        <translation>una propuesta necesita al menos una acción: --set, --transfer, --action o --call</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <source>Queue a succeeded proposal in the timelock</source>
        <translation>Poner en la cola del timelock una propuesta aprobada</translation>
    </message>
    <message>
        <source>%1 is %2: it can be queued once voting ends (%3) if it succeeded</source>
        <extracomment>%1 the title, %2 its state, %3 the end of voting</extracomment>
        <translation>%1 está «%2»: podrá ponerse en cola cuando termine la votación (%3) si se aprueba</translation>
    </message>
    <message>
        <source>%1 is %2: only a succeeded proposal can be queued</source>
        <translation>%1 está «%2»: solo se puede poner en cola una propuesta aprobada</translation>
    </message>
    <message>
        <source>Queue %1 in the timelock</source>
        <translation>Poner %1 en la cola del timelock</translation>
    </message>
    <message>
        <source>The timelock&apos;s delay is %1: once queued, it can be executed from about %2.</source>
        <extracomment>%1 how long the timelock waits, %2 the date from which execute can run</extracomment>
        <translation>El retardo del timelock es de %1: una vez en cola, podrá ejecutarse a partir del %2 aproximadamente.</translation>
    </message>
</context>
<context>
    <name>ResourcesCommand</name>
    <message>
        <source>Show this computer&apos;s disks, GPU, CPU, memory and network interfaces</source>
        <translation>Mostrar los discos, la GPU, la CPU, la memoria y las interfaces de red de este ordenador</translation>
    </message>
    <message>
        <source>Disk:      %1 (%2, %3): %4 GiB free of %5 GiB, measured</source>
        <translation>Disco:      %1 (%2, %3): %4 GiB libres de %5 GiB, medido</translation>
    </message>
    <message>
        <source>GPU:       none found</source>
        <translation>GPU:        no se ha encontrado ninguna</translation>
    </message>
    <message>
        <source>GPU:       unknown (nothing readable)</source>
        <translation>GPU:        desconocida (no hay nada legible)</translation>
    </message>
    <message>
        <source>GPU:       %1, measured (%2)</source>
        <translation>GPU:        %1, medida (%2)</translation>
    </message>
    <message numerus="yes">
        <source>CPU:       %1, %n logical core(s), measured</source>
        <translation>
            <numerusform>CPU:        %1, %n núcleo lógico, medido</numerusform>
            <numerusform>CPU:        %1, %n núcleos lógicos, medido</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU:       unknown</source>
        <translation>CPU:        desconocida</translation>
    </message>
    <message>
        <source>Memory:    %1 GiB, measured</source>
        <translation>Memoria:    %1 GiB, medida</translation>
    </message>
    <message>
        <source>Memory:    unknown</source>
        <translation>Memoria:    desconocida</translation>
    </message>
    <message>
        <source>Interface: %1 %2, link speed %3</source>
        <translation>Interfaz:   %1 %2, velocidad de enlace %3</translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <translation>%1 Mbps</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Capacities a network scores (TB offered, TFLOPS, uplink Mbps) are declared when registering; they are not measured here.</source>
        <translation>Las capacidades que puntúa una red (TB ofrecidos, TFLOPS, Mbps de subida) se declaran al registrar; aquí no se miden.</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Send the native currency, or the network&apos;s token with --token</source>
        <translation>Enviar la moneda nativa, o el token de la red con --token</translation>
    </message>
    <message>
        <source>The recipient.</source>
        <translation>El destinatario.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>How much, in the currency&apos;s units (e.g. 1.5).</source>
        <translation>Cuánto, en unidades de la moneda (p. ej., 1.5).</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>Send the profile&apos;s ERC-20 token instead of the native currency.</source>
        <translation>Enviar el token ERC-20 del perfil en lugar de la moneda nativa.</translation>
    </message>
    <message>
        <source>Return once the node has accepted the transaction, without waiting for a block.</source>
        <translation>Volver en cuanto el nodo haya aceptado la transacción, sin esperar a un bloque.</translation>
    </message>
    <message>
        <source>--to ADDRESS is required</source>
        <translation>se requiere --to DIRECCIÓN</translation>
    </message>
    <message>
        <source>--amount AMOUNT is required</source>
        <translation>se requiere --amount IMPORTE</translation>
    </message>
    <message>
        <source>the network &quot;%1&quot; has no token</source>
        <translation>la red «%1» no tiene token</translation>
    </message>
</context>
<context>
    <name>SignMessageCommand</name>
    <message>
        <source>Sign a text message (EIP-191 personal_sign)</source>
        <translation>Firmar un mensaje de texto (EIP-191 personal_sign)</translation>
    </message>
    <message>
        <source>The message, signed as its UTF-8 bytes.</source>
        <translation>El mensaje, firmado como sus bytes UTF-8.</translation>
    </message>
    <message>
        <source>expected one TEXT argument</source>
        <translation>se esperaba un único argumento TEXT</translation>
    </message>
</context>
<context>
    <name>SignOnboardingCommand</name>
    <message>
        <source>Sign an onboarding payload with a device key (offline), as JSON and QR text</source>
        <translation>Firmar una carga útil de incorporación con una clave de dispositivo (sin conexión), como JSON y texto QR</translation>
    </message>
    <message>
        <source>The account that will register the device.</source>
        <translation>La cuenta que registrará el dispositivo.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Also write the JSON payload to this file (must not exist).</source>
        <translation>Escribir además la carga útil JSON en este archivo (no debe existir).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Do not draw the QR code.</source>
        <translation>No dibujar el código QR.</translation>
    </message>
    <message>
        <source>device-key sign-onboarding takes no arguments</source>
        <translation>device-key sign-onboarding no admite argumentos</translation>
    </message>
    <message>
        <source>--owner ADDRESS is required</source>
        <translation>se requiere --owner DIRECCIÓN</translation>
    </message>
    <message>
        <source>%1 already exists: it was not overwritten</source>
        <translation>%1 ya existe: no se ha sobrescrito</translation>
    </message>
    <message>
        <source>Device %1 signed its onboarding to %2 on %3 (chain %4), valid until %5.</source>
        <extracomment>%1 device, %2 owner, %3 network name, %4 chain id, %5 deadline (UTC)</extracomment>
        <translation>El dispositivo %1 ha firmado su incorporación para %2 en %3 (cadena %4), válida hasta el %5.</translation>
    </message>
    <message>
        <source>Payload (JSON):</source>
        <translation>Carga útil (JSON):</translation>
    </message>
    <message numerus="yes">
        <source>Payload (QR text, %n character(s)):</source>
        <translation>
            <numerusform>Carga útil (texto QR, %n carácter):</numerusform>
            <numerusform>Carga útil (texto QR, %n caracteres):</numerusform>
        </translation>
    </message>
    <message>
        <source>The JSON was also written to %1.</source>
        <translation>El JSON también se ha escrito en %1.</translation>
    </message>
    <message>
        <source>Register it from the owner&apos;s wallet with `plinth-cli device register --payload FILE` (or - for the text on stdin).</source>
        <translation>Regístrelo desde el monedero del propietario con `plinth-cli device register --payload ARCHIVO` (o - para el texto por stdin).</translation>
    </message>
</context>
<context>
    <name>SignTransactionCommand</name>
    <message>
        <source>Sign a transaction offline and print it raw (JSON in FILE)</source>
        <translation>Firmar una transacción sin conexión e imprimirla en bruto (JSON en FILE)</translation>
    </message>
    <message>
        <source>eth_sendTransaction fields plus chainId, nonce and type; numbers as hex.</source>
        <translation>Campos de eth_sendTransaction más chainId, nonce y type; números en hexadecimal.</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>se esperaba un único FILE</translation>
    </message>
    <message>
        <source>invalid transaction: %1</source>
        <translation>transacción no válida: %1</translation>
    </message>
    <message>
        <source>the transaction&apos;s &quot;from&quot; is not the --from account</source>
        <translation>el campo &quot;from&quot; de la transacción no es la cuenta de --from</translation>
    </message>
</context>
<context>
    <name>SignTypedDataCommand</name>
    <message>
        <source>Sign EIP-712 typed data (eth_signTypedData_v4 JSON in FILE)</source>
        <translation>Firmar datos tipados EIP-712 (JSON de eth_signTypedData_v4 en FILE)</translation>
    </message>
    <message>
        <source>The typed data: types, primaryType, domain, message.</source>
        <translation>Los datos tipados: types, primaryType, domain, message.</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>se esperaba un único FILE</translation>
    </message>
    <message>
        <source>invalid typed data: %1</source>
        <translation>datos tipados no válidos: %1</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>Run a proposal&apos;s actions by eth_call from the timelock and show what each would do (unverified)</source>
        <translation>Ejecutar las acciones de una propuesta mediante eth_call desde el timelock y mostrar qué haría cada una (sin verificar)</translation>
    </message>
    <message>
        <source>The proposal&apos;s id, or its number as in PIP-7</source>
        <translation>El id de la propuesta, o su número como en PIP-7</translation>
    </message>
    <message>
        <source>simulate takes one proposal id</source>
        <translation>simulate admite un único id de propuesta</translation>
    </message>
    <message>
        <source>%1 (undecoded call %2)</source>
        <translation>%1 (llamada sin decodificar %2)</translation>
    </message>
    <message>
        <source>  %1. %2: %3</source>
        <extracomment>%1 the action&apos;s number, %2 contract.function, %3 &quot;succeeds&quot; or the revert reason</extracomment>
        <translation>  %1. %2: %3</translation>
    </message>
    <message>
        <source>succeeds</source>
        <translation>se ejecuta correctamente</translation>
    </message>
    <message>
        <source>reverts: %1</source>
        <translation>revierte: %1</translation>
    </message>
    <message>
        <source>In sequence: not simulated: %1.</source>
        <extracomment>%1 why</extracomment>
        <translation>En secuencia: no simulado: %1.</translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: every action succeeds.</source>
        <translation>En secuencia, tal como las ejecuta execute: todas las acciones se ejecutan correctamente.</translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: action %1 reverts: %2</source>
        <extracomment>%1 the failing action&apos;s number, %2 the revert reason</extracomment>
        <translation>En secuencia, tal como las ejecuta execute: la acción %1 revierte: %2</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Simulated with eth_call from the timelock %1 on the node&apos;s latest state: unverified, no proof covers an execution.</source>
        <translation>Simulado con eth_call desde el timelock %1 sobre el último estado del nodo: sin verificar; ninguna prueba cubre una ejecución.</translation>
    </message>
    <message>
        <source>Note: the governor&apos;s own settings accept a call only from inside its execute, so a governor action reverts here even when it would succeed.</source>
        <translation>Nota: la configuración propia del contrato Governor solo acepta llamadas desde su propio execute, por lo que una acción sobre el Governor revierte aquí aunque se ejecutaría correctamente.</translation>
    </message>
    <message>
        <source>an action of %1 would revert if executed now</source>
        <translation>una acción de %1 revertiría si se ejecutara ahora</translation>
    </message>
</context>
<context>
    <name>StakeCommand</name>
    <message>
        <source>Stake tokens on a device you own (approves them first when needed)</source>
        <translation>Depositar tokens como stake en un dispositivo suyo (los aprueba antes si es necesario)</translation>
    </message>
    <message>
        <source>Stake %1 on your device %2</source>
        <translation>Depositar %1 como stake en su dispositivo %2</translation>
    </message>
</context>
<context>
    <name>StakesCommand</name>
    <message>
        <source>Show stakes, delegations, unbondings and slashes, from verified events</source>
        <translation>Mostrar stakes, delegaciones, desvinculaciones y penalizaciones, a partir de eventos verificados</translation>
    </message>
    <message>
        <source>Only what concerns this address: its stakes, stakes on its devices, its unbondings and slashes</source>
        <translation>Solo lo que afecta a esta dirección: sus stakes, los stakes en sus dispositivos, sus desvinculaciones y penalizaciones</translation>
    </message>
    <message>
        <source>stakes takes no arguments</source>
        <translation>stakes no admite argumentos</translation>
    </message>
    <message>
        <source>Verified at block %1 (%2)</source>
        <translation>Verificado en el bloque %1 (%2)</translation>
    </message>
    <message>
        <source>Stakes:</source>
        <translation>Stakes:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 delegates %2 to device %3</source>
        <extracomment>%1 the staker, %2 the amount, %3 the device</extracomment>
        <translation>%1 delega %2 en el dispositivo %3</translation>
    </message>
    <message>
        <source>%1 stakes %2 on device %3</source>
        <extracomment>%1 the staker, %2 the amount, %3 the device</extracomment>
        <translation>%1 deposita %2 como stake en el dispositivo %3</translation>
    </message>
    <message>
        <source>(slashed %1)</source>
        <translation>(penalizado con %1)</translation>
    </message>
    <message>
        <source>Unbondings:</source>
        <translation>Desvinculaciones:</translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, withdrawn</source>
        <extracomment>%1 the unbonding id, %2 the amount, %3 the staker, %4 the device</extracomment>
        <translation>n.º %1: %2 de %3 desde el dispositivo %4, retirado</translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, withdrawable since %5</source>
        <extracomment>%1 the unbonding id, %2 the amount, %3 the staker, %4 the device, %5 the date it became withdrawable</extracomment>
        <translation>n.º %1: %2 de %3 desde el dispositivo %4, retirable desde el %5</translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, released on %5</source>
        <extracomment>%1 the unbonding id, %2 the amount, %3 the staker, %4 the device, %5 the release date</extracomment>
        <translation>n.º %1: %2 de %3 desde el dispositivo %4, se libera el %5</translation>
    </message>
    <message>
        <source>Slashes:</source>
        <translation>Penalizaciones:</translation>
    </message>
    <message>
        <source>%1 of %2 on device %3, %4: %5</source>
        <extracomment>%1 the amount, %2 the staker, %3 the device, %4 the date, %5 the slasher&apos;s reason</extracomment>
        <translation>%1 de %2 en el dispositivo %3, %4: %5</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show the verified height, each endpoint&apos;s head and the last sync error</source>
        <translation>Mostrar la altura verificada, el último bloque de cada punto de conexión y el último error de sincronización</translation>
    </message>
    <message>
        <source>not a block number</source>
        <translation>no es un número de bloque</translation>
    </message>
    <message>
        <source>Network:   %1 (chain %2)</source>
        <translation>Red:               %1 (cadena %2)</translation>
    </message>
    <message>
        <source>Verified:  block %1, %2</source>
        <translation>Verificado:        bloque %1, %2</translation>
    </message>
    <message>
        <source>Verified:  nothing yet (run plinth-cli sync)</source>
        <translation>Verificado:        nada todavía (ejecute plinth-cli sync)</translation>
    </message>
    <message>
        <source>Endpoint:  %1, head %2, %3 ms</source>
        <translation>Punto de conexión: %1, último bloque %2, %3 ms</translation>
    </message>
    <message>
        <source>Endpoint:  %1, not answering: %2</source>
        <translation>Punto de conexión: %1, no responde: %2</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Último error (%1): %2</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Sync and verify the chain into the local cache</source>
        <translation>Sincronizar y verificar la cadena en la caché local</translation>
    </message>
    <message>
        <source>Keep following new blocks until interrupted (Ctrl+C)</source>
        <translation>Seguir los nuevos bloques hasta que se interrumpa (Ctrl+C)</translation>
    </message>
    <message>
        <source>verified block %1 of %2 (%3%)</source>
        <extracomment>progress of a sync: %1 the verified block, %2 the block synced to, %3 a percentage</extracomment>
        <translation>bloque %1 de %2 verificado (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n log(s) stored</source>
        <translation>
            <numerusform>%n registro guardado</numerusform>
            <numerusform>%n registros guardados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>receipts proven for %n block(s)</source>
        <translation>
            <numerusform>recibos probados para %n bloque</numerusform>
            <numerusform>recibos probados para %n bloques</numerusform>
        </translation>
    </message>
    <message>
        <source>sync failed, retrying: %1</source>
        <translation>la sincronización ha fallado, reintentando: %1</translation>
    </message>
    <message>
        <source>Verified up to block %1 (%2), %3</source>
        <translation>Verificado hasta el bloque %1 (%2), %3</translation>
    </message>
    <message>
        <source>Nothing verified yet: no block after the checkpoint has a verified child block yet.</source>
        <translation>Aún no hay nada verificado: ningún bloque posterior al punto de control tiene todavía un bloque hijo verificado.</translation>
    </message>
    <message numerus="yes">
        <source>%n new log(s) stored</source>
        <translation>
            <numerusform>%n registro nuevo guardado</numerusform>
            <numerusform>%n registros nuevos guardados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followed %n reorg(s)</source>
        <translation>
            <numerusform>Se ha seguido %n reorganización</numerusform>
            <numerusform>Se han seguido %n reorganizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoint %1 gave an answer that failed verification, so it was set aside: %2</source>
        <translation>El punto de conexión %1 dio una respuesta que no superó la verificación, por lo que se ha apartado: %2</translation>
    </message>
    <message>
        <source>Warning: the endpoints disagree, so sync did not advance: %1</source>
        <translation>Aviso: los puntos de conexión no coinciden, así que la sincronización no ha avanzado: %1</translation>
    </message>
</context>
<context>
    <name>TxCancelCommand</name>
    <message>
        <source>Replace a pending transaction with a 0-value transfer to yourself</source>
        <translation>Sustituir una transacción pendiente por una transferencia de valor 0 a usted mismo</translation>
    </message>
</context>
<context>
    <name>TxSpeedUpCommand</name>
    <message>
        <source>Resend a pending transaction with higher fees (same nonce)</source>
        <translation>Reenviar una transacción pendiente con comisiones más altas (mismo nonce)</translation>
    </message>
</context>
<context>
    <name>TxStatusCommand</name>
    <message>
        <source>Show whether a transaction is pending, included, replaced or dropped</source>
        <translation>Mostrar si una transacción está pendiente, incluida, sustituida o descartada</translation>
    </message>
    <message>
        <source>The transaction hash.</source>
        <translation>El hash de la transacción.</translation>
    </message>
</context>
<context>
    <name>UnstakeCommand</name>
    <message>
        <source>Start unbonding stake from a device (withdraw it after the unbonding period)</source>
        <translation>Iniciar la desvinculación del stake de un dispositivo (retírelo tras el período de desvinculación)</translation>
    </message>
    <message>
        <source>the network profile has no valid staking contract</source>
        <translation>el perfil de red no tiene un contrato de staking válido</translation>
    </message>
    <message>
        <source>Unstake %1 from device %2: it unbonds, then `withdraw` pays it out</source>
        <extracomment>%1 amount with symbol, %2 device address</extracomment>
        <translation>Desvincular %1 de stake del dispositivo %2: entra en período de desvinculación y después `withdraw` lo abona</translation>
    </message>
    <message numerus="yes">
        <source>Unbonding period: %n day(s) (read with eth_call, unverified)</source>
        <translation>
            <numerusform>Período de desvinculación: %n día (leído con eth_call, sin verificar)</numerusform>
            <numerusform>Período de desvinculación: %n días (leído con eth_call, sin verificar)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unbonding period: %1 s (read with eth_call, unverified)</source>
        <translation>Período de desvinculación: %1 s (leído con eth_call, sin verificar)</translation>
    </message>
</context>
<context>
    <name>VerifyMessageCommand</name>
    <message>
        <source>Check that ADDRESS signed TEXT (exit code 0 if so, 1 if not)</source>
        <translation>Comprobar que ADDRESS firmó TEXT (código de salida 0 si es así, 1 si no)</translation>
    </message>
    <message>
        <source>The expected signer.</source>
        <translation>El firmante esperado.</translation>
    </message>
    <message>
        <source>The message.</source>
        <translation>El mensaje.</translation>
    </message>
    <message>
        <source>65 bytes of hex (r, s, v).</source>
        <translation>65 bytes en hexadecimal (r, s, v).</translation>
    </message>
    <message>
        <source>expected ADDRESS, TEXT and SIGNATURE</source>
        <translation>se esperaban ADDRESS, TEXT y SIGNATURE</translation>
    </message>
    <message>
        <source>invalid signature: %1</source>
        <translation>firma no válida: %1</translation>
    </message>
    <message>
        <source>Valid: signed by %1.</source>
        <translation>Válida: firmada por %1.</translation>
    </message>
    <message>
        <source>Not valid: the signature is by %1, not %2.</source>
        <translation>No válida: la firma es de %1, no de %2.</translation>
    </message>
</context>
<context>
    <name>VoteCommand</name>
    <message>
        <source>Vote for, against or abstain on an active proposal</source>
        <translation>Votar for (a favor), against (en contra) o abstain (abstención) en una propuesta activa</translation>
    </message>
    <message>
        <source>The proposal&apos;s id, or its number as in PIP-7</source>
        <translation>El id de la propuesta, o su número como en PIP-7</translation>
    </message>
    <message>
        <source>for, against or abstain</source>
        <translation>for, against o abstain</translation>
    </message>
    <message>
        <source>A reason, recorded on chain with the vote (castVoteWithReason)</source>
        <translation>Un motivo, registrado en la cadena junto con el voto (castVoteWithReason)</translation>
    </message>
    <message>
        <source>vote takes a proposal id and for, against or abstain</source>
        <translation>vote requiere un id de propuesta y for, against o abstain</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vote: use for, against or abstain</source>
        <translation>«%1» no es un voto: use for, against o abstain</translation>
    </message>
    <message>
        <source>%1 is pending: voting opens at %2 (in %3); nothing was sent</source>
        <extracomment>%1 the proposal&apos;s title, %2 a date, %3 how long until then</extracomment>
        <translation>%1 está pendiente: la votación se abre el %2 (dentro de %3); no se ha enviado nada</translation>
    </message>
    <message>
        <source>%1 is %2, not active: voting closed at %3; nothing was sent</source>
        <extracomment>%1 the proposal&apos;s title, %2 its state, %3 a date</extracomment>
        <translation>%1 está «%2», no activa: la votación se cerró el %3; no se ha enviado nada</translation>
    </message>
    <message>
        <source>%1 already voted %2 on %3 (block %4); the governor counts one vote per account; nothing was sent</source>
        <extracomment>%1 the voter, %2 for/against/abstain, %3 the proposal&apos;s title, %4 a block number</extracomment>
        <translation>%1 ya votó «%2» en %3 (bloque %4); el contrato Governor cuenta un voto por cuenta; no se ha enviado nada</translation>
    </message>
    <message>
        <source>%1 has no voting power on %2 (snapshot %3): %4; nothing was sent</source>
        <extracomment>%1 the voter, %2 the proposal&apos;s title, %3 the snapshot&apos;s date, %4 why</extracomment>
        <translation>%1 no tiene poder de voto en %2 (instantánea del %3): %4; no se ha enviado nada</translation>
    </message>
    <message>
        <source>Vote %1 on %2</source>
        <extracomment>%1 for/against/abstain, %2 the proposal&apos;s title</extracomment>
        <translation>Votar «%1» en %2</translation>
    </message>
    <message>
        <source>The governor&apos;s castVoteWithReason</source>
        <translation>castVoteWithReason del contrato Governor</translation>
    </message>
    <message>
        <source>The governor&apos;s castVote</source>
        <translation>castVote del contrato Governor</translation>
    </message>
    <message>
        <source>Your voting power at the snapshot (%1): %2</source>
        <translation>Su poder de voto en la instantánea (%1): %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>This vote brings the proposal to quorum and changes its outcome as it stands.</source>
        <translation>Este voto hace que la propuesta alcance el quórum y cambia su resultado tal como está.</translation>
    </message>
    <message>
        <source>This vote brings the proposal to quorum.</source>
        <translation>Este voto hace que la propuesta alcance el quórum.</translation>
    </message>
    <message>
        <source>This vote turns the proposal from passing to failing as it stands.</source>
        <translation>Este voto hace que la propuesta pase de aprobarse a rechazarse tal como está.</translation>
    </message>
    <message>
        <source>This vote turns the proposal from failing to passing as it stands.</source>
        <translation>Este voto hace que la propuesta pase de rechazarse a aprobarse tal como está.</translation>
    </message>
    <message>
        <source>This vote does not change the outcome: the proposal passes as it stands.</source>
        <translation>Este voto no cambia el resultado: tal como está, la propuesta se aprueba.</translation>
    </message>
    <message>
        <source>This vote does not change the outcome: the proposal fails as it stands.</source>
        <translation>Este voto no cambia el resultado: tal como está, la propuesta se rechaza.</translation>
    </message>
</context>
<context>
    <name>WalletChangePasswordCommand</name>
    <message>
        <source>Change the vault password</source>
        <translation>Cambiar la contraseña de la bóveda</translation>
    </message>
    <message>
        <source>The vault password was changed.</source>
        <translation>Se ha cambiado la contraseña de la bóveda.</translation>
    </message>
</context>
<context>
    <name>WalletCreateCommand</name>
    <message>
        <source>Create a vault with a new recovery phrase</source>
        <translation>Crear una bóveda con una nueva frase de recuperación</translation>
    </message>
    <message>
        <source>Recovery phrase length: 12 or 24 words (default 12).</source>
        <translation>Longitud de la frase de recuperación: 12 o 24 palabras (predeterminada: 12).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>número</translation>
    </message>
    <message>
        <source>--words must be 12 or 24</source>
        <translation>--words debe ser 12 o 24</translation>
    </message>
    <message>
        <source>a vault already exists in %1</source>
        <translation>ya existe una bóveda en %1</translation>
    </message>
    <message>
        <source>the vault was created but has no account</source>
        <translation>se ha creado la bóveda, pero no tiene ninguna cuenta</translation>
    </message>
    <message>
        <source>Created a vault in %1 with account %2 (%3).</source>
        <translation>Se ha creado una bóveda en %1 con la cuenta %2 (%3).</translation>
    </message>
    <message>
        <source>Recovery phrase: write it down on paper and keep it offline. Anyone who sees it can take everything in this wallet; without it (and the passphrase, if you set one) a lost vault cannot be restored.</source>
        <translation>Frase de recuperación: anótela en papel y guárdela sin conexión. Cualquiera que la vea puede llevarse todo lo que hay en este monedero; sin ella (y sin la frase de contraseña, si estableció una), una bóveda perdida no se puede restaurar.</translation>
    </message>
    <message>
        <source>It is not shown again unless you ask with `plinth-cli wallet show-mnemonic`.</source>
        <translation>No se vuelve a mostrar, salvo que la pida con `plinth-cli wallet show-mnemonic`.</translation>
    </message>
    <message>
        <source>Warning: the recovery phrase went to standard output, which is not a terminal; do not keep it in a file.</source>
        <translation>Aviso: la frase de recuperación se ha escrito en la salida estándar, que no es un terminal; no la guarde en un archivo.</translation>
    </message>
</context>
<context>
    <name>WalletExportKeystoreCommand</name>
    <message>
        <source>Export an account as a keystore v3 file</source>
        <translation>Exportar una cuenta como archivo keystore v3</translation>
    </message>
    <message>
        <source>The account to export.</source>
        <translation>La cuenta que se va a exportar.</translation>
    </message>
    <message>
        <source>The file to write (must not exist).</source>
        <translation>El archivo que se va a escribir (no debe existir).</translation>
    </message>
    <message>
        <source>expected ADDRESS and OUT</source>
        <translation>se esperaban ADDRESS y OUT</translation>
    </message>
    <message>
        <source>%1 already exists: it was not overwritten</source>
        <translation>%1 ya existe: no se ha sobrescrito</translation>
    </message>
    <message>
        <source>%1 is watch-only: there is no key to export</source>
        <translation>%1 es de solo observación: no hay ninguna clave que exportar</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>Se ha escrito %1 en %2.</translation>
    </message>
</context>
<context>
    <name>WalletImportKeyCommand</name>
    <message>
        <source>Import a private key (hex, read on stdin)</source>
        <translation>Importar una clave privada (hexadecimal, leída por stdin)</translation>
    </message>
    <message>
        <source>Private key (hex): </source>
        <translation>Clave privada (hex): </translation>
    </message>
    <message>
        <source>the private key is not valid hex: %1</source>
        <translation>la clave privada no es hexadecimal válido: %1</translation>
    </message>
    <message>
        <source>a private key is 32 bytes (64 hex digits)</source>
        <translation>una clave privada tiene 32 bytes (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Se ha importado %1.</translation>
    </message>
</context>
<context>
    <name>WalletImportKeystoreCommand</name>
    <message>
        <source>Import a keystore v3 (JSON) file</source>
        <translation>Importar un archivo keystore v3 (JSON)</translation>
    </message>
    <message>
        <source>The keystore file.</source>
        <translation>El archivo keystore.</translation>
    </message>
    <message>
        <source>expected one keystore FILE</source>
        <translation>se esperaba un único FILE de keystore</translation>
    </message>
    <message>
        <source>%1 is too large for a keystore file</source>
        <translation>%1 es demasiado grande para ser un archivo keystore</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Se ha importado %1.</translation>
    </message>
</context>
<context>
    <name>WalletRestoreCommand</name>
    <message>
        <source>Create a vault from a recovery phrase read on stdin</source>
        <translation>Crear una bóveda a partir de una frase de recuperación leída por stdin</translation>
    </message>
    <message>
        <source>a vault already exists in %1</source>
        <translation>ya existe una bóveda en %1</translation>
    </message>
    <message>
        <source>Recovery phrase: </source>
        <translation>Frase de recuperación: </translation>
    </message>
    <message>
        <source>the recovery phrase is not valid: %1</source>
        <translation>la frase de recuperación no es válida: %1</translation>
    </message>
    <message>
        <source>the vault was created but has no account</source>
        <translation>se ha creado la bóveda, pero no tiene ninguna cuenta</translation>
    </message>
    <message>
        <source>Restored the vault; first account %1.</source>
        <translation>Se ha restaurado la bóveda; primera cuenta: %1.</translation>
    </message>
</context>
<context>
    <name>WalletShowMnemonicCommand</name>
    <message>
        <source>Show the recovery phrase (asks for the password)</source>
        <translation>Mostrar la frase de recuperación (pide la contraseña)</translation>
    </message>
    <message>
        <source>Recovery phrase (keep it secret):</source>
        <translation>Frase de recuperación (manténgala en secreto):</translation>
    </message>
</context>
<context>
    <name>WalletWatchCommand</name>
    <message>
        <source>Add a watch-only address</source>
        <translation>Añadir una dirección de solo observación</translation>
    </message>
    <message>
        <source>The address to watch.</source>
        <translation>La dirección que se va a observar.</translation>
    </message>
    <message>
        <source>expected one ADDRESS</source>
        <translation>se esperaba un único ADDRESS</translation>
    </message>
    <message>
        <source>Watching %1.</source>
        <translation>Observando %1.</translation>
    </message>
</context>
<context>
    <name>WithdrawCommand</name>
    <message>
        <source>Withdraw an unbonding entry whose release time has passed</source>
        <translation>Retirar una desvinculación cuyo momento de liberación ya ha pasado</translation>
    </message>
    <message>
        <source>The unbonding id (see `plinth-cli stakes`).</source>
        <translation>El id de la desvinculación (consulte `plinth-cli stakes`).</translation>
    </message>
    <message>
        <source>withdraw takes one unbonding ID</source>
        <translation>withdraw admite un único ID de desvinculación</translation>
    </message>
    <message>
        <source>ID must be an unbonding id: a whole number from 1</source>
        <translation>ID debe ser un id de desvinculación: un número entero a partir de 1</translation>
    </message>
    <message>
        <source>the network profile has no valid staking contract</source>
        <translation>el perfil de red no tiene un contrato de staking válido</translation>
    </message>
    <message>
        <source>Withdraw the unbonded stake of unbonding %1</source>
        <translation>Retirar el stake desvinculado de la desvinculación %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: plinth-cli [--version] [--help] COMMAND [OPTIONS]</source>
        <translation>Uso: plinth-cli [--version] [--help] COMANDO [OPCIONES]</translation>
    </message>
    <message>
        <source>Plinth&apos;s wallet and DePIN dashboard for the command line.</source>
        <translation>El monedero y panel DePIN de Plinth para la línea de comandos.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Every command takes --datadir DIR, --json and --network NAME|FILE;</source>
        <translation>Todos los comandos admiten --datadir DIRECTORIO, --json y --network NOMBRE|ARCHIVO;</translation>
    </message>
    <message>
        <source>`plinth-cli COMMAND --help` describes one command.</source>
        <translation>`plinth-cli COMANDO --help` describe un comando.</translation>
    </message>
    <message>
        <source>plinth-cli: unknown command &quot;%1&quot;; see plinth-cli --help</source>
        <translation>plinth-cli: comando desconocido «%1»; consulte plinth-cli --help</translation>
    </message>
    <message>
        <source>Data folder (default: %1).</source>
        <translation>Carpeta de datos (predeterminada: %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>directorio</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Imprimir JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>Network name or profile file.</source>
        <translation>Nombre de red o archivo de perfil.</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>nombre|archivo</translation>
    </message>
    <message>
        <source>no network selected: pass --network NAME|FILE or start the devnet</source>
        <translation>no se ha seleccionado ninguna red: indique --network NOMBRE|ARCHIVO o inicie la devnet</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too long (more than 64 KiB)</source>
        <translation>%1 es demasiado largo (más de 64 KiB)</translation>
    </message>
    <message>
        <source>the input is too long</source>
        <translation>la entrada es demasiado larga</translation>
    </message>
    <message>
        <source>the two passwords do not match</source>
        <translation>las dos contraseñas no coinciden</translation>
    </message>
    <message>
        <source>not a valid address: %1</source>
        <translation>no es una dirección válida: %1</translation>
    </message>
    <message>
        <source>Read the vault password from the first line of FILE (or set PLINTH_PASSWORD).</source>
        <translation>Leer la contraseña de la bóveda de la primera línea de ARCHIVO (o establecer PLINTH_PASSWORD).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Read the new vault password from the first line of FILE (or set PLINTH_NEW_PASSWORD).</source>
        <translation>Leer la nueva contraseña de la bóveda de la primera línea de ARCHIVO (o establecer PLINTH_NEW_PASSWORD).</translation>
    </message>
    <message>
        <source>Read the keystore file&apos;s password from the first line of FILE.</source>
        <translation>Leer la contraseña del archivo keystore de la primera línea de ARCHIVO.</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>no terminal to read from</source>
        <translation>no hay ningún terminal del que leer</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>la entrada estándar</translation>
    </message>
    <message>
        <source>Vault password: </source>
        <translation>Contraseña de la bóveda: </translation>
    </message>
    <message>
        <source>no terminal to ask for the vault password on: pass --password-file FILE or set PLINTH_PASSWORD</source>
        <translation>no hay ningún terminal en el que pedir la contraseña de la bóveda: indique --password-file ARCHIVO o establezca PLINTH_PASSWORD</translation>
    </message>
    <message>
        <source>New vault password: </source>
        <translation>Nueva contraseña de la bóveda: </translation>
    </message>
    <message>
        <source>Choose a vault password: </source>
        <translation>Elija una contraseña para la bóveda: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repita la contraseña: </translation>
    </message>
    <message>
        <source>no terminal to ask for the new vault password on: pass --%1 FILE or set %2</source>
        <translation>no hay ningún terminal en el que pedir la nueva contraseña de la bóveda: indique --%1 ARCHIVO o establezca %2</translation>
    </message>
    <message>
        <source>the vault password must not be empty</source>
        <translation>la contraseña de la bóveda no puede estar vacía</translation>
    </message>
    <message>
        <source>no terminal to ask for the keystore password on: pass --keystore-password-file FILE</source>
        <translation>no hay ningún terminal en el que pedir la contraseña del keystore: indique --keystore-password-file ARCHIVO</translation>
    </message>
    <message>
        <source>Password for the keystore file: </source>
        <translation>Contraseña para el archivo keystore: </translation>
    </message>
    <message>
        <source>Keystore file password: </source>
        <translation>Contraseña del archivo keystore: </translation>
    </message>
    <message>
        <source>scrypt cost n, a power of two (default 262144).</source>
        <translation>Coste n de scrypt, una potencia de dos (predeterminado: 262144).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--scrypt-n must be a power of two from 1024 up</source>
        <translation>--scrypt-n debe ser una potencia de dos a partir de 1024</translation>
    </message>
    <message>
        <source>The signing account (in the vault).</source>
        <translation>La cuenta firmante (en la bóveda).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>--from ADDRESS is required</source>
        <translation>se requiere --from DIRECCIÓN</translation>
    </message>
    <message>
        <source>there is no vault in %1: create one with `plinth-cli wallet create` or `wallet restore`</source>
        <translation>no hay ninguna bóveda en %1: cree una con `plinth-cli wallet create` o `wallet restore`</translation>
    </message>
    <message>
        <source>Read an optional BIP-39 passphrase from the first line of FILE.</source>
        <translation>Leer una frase de contraseña BIP-39 opcional de la primera línea de ARCHIVO.</translation>
    </message>
    <message>
        <source>%1 already exists: it was not overwritten</source>
        <translation>%1 ya existe: no se ha sobrescrito</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>A label for the account.</source>
        <translation>Una etiqueta para la cuenta.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 es demasiado grande</translation>
    </message>
    <message>
        <source>Fee level: slow, normal (default) or fast.</source>
        <translation>Nivel de comisión: slow, normal (predeterminado) o fast.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>How long to wait for inclusion (default 120).</source>
        <translation>Cuánto esperar a la inclusión en un bloque (predeterminado: 120).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>--fee must be slow, normal or fast</source>
        <translation>--fee debe ser slow, normal o fast</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds</source>
        <translation>--timeout debe ser un número de segundos</translation>
    </message>
    <message>
        <source>Pending: in the node&apos;s mempool, not yet in a block.</source>
        <translation>Pendiente: en el mempool del nodo, aún no está en ningún bloque.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>revertida</translation>
    </message>
    <message numerus="yes">
        <source>Included in block %1 with %n confirmation(s): %2, gas used %3.</source>
        <extracomment>%1 block number, %n confirmations, %2 &quot;success&quot; or &quot;reverted&quot;, %3 gas used</extracomment>
        <translation>
            <numerusform>Incluida en el bloque %1 con %n confirmación: %2, gas usado %3.</numerusform>
            <numerusform>Incluida en el bloque %1 con %n confirmaciones: %2, gas usado %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced by %1 (included).</source>
        <translation>Sustituida por %1 (incluida).</translation>
    </message>
    <message>
        <source>Replaced by %1 (pending).</source>
        <translation>Sustituida por %1 (pendiente).</translation>
    </message>
    <message>
        <source>Dropped: the node no longer has it and no transaction of ours used its nonce.</source>
        <translation>Descartada: el nodo ya no la tiene y ninguna transacción nuestra ha usado su nonce.</translation>
    </message>
    <message>
        <source>Sent %1, replacing %2.</source>
        <translation>Se ha enviado %1, en sustitución de %2.</translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation>Se ha enviado %1.</translation>
    </message>
    <message>
        <source>Nonce %1, gas limit %2, max fee %3 per gas (at most %4 in fees).</source>
        <extracomment>%1 nonce, %2 gas limit, %3 max fee per gas in gwei, %4 the most the fees can cost</extracomment>
        <translation>Nonce %1, límite de gas %2, comisión máxima %3 por gas (como máximo %4 en comisiones).</translation>
    </message>
    <message>
        <source>%1; check it later with `plinth-cli tx status %2`</source>
        <translation>%1; compruébela más tarde con `plinth-cli tx status %2`</translation>
    </message>
    <message>
        <source>expected one HASH</source>
        <translation>se esperaba un único HASH</translation>
    </message>
    <message>
        <source>HASH must be a transaction hash (0x and 64 hex digits)</source>
        <translation>HASH debe ser un hash de transacción (0x y 64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>the transaction was included in block %1 but reverted</source>
        <translation>la transacción se incluyó en el bloque %1, pero se revirtió</translation>
    </message>
    <message>
        <source>A pending transaction Plinth sent.</source>
        <translation>Una transacción pendiente que envió Plinth.</translation>
    </message>
    <message>
        <source>Wait until the replacement is in a block.</source>
        <translation>Esperar hasta que la sustitución esté en un bloque.</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>a proposal&apos;s state, inside sentences such as &quot;PIP-3 is %2&quot;</extracomment>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>defeated</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>ejecutada</translation>
    </message>
    <message>
        <source>for</source>
        <extracomment>how a vote was cast, inside sentences such as &quot;Vote %1 on %2&quot;</extracomment>
        <translation>a favor</translation>
    </message>
    <message>
        <source>against</source>
        <translation>en contra</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>abstención</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>  Call:        %1, undecoded data %2</source>
        <extracomment>%1 the contract, %2 the raw calldata</extracomment>
        <translation>  Llamada:        %1, datos sin decodificar %2</translation>
    </message>
    <message>
        <source>  Call:        %1 %2</source>
        <extracomment>%1 the contract, %2 the function signature</extracomment>
        <translation>  Llamada:        %1 %2</translation>
    </message>
    <message>
        <source>  Value:       %1</source>
        <translation>  Valor:          %1</translation>
    </message>
    <message>
        <source>  From:        %1 (nonce %2)</source>
        <translation>  Desde:          %1 (nonce %2)</translation>
    </message>
    <message>
        <source>  From:        %1</source>
        <translation>  Desde:          %1</translation>
    </message>
    <message>
        <source>  Fee maximum: %1 (gas limit %2 at %3 per gas)</source>
        <extracomment>%1 the most the fees can cost, %2 gas limit, %3 max fee per gas</extracomment>
        <translation>  Comisión máx.:  %1 (límite de gas %2 a %3 por gas)</translation>
    </message>
    <message>
        <source>  Fee likely:  %1 (estimated %2 gas at %3 per gas)</source>
        <extracomment>%1 the likely fee, %2 estimated gas, %3 likely price per gas</extracomment>
        <translation>  Comisión prob.: %1 (estimados %2 de gas a %3 por gas)</translation>
    </message>
    <message>
        <source>eth_call at %1 on %2, unverified</source>
        <translation>eth_call (bloque %1) en %2, sin verificar</translation>
    </message>
    <message>
        <source>eth_call at %1 on %2, unverified, %3</source>
        <extracomment>%3 the assumption, e.g. &quot;assuming the approval before it is confirmed&quot;</extracomment>
        <translation>eth_call (bloque %1) en %2, sin verificar, %3</translation>
    </message>
    <message>
        <source>  Simulation:  succeeds (%1)</source>
        <translation>  Simulación:     correcta (%1)</translation>
    </message>
    <message>
        <source>  Simulation:  REVERTS: %1 (%2)</source>
        <translation>  Simulación:     REVIERTE: %1 (%2)</translation>
    </message>
    <message>
        <source>  Fees:        %1</source>
        <translation>  Comisiones:     %1</translation>
    </message>
    <message numerus="yes">
        <source>Send these %n transactions? [y/N] </source>
        <translation>
            <numerusform>¿Enviar esta %n transacción? [y/N] </numerusform>
            <numerusform>¿Enviar estas %n transacciones? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Send this transaction? [y/N] </source>
        <translation>¿Enviar esta transacción? [y/N] </translation>
    </message>
    <message>
        <source>The sending account (default: the vault&apos;s first account).</source>
        <translation>La cuenta que envía (predeterminada: la primera cuenta de la bóveda).</translation>
    </message>
    <message>
        <source>Send without asking for confirmation (for scripts).</source>
        <translation>Enviar sin pedir confirmación (para scripts).</translation>
    </message>
    <message>
        <source>the vault has no account: add one, or pass --from ADDRESS</source>
        <translation>la bóveda no tiene ninguna cuenta: añada una o indique --from DIRECCIÓN</translation>
    </message>
    <message>
        <source>%1 is not an account of this vault: add or import it first (see `plinth-cli accounts`)</source>
        <translation>%1 no es una cuenta de esta bóveda: añádala o impórtela primero (consulte `plinth-cli accounts`)</translation>
    </message>
    <message>
        <source>Approve %1 (%2) to spend %3 of your tokens (allowed now: %4)</source>
        <extracomment>%1 the contract allowed to spend (e.g. &quot;staking&quot;), %2 its address, %3 the amount with its symbol, %4 the current allowance</extracomment>
        <translation>Aprobar que %1 (%2) gaste %3 de sus tokens (autorizado ahora: %4)</translation>
    </message>
    <message>
        <source>worked out once the step before is confirmed</source>
        <translation>se calcula cuando se confirme el paso anterior</translation>
    </message>
    <message>
        <source>assuming the approval before it is confirmed</source>
        <translation>suponiendo la aprobación anterior antes de que se confirme</translation>
    </message>
    <message>
        <source>estimated assuming the approval before it is confirmed; worked out again once it is</source>
        <translation>estimado suponiendo la aprobación anterior antes de que se confirme; se vuelve a calcular cuando se confirme</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is too little for these %n transactions: together they need up to %3 for value and gas</source>
        <extracomment>%1 the sender, %2 its balance, %n the number of transactions, %3 what they may cost together</extracomment>
        <translation>
            <numerusform>%1: %2 no basta para esta %n transacción: necesita hasta %3 para valor y gas</numerusform>
            <numerusform>%1: %2 no basta para estas %n transacciones: juntas necesitan hasta %3 para valor y gas</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>nada que enviar</translation>
    </message>
    <message>
        <source>the transaction would fail, so nothing was signed or sent: %1</source>
        <translation>la transacción fallaría, así que no se ha firmado ni enviado nada: %1</translation>
    </message>
    <message>
        <source>%1; nothing was signed or sent</source>
        <translation>%1; no se ha firmado ni enviado nada</translation>
    </message>
    <message>
        <source>not confirmed: nothing was signed or sent</source>
        <translation>no confirmado: no se ha firmado ni enviado nada</translation>
    </message>
    <message>
        <source> The approval sent before stays in place; the allowance remains.</source>
        <translation> La aprobación enviada antes sigue vigente; la autorización se mantiene.</translation>
    </message>
    <message>
        <source>step %1 would fail, so it was not sent: %2.%3</source>
        <translation>el paso %1 fallaría, así que no se ha enviado: %2.%3</translation>
    </message>
    <message>
        <source>step %1 was not sent: %2.%3</source>
        <translation>el paso %1 no se ha enviado: %2.%3</translation>
    </message>
    <message>
        <source>the reason could not be found by re-running it at blocks %1 and %2</source>
        <translation>no se ha podido averiguar el motivo volviendo a ejecutarla en los bloques %1 y %2</translation>
    </message>
    <message>
        <source>%1 (found by re-running it at block %2)</source>
        <extracomment>%1 the revert reason, %2 a block number</extracomment>
        <translation>%1 (averiguado volviendo a ejecutarla en el bloque %2)</translation>
    </message>
    <message>
        <source>the transaction %1 was included in block %2 but reverted: %3.%4</source>
        <translation>la transacción %1 se incluyó en el bloque %2, pero se revirtió: %3.%4</translation>
    </message>
    <message>
        <source>the transaction %1 was dropped: the node no longer has it and its nonce was not used, so nothing was spent.%2</source>
        <translation>la transacción %1 se ha descartado: el nodo ya no la tiene y su nonce no se ha usado, así que no se ha gastado nada.%2</translation>
    </message>
    <message>
        <source>%1 takes DEVICE AMOUNT</source>
        <translation>%1 requiere DEVICE AMOUNT</translation>
    </message>
    <message>
        <source>the amount must be more than 0</source>
        <translation>el importe debe ser mayor que 0</translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation>La dirección del dispositivo.</translation>
    </message>
    <message>
        <source>How many tokens (e.g. 500 or 12.5).</source>
        <translation>Cuántos tokens (p. ej., 500 o 12.5).</translation>
    </message>
    <message>
        <source>the network profile has no valid staking contract</source>
        <translation>el perfil de red no tiene un contrato de staking válido</translation>
    </message>
    <message>
        <source>%1 has %2, less than the %3 to stake; nothing was sent</source>
        <translation>%1 tiene %2, menos que los %3 que se van a depositar como stake; no se ha enviado nada</translation>
    </message>
    <message>
        <source>the network profile has no valid device registry</source>
        <translation>el perfil de red no tiene un registro de dispositivos válido</translation>
    </message>
    <message>
        <source>--%1 must be a whole number above 0</source>
        <translation>--%1 debe ser un número entero mayor que 0</translation>
    </message>
    <message>
        <source>The device key&apos;s keystore file.</source>
        <translation>El archivo keystore de la clave del dispositivo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>a device key&apos;s password must not be empty</source>
        <translation>la contraseña de una clave de dispositivo no puede estar vacía</translation>
    </message>
    <message>
        <source>--keystore FILE is required</source>
        <translation>se requiere --keystore ARCHIVO</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What the device offers: storage, bandwidth, wireless, compute, energy or sensor.</source>
        <translation>Lo que ofrece el dispositivo: storage, bandwidth, wireless, compute, energy o sensor.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>Its capacity, a whole number in --unit.</source>
        <translation>Su capacidad, un número entero en --unit.</translation>
    </message>
    <message>
        <source>Its capacity, a whole number in --unit (default: measured where possible).</source>
        <translation>Su capacidad, un número entero en --unit (predeterminada: medida cuando sea posible).</translation>
    </message>
    <message>
        <source>The capacity&apos;s unit, e.g. TB, Mbps, TFLOPS.</source>
        <translation>La unidad de la capacidad, p. ej., TB, Mbps, TFLOPS.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>Where it is: an H3 cell index or a label.</source>
        <translation>Dónde está: un índice de celda H3 o una etiqueta.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>A metadata URI (optional).</source>
        <translation>Un URI de metadatos (opcional).</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>The stake to register with, in tokens (default: the registry&apos;s minimum).</source>
        <translation>El stake con el que registrarlo, en tokens (predeterminado: el mínimo del registro).</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>The onboarding nonce (default: a random 64-bit number).</source>
        <translation>El nonce de incorporación (predeterminado: un número aleatorio de 64 bits).</translation>
    </message>
    <message>
        <source>How long the signature is valid, e.g. 30m, 24h, 7d (default 24h).</source>
        <translation>Cuánto tiempo es válida la firma, p. ej., 30m, 24h, 7d (predeterminado: 24h).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>The signature&apos;s deadline as a unix time (instead of --valid-for).</source>
        <translation>El plazo de la firma como tiempo Unix (en lugar de --valid-for).</translation>
    </message>
    <message>
        <source>unix</source>
        <translation>unix</translation>
    </message>
    <message>
        <source>--valid-for must be a duration such as 30m, 24h or 7d (at most 365 days), not &quot;%1&quot;</source>
        <translation>--valid-for debe ser una duración como 30m, 24h o 7d (365 días como máximo), no «%1»</translation>
    </message>
    <message>
        <source>the network &quot;%1&quot; has no device registry</source>
        <translation>la red «%1» no tiene registro de dispositivos</translation>
    </message>
    <message>
        <source>--kind is required (storage, bandwidth, wireless, compute, energy or sensor)</source>
        <translation>se requiere --kind (storage, bandwidth, wireless, compute, energy o sensor)</translation>
    </message>
    <message>
        <source>--kind must be storage, bandwidth, wireless, compute, energy or sensor</source>
        <translation>--kind debe ser storage, bandwidth, wireless, compute, energy o sensor</translation>
    </message>
    <message>
        <source>--capacity N is required</source>
        <translation>se requiere --capacity N</translation>
    </message>
    <message>
        <source>--region is required (an H3 cell index or a label)</source>
        <translation>se requiere --region (un índice de celda H3 o una etiqueta)</translation>
    </message>
    <message>
        <source>--nonce must be a whole number</source>
        <translation>--nonce debe ser un número entero</translation>
    </message>
    <message>
        <source>pass --valid-for or --deadline, not both</source>
        <translation>indique --valid-for o --deadline, no ambos</translation>
    </message>
    <message>
        <source>no proposal %1 in the verified cache</source>
        <translation>no hay ninguna propuesta %1 en la caché verificada</translation>
    </message>
    <message>
        <source>The proposal&apos;s id, or its number as in PIP-7</source>
        <translation>El id de la propuesta, o su número como en PIP-7</translation>
    </message>
    <message>
        <source>%1 takes one proposal id</source>
        <translation>%1 admite un único id de propuesta</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>no se ha enviado nada</translation>
    </message>
    <message>
        <source>The governor&apos;s %1</source>
        <translation>%1 del contrato Governor</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Acciones:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plinth: wallet and contributor dashboard for DePIN networks.</source>
        <translation>Plinth: monedero y panel para contribuidores de redes DePIN.</translation>
    </message>
    <message>
        <source>Keep the vault, cache and settings in &lt;dir&gt; (default: %1).</source>
        <translation>Guardar la bóveda, la caché y la configuración en &lt;directorio&gt; (predeterminado: %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>directorio</translation>
    </message>
    <message>
        <source>Use the network &lt;name&gt; (a saved profile or &quot;devnet&quot;) or the profile &lt;file&gt;.</source>
        <translation>Usar la red &lt;nombre&gt; (un perfil guardado o «devnet») o el perfil &lt;archivo&gt;.</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>nombre|archivo</translation>
    </message>
    <message>
        <source>Plinth is already running for %1; its window was raised.</source>
        <translation>Plinth ya se está ejecutando para %1; se ha traído su ventana al frente.</translation>
    </message>
    <message>
        <source>Plinth cannot start</source>
        <translation>Plinth no puede iniciarse</translation>
    </message>
    <message>
        <source>Plinth cannot open the network</source>
        <translation>Plinth no puede abrir la red</translation>
    </message>
    <message>
        <source>The network has no profile.</source>
        <translation>La red no tiene perfil.</translation>
    </message>
</context>
<context>
    <name>plinth::app::SingleInstance</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>Another Plinth holds the data folder %1 but does not answer.</source>
        <translation>Otra instancia de Plinth tiene la carpeta de datos %1, pero no responde.</translation>
    </message>
    <message>
        <source>Cannot lock the data folder %1.</source>
        <translation>No se puede bloquear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>Cannot listen for other starts: %1</source>
        <translation>No se puede escuchar otros inicios: %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ActionFlow</name>
    <message>
        <source>Confirmed. The page updates once the new block is verified.</source>
        <translation>Confirmado. La página se actualiza en cuanto se verifica el nuevo bloque.</translation>
    </message>
    <message>
        <source>The transaction did not go through; see Activity for its state.</source>
        <translation>La transacción no se ha completado; consulte su estado en Actividad.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ActivityModel</name>
    <message>
        <source>Rewards claimed to %1</source>
        <extracomment>%1 the address the rewards were paid to</extracomment>
        <translation>Recompensas reclamadas para %1</translation>
    </message>
    <message>
        <source>Proven in block %1</source>
        <extracomment>%1 a block number</extracomment>
        <translation>Probado en el bloque %1</translation>
    </message>
    <message>
        <source>Proven</source>
        <translation>Probado</translation>
    </message>
    <message>
        <source>Stake on device %1 slashed: %2</source>
        <extracomment>%1 a device&apos;s address, %2 the slasher&apos;s reason</extracomment>
        <translation>Stake en el dispositivo %1 penalizado: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Sent tokens</source>
        <translation>Tokens enviados</translation>
    </message>
    <message>
        <source>Claim rewards</source>
        <translation>Reclamar recompensas</translation>
    </message>
    <message>
        <source>Token approval</source>
        <translation>Aprobación de tokens</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Stake</translation>
    </message>
    <message>
        <source>Delegated stake</source>
        <translation>Stake delegado</translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation>Retirar stake</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>Delegate votes</source>
        <translation>Delegar votos</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Queue proposal</source>
        <translation>Poner propuesta en cola</translation>
    </message>
    <message>
        <source>Execute proposal</source>
        <translation>Ejecutar propuesta</translation>
    </message>
    <message>
        <source>Register device</source>
        <translation>Registrar dispositivo</translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation>Aceleración</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Contract call</source>
        <translation>Llamada a contrato</translation>
    </message>
    <message>
        <source>Signed, not yet sent</source>
        <translation>Firmada, aún no enviada</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Refused by the node</source>
        <translation>Rechazada por el nodo</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Reemplazada</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>%1 what the transaction did (&quot;Stake&quot;), %2 the address it went to</extracomment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 in block %2</source>
        <extracomment>%1 a status (&quot;Confirmed&quot;), %2 a block number</extracomment>
        <translation>%1 en el bloque %2</translation>
    </message>
    <message>
        <source>Unstake request #%1 from device %2</source>
        <extracomment>%1 the number the staking contract gave the unstake request, %2 a device&apos;s address</extracomment>
        <translation>Solicitud de retirada de stake n.º %1 del dispositivo %2</translation>
    </message>
    <message>
        <source>Unstake request #%1 withdrawn</source>
        <extracomment>%1 the number the staking contract gave the unstake request</extracomment>
        <translation>Solicitud de retirada de stake n.º %1: tokens retirados</translation>
    </message>
    <message>
        <source>reason unknown</source>
        <extracomment>shown for a failed transaction when Plinth could not learn why it failed</extracomment>
        <translation>motivo desconocido</translation>
    </message>
    <message>
        <source>The transaction failed: %1</source>
        <extracomment>%1 why it failed (the contract&apos;s decoded revert, or &quot;reason unknown&quot;)</extracomment>
        <translation>La transacción ha fallado: %1</translation>
    </message>
    <message>
        <source>The node refused the transaction: %1</source>
        <extracomment>%1 the node&apos;s reason (or &quot;reason unknown&quot;)</extracomment>
        <translation>El nodo ha rechazado la transacción: %1</translation>
    </message>
    <message>
        <source>The transaction was dropped: %1</source>
        <extracomment>%1 why (or &quot;reason unknown&quot;)</extracomment>
        <translation>La transacción se ha descartado: %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ActivityPage</name>
    <message>
        <source>Activity status</source>
        <translation>Estado de la actividad</translation>
    </message>
    <message>
        <source>Transactions and events</source>
        <translation>Transacciones y eventos</translation>
    </message>
    <message>
        <source>S&amp;peed up</source>
        <translation>&amp;Acelerar</translation>
    </message>
    <message>
        <source>Speed up the selected pending transaction</source>
        <translation>Acelerar la transacción pendiente seleccionada</translation>
    </message>
    <message>
        <source>&amp;Cancel transaction</source>
        <translation>&amp;Cancelar transacción</translation>
    </message>
    <message>
        <source>Cancel the selected pending transaction</source>
        <translation>Cancelar la transacción pendiente seleccionada</translation>
    </message>
    <message>
        <source>The transaction journal could not be read: %1</source>
        <extracomment>%1 why the journal could not be read</extracomment>
        <translation>No se ha podido leer el diario de transacciones: %1</translation>
    </message>
    <message>
        <source>Reading the transaction journal and the verified cache…</source>
        <translation>Leyendo el diario de transacciones y la caché verificada…</translation>
    </message>
    <message>
        <source>No activity yet: this account has sent no transaction from this wallet, claimed no rewards and has no unbonding or slash.</source>
        <translation>Aún no hay actividad: esta cuenta no ha enviado ninguna transacción desde este monedero, no ha reclamado recompensas y no tiene desvinculaciones ni penalizaciones.</translation>
    </message>
    <message>
        <source>Transactions sent from this wallet: %1. Proven in the verified cache: reward claims %2, unbonding and slash events %3.</source>
        <extracomment>%1 how many transactions this wallet sent from the account, %2 how many reward claims are proven, %3 how many unbonding and slash events</extracomment>
        <translation>Transacciones enviadas desde este monedero: %1. Probado en la caché verificada: reclamaciones de recompensas %2, eventos de desvinculación y penalización %3.</translation>
    </message>
    <message>
        <source>The proven claims could not be read: %1</source>
        <extracomment>%1 why the claims could not be read</extracomment>
        <translation>No se han podido leer las reclamaciones probadas: %1</translation>
    </message>
    <message>
        <source>The proven stakes could not be read: %1</source>
        <extracomment>%1 why the stakes could not be read</extracomment>
        <translation>No se han podido leer los stakes probados: %1</translation>
    </message>
    <message>
        <source>Why the selected transaction failed</source>
        <translation>Por qué ha fallado la transacción seleccionada</translation>
    </message>
</context>
<context>
    <name>plinth::ui::AddressBook</name>
    <message>
        <source>The address book %1 could not be read: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason</extracomment>
        <translation>No se ha podido leer la libreta de direcciones %1: %2</translation>
    </message>
    <message>
        <source>The address book %1 is not valid JSON: %2</source>
        <extracomment>%1 a file path, %2 the JSON parser&apos;s reason</extracomment>
        <translation>La libreta de direcciones %1 no es JSON válido: %2</translation>
    </message>
    <message>
        <source>The address book %1 could not be saved: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason</extracomment>
        <translation>No se ha podido guardar la libreta de direcciones %1: %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::AddressInput</name>
    <message>
        <source>Enter an address: 0x followed by 40 hexadecimal digits.</source>
        <translation>Introduzca una dirección: 0x seguido de 40 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>This is not an address: an address starts with 0x, then 40 hexadecimal digits.</source>
        <translation>Esto no es una dirección: una dirección empieza por 0x, seguido de 40 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>An address has exactly 40 hexadecimal digits after 0x; this one has %1.</source>
        <extracomment>%1 how many hexadecimal digits follow 0x (never 40)</extracomment>
        <translation>Una dirección tiene exactamente 40 dígitos hexadecimales después de 0x; esta tiene %1.</translation>
    </message>
    <message>
        <source>This is not an address: after 0x, only the digits 0-9 and the letters a-f (in either case) may follow.</source>
        <translation>Esto no es una dirección: después de 0x solo pueden seguir los dígitos 0-9 y las letras a-f (mayúsculas o minúsculas).</translation>
    </message>
    <message>
        <source>The capital letters do not match this address&apos;s checksum (EIP-55): a character is probably mistyped.</source>
        <translation>Las mayúsculas no coinciden con la suma de comprobación de esta dirección (EIP-55): probablemente hay un carácter mal escrito.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::BackupPanel</name>
    <message>
        <source>Password for the keystore file</source>
        <translation>Contraseña del archivo keystore</translation>
    </message>
    <message>
        <source>Password for the keystore file, again</source>
        <translation>Contraseña del archivo keystore, de nuevo</translation>
    </message>
    <message>
        <source>&amp;Export keystore…</source>
        <translation>&amp;Exportar keystore…</translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation>Contraseña de la bóveda</translation>
    </message>
    <message>
        <source>Show recovery &amp;phrase</source>
        <translation>Mostrar la &amp;frase de recuperación</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Account to export</source>
        <translation>Cuenta que exportar</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Frase de recuperación</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>Archivo keystore</translation>
    </message>
    <message>
        <source>Saves one account&apos;s key as a keystore v3 file that other wallets import, encrypted with a password of its own.</source>
        <translation>Guarda la clave de una cuenta como archivo keystore v3 que otros monederos pueden importar, cifrado con su propia contraseña.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>File pass&amp;word:</source>
        <translation>Contrase&amp;ña del archivo:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>De &amp;nuevo:</translation>
    </message>
    <message>
        <source>The words that restore every derived account. Make sure nobody can see your screen.</source>
        <translation>Las palabras que restauran todas las cuentas derivadas. Asegúrese de que nadie pueda ver su pantalla.</translation>
    </message>
    <message>
        <source>&amp;Vault password:</source>
        <translation>Contraseña de la &amp;bóveda:</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>No account in this vault has a key to export.</source>
        <translation>Ninguna cuenta de esta bóveda tiene una clave que exportar.</translation>
    </message>
    <message>
        <source>Choose an account to export.</source>
        <translation>Elija una cuenta que exportar.</translation>
    </message>
    <message>
        <source>The file password needs at least 8 characters.</source>
        <translation>La contraseña del archivo debe tener al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The two file passwords differ.</source>
        <translation>Las dos contraseñas del archivo no coinciden.</translation>
    </message>
    <message>
        <source>Unlock the wallet to export the key of %1.</source>
        <translation>Desbloquee el monedero para exportar la clave de %1.</translation>
    </message>
    <message>
        <source>Save the keystore file</source>
        <translation>Guardar el archivo keystore</translation>
    </message>
    <message>
        <source>Keystore files (*.json)</source>
        <translation>Archivos keystore (*.json)</translation>
    </message>
    <message>
        <source>Encrypting the key for the file… This takes a few seconds.</source>
        <translation>Cifrando la clave para el archivo… Esto tarda unos segundos.</translation>
    </message>
    <message>
        <source>The key was not exported: %1</source>
        <extracomment>%1 is the reason, a sentence from the wallet</extracomment>
        <translation>No se ha exportado la clave: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved the keystore file %1.</source>
        <translation>Se ha guardado el archivo keystore %1.</translation>
    </message>
    <message>
        <source>Checking the vault password…</source>
        <translation>Comprobando la contraseña de la bóveda…</translation>
    </message>
    <message>
        <source>Wrong password: the phrase stays hidden.</source>
        <translation>Contraseña incorrecta: la frase sigue oculta.</translation>
    </message>
    <message>
        <source>This vault has no recovery phrase: its accounts were imported or are watch-only. Back them up as keystore files.</source>
        <translation>Esta bóveda no tiene frase de recuperación: sus cuentas se importaron o son de solo observación. Haga copia de seguridad de ellas como archivos keystore.</translation>
    </message>
    <message>
        <source>Write it down on paper, then hide it.</source>
        <translation>Anótela en papel y luego ocúltela.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::Card</name>
    <message>
        <source>Nothing is verified yet: this appears once the first sync has finished.</source>
        <translation>Aún no hay nada verificado: esto aparece en cuanto termina la primera sincronización.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ChoicePage</name>
    <message>
        <source>Welcome to Plinth</source>
        <translation>Bienvenido a Plinth</translation>
    </message>
    <message>
        <source>This data folder has no wallet yet. How do you want to start?</source>
        <translation>Esta carpeta de datos aún no tiene monedero. ¿Cómo desea empezar?</translation>
    </message>
    <message>
        <source>&amp;Create a new wallet</source>
        <translation>&amp;Crear un monedero nuevo</translation>
    </message>
    <message>
        <source>Plinth makes a new recovery phrase; you write it down and keep it safe.</source>
        <translation>Plinth crea una nueva frase de recuperación; usted la anota y la guarda en un lugar seguro.</translation>
    </message>
    <message>
        <source>&amp;Restore from a recovery phrase</source>
        <translation>&amp;Restaurar a partir de una frase de recuperación</translation>
    </message>
    <message>
        <source>Type the 12 or 24 words of a wallet you already have.</source>
        <translation>Escriba las 12 o 24 palabras de un monedero que ya tenga.</translation>
    </message>
    <message>
        <source>&amp;Import a keystore file</source>
        <translation>&amp;Importar un archivo keystore</translation>
    </message>
    <message>
        <source>A keystore v3 JSON file (from geth, MetaMask, cast or Plinth) and its password.</source>
        <translation>Un archivo JSON keystore v3 (de geth, MetaMask, cast o Plinth) y su contraseña.</translation>
    </message>
    <message>
        <source>&amp;Watch an address</source>
        <translation>&amp;Observar una dirección</translation>
    </message>
    <message>
        <source>See an address&apos;s balances, devices and rewards without its key: nothing can be signed.</source>
        <translation>Vea los saldos, los dispositivos y las recompensas de una dirección sin su clave: no se puede firmar nada.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ConfirmPhrasePage</name>
    <message>
        <source>Check your written copy</source>
        <translation>Compruebe su copia escrita</translation>
    </message>
    <message>
        <source>Type the words your paper shows at these positions.</source>
        <translation>Escriba las palabras que muestra su papel en estas posiciones.</translation>
    </message>
    <message>
        <source>Word &amp;%1:</source>
        <extracomment>%1 is a position in the recovery phrase, 1 to 24</extracomment>
        <translation>Palabra &amp;%1:</translation>
    </message>
    <message>
        <source>Word number %1 of the recovery phrase</source>
        <translation>Palabra número %1 de la frase de recuperación</translation>
    </message>
    <message>
        <source>Word %1 does not match the phrase you were shown. Go back to see it again and correct your written copy.</source>
        <extracomment>%1 is a position in the recovery phrase</extracomment>
        <translation>La palabra %1 no coincide con la frase que se le mostró. Vuelva atrás para verla de nuevo y corrija su copia escrita.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::CsvExportBar</name>
    <message>
        <source>Export rewards as CSV</source>
        <translation>Exportar recompensas como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Cancelando la exportación…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the range&apos;s rewards as CSV</source>
        <translation>Exportar como CSV las recompensas del intervalo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Exporting your rewards to %1…</source>
        <extracomment>%1 the file&apos;s path</extracomment>
        <translation>Exportando sus recompensas a %1…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportación cancelada: no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Could not export the rewards: %1</source>
        <extracomment>%1 why the export failed, a sentence from the wallet</extracomment>
        <translation>No se han podido exportar las recompensas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln reward(s) to %1.</source>
        <extracomment>%Ln the number of rewards written, %1 the file&apos;s path</extracomment>
        <translation>
            <numerusform>Se ha escrito %Ln recompensa en %1.</numerusform>
            <numerusform>Se han escrito %Ln recompensas en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::DelegateVotesDialog</name>
    <message>
        <source>Delegate votes</source>
        <translation>Delegar votos</translation>
    </message>
    <message>
        <source>Who votes with your tokens</source>
        <translation>Quién vota con sus tokens</translation>
    </message>
    <message>
        <source>Delegating moves the voting power of every token this account holds, now and later, to the address you choose; the tokens themselves stay in your account, and you can delegate again at any time.</source>
        <translation>Al delegar, el poder de voto de todos los tokens que esta cuenta tiene ahora y tenga en el futuro pasa a la dirección que elija; los tokens siguen en su cuenta y puede volver a delegar en cualquier momento.</translation>
    </message>
    <message>
        <source>Current delegate</source>
        <translation>Delegado actual</translation>
    </message>
    <message>
        <source>Votes that move</source>
        <translation>Votos que se transfieren</translation>
    </message>
    <message>
        <source>&amp;Myself (%1)</source>
        <extracomment>%1 the account&apos;s own address</extracomment>
        <translation>&amp;Yo mismo (%1)</translation>
    </message>
    <message>
        <source>Delegate to myself</source>
        <translation>Delegar en mí mismo</translation>
    </message>
    <message>
        <source>&amp;Another address:</source>
        <translation>&amp;Otra dirección:</translation>
    </message>
    <message>
        <source>Delegate to another address</source>
        <translation>Delegar en otra dirección</translation>
    </message>
    <message>
        <source>Delegate&apos;s address</source>
        <translation>Dirección del delegado</translation>
    </message>
    <message>
        <source>0x… or a name from your address book</source>
        <translation>0x… o un nombre de su libreta de direcciones</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Co&amp;ntinue…</source>
        <translation>Co&amp;ntinuar…</translation>
    </message>
    <message>
        <source>Continue to the confirmation</source>
        <translation>Continuar a la confirmación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No network is open: whom your votes are delegated to is not known.</source>
        <translation>No hay ninguna red abierta: no se sabe en quién están delegados sus votos.</translation>
    </message>
    <message>
        <source>Reading whom your votes are delegated to from the verified cache…</source>
        <translation>Leyendo de la caché verificada en quién están delegados sus votos…</translation>
    </message>
    <message>
        <source>Nothing is verified yet: whom your votes are delegated to is known after the first sync.</source>
        <translation>Aún no hay nada verificado: en quién están delegados sus votos se sabrá tras la primera sincronización.</translation>
    </message>
    <message>
        <source>Could not read whom your votes are delegated to from the verified cache: %1</source>
        <extracomment>%1 the core&apos;s reason</extracomment>
        <translation>No se ha podido leer de la caché verificada en quién están delegados sus votos: %1</translation>
    </message>
    <message>
        <source>A new delegate gets the votes of your whole balance: %1.</source>
        <extracomment>%1 an amount of tokens</extracomment>
        <translation>Un nuevo delegado recibe los votos de todo su saldo: %1.</translation>
    </message>
    <message>
        <source>Enter the address that will vote with your tokens, or choose Myself.</source>
        <translation>Introduzca la dirección que votará con sus tokens, o elija «Yo mismo».</translation>
    </message>
    <message>
        <source>The zero address belongs to no one: votes delegated to it count for nobody until you delegate again.</source>
        <translation>La dirección cero no pertenece a nadie: los votos delegados en ella no cuentan para nadie hasta que vuelva a delegar.</translation>
    </message>
    <message>
        <source>This address is all in one case, so it carries no checksum (EIP-55): a mistyped character cannot be detected. Compare it with where it came from, character by character.</source>
        <translation>Esta dirección está toda en minúsculas o toda en mayúsculas, así que no lleva suma de comprobación (EIP-55): no se puede detectar un carácter mal escrito. Compárela carácter por carácter con su origen.</translation>
    </message>
    <message>
        <source>Your votes are already delegated to yourself: there is nothing to change.</source>
        <translation>Sus votos ya están delegados en usted mismo: no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>Your votes are already delegated to this address: there is nothing to change.</source>
        <translation>Sus votos ya están delegados en esta dirección: no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>This is your own address: the same as Myself.</source>
        <translation>Esta es su propia dirección: lo mismo que «Yo mismo».</translation>
    </message>
    <message>
        <source>In your address book as %1.</source>
        <extracomment>%1 the name the user gave the address</extracomment>
        <translation>En su libreta de direcciones como %1.</translation>
    </message>
    <message>
        <source>Delegate to %1</source>
        <extracomment>%1 the full checksummed address</extracomment>
        <translation>Delegar en %1</translation>
    </message>
    <message>
        <source>Delegate your votes to yourself (%1)</source>
        <extracomment>%1 the account&apos;s own address</extracomment>
        <translation>Delegar sus votos en usted mismo (%1)</translation>
    </message>
    <message>
        <source>Delegate your votes to %1</source>
        <extracomment>%1 the delegate&apos;s address</extracomment>
        <translation>Delegar sus votos en %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::DeviceActionDialog</name>
    <message>
        <source>Update device</source>
        <translation>Actualizar dispositivo</translation>
    </message>
    <message>
        <source>Change what the registry says about device %1. Each changed field is one transaction.</source>
        <extracomment>%1 the device&apos;s address</extracomment>
        <translation>Cambie lo que el registro indica sobre el dispositivo %1. Cada campo cambiado es una transacción.</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacidad</translation>
    </message>
    <message>
        <source>A whole number, e.g. 4000</source>
        <translation>Un número entero, p. ej., 4000</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>U&amp;nidad</translation>
    </message>
    <message>
        <source>e.g. GB, Mbps, cores</source>
        <translation>p. ej., GB, Mbps, núcleos</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <source>An H3 cell or a label</source>
        <translation>Una celda H3 o una etiqueta</translation>
    </message>
    <message>
        <source>&amp;Metadata URI</source>
        <translation>URI de &amp;metadatos</translation>
    </message>
    <message>
        <source>e.g. ipfs://…</source>
        <translation>p. ej., ipfs://…</translation>
    </message>
    <message>
        <source>Transfer device</source>
        <translation>Transferir dispositivo</translation>
    </message>
    <message>
        <source>Give device %1 to another account. Its stakes stay where they are; its future rewards go to the new owner.</source>
        <translation>Ceda el dispositivo %1 a otra cuenta. Sus stakes se quedan donde están; sus recompensas futuras van al nuevo propietario.</translation>
    </message>
    <message>
        <source>New &amp;owner</source>
        <translation>Nuevo &amp;propietario</translation>
    </message>
    <message>
        <source>0x…</source>
        <translation>0x…</translation>
    </message>
    <message>
        <source>Stake on device</source>
        <translation>Stake en el dispositivo</translation>
    </message>
    <message>
        <source>Stake on device %1 (staked now: %2).</source>
        <extracomment>%1 the device&apos;s address, %2 its current stake</extracomment>
        <translation>Stake en el dispositivo %1 (stake actual: %2).</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <extracomment>%1 the token&apos;s symbol</extracomment>
        <translation>&amp;Importe (%1)</translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation>p. ej., 100</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>C&amp;ontinue…</source>
        <translation>C&amp;ontinuar…</translation>
    </message>
    <message>
        <source>The capacity must be a whole number above 0.</source>
        <translation>La capacidad debe ser un número entero mayor que 0.</translation>
    </message>
    <message>
        <source>The capacity needs its unit: the registry stores them together.</source>
        <translation>La capacidad necesita su unidad: el registro las guarda juntas.</translation>
    </message>
    <message>
        <source>Nothing changed: edit the capacity, the region or the metadata URI first.</source>
        <translation>No ha cambiado nada: modifique antes la capacidad, la región o el URI de metadatos.</translation>
    </message>
    <message>
        <source>Update device %1</source>
        <translation>Actualizar el dispositivo %1</translation>
    </message>
    <message>
        <source>The new owner is not an address: %1.</source>
        <extracomment>%1 why the text is not an address</extracomment>
        <translation>El nuevo propietario no es una dirección: %1.</translation>
    </message>
    <message>
        <source>The new owner must not be the zero address: the device would be lost.</source>
        <translation>El nuevo propietario no puede ser la dirección cero: el dispositivo se perdería.</translation>
    </message>
    <message>
        <source>The device already belongs to this account.</source>
        <translation>El dispositivo ya pertenece a esta cuenta.</translation>
    </message>
    <message>
        <source>Transfer device %1 to %2</source>
        <extracomment>%1 device address, %2 the new owner&apos;s address</extracomment>
        <translation>Transferir el dispositivo %1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>Enter an amount above 0, with at most %n decimal(s).</source>
        <translation>
            <numerusform>Introduzca un importe mayor que 0, con %n decimal como máximo.</numerusform>
            <numerusform>Introduzca un importe mayor que 0, con %n decimales como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stake %1 on device %2</source>
        <extracomment>%1 amount with symbol, %2 device address</extracomment>
        <translation>Depositar %1 de stake en el dispositivo %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::DeviceDetailPanel</name>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Metadata URI</source>
        <translation>URI de metadatos</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Stake</translation>
    </message>
    <message>
        <source>Earned to date</source>
        <translation>Ganado hasta la fecha</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>Última puntuación</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Tiempo en línea</translation>
    </message>
    <message>
        <source>Offline epochs</source>
        <translation>Épocas sin conexión</translation>
    </message>
    <message>
        <source>Previous owners</source>
        <translation>Propietarios anteriores</translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation>&amp;Actualizar…</translation>
    </message>
    <message>
        <source>Update the device&apos;s capacity, region or metadata</source>
        <translation>Actualizar la capacidad, la región o los metadatos del dispositivo</translation>
    </message>
    <message>
        <source>&amp;Stake…</source>
        <translation>&amp;Stake…</translation>
    </message>
    <message>
        <source>Stake on this device</source>
        <translation>Depositar stake en este dispositivo</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transferir…</translation>
    </message>
    <message>
        <source>Transfer the device to another account</source>
        <translation>Transferir el dispositivo a otra cuenta</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>Dar de &amp;baja…</translation>
    </message>
    <message>
        <source>Retire the device for good</source>
        <translation>Dar de baja el dispositivo definitivamente</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Select a device to see its earnings, scores and actions.</source>
        <translation>Seleccione un dispositivo para ver sus ganancias, puntuaciones y acciones.</translation>
    </message>
    <message>
        <source>Reading the device&apos;s rewards from the verified cache…</source>
        <translation>Leyendo las recompensas del dispositivo de la caché verificada…</translation>
    </message>
    <message>
        <source>The device could not be read: %1</source>
        <extracomment>%1 why the device could not be read, one sentence</extracomment>
        <translation>No se ha podido leer el dispositivo: %1</translation>
    </message>
    <message>
        <source>Not scored yet: no epoch has rewarded it.</source>
        <translation>Aún sin puntuar: ninguna época lo ha recompensado.</translation>
    </message>
    <message>
        <source>Online in %1 of %2 scored epochs; average score %3</source>
        <extracomment>%1 epochs that scored above 0, %2 epochs scored in all, %3 the average score as a percentage</extracomment>
        <translation>En línea en %1 de %2 épocas puntuadas; puntuación media %3</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <extracomment>%1 date and time, %2 block number</extracomment>
        <translation>%1, bloque %2</translation>
    </message>
    <message>
        <source>%1 (the owner&apos;s own: %2)</source>
        <extracomment>%1 every staker&apos;s stake on the device, %2 the owner&apos;s own part of it</extracomment>
        <translation>%1 (el propio del propietario: %2)</translation>
    </message>
    <message>
        <source>%1 in epoch %2</source>
        <translation>%1 en la época %2</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Aún sin puntuar</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>a run of epochs, first to last</extracomment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>None: it scored in every epoch</source>
        <translation>Ninguna: ha puntuado en todas las épocas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>No rewards yet: its earnings appear here once an epoch scores it.</source>
        <translation>Aún no hay recompensas: sus ganancias aparecen aquí en cuanto una época lo puntúa.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s)</source>
        <translation>
            <numerusform>%Ln recompensa</numerusform>
            <numerusform>%Ln recompensas</numerusform>
        </translation>
    </message>
    <message>
        <source>Device detail panel</source>
        <translation>Panel de detalles del dispositivo</translation>
    </message>
    <message>
        <source>Device detail status message</source>
        <translation>Mensaje de estado de los detalles del dispositivo</translation>
    </message>
    <message>
        <source>Device fields, actions and earnings chart</source>
        <translation>Campos, acciones y gráfico de ganancias del dispositivo</translation>
    </message>
</context>
<context>
    <name>plinth::ui::DeviceEarningsChart</name>
    <message>
        <source>Earnings over time</source>
        <translation>Ganancias a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Earned to date</source>
        <translation>Ganado hasta la fecha</translation>
    </message>
    <message>
        <source>Earned to date: %1</source>
        <extracomment>%1 the device&apos;s total earnings, every digit</extracomment>
        <translation>Ganado hasta la fecha: %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::DevicesModel</name>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Ancho de banda</translation>
    </message>
    <message>
        <source>Wireless hotspot</source>
        <translation>Punto de acceso inalámbrico</translation>
    </message>
    <message>
        <source>Compute (GPU)</source>
        <translation>Cómputo (GPU)</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Kind %1</source>
        <extracomment>%1 the kind&apos;s number, for a kind this Plinth does not know</extracomment>
        <translation>Tipo %1</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Stake</translation>
    </message>
    <message>
        <source>Earned to date</source>
        <translation>Ganado hasta la fecha</translation>
    </message>
    <message numerus="yes">
        <source>Offline for %Ln epoch(s)</source>
        <extracomment>a device whose latest %Ln epochs scored 0</extracomment>
        <translation>
            <numerusform>Sin conexión durante %Ln época</numerusform>
            <numerusform>Sin conexión durante %Ln épocas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Filter by address, region, kind or status (Ctrl+F)</source>
        <translation>Filtrar por dirección, región, tipo o estado (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Filtrar dispositivos</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>Tipo de dispositivo</translation>
    </message>
    <message>
        <source>Device status</source>
        <translation>Estado del dispositivo</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>&amp;Onboard a device…</source>
        <translation>&amp;Incorporar un dispositivo…</translation>
    </message>
    <message>
        <source>Onboard a device</source>
        <translation>Incorporar un dispositivo</translation>
    </message>
    <message>
        <source>Devices of this account</source>
        <translation>Dispositivos de esta cuenta</translation>
    </message>
    <message>
        <source>Devices state</source>
        <translation>Estado de los dispositivos</translation>
    </message>
    <message>
        <source>Showing %1 of %2 devices</source>
        <extracomment>%1 devices shown after filtering, %2 all the account&apos;s devices</extracomment>
        <translation>Mostrando %1 de %2 dispositivos</translation>
    </message>
    <message>
        <source>Choose a network in Settings to see your devices.</source>
        <translation>Elija una red en Configuración para ver sus dispositivos.</translation>
    </message>
    <message>
        <source>The network could not be opened: %1</source>
        <extracomment>%1 why the network could not be opened</extracomment>
        <translation>No se ha podido abrir la red: %1</translation>
    </message>
    <message>
        <source>This wallet has no account yet: create or restore one to see its devices.</source>
        <translation>Este monedero aún no tiene ninguna cuenta: cree o restaure una para ver sus dispositivos.</translation>
    </message>
    <message>
        <source>Reading the verified cache…</source>
        <translation>Leyendo la caché verificada…</translation>
    </message>
    <message>
        <source>Nothing is verified yet: your devices appear here after the first sync.</source>
        <translation>Aún no hay nada verificado: sus dispositivos aparecen aquí tras la primera sincronización.</translation>
    </message>
    <message>
        <source>Your devices could not be read: %1</source>
        <extracomment>%1 why the devices could not be read</extracomment>
        <translation>No se han podido leer sus dispositivos: %1</translation>
    </message>
    <message>
        <source>Account %1 has no devices yet. Use “Onboard a device…” to register one.</source>
        <extracomment>%1 the account&apos;s address</extracomment>
        <translation>La cuenta %1 aún no tiene dispositivos. Use «Incorporar un dispositivo…» para registrar uno.</translation>
    </message>
    <message>
        <source>Retire device %1 for good: its token is burnt and it can never register again</source>
        <extracomment>%1 the device&apos;s address</extracomment>
        <translation>Dar de baja el dispositivo %1 definitivamente: su token se quema y nunca podrá volver a registrarse</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln dispositivo</numerusform>
            <numerusform>%Ln dispositivos</numerusform>
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
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Ancho de banda</translation>
    </message>
    <message>
        <source>Wireless</source>
        <translation>Inalámbrico</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Cómputo</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Unknown kind</source>
        <translation>Tipo desconocido</translation>
    </message>
    <message>
        <source>Kind %1</source>
        <extracomment>a resource kind this version does not know, by its number</extracomment>
        <translation>Tipo %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>a score in percent, from basis points</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Block %1</source>
        <extracomment>%1 the block number</extracomment>
        <translation>Bloque %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>plinth::ui::EarningsPage</name>
    <message>
        <source>All devices</source>
        <translation>Todos los dispositivos</translation>
    </message>
    <message>
        <source>By device</source>
        <translation>Por dispositivo</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Por tipo</translation>
    </message>
    <message>
        <source>Group the chart</source>
        <translation>Agrupar el gráfico</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>Period of each bar</source>
        <translation>Período de cada barra</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>Primer día (UTC)</translation>
    </message>
    <message>
        <source>Last day (UTC, included)</source>
        <translation>Último día (UTC, incluido)</translation>
    </message>
    <message>
        <source>Filter by device, kind or date</source>
        <translation>Filtrar por dispositivo, tipo o fecha</translation>
    </message>
    <message>
        <source>Filter rewards</source>
        <translation>Filtrar recompensas</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>Earnings chart</source>
        <translation>Gráfico de ganancias</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Ganancias</translation>
    </message>
    <message>
        <source>Payout ledger</source>
        <translation>Libro de pagos</translation>
    </message>
    <message>
        <source>Proving your claimable rewards and reconciling the ledger…</source>
        <translation>Probando sus recompensas reclamables y conciliando el libro…</translation>
    </message>
    <message>
        <source>Could not build the payout ledger: %1</source>
        <translation>No se ha podido elaborar el libro de pagos: %1</translation>
    </message>
    <message>
        <source>The first day is after the last day: pick a range that ends after it starts.</source>
        <translation>El primer día es posterior al último: elija un intervalo que termine después de empezar.</translation>
    </message>
    <message>
        <source>Adding up your rewards in the verified cache…</source>
        <translation>Sumando sus recompensas en la caché verificada…</translation>
    </message>
    <message>
        <source>Could not read your earnings: %1</source>
        <translation>No se han podido leer sus ganancias: %1</translation>
    </message>
    <message>
        <source>None of your devices earned a reward in this range.</source>
        <translation>Ninguno de sus dispositivos ha ganado una recompensa en este intervalo.</translation>
    </message>
    <message>
        <source>Other devices</source>
        <translation>Otros dispositivos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a resource kind, %2 its amount</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The latest %1 of %2 rewards; export CSV for all of them.</source>
        <extracomment>%1 rows shown, %2 rewards in the range</extracomment>
        <translation>Las últimas %1 de %2 recompensas; exporte a CSV para verlas todas.</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln reward(s), verified at block %1</source>
        <extracomment>%Ln rewards, %1 the verified block</extracomment>
        <translation>
            <numerusform>en %Ln recompensa, verificado en el bloque %1</numerusform>
            <numerusform>en %Ln recompensas, verificado en el bloque %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s)</source>
        <extracomment>%Ln the number of rewards in the range (all of them are in the table)</extracomment>
        <translation>
            <numerusform>%Ln recompensa</numerusform>
            <numerusform>%Ln recompensas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::EndpointsSection</name>
    <message>
        <source>%1 cannot be used: %2</source>
        <extracomment>%1 is the URL typed, %2 what is wrong with it</extracomment>
        <translation>No se puede usar %1: %2</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ya está en la lista.</translation>
    </message>
    <message>
        <source>Asking %1 for its chain id…</source>
        <extracomment>%1 is the endpoint&apos;s URL</extracomment>
        <translation>Preguntando a %1 su id de cadena…</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <extracomment>%1 is the endpoint&apos;s URL, %2 the error</extracomment>
        <translation>%1 no ha respondido: %2</translation>
    </message>
    <message>
        <source>%1 answered chain id %2 in %3 ms.</source>
        <extracomment>%1 the endpoint&apos;s URL, %2 its chain id, %3 the latency in milliseconds</extracomment>
        <translation>%1 ha respondido con el id de cadena %2 en %3 ms.</translation>
    </message>
    <message>
        <source>This network&apos;s chain id is %1: the endpoint serves another chain.</source>
        <extracomment>%1 is the chain id of the selected network</extracomment>
        <translation>El id de cadena de esta red es %1: el punto de conexión sirve otra cadena.</translation>
    </message>
    <message>
        <source>The endpoints were not saved: %1</source>
        <translation>No se han guardado los puntos de conexión: %1</translation>
    </message>
    <message>
        <source>Saved in %1. Plinth uses the new list from its next start.</source>
        <extracomment>%1 is the profile file</extracomment>
        <translation>Guardado en %1. Plinth usará la nueva lista a partir de su próximo inicio.</translation>
    </message>
    <message>
        <source>Network and RPC endpoints</source>
        <translation>Red y puntos de conexión RPC</translation>
    </message>
    <message>
        <source>%1 (chain id %2). Plinth asks the endpoints in this order and checks every answer against block headers, so an endpoint cannot make it show false data.</source>
        <extracomment>%1 is the network&apos;s name, %2 its chain id</extracomment>
        <translation>%1 (id de cadena %2). Plinth consulta los puntos de conexión en este orden y comprueba cada respuesta con las cabeceras de bloque, de modo que un punto de conexión no puede hacerle mostrar datos falsos.</translation>
    </message>
    <message>
        <source>No network is selected: start Plinth with --network to choose one.</source>
        <translation>No hay ninguna red seleccionada: inicie Plinth con --network para elegir una.</translation>
    </message>
    <message>
        <source>RPC endpoints</source>
        <translation>Puntos de conexión RPC</translation>
    </message>
    <message>
        <source>New endpoint URL</source>
        <translation>URL del nuevo punto de conexión</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Añadir punto de conexión</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Test endpoint</source>
        <translation>Probar punto de conexión</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation>Quitar punto de conexión</translation>
    </message>
</context>
<context>
    <name>plinth::ui::EventNotifier</name>
    <message>
        <source>Proposal %1</source>
        <extracomment>a proposal without a title: %1 is its id</extracomment>
        <translation>Propuesta %1</translation>
    </message>
    <message>
        <source>New epoch rewards</source>
        <translation>Nuevas recompensas de época</translation>
    </message>
    <message>
        <source>Device offline</source>
        <translation>Dispositivo sin conexión</translation>
    </message>
    <message>
        <source>Proposal open for voting</source>
        <translation>Propuesta abierta a votación</translation>
    </message>
    <message>
        <source>%1 is open for voting until %2.</source>
        <extracomment>%1 is the proposal&apos;s title, %2 when voting ends (a date and time)</extracomment>
        <translation>%1 está abierta a votación hasta el %2.</translation>
    </message>
    <message>
        <source>Proposal about to end</source>
        <translation>Propuesta a punto de terminar</translation>
    </message>
    <message>
        <source>Voting on %1 ends in %2.</source>
        <extracomment>%1 is the proposal&apos;s title, %2 the time left (&quot;3 hours&quot;)</extracomment>
        <translation>La votación sobre %1 termina dentro de %2.</translation>
    </message>
    <message>
        <source>Transaction confirmed</source>
        <translation>Transacción confirmada</translation>
    </message>
    <message>
        <source>Transaction %1 is in block %2.</source>
        <extracomment>%1 is the start of the transaction&apos;s hash, %2 its block number</extracomment>
        <translation>La transacción %1 está en el bloque %2.</translation>
    </message>
    <message>
        <source>Transaction %1 is confirmed.</source>
        <extracomment>%1 is the start of the transaction&apos;s hash</extracomment>
        <translation>La transacción %1 está confirmada.</translation>
    </message>
    <message>
        <source>Transaction failed</source>
        <translation>Transacción fallida</translation>
    </message>
    <message>
        <source>Transaction %1 failed.</source>
        <extracomment>%1 is the start of the transaction&apos;s hash</extracomment>
        <translation>La transacción %1 ha fallado.</translation>
    </message>
    <message>
        <source>Transaction %1 failed: %2</source>
        <extracomment>%1 is the start of the transaction&apos;s hash, %2 the node&apos;s reason</extracomment>
        <translation>La transacción %1 ha fallado: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new reward(s) paid %1; the latest is for epoch %2.</source>
        <extracomment>%Ln is the number of new rewards, %1 what they paid together, %2 the latest one&apos;s epoch</extracomment>
        <translation>
            <numerusform>Se ha pagado %Ln nueva recompensa de %1; corresponde a la época %2.</numerusform>
            <numerusform>Se han pagado %Ln nuevas recompensas por un total de %1; la más reciente corresponde a la época %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Device %1 has been offline for %Ln epoch(s).</source>
        <extracomment>%1 is the device&apos;s short address, %Ln the epochs it scored 0 in a row</extracomment>
        <translation>
            <numerusform>El dispositivo %1 lleva %Ln época sin conexión.</numerusform>
            <numerusform>El dispositivo %1 lleva %Ln épocas sin conexión.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::FirstRunWizard</name>
    <message>
        <source>Set up Plinth</source>
        <translation>Configurar Plinth</translation>
    </message>
    <message>
        <source>Encrypting your vault… This takes a few seconds on purpose: it makes guessing your password slow.</source>
        <translation>Cifrando su bóveda… Esto tarda unos segundos a propósito: hace que adivinar su contraseña sea lento.</translation>
    </message>
    <message>
        <source>The vault was created but holds no account.</source>
        <translation>La bóveda se ha creado, pero no contiene ninguna cuenta.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a keystore file.</source>
        <translation>%1 es demasiado grande para ser un archivo keystore.</translation>
    </message>
    <message>
        <source>The keystore file&apos;s password is wrong. Go back, correct it and finish again.</source>
        <translation>La contraseña del archivo keystore es incorrecta. Vuelva atrás, corríjala y finalice de nuevo.</translation>
    </message>
    <message>
        <source>Plinth could not finish: %1</source>
        <extracomment>%1 is the reason, one sentence</extracomment>
        <translation>Plinth no ha podido finalizar: %1</translation>
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
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified at block %1, %2</source>
        <extracomment>%1 is a block number, %2 how long ago (&quot;5 minutes ago&quot;)</extracomment>
        <translation>Verificado en el bloque %1, %2</translation>
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
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1</source>
        <extracomment>a duration of days and hours: %n is the number of days, %1 the hours (&quot;3 hours&quot;)</extracomment>
        <translation>
            <numerusform>%n día y %1</numerusform>
            <numerusform>%n días y %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) %1</source>
        <extracomment>a duration of hours and minutes: %n is the number of hours, %1 the minutes (&quot;45 minutes&quot;)</extracomment>
        <translation>
            <numerusform>%n hora y %1</numerusform>
            <numerusform>%n horas y %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::GovernancePage</name>
    <message>
        <source>No proposals yet: a proposal appears here once it is created on the governor.</source>
        <translation>Aún no hay propuestas: una propuesta aparece aquí en cuanto se crea en el contrato Governor.</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Queue %1 in the timelock</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>Poner %1 en la cola del timelock</translation>
    </message>
    <message>
        <source>Execute %1</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>Ejecutar %1</translation>
    </message>
    <message>
        <source>Reading the verified cache…</source>
        <translation>Leyendo la caché verificada…</translation>
    </message>
    <message>
        <source>Nothing is verified yet: the proposals appear after the first sync.</source>
        <translation>Aún no hay nada verificado: las propuestas aparecen tras la primera sincronización.</translation>
    </message>
    <message>
        <source>Could not read the proposals from the verified cache: %1</source>
        <extracomment>%1 the core&apos;s reason</extracomment>
        <translation>No se han podido leer las propuestas de la caché verificada: %1</translation>
    </message>
    <message>
        <source>Could not read the proposal from the verified cache: %1</source>
        <extracomment>%1 the core&apos;s reason</extracomment>
        <translation>No se ha podido leer la propuesta de la caché verificada: %1</translation>
    </message>
    <message>
        <source>Vote for %1</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>Votar a favor de %1</translation>
    </message>
    <message>
        <source>Vote against %1</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>Votar en contra de %1</translation>
    </message>
    <message>
        <source>Abstain on %1</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>Abstenerse en %1</translation>
    </message>
    <message>
        <source>The node could not run the simulation: %1</source>
        <extracomment>%1 the reason</extracomment>
        <translation>El nodo no ha podido ejecutar la simulación: %1</translation>
    </message>
    <message>
        <source>De&amp;legate votes…</source>
        <translation>De&amp;legar votos…</translation>
    </message>
    <message>
        <source>Delegate votes</source>
        <translation>Delegar votos</translation>
    </message>
    <message>
        <source>Choose who votes with your tokens: yourself or another address</source>
        <translation>Elija quién vota con sus tokens: usted mismo u otra dirección</translation>
    </message>
    <message>
        <source>Open an account first: votes are delegated per account.</source>
        <translation>Abra primero una cuenta: los votos se delegan por cuenta.</translation>
    </message>
    <message>
        <source>Choose a network first (Settings): votes are delegated on a network&apos;s token.</source>
        <translation>Elija primero una red (Configuración): los votos se delegan en el token de una red.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::GuiCallback</name>
    <message>
        <source>Unexpected error in %1: %2</source>
        <translation>Error inesperado en %1: %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::HelpDialog</name>
    <message>
        <source>Plinth Help</source>
        <translation>Ayuda de Plinth</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Plinth %1</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>Plinth %1</translation>
    </message>
    <message>
        <source>A wallet and contributor dashboard for DePIN networks. Every balance, reward and vote it shows is verified against block headers by its own light client; it does not trust the RPC endpoints it reads from.</source>
        <translation>Un monedero y panel para contribuidores de redes DePIN. Cada saldo, recompensa y voto que muestra se verifica con las cabeceras de bloque mediante su propio cliente ligero; no confía en los puntos de conexión RPC de los que lee.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
</context>
<context>
    <name>plinth::ui::KeystorePage</name>
    <message>
        <source>Import a keystore file</source>
        <translation>Importar un archivo keystore</translation>
    </message>
    <message>
        <source>Choose the keystore v3 JSON file and type the password it was saved with. Plinth keeps the key in its own vault, under the vault password you choose next.</source>
        <translation>Elija el archivo JSON keystore v3 y escriba la contraseña con la que se guardó. Plinth guarda la clave en su propia bóveda, con la contraseña de bóveda que elija a continuación.</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>Archivo keystore</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the keystore file</source>
        <translation>Elegir el archivo keystore</translation>
    </message>
    <message>
        <source>Open a keystore file</source>
        <translation>Abrir un archivo keystore</translation>
    </message>
    <message>
        <source>Keystore files (*.json);;All files (*)</source>
        <translation>Archivos keystore (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The keystore file&apos;s password</source>
        <translation>La contraseña del archivo keystore</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>File &amp;password:</source>
        <translation>&amp;Contraseña del archivo:</translation>
    </message>
</context>
<context>
    <name>plinth::ui::LedgerView</name>
    <message>
        <source>Rewarded</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Claimable (proven)</source>
        <translation>Reclamable (probado)</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Reclamado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Reconciled at block %1: rewarded − claimed = claimable, and every claim was received in full.</source>
        <extracomment>%1 the block number</extracomment>
        <translation>Conciliado en el bloque %1: asignado − reclamado = reclamable, y cada reclamación se ha recibido íntegramente.</translation>
    </message>
    <message>
        <source>Does not reconcile at block %1:</source>
        <translation>No concilia en el bloque %1:</translation>
    </message>
    <message>
        <source>%1 is off by %2 base units: %3</source>
        <extracomment>%1 what differs (&quot;claimable&quot;), %2 by how many base units, %3 the reason</extracomment>
        <translation>%1 difiere en %2 unidades base: %3</translation>
    </message>
</context>
<context>
    <name>plinth::ui::LockController</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Desbloquear…</translation>
    </message>
    <message>
        <source>Lock the wallet (%1)</source>
        <translation>Bloquear el monedero (%1)</translation>
    </message>
    <message>
        <source>Unlock the wallet to sign</source>
        <translation>Desbloquear el monedero para firmar</translation>
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
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Ganancias</translation>
    </message>
    <message>
        <source>Staking</source>
        <translation>Staking</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Send &amp; Receive</source>
        <translation>Enviar y recibir</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Your balances, claimable rewards and devices appear here once a wallet is open and synced.</source>
        <translation>Sus saldos, recompensas reclamables y dispositivos aparecerán aquí cuando haya un monedero abierto y sincronizado.</translation>
    </message>
    <message>
        <source>The devices you registered appear here once a wallet is open and synced.</source>
        <translation>Los dispositivos que haya registrado aparecerán aquí cuando haya un monedero abierto y sincronizado.</translation>
    </message>
    <message>
        <source>Rewards per device and epoch appear here once a wallet is open and synced.</source>
        <translation>Las recompensas por dispositivo y época aparecerán aquí cuando haya un monedero abierto y sincronizado.</translation>
    </message>
    <message>
        <source>Your stakes, delegations and unbonding entries appear here once a wallet is open and synced.</source>
        <translation>Sus stakes, delegaciones y desvinculaciones en curso aparecerán aquí cuando haya un monedero abierto y sincronizado.</translation>
    </message>
    <message>
        <source>The network&apos;s proposals and your votes appear here once a wallet is open and synced.</source>
        <translation>Las propuestas de la red y sus votos aparecerán aquí cuando haya un monedero abierto y sincronizado.</translation>
    </message>
    <message>
        <source>Your transactions and events appear here once a wallet is open and synced.</source>
        <translation>Sus transacciones y eventos aparecerán aquí cuando haya un monedero abierto y sincronizado.</translation>
    </message>
    <message>
        <source>Sending and receiving become available once a wallet is open.</source>
        <translation>Podrá enviar y recibir cuando haya un monedero abierto.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the page name, %2 the keyboard shortcut</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <extracomment>a keyboard shortcut&apos;s action: %1 is a page name</extracomment>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Lock the wallet</source>
        <translation>Bloquear el monedero</translation>
    </message>
    <message>
        <source>Switch the account</source>
        <translation>Cambiar de cuenta</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Mostrar esta ayuda</translation>
    </message>
    <message>
        <source>Move to the next control</source>
        <translation>Pasar al siguiente control</translation>
    </message>
</context>
<context>
    <name>plinth::ui::NetworkPage</name>
    <message>
        <source>Choose the network</source>
        <translation>Elija la red</translation>
    </message>
    <message>
        <source>Plinth follows one deployment of the network at a time; you can add others in Settings.</source>
        <translation>Plinth sigue un solo despliegue de la red a la vez; puede añadir otros en Configuración.</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Looking for networks and asking the local devnet whether it runs…</source>
        <translation>Buscando redes y preguntando a la devnet local si está en marcha…</translation>
    </message>
    <message>
        <source>No network for now
Choose one later in Settings.</source>
        <translation>Ninguna red por ahora
Elija una más tarde en Configuración.</translation>
    </message>
    <message>
        <source>No network profile was found and no local devnet answered.</source>
        <translation>No se ha encontrado ningún perfil de red y ninguna devnet local ha respondido.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::OnboardingChecksView</name>
    <message>
        <source>Checks of the payload</source>
        <translation>Comprobaciones de la carga útil</translation>
    </message>
    <message>
        <source>Signed by the device&apos;s own key, %1.</source>
        <extracomment>%1 the device&apos;s address</extracomment>
        <translation>Firmada con la propia clave del dispositivo, %1.</translation>
    </message>
    <message>
        <source>Signed for chain %1, this network&apos;s, and the node is on that chain.</source>
        <extracomment>%1 chain id</extracomment>
        <translation>Firmada para la cadena %1, la de esta red, y el nodo está en esa cadena.</translation>
    </message>
    <message>
        <source>Signed for this network&apos;s device registry, %1.</source>
        <translation>Firmada para el registro de dispositivos de esta red, %1.</translation>
    </message>
    <message>
        <source>Valid until %1, %2 after the chain&apos;s latest block.</source>
        <extracomment>%1 date and time, %2 a duration such as &quot;23 hours&quot;</extracomment>
        <translation>Válida hasta el %1, %2 después del último bloque de la cadena.</translation>
    </message>
    <message>
        <source>Not registered and never retired (the verified cache at block %1 agrees).</source>
        <extracomment>%1 block number</extracomment>
        <translation>No registrado y nunca dado de baja (la caché verificada en el bloque %1 coincide).</translation>
    </message>
    <message>
        <source>Not registered and never retired.</source>
        <translation>No registrado y nunca dado de baja.</translation>
    </message>
    <message>
        <source>Its onboarding nonce has not been used.</source>
        <translation>Su nonce de incorporación no se ha usado.</translation>
    </message>
    <message>
        <source>It names this account, %1, as its owner.</source>
        <translation>Indica a esta cuenta, %1, como su propietaria.</translation>
    </message>
    <message>
        <source>Stake %1: the registry&apos;s minimum, as the payload names none.</source>
        <extracomment>%1 amount</extracomment>
        <translation>Stake %1: el mínimo del registro, ya que la carga útil no indica ninguno.</translation>
    </message>
    <message>
        <source>Stake %1, at least the registry&apos;s minimum of %2.</source>
        <extracomment>%1 the stake, %2 the registry&apos;s minimum stake</extracomment>
        <translation>Stake %1, al menos el mínimo del registro de %2.</translation>
    </message>
    <message>
        <source>Your balance of %1 covers the stake and the %2 fee (%3 in all).</source>
        <extracomment>%1 the account&apos;s token balance, %2 the onboarding fee, %3 stake + fee</extracomment>
        <translation>Su saldo de %1 cubre el stake y la tarifa de %2 (%3 en total).</translation>
    </message>
    <message>
        <source>The registry&apos;s state and your balance were read with eth_call at block %1: unverified.</source>
        <extracomment>%1 block number</extracomment>
        <translation>El estado del registro y su saldo se han leído con eth_call en el bloque %1: sin verificar.</translation>
    </message>
    <message>
        <source>The registry&apos;s state and your balance are proven at block %1.</source>
        <translation>El estado del registro y su saldo están probados en el bloque %1.</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <extracomment>what a screen reader says for a passed check; %1 the check&apos;s sentence</extracomment>
        <translation>Superada: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>what a screen reader says for a failed check; %1 why it failed</extracomment>
        <translation>Fallida: %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::OnboardingWizard</name>
    <message>
        <source>&amp;Paste or open a device&apos;s signed payload</source>
        <translation>&amp;Pegar o abrir la carga útil firmada de un dispositivo</translation>
    </message>
    <message>
        <source>Register &amp;this computer: the wallet makes the device&apos;s key</source>
        <translation>Registrar &amp;este ordenador: el monedero crea la clave del dispositivo</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Abrir un archivo…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Onboard a device</source>
        <translation>Incorporar un dispositivo</translation>
    </message>
    <message>
        <source>Signed onboarding payload</source>
        <translation>Carga útil de incorporación firmada</translation>
    </message>
    <message>
        <source>Paste the payload&apos;s JSON or its QR text (plinth-onboard:1;…)</source>
        <translation>Pegue el JSON de la carga útil o su texto QR (plinth-onboard:1;…)</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Stake</translation>
    </message>
    <message>
        <source>Empty: the payload&apos;s stake, or the registry&apos;s minimum</source>
        <translation>Vacío: el stake de la carga útil, o el mínimo del registro</translation>
    </message>
    <message>
        <source>Onboarding status</source>
        <translation>Estado de la incorporación</translation>
    </message>
    <message>
        <source>A device proves it is yours by signing an onboarding message with its own key. How do you want to onboard it?</source>
        <translation>Un dispositivo demuestra que es suyo firmando un mensaje de incorporación con su propia clave. ¿Cómo desea incorporarlo?</translation>
    </message>
    <message>
        <source>On the device, run plinth-cli device-key sign-onboarding with this account as the owner, then paste what it printed, or open the file it wrote.</source>
        <translation>En el dispositivo, ejecute plinth-cli device-key sign-onboarding con esta cuenta como propietaria y, a continuación, pegue lo que haya impreso o abra el archivo que haya escrito.</translation>
    </message>
    <message>
        <source>&amp;Stake (%1)</source>
        <extracomment>%1 the token&apos;s symbol</extracomment>
        <translation>&amp;Stake (%1)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Sig&amp;uiente</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Registrar…</translation>
    </message>
    <message>
        <source>The stake is not an amount: %1.</source>
        <extracomment>%1 why the amount is not valid</extracomment>
        <translation>El stake no es un importe: %1.</translation>
    </message>
    <message>
        <source>Paste a payload or open its file first.</source>
        <translation>Pegue antes una carga útil o abra su archivo.</translation>
    </message>
    <message>
        <source>Checking the payload against the chain…</source>
        <translation>Comprobando la carga útil con la cadena…</translation>
    </message>
    <message>
        <source>Making the device key, signing its onboarding and checking it against the chain…</source>
        <translation>Creando la clave del dispositivo, firmando su incorporación y comprobándola con la cadena…</translation>
    </message>
    <message>
        <source>Device %1 (%2, %3) can be registered to this account, staking %4 and paying the %5 onboarding fee.</source>
        <extracomment>%1 device address, %2 kind, %3 capacity with unit, %4 stake, %5 onboarding fee</extracomment>
        <translation>El dispositivo %1 (%2, %3) se puede registrar a nombre de esta cuenta, depositando %4 de stake y pagando la tarifa de incorporación de %5.</translation>
    </message>
    <message>
        <source>The device key is kept in %1.</source>
        <translation>La clave del dispositivo se guarda en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: this payload would be refused, so nothing can be sent. No device key was kept.</source>
        <translation>
            <numerusform>%n comprobación ha fallado: esta carga útil se rechazaría, así que no se puede enviar nada. No se ha guardado ninguna clave de dispositivo.</numerusform>
            <numerusform>%n comprobaciones han fallado: esta carga útil se rechazaría, así que no se puede enviar nada. No se ha guardado ninguna clave de dispositivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register device %1, staking %2</source>
        <extracomment>%1 device address, %2 stake with symbol</extracomment>
        <translation>Registrar el dispositivo %1, depositando %2 de stake</translation>
    </message>
    <message>
        <source>The registration was not confirmed: see the confirmation dialog for why.</source>
        <translation>El registro no se ha confirmado: consulte el motivo en el diálogo de confirmación.</translation>
    </message>
    <message>
        <source>Open an onboarding payload</source>
        <translation>Abrir una carga útil de incorporación</translation>
    </message>
    <message>
        <source>Onboarding payloads (*.json *.txt);;All files (*)</source>
        <translation>Cargas útiles de incorporación (*.json *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 file, %2 the system&apos;s reason</extracomment>
        <translation>No se ha podido leer %1: %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::OverviewPage</name>
    <message>
        <source>Balances</source>
        <translation>Saldos</translation>
    </message>
    <message>
        <source>Claimable rewards</source>
        <translation>Recompensas reclamables</translation>
    </message>
    <message>
        <source>Earnings, last 30 days</source>
        <translation>Ganancias, últimos 30 días</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Proposals awaiting your vote</source>
        <translation>Propuestas pendientes de su voto</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Actividad reciente</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Reclamar</translation>
    </message>
    <message>
        <source>Claim rewards</source>
        <translation>Reclamar recompensas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Dados de baja</translation>
    </message>
    <message>
        <source>Earnings per day over the last 30 days</source>
        <translation>Ganancias por día en los últimos 30 días</translation>
    </message>
    <message>
        <source>Proving your balances against the verified block…</source>
        <translation>Probando sus saldos en el bloque verificado…</translation>
    </message>
    <message>
        <source>Could not prove your balances: %1</source>
        <translation>No se han podido probar sus saldos: %1</translation>
    </message>
    <message>
        <source>Proving your claimable rewards…</source>
        <translation>Probando sus recompensas reclamables…</translation>
    </message>
    <message>
        <source>Could not prove your claimable rewards: %1</source>
        <translation>No se han podido probar sus recompensas reclamables: %1</translation>
    </message>
    <message>
        <source>Nothing to claim at block %1.</source>
        <translation>Nada que reclamar en el bloque %1.</translation>
    </message>
    <message>
        <source>Claim %1 to %2</source>
        <extracomment>%1 is the amount with its symbol, %2 the receiving address</extracomment>
        <translation>Reclamar %1 para %2</translation>
    </message>
    <message>
        <source>Adding up your rewards of the last 30 days…</source>
        <translation>Sumando sus recompensas de los últimos 30 días…</translation>
    </message>
    <message>
        <source>Could not read your earnings: %1</source>
        <extracomment>%1 why the earnings could not be read, a sentence from the wallet</extracomment>
        <translation>No se han podido leer sus ganancias: %1</translation>
    </message>
    <message>
        <source>None of your devices earned a reward in the last 30 days.</source>
        <translation>Ninguno de sus dispositivos ha ganado una recompensa en los últimos 30 días.</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>Reading your devices from the verified cache…</source>
        <translation>Leyendo sus dispositivos de la caché verificada…</translation>
    </message>
    <message>
        <source>Could not read your devices: %1</source>
        <extracomment>%1 why the devices could not be read, a sentence from the wallet</extracomment>
        <translation>No se han podido leer sus dispositivos: %1</translation>
    </message>
    <message>
        <source>This account has no devices. Register one on the Devices page.</source>
        <translation>Esta cuenta no tiene dispositivos. Registre uno en la página Dispositivos.</translation>
    </message>
    <message>
        <source>Reading the network&apos;s proposals…</source>
        <translation>Leyendo las propuestas de la red…</translation>
    </message>
    <message>
        <source>Could not read the proposals: %1</source>
        <extracomment>%1 why the proposals could not be read, a sentence from the wallet</extracomment>
        <translation>No se han podido leer las propuestas: %1</translation>
    </message>
    <message>
        <source>No active proposal is waiting for your vote.</source>
        <translation>Ninguna propuesta activa espera su voto.</translation>
    </message>
    <message>
        <source>No active proposal is waiting for you: you have no voting power in the open ones.</source>
        <translation>Ninguna propuesta activa le espera: no tiene poder de voto en las abiertas.</translation>
    </message>
    <message>
        <source>Reading your transactions and rewards…</source>
        <translation>Leyendo sus transacciones y recompensas…</translation>
    </message>
    <message>
        <source>Could not read your activity: %1</source>
        <extracomment>%1 why the activity could not be read, a sentence from the wallet</extracomment>
        <translation>No se ha podido leer su actividad: %1</translation>
    </message>
    <message>
        <source>Nothing has happened on this account yet.</source>
        <translation>Aún no ha ocurrido nada en esta cuenta.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 what happened, %2 how long ago</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln reward(s), verified at block %2</source>
        <extracomment>%1 the amount, %Ln the number of rewards, %2 the verified block</extracomment>
        <translation>
            <numerusform>%1 en %Ln recompensa, verificado en el bloque %2</numerusform>
            <numerusform>%1 en %Ln recompensas, verificado en el bloque %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading your last proven balances from the verified cache…</source>
        <translation>Leyendo sus últimos saldos probados de la caché verificada…</translation>
    </message>
    <message>
        <source>Proven at block %1; proving them again failed: %2</source>
        <extracomment>%1 the block the balances shown were proven at, %2 why proving them again failed</extracomment>
        <translation>Probados en el bloque %1; no se han podido volver a probar: %2</translation>
    </message>
    <message>
        <source>Reading your last proven claimable rewards from the verified cache…</source>
        <translation>Leyendo sus últimas recompensas reclamables probadas de la caché verificada…</translation>
    </message>
    <message>
        <source>Proven at block %1; proving it again failed: %2</source>
        <extracomment>%1 the block the amount shown was proven at, %2 why proving it again failed</extracomment>
        <translation>Probado en el bloque %1; no se ha podido volver a probar: %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::OverviewText</name>
    <message>
        <source>signed, not sent yet</source>
        <translation>firmada, aún no enviada</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>failed (reverted)</source>
        <translation>fallida (revertida)</translation>
    </message>
    <message>
        <source>rejected by the node</source>
        <translation>rechazada por el nodo</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartada</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>reemplazada</translation>
    </message>
    <message>
        <source>Proven at block %1</source>
        <translation>Probado en el bloque %1</translation>
    </message>
    <message>
        <source>a new contract</source>
        <translation>un contrato nuevo</translation>
    </message>
    <message>
        <source>Sent %1 to %2, %3</source>
        <extracomment>%1 the amount, %2 the recipient, %3 the state (&quot;pending&quot;, &quot;confirmed&quot;)</extracomment>
        <translation>Enviado %1 a %2, %3</translation>
    </message>
    <message>
        <source>Speed-up of a transaction, %1</source>
        <translation>Aceleración de una transacción, %1</translation>
    </message>
    <message>
        <source>Cancellation of a transaction, %1</source>
        <translation>Cancelación de una transacción, %1</translation>
    </message>
    <message>
        <source>Transaction to %1, %2</source>
        <extracomment>%1 the contract or recipient, %2 the state (&quot;pending&quot;, &quot;confirmed&quot;)</extracomment>
        <translation>Transacción a %1, %2</translation>
    </message>
    <message>
        <source>Reward of %1 for %2, epoch %3</source>
        <extracomment>%1 the amount, %2 the device, %3 the epoch number</extracomment>
        <translation>Recompensa de %1 para %2, época %3</translation>
    </message>
    <message>
        <source>%1: voting ends in %2; your voting power is %3</source>
        <extracomment>%1 the proposal&apos;s title, %2 how long voting stays open (&quot;2 days 3 hours&quot;), %3 the voting power</extracomment>
        <translation>%1: la votación termina dentro de %2; su poder de voto es %3</translation>
    </message>
    <message>
        <source>%1: voting is about to end; your voting power is %2</source>
        <extracomment>%1 the proposal&apos;s title, %2 the voting power; the deadline is at the latest verified block</extracomment>
        <translation>%1: la votación está a punto de terminar; su poder de voto es %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::PasswordPage</name>
    <message>
        <source>Choose a vault password</source>
        <translation>Elija una contraseña para la bóveda</translation>
    </message>
    <message>
        <source>Plinth asks for it to unlock the wallet and before anything is signed. It cannot be recovered: if you forget it, restore the wallet from its recovery phrase.</source>
        <translation>Plinth la pide para desbloquear el monedero y antes de firmar cualquier cosa. No se puede recuperar: si la olvida, restaure el monedero a partir de su frase de recuperación.</translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation>Contraseña de la bóveda</translation>
    </message>
    <message>
        <source>Vault password again</source>
        <translation>Contraseña de la bóveda, de nuevo</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Seguridad de la contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>De &amp;nuevo:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Plinth does not accept a password this weak.</source>
        <translation>Plinth no acepta una contraseña tan débil.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::PasswordStrengthMeter</name>
    <message>
        <source>Choose a password: it encrypts your keys on this computer.</source>
        <translation>Elija una contraseña: cifra sus claves en este ordenador.</translation>
    </message>
    <message>
        <source>This is one of the passwords attackers try first.</source>
        <translation>Esta es una de las contraseñas que los atacantes prueban primero.</translation>
    </message>
    <message>
        <source>Too short: use at least 12 characters, or a few unrelated words.</source>
        <translation>Demasiado corta: use al menos 12 caracteres o unas cuantas palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>Mostly repeated or sequential characters, which are guessed quickly.</source>
        <translation>Sobre todo caracteres repetidos o consecutivos, que se adivinan rápidamente.</translation>
    </message>
    <message>
        <source>Contains a keyboard run or the alphabet in order, which attackers try early.</source>
        <translation>Contiene una secuencia del teclado o el alfabeto en orden, que los atacantes prueban pronto.</translation>
    </message>
    <message>
        <source>Strong: long enough that guessing it is out of reach.</source>
        <translation>Segura: lo bastante larga para que adivinarla esté fuera de alcance.</translation>
    </message>
    <message>
        <source>Strong: a good length with a mix of letters, digits and symbols.</source>
        <translation>Segura: una buena longitud con una mezcla de letras, dígitos y símbolos.</translation>
    </message>
    <message>
        <source>Fair: a longer password or a few unrelated words would make it strong.</source>
        <translation>Aceptable: una contraseña más larga o unas cuantas palabras sin relación la harían segura.</translation>
    </message>
    <message>
        <source>Weak: add length and mix in capitals, digits or symbols.</source>
        <translation>Débil: añada longitud y mezcle mayúsculas, dígitos o símbolos.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::PhrasePage</name>
    <message>
        <source>Your recovery phrase</source>
        <translation>Su frase de recuperación</translation>
    </message>
    <message>
        <source>Write these words down on paper, in order, and keep them somewhere safe. Anyone who has them can take everything in this wallet; without them a lost computer means lost funds.</source>
        <translation>Anote estas palabras en papel, en orden, y guárdelas en un lugar seguro. Cualquiera que las tenga puede llevarse todo lo que hay en este monedero; sin ellas, un ordenador perdido significa fondos perdidos.</translation>
    </message>
    <message>
        <source>12 words</source>
        <translation>12 palabras</translation>
    </message>
    <message>
        <source>24 words</source>
        <translation>24 palabras</translation>
    </message>
    <message>
        <source>Length of the recovery phrase</source>
        <translation>Longitud de la frase de recuperación</translation>
    </message>
    <message>
        <source>Never type these words into a website or share a photo of them. Plinth asks for three of them on the next page.</source>
        <translation>No escriba nunca estas palabras en un sitio web ni comparta una foto de ellas. Plinth le pedirá tres de ellas en la página siguiente.</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Longitud:</translation>
    </message>
    <message>
        <source>Making a new recovery phrase…</source>
        <translation>Creando una nueva frase de recuperación…</translation>
    </message>
    <message>
        <source>No recovery phrase could be made: %1</source>
        <extracomment>%1 is the reason, a sentence from the wallet</extracomment>
        <translation>No se ha podido crear ninguna frase de recuperación: %1</translation>
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
        <translation>el token de la red</translation>
    </message>
    <message>
        <source>the staking contract</source>
        <translation>el contrato de staking</translation>
    </message>
    <message>
        <source>the device registry</source>
        <translation>el registro de dispositivos</translation>
    </message>
    <message>
        <source>the rewards contract</source>
        <translation>el contrato de recompensas</translation>
    </message>
    <message>
        <source>the governor</source>
        <translation>el contrato Governor</translation>
    </message>
    <message>
        <source>the timelock</source>
        <translation>el timelock</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>%1 this step&apos;s number, %2 how many steps the plan has</extracomment>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Allow %1 to take up to %2 from your balance, for the next step</source>
        <extracomment>%1 a contract (&quot;the staking contract&quot;), %2 an amount with its symbol</extracomment>
        <translation>Permitir que %1 tome hasta %2 de su saldo, para el paso siguiente</translation>
    </message>
    <message>
        <source>Sends %1 to %2</source>
        <extracomment>%1 an amount with its symbol, %2 the recipient&apos;s address</extracomment>
        <translation>Envía %1 a %2</translation>
    </message>
    <message>
        <source>Calls %1 on %2</source>
        <extracomment>%1 a function&apos;s signature, e.g. &quot;claim(address)&quot;, %2 a contract (&quot;the rewards contract&quot;) or an address</extracomment>
        <translation>Llama a %1 en %2</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <extracomment>one argument of a decoded call: %1 its name, %2 its value</extracomment>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Sends %1 with the call</source>
        <extracomment>%1 an amount of the native currency</extracomment>
        <translation>Envía %1 con la llamada</translation>
    </message>
    <message>
        <source>Its fee is worked out once the step before is confirmed.</source>
        <translation>Su comisión se calcula en cuanto se confirma el paso anterior.</translation>
    </message>
    <message>
        <source>No fee could be worked out: it cannot be built.</source>
        <translation>No se ha podido calcular ninguna comisión: no se puede construir.</translation>
    </message>
    <message>
        <source>Fee: at most %1, likely %2</source>
        <extracomment>%1 the most this transaction can cost in fees, %2 what it will likely cost</extracomment>
        <translation>Comisión: como máximo %1, probablemente %2</translation>
    </message>
    <message>
        <source>Estimated as if the approval before it were confirmed; worked out again once it is.</source>
        <translation>Estimado como si la aprobación anterior estuviera confirmada; se vuelve a calcular en cuanto lo esté.</translation>
    </message>
    <message>
        <source>Simulated as if the approval before it were confirmed: it succeeds (unverified: what %1 says)</source>
        <extracomment>%1 the RPC endpoint that ran the simulation</extracomment>
        <translation>Simulado como si la aprobación anterior estuviera confirmada: tiene éxito (sin verificar: lo que dice %1)</translation>
    </message>
    <message>
        <source>Simulated: it succeeds (unverified: what %1 says)</source>
        <extracomment>%1 the RPC endpoint that ran the simulation</extracomment>
        <translation>Simulado: tiene éxito (sin verificar: lo que dice %1)</translation>
    </message>
    <message>
        <source>Simulated: it would fail: %1 (unverified: what %2 says)</source>
        <extracomment>%1 why it fails (the decoded revert), %2 the RPC endpoint that ran the simulation</extracomment>
        <translation>Simulado: fallaría: %1 (sin verificar: lo que dice %2)</translation>
    </message>
    <message>
        <source>It cannot be prepared: %1</source>
        <extracomment>%1 why the transaction could not be prepared</extracomment>
        <translation>No se puede preparar: %1</translation>
    </message>
    <message>
        <source>It was not simulated.</source>
        <translation>No se ha simulado.</translation>
    </message>
    <message>
        <source>Still pending when Plinth stopped waiting; it may still be included (%1)</source>
        <extracomment>%1 a transaction hash</extracomment>
        <translation>Aún pendiente cuando Plinth dejó de esperar; todavía puede incluirse (%1)</translation>
    </message>
    <message>
        <source>Sent, waiting for a block (%1)</source>
        <extracomment>%1 a transaction hash</extracomment>
        <translation>Enviada, esperando un bloque (%1)</translation>
    </message>
    <message>
        <source>Confirmed in block %1 (%2)</source>
        <extracomment>%1 a block number, %2 a transaction hash</extracomment>
        <translation>Confirmada en el bloque %1 (%2)</translation>
    </message>
    <message>
        <source>Failed in block %1: %2</source>
        <extracomment>%1 a block number, %2 why it failed (the decoded revert)</extracomment>
        <translation>Fallida en el bloque %1: %2</translation>
    </message>
    <message>
        <source>Failed in block %1; the reason could not be found</source>
        <extracomment>%1 a block number</extracomment>
        <translation>Fallida en el bloque %1; no se ha podido encontrar el motivo</translation>
    </message>
    <message>
        <source>Replaced by another transaction with the same nonce</source>
        <translation>Reemplazada por otra transacción con el mismo nonce</translation>
    </message>
    <message>
        <source>Dropped: the node no longer has it and its nonce was not used, so nothing was spent</source>
        <translation>Descartada: el nodo ya no la tiene y su nonce no se ha usado, así que no se ha gastado nada</translation>
    </message>
    <message numerus="yes">
        <source>Calls %1 with %Ln byte(s) of data that Plinth cannot decode</source>
        <extracomment>%1 a contract or an address, %Ln the number of bytes of call data</extracomment>
        <translation>
            <numerusform>Llama a %1 con %Ln byte de datos que Plinth no puede decodificar</numerusform>
            <numerusform>Llama a %1 con %Ln bytes de datos que Plinth no puede decodificar</numerusform>
        </translation>
    </message>
    <message>
        <source>Send is disabled: step %1 would fail: %2.</source>
        <extracomment>%1 the step&apos;s number, %2 why it fails (the decoded revert)</extracomment>
        <translation>Envío desactivado: el paso %1 fallaría: %2.</translation>
    </message>
    <message>
        <source>Send is disabled: it would fail: %1.</source>
        <extracomment>%1 why it fails (the decoded revert)</extracomment>
        <translation>Envío desactivado: la transacción fallaría: %1.</translation>
    </message>
    <message>
        <source>Send is disabled: step %1 cannot be prepared: %2.</source>
        <extracomment>%1 the step&apos;s number, %2 why the transaction could not be prepared</extracomment>
        <translation>Envío desactivado: el paso %1 no se puede preparar: %2.</translation>
    </message>
    <message>
        <source>Send is disabled: it cannot be prepared: %1.</source>
        <extracomment>%1 why the transaction could not be prepared</extracomment>
        <translation>Envío desactivado: la transacción no se puede preparar: %1.</translation>
    </message>
    <message>
        <source>Send is disabled: step %1 could not be simulated.</source>
        <extracomment>%1 the step&apos;s number</extracomment>
        <translation>Envío desactivado: no se ha podido simular el paso %1.</translation>
    </message>
    <message>
        <source>Send is disabled: it could not be simulated.</source>
        <translation>Envío desactivado: no se ha podido simular la transacción.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ProposalDetailPanel</name>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Votes against the quorum</source>
        <translation>Votos frente al quórum</translation>
    </message>
    <message>
        <source>&amp;Vote…</source>
        <translation>&amp;Votar…</translation>
    </message>
    <message>
        <source>Si&amp;mulate</source>
        <translation>&amp;Simular</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>Poner en &amp;cola</translation>
    </message>
    <message>
        <source>E&amp;xecute</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>Delegate to &amp;yourself</source>
        <translation>Delegar en usted &amp;mismo</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Run the actions by eth_call from the timelock on the node&apos;s latest state (unverified)</source>
        <translation>Ejecutar las acciones mediante eth_call desde el timelock sobre el último estado del nodo (sin verificar)</translation>
    </message>
    <message>
        <source>Undelegated tokens do not vote: delegate them to yourself to vote with them on later proposals</source>
        <translation>Los tokens no delegados no votan: deléguelos en usted mismo para votar con ellos en propuestas posteriores</translation>
    </message>
    <message>
        <source>The description links to %1</source>
        <extracomment>%1 a web address from the proposal&apos;s description</extracomment>
        <translation>La descripción enlaza a %1</translation>
    </message>
    <message>
        <source>Proposed by %1 on %2 (block %3)</source>
        <extracomment>%1 the proposer&apos;s address, %2 a date, %3 a block number</extracomment>
        <translation>Propuesta por %1 el %2 (bloque %3)</translation>
    </message>
    <message>
        <source>For %1 · Against %2 · Abstain %3 — quorum of %4 (%5% of the supply at the snapshot) reached</source>
        <extracomment>%1-%3 amounts for, against and abstaining, %4 the quorum, %5 its percentage of the supply</extracomment>
        <translation>A favor %1 · En contra %2 · Abstención %3 — quórum de %4 (%5 % del suministro en la instantánea) alcanzado</translation>
    </message>
    <message>
        <source>For %1 · Against %2 · Abstain %3 — quorum of %4 (%5% of the supply at the snapshot) not reached</source>
        <translation>A favor %1 · En contra %2 · Abstención %3 — quórum de %4 (%5 % del suministro en la instantánea) no alcanzado</translation>
    </message>
    <message>
        <source>You voted: %1.</source>
        <extracomment>%1 for, against or abstain</extracomment>
        <translation>Ha votado: %1.</translation>
    </message>
    <message>
        <source>for</source>
        <translation>a favor</translation>
    </message>
    <message>
        <source>against</source>
        <translation>en contra</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>abstención</translation>
    </message>
    <message>
        <source>No account selected: voting power is shown for the current account.</source>
        <translation>Ninguna cuenta seleccionada: el poder de voto se muestra para la cuenta actual.</translation>
    </message>
    <message>
        <source>This proposal has no actions.</source>
        <translation>Esta propuesta no tiene acciones.</translation>
    </message>
    <message>
        <source>Queued: executable in %1</source>
        <extracomment>%1 how long until the proposal can be executed (&quot;2 days 3 hours&quot;)</extracomment>
        <translation>En cola: ejecutable dentro de %1</translation>
    </message>
    <message>
        <source>Queued: executable since %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>En cola: ejecutable desde el %1</translation>
    </message>
    <message>
        <source>Voting is open only while the proposal is active</source>
        <translation>Solo se puede votar mientras la propuesta está activa</translation>
    </message>
    <message>
        <source>You have already voted</source>
        <translation>Ya ha votado</translation>
    </message>
    <message>
        <source>You have no voting power on this proposal</source>
        <translation>No tiene poder de voto en esta propuesta</translation>
    </message>
    <message>
        <source>Vote for, against or abstain</source>
        <translation>Votar a favor, en contra o abstenerse</translation>
    </message>
    <message>
        <source>Queue a succeeded proposal in the timelock</source>
        <translation>Poner en la cola del timelock una propuesta aprobada</translation>
    </message>
    <message>
        <source>Execute a queued proposal once its timelock delay has passed</source>
        <translation>Ejecutar una propuesta en cola una vez transcurrido el plazo de su timelock</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>%1 the parameter, %2 its old value, %3 its new value</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Simulating on the node&apos;s latest state (unverified)…</source>
        <translation>Simulando sobre el último estado del nodo (sin verificar)…</translation>
    </message>
    <message>
        <source>The simulation could not run (unverified)</source>
        <translation>No se ha podido ejecutar la simulación (sin verificar)</translation>
    </message>
    <message>
        <source>Simulated by eth_call from the timelock %1 on the node&apos;s latest state: unverified, no proof covers an execution.</source>
        <extracomment>%1 the timelock&apos;s address</extracomment>
        <translation>Simulado con eth_call desde el timelock %1 sobre el último estado del nodo: sin verificar; ninguna prueba cubre una ejecución.</translation>
    </message>
    <message>
        <source>%1. %2: succeeds</source>
        <extracomment>%1 the action&apos;s number, %2 contract.function</extracomment>
        <translation>%1. %2: tiene éxito</translation>
    </message>
    <message>
        <source>%1. %2: reverts: %3</source>
        <extracomment>%1 the action&apos;s number, %2 contract.function, %3 the revert reason</extracomment>
        <translation>%1. %2: revierte: %3</translation>
    </message>
    <message>
        <source>In sequence: not simulated: %1.</source>
        <extracomment>%1 why</extracomment>
        <translation>En secuencia: no simulado: %1.</translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: every action succeeds.</source>
        <translation>En secuencia, tal como las ejecuta execute: todas las acciones tienen éxito.</translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: action %1 reverts: %2</source>
        <extracomment>%1 the failing action&apos;s number, %2 the revert reason</extracomment>
        <translation>En secuencia, tal como las ejecuta execute: la acción %1 revierte: %2</translation>
    </message>
    <message>
        <source>The governor&apos;s own settings accept a call only from inside its execute, so a governor action reverts here even when it would succeed.</source>
        <translation>La configuración propia del contrato Governor solo acepta llamadas desde dentro de su execute, por lo que una acción del Governor revierte aquí aunque tendría éxito.</translation>
    </message>
    <message numerus="yes">
        <source>%1: a call that could not be decoded (%Ln byte(s) of call data)</source>
        <extracomment>%1 the target contract; %Ln the call data&apos;s size in bytes</extracomment>
        <translation>
            <numerusform>%1: una llamada que no se ha podido decodificar (%Ln byte de datos de llamada)</numerusform>
            <numerusform>%1: una llamada que no se ha podido decodificar (%Ln bytes de datos de llamada)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: unknown → %2</source>
        <extracomment>%1 the parameter, %2 its new value; the old value is not known (the reason follows on the next line)</extracomment>
        <translation>%1: desconocido → %2</translation>
    </message>
    <message>
        <source>The old value is unknown: %1.</source>
        <extracomment>%1 why the value could not be proven, a sentence from the wallet&apos;s core (English)</extracomment>
        <translation>Se desconoce el valor anterior: %1.</translation>
    </message>
    <message>
        <source>The old value is unknown: no change event gives it and no proof of it was made.</source>
        <translation>Se desconoce el valor anterior: ningún evento de cambio lo indica y no se ha generado ninguna prueba de él.</translation>
    </message>
    <message>
        <source>Old value from the parameter&apos;s verified change event at block %1.</source>
        <extracomment>%1 a block number</extracomment>
        <translation>Valor anterior tomado del evento de cambio verificado del parámetro en el bloque %1.</translation>
    </message>
    <message>
        <source>Old value verified at block %1: proven from the contract&apos;s storage, as no event changed it since deployment.</source>
        <extracomment>%1 a block number</extracomment>
        <translation>Valor anterior verificado en el bloque %1: probado a partir del almacenamiento del contrato, ya que ningún evento lo ha cambiado desde el despliegue.</translation>
    </message>
    <message>
        <source>The old value is unverified: no proof covers it.</source>
        <translation>El valor anterior no está verificado: ninguna prueba lo cubre.</translation>
    </message>
    <message>
        <source>Now %1, verified at block %2.</source>
        <extracomment>%1 the parameter&apos;s value now, %2 a block number</extracomment>
        <translation>Ahora %1, verificado en el bloque %2.</translation>
    </message>
    <message>
        <source>Proving the old value…</source>
        <translation>Probando el valor anterior…</translation>
    </message>
    <message>
        <source>Change &amp;delegate…</source>
        <translation>Cambiar &amp;delegado…</translation>
    </message>
    <message>
        <source>Choose who votes with your tokens: yourself or another address</source>
        <translation>Elija quién vota con sus tokens: usted mismo u otra dirección</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ProposalsModel</name>
    <message>
        <source>Canceled; voting was to end %1</source>
        <extracomment>%1 a date</extracomment>
        <translation>Cancelada; la votación debía terminar el %1</translation>
    </message>
    <message>
        <source>Voting starts in %1</source>
        <extracomment>%1 a duration (&quot;2 days 3 hours&quot;)</extracomment>
        <translation>La votación empieza dentro de %1</translation>
    </message>
    <message>
        <source>Voting ends in %1</source>
        <extracomment>%1 a duration (&quot;2 days 3 hours&quot;)</extracomment>
        <translation>La votación termina dentro de %1</translation>
    </message>
    <message>
        <source>Voting ended %1</source>
        <extracomment>%1 a date</extracomment>
        <translation>La votación terminó el %1</translation>
    </message>
    <message>
        <source>For %1, against %2, abstain %3; quorum %4</source>
        <extracomment>%1-%3 amounts for, against and abstaining, %4 the quorum</extracomment>
        <translation>A favor %1, en contra %2, abstención %3; quórum %4</translation>
    </message>
</context>
<context>
    <name>plinth::ui::RestorePage</name>
    <message>
        <source>Restore from a recovery phrase</source>
        <translation>Restaurar a partir de una frase de recuperación</translation>
    </message>
    <message>
        <source>Type the words in order, separated by spaces.</source>
        <translation>Escriba las palabras en orden, separadas por espacios.</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Frase de recuperación</translation>
    </message>
    <message>
        <source>Optional BIP-39 passphrase</source>
        <translation>Frase de contraseña BIP-39 opcional</translation>
    </message>
    <message>
        <source>Leave empty unless the wallet used one</source>
        <translation>Déjela vacía a menos que el monedero usara una</translation>
    </message>
    <message>
        <source>A passphrase makes a different wallet from the same words: a wrong one restores an empty wallet, not an error.</source>
        <translation>Una frase de contraseña crea un monedero distinto a partir de las mismas palabras: una incorrecta restaura un monedero vacío, no produce un error.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Word %1 (“%2”) is not in the BIP-39 word list.</source>
        <extracomment>%1 is the word&apos;s position, %2 the word as typed</extracomment>
        <translation>La palabra %1 («%2») no está en la lista de palabras BIP-39.</translation>
    </message>
    <message>
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words.</source>
        <translation>Una frase de recuperación tiene 12, 15, 18, 21 o 24 palabras.</translation>
    </message>
    <message>
        <source>All words are valid, but the checksum does not match: a word is wrong or out of order.</source>
        <translation>Todas las palabras son válidas, pero la suma de comprobación no coincide: una palabra es incorrecta o está fuera de orden.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) so far; a recovery phrase has 12, 15, 18, 21 or 24.</source>
        <translation>
            <numerusform>%n palabra por ahora; una frase de recuperación tiene 12, 15, 18, 21 o 24.</numerusform>
            <numerusform>%n palabras por ahora; una frase de recuperación tiene 12, 15, 18, 21 o 24.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phrase is valid (%n words, checksum correct).</source>
        <translation>
            <numerusform>La frase es válida (%n palabra, suma de comprobación correcta).</numerusform>
            <numerusform>La frase es válida (%n palabras, suma de comprobación correcta).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::SendReceivePage</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recibir</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>Dirección del destinatario</translation>
    </message>
    <message>
        <source>0x… (checksummed or all lower case)</source>
        <translation>0x… (con suma de comprobación o todo en minúsculas)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Libreta de direcciones</translation>
    </message>
    <message>
        <source>Pick a saved address…</source>
        <translation>Elegir una dirección guardada…</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Guardada:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>0.0</source>
        <translation>0.0</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>&amp;Max</source>
        <translation>&amp;Máx.</translation>
    </message>
    <message>
        <source>Use the whole balance</source>
        <translation>Usar todo el saldo</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>Available balance</source>
        <translation>Saldo disponible</translation>
    </message>
    <message>
        <source>Name for the address book</source>
        <translation>Nombre para la libreta de direcciones</translation>
    </message>
    <message>
        <source>A name for this recipient</source>
        <translation>Un nombre para este destinatario</translation>
    </message>
    <message>
        <source>Save to address book</source>
        <translation>Guardar en la libreta de direcciones</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Review and send…</source>
        <translation>&amp;Revisar y enviar…</translation>
    </message>
    <message>
        <source>Review and send</source>
        <translation>Revisar y enviar</translation>
    </message>
    <message>
        <source>Your address on this network. Anyone can send to it; only this vault can spend from it.</source>
        <translation>Su dirección en esta red. Cualquiera puede enviarle fondos a ella; solo esta bóveda puede gastar desde ella.</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Su dirección</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copiar dirección</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copiar dirección</translation>
    </message>
    <message>
        <source>QR code of your address</source>
        <translation>Código QR de su dirección</translation>
    </message>
    <message>
        <source>Proving the balances at the verified block…</source>
        <translation>Probando los saldos en el bloque verificado…</translation>
    </message>
    <message>
        <source>The balances could not be proven: %1</source>
        <extracomment>%1 why the balances could not be proven</extracomment>
        <translation>No se han podido probar los saldos: %1</translation>
    </message>
    <message>
        <source>Available: %1 (proven at block %2)</source>
        <extracomment>%1 an amount with its symbol, %2 a block number</extracomment>
        <translation>Disponible: %1 (probado en el bloque %2)</translation>
    </message>
    <message>
        <source>The balance is not known yet.</source>
        <translation>Aún no se conoce el saldo.</translation>
    </message>
    <message>
        <source>Working out the most the fee can be…</source>
        <translation>Calculando la comisión máxima posible…</translation>
    </message>
    <message>
        <source>The fee could not be worked out, so Max cannot be used now.</source>
        <translation>No se ha podido calcular la comisión, así que ahora no se puede usar Máx.</translation>
    </message>
    <message>
        <source>The balance does not cover a transfer&apos;s fee.</source>
        <translation>El saldo no cubre la comisión de una transferencia.</translation>
    </message>
    <message>
        <source>The recipient&apos;s address is not valid: %1.</source>
        <extracomment>%1 what is wrong with it (e.g. &quot;bad checksum&quot;)</extracomment>
        <translation>La dirección del destinatario no es válida: %1.</translation>
    </message>
    <message>
        <source>Give the address a name to save it.</source>
        <translation>Dé un nombre a la dirección para guardarla.</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s address.</source>
        <translation>Introduzca la dirección del destinatario.</translation>
    </message>
    <message>
        <source>The zero address belongs to no one: anything sent there is lost.</source>
        <translation>La dirección cero no pertenece a nadie: todo lo que se envíe allí se pierde.</translation>
    </message>
    <message>
        <source>The amount is not valid: %1.</source>
        <extracomment>%1 what is wrong with it</extracomment>
        <translation>El importe no es válido: %1.</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>El importe debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>Send %1 to %2</source>
        <extracomment>%1 an amount with its symbol, %2 the recipient&apos;s address</extracomment>
        <translation>Enviar %1 a %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Auto-&amp;lock after:</source>
        <translation>B&amp;loqueo automático tras:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>the unit after the auto-lock minutes</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Auto-lock after minutes without use</source>
        <translation>Bloqueo automático tras estos minutos sin uso</translation>
    </message>
    <message>
        <source>The vault locks itself after this many minutes without use; Ctrl+L locks it at once.</source>
        <translation>La bóveda se bloquea sola tras estos minutos sin uso; Ctrl+L la bloquea al instante.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>plinth::ui::SlashesModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Staker</source>
        <translation>Staker</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Block %1</source>
        <extracomment>%1 a block number</extracomment>
        <translation>Bloque %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::StakeDialog</name>
    <message>
        <source>Stake on your device</source>
        <translation>Stake en su dispositivo</translation>
    </message>
    <message>
        <source>Delegate stake to a device</source>
        <translation>Delegar stake en un dispositivo</translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation>Retirar stake</translation>
    </message>
    <message>
        <source>Bond tokens on a device you own. Bonded stake counts toward the device&apos;s rewards.</source>
        <translation>Vincule tokens a un dispositivo suyo. El stake vinculado cuenta para las recompensas del dispositivo.</translation>
    </message>
    <message>
        <source>Bond tokens on someone else&apos;s device. You can unstake them later; they are released after the unbonding period.</source>
        <translation>Vincule tokens al dispositivo de otra persona. Puede retirar el stake más adelante; se liberan tras el período de desvinculación.</translation>
    </message>
    <message>
        <source>Request tokens back from a stake. They stop counting at once and can be withdrawn when the unbonding period ends.</source>
        <translation>Solicite la devolución de tokens de un stake. Dejan de contar de inmediato y se pueden retirar cuando termina el período de desvinculación.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 a short device address, %2 what the device is (&quot;GPU, Lisbon&quot;; or the bonded amount)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Device address (0x…)</source>
        <translation>Dirección del dispositivo (0x…)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <extracomment>%1 the token&apos;s symbol</extracomment>
        <translation>Importe en %1</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Dispositivo</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>There is no device to choose: the list is empty.</source>
        <translation>No hay ningún dispositivo que elegir: la lista está vacía.</translation>
    </message>
    <message>
        <source>Choose a device.</source>
        <translation>Elija un dispositivo.</translation>
    </message>
    <message>
        <source>The device address is not valid: %1</source>
        <translation>La dirección del dispositivo no es válida: %1</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Introduzca un importe.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>That is more than the bonded stake of %1.</source>
        <extracomment>%1 the largest amount allowed</extracomment>
        <translation>Eso supera el stake vinculado de %1.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::StakesModel</name>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Staker</source>
        <translation>Staker</translation>
    </message>
    <message>
        <source>Bonded</source>
        <translation>Vinculado</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>Depositado</translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation>En desvinculación</translation>
    </message>
    <message>
        <source>Slashed</source>
        <translation>Penalizado</translation>
    </message>
    <message>
        <source>Your delegation</source>
        <translation>Su delegación</translation>
    </message>
    <message>
        <source>Your stake</source>
        <translation>Su stake</translation>
    </message>
    <message>
        <source>Delegated to your device</source>
        <extracomment>someone else&apos;s delegation to a device the account owns</extracomment>
        <translation>Delegado en su dispositivo</translation>
    </message>
    <message>
        <source>Stake on your device</source>
        <extracomment>someone else&apos;s stake on a device the account owns</extracomment>
        <translation>Stake en su dispositivo</translation>
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
        <translation>Vincular tokens a uno de sus dispositivos</translation>
    </message>
    <message>
        <source>&amp;Delegate…</source>
        <translation>&amp;Delegar…</translation>
    </message>
    <message>
        <source>Bond tokens on someone else&apos;s device</source>
        <translation>Vincular tokens al dispositivo de otra persona</translation>
    </message>
    <message>
        <source>&amp;Unstake…</source>
        <translation>&amp;Retirar stake…</translation>
    </message>
    <message>
        <source>Request bonded tokens back</source>
        <translation>Solicitar la devolución de tokens vinculados</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Re&amp;tirar</translation>
    </message>
    <message>
        <source>Withdraw the selected released entry</source>
        <translation>Retirar la entrada liberada seleccionada</translation>
    </message>
    <message>
        <source>Stakes and delegations</source>
        <translation>Stakes y delegaciones</translation>
    </message>
    <message>
        <source>Unbonding entries</source>
        <translation>Entradas de desvinculación</translation>
    </message>
    <message>
        <source>Slashes</source>
        <translation>Penalizaciones</translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation>Desvinculación</translation>
    </message>
    <message>
        <source>Withdraw %1 (unbonding #%2)</source>
        <extracomment>%1 the amount, %2 the unbonding entry&apos;s number</extracomment>
        <translation>Retirar %1 (desvinculación n.º %2)</translation>
    </message>
    <message>
        <source>Reading the verified cache…</source>
        <translation>Leyendo la caché verificada…</translation>
    </message>
    <message>
        <source>Add an account to the wallet to see its stakes.</source>
        <translation>Añada una cuenta al monedero para ver sus stakes.</translation>
    </message>
    <message>
        <source>Nothing is verified yet: the stakes appear after the first sync.</source>
        <translation>Aún no hay nada verificado: los stakes aparecen tras la primera sincronización.</translation>
    </message>
    <message>
        <source>Could not read the stakes from the verified cache: %1</source>
        <extracomment>%1 the core&apos;s reason</extracomment>
        <translation>No se han podido leer los stakes de la caché verificada: %1</translation>
    </message>
    <message>
        <source>No stakes or delegations: stake on one of your devices or delegate to another&apos;s.</source>
        <translation>No hay stakes ni delegaciones: deposite stake en uno de sus dispositivos o delegue en el de otra persona.</translation>
    </message>
    <message>
        <source>No unbonding entries: an unstake request appears here until it is withdrawn.</source>
        <translation>No hay entradas de desvinculación: una solicitud de retirada de stake aparece aquí hasta que se retira.</translation>
    </message>
    <message>
        <source>No slashes concern this account.</source>
        <translation>Ninguna penalización afecta a esta cuenta.</translation>
    </message>
    <message>
        <source>Select one of your entries whose unbonding period has ended</source>
        <translation>Seleccione una de sus entradas cuyo período de desvinculación haya terminado</translation>
    </message>
    <message>
        <source>%1 bonded</source>
        <extracomment>%1 an amount of tokens</extracomment>
        <translation>%1 vinculado</translation>
    </message>
    <message>
        <source>Stake %1 on device %2</source>
        <extracomment>%1 the amount, %2 the device&apos;s address</extracomment>
        <translation>Depositar %1 de stake en el dispositivo %2</translation>
    </message>
    <message>
        <source>Delegate %1 to device %2</source>
        <extracomment>%1 the amount, %2 the device&apos;s address</extracomment>
        <translation>Delegar %1 en el dispositivo %2</translation>
    </message>
    <message>
        <source>Unstake %1 from device %2</source>
        <extracomment>%1 the amount, %2 the device&apos;s address</extracomment>
        <translation>Retirar %1 de stake del dispositivo %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::StateChip</name>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Canceled</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Defeated</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Executed</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>Ejecutada</translation>
    </message>
</context>
<context>
    <name>plinth::ui::SyncBadge</name>
    <message>
        <source>%1: failing (%2)</source>
        <extracomment>%1 is an RPC endpoint, %2 what went wrong with it</extracomment>
        <translation>%1: con fallos (%2)</translation>
    </message>
    <message>
        <source>%1: answering in %2 ms</source>
        <extracomment>%1 is an RPC endpoint, %2 its latency in milliseconds</extracomment>
        <translation>%1: responde en %2 ms</translation>
    </message>
    <message>
        <source>%1: not asked yet</source>
        <translation>%1: aún sin consultar</translation>
    </message>
    <message>
        <source>No network selected</source>
        <translation>Ninguna red seleccionada</translation>
    </message>
    <message>
        <source>%1 sent an answer that failed verification: %2</source>
        <extracomment>%1 is an RPC endpoint, %2 what its answer got wrong</extracomment>
        <translation>%1 ha enviado una respuesta que no ha superado la verificación: %2</translation>
    </message>
    <message>
        <source>The endpoints disagree: %1</source>
        <translation>Los puntos de conexión no coinciden: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <extracomment>%1 why the sync failed</extracomment>
        <translation>Error de sincronización: %1</translation>
    </message>
    <message>
        <source>Sync failed at %1: %2</source>
        <extracomment>%1 is an RPC endpoint, %2 why the sync failed</extracomment>
        <translation>Error de sincronización en %1: %2</translation>
    </message>
    <message>
        <source>Syncing: block %1 of %2</source>
        <extracomment>%1 is the block verified so far, %2 the block this sync goes to</extracomment>
        <translation>Sincronizando: bloque %1 de %2</translation>
    </message>
    <message>
        <source>Syncing: asking the endpoints for the head…</source>
        <translation>Sincronizando: preguntando a los puntos de conexión por el último bloque…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ThisComputerForm</name>
    <message>
        <source>Resources measured on this computer</source>
        <translation>Recursos medidos en este ordenador</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>Tipo de dispositivo</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacidad</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>U&amp;nidad</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <source>An H3 cell (15 hex digits) or a label</source>
        <translation>Una celda H3 (15 dígitos hexadecimales) o una etiqueta</translation>
    </message>
    <message>
        <source>&amp;Metadata URI</source>
        <translation>URI de &amp;metadatos</translation>
    </message>
    <message>
        <source>Device key &amp;password</source>
        <translation>Contra&amp;seña de la clave del dispositivo</translation>
    </message>
    <message>
        <source>Re&amp;peat the password</source>
        <translation>Re&amp;pita la contraseña</translation>
    </message>
    <message>
        <source>Measuring this computer&apos;s disks, processor, memory and network…</source>
        <translation>Midiendo los discos, el procesador, la memoria y la red de este ordenador…</translation>
    </message>
    <message>
        <source>This computer could not be measured: %1. Declare the capacity yourself.</source>
        <extracomment>%1 why the measurement failed</extracomment>
        <translation>No se ha podido medir este ordenador: %1. Declare usted mismo la capacidad.</translation>
    </message>
    <message numerus="yes">
        <source>Processor: %1, %n logical core(s) (measured)</source>
        <extracomment>%1 CPU model, %n logical cores</extracomment>
        <translation>
            <numerusform>Procesador: %1, %n núcleo lógico (medido)</numerusform>
            <numerusform>Procesador: %1, %n núcleos lógicos (medido)</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor: unknown (not readable here)</source>
        <translation>Procesador: desconocido (no se puede leer aquí)</translation>
    </message>
    <message>
        <source>Memory: %1 in all (measured)</source>
        <translation>Memoria: %1 en total (medida)</translation>
    </message>
    <message>
        <source>Memory: unknown</source>
        <translation>Memoria: desconocida</translation>
    </message>
    <message>
        <source>Disks: none found</source>
        <translation>Discos: no se ha encontrado ninguno</translation>
    </message>
    <message numerus="yes">
        <source>Disks: %1 free of %2 on %n filesystem(s) (measured)</source>
        <extracomment>%1 free space, %2 total size, %n filesystems</extracomment>
        <translation>
            <numerusform>Discos: %1 libres de %2 en %n sistema de archivos (medido)</numerusform>
            <numerusform>Discos: %1 libres de %2 en %n sistemas de archivos (medido)</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU: unknown (no listing was readable)</source>
        <translation>GPU: desconocida (no se ha podido leer ningún listado)</translation>
    </message>
    <message>
        <source>GPU: none found</source>
        <translation>GPU: no se ha encontrado ninguna</translation>
    </message>
    <message>
        <source>GPU: %1 (measured)</source>
        <translation>GPU: %1 (medida)</translation>
    </message>
    <message>
        <source>Network %1: %2, link %3 Mbps (measured)</source>
        <extracomment>%1 interface name, %2 its state (up, down), %3 link speed</extracomment>
        <translation>Red %1: %2, enlace de %3 Mbps (medido)</translation>
    </message>
    <message>
        <source>Network %1: %2, link speed unknown</source>
        <translation>Red %1: %2, velocidad de enlace desconocida</translation>
    </message>
    <message>
        <source>Declare it: nothing here measures this kind</source>
        <translation>Declárela: aquí no hay nada que mida este tipo</translation>
    </message>
    <message>
        <source>Declared by you.</source>
        <translation>Declarada por usted.</translation>
    </message>
    <message>
        <source>Measured on this computer: %1 (%2). Type a figure to declare your own.</source>
        <extracomment>%1 the capacity with unit, %2 what was measured, e.g. &quot;free space of 3 filesystems&quot;</extracomment>
        <translation>Medida en este ordenador: %1 (%2). Escriba una cifra para declarar la suya.</translation>
    </message>
    <message>
        <source>Nothing on this computer measures this kind: declare the capacity and its unit.</source>
        <translation>Nada en este ordenador mide este tipo: declare la capacidad y su unidad.</translation>
    </message>
    <message>
        <source>The capacity must be a whole number above 0.</source>
        <translation>La capacidad debe ser un número entero mayor que 0.</translation>
    </message>
    <message>
        <source>A declared capacity needs its unit.</source>
        <translation>Una capacidad declarada necesita su unidad.</translation>
    </message>
    <message>
        <source>Give the device&apos;s region.</source>
        <translation>Indique la región del dispositivo.</translation>
    </message>
    <message>
        <source>Choose a password for the device key.</source>
        <translation>Elija una contraseña para la clave del dispositivo.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
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
        <translation>Aún no hay cuentas</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>Current account</source>
        <translation>Cuenta actual</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>Sin red</translation>
    </message>
    <message>
        <source>Start Plinth with --network to choose a network.</source>
        <translation>Inicie Plinth con --network para elegir una red.</translation>
    </message>
    <message>
        <source>Network %1, chain id %2</source>
        <extracomment>%1 is the network&apos;s name, %2 its chain id</extracomment>
        <translation>Red %1, id de cadena %2</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Plinth</source>
        <translation>A&amp;cerca de Plinth</translation>
    </message>
</context>
<context>
    <name>plinth::ui::TransactionConfirmDialog</name>
    <message>
        <source>Speed up a pending transaction</source>
        <translation>Acelerar una transacción pendiente</translation>
    </message>
    <message>
        <source>Cancel a pending transaction</source>
        <translation>Cancelar una transacción pendiente</translation>
    </message>
    <message>
        <source>Confirm transaction</source>
        <translation>Confirmar transacción</translation>
    </message>
    <message>
        <source>What this does</source>
        <translation>Qué hace esto</translation>
    </message>
    <message>
        <source>The transactions to send</source>
        <translation>Las transacciones que enviar</translation>
    </message>
    <message>
        <source>Fee speed</source>
        <translation>Velocidad de la comisión</translation>
    </message>
    <message>
        <source>Slow (cheaper)</source>
        <translation>Lenta (más barata)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Fast (costs more)</source>
        <translation>Rápida (cuesta más)</translation>
    </message>
    <message>
        <source>&amp;Fee speed:</source>
        <translation>&amp;Velocidad de la comisión:</translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation>Contraseña de la bóveda</translation>
    </message>
    <message>
        <source>The vault is locked: its password signs this</source>
        <translation>La bóveda está bloqueada: su contraseña firma esto</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No network is selected, so nothing can be sent.</source>
        <translation>No hay ninguna red seleccionada, así que no se puede enviar nada.</translation>
    </message>
    <message>
        <source>Nothing can be sent: %1</source>
        <extracomment>%1 why the network could not be opened</extracomment>
        <translation>No se puede enviar nada: %1</translation>
    </message>
    <message>
        <source>Preparing the transaction and simulating it…</source>
        <translation>Preparando la transacción y simulándola…</translation>
    </message>
    <message>
        <source>This cannot be prepared: %1</source>
        <extracomment>%1 why the action cannot be prepared</extracomment>
        <translation>Esto no se puede preparar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Together these %n transactions cost at most %1 in value and fees.</source>
        <extracomment>%1 the most the whole plan can cost in value and fees, %n the number of transactions</extracomment>
        <translation>
            <numerusform>En total, esta %n transacción cuesta como máximo %1 en valor y comisiones.</numerusform>
            <numerusform>En total, estas %n transacciones cuestan como máximo %1 en valor y comisiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the details, then send.</source>
        <translation>Compruebe los detalles y, a continuación, envíe.</translation>
    </message>
    <message>
        <source>Enter the vault password, then send.</source>
        <translation>Introduzca la contraseña de la bóveda y, a continuación, envíe.</translation>
    </message>
    <message>
        <source>Enter the vault password to sign this.</source>
        <translation>Introduzca la contraseña de la bóveda para firmar esto.</translation>
    </message>
    <message>
        <source>Unlocking the vault…</source>
        <translation>Desbloqueando la bóveda…</translation>
    </message>
    <message>
        <source>The password is wrong. Nothing was sent.</source>
        <translation>La contraseña es incorrecta. No se ha enviado nada.</translation>
    </message>
    <message>
        <source>The vault could not be unlocked: %1. Nothing was sent.</source>
        <extracomment>%1 why the vault could not be unlocked</extracomment>
        <translation>No se ha podido desbloquear la bóveda: %1. No se ha enviado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Signing and sending %n transaction(s)…</source>
        <extracomment>%n the number of transactions</extracomment>
        <translation>
            <numerusform>Firmando y enviando %n transacción…</numerusform>
            <numerusform>Firmando y enviando %n transacciones…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <extracomment>%1 why sending stopped</extracomment>
        <translation>Envío detenido: %1</translation>
    </message>
    <message>
        <source>Not sent: the step before did not succeed.</source>
        <translation>No enviada: el paso anterior no ha tenido éxito.</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Confirmada.</translation>
    </message>
    <message>
        <source>Still pending. Plinth stopped waiting; the Activity page keeps following it.</source>
        <translation>Aún pendiente. Plinth ha dejado de esperar; la página Actividad sigue su curso.</translation>
    </message>
    <message>
        <source>It did not succeed: see the step above.</source>
        <translation>No ha tenido éxito: vea el paso anterior.</translation>
    </message>
    <message>
        <source>Transaction steps</source>
        <translation>Pasos de la transacción</translation>
    </message>
    <message>
        <source>This account is only watched: the vault holds no key for it, so this can be previewed but not sent.</source>
        <translation>Esta cuenta solo se observa: la bóveda no guarda ninguna clave para ella, así que esto se puede previsualizar, pero no enviar.</translation>
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
        <translation>Mostrar Plinth</translation>
    </message>
</context>
<context>
    <name>plinth::ui::UnbondingsModel</name>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Staker</source>
        <translation>Staker</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberación</translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation>En desvinculación</translation>
    </message>
    <message>
        <source>Ready to withdraw</source>
        <translation>Listo para retirar</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>%1 how long until the stake is released (&quot;2 days 3 hours&quot;)</extracomment>
        <translation>dentro de %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>retirado el %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>an unbonding entry&apos;s number</extracomment>
        <translation>n.º %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::UnlockDialog</name>
    <message>
        <source>Unlock the wallet</source>
        <translation>Desbloquear el monedero</translation>
    </message>
    <message>
        <source>Type the vault password to use your keys.</source>
        <translation>Escriba la contraseña de la bóveda para usar sus claves.</translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation>Contraseña de la bóveda</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Comprobando la contraseña…</translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and try again.</source>
        <translation>Contraseña incorrecta. Compruebe Bloq Mayús e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The vault could not be unlocked: %1</source>
        <extracomment>%1 is the reason, a sentence from the wallet</extracomment>
        <translation>No se ha podido desbloquear la bóveda: %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::VoteDialog</name>
    <message>
        <source>Vote</source>
        <translation>Votar</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>A &amp;favor</translation>
    </message>
    <message>
        <source>&amp;Against</source>
        <translation>En &amp;contra</translation>
    </message>
    <message>
        <source>A&amp;bstain</source>
        <translation>A&amp;bstención</translation>
    </message>
    <message>
        <source>&amp;Reason (optional, public on chain)</source>
        <translation>&amp;Motivo (opcional, público en la cadena)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>You have already voted on this proposal.</source>
        <translation>Ya ha votado en esta propuesta.</translation>
    </message>
    <message>
        <source>You cannot vote on this proposal now.</source>
        <translation>Ahora no puede votar en esta propuesta.</translation>
    </message>
    <message>
        <source>Your vote brings the proposal to quorum.</source>
        <translation>Su voto hace que la propuesta alcance el quórum.</translation>
    </message>
    <message>
        <source>Votes against do not count toward the quorum, which is not reached yet.</source>
        <translation>Los votos en contra no cuentan para el quórum, que aún no se ha alcanzado.</translation>
    </message>
    <message>
        <source>The proposal stays short of quorum even with your vote.</source>
        <translation>La propuesta sigue sin alcanzar el quórum incluso con su voto.</translation>
    </message>
    <message>
        <source>Your vote turns the outcome: as the votes stand, the proposal would then fail.</source>
        <translation>Su voto cambia el resultado: tal como están los votos, la propuesta sería entonces rechazada.</translation>
    </message>
    <message>
        <source>Your vote turns the outcome: as the votes stand, the proposal would then pass.</source>
        <translation>Su voto cambia el resultado: tal como están los votos, la propuesta sería entonces aprobada.</translation>
    </message>
    <message>
        <source>Your vote does not change the outcome as the votes stand.</source>
        <translation>Su voto no cambia el resultado tal como están los votos.</translation>
    </message>
</context>
<context>
    <name>plinth::ui::VotingPower</name>
    <message>
        <source>Your voting power at the snapshot: %1</source>
        <extracomment>%1 an amount of votes</extracomment>
        <translation>Su poder de voto en la instantánea: %1</translation>
    </message>
    <message>
        <source>Your voting power now (the snapshot is still ahead, it can change): %1</source>
        <extracomment>%1 an amount of votes</extracomment>
        <translation>Su poder de voto ahora (la instantánea aún no ha llegado y puede cambiar): %1</translation>
    </message>
    <message>
        <source>You delegated your tokens to yourself, and other holders delegated theirs to you.</source>
        <translation>Ha delegado sus tokens en usted mismo, y otros titulares han delegado los suyos en usted.</translation>
    </message>
    <message>
        <source>You delegated your tokens to yourself.</source>
        <translation>Ha delegado sus tokens en usted mismo.</translation>
    </message>
    <message>
        <source>Other holders delegated their votes to you.</source>
        <translation>Otros titulares han delegado sus votos en usted.</translation>
    </message>
    <message>
        <source>You held no tokens at the snapshot and hold none now.</source>
        <translation>No tenía tokens en la instantánea y no tiene ninguno ahora.</translation>
    </message>
    <message>
        <source>You held tokens but had not delegated them, not even to yourself, by the snapshot: undelegated tokens do not vote.</source>
        <translation>Tenía tokens, pero no los había delegado, ni siquiera en usted mismo, antes de la instantánea: los tokens no delegados no votan.</translation>
    </message>
    <message>
        <source>Your tokens were delegated to %1 at the snapshot: that account votes with them.</source>
        <extracomment>%1 the delegate&apos;s address</extracomment>
        <translation>Sus tokens estaban delegados en %1 en la instantánea: esa cuenta vota con ellos.</translation>
    </message>
    <message>
        <source>Your tokens or your delegation arrived after the snapshot; you hold %1 now, which counts for later proposals.</source>
        <extracomment>%1 an amount of tokens</extracomment>
        <translation>Sus tokens o su delegación llegaron después de la instantánea; ahora tiene %1, que cuenta para propuestas posteriores.</translation>
    </message>
    <message>
        <source>Your votes are delegated to nobody now, so your tokens do not vote (verified at block %1).</source>
        <extracomment>%1 a block number</extracomment>
        <translation>Sus votos no están delegados en nadie ahora, así que sus tokens no votan (verificado en el bloque %1).</translation>
    </message>
    <message>
        <source>Your votes are delegated to yourself now (verified at block %1).</source>
        <extracomment>%1 a block number</extracomment>
        <translation>Sus votos están delegados ahora en usted mismo (verificado en el bloque %1).</translation>
    </message>
    <message>
        <source>Your votes are delegated to %1 now (verified at block %2).</source>
        <extracomment>%1 the delegate&apos;s short address, %2 a block number</extracomment>
        <translation>Sus votos están delegados ahora en %1 (verificado en el bloque %2).</translation>
    </message>
</context>
<context>
    <name>plinth::ui::WatchPage</name>
    <message>
        <source>Watch an address</source>
        <translation>Observar una dirección</translation>
    </message>
    <message>
        <source>Plinth shows this address&apos;s balances, devices, rewards and votes. It cannot sign for it; you can add keys later.</source>
        <translation>Plinth muestra los saldos, los dispositivos, las recompensas y los votos de esta dirección. No puede firmar por ella; puede añadir claves más adelante.</translation>
    </message>
    <message>
        <source>Address to watch</source>
        <translation>Dirección que observar</translation>
    </message>
    <message>
        <source>Label for the address</source>
        <translation>Etiqueta para la dirección</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>An address is 0x followed by 40 hexadecimal digits.</source>
        <translation>Una dirección es 0x seguido de 40 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>The capital letters do not match this address&apos;s checksum (EIP-55): a character is probably mistyped.</source>
        <translation>Las mayúsculas no coinciden con la suma de comprobación de esta dirección (EIP-55): probablemente hay un carácter mal escrito.</translation>
    </message>
    <message>
        <source>This is not an address: it must be 0x followed by 40 hexadecimal digits.</source>
        <translation>Esto no es una dirección: debe ser 0x seguido de 40 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>Valid address: %1</source>
        <extracomment>%1 is the address in its checksummed form</extracomment>
        <translation>Dirección válida: %1</translation>
    </message>
</context>
</TS>
