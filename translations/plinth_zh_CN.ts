<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsAddCommand</name>
    <message>
        <source>Derive another account from the recovery phrase</source>
        <translation>从助记词派生另一个账户</translation>
    </message>
    <message>
        <source>Derivation path (default: the next m/44&apos;/60&apos;/0&apos;/0/i).</source>
        <translation>派生路径（默认：下一个 m/44&apos;/60&apos;/0&apos;/0/i）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>A label for the account.</source>
        <translation>账户标签。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>invalid derivation path: %1</source>
        <translation>无效的派生路径：%1</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>AccountsLabelCommand</name>
    <message>
        <source>Set an account&apos;s label</source>
        <translation>设置账户标签</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>账户。</translation>
    </message>
    <message>
        <source>The new label (empty to remove it).</source>
        <translation>新标签（留空则删除标签）。</translation>
    </message>
    <message>
        <source>expected ADDRESS and LABEL</source>
        <translation>需要 ADDRESS 和 LABEL 两个参数</translation>
    </message>
    <message>
        <source>Labelled %1.</source>
        <translation>已为 %1 设置标签。</translation>
    </message>
</context>
<context>
    <name>AccountsListCommand</name>
    <message>
        <source>List the vault&apos;s accounts (no password needed)</source>
        <translation>列出保险库中的账户（无需密码）</translation>
    </message>
    <message>
        <source>Include hidden accounts.</source>
        <translation>包括已隐藏的账户。</translation>
    </message>
    <message>
        <source>unknown accounts command &quot;%1&quot;</source>
        <translation>未知的 accounts 命令“%1”</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
</context>
<context>
    <name>AccountsVisibilityCommand</name>
    <message>
        <source>Hide an account from the list (its key stays in the vault)</source>
        <translation>在列表中隐藏账户（其密钥仍保留在保险库中）</translation>
    </message>
    <message>
        <source>Show a hidden account again</source>
        <translation>重新显示已隐藏的账户</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>账户。</translation>
    </message>
    <message>
        <source>expected one ADDRESS</source>
        <translation>需要且仅需要一个 ADDRESS 参数</translation>
    </message>
    <message>
        <source>Hid %1.</source>
        <translation>已隐藏 %1。</translation>
    </message>
    <message>
        <source>%1 is shown again.</source>
        <translation>%1 已重新显示。</translation>
    </message>
</context>
<context>
    <name>BalanceCommand</name>
    <message>
        <source>Show an address&apos;s balances, proven at the verified block</source>
        <translation>显示地址的余额（已在已验证区块上证明）</translation>
    </message>
    <message>
        <source>The address (default: the wallet&apos;s first account)</source>
        <translation>地址（默认：钱包的第一个账户）</translation>
    </message>
    <message>
        <source>balance takes at most one address</source>
        <translation>balance 最多接受一个地址</translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation>%1 不是有效地址：%2</translation>
    </message>
    <message>
        <source>the wallet has no account: pass an address</source>
        <translation>钱包中没有账户：请指定一个地址</translation>
    </message>
    <message>
        <source>%1 %2, proven at block %3</source>
        <translation>%1 %2，已在区块 %3 上证明</translation>
    </message>
</context>
<context>
    <name>ChainSession</name>
    <message>
        <source>--%1 %2 is not an address: %3</source>
        <translation>--%1 %2 不是有效地址：%3</translation>
    </message>
    <message>
        <source>Read the verified cache as it is, without syncing first</source>
        <translation>直接读取已验证的缓存，不先同步</translation>
    </message>
</context>
<context>
    <name>ClaimCommand</name>
    <message>
        <source>Claim your accrued rewards, to yourself or to --to ADDRESS</source>
        <translation>领取已累积的奖励，发送给自己或 --to ADDRESS 指定的地址</translation>
    </message>
    <message>
        <source>Where the rewards go (default: the claiming account).</source>
        <translation>奖励的接收地址（默认：发起领取的账户）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>claim takes no arguments</source>
        <translation>claim 不接受任何参数</translation>
    </message>
    <message>
        <source>--to must not be the zero address: the rewards would be lost</source>
        <translation>--to 不能是零地址：奖励将会丢失</translation>
    </message>
    <message>
        <source>the network profile has no valid rewards contract</source>
        <translation>网络配置中没有有效的奖励合约</translation>
    </message>
    <message>
        <source>%1 has nothing to claim: its accrued rewards are 0 (proven at block %2)</source>
        <translation>%1 没有可领取的奖励：累积奖励为 0（已在区块 %2 上证明）</translation>
    </message>
    <message>
        <source>Claim the rewards of %1</source>
        <translation>领取 %1 的奖励</translation>
    </message>
    <message>
        <source>Claimable: %1 (proven at block %2)</source>
        <translation>可领取：%1（已在区块 %2 上证明）</translation>
    </message>
    <message>
        <source>Claim %1 of rewards to %2</source>
        <extracomment>%1 the amount with its symbol, %2 the recipient&apos;s address</extracomment>
        <translation>将 %1 奖励领取至 %2</translation>
    </message>
</context>
<context>
    <name>DelegateCommand</name>
    <message>
        <source>Delegate your token&apos;s votes to an address, or to yourself</source>
        <translation>将你的代币投票权委托给某个地址或你自己</translation>
    </message>
    <message>
        <source>Who votes with your tokens: an address, or self</source>
        <translation>由谁使用你的代币投票：一个地址，或 self</translation>
    </message>
    <message>
        <source>delegate takes one address, or self</source>
        <translation>delegate 只接受一个地址或 self</translation>
    </message>
    <message>
        <source>%1 already delegates its votes to %2; nothing was sent</source>
        <translation>%1 已将投票权委托给 %2；未发送任何交易</translation>
    </message>
    <message>
        <source>Delegate the votes of %1 to itself</source>
        <translation>将 %1 的投票权委托给自己</translation>
    </message>
    <message>
        <source>Delegate the votes of %1 to %2</source>
        <translation>将 %1 的投票权委托给 %2</translation>
    </message>
    <message>
        <source>The token&apos;s delegate (ERC20Votes)</source>
        <translation>代币合约的 delegate（ERC20Votes）</translation>
    </message>
    <message>
        <source>Current delegate: %1</source>
        <translation>当前委托对象：%1</translation>
    </message>
    <message>
        <source>Current delegate: none (the tokens do not vote yet)</source>
        <translation>当前委托对象：无（这些代币尚无投票权）</translation>
    </message>
    <message>
        <source>Votes that move: %1, from %2 to %3</source>
        <extracomment>%1 an amount of tokens, %2 the old delegate (or &quot;nobody&quot;), %3 the new one</extracomment>
        <translation>转移的投票权：%1，从 %2 转至 %3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Delegation moves the votes of every token the account holds now and later, not only these.</source>
        <translation>委托会转移该账户现在及今后持有的全部代币的投票权，而不仅限于这些代币。</translation>
    </message>
</context>
<context>
    <name>DelegateStakeCommand</name>
    <message>
        <source>Delegate stake to any active device (approves the tokens first when needed)</source>
        <translation>向任意活跃设备委托质押（必要时先授权代币）</translation>
    </message>
    <message>
        <source>Delegate %1 of stake to device %2</source>
        <translation>向设备 %2 委托质押 %1</translation>
    </message>
</context>
<context>
    <name>DeviceCommands</name>
    <message>
        <source>retired</source>
        <translation>已退役</translation>
    </message>
    <message numerus="yes">
        <source>offline for %n epoch(s)</source>
        <translation>
            <numerusform>已离线 %n 个纪元</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>活跃</translation>
    </message>
</context>
<context>
    <name>DeviceKeyNewCommand</name>
    <message>
        <source>Create a device key in its own keystore file (never in the vault)</source>
        <translation>在单独的 Keystore 文件中创建设备密钥（绝不存入保险库）</translation>
    </message>
    <message>
        <source>device-key new takes no arguments</source>
        <translation>device-key new 不接受任何参数</translation>
    </message>
    <message>
        <source>Device address: %1</source>
        <translation>设备地址：%1</translation>
    </message>
    <message>
        <source>Key written to %1 (keystore v3, encrypted with the password you gave).</source>
        <translation>密钥已写入 %1（Keystore v3，已用你提供的密码加密）。</translation>
    </message>
</context>
<context>
    <name>DeviceRegisterCommand</name>
    <message>
        <source>Register a device from its signed onboarding payload, or this computer</source>
        <translation>通过设备签名的入网数据包注册设备，或注册本机</translation>
    </message>
    <message>
        <source>The signed onboarding payload: a JSON file or QR text, or - for standard input.</source>
        <translation>已签名的入网数据包：JSON 文件或二维码文本，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Register a resource of this computer: the wallet makes and keeps its device key.</source>
        <translation>注册本机的一项资源：由钱包生成并保管其设备密钥。</translation>
    </message>
    <message>
        <source>the onboarding payload is not valid: %1</source>
        <translation>入网数据包无效：%1</translation>
    </message>
    <message>
        <source>Register device %1 (%2, %3, region %4) to %5</source>
        <extracomment>%1 device address, %2 kind (storage, ...), %3 capacity and unit, %4 region, %5 owner address</extracomment>
        <translation>将设备 %1（%2，%3，区域 %4）注册到 %5 名下</translation>
    </message>
    <message>
        <source>Stake: %1, the registry&apos;s minimum (the payload names none).</source>
        <translation>质押：%1，即注册表的最低质押额（数据包未指定质押额）。</translation>
    </message>
    <message>
        <source>Stake: %1 (the registry&apos;s minimum is %2).</source>
        <translation>质押：%1（注册表的最低质押额为 %2）。</translation>
    </message>
    <message>
        <source>Onboarding fee: %1, paid to the treasury.</source>
        <translation>入网费：%1，支付给国库。</translation>
    </message>
    <message>
        <source>Capacity: %1, measured on this computer (%2).</source>
        <translation>容量：%1，在本机上测得（%2）。</translation>
    </message>
    <message>
        <source>Capacity: %1, as you declared it.</source>
        <translation>容量：%1，按你声明的数值。</translation>
    </message>
    <message>
        <source>The device key is kept in %1.</source>
        <translation>设备密钥保存在 %1。</translation>
    </message>
    <message>
        <source>Checked: the device&apos;s signature, chain %1, the registry, the deadline %2 (in %3), not yet registered, nonce unused, the owner, the stake and your balance.</source>
        <extracomment>%1 the deadline (UTC), %2 how long from the chain&apos;s latest block, e.g. &quot;23 hours 59 minutes&quot;</extracomment>
        <translation>已检查：设备签名、链 %1、注册表、截止时间 %2（剩余 %3）、尚未注册、nonce 未被使用、所有者、质押额及你的余额。</translation>
    </message>
    <message>
        <source>The registry&apos;s state and your balance were read with eth_call at block %1: unverified.</source>
        <translation>注册表状态和你的余额是通过 eth_call 在区块 %1 上读取的：未经验证。</translation>
    </message>
    <message>
        <source>the network &quot;%1&quot; has no device registry</source>
        <translation>网络“%1”没有设备注册表</translation>
    </message>
    <message>
        <source>Register device %1, staking %2 and paying the %3 fee</source>
        <translation>注册设备 %1，质押 %2 并支付 %3 费用</translation>
    </message>
    <message>
        <source>device register takes no arguments</source>
        <translation>device register 不接受任何参数</translation>
    </message>
    <message>
        <source>pass either --payload FILE|- or --this-computer</source>
        <translation>请指定 --payload FILE|- 或 --this-computer 其中之一</translation>
    </message>
    <message>
        <source>--%1 is for --this-computer: a payload carries its own</source>
        <translation>--%1 仅用于 --this-computer：数据包自带该值</translation>
    </message>
    <message>
        <source>--unit goes with --capacity: a measured capacity keeps its own unit</source>
        <translation>--unit 须与 --capacity 一起使用：测得的容量自带单位</translation>
    </message>
    <message>
        <source>nothing on this computer measures a capacity of this kind: declare it with --capacity N --unit U</source>
        <translation>本机无法测量此类容量：请用 --capacity N --unit U 声明</translation>
    </message>
    <message>
        <source>not registered, nothing was sent: %1</source>
        <extracomment>%1 one or more sentences separated by &quot;; &quot;</extracomment>
        <translation>未注册，未发送任何交易：%1</translation>
    </message>
</context>
<context>
    <name>DeviceRetireCommand</name>
    <message>
        <source>Retire a device for good (its token is burnt; it can never register again)</source>
        <translation>永久退役设备（其代币将被销毁，且永远无法再次注册）</translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation>设备地址。</translation>
    </message>
    <message>
        <source>device retire takes one DEVICE</source>
        <translation>device retire 只接受一个 DEVICE 参数</translation>
    </message>
    <message>
        <source>Retire device %1 for good</source>
        <translation>永久退役设备 %1</translation>
    </message>
    <message>
        <source>Its token is burnt and it can never register again; stakes on it stay in Staking and can be unstaked.</source>
        <translation>其代币将被销毁，且永远无法再次注册；其上的质押仍保留在 Staking 合约中，可以解除质押。</translation>
    </message>
</context>
<context>
    <name>DeviceShowCommand</name>
    <message>
        <source>Show one device from the verified cache</source>
        <translation>从已验证缓存中显示一台设备</translation>
    </message>
    <message>
        <source>The device&apos;s address</source>
        <translation>设备地址</translation>
    </message>
    <message>
        <source>device show takes one device address</source>
        <translation>device show 只接受一个设备地址</translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation>%1 不是有效地址：%2</translation>
    </message>
    <message>
        <source>no device %1 is registered (verified up to block %2)</source>
        <translation>未注册设备 %1（已验证至区块 %2）</translation>
    </message>
    <message>
        <source>Device:     %1</source>
        <translation>设备：      %1</translation>
    </message>
    <message>
        <source>Owner:      %1</source>
        <translation>所有者：    %1</translation>
    </message>
    <message>
        <source>Kind:       %1, %2 %3</source>
        <translation>类型：      %1，%2 %3</translation>
    </message>
    <message>
        <source>Region:     %1</source>
        <translation>区域：      %1</translation>
    </message>
    <message>
        <source>Status:     %1</source>
        <translation>状态：      %1</translation>
    </message>
    <message>
        <source>Stake:      %1 (own %2)</source>
        <translation>质押：      %1（自有 %2）</translation>
    </message>
    <message numerus="yes">
        <source>Earned:     %1 in %n reward(s)</source>
        <translation>
            <numerusform>收益：      %1，共 %n 笔奖励</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline:    epochs %1 to %2</source>
        <translation>离线：      纪元 %1 至 %2</translation>
    </message>
    <message>
        <source>Owned by:   %1 before</source>
        <translation>曾属于：    %1</translation>
    </message>
    <message>
        <source>Verified up to block %1</source>
        <translation>已验证至区块 %1</translation>
    </message>
</context>
<context>
    <name>DeviceTransferCommand</name>
    <message>
        <source>Give a device (its ERC-721 token) to another account</source>
        <translation>将设备（其 ERC-721 代币）转让给另一个账户</translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation>设备地址。</translation>
    </message>
    <message>
        <source>The new owner.</source>
        <translation>新所有者。</translation>
    </message>
    <message>
        <source>device transfer takes DEVICE TO</source>
        <translation>device transfer 需要 DEVICE 和 TO 两个参数</translation>
    </message>
    <message>
        <source>TO must not be the zero address: the device would be lost</source>
        <translation>TO 不能是零地址：设备将会丢失</translation>
    </message>
    <message>
        <source>the registry&apos;s ownerOfDevice answer is not one 32-byte word</source>
        <translation>注册表对 ownerOfDevice 的返回值不是单个 32 字节字</translation>
    </message>
    <message>
        <source>device %1 is not registered or is retired: there is nothing to transfer</source>
        <translation>设备 %1 未注册或已退役：没有可转让的内容</translation>
    </message>
    <message>
        <source>device %1 already belongs to %2</source>
        <translation>设备 %1 已属于 %2</translation>
    </message>
    <message>
        <source>Transfer device %1 from %2 to %3</source>
        <translation>将设备 %1 从 %2 转让给 %3</translation>
    </message>
</context>
<context>
    <name>DeviceUpdateCommand</name>
    <message>
        <source>Change a device&apos;s capacity, region or metadata URI (one transaction per field)</source>
        <translation>修改设备的容量、区域或元数据 URI（每个字段一笔交易）</translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation>设备地址。</translation>
    </message>
    <message>
        <source>The new capacity, a whole number (with --unit).</source>
        <translation>新容量，整数（与 --unit 一起使用）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The capacity&apos;s unit, e.g. TB or Mbps (with --capacity).</source>
        <translation>容量单位，例如 TB 或 Mbps（与 --capacity 一起使用）。</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>The new region: an H3 cell (15 hex digits) or a label.</source>
        <translation>新区域：H3 单元（15 位十六进制数）或标签。</translation>
    </message>
    <message>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>The new metadata URI.</source>
        <translation>新的元数据 URI。</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>device update takes one DEVICE</source>
        <translation>device update 只接受一个 DEVICE 参数</translation>
    </message>
    <message>
        <source>--capacity and --unit go together: the registry stores them as one</source>
        <translation>--capacity 和 --unit 须同时使用：注册表将二者作为一个值存储</translation>
    </message>
    <message>
        <source>nothing to update: give --capacity N --unit U, --region R or --metadata URI</source>
        <translation>没有要更新的内容：请指定 --capacity N --unit U、--region R 或 --metadata URI</translation>
    </message>
    <message>
        <source>--capacity must be a whole number above 0</source>
        <translation>--capacity 必须是大于 0 的整数</translation>
    </message>
    <message>
        <source>Update device %1</source>
        <translation>更新设备 %1</translation>
    </message>
    <message>
        <source>Set the capacity of device %1 to %2 %3</source>
        <extracomment>%1 device, %2 capacity, %3 unit</extracomment>
        <translation>将设备 %1 的容量设为 %2 %3</translation>
    </message>
    <message>
        <source>Set the region of device %1 to &quot;%2&quot;</source>
        <translation>将设备 %1 的区域设为“%2”</translation>
    </message>
    <message>
        <source>Set the metadata URI of device %1 to %2</source>
        <translation>将设备 %1 的元数据 URI 设为 %2</translation>
    </message>
</context>
<context>
    <name>DevicesCommand</name>
    <message>
        <source>List an account&apos;s devices from the verified cache</source>
        <translation>从已验证缓存中列出账户的设备</translation>
    </message>
    <message>
        <source>devices takes no arguments</source>
        <translation>devices 不接受任何参数</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1, verified up to block %2</source>
        <translation>
            <numerusform>%1 的 %n 台设备，已验证至区块 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 %3 %4  %5  %6</source>
        <extracomment>one device: address, kind, capacity and unit, region, status</extracomment>
        <translation>%1  %2 %3 %4  %5  %6</translation>
    </message>
    <message>
        <source>stake %1, last score %2, earned %3</source>
        <translation>质押 %1，最近评分 %2，收益 %3</translation>
    </message>
    <message>
        <source>%1% in epoch %2</source>
        <translation>%1%（纪元 %2）</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
</context>
<context>
    <name>EarningsCommand</name>
    <message>
        <source>Show rewards per day, week or month from the verified cache, or export them as CSV</source>
        <translation>从已验证缓存中按日、周或月显示奖励，或导出为 CSV</translation>
    </message>
    <message>
        <source>Only this device</source>
        <translation>仅限此设备</translation>
    </message>
    <message>
        <source>Totals per day, week (ISO, from Monday) or month, UTC</source>
        <translation>按日、周（ISO，从周一开始）或月汇总，UTC 时间</translation>
    </message>
    <message>
        <source>First day (UTC), YYYY-MM-DD</source>
        <translation>起始日期（UTC），YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Last day (UTC, included), YYYY-MM-DD</source>
        <translation>结束日期（UTC，包含当天），YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Write every reward (one row per device and epoch) to this CSV file</source>
        <translation>将每笔奖励（每台设备每个纪元一行）写入此 CSV 文件</translation>
    </message>
    <message>
        <source>earnings takes no arguments</source>
        <translation>earnings 不接受任何参数</translation>
    </message>
    <message>
        <source>--period is day, week or month, not %1</source>
        <translation>--period 应为 day、week 或 month，而不是 %1</translation>
    </message>
    <message>
        <source>--%1 is a date YYYY-MM-DD, not %2</source>
        <translation>--%1 应为 YYYY-MM-DD 格式的日期，而不是 %2</translation>
    </message>
    <message>
        <source>--device: %1</source>
        <translation>--device：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  (%n reward(s))</source>
        <translation>
            <numerusform>%1  %2  （%n 笔奖励）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 in %n reward(s), verified up to block %2</source>
        <translation>
            <numerusform>合计：%1，共 %n 笔奖励，已验证至区块 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>ExecuteCommand</name>
    <message>
        <source>Execute a queued proposal whose timelock delay has passed</source>
        <translation>执行已排队且时间锁延迟已过的提案</translation>
    </message>
    <message>
        <source>%1 is queued but not ready: the timelock lets it run from %2, in %3</source>
        <extracomment>%1 the title, %2 a date, %3 how long until then</extracomment>
        <translation>%1 已排队但尚未就绪：时间锁允许其自 %2 起执行（还需 %3）</translation>
    </message>
    <message>
        <source>%1 succeeded but is not queued: run `plinth-cli queue` first</source>
        <translation>%1 已通过但尚未排队：请先运行 `plinth-cli queue`</translation>
    </message>
    <message>
        <source>%1 is %2: only a queued proposal can be executed</source>
        <translation>%1 的状态为“%2”：只有已排队的提案才能执行</translation>
    </message>
    <message>
        <source>Execute %1</source>
        <translation>执行 %1</translation>
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
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>the account held no tokens at the snapshot</source>
        <translation>该账户在快照时未持有代币</translation>
    </message>
    <message>
        <source>the account&apos;s tokens were not delegated at the snapshot: votes count only once delegated, even to oneself</source>
        <translation>该账户的代币在快照时未委托：只有委托后（即使是委托给自己）投票权才会生效</translation>
    </message>
    <message>
        <source>the account had delegated its votes to another account at the snapshot</source>
        <translation>该账户在快照时已将投票权委托给另一个账户</translation>
    </message>
    <message>
        <source>the account&apos;s tokens or delegation arrived after the snapshot</source>
        <translation>该账户的代币或委托是在快照之后才到位的</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: undecoded call %2</source>
        <extracomment>%1 the target contract, %2 the calldata in hex</extracomment>
        <translation>%1：未解码的调用 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <extracomment>a parameter change: %1 the parameter, %2 the old value, %3 the new value</extracomment>
        <translation>%1：%2 -&gt; %3</translation>
    </message>
    <message>
        <source>(old value unverified: %1)</source>
        <translation>（旧值未经验证：%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1</source>
        <extracomment>a duration of days and hours: %n is the number of days, %1 the hours (&quot;3 hours&quot;)</extracomment>
        <translation>
            <numerusform>%n 天 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) %1</source>
        <extracomment>a duration of hours and minutes: %n is the number of hours, %1 the minutes (&quot;45 minutes&quot;)</extracomment>
        <translation>
            <numerusform>%n 小时 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerCommand</name>
    <message>
        <source>Reconcile rewarded, claimable (proven), claimed and received</source>
        <translation>核对已分配、可领取（已证明）、已领取和已到账的奖励</translation>
    </message>
    <message>
        <source>ledger takes no arguments</source>
        <translation>ledger 不接受任何参数</translation>
    </message>
    <message>
        <source>Payout ledger of %1 at block %2</source>
        <translation>%1 的奖励发放对账，截至区块 %2</translation>
    </message>
    <message numerus="yes">
        <source>Rewarded:   %1 (%n reward(s))</source>
        <translation>
            <numerusform>已分配：    %1（%n 笔奖励）</numerusform>
        </translation>
    </message>
    <message>
        <source>Claimable:  %1 (proven)</source>
        <translation>可领取：    %1（已证明）</translation>
    </message>
    <message>
        <source>Claimed:    %1</source>
        <translation>已领取：    %1</translation>
    </message>
    <message>
        <source>Received:   %1</source>
        <translation>已到账：    %1</translation>
    </message>
    <message>
        <source>Claim on %1: %2 to %3, received %4</source>
        <translation>%1 领取：%2 至 %3，到账 %4</translation>
    </message>
    <message>
        <source>Balanced: rewarded - claimed = claimable, and every claim was received in full.</source>
        <translation>账目平衡：已分配 - 已领取 = 可领取，且每次领取均已全额到账。</translation>
    </message>
    <message>
        <source>Mismatch (%1, off by %2 base units): %3</source>
        <translation>不一致（%1，相差 %2 个最小单位）：%3</translation>
    </message>
</context>
<context>
    <name>NetworkListCommand</name>
    <message>
        <source>List the saved network profiles</source>
        <translation>列出已保存的网络配置</translation>
    </message>
    <message>
        <source>No saved networks. Start the devnet or pass --network FILE.</source>
        <translation>没有已保存的网络。请启动 devnet 或指定 --network FILE。</translation>
    </message>
</context>
<context>
    <name>NetworkProbe</name>
    <message>
        <source>The RPC does not answer.</source>
        <translation>RPC 没有响应。</translation>
    </message>
    <message>
        <source>The RPC answered, but not with a chain id.</source>
        <translation>RPC 有响应，但返回的不是链 ID。</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>无法读取该配置。</translation>
    </message>
    <message>
        <source>Its RPC is not checked here (only plain HTTP endpoints are).</source>
        <translation>此处不检查其 RPC（仅检查普通 HTTP 端点）。</translation>
    </message>
    <message>
        <source>The RPC belongs to another chain (%1).</source>
        <extracomment>%1 is the chain id the RPC reported</extracomment>
        <translation>该 RPC 属于另一条链（%1）。</translation>
    </message>
    <message>
        <source>Chain %1. %2</source>
        <extracomment>%1 is the chain id; %2 a sentence about its RPC</extracomment>
        <translation>链 %1。%2</translation>
    </message>
    <message>
        <source>The RPC answers.</source>
        <translation>RPC 有响应。</translation>
    </message>
</context>
<context>
    <name>NetworkSession</name>
    <message>
        <source>tokens</source>
        <translation>代币</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>an amount and its token symbol, e.g. &quot;1.5 PLNTH&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>nothing is verified yet: run plinth-cli sync</source>
        <translation>尚无已验证的数据：请运行 plinth-cli sync</translation>
    </message>
    <message>
        <source>The owner&apos;s address (default: the wallet&apos;s first account)</source>
        <translation>所有者地址（默认：钱包的第一个账户）</translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation>%1 不是有效地址：%2</translation>
    </message>
    <message>
        <source>no --owner given and no wallet to take the first account from: %1</source>
        <translation>未指定 --owner，也没有可从中取第一个账户的钱包：%1</translation>
    </message>
    <message>
        <source>the wallet has no account: pass --owner</source>
        <translation>钱包中没有账户：请指定 --owner</translation>
    </message>
</context>
<context>
    <name>NetworkShowCommand</name>
    <message>
        <source>Show the network profile that commands will use</source>
        <translation>显示命令将使用的网络配置</translation>
    </message>
    <message>
        <source>Network:       %1 (chain %2)</source>
        <translation>网络：         %1（链 %2）</translation>
    </message>
    <message>
        <source>Profile:       %1</source>
        <translation>配置：         %1</translation>
    </message>
    <message>
        <source>Currency:      %1 (%2 decimals)</source>
        <translation>币种：         %1（%2 位小数）</translation>
    </message>
    <message>
        <source>Endpoint:      %1</source>
        <translation>端点：         %1</translation>
    </message>
    <message>
        <source>Checkpoint:    block %1, %2</source>
        <translation>检查点：       区块 %1，%2</translation>
    </message>
    <message numerus="yes">
        <source>Finality:      %n block(s)</source>
        <translation>
            <numerusform>最终性：       %n 个区块</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalShowCommand</name>
    <message>
        <source>Show a proposal: description, decoded actions, votes, and your voting power</source>
        <translation>显示提案：描述、解码后的操作、投票情况以及你的投票权</translation>
    </message>
    <message>
        <source>The proposal&apos;s id, or its number as in PIP-7</source>
        <translation>提案 ID，或其编号（如 PIP-7）</translation>
    </message>
    <message>
        <source>Whose voting power to show (default: the wallet&apos;s first account)</source>
        <translation>显示谁的投票权（默认：钱包的第一个账户）</translation>
    </message>
    <message>
        <source>proposal show takes one proposal id</source>
        <translation>proposal show 只接受一个提案 ID</translation>
    </message>
    <message>
        <source>no proposal %1 in the verified cache</source>
        <translation>已验证缓存中没有提案 %1</translation>
    </message>
    <message>
        <source>No account to show voting power for: pass --account or add one to the wallet.</source>
        <translation>没有可显示投票权的账户：请指定 --account 或向钱包添加账户。</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Voting: %1 to %2</source>
        <translation>投票时间：%1 至 %2</translation>
    </message>
    <message>
        <source>For %1, against %2, abstain %3; quorum %4 (%5% of the supply at the snapshot)</source>
        <translation>赞成 %1，反对 %2，弃权 %3；法定票数 %4（快照时总供应量的 %5%）</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Votes:</source>
        <translation>投票：</translation>
    </message>
    <message>
        <source>Your voting power now (the snapshot, %1, is still ahead): %2</source>
        <translation>你当前的投票权（快照 %1 尚未到来）：%2</translation>
    </message>
    <message>
        <source>Your voting power at the snapshot: %1</source>
        <translation>你在快照时的投票权：%1</translation>
    </message>
    <message>
        <source>You voted %1.</source>
        <translation>你已投%1票。</translation>
    </message>
    <message>
        <source>Voting for (or abstaining) would bring the proposal to quorum.</source>
        <translation>投赞成票（或弃权）将使该提案达到法定票数。</translation>
    </message>
    <message>
        <source>Your vote would change the outcome as it stands.</source>
        <translation>按目前情况，你的投票将改变结果。</translation>
    </message>
    <message>
        <source>Your vote would not change the outcome as it stands.</source>
        <translation>按目前情况，你的投票不会改变结果。</translation>
    </message>
</context>
<context>
    <name>ProposalsCommand</name>
    <message>
        <source>List the governor&apos;s proposals with their state and votes, from verified events</source>
        <translation>根据已验证的事件，列出治理合约的提案及其状态和投票情况</translation>
    </message>
    <message>
        <source>Only proposals in this state: pending, active, canceled, defeated, succeeded, queued, expired, executed</source>
        <translation>仅显示处于此状态的提案：pending、active、canceled、defeated、succeeded、queued、expired、executed</translation>
    </message>
    <message>
        <source>proposals takes no arguments</source>
        <translation>proposals 不接受任何参数</translation>
    </message>
    <message>
        <source>unknown state %1</source>
        <translation>未知状态 %1</translation>
    </message>
    <message>
        <source>Verified at block %1 (%2)</source>
        <translation>已验证至区块 %1（%2）</translation>
    </message>
    <message>
        <source>%1 [%2]
  for %3, against %4, abstain %5 (quorum %6); voting %7 to %8
  id %9</source>
        <extracomment>%1 the title, %2 the state, %3-%5 votes for, against, abstain, %6 the quorum, %7 start, %8 end</extracomment>
        <translation>%1 [%2]
  赞成 %3，反对 %4，弃权 %5（法定票数 %6）；投票时间 %7 至 %8
  ID %9</translation>
    </message>
</context>
<context>
    <name>ProposeCommand</name>
    <message>
        <source>Create a proposal from parameter changes, treasury transfers or raw actions</source>
        <translation>基于参数变更、国库转账或原始操作创建提案</translation>
    </message>
    <message>
        <source>A parameter change, e.g. rewards.rewardRate=0.55, registry.minStake=1500, staking.unbondingPeriod=7d (repeatable)</source>
        <translation>参数变更，例如 rewards.rewardRate=0.55、registry.minStake=1500、staking.unbondingPeriod=7d（可重复）</translation>
    </message>
    <message>
        <source>A treasury transfer of the token, e.g. 0x9965…=150000 (repeatable)</source>
        <translation>从国库转出代币，例如 0x9965…=150000（可重复）</translation>
    </message>
    <message>
        <source>A raw action: target (contract name or address), value in wei, calldata (repeatable)</source>
        <translation>原始操作：目标（合约名称或地址）、以 wei 计的金额、calldata（可重复）</translation>
    </message>
    <message>
        <source>An action by signature, arguments as a JSON array, e.g. &quot;staking setUnbondingPeriod(uint64) [604800]&quot; (repeatable)</source>
        <translation>按函数签名指定的操作，参数为 JSON 数组，例如 &quot;staking setUnbondingPeriod(uint64) [604800]&quot;（可重复）</translation>
    </message>
    <message>
        <source>The proposal&apos;s markdown description; its first line is the title</source>
        <translation>提案的 Markdown 描述；第一行为标题</translation>
    </message>
    <message>
        <source>Read the markdown description from a file</source>
        <translation>从文件读取 Markdown 描述</translation>
    </message>
    <message>
        <source>propose takes no arguments: give the actions with --set, --transfer, --action or --call</source>
        <translation>propose 不接受位置参数：请用 --set、--transfer、--action 或 --call 指定操作</translation>
    </message>
    <message>
        <source>the verified cache has no ProposalThresholdSet event of the governor: its threshold is unknown</source>
        <translation>已验证缓存中没有治理合约的 ProposalThresholdSet 事件：其提案门槛未知</translation>
    </message>
    <message>
        <source>%1 has %2 of voting power; proposing needs %3 (the governor&apos;s proposal threshold): %4 missing</source>
        <extracomment>%1 the proposer, %2 its votes, %3 the threshold, %4 how many are missing</extracomment>
        <translation>%1 的投票权为 %2；发起提案需要 %3（治理合约的提案门槛）：还差 %4</translation>
    </message>
    <message>
        <source>its %1 are not delegated: run `plinth-cli delegate self` first</source>
        <translation>其 %1 尚未委托：请先运行 `plinth-cli delegate self`</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>未发送任何交易</translation>
    </message>
    <message>
        <source>the same proposal exists already: %1 (id %2, %3); change the description to propose it again; nothing was sent</source>
        <extracomment>%1 the proposal&apos;s title, %2 its id, %3 its state</extracomment>
        <translation>相同的提案已存在：%1（ID %2，%3）；如需再次提交，请修改描述；未发送任何交易</translation>
    </message>
    <message>
        <source>Propose &quot;%1&quot;</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>提交提案“%1”</translation>
    </message>
    <message>
        <source>The governor&apos;s propose</source>
        <translation>治理合约的 propose</translation>
    </message>
    <message>
        <source>Proposal id: %1</source>
        <translation>提案 ID：%1</translation>
    </message>
    <message>
        <source>Your votes: %1 (threshold %2)</source>
        <translation>你的票数：%1（门槛 %2）</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>give the description with exactly one of --description and --description-file</source>
        <translation>请通过 --description 或 --description-file 二者之一提供描述</translation>
    </message>
    <message>
        <source>cannot read the description file %1: %2</source>
        <translation>无法读取描述文件 %1：%2</translation>
    </message>
    <message>
        <source>the description is empty: its first line is the proposal&apos;s title</source>
        <translation>描述为空：其第一行即为提案标题</translation>
    </message>
    <message>
        <source>a proposal needs at least one action: --set, --transfer, --action or --call</source>
        <translation>提案至少需要一项操作：--set、--transfer、--action 或 --call</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <source>Queue a succeeded proposal in the timelock</source>
        <translation>将已通过的提案加入时间锁队列</translation>
    </message>
    <message>
        <source>%1 is %2: it can be queued once voting ends (%3) if it succeeded</source>
        <extracomment>%1 the title, %2 its state, %3 the end of voting</extracomment>
        <translation>%1 的状态为“%2”：投票结束（%3）后，若提案通过即可排队</translation>
    </message>
    <message>
        <source>%1 is %2: only a succeeded proposal can be queued</source>
        <translation>%1 的状态为“%2”：只有已通过的提案才能排队</translation>
    </message>
    <message>
        <source>Queue %1 in the timelock</source>
        <translation>将 %1 加入时间锁队列</translation>
    </message>
    <message>
        <source>The timelock&apos;s delay is %1: once queued, it can be executed from about %2.</source>
        <extracomment>%1 how long the timelock waits, %2 the date from which execute can run</extracomment>
        <translation>时间锁延迟为 %1：排队后，大约自 %2 起可以执行。</translation>
    </message>
</context>
<context>
    <name>ResourcesCommand</name>
    <message>
        <source>Show this computer&apos;s disks, GPU, CPU, memory and network interfaces</source>
        <translation>显示本机的磁盘、GPU、CPU、内存和网络接口</translation>
    </message>
    <message>
        <source>Disk:      %1 (%2, %3): %4 GiB free of %5 GiB, measured</source>
        <translation>磁盘：     %1（%2，%3）：可用 %4 GiB，共 %5 GiB，实测</translation>
    </message>
    <message>
        <source>GPU:       none found</source>
        <translation>GPU：      未找到</translation>
    </message>
    <message>
        <source>GPU:       unknown (nothing readable)</source>
        <translation>GPU：      未知（无可读信息）</translation>
    </message>
    <message>
        <source>GPU:       %1, measured (%2)</source>
        <translation>GPU：      %1，实测（%2）</translation>
    </message>
    <message numerus="yes">
        <source>CPU:       %1, %n logical core(s), measured</source>
        <translation>
            <numerusform>CPU：      %1，%n 个逻辑核心，实测</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU:       unknown</source>
        <translation>CPU：      未知</translation>
    </message>
    <message>
        <source>Memory:    %1 GiB, measured</source>
        <translation>内存：     %1 GiB，实测</translation>
    </message>
    <message>
        <source>Memory:    unknown</source>
        <translation>内存：     未知</translation>
    </message>
    <message>
        <source>Interface: %1 %2, link speed %3</source>
        <translation>网络接口： %1 %2，链路速率 %3</translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <translation>%1 Mbps</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Capacities a network scores (TB offered, TFLOPS, uplink Mbps) are declared when registering; they are not measured here.</source>
        <translation>网络用于评分的容量（提供的 TB、TFLOPS、上行 Mbps）在注册时声明，此处不作测量。</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Send the native currency, or the network&apos;s token with --token</source>
        <translation>发送原生币，或使用 --token 发送网络的代币</translation>
    </message>
    <message>
        <source>The recipient.</source>
        <translation>收款地址。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>How much, in the currency&apos;s units (e.g. 1.5).</source>
        <translation>金额，以该币种为单位（例如 1.5）。</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Send the profile&apos;s ERC-20 token instead of the native currency.</source>
        <translation>发送配置中的 ERC-20 代币，而不是原生币。</translation>
    </message>
    <message>
        <source>Return once the node has accepted the transaction, without waiting for a block.</source>
        <translation>节点接受交易后立即返回，不等待出块。</translation>
    </message>
    <message>
        <source>--to ADDRESS is required</source>
        <translation>必须指定 --to ADDRESS</translation>
    </message>
    <message>
        <source>--amount AMOUNT is required</source>
        <translation>必须指定 --amount AMOUNT</translation>
    </message>
    <message>
        <source>the network &quot;%1&quot; has no token</source>
        <translation>网络“%1”没有代币</translation>
    </message>
</context>
<context>
    <name>SignMessageCommand</name>
    <message>
        <source>Sign a text message (EIP-191 personal_sign)</source>
        <translation>签名文本消息（EIP-191 personal_sign）</translation>
    </message>
    <message>
        <source>The message, signed as its UTF-8 bytes.</source>
        <translation>消息，按其 UTF-8 字节签名。</translation>
    </message>
    <message>
        <source>expected one TEXT argument</source>
        <translation>需要且仅需要一个 TEXT 参数</translation>
    </message>
</context>
<context>
    <name>SignOnboardingCommand</name>
    <message>
        <source>Sign an onboarding payload with a device key (offline), as JSON and QR text</source>
        <translation>用设备密钥（离线）签名入网数据包，输出 JSON 和二维码文本</translation>
    </message>
    <message>
        <source>The account that will register the device.</source>
        <translation>将注册该设备的账户。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Also write the JSON payload to this file (must not exist).</source>
        <translation>同时将 JSON 数据包写入此文件（该文件必须不存在）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Do not draw the QR code.</source>
        <translation>不绘制二维码。</translation>
    </message>
    <message>
        <source>device-key sign-onboarding takes no arguments</source>
        <translation>device-key sign-onboarding 不接受任何参数</translation>
    </message>
    <message>
        <source>--owner ADDRESS is required</source>
        <translation>必须指定 --owner ADDRESS</translation>
    </message>
    <message>
        <source>%1 already exists: it was not overwritten</source>
        <translation>%1 已存在：未覆盖</translation>
    </message>
    <message>
        <source>Device %1 signed its onboarding to %2 on %3 (chain %4), valid until %5.</source>
        <extracomment>%1 device, %2 owner, %3 network name, %4 chain id, %5 deadline (UTC)</extracomment>
        <translation>设备 %1 已签署入网数据包，用于在 %3（链 %4）上注册到 %2 名下，有效期至 %5。</translation>
    </message>
    <message>
        <source>Payload (JSON):</source>
        <translation>数据包（JSON）：</translation>
    </message>
    <message numerus="yes">
        <source>Payload (QR text, %n character(s)):</source>
        <translation>
            <numerusform>数据包（二维码文本，%n 个字符）：</numerusform>
        </translation>
    </message>
    <message>
        <source>The JSON was also written to %1.</source>
        <translation>JSON 也已写入 %1。</translation>
    </message>
    <message>
        <source>Register it from the owner&apos;s wallet with `plinth-cli device register --payload FILE` (or - for the text on stdin).</source>
        <translation>请在所有者的钱包中用 `plinth-cli device register --payload FILE` 注册（或用 - 从 stdin 读取文本）。</translation>
    </message>
</context>
<context>
    <name>SignTransactionCommand</name>
    <message>
        <source>Sign a transaction offline and print it raw (JSON in FILE)</source>
        <translation>离线签名交易并输出原始交易（JSON 位于 FILE 中）</translation>
    </message>
    <message>
        <source>eth_sendTransaction fields plus chainId, nonce and type; numbers as hex.</source>
        <translation>eth_sendTransaction 的字段，外加 chainId、nonce 和 type；数字使用十六进制。</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>需要且仅需要一个 FILE 参数</translation>
    </message>
    <message>
        <source>invalid transaction: %1</source>
        <translation>无效的交易：%1</translation>
    </message>
    <message>
        <source>the transaction&apos;s &quot;from&quot; is not the --from account</source>
        <translation>交易的 &quot;from&quot; 不是 --from 指定的账户</translation>
    </message>
</context>
<context>
    <name>SignTypedDataCommand</name>
    <message>
        <source>Sign EIP-712 typed data (eth_signTypedData_v4 JSON in FILE)</source>
        <translation>签名 EIP-712 类型化数据（eth_signTypedData_v4 JSON 位于 FILE 中）</translation>
    </message>
    <message>
        <source>The typed data: types, primaryType, domain, message.</source>
        <translation>类型化数据：types、primaryType、domain、message。</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>需要且仅需要一个 FILE 参数</translation>
    </message>
    <message>
        <source>invalid typed data: %1</source>
        <translation>无效的类型化数据：%1</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>Run a proposal&apos;s actions by eth_call from the timelock and show what each would do (unverified)</source>
        <translation>从时间锁通过 eth_call 运行提案的操作，并显示每项操作的效果（未经验证）</translation>
    </message>
    <message>
        <source>The proposal&apos;s id, or its number as in PIP-7</source>
        <translation>提案 ID，或其编号（如 PIP-7）</translation>
    </message>
    <message>
        <source>simulate takes one proposal id</source>
        <translation>simulate 只接受一个提案 ID</translation>
    </message>
    <message>
        <source>%1 (undecoded call %2)</source>
        <translation>%1（未解码的调用 %2）</translation>
    </message>
    <message>
        <source>  %1. %2: %3</source>
        <extracomment>%1 the action&apos;s number, %2 contract.function, %3 &quot;succeeds&quot; or the revert reason</extracomment>
        <translation>  %1. %2：%3</translation>
    </message>
    <message>
        <source>succeeds</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>reverts: %1</source>
        <translation>回滚：%1</translation>
    </message>
    <message>
        <source>In sequence: not simulated: %1.</source>
        <extracomment>%1 why</extracomment>
        <translation>按顺序执行：未模拟：%1。</translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: every action succeeds.</source>
        <translation>按 execute 的顺序执行：所有操作均成功。</translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: action %1 reverts: %2</source>
        <extracomment>%1 the failing action&apos;s number, %2 the revert reason</extracomment>
        <translation>按 execute 的顺序执行：操作 %1 回滚：%2</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Simulated with eth_call from the timelock %1 on the node&apos;s latest state: unverified, no proof covers an execution.</source>
        <translation>已从时间锁 %1 通过 eth_call 在节点的最新状态上模拟：未经验证，执行结果不受任何证明保障。</translation>
    </message>
    <message>
        <source>Note: the governor&apos;s own settings accept a call only from inside its execute, so a governor action reverts here even when it would succeed.</source>
        <translation>注意：治理合约自身的设置只接受来自其 execute 内部的调用，因此针对治理合约的操作在此处会回滚，即使实际执行时会成功。</translation>
    </message>
    <message>
        <source>an action of %1 would revert if executed now</source>
        <translation>%1 的某项操作若现在执行将会回滚</translation>
    </message>
</context>
<context>
    <name>StakeCommand</name>
    <message>
        <source>Stake tokens on a device you own (approves them first when needed)</source>
        <translation>在你拥有的设备上质押代币（必要时先授权）</translation>
    </message>
    <message>
        <source>Stake %1 on your device %2</source>
        <translation>在你的设备 %2 上质押 %1</translation>
    </message>
</context>
<context>
    <name>StakesCommand</name>
    <message>
        <source>Show stakes, delegations, unbondings and slashes, from verified events</source>
        <translation>根据已验证的事件，显示质押、委托、解绑和罚没</translation>
    </message>
    <message>
        <source>Only what concerns this address: its stakes, stakes on its devices, its unbondings and slashes</source>
        <translation>仅显示与此地址相关的内容：其质押、其设备上的质押、其解绑和罚没</translation>
    </message>
    <message>
        <source>stakes takes no arguments</source>
        <translation>stakes 不接受任何参数</translation>
    </message>
    <message>
        <source>Verified at block %1 (%2)</source>
        <translation>已验证至区块 %1（%2）</translation>
    </message>
    <message>
        <source>Stakes:</source>
        <translation>质押：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 delegates %2 to device %3</source>
        <extracomment>%1 the staker, %2 the amount, %3 the device</extracomment>
        <translation>%1 向设备 %3 委托了 %2</translation>
    </message>
    <message>
        <source>%1 stakes %2 on device %3</source>
        <extracomment>%1 the staker, %2 the amount, %3 the device</extracomment>
        <translation>%1 在设备 %3 上质押了 %2</translation>
    </message>
    <message>
        <source>(slashed %1)</source>
        <translation>（已罚没 %1）</translation>
    </message>
    <message>
        <source>Unbondings:</source>
        <translation>解绑：</translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, withdrawn</source>
        <extracomment>%1 the unbonding id, %2 the amount, %3 the staker, %4 the device</extracomment>
        <translation>#%1：%3 从设备 %4 解绑的 %2，已提取</translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, withdrawable since %5</source>
        <extracomment>%1 the unbonding id, %2 the amount, %3 the staker, %4 the device, %5 the date it became withdrawable</extracomment>
        <translation>#%1：%3 从设备 %4 解绑的 %2，自 %5 起可提取</translation>
    </message>
    <message>
        <source>#%1: %2 of %3 from device %4, released on %5</source>
        <extracomment>%1 the unbonding id, %2 the amount, %3 the staker, %4 the device, %5 the release date</extracomment>
        <translation>#%1：%3 从设备 %4 解绑的 %2，将于 %5 释放</translation>
    </message>
    <message>
        <source>Slashes:</source>
        <translation>罚没：</translation>
    </message>
    <message>
        <source>%1 of %2 on device %3, %4: %5</source>
        <extracomment>%1 the amount, %2 the staker, %3 the device, %4 the date, %5 the slasher&apos;s reason</extracomment>
        <translation>%2 在设备 %3 上被罚没 %1，%4：%5</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show the verified height, each endpoint&apos;s head and the last sync error</source>
        <translation>显示已验证高度、各端点的最新区块及最近一次同步错误</translation>
    </message>
    <message>
        <source>not a block number</source>
        <translation>不是区块号</translation>
    </message>
    <message>
        <source>Network:   %1 (chain %2)</source>
        <translation>网络：     %1（链 %2）</translation>
    </message>
    <message>
        <source>Verified:  block %1, %2</source>
        <translation>已验证：   区块 %1，%2</translation>
    </message>
    <message>
        <source>Verified:  nothing yet (run plinth-cli sync)</source>
        <translation>已验证：   暂无（请运行 plinth-cli sync）</translation>
    </message>
    <message>
        <source>Endpoint:  %1, head %2, %3 ms</source>
        <translation>端点：     %1，最新区块 %2，%3 ms</translation>
    </message>
    <message>
        <source>Endpoint:  %1, not answering: %2</source>
        <translation>端点：     %1，无响应：%2</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>最近错误（%1）：%2</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Sync and verify the chain into the local cache</source>
        <translation>同步并验证链数据，存入本地缓存</translation>
    </message>
    <message>
        <source>Keep following new blocks until interrupted (Ctrl+C)</source>
        <translation>持续跟踪新区块，直到被中断（Ctrl+C）</translation>
    </message>
    <message>
        <source>verified block %1 of %2 (%3%)</source>
        <extracomment>progress of a sync: %1 the verified block, %2 the block synced to, %3 a percentage</extracomment>
        <translation>已验证区块 %1 / %2（%3%）</translation>
    </message>
    <message numerus="yes">
        <source>%n log(s) stored</source>
        <translation>
            <numerusform>已存储 %n 条日志</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>receipts proven for %n block(s)</source>
        <translation>
            <numerusform>已证明 %n 个区块的收据</numerusform>
        </translation>
    </message>
    <message>
        <source>sync failed, retrying: %1</source>
        <translation>同步失败，正在重试：%1</translation>
    </message>
    <message>
        <source>Verified up to block %1 (%2), %3</source>
        <translation>已验证至区块 %1（%2），%3</translation>
    </message>
    <message>
        <source>Nothing verified yet: no block after the checkpoint has a verified child block yet.</source>
        <translation>尚无已验证的数据：检查点之后还没有区块拥有已验证的子区块。</translation>
    </message>
    <message numerus="yes">
        <source>%n new log(s) stored</source>
        <translation>
            <numerusform>已存储 %n 条新日志</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followed %n reorg(s)</source>
        <translation>
            <numerusform>已跟随 %n 次链重组</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoint %1 gave an answer that failed verification, so it was set aside: %2</source>
        <translation>端点 %1 返回的结果未通过验证，已被搁置：%2</translation>
    </message>
    <message>
        <source>Warning: the endpoints disagree, so sync did not advance: %1</source>
        <translation>警告：各端点结果不一致，同步未能推进：%1</translation>
    </message>
</context>
<context>
    <name>TxCancelCommand</name>
    <message>
        <source>Replace a pending transaction with a 0-value transfer to yourself</source>
        <translation>用一笔发给自己的 0 金额转账替换待处理交易</translation>
    </message>
</context>
<context>
    <name>TxSpeedUpCommand</name>
    <message>
        <source>Resend a pending transaction with higher fees (same nonce)</source>
        <translation>以更高的手续费重新发送待处理交易（相同 nonce）</translation>
    </message>
</context>
<context>
    <name>TxStatusCommand</name>
    <message>
        <source>Show whether a transaction is pending, included, replaced or dropped</source>
        <translation>显示交易是待处理、已上链、已替换还是已丢弃</translation>
    </message>
    <message>
        <source>The transaction hash.</source>
        <translation>交易哈希。</translation>
    </message>
</context>
<context>
    <name>UnstakeCommand</name>
    <message>
        <source>Start unbonding stake from a device (withdraw it after the unbonding period)</source>
        <translation>开始从设备解除质押（解绑期结束后再提取）</translation>
    </message>
    <message>
        <source>the network profile has no valid staking contract</source>
        <translation>网络配置中没有有效的质押合约</translation>
    </message>
    <message>
        <source>Unstake %1 from device %2: it unbonds, then `withdraw` pays it out</source>
        <extracomment>%1 amount with symbol, %2 device address</extracomment>
        <translation>从设备 %2 解除质押 %1：先进入解绑期，之后由 `withdraw` 提取</translation>
    </message>
    <message numerus="yes">
        <source>Unbonding period: %n day(s) (read with eth_call, unverified)</source>
        <translation>
            <numerusform>解绑期：%n 天（通过 eth_call 读取，未经验证）</numerusform>
        </translation>
    </message>
    <message>
        <source>Unbonding period: %1 s (read with eth_call, unverified)</source>
        <translation>解绑期：%1 秒（通过 eth_call 读取，未经验证）</translation>
    </message>
</context>
<context>
    <name>VerifyMessageCommand</name>
    <message>
        <source>Check that ADDRESS signed TEXT (exit code 0 if so, 1 if not)</source>
        <translation>检查 ADDRESS 是否签署了 TEXT（是则退出码为 0，否则为 1）</translation>
    </message>
    <message>
        <source>The expected signer.</source>
        <translation>预期的签名者。</translation>
    </message>
    <message>
        <source>The message.</source>
        <translation>消息。</translation>
    </message>
    <message>
        <source>65 bytes of hex (r, s, v).</source>
        <translation>65 字节的十六进制（r、s、v）。</translation>
    </message>
    <message>
        <source>expected ADDRESS, TEXT and SIGNATURE</source>
        <translation>需要 ADDRESS、TEXT 和 SIGNATURE 三个参数</translation>
    </message>
    <message>
        <source>invalid signature: %1</source>
        <translation>无效的签名：%1</translation>
    </message>
    <message>
        <source>Valid: signed by %1.</source>
        <translation>有效：由 %1 签名。</translation>
    </message>
    <message>
        <source>Not valid: the signature is by %1, not %2.</source>
        <translation>无效：签名者是 %1，而不是 %2。</translation>
    </message>
</context>
<context>
    <name>VoteCommand</name>
    <message>
        <source>Vote for, against or abstain on an active proposal</source>
        <translation>对进行中的提案投赞成票、反对票或弃权票</translation>
    </message>
    <message>
        <source>The proposal&apos;s id, or its number as in PIP-7</source>
        <translation>提案 ID，或其编号（如 PIP-7）</translation>
    </message>
    <message>
        <source>for, against or abstain</source>
        <translation>for、against 或 abstain</translation>
    </message>
    <message>
        <source>A reason, recorded on chain with the vote (castVoteWithReason)</source>
        <translation>投票理由，随投票一起记录在链上（castVoteWithReason）</translation>
    </message>
    <message>
        <source>vote takes a proposal id and for, against or abstain</source>
        <translation>vote 需要一个提案 ID 以及 for、against 或 abstain</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vote: use for, against or abstain</source>
        <translation>“%1”不是有效的投票选项：请使用 for、against 或 abstain</translation>
    </message>
    <message>
        <source>%1 is pending: voting opens at %2 (in %3); nothing was sent</source>
        <extracomment>%1 the proposal&apos;s title, %2 a date, %3 how long until then</extracomment>
        <translation>%1 的状态为“待开始”：投票将于 %2 开启（还有 %3）；未发送任何交易</translation>
    </message>
    <message>
        <source>%1 is %2, not active: voting closed at %3; nothing was sent</source>
        <extracomment>%1 the proposal&apos;s title, %2 its state, %3 a date</extracomment>
        <translation>%1 的状态为“%2”，而非“进行中”：投票已于 %3 结束；未发送任何交易</translation>
    </message>
    <message>
        <source>%1 already voted %2 on %3 (block %4); the governor counts one vote per account; nothing was sent</source>
        <extracomment>%1 the voter, %2 for/against/abstain, %3 the proposal&apos;s title, %4 a block number</extracomment>
        <translation>%1 已对 %3 投过%2票（区块 %4）；治理合约每个账户只计一票；未发送任何交易</translation>
    </message>
    <message>
        <source>%1 has no voting power on %2 (snapshot %3): %4; nothing was sent</source>
        <extracomment>%1 the voter, %2 the proposal&apos;s title, %3 the snapshot&apos;s date, %4 why</extracomment>
        <translation>%1 对 %2 没有投票权（快照 %3）：%4；未发送任何交易</translation>
    </message>
    <message>
        <source>Vote %1 on %2</source>
        <extracomment>%1 for/against/abstain, %2 the proposal&apos;s title</extracomment>
        <translation>对 %2 投%1票</translation>
    </message>
    <message>
        <source>The governor&apos;s castVoteWithReason</source>
        <translation>治理合约的 castVoteWithReason</translation>
    </message>
    <message>
        <source>The governor&apos;s castVote</source>
        <translation>治理合约的 castVote</translation>
    </message>
    <message>
        <source>Your voting power at the snapshot (%1): %2</source>
        <translation>你在快照时（%1）的投票权：%2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>This vote brings the proposal to quorum and changes its outcome as it stands.</source>
        <translation>此票将使提案达到法定票数，并改变当前的结果。</translation>
    </message>
    <message>
        <source>This vote brings the proposal to quorum.</source>
        <translation>此票将使提案达到法定票数。</translation>
    </message>
    <message>
        <source>This vote turns the proposal from passing to failing as it stands.</source>
        <translation>按目前情况，此票将使提案由通过变为不通过。</translation>
    </message>
    <message>
        <source>This vote turns the proposal from failing to passing as it stands.</source>
        <translation>按目前情况，此票将使提案由不通过变为通过。</translation>
    </message>
    <message>
        <source>This vote does not change the outcome: the proposal passes as it stands.</source>
        <translation>此票不会改变结果：按目前情况提案将通过。</translation>
    </message>
    <message>
        <source>This vote does not change the outcome: the proposal fails as it stands.</source>
        <translation>此票不会改变结果：按目前情况提案将不通过。</translation>
    </message>
</context>
<context>
    <name>WalletChangePasswordCommand</name>
    <message>
        <source>Change the vault password</source>
        <translation>修改保险库密码</translation>
    </message>
    <message>
        <source>The vault password was changed.</source>
        <translation>保险库密码已修改。</translation>
    </message>
</context>
<context>
    <name>WalletCreateCommand</name>
    <message>
        <source>Create a vault with a new recovery phrase</source>
        <translation>使用新的助记词创建保险库</translation>
    </message>
    <message>
        <source>Recovery phrase length: 12 or 24 words (default 12).</source>
        <translation>助记词长度：12 或 24 个单词（默认 12）。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>个数</translation>
    </message>
    <message>
        <source>--words must be 12 or 24</source>
        <translation>--words 必须为 12 或 24</translation>
    </message>
    <message>
        <source>a vault already exists in %1</source>
        <translation>%1 中已存在保险库</translation>
    </message>
    <message>
        <source>the vault was created but has no account</source>
        <translation>保险库已创建，但其中没有账户</translation>
    </message>
    <message>
        <source>Created a vault in %1 with account %2 (%3).</source>
        <translation>已在 %1 中创建保险库，账户为 %2（%3）。</translation>
    </message>
    <message>
        <source>Recovery phrase: write it down on paper and keep it offline. Anyone who sees it can take everything in this wallet; without it (and the passphrase, if you set one) a lost vault cannot be restored.</source>
        <translation>助记词：请抄写在纸上并离线保管。任何看到它的人都能拿走此钱包中的全部资产；没有它（以及你设置的密码短语，如有），丢失的保险库将无法恢复。</translation>
    </message>
    <message>
        <source>It is not shown again unless you ask with `plinth-cli wallet show-mnemonic`.</source>
        <translation>除非你使用 `plinth-cli wallet show-mnemonic` 请求，否则它不会再次显示。</translation>
    </message>
    <message>
        <source>Warning: the recovery phrase went to standard output, which is not a terminal; do not keep it in a file.</source>
        <translation>警告：助记词已输出到标准输出，但标准输出不是终端；请勿将其保存在文件中。</translation>
    </message>
</context>
<context>
    <name>WalletExportKeystoreCommand</name>
    <message>
        <source>Export an account as a keystore v3 file</source>
        <translation>将账户导出为 Keystore v3 文件</translation>
    </message>
    <message>
        <source>The account to export.</source>
        <translation>要导出的账户。</translation>
    </message>
    <message>
        <source>The file to write (must not exist).</source>
        <translation>要写入的文件（该文件必须不存在）。</translation>
    </message>
    <message>
        <source>expected ADDRESS and OUT</source>
        <translation>需要 ADDRESS 和 OUT 两个参数</translation>
    </message>
    <message>
        <source>%1 already exists: it was not overwritten</source>
        <translation>%1 已存在：未覆盖</translation>
    </message>
    <message>
        <source>%1 is watch-only: there is no key to export</source>
        <translation>%1 是观察账户：没有可导出的密钥</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>已将 %1 写入 %2。</translation>
    </message>
</context>
<context>
    <name>WalletImportKeyCommand</name>
    <message>
        <source>Import a private key (hex, read on stdin)</source>
        <translation>导入私钥（十六进制，从 stdin 读取）</translation>
    </message>
    <message>
        <source>Private key (hex): </source>
        <translation>私钥（十六进制）： </translation>
    </message>
    <message>
        <source>the private key is not valid hex: %1</source>
        <translation>私钥不是有效的十六进制：%1</translation>
    </message>
    <message>
        <source>a private key is 32 bytes (64 hex digits)</source>
        <translation>私钥为 32 字节（64 位十六进制数）</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
</context>
<context>
    <name>WalletImportKeystoreCommand</name>
    <message>
        <source>Import a keystore v3 (JSON) file</source>
        <translation>导入 Keystore v3（JSON）文件</translation>
    </message>
    <message>
        <source>The keystore file.</source>
        <translation>Keystore 文件。</translation>
    </message>
    <message>
        <source>expected one keystore FILE</source>
        <translation>需要且仅需要一个 Keystore 文件（FILE）参数</translation>
    </message>
    <message>
        <source>%1 is too large for a keystore file</source>
        <translation>%1 过大，不可能是 Keystore 文件</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
</context>
<context>
    <name>WalletRestoreCommand</name>
    <message>
        <source>Create a vault from a recovery phrase read on stdin</source>
        <translation>用从 stdin 读取的助记词创建保险库</translation>
    </message>
    <message>
        <source>a vault already exists in %1</source>
        <translation>%1 中已存在保险库</translation>
    </message>
    <message>
        <source>Recovery phrase: </source>
        <translation>助记词： </translation>
    </message>
    <message>
        <source>the recovery phrase is not valid: %1</source>
        <translation>助记词无效：%1</translation>
    </message>
    <message>
        <source>the vault was created but has no account</source>
        <translation>保险库已创建，但其中没有账户</translation>
    </message>
    <message>
        <source>Restored the vault; first account %1.</source>
        <translation>已恢复保险库；第一个账户为 %1。</translation>
    </message>
</context>
<context>
    <name>WalletShowMnemonicCommand</name>
    <message>
        <source>Show the recovery phrase (asks for the password)</source>
        <translation>显示助记词（需要输入密码）</translation>
    </message>
    <message>
        <source>Recovery phrase (keep it secret):</source>
        <translation>助记词（请严格保密）：</translation>
    </message>
</context>
<context>
    <name>WalletWatchCommand</name>
    <message>
        <source>Add a watch-only address</source>
        <translation>添加观察地址</translation>
    </message>
    <message>
        <source>The address to watch.</source>
        <translation>要观察的地址。</translation>
    </message>
    <message>
        <source>expected one ADDRESS</source>
        <translation>需要且仅需要一个 ADDRESS 参数</translation>
    </message>
    <message>
        <source>Watching %1.</source>
        <translation>正在观察 %1。</translation>
    </message>
</context>
<context>
    <name>WithdrawCommand</name>
    <message>
        <source>Withdraw an unbonding entry whose release time has passed</source>
        <translation>提取释放时间已到的解绑条目</translation>
    </message>
    <message>
        <source>The unbonding id (see `plinth-cli stakes`).</source>
        <translation>解绑 ID（参见 `plinth-cli stakes`）。</translation>
    </message>
    <message>
        <source>withdraw takes one unbonding ID</source>
        <translation>withdraw 只接受一个解绑 ID</translation>
    </message>
    <message>
        <source>ID must be an unbonding id: a whole number from 1</source>
        <translation>ID 必须是解绑 ID：从 1 开始的整数</translation>
    </message>
    <message>
        <source>the network profile has no valid staking contract</source>
        <translation>网络配置中没有有效的质押合约</translation>
    </message>
    <message>
        <source>Withdraw the unbonded stake of unbonding %1</source>
        <translation>提取解绑条目 %1 中已解绑的质押</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: plinth-cli [--version] [--help] COMMAND [OPTIONS]</source>
        <translation>用法：plinth-cli [--version] [--help] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Plinth&apos;s wallet and DePIN dashboard for the command line.</source>
        <translation>Plinth 的命令行钱包与 DePIN 仪表盘。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Every command takes --datadir DIR, --json and --network NAME|FILE;</source>
        <translation>每个命令都接受 --datadir DIR、--json 和 --network NAME|FILE；</translation>
    </message>
    <message>
        <source>`plinth-cli COMMAND --help` describes one command.</source>
        <translation>`plinth-cli COMMAND --help` 显示单个命令的说明。</translation>
    </message>
    <message>
        <source>plinth-cli: unknown command &quot;%1&quot;; see plinth-cli --help</source>
        <translation>plinth-cli：未知命令“%1”；请参阅 plinth-cli --help</translation>
    </message>
    <message>
        <source>Data folder (default: %1).</source>
        <translation>数据目录（默认：%1）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而非文本。</translation>
    </message>
    <message>
        <source>Network name or profile file.</source>
        <translation>网络名称或配置文件。</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>名称|文件</translation>
    </message>
    <message>
        <source>no network selected: pass --network NAME|FILE or start the devnet</source>
        <translation>未选择网络：请指定 --network NAME|FILE 或启动 devnet</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too long (more than 64 KiB)</source>
        <translation>%1 过长（超过 64 KiB）</translation>
    </message>
    <message>
        <source>the input is too long</source>
        <translation>输入过长</translation>
    </message>
    <message>
        <source>the two passwords do not match</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>not a valid address: %1</source>
        <translation>不是有效地址：%1</translation>
    </message>
    <message>
        <source>Read the vault password from the first line of FILE (or set PLINTH_PASSWORD).</source>
        <translation>从 FILE 的第一行读取保险库密码（或设置 PLINTH_PASSWORD）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Read the new vault password from the first line of FILE (or set PLINTH_NEW_PASSWORD).</source>
        <translation>从 FILE 的第一行读取新的保险库密码（或设置 PLINTH_NEW_PASSWORD）。</translation>
    </message>
    <message>
        <source>Read the keystore file&apos;s password from the first line of FILE.</source>
        <translation>从 FILE 的第一行读取 Keystore 文件的密码。</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>no terminal to read from</source>
        <translation>没有可读取的终端</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>Vault password: </source>
        <translation>保险库密码： </translation>
    </message>
    <message>
        <source>no terminal to ask for the vault password on: pass --password-file FILE or set PLINTH_PASSWORD</source>
        <translation>没有可用于输入保险库密码的终端：请指定 --password-file FILE 或设置 PLINTH_PASSWORD</translation>
    </message>
    <message>
        <source>New vault password: </source>
        <translation>新保险库密码： </translation>
    </message>
    <message>
        <source>Choose a vault password: </source>
        <translation>设置保险库密码： </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次输入密码： </translation>
    </message>
    <message>
        <source>no terminal to ask for the new vault password on: pass --%1 FILE or set %2</source>
        <translation>没有可用于输入新保险库密码的终端：请指定 --%1 FILE 或设置 %2</translation>
    </message>
    <message>
        <source>the vault password must not be empty</source>
        <translation>保险库密码不能为空</translation>
    </message>
    <message>
        <source>no terminal to ask for the keystore password on: pass --keystore-password-file FILE</source>
        <translation>没有可用于输入 Keystore 密码的终端：请指定 --keystore-password-file FILE</translation>
    </message>
    <message>
        <source>Password for the keystore file: </source>
        <translation>Keystore 文件的密码： </translation>
    </message>
    <message>
        <source>Keystore file password: </source>
        <translation>Keystore 文件密码： </translation>
    </message>
    <message>
        <source>scrypt cost n, a power of two (default 262144).</source>
        <translation>scrypt 成本参数 n，须为 2 的幂（默认 262144）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--scrypt-n must be a power of two from 1024 up</source>
        <translation>--scrypt-n 必须是不小于 1024 的 2 的幂</translation>
    </message>
    <message>
        <source>The signing account (in the vault).</source>
        <translation>签名账户（位于保险库中）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>--from ADDRESS is required</source>
        <translation>必须指定 --from ADDRESS</translation>
    </message>
    <message>
        <source>there is no vault in %1: create one with `plinth-cli wallet create` or `wallet restore`</source>
        <translation>%1 中没有保险库：请使用 `plinth-cli wallet create` 或 `wallet restore` 创建</translation>
    </message>
    <message>
        <source>Read an optional BIP-39 passphrase from the first line of FILE.</source>
        <translation>从 FILE 的第一行读取可选的 BIP-39 密码短语。</translation>
    </message>
    <message>
        <source>%1 already exists: it was not overwritten</source>
        <translation>%1 已存在：未覆盖</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>A label for the account.</source>
        <translation>账户标签。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 过大</translation>
    </message>
    <message>
        <source>Fee level: slow, normal (default) or fast.</source>
        <translation>手续费档位：slow、normal（默认）或 fast。</translation>
    </message>
    <message>
        <source>level</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>How long to wait for inclusion (default 120).</source>
        <translation>等待交易上链的时长（默认 120）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>--fee must be slow, normal or fast</source>
        <translation>--fee 必须为 slow、normal 或 fast</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds</source>
        <translation>--timeout 必须是秒数</translation>
    </message>
    <message>
        <source>Pending: in the node&apos;s mempool, not yet in a block.</source>
        <translation>待处理：在节点的内存池中，尚未打包进区块。</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>已回滚</translation>
    </message>
    <message numerus="yes">
        <source>Included in block %1 with %n confirmation(s): %2, gas used %3.</source>
        <extracomment>%1 block number, %n confirmations, %2 &quot;success&quot; or &quot;reverted&quot;, %3 gas used</extracomment>
        <translation>
            <numerusform>已打包进区块 %1，%n 个确认：%2，消耗 Gas %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced by %1 (included).</source>
        <translation>已被 %1 替换（已上链）。</translation>
    </message>
    <message>
        <source>Replaced by %1 (pending).</source>
        <translation>已被 %1 替换（待处理）。</translation>
    </message>
    <message>
        <source>Dropped: the node no longer has it and no transaction of ours used its nonce.</source>
        <translation>已丢弃：节点中已没有这笔交易，且我方没有任何交易使用其 nonce。</translation>
    </message>
    <message>
        <source>Sent %1, replacing %2.</source>
        <translation>已发送 %1，替换 %2。</translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation>已发送 %1。</translation>
    </message>
    <message>
        <source>Nonce %1, gas limit %2, max fee %3 per gas (at most %4 in fees).</source>
        <extracomment>%1 nonce, %2 gas limit, %3 max fee per gas in gwei, %4 the most the fees can cost</extracomment>
        <translation>Nonce %1，Gas 上限 %2，每单位 Gas 最高费用 %3（手续费最多 %4）。</translation>
    </message>
    <message>
        <source>%1; check it later with `plinth-cli tx status %2`</source>
        <translation>%1；稍后可用 `plinth-cli tx status %2` 查看</translation>
    </message>
    <message>
        <source>expected one HASH</source>
        <translation>需要且仅需要一个 HASH 参数</translation>
    </message>
    <message>
        <source>HASH must be a transaction hash (0x and 64 hex digits)</source>
        <translation>HASH 必须是交易哈希（0x 加 64 位十六进制数）</translation>
    </message>
    <message>
        <source>the transaction was included in block %1 but reverted</source>
        <translation>交易已打包进区块 %1，但已回滚</translation>
    </message>
    <message>
        <source>A pending transaction Plinth sent.</source>
        <translation>由 Plinth 发送的一笔待处理交易。</translation>
    </message>
    <message>
        <source>Wait until the replacement is in a block.</source>
        <translation>等待替换交易打包进区块。</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>a proposal&apos;s state, inside sentences such as &quot;PIP-3 is %2&quot;</extracomment>
        <translation>待开始</translation>
    </message>
    <message>
        <source>active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>defeated</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>for</source>
        <extracomment>how a vote was cast, inside sentences such as &quot;Vote %1 on %2&quot;</extracomment>
        <translation>赞成</translation>
    </message>
    <message>
        <source>against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步（共 %2 步）：%3</translation>
    </message>
    <message>
        <source>  Call:        %1, undecoded data %2</source>
        <extracomment>%1 the contract, %2 the raw calldata</extracomment>
        <translation>  调用：       %1，未解码数据 %2</translation>
    </message>
    <message>
        <source>  Call:        %1 %2</source>
        <extracomment>%1 the contract, %2 the function signature</extracomment>
        <translation>  调用：       %1 %2</translation>
    </message>
    <message>
        <source>  Value:       %1</source>
        <translation>  金额：       %1</translation>
    </message>
    <message>
        <source>  From:        %1 (nonce %2)</source>
        <translation>  发送方：     %1（nonce %2）</translation>
    </message>
    <message>
        <source>  From:        %1</source>
        <translation>  发送方：     %1</translation>
    </message>
    <message>
        <source>  Fee maximum: %1 (gas limit %2 at %3 per gas)</source>
        <extracomment>%1 the most the fees can cost, %2 gas limit, %3 max fee per gas</extracomment>
        <translation>  最高手续费： %1（Gas 上限 %2，每单位 Gas %3）</translation>
    </message>
    <message>
        <source>  Fee likely:  %1 (estimated %2 gas at %3 per gas)</source>
        <extracomment>%1 the likely fee, %2 estimated gas, %3 likely price per gas</extracomment>
        <translation>  预计手续费： %1（预估 %2 Gas，每单位 Gas %3）</translation>
    </message>
    <message>
        <source>eth_call at %1 on %2, unverified</source>
        <translation>eth_call（%1，经由 %2），未经验证</translation>
    </message>
    <message>
        <source>eth_call at %1 on %2, unverified, %3</source>
        <extracomment>%3 the assumption, e.g. &quot;assuming the approval before it is confirmed&quot;</extracomment>
        <translation>eth_call（%1，经由 %2），未经验证，%3</translation>
    </message>
    <message>
        <source>  Simulation:  succeeds (%1)</source>
        <translation>  模拟：       成功（%1）</translation>
    </message>
    <message>
        <source>  Simulation:  REVERTS: %1 (%2)</source>
        <translation>  模拟：       将回滚：%1（%2）</translation>
    </message>
    <message>
        <source>  Fees:        %1</source>
        <translation>  手续费：     %1</translation>
    </message>
    <message numerus="yes">
        <source>Send these %n transactions? [y/N] </source>
        <translation>
            <numerusform>发送这 %n 笔交易？[y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Send this transaction? [y/N] </source>
        <translation>发送这笔交易？[y/N] </translation>
    </message>
    <message>
        <source>The sending account (default: the vault&apos;s first account).</source>
        <translation>发送账户（默认：保险库的第一个账户）。</translation>
    </message>
    <message>
        <source>Send without asking for confirmation (for scripts).</source>
        <translation>不经确认直接发送（用于脚本）。</translation>
    </message>
    <message>
        <source>the vault has no account: add one, or pass --from ADDRESS</source>
        <translation>保险库中没有账户：请添加一个，或指定 --from ADDRESS</translation>
    </message>
    <message>
        <source>%1 is not an account of this vault: add or import it first (see `plinth-cli accounts`)</source>
        <translation>%1 不是此保险库中的账户：请先添加或导入（参见 `plinth-cli accounts`）</translation>
    </message>
    <message>
        <source>Approve %1 (%2) to spend %3 of your tokens (allowed now: %4)</source>
        <extracomment>%1 the contract allowed to spend (e.g. &quot;staking&quot;), %2 its address, %3 the amount with its symbol, %4 the current allowance</extracomment>
        <translation>授权 %1（%2）使用你的 %3 代币（当前授权额度：%4）</translation>
    </message>
    <message>
        <source>worked out once the step before is confirmed</source>
        <translation>将在上一步确认后计算</translation>
    </message>
    <message>
        <source>assuming the approval before it is confirmed</source>
        <translation>假定上一步的授权已确认</translation>
    </message>
    <message>
        <source>estimated assuming the approval before it is confirmed; worked out again once it is</source>
        <translation>在假定上一步授权已确认的情况下估算；确认后将重新计算</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is too little for these %n transactions: together they need up to %3 for value and gas</source>
        <extracomment>%1 the sender, %2 its balance, %n the number of transactions, %3 what they may cost together</extracomment>
        <translation>
            <numerusform>%1：余额 %2 不足以支付这 %n 笔交易：它们合计最多需要 %3 用于金额和 Gas</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>没有要发送的内容</translation>
    </message>
    <message>
        <source>the transaction would fail, so nothing was signed or sent: %1</source>
        <translation>交易将会失败，因此未签名也未发送任何交易：%1</translation>
    </message>
    <message>
        <source>%1; nothing was signed or sent</source>
        <translation>%1；未签名也未发送任何交易</translation>
    </message>
    <message>
        <source>not confirmed: nothing was signed or sent</source>
        <translation>未确认：未签名也未发送任何交易</translation>
    </message>
    <message>
        <source> The approval sent before stays in place; the allowance remains.</source>
        <translation>之前发送的授权仍然有效，授权额度保持不变。</translation>
    </message>
    <message>
        <source>step %1 would fail, so it was not sent: %2.%3</source>
        <translation>第 %1 步将会失败，因此未发送：%2。%3</translation>
    </message>
    <message>
        <source>step %1 was not sent: %2.%3</source>
        <translation>第 %1 步未发送：%2。%3</translation>
    </message>
    <message>
        <source>the reason could not be found by re-running it at blocks %1 and %2</source>
        <translation>在区块 %1 和 %2 上重新执行后仍无法找到原因</translation>
    </message>
    <message>
        <source>%1 (found by re-running it at block %2)</source>
        <extracomment>%1 the revert reason, %2 a block number</extracomment>
        <translation>%1（通过在区块 %2 上重新执行找到）</translation>
    </message>
    <message>
        <source>the transaction %1 was included in block %2 but reverted: %3.%4</source>
        <translation>交易 %1 已打包进区块 %2，但已回滚：%3。%4</translation>
    </message>
    <message>
        <source>the transaction %1 was dropped: the node no longer has it and its nonce was not used, so nothing was spent.%2</source>
        <translation>交易 %1 已被丢弃：节点中已没有这笔交易，且其 nonce 未被使用，因此没有任何花费。%2</translation>
    </message>
    <message>
        <source>%1 takes DEVICE AMOUNT</source>
        <translation>%1 需要 DEVICE 和 AMOUNT 两个参数</translation>
    </message>
    <message>
        <source>the amount must be more than 0</source>
        <translation>金额必须大于 0</translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation>设备地址。</translation>
    </message>
    <message>
        <source>How many tokens (e.g. 500 or 12.5).</source>
        <translation>代币数量（例如 500 或 12.5）。</translation>
    </message>
    <message>
        <source>the network profile has no valid staking contract</source>
        <translation>网络配置中没有有效的质押合约</translation>
    </message>
    <message>
        <source>%1 has %2, less than the %3 to stake; nothing was sent</source>
        <translation>%1 仅有 %2，少于要质押的 %3；未发送任何交易</translation>
    </message>
    <message>
        <source>the network profile has no valid device registry</source>
        <translation>网络配置中没有有效的设备注册表</translation>
    </message>
    <message>
        <source>--%1 must be a whole number above 0</source>
        <translation>--%1 必须是大于 0 的整数</translation>
    </message>
    <message>
        <source>The device key&apos;s keystore file.</source>
        <translation>设备密钥的 Keystore 文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>a device key&apos;s password must not be empty</source>
        <translation>设备密钥的密码不能为空</translation>
    </message>
    <message>
        <source>--keystore FILE is required</source>
        <translation>必须指定 --keystore FILE</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>What the device offers: storage, bandwidth, wireless, compute, energy or sensor.</source>
        <translation>设备提供的资源：storage、bandwidth、wireless、compute、energy 或 sensor。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Its capacity, a whole number in --unit.</source>
        <translation>其容量，以 --unit 为单位的整数。</translation>
    </message>
    <message>
        <source>Its capacity, a whole number in --unit (default: measured where possible).</source>
        <translation>其容量，以 --unit 为单位的整数（默认：尽可能实测）。</translation>
    </message>
    <message>
        <source>The capacity&apos;s unit, e.g. TB, Mbps, TFLOPS.</source>
        <translation>容量单位，例如 TB、Mbps、TFLOPS。</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Where it is: an H3 cell index or a label.</source>
        <translation>所在位置：H3 单元索引或标签。</translation>
    </message>
    <message>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>A metadata URI (optional).</source>
        <translation>元数据 URI（可选）。</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>The stake to register with, in tokens (default: the registry&apos;s minimum).</source>
        <translation>注册时的质押额，以代币计（默认：注册表的最低质押额）。</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>The onboarding nonce (default: a random 64-bit number).</source>
        <translation>入网 nonce（默认：一个随机的 64 位数）。</translation>
    </message>
    <message>
        <source>How long the signature is valid, e.g. 30m, 24h, 7d (default 24h).</source>
        <translation>签名的有效时长，例如 30m、24h、7d（默认 24h）。</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>The signature&apos;s deadline as a unix time (instead of --valid-for).</source>
        <translation>签名的截止时间，Unix 时间戳格式（代替 --valid-for）。</translation>
    </message>
    <message>
        <source>unix</source>
        <translation>unix</translation>
    </message>
    <message>
        <source>--valid-for must be a duration such as 30m, 24h or 7d (at most 365 days), not &quot;%1&quot;</source>
        <translation>--valid-for 必须是 30m、24h 或 7d 这样的时长（最多 365 天），而不是“%1”</translation>
    </message>
    <message>
        <source>the network &quot;%1&quot; has no device registry</source>
        <translation>网络“%1”没有设备注册表</translation>
    </message>
    <message>
        <source>--kind is required (storage, bandwidth, wireless, compute, energy or sensor)</source>
        <translation>必须指定 --kind（storage、bandwidth、wireless、compute、energy 或 sensor）</translation>
    </message>
    <message>
        <source>--kind must be storage, bandwidth, wireless, compute, energy or sensor</source>
        <translation>--kind 必须是 storage、bandwidth、wireless、compute、energy 或 sensor</translation>
    </message>
    <message>
        <source>--capacity N is required</source>
        <translation>必须指定 --capacity N</translation>
    </message>
    <message>
        <source>--region is required (an H3 cell index or a label)</source>
        <translation>必须指定 --region（H3 单元索引或标签）</translation>
    </message>
    <message>
        <source>--nonce must be a whole number</source>
        <translation>--nonce 必须是整数</translation>
    </message>
    <message>
        <source>pass --valid-for or --deadline, not both</source>
        <translation>请指定 --valid-for 或 --deadline，不能同时指定</translation>
    </message>
    <message>
        <source>no proposal %1 in the verified cache</source>
        <translation>已验证缓存中没有提案 %1</translation>
    </message>
    <message>
        <source>The proposal&apos;s id, or its number as in PIP-7</source>
        <translation>提案 ID，或其编号（如 PIP-7）</translation>
    </message>
    <message>
        <source>%1 takes one proposal id</source>
        <translation>%1 只接受一个提案 ID</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>未发送任何交易</translation>
    </message>
    <message>
        <source>The governor&apos;s %1</source>
        <translation>治理合约的 %1</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>操作：</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plinth: wallet and contributor dashboard for DePIN networks.</source>
        <translation>Plinth：面向 DePIN 网络的钱包和贡献者仪表盘。</translation>
    </message>
    <message>
        <source>Keep the vault, cache and settings in &lt;dir&gt; (default: %1).</source>
        <translation>将保险库、缓存和设置保存在 &lt;目录&gt; 中（默认：%1）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Use the network &lt;name&gt; (a saved profile or &quot;devnet&quot;) or the profile &lt;file&gt;.</source>
        <translation>使用网络 &lt;名称&gt;（已保存的配置或“devnet”）或配置文件 &lt;文件&gt;。</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>名称|文件</translation>
    </message>
    <message>
        <source>Plinth is already running for %1; its window was raised.</source>
        <translation>Plinth 已在为 %1 运行；已将其窗口置于前台。</translation>
    </message>
    <message>
        <source>Plinth cannot start</source>
        <translation>Plinth 无法启动</translation>
    </message>
    <message>
        <source>Plinth cannot open the network</source>
        <translation>Plinth 无法打开网络</translation>
    </message>
    <message>
        <source>The network has no profile.</source>
        <translation>该网络没有配置。</translation>
    </message>
</context>
<context>
    <name>plinth::app::SingleInstance</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据目录 %1。</translation>
    </message>
    <message>
        <source>Another Plinth holds the data folder %1 but does not answer.</source>
        <translation>另一个 Plinth 实例占用了数据目录 %1，但没有响应。</translation>
    </message>
    <message>
        <source>Cannot lock the data folder %1.</source>
        <translation>无法锁定数据目录 %1。</translation>
    </message>
    <message>
        <source>Cannot listen for other starts: %1</source>
        <translation>无法监听其他启动请求：%1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ActionFlow</name>
    <message>
        <source>Confirmed. The page updates once the new block is verified.</source>
        <translation>已确认。新区块通过验证后页面将会更新。</translation>
    </message>
    <message>
        <source>The transaction did not go through; see Activity for its state.</source>
        <translation>交易未能完成；请在“活动”中查看其状态。</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ActivityModel</name>
    <message>
        <source>Rewards claimed to %1</source>
        <extracomment>%1 the address the rewards were paid to</extracomment>
        <translation>奖励已领取至 %1</translation>
    </message>
    <message>
        <source>Proven in block %1</source>
        <extracomment>%1 a block number</extracomment>
        <translation>已在区块 %1 中证明</translation>
    </message>
    <message>
        <source>Proven</source>
        <translation>已证明</translation>
    </message>
    <message>
        <source>Stake on device %1 slashed: %2</source>
        <extracomment>%1 a device&apos;s address, %2 the slasher&apos;s reason</extracomment>
        <translation>设备 %1 上的质押被罚没：%2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Sent tokens</source>
        <translation>已发送代币</translation>
    </message>
    <message>
        <source>Claim rewards</source>
        <translation>领取奖励</translation>
    </message>
    <message>
        <source>Token approval</source>
        <translation>代币授权</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>质押</translation>
    </message>
    <message>
        <source>Delegated stake</source>
        <translation>委托质押</translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation>解除质押</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>提取</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Delegate votes</source>
        <translation>委托投票权</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Queue proposal</source>
        <translation>提案排队</translation>
    </message>
    <message>
        <source>Execute proposal</source>
        <translation>执行提案</translation>
    </message>
    <message>
        <source>Register device</source>
        <translation>注册设备</translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation>加速</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Contract call</source>
        <translation>合约调用</translation>
    </message>
    <message>
        <source>Signed, not yet sent</source>
        <translation>已签名，尚未发送</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Refused by the node</source>
        <translation>被节点拒绝</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>%1 what the transaction did (&quot;Stake&quot;), %2 the address it went to</extracomment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 in block %2</source>
        <extracomment>%1 a status (&quot;Confirmed&quot;), %2 a block number</extracomment>
        <translation>%1，区块 %2</translation>
    </message>
    <message>
        <source>Unstake request #%1 from device %2</source>
        <extracomment>%1 the number the staking contract gave the unstake request, %2 a device&apos;s address</extracomment>
        <translation>来自设备 %2 的解除质押请求 #%1</translation>
    </message>
    <message>
        <source>Unstake request #%1 withdrawn</source>
        <extracomment>%1 the number the staking contract gave the unstake request</extracomment>
        <translation>解除质押请求 #%1 已提取</translation>
    </message>
    <message>
        <source>reason unknown</source>
        <extracomment>shown for a failed transaction when Plinth could not learn why it failed</extracomment>
        <translation>原因未知</translation>
    </message>
    <message>
        <source>The transaction failed: %1</source>
        <extracomment>%1 why it failed (the contract&apos;s decoded revert, or &quot;reason unknown&quot;)</extracomment>
        <translation>交易失败：%1</translation>
    </message>
    <message>
        <source>The node refused the transaction: %1</source>
        <extracomment>%1 the node&apos;s reason (or &quot;reason unknown&quot;)</extracomment>
        <translation>节点拒绝了该交易：%1</translation>
    </message>
    <message>
        <source>The transaction was dropped: %1</source>
        <extracomment>%1 why (or &quot;reason unknown&quot;)</extracomment>
        <translation>交易已被丢弃：%1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ActivityPage</name>
    <message>
        <source>Activity status</source>
        <translation>活动状态</translation>
    </message>
    <message>
        <source>Transactions and events</source>
        <translation>交易和事件</translation>
    </message>
    <message>
        <source>S&amp;peed up</source>
        <translation>加速(&amp;P)</translation>
    </message>
    <message>
        <source>Speed up the selected pending transaction</source>
        <translation>加速所选的待处理交易</translation>
    </message>
    <message>
        <source>&amp;Cancel transaction</source>
        <translation>取消交易(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the selected pending transaction</source>
        <translation>取消所选的待处理交易</translation>
    </message>
    <message>
        <source>The transaction journal could not be read: %1</source>
        <extracomment>%1 why the journal could not be read</extracomment>
        <translation>无法读取交易日志：%1</translation>
    </message>
    <message>
        <source>Reading the transaction journal and the verified cache…</source>
        <translation>正在读取交易日志和已验证缓存…</translation>
    </message>
    <message>
        <source>No activity yet: this account has sent no transaction from this wallet, claimed no rewards and has no unbonding or slash.</source>
        <translation>暂无活动：此账户尚未从本钱包发送任何交易，未领取任何奖励，也没有解绑或罚没记录。</translation>
    </message>
    <message>
        <source>Transactions sent from this wallet: %1. Proven in the verified cache: reward claims %2, unbonding and slash events %3.</source>
        <extracomment>%1 how many transactions this wallet sent from the account, %2 how many reward claims are proven, %3 how many unbonding and slash events</extracomment>
        <translation>从本钱包发送的交易：%1。已验证缓存中已证明的记录：奖励领取 %2 笔，解绑和罚没事件 %3 个。</translation>
    </message>
    <message>
        <source>The proven claims could not be read: %1</source>
        <extracomment>%1 why the claims could not be read</extracomment>
        <translation>无法读取已证明的领取记录：%1</translation>
    </message>
    <message>
        <source>The proven stakes could not be read: %1</source>
        <extracomment>%1 why the stakes could not be read</extracomment>
        <translation>无法读取已证明的质押：%1</translation>
    </message>
    <message>
        <source>Why the selected transaction failed</source>
        <translation>所选交易失败的原因</translation>
    </message>
</context>
<context>
    <name>plinth::ui::AddressBook</name>
    <message>
        <source>The address book %1 could not be read: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason</extracomment>
        <translation>无法读取地址簿 %1：%2</translation>
    </message>
    <message>
        <source>The address book %1 is not valid JSON: %2</source>
        <extracomment>%1 a file path, %2 the JSON parser&apos;s reason</extracomment>
        <translation>地址簿 %1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>The address book %1 could not be saved: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason</extracomment>
        <translation>无法保存地址簿 %1：%2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::AddressInput</name>
    <message>
        <source>Enter an address: 0x followed by 40 hexadecimal digits.</source>
        <translation>请输入地址：0x 加 40 位十六进制数。</translation>
    </message>
    <message>
        <source>This is not an address: an address starts with 0x, then 40 hexadecimal digits.</source>
        <translation>这不是有效地址：地址以 0x 开头，后跟 40 位十六进制数。</translation>
    </message>
    <message>
        <source>An address has exactly 40 hexadecimal digits after 0x; this one has %1.</source>
        <extracomment>%1 how many hexadecimal digits follow 0x (never 40)</extracomment>
        <translation>地址的 0x 之后应正好有 40 位十六进制数；此地址有 %1 位。</translation>
    </message>
    <message>
        <source>This is not an address: after 0x, only the digits 0-9 and the letters a-f (in either case) may follow.</source>
        <translation>这不是有效地址：0x 之后只能是数字 0-9 和字母 a-f（大小写均可）。</translation>
    </message>
    <message>
        <source>The capital letters do not match this address&apos;s checksum (EIP-55): a character is probably mistyped.</source>
        <translation>大写字母与此地址的校验和（EIP-55）不匹配：可能有字符输入错误。</translation>
    </message>
</context>
<context>
    <name>plinth::ui::BackupPanel</name>
    <message>
        <source>Password for the keystore file</source>
        <translation>Keystore 文件的密码</translation>
    </message>
    <message>
        <source>Password for the keystore file, again</source>
        <translation>再次输入 Keystore 文件的密码</translation>
    </message>
    <message>
        <source>&amp;Export keystore…</source>
        <translation>导出 Keystore(&amp;E)…</translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation>保险库密码</translation>
    </message>
    <message>
        <source>Show recovery &amp;phrase</source>
        <translation>显示助记词(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>Account to export</source>
        <translation>要导出的账户</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>助记词</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>Keystore 文件</translation>
    </message>
    <message>
        <source>Saves one account&apos;s key as a keystore v3 file that other wallets import, encrypted with a password of its own.</source>
        <translation>将一个账户的密钥保存为 Keystore v3 文件（可导入其他钱包），并使用单独的密码加密。</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账户(&amp;A)：</translation>
    </message>
    <message>
        <source>File pass&amp;word:</source>
        <translation>文件密码(&amp;W)：</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>再次输入(&amp;G)：</translation>
    </message>
    <message>
        <source>The words that restore every derived account. Make sure nobody can see your screen.</source>
        <translation>这些单词可恢复所有派生账户。请确保没有人能看到你的屏幕。</translation>
    </message>
    <message>
        <source>&amp;Vault password:</source>
        <translation>保险库密码(&amp;V)：</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>No account in this vault has a key to export.</source>
        <translation>此保险库中没有可导出密钥的账户。</translation>
    </message>
    <message>
        <source>Choose an account to export.</source>
        <translation>请选择要导出的账户。</translation>
    </message>
    <message>
        <source>The file password needs at least 8 characters.</source>
        <translation>文件密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The two file passwords differ.</source>
        <translation>两次输入的文件密码不一致。</translation>
    </message>
    <message>
        <source>Unlock the wallet to export the key of %1.</source>
        <translation>请解锁钱包以导出 %1 的密钥。</translation>
    </message>
    <message>
        <source>Save the keystore file</source>
        <translation>保存 Keystore 文件</translation>
    </message>
    <message>
        <source>Keystore files (*.json)</source>
        <translation>Keystore 文件 (*.json)</translation>
    </message>
    <message>
        <source>Encrypting the key for the file… This takes a few seconds.</source>
        <translation>正在为文件加密密钥… 这需要几秒钟。</translation>
    </message>
    <message>
        <source>The key was not exported: %1</source>
        <extracomment>%1 is the reason, a sentence from the wallet</extracomment>
        <translation>密钥未导出：%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved the keystore file %1.</source>
        <translation>已保存 Keystore 文件 %1。</translation>
    </message>
    <message>
        <source>Checking the vault password…</source>
        <translation>正在检查保险库密码…</translation>
    </message>
    <message>
        <source>Wrong password: the phrase stays hidden.</source>
        <translation>密码错误：助记词保持隐藏。</translation>
    </message>
    <message>
        <source>This vault has no recovery phrase: its accounts were imported or are watch-only. Back them up as keystore files.</source>
        <translation>此保险库没有助记词：其中的账户是导入的或为观察账户。请将它们备份为 Keystore 文件。</translation>
    </message>
    <message>
        <source>Write it down on paper, then hide it.</source>
        <translation>请将其抄写在纸上，然后隐藏。</translation>
    </message>
</context>
<context>
    <name>plinth::ui::Card</name>
    <message>
        <source>Nothing is verified yet: this appears once the first sync has finished.</source>
        <translation>尚无已验证的数据：首次同步完成后将显示于此。</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ChoicePage</name>
    <message>
        <source>Welcome to Plinth</source>
        <translation>欢迎使用 Plinth</translation>
    </message>
    <message>
        <source>This data folder has no wallet yet. How do you want to start?</source>
        <translation>此数据目录中还没有钱包。你想如何开始？</translation>
    </message>
    <message>
        <source>&amp;Create a new wallet</source>
        <translation>创建新钱包(&amp;C)</translation>
    </message>
    <message>
        <source>Plinth makes a new recovery phrase; you write it down and keep it safe.</source>
        <translation>Plinth 将生成新的助记词；请将其抄写下来并妥善保管。</translation>
    </message>
    <message>
        <source>&amp;Restore from a recovery phrase</source>
        <translation>从助记词恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Type the 12 or 24 words of a wallet you already have.</source>
        <translation>输入你已有钱包的 12 或 24 个单词。</translation>
    </message>
    <message>
        <source>&amp;Import a keystore file</source>
        <translation>导入 Keystore 文件(&amp;I)</translation>
    </message>
    <message>
        <source>A keystore v3 JSON file (from geth, MetaMask, cast or Plinth) and its password.</source>
        <translation>Keystore v3 JSON 文件（来自 geth、MetaMask、cast 或 Plinth）及其密码。</translation>
    </message>
    <message>
        <source>&amp;Watch an address</source>
        <translation>观察地址(&amp;W)</translation>
    </message>
    <message>
        <source>See an address&apos;s balances, devices and rewards without its key: nothing can be signed.</source>
        <translation>无需密钥即可查看某个地址的余额、设备和奖励：无法签名任何内容。</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ConfirmPhrasePage</name>
    <message>
        <source>Check your written copy</source>
        <translation>核对你的抄写副本</translation>
    </message>
    <message>
        <source>Type the words your paper shows at these positions.</source>
        <translation>请输入纸上这些位置的单词。</translation>
    </message>
    <message>
        <source>Word &amp;%1:</source>
        <extracomment>%1 is a position in the recovery phrase, 1 to 24</extracomment>
        <translation>第 %1 个单词(&amp;W)：</translation>
    </message>
    <message>
        <source>Word number %1 of the recovery phrase</source>
        <translation>助记词的第 %1 个单词</translation>
    </message>
    <message>
        <source>Word %1 does not match the phrase you were shown. Go back to see it again and correct your written copy.</source>
        <extracomment>%1 is a position in the recovery phrase</extracomment>
        <translation>第 %1 个单词与显示给你的助记词不一致。请返回重新查看，并更正你的抄写副本。</translation>
    </message>
</context>
<context>
    <name>plinth::ui::CsvExportBar</name>
    <message>
        <source>Export rewards as CSV</source>
        <translation>将奖励导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>正在取消导出…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the range&apos;s rewards as CSV</source>
        <translation>将该时间范围内的奖励导出为 CSV</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Exporting your rewards to %1…</source>
        <extracomment>%1 the file&apos;s path</extracomment>
        <translation>正在将你的奖励导出到 %1…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>导出已取消：未写入任何文件。</translation>
    </message>
    <message>
        <source>Could not export the rewards: %1</source>
        <extracomment>%1 why the export failed, a sentence from the wallet</extracomment>
        <translation>无法导出奖励：%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln reward(s) to %1.</source>
        <extracomment>%Ln the number of rewards written, %1 the file&apos;s path</extracomment>
        <translation>
            <numerusform>已将 %Ln 笔奖励写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::DelegateVotesDialog</name>
    <message>
        <source>Delegate votes</source>
        <translation>委托投票权</translation>
    </message>
    <message>
        <source>Who votes with your tokens</source>
        <translation>谁使用你的代币投票</translation>
    </message>
    <message>
        <source>Delegating moves the voting power of every token this account holds, now and later, to the address you choose; the tokens themselves stay in your account, and you can delegate again at any time.</source>
        <translation>委托会将此账户现在及今后持有的全部代币的投票权转移给你选择的地址；代币本身仍留在你的账户中，你可以随时重新委托。</translation>
    </message>
    <message>
        <source>Current delegate</source>
        <translation>当前委托对象</translation>
    </message>
    <message>
        <source>Votes that move</source>
        <translation>将转移的投票权</translation>
    </message>
    <message>
        <source>&amp;Myself (%1)</source>
        <extracomment>%1 the account&apos;s own address</extracomment>
        <translation>我自己（%1）(&amp;M)</translation>
    </message>
    <message>
        <source>Delegate to myself</source>
        <translation>委托给我自己</translation>
    </message>
    <message>
        <source>&amp;Another address:</source>
        <translation>其他地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Delegate to another address</source>
        <translation>委托给其他地址</translation>
    </message>
    <message>
        <source>Delegate&apos;s address</source>
        <translation>委托对象的地址</translation>
    </message>
    <message>
        <source>0x… or a name from your address book</source>
        <translation>0x… 或地址簿中的名称</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Co&amp;ntinue…</source>
        <translation>继续(&amp;N)…</translation>
    </message>
    <message>
        <source>Continue to the confirmation</source>
        <translation>继续前往确认</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No network is open: whom your votes are delegated to is not known.</source>
        <translation>未打开任何网络：无法得知你的投票权委托给了谁。</translation>
    </message>
    <message>
        <source>Reading whom your votes are delegated to from the verified cache…</source>
        <translation>正在从已验证缓存中读取你的投票权委托对象…</translation>
    </message>
    <message>
        <source>Nothing is verified yet: whom your votes are delegated to is known after the first sync.</source>
        <translation>尚无已验证的数据：首次同步后即可得知你的投票权委托给了谁。</translation>
    </message>
    <message>
        <source>Could not read whom your votes are delegated to from the verified cache: %1</source>
        <extracomment>%1 the core&apos;s reason</extracomment>
        <translation>无法从已验证缓存中读取你的投票权委托对象：%1</translation>
    </message>
    <message>
        <source>A new delegate gets the votes of your whole balance: %1.</source>
        <extracomment>%1 an amount of tokens</extracomment>
        <translation>新的委托对象将获得你全部余额的投票权：%1。</translation>
    </message>
    <message>
        <source>Enter the address that will vote with your tokens, or choose Myself.</source>
        <translation>请输入将使用你的代币投票的地址，或选择“我自己”。</translation>
    </message>
    <message>
        <source>The zero address belongs to no one: votes delegated to it count for nobody until you delegate again.</source>
        <translation>零地址不属于任何人：委托给它的投票权不计入任何人，直到你重新委托。</translation>
    </message>
    <message>
        <source>This address is all in one case, so it carries no checksum (EIP-55): a mistyped character cannot be detected. Compare it with where it came from, character by character.</source>
        <translation>此地址全为小写或全为大写，因此不带校验和（EIP-55）：无法检测出输错的字符。请与其来源逐个字符进行核对。</translation>
    </message>
    <message>
        <source>Your votes are already delegated to yourself: there is nothing to change.</source>
        <translation>你的投票权已委托给你自己：无需更改。</translation>
    </message>
    <message>
        <source>Your votes are already delegated to this address: there is nothing to change.</source>
        <translation>你的投票权已委托给此地址：无需更改。</translation>
    </message>
    <message>
        <source>This is your own address: the same as Myself.</source>
        <translation>这是你自己的地址：与“我自己”相同。</translation>
    </message>
    <message>
        <source>In your address book as %1.</source>
        <extracomment>%1 the name the user gave the address</extracomment>
        <translation>已在你的地址簿中，名为 %1。</translation>
    </message>
    <message>
        <source>Delegate to %1</source>
        <extracomment>%1 the full checksummed address</extracomment>
        <translation>委托给 %1</translation>
    </message>
    <message>
        <source>Delegate your votes to yourself (%1)</source>
        <extracomment>%1 the account&apos;s own address</extracomment>
        <translation>将你的投票权委托给自己（%1）</translation>
    </message>
    <message>
        <source>Delegate your votes to %1</source>
        <extracomment>%1 the delegate&apos;s address</extracomment>
        <translation>将你的投票权委托给 %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::DeviceActionDialog</name>
    <message>
        <source>Update device</source>
        <translation>更新设备</translation>
    </message>
    <message>
        <source>Change what the registry says about device %1. Each changed field is one transaction.</source>
        <extracomment>%1 the device&apos;s address</extracomment>
        <translation>修改注册表中设备 %1 的信息。每个修改的字段为一笔交易。</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>容量(&amp;C)</translation>
    </message>
    <message>
        <source>A whole number, e.g. 4000</source>
        <translation>整数，例如 4000</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>单位(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. GB, Mbps, cores</source>
        <translation>例如 GB、Mbps、cores</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>区域(&amp;R)</translation>
    </message>
    <message>
        <source>An H3 cell or a label</source>
        <translation>H3 单元或标签</translation>
    </message>
    <message>
        <source>&amp;Metadata URI</source>
        <translation>元数据 URI(&amp;M)</translation>
    </message>
    <message>
        <source>e.g. ipfs://…</source>
        <translation>例如 ipfs://…</translation>
    </message>
    <message>
        <source>Transfer device</source>
        <translation>转移设备</translation>
    </message>
    <message>
        <source>Give device %1 to another account. Its stakes stay where they are; its future rewards go to the new owner.</source>
        <translation>将设备 %1 转给另一个账户。其质押保持不变；其今后的奖励归新所有者所有。</translation>
    </message>
    <message>
        <source>New &amp;owner</source>
        <translation>新所有者(&amp;O)</translation>
    </message>
    <message>
        <source>0x…</source>
        <translation>0x…</translation>
    </message>
    <message>
        <source>Stake on device</source>
        <translation>在设备上质押</translation>
    </message>
    <message>
        <source>Stake on device %1 (staked now: %2).</source>
        <extracomment>%1 the device&apos;s address, %2 its current stake</extracomment>
        <translation>在设备 %1 上质押（当前质押：%2）。</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <extracomment>%1 the token&apos;s symbol</extracomment>
        <translation>金额（%1）(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation>例如 100</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>C&amp;ontinue…</source>
        <translation>继续(&amp;O)…</translation>
    </message>
    <message>
        <source>The capacity must be a whole number above 0.</source>
        <translation>容量必须是大于 0 的整数。</translation>
    </message>
    <message>
        <source>The capacity needs its unit: the registry stores them together.</source>
        <translation>容量需要填写单位：注册表将二者一起存储。</translation>
    </message>
    <message>
        <source>Nothing changed: edit the capacity, the region or the metadata URI first.</source>
        <translation>没有任何更改：请先修改容量、区域或元数据 URI。</translation>
    </message>
    <message>
        <source>Update device %1</source>
        <translation>更新设备 %1</translation>
    </message>
    <message>
        <source>The new owner is not an address: %1.</source>
        <extracomment>%1 why the text is not an address</extracomment>
        <translation>新所有者不是有效地址：%1。</translation>
    </message>
    <message>
        <source>The new owner must not be the zero address: the device would be lost.</source>
        <translation>新所有者不能是零地址：设备将会丢失。</translation>
    </message>
    <message>
        <source>The device already belongs to this account.</source>
        <translation>该设备已属于此账户。</translation>
    </message>
    <message>
        <source>Transfer device %1 to %2</source>
        <extracomment>%1 device address, %2 the new owner&apos;s address</extracomment>
        <translation>将设备 %1 转移给 %2</translation>
    </message>
    <message numerus="yes">
        <source>Enter an amount above 0, with at most %n decimal(s).</source>
        <translation>
            <numerusform>请输入大于 0 的金额，最多 %n 位小数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stake %1 on device %2</source>
        <extracomment>%1 amount with symbol, %2 device address</extracomment>
        <translation>在设备 %2 上质押 %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::DeviceDetailPanel</name>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Metadata URI</source>
        <translation>元数据 URI</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>注册时间</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>质押</translation>
    </message>
    <message>
        <source>Earned to date</source>
        <translation>累计收益</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>最新评分</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>在线率</translation>
    </message>
    <message>
        <source>Offline epochs</source>
        <translation>离线纪元</translation>
    </message>
    <message>
        <source>Previous owners</source>
        <translation>以前的所有者</translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation>更新(&amp;U)…</translation>
    </message>
    <message>
        <source>Update the device&apos;s capacity, region or metadata</source>
        <translation>更新设备的容量、区域或元数据</translation>
    </message>
    <message>
        <source>&amp;Stake…</source>
        <translation>质押(&amp;S)…</translation>
    </message>
    <message>
        <source>Stake on this device</source>
        <translation>在此设备上质押</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>转移(&amp;T)…</translation>
    </message>
    <message>
        <source>Transfer the device to another account</source>
        <translation>将设备转移给另一个账户</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>退役(&amp;R)…</translation>
    </message>
    <message>
        <source>Retire the device for good</source>
        <translation>永久退役该设备</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Select a device to see its earnings, scores and actions.</source>
        <translation>选择一个设备以查看其收益、评分和操作。</translation>
    </message>
    <message>
        <source>Reading the device&apos;s rewards from the verified cache…</source>
        <translation>正在从已验证缓存中读取设备的奖励…</translation>
    </message>
    <message>
        <source>The device could not be read: %1</source>
        <extracomment>%1 why the device could not be read, one sentence</extracomment>
        <translation>无法读取该设备：%1</translation>
    </message>
    <message>
        <source>Not scored yet: no epoch has rewarded it.</source>
        <translation>尚未评分：还没有任何纪元为其发放奖励。</translation>
    </message>
    <message>
        <source>Online in %1 of %2 scored epochs; average score %3</source>
        <extracomment>%1 epochs that scored above 0, %2 epochs scored in all, %3 the average score as a percentage</extracomment>
        <translation>在 %2 个已评分纪元中有 %1 个在线；平均评分 %3</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <extracomment>%1 date and time, %2 block number</extracomment>
        <translation>%1，区块 %2</translation>
    </message>
    <message>
        <source>%1 (the owner&apos;s own: %2)</source>
        <extracomment>%1 every staker&apos;s stake on the device, %2 the owner&apos;s own part of it</extracomment>
        <translation>%1（所有者自有：%2）</translation>
    </message>
    <message>
        <source>%1 in epoch %2</source>
        <translation>%1（纪元 %2）</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>a run of epochs, first to last</extracomment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>None: it scored in every epoch</source>
        <translation>无：每个纪元都有评分</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No rewards yet: its earnings appear here once an epoch scores it.</source>
        <translation>暂无奖励：某个纪元为其评分后，收益将显示于此。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s)</source>
        <translation>
            <numerusform>%Ln 笔奖励</numerusform>
        </translation>
    </message>
    <message>
        <source>Device detail panel</source>
        <translation>设备详情面板</translation>
    </message>
    <message>
        <source>Device detail status message</source>
        <translation>设备详情状态消息</translation>
    </message>
    <message>
        <source>Device fields, actions and earnings chart</source>
        <translation>设备字段、操作和收益图表</translation>
    </message>
</context>
<context>
    <name>plinth::ui::DeviceEarningsChart</name>
    <message>
        <source>Earnings over time</source>
        <translation>收益趋势</translation>
    </message>
    <message>
        <source>Earned to date</source>
        <translation>累计收益</translation>
    </message>
    <message>
        <source>Earned to date: %1</source>
        <extracomment>%1 the device&apos;s total earnings, every digit</extracomment>
        <translation>累计收益：%1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::DevicesModel</name>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>Wireless hotspot</source>
        <translation>无线热点</translation>
    </message>
    <message>
        <source>Compute (GPU)</source>
        <translation>计算（GPU）</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>传感器</translation>
    </message>
    <message>
        <source>Kind %1</source>
        <extracomment>%1 the kind&apos;s number, for a kind this Plinth does not know</extracomment>
        <translation>类型 %1</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已退役</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>质押</translation>
    </message>
    <message>
        <source>Earned to date</source>
        <translation>累计收益</translation>
    </message>
    <message numerus="yes">
        <source>Offline for %Ln epoch(s)</source>
        <extracomment>a device whose latest %Ln epochs scored 0</extracomment>
        <translation>
            <numerusform>已离线 %Ln 个纪元</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Filter by address, region, kind or status (Ctrl+F)</source>
        <translation>按地址、区域、类型或状态筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>筛选设备</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <source>Device status</source>
        <translation>设备状态</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已退役</translation>
    </message>
    <message>
        <source>&amp;Onboard a device…</source>
        <translation>设备入网(&amp;O)…</translation>
    </message>
    <message>
        <source>Onboard a device</source>
        <translation>设备入网</translation>
    </message>
    <message>
        <source>Devices of this account</source>
        <translation>此账户的设备</translation>
    </message>
    <message>
        <source>Devices state</source>
        <translation>设备状态</translation>
    </message>
    <message>
        <source>Showing %1 of %2 devices</source>
        <extracomment>%1 devices shown after filtering, %2 all the account&apos;s devices</extracomment>
        <translation>显示 %2 台设备中的 %1 台</translation>
    </message>
    <message>
        <source>Choose a network in Settings to see your devices.</source>
        <translation>请在“设置”中选择网络以查看你的设备。</translation>
    </message>
    <message>
        <source>The network could not be opened: %1</source>
        <extracomment>%1 why the network could not be opened</extracomment>
        <translation>无法打开网络：%1</translation>
    </message>
    <message>
        <source>This wallet has no account yet: create or restore one to see its devices.</source>
        <translation>此钱包还没有账户：请创建或恢复一个账户以查看其设备。</translation>
    </message>
    <message>
        <source>Reading the verified cache…</source>
        <translation>正在读取已验证缓存…</translation>
    </message>
    <message>
        <source>Nothing is verified yet: your devices appear here after the first sync.</source>
        <translation>尚无已验证的数据：首次同步后你的设备将显示于此。</translation>
    </message>
    <message>
        <source>Your devices could not be read: %1</source>
        <extracomment>%1 why the devices could not be read</extracomment>
        <translation>无法读取你的设备：%1</translation>
    </message>
    <message>
        <source>Account %1 has no devices yet. Use “Onboard a device…” to register one.</source>
        <extracomment>%1 the account&apos;s address</extracomment>
        <translation>账户 %1 还没有设备。请使用“设备入网…”注册一台设备。</translation>
    </message>
    <message>
        <source>Retire device %1 for good: its token is burnt and it can never register again</source>
        <extracomment>%1 the device&apos;s address</extracomment>
        <translation>永久退役设备 %1：其代币将被销毁，且永远无法再次注册</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln 台设备</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::EarningsChart</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>%1 the series (a device or a kind), %2 the period, %3 the amount</extracomment>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>plinth::ui::EarningsModel</name>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>Wireless</source>
        <translation>无线</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>传感器</translation>
    </message>
    <message>
        <source>Unknown kind</source>
        <translation>未知类型</translation>
    </message>
    <message>
        <source>Kind %1</source>
        <extracomment>a resource kind this version does not know, by its number</extracomment>
        <translation>类型 %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>a score in percent, from basis points</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Block %1</source>
        <extracomment>%1 the block number</extracomment>
        <translation>区块 %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>纪元</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>plinth::ui::EarningsPage</name>
    <message>
        <source>All devices</source>
        <translation>所有设备</translation>
    </message>
    <message>
        <source>By device</source>
        <translation>按设备</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>按类型</translation>
    </message>
    <message>
        <source>Group the chart</source>
        <translation>图表分组方式</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Period of each bar</source>
        <translation>每个柱形的时间段</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>开始日期（UTC）</translation>
    </message>
    <message>
        <source>Last day (UTC, included)</source>
        <translation>结束日期（UTC，包含当天）</translation>
    </message>
    <message>
        <source>Filter by device, kind or date</source>
        <translation>按设备、类型或日期筛选</translation>
    </message>
    <message>
        <source>Filter rewards</source>
        <translation>筛选奖励</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Earnings chart</source>
        <translation>收益图表</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>收益</translation>
    </message>
    <message>
        <source>Payout ledger</source>
        <translation>奖励发放对账</translation>
    </message>
    <message>
        <source>Proving your claimable rewards and reconciling the ledger…</source>
        <translation>正在证明你的可领取奖励并核对账目…</translation>
    </message>
    <message>
        <source>Could not build the payout ledger: %1</source>
        <translation>无法生成奖励发放对账：%1</translation>
    </message>
    <message>
        <source>The first day is after the last day: pick a range that ends after it starts.</source>
        <translation>开始日期晚于结束日期：请选择结束日期晚于开始日期的范围。</translation>
    </message>
    <message>
        <source>Adding up your rewards in the verified cache…</source>
        <translation>正在汇总已验证缓存中你的奖励…</translation>
    </message>
    <message>
        <source>Could not read your earnings: %1</source>
        <translation>无法读取你的收益：%1</translation>
    </message>
    <message>
        <source>None of your devices earned a reward in this range.</source>
        <translation>在此时间范围内，你的设备没有获得任何奖励。</translation>
    </message>
    <message>
        <source>Other devices</source>
        <translation>其他设备</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a resource kind, %2 its amount</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The latest %1 of %2 rewards; export CSV for all of them.</source>
        <extracomment>%1 rows shown, %2 rewards in the range</extracomment>
        <translation>显示 %2 笔奖励中最新的 %1 笔；导出 CSV 可获取全部奖励。</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln reward(s), verified at block %1</source>
        <extracomment>%Ln rewards, %1 the verified block</extracomment>
        <translation>
            <numerusform>共 %Ln 笔奖励，已验证至区块 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s)</source>
        <extracomment>%Ln the number of rewards in the range (all of them are in the table)</extracomment>
        <translation>
            <numerusform>%Ln 笔奖励</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::EndpointsSection</name>
    <message>
        <source>%1 cannot be used: %2</source>
        <extracomment>%1 is the URL typed, %2 what is wrong with it</extracomment>
        <translation>%1 无法使用：%2</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 已在列表中。</translation>
    </message>
    <message>
        <source>Asking %1 for its chain id…</source>
        <extracomment>%1 is the endpoint&apos;s URL</extracomment>
        <translation>正在向 %1 查询其链 ID…</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <extracomment>%1 is the endpoint&apos;s URL, %2 the error</extracomment>
        <translation>%1 没有响应：%2</translation>
    </message>
    <message>
        <source>%1 answered chain id %2 in %3 ms.</source>
        <extracomment>%1 the endpoint&apos;s URL, %2 its chain id, %3 the latency in milliseconds</extracomment>
        <translation>%1 在 %3 毫秒内返回链 ID %2。</translation>
    </message>
    <message>
        <source>This network&apos;s chain id is %1: the endpoint serves another chain.</source>
        <extracomment>%1 is the chain id of the selected network</extracomment>
        <translation>此网络的链 ID 为 %1：该端点服务于另一条链。</translation>
    </message>
    <message>
        <source>The endpoints were not saved: %1</source>
        <translation>端点未保存：%1</translation>
    </message>
    <message>
        <source>Saved in %1. Plinth uses the new list from its next start.</source>
        <extracomment>%1 is the profile file</extracomment>
        <translation>已保存至 %1。Plinth 将在下次启动时使用新列表。</translation>
    </message>
    <message>
        <source>Network and RPC endpoints</source>
        <translation>网络和 RPC 端点</translation>
    </message>
    <message>
        <source>%1 (chain id %2). Plinth asks the endpoints in this order and checks every answer against block headers, so an endpoint cannot make it show false data.</source>
        <extracomment>%1 is the network&apos;s name, %2 its chain id</extracomment>
        <translation>%1（链 ID %2）。Plinth 按此顺序查询各端点，并依据区块头核验每个结果，因此端点无法使其显示虚假数据。</translation>
    </message>
    <message>
        <source>No network is selected: start Plinth with --network to choose one.</source>
        <translation>未选择网络：请使用 --network 启动 Plinth 以选择网络。</translation>
    </message>
    <message>
        <source>RPC endpoints</source>
        <translation>RPC 端点</translation>
    </message>
    <message>
        <source>New endpoint URL</source>
        <translation>新端点 URL</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>添加端点</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Test endpoint</source>
        <translation>测试端点</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation>移除端点</translation>
    </message>
</context>
<context>
    <name>plinth::ui::EventNotifier</name>
    <message>
        <source>Proposal %1</source>
        <extracomment>a proposal without a title: %1 is its id</extracomment>
        <translation>提案 %1</translation>
    </message>
    <message>
        <source>New epoch rewards</source>
        <translation>新的纪元奖励</translation>
    </message>
    <message>
        <source>Device offline</source>
        <translation>设备离线</translation>
    </message>
    <message>
        <source>Proposal open for voting</source>
        <translation>提案开放投票</translation>
    </message>
    <message>
        <source>%1 is open for voting until %2.</source>
        <extracomment>%1 is the proposal&apos;s title, %2 when voting ends (a date and time)</extracomment>
        <translation>%1 开放投票，截止至 %2。</translation>
    </message>
    <message>
        <source>Proposal about to end</source>
        <translation>提案即将结束</translation>
    </message>
    <message>
        <source>Voting on %1 ends in %2.</source>
        <extracomment>%1 is the proposal&apos;s title, %2 the time left (&quot;3 hours&quot;)</extracomment>
        <translation>%1 的投票将在 %2 后结束。</translation>
    </message>
    <message>
        <source>Transaction confirmed</source>
        <translation>交易已确认</translation>
    </message>
    <message>
        <source>Transaction %1 is in block %2.</source>
        <extracomment>%1 is the start of the transaction&apos;s hash, %2 its block number</extracomment>
        <translation>交易 %1 已打包进区块 %2。</translation>
    </message>
    <message>
        <source>Transaction %1 is confirmed.</source>
        <extracomment>%1 is the start of the transaction&apos;s hash</extracomment>
        <translation>交易 %1 已确认。</translation>
    </message>
    <message>
        <source>Transaction failed</source>
        <translation>交易失败</translation>
    </message>
    <message>
        <source>Transaction %1 failed.</source>
        <extracomment>%1 is the start of the transaction&apos;s hash</extracomment>
        <translation>交易 %1 失败。</translation>
    </message>
    <message>
        <source>Transaction %1 failed: %2</source>
        <extracomment>%1 is the start of the transaction&apos;s hash, %2 the node&apos;s reason</extracomment>
        <translation>交易 %1 失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new reward(s) paid %1; the latest is for epoch %2.</source>
        <extracomment>%Ln is the number of new rewards, %1 what they paid together, %2 the latest one&apos;s epoch</extracomment>
        <translation>
            <numerusform>已发放 %Ln 笔新奖励，共 %1；最新一笔属于纪元 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Device %1 has been offline for %Ln epoch(s).</source>
        <extracomment>%1 is the device&apos;s short address, %Ln the epochs it scored 0 in a row</extracomment>
        <translation>
            <numerusform>设备 %1 已离线 %Ln 个纪元。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::FirstRunWizard</name>
    <message>
        <source>Set up Plinth</source>
        <translation>设置 Plinth</translation>
    </message>
    <message>
        <source>Encrypting your vault… This takes a few seconds on purpose: it makes guessing your password slow.</source>
        <translation>正在加密你的保险库… 这会特意花费几秒钟：这样可以让猜测你的密码变得很慢。</translation>
    </message>
    <message>
        <source>The vault was created but holds no account.</source>
        <translation>保险库已创建，但其中没有账户。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a keystore file.</source>
        <translation>%1 过大，不可能是 Keystore 文件。</translation>
    </message>
    <message>
        <source>The keystore file&apos;s password is wrong. Go back, correct it and finish again.</source>
        <translation>Keystore 文件的密码错误。请返回更正密码，然后再次完成设置。</translation>
    </message>
    <message>
        <source>Plinth could not finish: %1</source>
        <extracomment>%1 is the reason, one sentence</extracomment>
        <translation>Plinth 无法完成设置：%1</translation>
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
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified at block %1, %2</source>
        <extracomment>%1 is a block number, %2 how long ago (&quot;5 minutes ago&quot;)</extracomment>
        <translation>已验证至区块 %1，%2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of a day in a chart</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date format of a month in a chart</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>%1 an amount of tokens, per second</extracomment>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>%1 a number</extracomment>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1</source>
        <extracomment>a duration of days and hours: %n is the number of days, %1 the hours (&quot;3 hours&quot;)</extracomment>
        <translation>
            <numerusform>%n 天 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) %1</source>
        <extracomment>a duration of hours and minutes: %n is the number of hours, %1 the minutes (&quot;45 minutes&quot;)</extracomment>
        <translation>
            <numerusform>%n 小时 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::GovernancePage</name>
    <message>
        <source>No proposals yet: a proposal appears here once it is created on the governor.</source>
        <translation>暂无提案：在治理合约上创建提案后将显示于此。</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Queue %1 in the timelock</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>将 %1 加入时间锁队列</translation>
    </message>
    <message>
        <source>Execute %1</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>执行 %1</translation>
    </message>
    <message>
        <source>Reading the verified cache…</source>
        <translation>正在读取已验证缓存…</translation>
    </message>
    <message>
        <source>Nothing is verified yet: the proposals appear after the first sync.</source>
        <translation>尚无已验证的数据：首次同步后提案将显示于此。</translation>
    </message>
    <message>
        <source>Could not read the proposals from the verified cache: %1</source>
        <extracomment>%1 the core&apos;s reason</extracomment>
        <translation>无法从已验证缓存中读取提案：%1</translation>
    </message>
    <message>
        <source>Could not read the proposal from the verified cache: %1</source>
        <extracomment>%1 the core&apos;s reason</extracomment>
        <translation>无法从已验证缓存中读取该提案：%1</translation>
    </message>
    <message>
        <source>Vote for %1</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>对 %1 投赞成票</translation>
    </message>
    <message>
        <source>Vote against %1</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>对 %1 投反对票</translation>
    </message>
    <message>
        <source>Abstain on %1</source>
        <extracomment>%1 the proposal&apos;s title</extracomment>
        <translation>对 %1 投弃权票</translation>
    </message>
    <message>
        <source>The node could not run the simulation: %1</source>
        <extracomment>%1 the reason</extracomment>
        <translation>节点无法运行模拟：%1</translation>
    </message>
    <message>
        <source>De&amp;legate votes…</source>
        <translation>委托投票权(&amp;L)…</translation>
    </message>
    <message>
        <source>Delegate votes</source>
        <translation>委托投票权</translation>
    </message>
    <message>
        <source>Choose who votes with your tokens: yourself or another address</source>
        <translation>选择由谁使用你的代币投票：你自己或其他地址</translation>
    </message>
    <message>
        <source>Open an account first: votes are delegated per account.</source>
        <translation>请先打开一个账户：投票权按账户委托。</translation>
    </message>
    <message>
        <source>Choose a network first (Settings): votes are delegated on a network&apos;s token.</source>
        <translation>请先选择网络（设置）：投票权在某个网络的代币上委托。</translation>
    </message>
</context>
<context>
    <name>plinth::ui::GuiCallback</name>
    <message>
        <source>Unexpected error in %1: %2</source>
        <translation>%1 中出现意外错误：%2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::HelpDialog</name>
    <message>
        <source>Plinth Help</source>
        <translation>Plinth 帮助</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Plinth %1</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>Plinth %1</translation>
    </message>
    <message>
        <source>A wallet and contributor dashboard for DePIN networks. Every balance, reward and vote it shows is verified against block headers by its own light client; it does not trust the RPC endpoints it reads from.</source>
        <translation>适用于 DePIN 网络的钱包和贡献者仪表盘。它显示的每一项余额、奖励和投票都由其内置轻客户端依据区块头进行验证；它不信任所读取的 RPC 端点。</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3.</source>
        <translation>自由软件，基于 GNU 通用公共许可证第 3 版发布。</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>plinth::ui::KeystorePage</name>
    <message>
        <source>Import a keystore file</source>
        <translation>导入 Keystore 文件</translation>
    </message>
    <message>
        <source>Choose the keystore v3 JSON file and type the password it was saved with. Plinth keeps the key in its own vault, under the vault password you choose next.</source>
        <translation>请选择 Keystore v3 JSON 文件，并输入保存该文件时使用的密码。Plinth 会将密钥保存在自己的保险库中，由你接下来设置的保险库密码保护。</translation>
    </message>
    <message>
        <source>Keystore file</source>
        <translation>Keystore 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the keystore file</source>
        <translation>选择 Keystore 文件</translation>
    </message>
    <message>
        <source>Open a keystore file</source>
        <translation>打开 Keystore 文件</translation>
    </message>
    <message>
        <source>Keystore files (*.json);;All files (*)</source>
        <translation>Keystore 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The keystore file&apos;s password</source>
        <translation>Keystore 文件的密码</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>File &amp;password:</source>
        <translation>文件密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>plinth::ui::LedgerView</name>
    <message>
        <source>Rewarded</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Claimable (proven)</source>
        <translation>可领取（已证明）</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已到账</translation>
    </message>
    <message>
        <source>Reconciled at block %1: rewarded − claimed = claimable, and every claim was received in full.</source>
        <extracomment>%1 the block number</extracomment>
        <translation>已在区块 %1 核对一致：已分配 − 已领取 = 可领取，且每笔领取均已全额到账。</translation>
    </message>
    <message>
        <source>Does not reconcile at block %1:</source>
        <translation>在区块 %1 核对不一致：</translation>
    </message>
    <message>
        <source>%1 is off by %2 base units: %3</source>
        <extracomment>%1 what differs (&quot;claimable&quot;), %2 by how many base units, %3 the reason</extracomment>
        <translation>%1 相差 %2 个最小单位：%3</translation>
    </message>
</context>
<context>
    <name>plinth::ui::LockController</name>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>Lock the wallet (%1)</source>
        <translation>锁定钱包（%1）</translation>
    </message>
    <message>
        <source>Unlock the wallet to sign</source>
        <translation>解锁钱包以进行签名</translation>
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
        <translation>概览</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>收益</translation>
    </message>
    <message>
        <source>Staking</source>
        <translation>质押</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>治理</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Send &amp; Receive</source>
        <translation>发送和接收</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Your balances, claimable rewards and devices appear here once a wallet is open and synced.</source>
        <translation>打开并同步钱包后，你的余额、可领取奖励和设备将显示在这里。</translation>
    </message>
    <message>
        <source>The devices you registered appear here once a wallet is open and synced.</source>
        <translation>打开并同步钱包后，你注册的设备将显示在这里。</translation>
    </message>
    <message>
        <source>Rewards per device and epoch appear here once a wallet is open and synced.</source>
        <translation>打开并同步钱包后，每台设备每个纪元的奖励将显示在这里。</translation>
    </message>
    <message>
        <source>Your stakes, delegations and unbonding entries appear here once a wallet is open and synced.</source>
        <translation>打开并同步钱包后，你的质押、委托和解绑条目将显示在这里。</translation>
    </message>
    <message>
        <source>The network&apos;s proposals and your votes appear here once a wallet is open and synced.</source>
        <translation>打开并同步钱包后，网络的提案和你的投票将显示在这里。</translation>
    </message>
    <message>
        <source>Your transactions and events appear here once a wallet is open and synced.</source>
        <translation>打开并同步钱包后，你的交易和事件将显示在这里。</translation>
    </message>
    <message>
        <source>Sending and receiving become available once a wallet is open.</source>
        <translation>打开钱包后即可发送和接收。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the page name, %2 the keyboard shortcut</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Show %1</source>
        <extracomment>a keyboard shortcut&apos;s action: %1 is a page name</extracomment>
        <translation>显示%1</translation>
    </message>
    <message>
        <source>Lock the wallet</source>
        <translation>锁定钱包</translation>
    </message>
    <message>
        <source>Switch the account</source>
        <translation>切换账户</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>显示此帮助</translation>
    </message>
    <message>
        <source>Move to the next control</source>
        <translation>移到下一个控件</translation>
    </message>
</context>
<context>
    <name>plinth::ui::NetworkPage</name>
    <message>
        <source>Choose the network</source>
        <translation>选择网络</translation>
    </message>
    <message>
        <source>Plinth follows one deployment of the network at a time; you can add others in Settings.</source>
        <translation>Plinth 一次只跟踪网络的一个部署；你可以在“设置”中添加其他部署。</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>Looking for networks and asking the local devnet whether it runs…</source>
        <translation>正在查找网络，并询问本地 devnet 是否正在运行…</translation>
    </message>
    <message>
        <source>No network for now
Choose one later in Settings.</source>
        <translation>暂不选择网络
稍后可在“设置”中选择。</translation>
    </message>
    <message>
        <source>No network profile was found and no local devnet answered.</source>
        <translation>未找到网络配置，且本地 devnet 没有响应。</translation>
    </message>
</context>
<context>
    <name>plinth::ui::OnboardingChecksView</name>
    <message>
        <source>Checks of the payload</source>
        <translation>数据包检查</translation>
    </message>
    <message>
        <source>Signed by the device&apos;s own key, %1.</source>
        <extracomment>%1 the device&apos;s address</extracomment>
        <translation>由设备自己的密钥 %1 签名。</translation>
    </message>
    <message>
        <source>Signed for chain %1, this network&apos;s, and the node is on that chain.</source>
        <extracomment>%1 chain id</extracomment>
        <translation>为链 %1（即本网络的链）签名，且节点位于该链上。</translation>
    </message>
    <message>
        <source>Signed for this network&apos;s device registry, %1.</source>
        <translation>为本网络的设备注册表 %1 签名。</translation>
    </message>
    <message>
        <source>Valid until %1, %2 after the chain&apos;s latest block.</source>
        <extracomment>%1 date and time, %2 a duration such as &quot;23 hours&quot;</extracomment>
        <translation>有效期至 %1，比链的最新区块晚 %2。</translation>
    </message>
    <message>
        <source>Not registered and never retired (the verified cache at block %1 agrees).</source>
        <extracomment>%1 block number</extracomment>
        <translation>尚未注册且从未退役（区块 %1 的已验证缓存确认了这一点）。</translation>
    </message>
    <message>
        <source>Not registered and never retired.</source>
        <translation>尚未注册且从未退役。</translation>
    </message>
    <message>
        <source>Its onboarding nonce has not been used.</source>
        <translation>其入网 nonce 尚未被使用。</translation>
    </message>
    <message>
        <source>It names this account, %1, as its owner.</source>
        <translation>它指定此账户 %1 为所有者。</translation>
    </message>
    <message>
        <source>Stake %1: the registry&apos;s minimum, as the payload names none.</source>
        <extracomment>%1 amount</extracomment>
        <translation>质押 %1：即注册表的最低质押额，因为数据包未指定质押额。</translation>
    </message>
    <message>
        <source>Stake %1, at least the registry&apos;s minimum of %2.</source>
        <extracomment>%1 the stake, %2 the registry&apos;s minimum stake</extracomment>
        <translation>质押 %1，不低于注册表的最低质押额 %2。</translation>
    </message>
    <message>
        <source>Your balance of %1 covers the stake and the %2 fee (%3 in all).</source>
        <extracomment>%1 the account&apos;s token balance, %2 the onboarding fee, %3 stake + fee</extracomment>
        <translation>你的余额 %1 足以支付质押额和 %2 的费用（共 %3）。</translation>
    </message>
    <message>
        <source>The registry&apos;s state and your balance were read with eth_call at block %1: unverified.</source>
        <extracomment>%1 block number</extracomment>
        <translation>注册表状态和你的余额是通过 eth_call 在区块 %1 读取的：未经验证。</translation>
    </message>
    <message>
        <source>The registry&apos;s state and your balance are proven at block %1.</source>
        <translation>注册表状态和你的余额已在区块 %1 上证明。</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <extracomment>what a screen reader says for a passed check; %1 the check&apos;s sentence</extracomment>
        <translation>通过：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>what a screen reader says for a failed check; %1 why it failed</extracomment>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::OnboardingWizard</name>
    <message>
        <source>&amp;Paste or open a device&apos;s signed payload</source>
        <translation>粘贴或打开设备签名的数据包(&amp;P)</translation>
    </message>
    <message>
        <source>Register &amp;this computer: the wallet makes the device&apos;s key</source>
        <translation>注册本机(&amp;T)：由钱包生成设备密钥</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Onboard a device</source>
        <translation>设备入网</translation>
    </message>
    <message>
        <source>Signed onboarding payload</source>
        <translation>已签名的入网数据包</translation>
    </message>
    <message>
        <source>Paste the payload&apos;s JSON or its QR text (plinth-onboard:1;…)</source>
        <translation>粘贴数据包的 JSON 或其二维码文本（plinth-onboard:1;…）</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>质押</translation>
    </message>
    <message>
        <source>Empty: the payload&apos;s stake, or the registry&apos;s minimum</source>
        <translation>留空：使用数据包中的质押额，或注册表的最低质押额</translation>
    </message>
    <message>
        <source>Onboarding status</source>
        <translation>入网状态</translation>
    </message>
    <message>
        <source>A device proves it is yours by signing an onboarding message with its own key. How do you want to onboard it?</source>
        <translation>设备通过用自己的密钥签署入网消息来证明它属于你。你想如何让它入网？</translation>
    </message>
    <message>
        <source>On the device, run plinth-cli device-key sign-onboarding with this account as the owner, then paste what it printed, or open the file it wrote.</source>
        <translation>请在设备上以此账户为所有者运行 plinth-cli device-key sign-onboarding，然后粘贴其输出内容，或打开其写入的文件。</translation>
    </message>
    <message>
        <source>&amp;Stake (%1)</source>
        <extracomment>%1 the token&apos;s symbol</extracomment>
        <translation>质押（%1）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>注册(&amp;R)…</translation>
    </message>
    <message>
        <source>The stake is not an amount: %1.</source>
        <extracomment>%1 why the amount is not valid</extracomment>
        <translation>质押额不是有效金额：%1。</translation>
    </message>
    <message>
        <source>Paste a payload or open its file first.</source>
        <translation>请先粘贴数据包或打开其文件。</translation>
    </message>
    <message>
        <source>Checking the payload against the chain…</source>
        <translation>正在依据链上数据检查数据包…</translation>
    </message>
    <message>
        <source>Making the device key, signing its onboarding and checking it against the chain…</source>
        <translation>正在生成设备密钥、签署入网数据并依据链上数据进行检查…</translation>
    </message>
    <message>
        <source>Device %1 (%2, %3) can be registered to this account, staking %4 and paying the %5 onboarding fee.</source>
        <extracomment>%1 device address, %2 kind, %3 capacity with unit, %4 stake, %5 onboarding fee</extracomment>
        <translation>设备 %1（%2，%3）可以注册到此账户名下，质押 %4 并支付 %5 的入网费。</translation>
    </message>
    <message>
        <source>The device key is kept in %1.</source>
        <translation>设备密钥保存在 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: this payload would be refused, so nothing can be sent. No device key was kept.</source>
        <translation>
            <numerusform>%n 项检查未通过：此数据包将被拒绝，因此无法发送任何交易。未保留任何设备密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>Register device %1, staking %2</source>
        <extracomment>%1 device address, %2 stake with symbol</extracomment>
        <translation>注册设备 %1，质押 %2</translation>
    </message>
    <message>
        <source>The registration was not confirmed: see the confirmation dialog for why.</source>
        <translation>注册未确认：原因请参见确认对话框。</translation>
    </message>
    <message>
        <source>Open an onboarding payload</source>
        <translation>打开入网数据包</translation>
    </message>
    <message>
        <source>Onboarding payloads (*.json *.txt);;All files (*)</source>
        <translation>入网数据包 (*.json *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 file, %2 the system&apos;s reason</extracomment>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::OverviewPage</name>
    <message>
        <source>Balances</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Claimable rewards</source>
        <translation>可领取的奖励</translation>
    </message>
    <message>
        <source>Earnings, last 30 days</source>
        <translation>收益（最近 30 天）</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Proposals awaiting your vote</source>
        <translation>等待你投票的提案</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>领取(&amp;C)</translation>
    </message>
    <message>
        <source>Claim rewards</source>
        <translation>领取奖励</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已退役</translation>
    </message>
    <message>
        <source>Earnings per day over the last 30 days</source>
        <translation>最近 30 天的每日收益</translation>
    </message>
    <message>
        <source>Proving your balances against the verified block…</source>
        <translation>正在依据已验证区块证明你的余额…</translation>
    </message>
    <message>
        <source>Could not prove your balances: %1</source>
        <translation>无法证明你的余额：%1</translation>
    </message>
    <message>
        <source>Proving your claimable rewards…</source>
        <translation>正在证明你的可领取奖励…</translation>
    </message>
    <message>
        <source>Could not prove your claimable rewards: %1</source>
        <translation>无法证明你的可领取奖励：%1</translation>
    </message>
    <message>
        <source>Nothing to claim at block %1.</source>
        <translation>在区块 %1 没有可领取的奖励。</translation>
    </message>
    <message>
        <source>Claim %1 to %2</source>
        <extracomment>%1 is the amount with its symbol, %2 the receiving address</extracomment>
        <translation>将 %1 领取至 %2</translation>
    </message>
    <message>
        <source>Adding up your rewards of the last 30 days…</source>
        <translation>正在汇总你最近 30 天的奖励…</translation>
    </message>
    <message>
        <source>Could not read your earnings: %1</source>
        <extracomment>%1 why the earnings could not be read, a sentence from the wallet</extracomment>
        <translation>无法读取你的收益：%1</translation>
    </message>
    <message>
        <source>None of your devices earned a reward in the last 30 days.</source>
        <translation>最近 30 天内，你的设备没有获得任何奖励。</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Reading your devices from the verified cache…</source>
        <translation>正在从已验证缓存中读取你的设备…</translation>
    </message>
    <message>
        <source>Could not read your devices: %1</source>
        <extracomment>%1 why the devices could not be read, a sentence from the wallet</extracomment>
        <translation>无法读取你的设备：%1</translation>
    </message>
    <message>
        <source>This account has no devices. Register one on the Devices page.</source>
        <translation>此账户没有设备。请在“设备”页面注册一台。</translation>
    </message>
    <message>
        <source>Reading the network&apos;s proposals…</source>
        <translation>正在读取网络的提案…</translation>
    </message>
    <message>
        <source>Could not read the proposals: %1</source>
        <extracomment>%1 why the proposals could not be read, a sentence from the wallet</extracomment>
        <translation>无法读取提案：%1</translation>
    </message>
    <message>
        <source>No active proposal is waiting for your vote.</source>
        <translation>没有等待你投票的进行中提案。</translation>
    </message>
    <message>
        <source>No active proposal is waiting for you: you have no voting power in the open ones.</source>
        <translation>没有等待你投票的进行中提案：你在开放的提案中没有投票权。</translation>
    </message>
    <message>
        <source>Reading your transactions and rewards…</source>
        <translation>正在读取你的交易和奖励…</translation>
    </message>
    <message>
        <source>Could not read your activity: %1</source>
        <extracomment>%1 why the activity could not be read, a sentence from the wallet</extracomment>
        <translation>无法读取你的活动：%1</translation>
    </message>
    <message>
        <source>Nothing has happened on this account yet.</source>
        <translation>此账户尚无任何活动。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 what happened, %2 how long ago</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln reward(s), verified at block %2</source>
        <extracomment>%1 the amount, %Ln the number of rewards, %2 the verified block</extracomment>
        <translation>
            <numerusform>%1，共 %Ln 笔奖励，已验证至区块 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading your last proven balances from the verified cache…</source>
        <translation>正在从已验证缓存中读取你上次证明的余额…</translation>
    </message>
    <message>
        <source>Proven at block %1; proving them again failed: %2</source>
        <extracomment>%1 the block the balances shown were proven at, %2 why proving them again failed</extracomment>
        <translation>已在区块 %1 上证明；重新证明失败：%2</translation>
    </message>
    <message>
        <source>Reading your last proven claimable rewards from the verified cache…</source>
        <translation>正在从已验证缓存中读取你上次证明的可领取奖励…</translation>
    </message>
    <message>
        <source>Proven at block %1; proving it again failed: %2</source>
        <extracomment>%1 the block the amount shown was proven at, %2 why proving it again failed</extracomment>
        <translation>已在区块 %1 上证明；重新证明失败：%2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::OverviewText</name>
    <message>
        <source>signed, not sent yet</source>
        <translation>已签名，尚未发送</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>failed (reverted)</source>
        <translation>失败（已回滚）</translation>
    </message>
    <message>
        <source>rejected by the node</source>
        <translation>被节点拒绝</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <source>Proven at block %1</source>
        <translation>已在区块 %1 证明</translation>
    </message>
    <message>
        <source>a new contract</source>
        <translation>新合约</translation>
    </message>
    <message>
        <source>Sent %1 to %2, %3</source>
        <extracomment>%1 the amount, %2 the recipient, %3 the state (&quot;pending&quot;, &quot;confirmed&quot;)</extracomment>
        <translation>已发送 %1 至 %2，%3</translation>
    </message>
    <message>
        <source>Speed-up of a transaction, %1</source>
        <translation>交易加速，%1</translation>
    </message>
    <message>
        <source>Cancellation of a transaction, %1</source>
        <translation>交易取消，%1</translation>
    </message>
    <message>
        <source>Transaction to %1, %2</source>
        <extracomment>%1 the contract or recipient, %2 the state (&quot;pending&quot;, &quot;confirmed&quot;)</extracomment>
        <translation>发往 %1 的交易，%2</translation>
    </message>
    <message>
        <source>Reward of %1 for %2, epoch %3</source>
        <extracomment>%1 the amount, %2 the device, %3 the epoch number</extracomment>
        <translation>%2 的奖励 %1，纪元 %3</translation>
    </message>
    <message>
        <source>%1: voting ends in %2; your voting power is %3</source>
        <extracomment>%1 the proposal&apos;s title, %2 how long voting stays open (&quot;2 days 3 hours&quot;), %3 the voting power</extracomment>
        <translation>%1：投票将在 %2 后结束；你的投票权为 %3</translation>
    </message>
    <message>
        <source>%1: voting is about to end; your voting power is %2</source>
        <extracomment>%1 the proposal&apos;s title, %2 the voting power; the deadline is at the latest verified block</extracomment>
        <translation>%1：投票即将结束；你的投票权为 %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::PasswordPage</name>
    <message>
        <source>Choose a vault password</source>
        <translation>设置保险库密码</translation>
    </message>
    <message>
        <source>Plinth asks for it to unlock the wallet and before anything is signed. It cannot be recovered: if you forget it, restore the wallet from its recovery phrase.</source>
        <translation>解锁钱包以及签名任何内容之前，Plinth 都会要求输入此密码。密码无法找回：如果忘记，请通过助记词恢复钱包。</translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation>保险库密码</translation>
    </message>
    <message>
        <source>Vault password again</source>
        <translation>再次输入保险库密码</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>密码强度</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Plinth does not accept a password this weak.</source>
        <translation>Plinth 不接受强度这么弱的密码。</translation>
    </message>
</context>
<context>
    <name>plinth::ui::PasswordStrengthMeter</name>
    <message>
        <source>Choose a password: it encrypts your keys on this computer.</source>
        <translation>请设置密码：它用于在本机上加密你的密钥。</translation>
    </message>
    <message>
        <source>This is one of the passwords attackers try first.</source>
        <translation>这是攻击者最先尝试的密码之一。</translation>
    </message>
    <message>
        <source>Too short: use at least 12 characters, or a few unrelated words.</source>
        <translation>太短：请至少使用 12 个字符，或几个不相关的单词。</translation>
    </message>
    <message>
        <source>Mostly repeated or sequential characters, which are guessed quickly.</source>
        <translation>大多为重复或连续的字符，很容易被猜中。</translation>
    </message>
    <message>
        <source>Contains a keyboard run or the alphabet in order, which attackers try early.</source>
        <translation>包含键盘上的连续按键或按顺序排列的字母，攻击者会很早尝试。</translation>
    </message>
    <message>
        <source>Strong: long enough that guessing it is out of reach.</source>
        <translation>强：长度足够，无法被猜中。</translation>
    </message>
    <message>
        <source>Strong: a good length with a mix of letters, digits and symbols.</source>
        <translation>强：长度合适，且混合了字母、数字和符号。</translation>
    </message>
    <message>
        <source>Fair: a longer password or a few unrelated words would make it strong.</source>
        <translation>中：使用更长的密码或几个不相关的单词会使其更强。</translation>
    </message>
    <message>
        <source>Weak: add length and mix in capitals, digits or symbols.</source>
        <translation>弱：请增加长度，并混合使用大写字母、数字或符号。</translation>
    </message>
</context>
<context>
    <name>plinth::ui::PhrasePage</name>
    <message>
        <source>Your recovery phrase</source>
        <translation>你的助记词</translation>
    </message>
    <message>
        <source>Write these words down on paper, in order, and keep them somewhere safe. Anyone who has them can take everything in this wallet; without them a lost computer means lost funds.</source>
        <translation>请按顺序将这些单词抄写在纸上，并存放在安全的地方。任何拥有它们的人都能拿走此钱包中的一切；没有它们，一旦电脑丢失，资金也将丢失。</translation>
    </message>
    <message>
        <source>12 words</source>
        <translation>12 个单词</translation>
    </message>
    <message>
        <source>24 words</source>
        <translation>24 个单词</translation>
    </message>
    <message>
        <source>Length of the recovery phrase</source>
        <translation>助记词长度</translation>
    </message>
    <message>
        <source>Never type these words into a website or share a photo of them. Plinth asks for three of them on the next page.</source>
        <translation>切勿在任何网站中输入这些单词，也不要分享它们的照片。Plinth 会在下一页要求你输入其中三个单词。</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>长度(&amp;L)：</translation>
    </message>
    <message>
        <source>Making a new recovery phrase…</source>
        <translation>正在生成新的助记词…</translation>
    </message>
    <message>
        <source>No recovery phrase could be made: %1</source>
        <extracomment>%1 is the reason, a sentence from the wallet</extracomment>
        <translation>无法生成助记词：%1</translation>
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
        <translation>网络的代币</translation>
    </message>
    <message>
        <source>the staking contract</source>
        <translation>质押合约</translation>
    </message>
    <message>
        <source>the device registry</source>
        <translation>设备注册表</translation>
    </message>
    <message>
        <source>the rewards contract</source>
        <translation>奖励合约</translation>
    </message>
    <message>
        <source>the governor</source>
        <translation>治理合约</translation>
    </message>
    <message>
        <source>the timelock</source>
        <translation>时间锁</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>%1 this step&apos;s number, %2 how many steps the plan has</extracomment>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Allow %1 to take up to %2 from your balance, for the next step</source>
        <extracomment>%1 a contract (&quot;the staking contract&quot;), %2 an amount with its symbol</extracomment>
        <translation>允许 %1 从你的余额中最多支取 %2，用于下一步</translation>
    </message>
    <message>
        <source>Sends %1 to %2</source>
        <extracomment>%1 an amount with its symbol, %2 the recipient&apos;s address</extracomment>
        <translation>将 %1 发送至 %2</translation>
    </message>
    <message>
        <source>Calls %1 on %2</source>
        <extracomment>%1 a function&apos;s signature, e.g. &quot;claim(address)&quot;, %2 a contract (&quot;the rewards contract&quot;) or an address</extracomment>
        <translation>在 %2 上调用 %1</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <extracomment>one argument of a decoded call: %1 its name, %2 its value</extracomment>
        <translation>  %1：%2</translation>
    </message>
    <message>
        <source>Sends %1 with the call</source>
        <extracomment>%1 an amount of the native currency</extracomment>
        <translation>随调用发送 %1</translation>
    </message>
    <message>
        <source>Its fee is worked out once the step before is confirmed.</source>
        <translation>其手续费将在上一步确认后计算。</translation>
    </message>
    <message>
        <source>No fee could be worked out: it cannot be built.</source>
        <translation>无法计算手续费：无法构建此交易。</translation>
    </message>
    <message>
        <source>Fee: at most %1, likely %2</source>
        <extracomment>%1 the most this transaction can cost in fees, %2 what it will likely cost</extracomment>
        <translation>手续费：最多 %1，预计 %2</translation>
    </message>
    <message>
        <source>Estimated as if the approval before it were confirmed; worked out again once it is.</source>
        <translation>在假定上一步授权已确认的情况下估算；确认后将重新计算。</translation>
    </message>
    <message>
        <source>Simulated as if the approval before it were confirmed: it succeeds (unverified: what %1 says)</source>
        <extracomment>%1 the RPC endpoint that ran the simulation</extracomment>
        <translation>在假定上一步授权已确认的情况下模拟：成功（未经验证：以 %1 的返回为准）</translation>
    </message>
    <message>
        <source>Simulated: it succeeds (unverified: what %1 says)</source>
        <extracomment>%1 the RPC endpoint that ran the simulation</extracomment>
        <translation>模拟：成功（未经验证：以 %1 的返回为准）</translation>
    </message>
    <message>
        <source>Simulated: it would fail: %1 (unverified: what %2 says)</source>
        <extracomment>%1 why it fails (the decoded revert), %2 the RPC endpoint that ran the simulation</extracomment>
        <translation>模拟：将会失败：%1（未经验证：以 %2 的返回为准）</translation>
    </message>
    <message>
        <source>It cannot be prepared: %1</source>
        <extracomment>%1 why the transaction could not be prepared</extracomment>
        <translation>无法准备：%1</translation>
    </message>
    <message>
        <source>It was not simulated.</source>
        <translation>未进行模拟。</translation>
    </message>
    <message>
        <source>Still pending when Plinth stopped waiting; it may still be included (%1)</source>
        <extracomment>%1 a transaction hash</extracomment>
        <translation>Plinth 停止等待时仍在待处理；它仍可能被打包（%1）</translation>
    </message>
    <message>
        <source>Sent, waiting for a block (%1)</source>
        <extracomment>%1 a transaction hash</extracomment>
        <translation>已发送，正在等待出块（%1）</translation>
    </message>
    <message>
        <source>Confirmed in block %1 (%2)</source>
        <extracomment>%1 a block number, %2 a transaction hash</extracomment>
        <translation>已在区块 %1 确认（%2）</translation>
    </message>
    <message>
        <source>Failed in block %1: %2</source>
        <extracomment>%1 a block number, %2 why it failed (the decoded revert)</extracomment>
        <translation>在区块 %1 失败：%2</translation>
    </message>
    <message>
        <source>Failed in block %1; the reason could not be found</source>
        <extracomment>%1 a block number</extracomment>
        <translation>在区块 %1 失败；无法找到原因</translation>
    </message>
    <message>
        <source>Replaced by another transaction with the same nonce</source>
        <translation>已被另一笔使用相同 nonce 的交易替换</translation>
    </message>
    <message>
        <source>Dropped: the node no longer has it and its nonce was not used, so nothing was spent</source>
        <translation>已丢弃：节点中已没有这笔交易，且其 nonce 未被使用，因此没有任何花费</translation>
    </message>
    <message numerus="yes">
        <source>Calls %1 with %Ln byte(s) of data that Plinth cannot decode</source>
        <extracomment>%1 a contract or an address, %Ln the number of bytes of call data</extracomment>
        <translation>
            <numerusform>调用 %1，附带 %Ln 字节 Plinth 无法解码的数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Send is disabled: step %1 would fail: %2.</source>
        <extracomment>%1 the step&apos;s number, %2 why it fails (the decoded revert)</extracomment>
        <translation>无法发送：第 %1 步将会失败：%2。</translation>
    </message>
    <message>
        <source>Send is disabled: it would fail: %1.</source>
        <extracomment>%1 why it fails (the decoded revert)</extracomment>
        <translation>无法发送：交易将会失败：%1。</translation>
    </message>
    <message>
        <source>Send is disabled: step %1 cannot be prepared: %2.</source>
        <extracomment>%1 the step&apos;s number, %2 why the transaction could not be prepared</extracomment>
        <translation>无法发送：第 %1 步无法准备：%2。</translation>
    </message>
    <message>
        <source>Send is disabled: it cannot be prepared: %1.</source>
        <extracomment>%1 why the transaction could not be prepared</extracomment>
        <translation>无法发送：交易无法准备：%1。</translation>
    </message>
    <message>
        <source>Send is disabled: step %1 could not be simulated.</source>
        <extracomment>%1 the step&apos;s number</extracomment>
        <translation>无法发送：第 %1 步无法模拟。</translation>
    </message>
    <message>
        <source>Send is disabled: it could not be simulated.</source>
        <translation>无法发送：交易无法模拟。</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ProposalDetailPanel</name>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Votes against the quorum</source>
        <translation>投票与法定票数对比</translation>
    </message>
    <message>
        <source>&amp;Vote…</source>
        <translation>投票(&amp;V)…</translation>
    </message>
    <message>
        <source>Si&amp;mulate</source>
        <translation>模拟(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>排队(&amp;Q)</translation>
    </message>
    <message>
        <source>E&amp;xecute</source>
        <translation>执行(&amp;X)</translation>
    </message>
    <message>
        <source>Delegate to &amp;yourself</source>
        <translation>委托给自己(&amp;Y)</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>Run the actions by eth_call from the timelock on the node&apos;s latest state (unverified)</source>
        <translation>在节点的最新状态上，从时间锁通过 eth_call 运行这些操作（未经验证）</translation>
    </message>
    <message>
        <source>Undelegated tokens do not vote: delegate them to yourself to vote with them on later proposals</source>
        <translation>未委托的代币没有投票权：将它们委托给自己，即可在之后的提案中用它们投票</translation>
    </message>
    <message>
        <source>The description links to %1</source>
        <extracomment>%1 a web address from the proposal&apos;s description</extracomment>
        <translation>描述中包含指向 %1 的链接</translation>
    </message>
    <message>
        <source>Proposed by %1 on %2 (block %3)</source>
        <extracomment>%1 the proposer&apos;s address, %2 a date, %3 a block number</extracomment>
        <translation>由 %1 于 %2 提出（区块 %3）</translation>
    </message>
    <message>
        <source>For %1 · Against %2 · Abstain %3 — quorum of %4 (%5% of the supply at the snapshot) reached</source>
        <extracomment>%1-%3 amounts for, against and abstaining, %4 the quorum, %5 its percentage of the supply</extracomment>
        <translation>赞成 %1 · 反对 %2 · 弃权 %3 — 已达到法定票数 %4（快照时总供应量的 %5%）</translation>
    </message>
    <message>
        <source>For %1 · Against %2 · Abstain %3 — quorum of %4 (%5% of the supply at the snapshot) not reached</source>
        <translation>赞成 %1 · 反对 %2 · 弃权 %3 — 未达到法定票数 %4（快照时总供应量的 %5%）</translation>
    </message>
    <message>
        <source>You voted: %1.</source>
        <extracomment>%1 for, against or abstain</extracomment>
        <translation>你的投票：%1。</translation>
    </message>
    <message>
        <source>for</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>No account selected: voting power is shown for the current account.</source>
        <translation>未选择账户：显示的是当前账户的投票权。</translation>
    </message>
    <message>
        <source>This proposal has no actions.</source>
        <translation>此提案没有任何操作。</translation>
    </message>
    <message>
        <source>Queued: executable in %1</source>
        <extracomment>%1 how long until the proposal can be executed (&quot;2 days 3 hours&quot;)</extracomment>
        <translation>已排队：%1 后可执行</translation>
    </message>
    <message>
        <source>Queued: executable since %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>已排队：自 %1 起可执行</translation>
    </message>
    <message>
        <source>Voting is open only while the proposal is active</source>
        <translation>只有在提案进行中时才能投票</translation>
    </message>
    <message>
        <source>You have already voted</source>
        <translation>你已经投过票了</translation>
    </message>
    <message>
        <source>You have no voting power on this proposal</source>
        <translation>你在此提案上没有投票权</translation>
    </message>
    <message>
        <source>Vote for, against or abstain</source>
        <translation>投赞成票、反对票或弃权票</translation>
    </message>
    <message>
        <source>Queue a succeeded proposal in the timelock</source>
        <translation>将已通过的提案加入时间锁队列</translation>
    </message>
    <message>
        <source>Execute a queued proposal once its timelock delay has passed</source>
        <translation>在时间锁延迟过后执行已排队的提案</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>%1 the parameter, %2 its old value, %3 its new value</extracomment>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Simulating on the node&apos;s latest state (unverified)…</source>
        <translation>正在节点的最新状态上模拟（未经验证）…</translation>
    </message>
    <message>
        <source>The simulation could not run (unverified)</source>
        <translation>无法运行模拟（未经验证）</translation>
    </message>
    <message>
        <source>Simulated by eth_call from the timelock %1 on the node&apos;s latest state: unverified, no proof covers an execution.</source>
        <extracomment>%1 the timelock&apos;s address</extracomment>
        <translation>已从时间锁 %1 通过 eth_call 在节点的最新状态上模拟：未经验证，执行结果不受任何证明保障。</translation>
    </message>
    <message>
        <source>%1. %2: succeeds</source>
        <extracomment>%1 the action&apos;s number, %2 contract.function</extracomment>
        <translation>%1. %2：成功</translation>
    </message>
    <message>
        <source>%1. %2: reverts: %3</source>
        <extracomment>%1 the action&apos;s number, %2 contract.function, %3 the revert reason</extracomment>
        <translation>%1. %2：回滚：%3</translation>
    </message>
    <message>
        <source>In sequence: not simulated: %1.</source>
        <extracomment>%1 why</extracomment>
        <translation>按顺序执行：未模拟：%1。</translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: every action succeeds.</source>
        <translation>按 execute 的顺序执行：每项操作均成功。</translation>
    </message>
    <message>
        <source>In sequence, as execute runs them: action %1 reverts: %2</source>
        <extracomment>%1 the failing action&apos;s number, %2 the revert reason</extracomment>
        <translation>按 execute 的顺序执行：操作 %1 回滚：%2</translation>
    </message>
    <message>
        <source>The governor&apos;s own settings accept a call only from inside its execute, so a governor action reverts here even when it would succeed.</source>
        <translation>治理合约自身的设置只接受来自其 execute 内部的调用，因此即使实际执行会成功，针对治理合约的操作在此处也会回滚。</translation>
    </message>
    <message numerus="yes">
        <source>%1: a call that could not be decoded (%Ln byte(s) of call data)</source>
        <extracomment>%1 the target contract; %Ln the call data&apos;s size in bytes</extracomment>
        <translation>
            <numerusform>%1：无法解码的调用（%Ln 字节调用数据）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: unknown → %2</source>
        <extracomment>%1 the parameter, %2 its new value; the old value is not known (the reason follows on the next line)</extracomment>
        <translation>%1：未知 → %2</translation>
    </message>
    <message>
        <source>The old value is unknown: %1.</source>
        <extracomment>%1 why the value could not be proven, a sentence from the wallet&apos;s core (English)</extracomment>
        <translation>旧值未知：%1。</translation>
    </message>
    <message>
        <source>The old value is unknown: no change event gives it and no proof of it was made.</source>
        <translation>旧值未知：没有变更事件给出该值，也未生成该值的证明。</translation>
    </message>
    <message>
        <source>Old value from the parameter&apos;s verified change event at block %1.</source>
        <extracomment>%1 a block number</extracomment>
        <translation>旧值来自该参数在区块 %1 中经验证的变更事件。</translation>
    </message>
    <message>
        <source>Old value verified at block %1: proven from the contract&apos;s storage, as no event changed it since deployment.</source>
        <extracomment>%1 a block number</extracomment>
        <translation>旧值已在区块 %1 上验证：自部署以来没有任何事件更改过它，因此根据合约存储证明。</translation>
    </message>
    <message>
        <source>The old value is unverified: no proof covers it.</source>
        <translation>旧值未经验证：没有任何证明涵盖它。</translation>
    </message>
    <message>
        <source>Now %1, verified at block %2.</source>
        <extracomment>%1 the parameter&apos;s value now, %2 a block number</extracomment>
        <translation>当前为 %1，已在区块 %2 上验证。</translation>
    </message>
    <message>
        <source>Proving the old value…</source>
        <translation>正在证明旧值…</translation>
    </message>
    <message>
        <source>Change &amp;delegate…</source>
        <translation>更改委托对象(&amp;D)…</translation>
    </message>
    <message>
        <source>Choose who votes with your tokens: yourself or another address</source>
        <translation>选择由谁使用你的代币投票：你自己或其他地址</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ProposalsModel</name>
    <message>
        <source>Canceled; voting was to end %1</source>
        <extracomment>%1 a date</extracomment>
        <translation>已取消；投票原定于 %1 结束</translation>
    </message>
    <message>
        <source>Voting starts in %1</source>
        <extracomment>%1 a duration (&quot;2 days 3 hours&quot;)</extracomment>
        <translation>投票将在 %1 后开始</translation>
    </message>
    <message>
        <source>Voting ends in %1</source>
        <extracomment>%1 a duration (&quot;2 days 3 hours&quot;)</extracomment>
        <translation>投票将在 %1 后结束</translation>
    </message>
    <message>
        <source>Voting ended %1</source>
        <extracomment>%1 a date</extracomment>
        <translation>投票已于 %1 结束</translation>
    </message>
    <message>
        <source>For %1, against %2, abstain %3; quorum %4</source>
        <extracomment>%1-%3 amounts for, against and abstaining, %4 the quorum</extracomment>
        <translation>赞成 %1，反对 %2，弃权 %3；法定票数 %4</translation>
    </message>
</context>
<context>
    <name>plinth::ui::RestorePage</name>
    <message>
        <source>Restore from a recovery phrase</source>
        <translation>从助记词恢复</translation>
    </message>
    <message>
        <source>Type the words in order, separated by spaces.</source>
        <translation>请按顺序输入单词，以空格分隔。</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>助记词</translation>
    </message>
    <message>
        <source>Optional BIP-39 passphrase</source>
        <translation>可选的 BIP-39 密码短语</translation>
    </message>
    <message>
        <source>Leave empty unless the wallet used one</source>
        <translation>除非钱包使用过密码短语，否则请留空</translation>
    </message>
    <message>
        <source>A passphrase makes a different wallet from the same words: a wrong one restores an empty wallet, not an error.</source>
        <translation>同样的单词配合不同的密码短语会生成不同的钱包：密码短语错误时会恢复出一个空钱包，而不会报错。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>Word %1 (“%2”) is not in the BIP-39 word list.</source>
        <extracomment>%1 is the word&apos;s position, %2 the word as typed</extracomment>
        <translation>第 %1 个单词（“%2”）不在 BIP-39 单词表中。</translation>
    </message>
    <message>
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words.</source>
        <translation>助记词包含 12、15、18、21 或 24 个单词。</translation>
    </message>
    <message>
        <source>All words are valid, but the checksum does not match: a word is wrong or out of order.</source>
        <translation>所有单词均有效，但校验和不匹配：有单词错误或顺序不对。</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) so far; a recovery phrase has 12, 15, 18, 21 or 24.</source>
        <translation>
            <numerusform>目前已输入 %n 个单词；助记词包含 12、15、18、21 或 24 个单词。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phrase is valid (%n words, checksum correct).</source>
        <translation>
            <numerusform>助记词有效（%n 个单词，校验和正确）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plinth::ui::SendReceivePage</name>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>收款地址</translation>
    </message>
    <message>
        <source>0x… (checksummed or all lower case)</source>
        <translation>0x…（带校验和或全小写）</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>收款方(&amp;T)：</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>地址簿</translation>
    </message>
    <message>
        <source>Pick a saved address…</source>
        <translation>选择已保存的地址…</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>已保存：</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>0.0</source>
        <translation>0.0</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>&amp;Max</source>
        <translation>最大(&amp;M)</translation>
    </message>
    <message>
        <source>Use the whole balance</source>
        <translation>使用全部余额</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Available balance</source>
        <translation>可用余额</translation>
    </message>
    <message>
        <source>Name for the address book</source>
        <translation>地址簿中的名称</translation>
    </message>
    <message>
        <source>A name for this recipient</source>
        <translation>此收款方的名称</translation>
    </message>
    <message>
        <source>Save to address book</source>
        <translation>保存到地址簿</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Review and send…</source>
        <translation>检查并发送(&amp;R)…</translation>
    </message>
    <message>
        <source>Review and send</source>
        <translation>检查并发送</translation>
    </message>
    <message>
        <source>Your address on this network. Anyone can send to it; only this vault can spend from it.</source>
        <translation>你在此网络上的地址。任何人都可以向其转账；只有此保险库可以从中支出。</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>你的地址</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>复制地址(&amp;C)</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <source>QR code of your address</source>
        <translation>你的地址二维码</translation>
    </message>
    <message>
        <source>Proving the balances at the verified block…</source>
        <translation>正在依据已验证区块证明余额…</translation>
    </message>
    <message>
        <source>The balances could not be proven: %1</source>
        <extracomment>%1 why the balances could not be proven</extracomment>
        <translation>无法证明余额：%1</translation>
    </message>
    <message>
        <source>Available: %1 (proven at block %2)</source>
        <extracomment>%1 an amount with its symbol, %2 a block number</extracomment>
        <translation>可用：%1（已在区块 %2 上证明）</translation>
    </message>
    <message>
        <source>The balance is not known yet.</source>
        <translation>余额尚未知晓。</translation>
    </message>
    <message>
        <source>Working out the most the fee can be…</source>
        <translation>正在计算手续费的最大值…</translation>
    </message>
    <message>
        <source>The fee could not be worked out, so Max cannot be used now.</source>
        <translation>无法计算手续费，因此目前无法使用“最大”。</translation>
    </message>
    <message>
        <source>The balance does not cover a transfer&apos;s fee.</source>
        <translation>余额不足以支付转账手续费。</translation>
    </message>
    <message>
        <source>The recipient&apos;s address is not valid: %1.</source>
        <extracomment>%1 what is wrong with it (e.g. &quot;bad checksum&quot;)</extracomment>
        <translation>收款地址无效：%1。</translation>
    </message>
    <message>
        <source>Give the address a name to save it.</source>
        <translation>请为该地址命名以便保存。</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s address.</source>
        <translation>请输入收款地址。</translation>
    </message>
    <message>
        <source>The zero address belongs to no one: anything sent there is lost.</source>
        <translation>零地址不属于任何人：发送到该地址的任何资产都将丢失。</translation>
    </message>
    <message>
        <source>The amount is not valid: %1.</source>
        <extracomment>%1 what is wrong with it</extracomment>
        <translation>金额无效：%1。</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>金额必须大于 0。</translation>
    </message>
    <message>
        <source>Send %1 to %2</source>
        <extracomment>%1 an amount with its symbol, %2 the recipient&apos;s address</extracomment>
        <translation>将 %1 发送至 %2</translation>
    </message>
</context>
<context>
    <name>plinth::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Auto-&amp;lock after:</source>
        <translation>自动锁定时间(&amp;L)：</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>the unit after the auto-lock minutes</extracomment>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Auto-lock after minutes without use</source>
        <translation>闲置多少分钟后自动锁定</translation>
    </message>
    <message>
        <source>The vault locks itself after this many minutes without use; Ctrl+L locks it at once.</source>
        <translation>保险库在闲置这么多分钟后会自动锁定；按 Ctrl+L 可立即锁定。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>plinth::ui::SlashesModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Staker</source>
        <translation>质押者</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Block %1</source>
        <extracomment>%1 a block number</extracomment>
        <translation>区块 %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::StakeDialog</name>
    <message>
        <source>Stake on your device</source>
        <translation>在你的设备上质押</translation>
    </message>
    <message>
        <source>Delegate stake to a device</source>
        <translation>向设备委托质押</translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation>解除质押</translation>
    </message>
    <message>
        <source>Bond tokens on a device you own. Bonded stake counts toward the device&apos;s rewards.</source>
        <translation>在你拥有的设备上绑定代币。绑定的质押将计入该设备的奖励。</translation>
    </message>
    <message>
        <source>Bond tokens on someone else&apos;s device. You can unstake them later; they are released after the unbonding period.</source>
        <translation>在他人的设备上绑定代币。你之后可以解除质押；代币将在解绑期结束后释放。</translation>
    </message>
    <message>
        <source>Request tokens back from a stake. They stop counting at once and can be withdrawn when the unbonding period ends.</source>
        <translation>从质押中请求取回代币。这些代币会立即停止计入，并可在解绑期结束后提取。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 a short device address, %2 what the device is (&quot;GPU, Lisbon&quot;; or the bonded amount)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Device address (0x…)</source>
        <translation>设备地址（0x…）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <extracomment>%1 the token&apos;s symbol</extracomment>
        <translation>以 %1 计的金额</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>设备(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>There is no device to choose: the list is empty.</source>
        <translation>没有可选择的设备：列表为空。</translation>
    </message>
    <message>
        <source>Choose a device.</source>
        <translation>请选择一台设备。</translation>
    </message>
    <message>
        <source>The device address is not valid: %1</source>
        <translation>设备地址无效：%1</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>That is more than the bonded stake of %1.</source>
        <extracomment>%1 the largest amount allowed</extracomment>
        <translation>超出了已绑定的质押额 %1。</translation>
    </message>
</context>
<context>
    <name>plinth::ui::StakesModel</name>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Staker</source>
        <translation>质押者</translation>
    </message>
    <message>
        <source>Bonded</source>
        <translation>已绑定</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>已存入</translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation>解绑中</translation>
    </message>
    <message>
        <source>Slashed</source>
        <translation>已罚没</translation>
    </message>
    <message>
        <source>Your delegation</source>
        <translation>你的委托</translation>
    </message>
    <message>
        <source>Your stake</source>
        <translation>你的质押</translation>
    </message>
    <message>
        <source>Delegated to your device</source>
        <extracomment>someone else&apos;s delegation to a device the account owns</extracomment>
        <translation>委托到你的设备</translation>
    </message>
    <message>
        <source>Stake on your device</source>
        <extracomment>someone else&apos;s stake on a device the account owns</extracomment>
        <translation>你设备上的质押</translation>
    </message>
</context>
<context>
    <name>plinth::ui::StakingPage</name>
    <message>
        <source>&amp;Stake…</source>
        <translation>质押(&amp;S)…</translation>
    </message>
    <message>
        <source>Bond tokens on one of your devices</source>
        <translation>在你的一台设备上绑定代币</translation>
    </message>
    <message>
        <source>&amp;Delegate…</source>
        <translation>委托(&amp;D)…</translation>
    </message>
    <message>
        <source>Bond tokens on someone else&apos;s device</source>
        <translation>在他人的设备上绑定代币</translation>
    </message>
    <message>
        <source>&amp;Unstake…</source>
        <translation>解除质押(&amp;U)…</translation>
    </message>
    <message>
        <source>Request bonded tokens back</source>
        <translation>请求取回已绑定的代币</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>提取(&amp;W)</translation>
    </message>
    <message>
        <source>Withdraw the selected released entry</source>
        <translation>提取所选的已释放条目</translation>
    </message>
    <message>
        <source>Stakes and delegations</source>
        <translation>质押和委托</translation>
    </message>
    <message>
        <source>Unbonding entries</source>
        <translation>解绑条目</translation>
    </message>
    <message>
        <source>Slashes</source>
        <translation>罚没</translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation>解绑</translation>
    </message>
    <message>
        <source>Withdraw %1 (unbonding #%2)</source>
        <extracomment>%1 the amount, %2 the unbonding entry&apos;s number</extracomment>
        <translation>提取 %1（解绑 #%2）</translation>
    </message>
    <message>
        <source>Reading the verified cache…</source>
        <translation>正在读取已验证缓存…</translation>
    </message>
    <message>
        <source>Add an account to the wallet to see its stakes.</source>
        <translation>请向钱包添加账户以查看其质押。</translation>
    </message>
    <message>
        <source>Nothing is verified yet: the stakes appear after the first sync.</source>
        <translation>尚无已验证的数据：首次同步后质押将显示于此。</translation>
    </message>
    <message>
        <source>Could not read the stakes from the verified cache: %1</source>
        <extracomment>%1 the core&apos;s reason</extracomment>
        <translation>无法从已验证缓存中读取质押：%1</translation>
    </message>
    <message>
        <source>No stakes or delegations: stake on one of your devices or delegate to another&apos;s.</source>
        <translation>没有质押或委托：请在你的设备上质押，或委托给他人的设备。</translation>
    </message>
    <message>
        <source>No unbonding entries: an unstake request appears here until it is withdrawn.</source>
        <translation>没有解绑条目：解除质押请求会一直显示于此，直到被提取。</translation>
    </message>
    <message>
        <source>No slashes concern this account.</source>
        <translation>没有与此账户相关的罚没。</translation>
    </message>
    <message>
        <source>Select one of your entries whose unbonding period has ended</source>
        <translation>请选择一个解绑期已结束的条目</translation>
    </message>
    <message>
        <source>%1 bonded</source>
        <extracomment>%1 an amount of tokens</extracomment>
        <translation>已绑定 %1</translation>
    </message>
    <message>
        <source>Stake %1 on device %2</source>
        <extracomment>%1 the amount, %2 the device&apos;s address</extracomment>
        <translation>在设备 %2 上质押 %1</translation>
    </message>
    <message>
        <source>Delegate %1 to device %2</source>
        <extracomment>%1 the amount, %2 the device&apos;s address</extracomment>
        <translation>向设备 %2 委托 %1</translation>
    </message>
    <message>
        <source>Unstake %1 from device %2</source>
        <extracomment>%1 the amount, %2 the device&apos;s address</extracomment>
        <translation>从设备 %2 解除质押 %1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::StateChip</name>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>待开始</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Canceled</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Defeated</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>已排队</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Executed</source>
        <extracomment>a proposal&apos;s state</extracomment>
        <translation>已执行</translation>
    </message>
</context>
<context>
    <name>plinth::ui::SyncBadge</name>
    <message>
        <source>%1: failing (%2)</source>
        <extracomment>%1 is an RPC endpoint, %2 what went wrong with it</extracomment>
        <translation>%1：失败（%2）</translation>
    </message>
    <message>
        <source>%1: answering in %2 ms</source>
        <extracomment>%1 is an RPC endpoint, %2 its latency in milliseconds</extracomment>
        <translation>%1：%2 毫秒内响应</translation>
    </message>
    <message>
        <source>%1: not asked yet</source>
        <translation>%1：尚未查询</translation>
    </message>
    <message>
        <source>No network selected</source>
        <translation>未选择网络</translation>
    </message>
    <message>
        <source>%1 sent an answer that failed verification: %2</source>
        <extracomment>%1 is an RPC endpoint, %2 what its answer got wrong</extracomment>
        <translation>%1 返回的结果未通过验证：%2</translation>
    </message>
    <message>
        <source>The endpoints disagree: %1</source>
        <translation>各端点结果不一致：%1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <extracomment>%1 why the sync failed</extracomment>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>Sync failed at %1: %2</source>
        <extracomment>%1 is an RPC endpoint, %2 why the sync failed</extracomment>
        <translation>同步在 %1 失败：%2</translation>
    </message>
    <message>
        <source>Syncing: block %1 of %2</source>
        <extracomment>%1 is the block verified so far, %2 the block this sync goes to</extracomment>
        <translation>正在同步：区块 %1 / %2</translation>
    </message>
    <message>
        <source>Syncing: asking the endpoints for the head…</source>
        <translation>正在同步：正在向端点查询最新区块…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
</context>
<context>
    <name>plinth::ui::ThisComputerForm</name>
    <message>
        <source>Resources measured on this computer</source>
        <translation>在本机上测得的资源</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>容量(&amp;C)</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>单位(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>区域(&amp;R)</translation>
    </message>
    <message>
        <source>An H3 cell (15 hex digits) or a label</source>
        <translation>H3 单元（15 位十六进制数）或标签</translation>
    </message>
    <message>
        <source>&amp;Metadata URI</source>
        <translation>元数据 URI(&amp;M)</translation>
    </message>
    <message>
        <source>Device key &amp;password</source>
        <translation>设备密钥密码(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;peat the password</source>
        <translation>再次输入密码(&amp;P)</translation>
    </message>
    <message>
        <source>Measuring this computer&apos;s disks, processor, memory and network…</source>
        <translation>正在测量本机的磁盘、处理器、内存和网络…</translation>
    </message>
    <message>
        <source>This computer could not be measured: %1. Declare the capacity yourself.</source>
        <extracomment>%1 why the measurement failed</extracomment>
        <translation>无法测量本机：%1。请自行声明容量。</translation>
    </message>
    <message numerus="yes">
        <source>Processor: %1, %n logical core(s) (measured)</source>
        <extracomment>%1 CPU model, %n logical cores</extracomment>
        <translation>
            <numerusform>处理器：%1，%n 个逻辑核心（实测）</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor: unknown (not readable here)</source>
        <translation>处理器：未知（此处无法读取）</translation>
    </message>
    <message>
        <source>Memory: %1 in all (measured)</source>
        <translation>内存：共 %1（实测）</translation>
    </message>
    <message>
        <source>Memory: unknown</source>
        <translation>内存：未知</translation>
    </message>
    <message>
        <source>Disks: none found</source>
        <translation>磁盘：未找到</translation>
    </message>
    <message numerus="yes">
        <source>Disks: %1 free of %2 on %n filesystem(s) (measured)</source>
        <extracomment>%1 free space, %2 total size, %n filesystems</extracomment>
        <translation>
            <numerusform>磁盘：%n 个文件系统上共 %2，可用 %1（实测）</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU: unknown (no listing was readable)</source>
        <translation>GPU：未知（无法读取设备列表）</translation>
    </message>
    <message>
        <source>GPU: none found</source>
        <translation>GPU：未找到</translation>
    </message>
    <message>
        <source>GPU: %1 (measured)</source>
        <translation>GPU：%1（实测）</translation>
    </message>
    <message>
        <source>Network %1: %2, link %3 Mbps (measured)</source>
        <extracomment>%1 interface name, %2 its state (up, down), %3 link speed</extracomment>
        <translation>网络 %1：%2，链路速率 %3 Mbps（实测）</translation>
    </message>
    <message>
        <source>Network %1: %2, link speed unknown</source>
        <translation>网络 %1：%2，链路速率未知</translation>
    </message>
    <message>
        <source>Declare it: nothing here measures this kind</source>
        <translation>请自行声明：此处无法测量此类资源</translation>
    </message>
    <message>
        <source>Declared by you.</source>
        <translation>由你声明。</translation>
    </message>
    <message>
        <source>Measured on this computer: %1 (%2). Type a figure to declare your own.</source>
        <extracomment>%1 the capacity with unit, %2 what was measured, e.g. &quot;free space of 3 filesystems&quot;</extracomment>
        <translation>在本机上测得：%1（%2）。输入数值可自行声明。</translation>
    </message>
    <message>
        <source>Nothing on this computer measures this kind: declare the capacity and its unit.</source>
        <translation>本机无法测量此类资源：请声明容量及其单位。</translation>
    </message>
    <message>
        <source>The capacity must be a whole number above 0.</source>
        <translation>容量必须是大于 0 的整数。</translation>
    </message>
    <message>
        <source>A declared capacity needs its unit.</source>
        <translation>声明的容量需要填写单位。</translation>
    </message>
    <message>
        <source>Give the device&apos;s region.</source>
        <translation>请填写设备的区域。</translation>
    </message>
    <message>
        <source>Choose a password for the device key.</source>
        <translation>请为设备密钥设置密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
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
        <translation>尚无账户</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账户(&amp;A)：</translation>
    </message>
    <message>
        <source>Current account</source>
        <translation>当前账户</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>无网络</translation>
    </message>
    <message>
        <source>Start Plinth with --network to choose a network.</source>
        <translation>使用 --network 启动 Plinth 以选择网络。</translation>
    </message>
    <message>
        <source>Network %1, chain id %2</source>
        <extracomment>%1 is the network&apos;s name, %2 its chain id</extracomment>
        <translation>网络 %1，链 ID %2</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Plinth</source>
        <translation>关于 Plinth(&amp;A)</translation>
    </message>
</context>
<context>
    <name>plinth::ui::TransactionConfirmDialog</name>
    <message>
        <source>Speed up a pending transaction</source>
        <translation>加速待处理交易</translation>
    </message>
    <message>
        <source>Cancel a pending transaction</source>
        <translation>取消待处理交易</translation>
    </message>
    <message>
        <source>Confirm transaction</source>
        <translation>确认交易</translation>
    </message>
    <message>
        <source>What this does</source>
        <translation>此操作的内容</translation>
    </message>
    <message>
        <source>The transactions to send</source>
        <translation>要发送的交易</translation>
    </message>
    <message>
        <source>Fee speed</source>
        <translation>手续费速度</translation>
    </message>
    <message>
        <source>Slow (cheaper)</source>
        <translation>慢（更便宜）</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Fast (costs more)</source>
        <translation>快（更贵）</translation>
    </message>
    <message>
        <source>&amp;Fee speed:</source>
        <translation>手续费速度(&amp;F)：</translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation>保险库密码</translation>
    </message>
    <message>
        <source>The vault is locked: its password signs this</source>
        <translation>保险库已锁定：需用其密码签名此交易</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No network is selected, so nothing can be sent.</source>
        <translation>未选择网络，因此无法发送任何交易。</translation>
    </message>
    <message>
        <source>Nothing can be sent: %1</source>
        <extracomment>%1 why the network could not be opened</extracomment>
        <translation>无法发送任何交易：%1</translation>
    </message>
    <message>
        <source>Preparing the transaction and simulating it…</source>
        <translation>正在准备交易并进行模拟…</translation>
    </message>
    <message>
        <source>This cannot be prepared: %1</source>
        <extracomment>%1 why the action cannot be prepared</extracomment>
        <translation>无法准备：%1</translation>
    </message>
    <message numerus="yes">
        <source>Together these %n transactions cost at most %1 in value and fees.</source>
        <extracomment>%1 the most the whole plan can cost in value and fees, %n the number of transactions</extracomment>
        <translation>
            <numerusform>这 %n 笔交易的金额和手续费合计最多 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the details, then send.</source>
        <translation>请检查详细信息，然后发送。</translation>
    </message>
    <message>
        <source>Enter the vault password, then send.</source>
        <translation>请输入保险库密码，然后发送。</translation>
    </message>
    <message>
        <source>Enter the vault password to sign this.</source>
        <translation>请输入保险库密码以签名。</translation>
    </message>
    <message>
        <source>Unlocking the vault…</source>
        <translation>正在解锁保险库…</translation>
    </message>
    <message>
        <source>The password is wrong. Nothing was sent.</source>
        <translation>密码错误。未发送任何交易。</translation>
    </message>
    <message>
        <source>The vault could not be unlocked: %1. Nothing was sent.</source>
        <extracomment>%1 why the vault could not be unlocked</extracomment>
        <translation>无法解锁保险库：%1。未发送任何交易。</translation>
    </message>
    <message numerus="yes">
        <source>Signing and sending %n transaction(s)…</source>
        <extracomment>%n the number of transactions</extracomment>
        <translation>
            <numerusform>正在签名并发送 %n 笔交易…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <extracomment>%1 why sending stopped</extracomment>
        <translation>发送已停止：%1</translation>
    </message>
    <message>
        <source>Not sent: the step before did not succeed.</source>
        <translation>未发送：上一步未成功。</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>已确认。</translation>
    </message>
    <message>
        <source>Still pending. Plinth stopped waiting; the Activity page keeps following it.</source>
        <translation>仍在待处理。Plinth 已停止等待；“活动”页面将继续跟踪它。</translation>
    </message>
    <message>
        <source>It did not succeed: see the step above.</source>
        <translation>未成功：请参见上面的步骤。</translation>
    </message>
    <message>
        <source>Transaction steps</source>
        <translation>交易步骤</translation>
    </message>
    <message>
        <source>This account is only watched: the vault holds no key for it, so this can be previewed but not sent.</source>
        <translation>此账户仅为观察账户：保险库中没有它的密钥，因此只能预览，无法发送。</translation>
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
        <translation>显示 Plinth</translation>
    </message>
</context>
<context>
    <name>plinth::ui::UnbondingsModel</name>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Staker</source>
        <translation>质押者</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>释放</translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation>解绑中</translation>
    </message>
    <message>
        <source>Ready to withdraw</source>
        <translation>可提取</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已提取</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>%1 how long until the stake is released (&quot;2 days 3 hours&quot;)</extracomment>
        <translation>%1后</translation>
    </message>
    <message>
        <source>since %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>已于 %1 提取</translation>
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
        <translation>解锁钱包</translation>
    </message>
    <message>
        <source>Type the vault password to use your keys.</source>
        <translation>请输入保险库密码以使用你的密钥。</translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation>保险库密码</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>正在解锁</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>正在检查密码…</translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and try again.</source>
        <translation>密码错误。请检查大写锁定键后重试。</translation>
    </message>
    <message>
        <source>The vault could not be unlocked: %1</source>
        <extracomment>%1 is the reason, a sentence from the wallet</extracomment>
        <translation>无法解锁保险库：%1</translation>
    </message>
</context>
<context>
    <name>plinth::ui::VoteDialog</name>
    <message>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>赞成(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Against</source>
        <translation>反对(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;bstain</source>
        <translation>弃权(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Reason (optional, public on chain)</source>
        <translation>理由（可选，将在链上公开）(&amp;R)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>You have already voted on this proposal.</source>
        <translation>你已经对此提案投过票了。</translation>
    </message>
    <message>
        <source>You cannot vote on this proposal now.</source>
        <translation>你现在无法对此提案投票。</translation>
    </message>
    <message>
        <source>Your vote brings the proposal to quorum.</source>
        <translation>你的投票将使提案达到法定票数。</translation>
    </message>
    <message>
        <source>Votes against do not count toward the quorum, which is not reached yet.</source>
        <translation>反对票不计入法定票数，目前尚未达到法定票数。</translation>
    </message>
    <message>
        <source>The proposal stays short of quorum even with your vote.</source>
        <translation>即使加上你的投票，提案仍未达到法定票数。</translation>
    </message>
    <message>
        <source>Your vote turns the outcome: as the votes stand, the proposal would then fail.</source>
        <translation>你的投票将改变结果：按目前的票数，提案将因此不通过。</translation>
    </message>
    <message>
        <source>Your vote turns the outcome: as the votes stand, the proposal would then pass.</source>
        <translation>你的投票将改变结果：按目前的票数，提案将因此通过。</translation>
    </message>
    <message>
        <source>Your vote does not change the outcome as the votes stand.</source>
        <translation>按目前的票数，你的投票不会改变结果。</translation>
    </message>
</context>
<context>
    <name>plinth::ui::VotingPower</name>
    <message>
        <source>Your voting power at the snapshot: %1</source>
        <extracomment>%1 an amount of votes</extracomment>
        <translation>你在快照时的投票权：%1</translation>
    </message>
    <message>
        <source>Your voting power now (the snapshot is still ahead, it can change): %1</source>
        <extracomment>%1 an amount of votes</extracomment>
        <translation>你当前的投票权（快照尚未到来，可能会变化）：%1</translation>
    </message>
    <message>
        <source>You delegated your tokens to yourself, and other holders delegated theirs to you.</source>
        <translation>你已将代币委托给自己，且其他持有者也将他们的代币委托给了你。</translation>
    </message>
    <message>
        <source>You delegated your tokens to yourself.</source>
        <translation>你已将代币委托给自己。</translation>
    </message>
    <message>
        <source>Other holders delegated their votes to you.</source>
        <translation>其他持有者已将他们的投票权委托给你。</translation>
    </message>
    <message>
        <source>You held no tokens at the snapshot and hold none now.</source>
        <translation>你在快照时未持有代币，现在也未持有。</translation>
    </message>
    <message>
        <source>You held tokens but had not delegated them, not even to yourself, by the snapshot: undelegated tokens do not vote.</source>
        <translation>截至快照时，你持有代币但未委托（即使是委托给自己）：未委托的代币没有投票权。</translation>
    </message>
    <message>
        <source>Your tokens were delegated to %1 at the snapshot: that account votes with them.</source>
        <extracomment>%1 the delegate&apos;s address</extracomment>
        <translation>快照时你的代币已委托给 %1：由该账户使用它们投票。</translation>
    </message>
    <message>
        <source>Your tokens or your delegation arrived after the snapshot; you hold %1 now, which counts for later proposals.</source>
        <extracomment>%1 an amount of tokens</extracomment>
        <translation>你的代币或委托是在快照之后才到位的；你现在持有 %1，可用于之后的提案。</translation>
    </message>
    <message>
        <source>Your votes are delegated to nobody now, so your tokens do not vote (verified at block %1).</source>
        <extracomment>%1 a block number</extracomment>
        <translation>你的投票权目前未委托给任何人，因此你的代币不参与投票（已在区块 %1 上验证）。</translation>
    </message>
    <message>
        <source>Your votes are delegated to yourself now (verified at block %1).</source>
        <extracomment>%1 a block number</extracomment>
        <translation>你的投票权目前委托给了你自己（已在区块 %1 上验证）。</translation>
    </message>
    <message>
        <source>Your votes are delegated to %1 now (verified at block %2).</source>
        <extracomment>%1 the delegate&apos;s short address, %2 a block number</extracomment>
        <translation>你的投票权目前委托给了 %1（已在区块 %2 上验证）。</translation>
    </message>
</context>
<context>
    <name>plinth::ui::WatchPage</name>
    <message>
        <source>Watch an address</source>
        <translation>观察地址</translation>
    </message>
    <message>
        <source>Plinth shows this address&apos;s balances, devices, rewards and votes. It cannot sign for it; you can add keys later.</source>
        <translation>Plinth 会显示此地址的余额、设备、奖励和投票。它无法为该地址签名；你可以稍后添加密钥。</translation>
    </message>
    <message>
        <source>Address to watch</source>
        <translation>要观察的地址</translation>
    </message>
    <message>
        <source>Label for the address</source>
        <translation>地址标签</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>An address is 0x followed by 40 hexadecimal digits.</source>
        <translation>地址由 0x 加 40 位十六进制数组成。</translation>
    </message>
    <message>
        <source>The capital letters do not match this address&apos;s checksum (EIP-55): a character is probably mistyped.</source>
        <translation>大写字母与此地址的校验和（EIP-55）不匹配：可能有字符输入错误。</translation>
    </message>
    <message>
        <source>This is not an address: it must be 0x followed by 40 hexadecimal digits.</source>
        <translation>这不是有效地址：地址必须由 0x 加 40 位十六进制数组成。</translation>
    </message>
    <message>
        <source>Valid address: %1</source>
        <extracomment>%1 is the address in its checksummed form</extracomment>
        <translation>有效地址：%1</translation>
    </message>
</context>
</TS>
