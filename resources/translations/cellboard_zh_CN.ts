<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CasePage</name>
    <message>
        <source>← &amp;Back to worklist</source>
        <translation>← 返回工作列表(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the worklist (Alt+Left or Esc)</source>
        <translation>返回工作列表（Alt+Left 或 Esc）</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>结案(&amp;C)…</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>病案号</translation>
    </message>
    <message>
        <source>Sex / age</source>
        <translation>性别 / 年龄</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>适应证</translation>
    </message>
    <message>
        <source>Intended product</source>
        <translation>拟用产品</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>转诊日期</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>转诊医生</translation>
    </message>
    <message>
        <source>Disease history</source>
        <translation>病史</translation>
    </message>
    <message>
        <source>Question from the referrer</source>
        <translation>转诊医生的问题</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation>确诊日期</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>Cytogenetic risk</source>
        <translation>细胞遗传学风险</translation>
    </message>
    <message>
        <source>Extramedullary disease</source>
        <translation>髓外病变</translation>
    </message>
    <message>
        <source>CNS disease</source>
        <translation>中枢神经系统受累</translation>
    </message>
    <message>
        <source>Transplants</source>
        <translation>移植</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>&amp;Therapy lines</source>
        <translation>既往治疗线(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Observations</source>
        <translation>观察指标(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>审计追踪(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>CellBoard — Change your password</source>
        <translation>CellBoard — 修改密码</translation>
    </message>
    <message>
        <source>Choose a new password of at least 12 characters.</source>
        <translation>请设置至少 12 个字符的新密码。</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation>至少 12 个字符</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>再次输入新密码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. the cause of death, or where the patient was transferred</source>
        <translation>例如：死亡原因，或患者转往的医院</translation>
    </message>
</context>
<context>
    <name>FhirImportPreviewDialog</name>
    <message>
        <source>Import referral</source>
        <translation>导入转诊</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转诊</translation>
    </message>
    <message>
        <source>Referring &amp;clinician: *</source>
        <translation>转诊医生(&amp;C)：*</translation>
    </message>
    <message>
        <source>I&amp;nstitution:</source>
        <translation>机构(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Urgency: *</source>
        <translation>紧急程度(&amp;U)：*</translation>
    </message>
    <message>
        <source>Referral &amp;date: *</source>
        <translation>转诊日期(&amp;D)：*</translation>
    </message>
    <message>
        <source>What the import creates or attaches:</source>
        <translation>导入将新建或关联的内容：</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>CellBoard — Create the administrator</source>
        <translation>CellBoard — 创建管理员</translation>
    </message>
    <message>
        <source>Welcome to CellBoard</source>
        <translation>欢迎使用 CellBoard</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator account: it manages users, roles and program settings, and has no clinical rights by default.</source>
        <translation>此数据库尚无用户。请创建管理员账户：管理员负责管理用户、角色和项目设置，默认不具备临床权限。</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>例如：admin</translation>
    </message>
    <message>
        <source>P&amp;rinted name</source>
        <translation>签名姓名(&amp;R)</translation>
    </message>
    <message>
        <source>as it appears on signatures</source>
        <translation>与签名上显示的一致</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation>至少 12 个字符</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>再次输入密码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Session locked</source>
        <translation>会话已锁定</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Log in as &amp;another user…</source>
        <translation>以其他用户身份登录(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>CellBoard — Log in</source>
        <translation>CellBoard — 登录</translation>
    </message>
    <message>
        <source>DEMO DATA — every patient in this database is invented. Do not enter real patients here.</source>
        <translation>演示数据 — 本数据库中的所有患者均为虚构。请勿在此录入真实患者。</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>e.g. coordinator</source>
        <translation>例如：coordinator</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>注销(&amp;L)</translation>
    </message>
    <message>
        <source>End your session and return to the login window</source>
        <translation>结束会话并返回登录窗口</translation>
    </message>
    <message>
        <source>Lock &amp;now</source>
        <translation>立即锁定(&amp;N)</translation>
    </message>
    <message>
        <source>Hide patient data until you enter your password again</source>
        <translation>隐藏患者数据，直到再次输入密码</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation>工作列表(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the worklist or the case again from the database</source>
        <translation>从数据库重新读取工作列表或病例</translation>
    </message>
    <message>
        <source>&amp;About CellBoard</source>
        <translation>关于 CellBoard(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Language, institution, review quorum, idle lock, paper size and database</source>
        <translation>语言、机构、评审法定人数、空闲锁定、纸张大小和数据库</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>会议(&amp;M)</translation>
    </message>
    <message>
        <source>Tumor board meetings: agenda, attendance, minutes</source>
        <translation>多学科会诊会议：议程、出席情况、会议纪要</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>待办事项(&amp;A)</translation>
    </message>
    <message>
        <source>Actions from board verdicts across cases and meetings, with their status</source>
        <translation>各病例、各次会议中会诊结论的待办事项及其状态</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>新建转诊(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a referral: find or register the patient, then the referral</source>
        <translation>登记转诊：先查找或登记患者，再登记转诊</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Copy the database to a backup file while it is in use, and check the copy</source>
        <translation>在数据库使用中将其复制到备份文件，并校验该副本</translation>
    </message>
    <message>
        <source>&amp;Import referral…</source>
        <translation>导入转诊(&amp;I)…</translation>
    </message>
    <message>
        <source>Register a referral from another hospital&apos;s FHIR R4 bundle, after a preview of what it creates</source>
        <translation>从其他医院的 FHIR R4 数据包登记转诊，先预览将新建的内容</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>CellBoard — Settings</source>
        <translation>CellBoard — 设置</translation>
    </message>
    <message>
        <source>This &amp;workstation</source>
        <translation>本工作站(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The language changes the next time CellBoard starts.</source>
        <translation>语言将在下次启动 CellBoard 时更改。</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Institution</source>
        <translation>机构(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>电话(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. +86 21 5555 0100</source>
        <translation>例如：+86 21 5555 0100</translation>
    </message>
    <message>
        <source>CAR-T &amp;coordinator</source>
        <translation>CAR-T 协调员(&amp;C)</translation>
    </message>
    <message>
        <source>name and telephone or e-mail of the program coordinator</source>
        <translation>项目协调员的姓名及电话或电子邮件</translation>
    </message>
    <message>
        <source>&amp;Review and session</source>
        <translation>评审与会话(&amp;R)</translation>
    </message>
    <message>
        <source>Disciplines required for the review quorum</source>
        <translation>评审法定人数的必需专科</translation>
    </message>
    <message>
        <source>Lock the screen after &amp;idle</source>
        <translation>空闲多久后锁定屏幕(&amp;I)</translation>
    </message>
    <message>
        <source>Default &amp;paper size</source>
        <translation>默认纸张大小(&amp;P)</translation>
    </message>
    <message>
        <source>Bac&amp;kups</source>
        <translation>备份(&amp;K)</translation>
    </message>
    <message>
        <source>Back up au&amp;tomatically</source>
        <translation>自动备份(&amp;T)</translation>
    </message>
    <message>
        <source>Backup f&amp;older</source>
        <translation>备份文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Ke&amp;ep the newest</source>
        <translation>保留最新的(&amp;E)</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>The board&apos;s verdict</source>
        <translation>多学科会诊结论</translation>
    </message>
    <message>
        <source>Require a &amp;meeting for the verdict</source>
        <translation>会诊结论须在会议中作出(&amp;M)</translation>
    </message>
    <message>
        <source>On: the chair signs a verdict only in a meeting that has started and holds the case on its agenda. Off (the default): a verdict signed outside a meeting is allowed, and the case page, the Actions list and the case summary say so.</source>
        <translation>开启：会诊主席只能在已开始且议程列有该病例的会议中签署会诊结论。关闭（默认）：允许在会议之外签署会诊结论，病例页面、待办事项列表和病例摘要会注明这一点。</translation>
    </message>
</context>
<context>
    <name>WorklistPage</name>
    <message>
        <source>&amp;State</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Indication</source>
        <translation>适应证(&amp;I)</translation>
    </message>
    <message>
        <source>Search name, MRN or case id  (Ctrl+F)</source>
        <translation>搜索姓名、病案号或病例号（Ctrl+F）</translation>
    </message>
    <message>
        <source>A patient name in Latin letters or Chinese characters (e.g. 李娜), an MRN, or a case number</source>
        <translation>患者姓名（拉丁字母或汉字，例如 李娜）、病案号或病例号</translation>
    </message>
</context>
<context>
    <name>cb::app</name>
    <message>
        <source>CellBoard — CAR-T tumor board workspace</source>
        <translation>CellBoard — CAR-T 多学科会诊工作台</translation>
    </message>
    <message>
        <source>Database: a SQLite file or postgresql://user@host:port/dbname (default: the database chosen in the settings, else this workstation&apos;s database file).</source>
        <translation>数据库：SQLite 文件或 postgresql://user@host:port/dbname（默认：设置中选择的数据库，否则为本工作站的数据库文件）。</translation>
    </message>
</context>
<context>
    <name>cb::cli</name>
    <message>
        <source>input: expected one JSON object on standard input, got nothing</source>
        <translation>输入：标准输入中应有一个 JSON 对象，但未读到任何内容</translation>
    </message>
    <message>
        <source>input: malformed JSON at offset %1: %2</source>
        <translation>输入：JSON 格式错误，位置 %1：%2</translation>
    </message>
    <message>
        <source>input: expected one JSON object, got an array</source>
        <translation>输入：应为一个 JSON 对象，实际为数组</translation>
    </message>
    <message>
        <source>Answer &quot;%1&quot;: a list is not an answer; give one value or an object with &quot;value&quot;.</source>
        <translation>答案“%1”：列表不是有效答案；请给出一个值，或含“value”的对象。</translation>
    </message>
    <message>
        <source>Answer &quot;%1&quot;: unknown key &quot;%2&quot; (an answer object holds value, unit, date, detail, not_applicable).</source>
        <translation>答案“%1”：未知键“%2”（答案对象可含 value、unit、date、detail、not_applicable）。</translation>
    </message>
    <message>
        <source>Answer &quot;%1&quot;: &quot;%2&quot; must be text.</source>
        <translation>答案“%1”：“%2”必须是文本。</translation>
    </message>
    <message>
        <source>Answer &quot;%1&quot;: &quot;not_applicable&quot; must be true or false.</source>
        <translation>答案“%1”：“not_applicable”必须为 true 或 false。</translation>
    </message>
    <message>
        <source>Answer &quot;%1&quot;: its &quot;item&quot; says &quot;%2&quot;.</source>
        <translation>答案“%1”：其“item”为“%2”。</translation>
    </message>
    <message>
        <source>Answer &quot;%1&quot;: &quot;value&quot; must be one value.</source>
        <translation>答案“%1”：“value”必须是单个值。</translation>
    </message>
    <message>
        <source>Answer &quot;%1&quot;: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>答案“%1”：“%2”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Unknown recommendation &quot;%1&quot;; expected one of: %2.</source>
        <translation>未知推荐意见“%1”；应为以下之一：%2。</translation>
    </message>
    <message>
        <source>%1 concern(s), %2 contraindication(s)</source>
        <translation>%1 项需关注，%2 项禁忌证</translation>
    </message>
    <message>
        <source>Give one meeting id: cellboard-cli --user NAME export minutes MEETING_ID -o FILE</source>
        <translation>请提供一个会议 ID：cellboard-cli --user NAME export minutes MEETING_ID -o FILE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a meeting id (a positive number).</source>
        <translation>“%1”不是有效的会议 ID（应为正整数）。</translation>
    </message>
    <message>
        <source>Give the output file with -o FILE.</source>
        <translation>请用 -o FILE 指定输出文件。</translation>
    </message>
    <message>
        <source>Minutes of meeting %1 written to %2 (%3%4)</source>
        <translation>会议 %1 的会议纪要已写入 %2（%3%4）</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>共 1 页</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <source>, DRAFT</source>
        <translation>，草稿</translation>
    </message>
    <message>
        <source>tocilizumab %1 mg</source>
        <translation>托珠单抗 %1 mg</translation>
    </message>
    <message>
        <source>ICU transfer</source>
        <translation>转入 ICU</translation>
    </message>
    <message>
        <source>Give the JSON file with --file F.</source>
        <translation>请用 --file F 指定 JSON 文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB.</source>
        <translation>%1 超过 16 MB。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at byte %3).</source>
        <translation>%1 不是有效的 JSON：%2（位于第 %3 字节）。</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object.</source>
        <translation>%1 必须包含一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Give one case id: cellboard-cli --user NAME export fhir CASE_ID -o FILE [--document]</source>
        <translation>请给出一个病例编号：cellboard-cli --user NAME export fhir CASE_ID -o FILE [--document]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case id (a positive number).</source>
        <translation>“%1”不是病例号（应为正整数）。</translation>
    </message>
    <message>
        <source>Case %1: FHIR document of the signed verdict written to %2 (%3 entries, bundle %4)</source>
        <translation>病例 %1：已签署会诊结论的 FHIR 文档已写入 %2（%3 个条目，Bundle %4）</translation>
    </message>
    <message>
        <source>Case %1: FHIR bundle written to %2 (%3 entries, bundle %4)</source>
        <translation>病例 %1：FHIR Bundle 已写入 %2（%3 个条目，Bundle %4）</translation>
    </message>
</context>
<context>
    <name>cb::cli::AuditCommand</name>
    <message>
        <source>Verify the audit chain, or print one entry&apos;s hash</source>
        <translation>校验审计链，或打印某条记录的哈希值</translation>
    </message>
    <message>
        <source>Usage:
  cellboard-cli audit verify [--json]   exit 0 when the chain holds; otherwise names the first bad entry
  cellboard-cli audit entry SEQ [--json] print an entry&apos;s sequence number, time, action and hash
  cellboard-cli audit key [--json]      print this workstation&apos;s public checkpoint key (for the
                                        audit-trusted-keys file of the other workstations)</source>
        <translation>用法：
  cellboard-cli audit verify [--json]   审计链完整时退出码为 0；否则指出第一条异常记录
  cellboard-cli audit entry SEQ [--json] 打印记录的序号、时间、操作和哈希值
  cellboard-cli audit key [--json]      打印本工作站的检查点公钥（供其他工作站的
                                        audit-trusted-keys 文件使用）</translation>
    </message>
    <message>
        <source>Audit chain BROKEN at entry %1: %2.</source>
        <translation>审计链在第 %1 条记录处断裂：%2。</translation>
    </message>
    <message>
        <source>Signature %1 does NOT verify: %2.</source>
        <translation>签名 %1 校验失败：%2。</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 entries, %2 signatures verified. Head: entry %3, hash %4</source>
        <translation>审计链完整：共 %1 条记录，已校验 %2 个签名。链头：第 %3 条，哈希 %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Checkpoints: %1 signed by trusted keys match the chain; this workstation last signed entry %2; %3 by keys it does not know were not checked.</source>
        <translation>检查点：受信任密钥签署的 %1 个与审计链一致；本工作站最近签署到第 %2 条；未知密钥签署的 %3 个未检查。</translation>
    </message>
    <message>
        <source>Give one entry sequence number (a positive number): cellboard-cli audit entry SEQ</source>
        <translation>请给出一个记录序号（正整数）：cellboard-cli audit entry SEQ</translation>
    </message>
    <message>
        <source>There is no audit entry %1.</source>
        <translation>不存在第 %1 条审计记录。</translation>
    </message>
    <message>
        <source>Entry %1 at %2: %3 %4 %5 by user %6</source>
        <translation>第 %1 条记录，时间 %2：%3 %4 %5，用户 %6</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>哈希：%1</translation>
    </message>
    <message>
        <source>Unknown audit command &quot;%1&quot;.
</source>
        <translation>未知的 audit 命令“%1”。
</translation>
    </message>
</context>
<context>
    <name>cb::cli::BackupCommand</name>
    <message>
        <source>Back up the SQLite database (an online, verified copy), or check a backup</source>
        <translation>备份 SQLite 数据库（在线、经校验的副本），或校验备份</translation>
    </message>
    <message>
        <source>Usage:
  cellboard-cli [--db URL] backup -o FILE [--json]   copy the database while it is in use, then check the copy
                                         (integrity, schema, audit chain and signatures)
  cellboard-cli backup verify FILE [--json]           check a backup without changing it; exit 0 when it is usable
FILE must not exist yet; it is readable by its owner only. PostgreSQL databases are backed up with pg_dump.</source>
        <translation>用法：
  cellboard-cli [--db URL] backup -o FILE [--json]   在数据库使用中复制，然后校验副本
                                         （完整性、架构版本、审计链和签名）
  cellboard-cli backup verify FILE [--json]           校验备份而不改动它；可用时退出码为 0
FILE 必须尚不存在；只有其所有者可读。PostgreSQL 数据库请用 pg_dump 备份。</translation>
    </message>
    <message>
        <source>Give one backup file: cellboard-cli backup verify FILE</source>
        <translation>请给出一个备份文件：cellboard-cli backup verify FILE</translation>
    </message>
    <message>
        <source>The backup %1 is NOT usable: %2.</source>
        <translation>备份 %1 不可用：%2。</translation>
    </message>
    <message>
        <source>Backup %1 verified: schema %2, integrity ok, audit chain intact (%3 entries, %4 signatures verified). Head: entry %5, hash %6</source>
        <translation>备份 %1 已校验：架构版本 %2，完整性正常，审计链完整（%3 条记录，已校验 %4 个签名）。链头：第 %5 条，哈希 %6</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.
</source>
        <translation>多余的参数“%1”。
</translation>
    </message>
    <message>
        <source>Name the backup file with -o FILE.
</source>
        <translation>请用 -o FILE 指定备份文件。
</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (schema %2, %3 audit entries, %4 signatures verified). Head: entry %5, hash %6</source>
        <translation>备份已写入并校验：%1（架构版本 %2，%3 条审计记录，已校验 %4 个签名）。链头：第 %5 条，哈希 %6</translation>
    </message>
</context>
<context>
    <name>cb::cli::CaseCommand</name>
    <message>
        <source>List, show and close cases</source>
        <translation>列出、查看和结案病例</translation>
    </message>
    <message>
        <source>Unknown case command &quot;%1&quot;.
</source>
        <translation>未知的 case 命令“%1”。
</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;; expected one of: %2.</source>
        <translation>未知状态“%1”；应为以下之一：%2。</translation>
    </message>
    <message>
        <source>Give one case id: cellboard-cli --user NAME case show ID [--json]</source>
        <translation>请给出一个病例号：cellboard-cli --user NAME case show ID [--json]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case id (a positive number).</source>
        <translation>“%1”不是病例号（应为正整数）。</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>病例 %1 — %2</translation>
    </message>
    <message>
        <source>Patient: %1 (MRN %2), born %3, %4</source>
        <translation>患者：%1（病案号 %2），出生日期 %3，%4</translation>
    </message>
    <message>
        <source>Indication: %1; intended product: %2</source>
        <translation>适应证：%1；拟用产品：%2</translation>
    </message>
    <message>
        <source>Referred %1 by %2</source>
        <translation>%1 由 %2 转诊</translation>
    </message>
    <message>
        <source>Diagnosis: %1 (%2); staging: %3; cytogenetics: %4</source>
        <translation>诊断：%1（%2）；分期：%3；细胞遗传学：%4</translation>
    </message>
    <message>
        <source>Extramedullary disease: %1 %2; CNS disease: %3</source>
        <translation>髓外病变：%1 %2；中枢神经系统受累：%3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Prior therapy lines: %1</source>
        <translation>既往治疗线：%1</translation>
    </message>
    <message>
        <source> refractory</source>
        <translation>（难治）</translation>
    </message>
    <message>
        <source>Transplant: %1 %2 %3</source>
        <translation>移植：%1 %2 %3</translation>
    </message>
    <message>
        <source>Observations:</source>
        <translation>观察指标：</translation>
    </message>
    <message>
        <source>Give one case id: cellboard-cli --user NAME case close ID --reason R</source>
        <translation>请给出一个病例号：cellboard-cli --user NAME case close ID --reason R</translation>
    </message>
    <message>
        <source>Closing needs --reason: one of %1.</source>
        <translation>结案需要 --reason：以下之一 %1。</translation>
    </message>
    <message>
        <source>Unknown close reason &quot;%1&quot;; expected one of: %2.</source>
        <translation>未知结案原因“%1”；应为以下之一：%2。</translation>
    </message>
    <message>
        <source>Case %1 closed (%2).</source>
        <translation>病例 %1 已结案（%2）。</translation>
    </message>
    <message>
        <source>patient_id must be a positive whole number.</source>
        <translation>patient_id 必须是正整数。</translation>
    </message>
    <message>
        <source>The referral needs &quot;patient&quot; (an object) or &quot;patient_id&quot;.</source>
        <translation>转诊需要 &quot;patient&quot;（一个对象）或 &quot;patient_id&quot;。</translation>
    </message>
    <message>
        <source>Case %1 registered for patient %2.</source>
        <translation>已为患者 %2 登记病例 %1。</translation>
    </message>
    <message>
        <source>Give one case id: cellboard-cli --user NAME case start-work-up ID</source>
        <translation>请指定一个病例 ID：cellboard-cli --user NAME case start-work-up ID</translation>
    </message>
    <message>
        <source>Case %1: work-up started.</source>
        <translation>病例 %1：已开始检查评估。</translation>
    </message>
    <message>
        <source>Give one case id: cellboard-cli --user NAME case reopen ID --reason R</source>
        <translation>请指定一个病例 ID：cellboard-cli --user NAME case reopen ID --reason R</translation>
    </message>
    <message>
        <source>Reopening needs --reason R.</source>
        <translation>重新开启需要提供 --reason R。</translation>
    </message>
    <message>
        <source>Case %1 reopened (%2).</source>
        <translation>病例 %1 已重新开启（%2）。</translation>
    </message>
    <message>
        <source>Usage:
  cellboard-cli --user NAME case list [--state S] [--json]
  cellboard-cli --user NAME case show ID [--json]
  cellboard-cli --user NAME case close ID --reason R [--detail TEXT]
  cellboard-cli --user NAME case add --file referral.json [--json]
  cellboard-cli --user NAME case start-work-up ID
  cellboard-cli --user NAME case reopen ID --reason R
  cellboard-cli --user NAME case audit ID [--kind K] [--text T] [--before SEQ] [--limit N] [--json]
referral.json holds &quot;patient&quot; (identifiers, family_name, given_name, name_zh, sex,
birth_date) or &quot;patient_id&quot;, and indication, subtype, intended_product, referral_date,
urgency (routine, urgent, emergency), referrer {name, institution, contact},
funding_reference.
audit lists everything the audit trail holds about the case (its opinions, signatures,
verdicts, meetings, pathway, monitoring, follow-up, exports, the patient&apos;s record), newest
first, N entries (default 200) below entry SEQ; --kind keeps one kind, --text the entries
whose action, user name or reason holds T.
States: %1.
Close reasons: %2.
Kinds: %3.</source>
        <translation>用法：
  cellboard-cli --user NAME case list [--state S] [--json]
  cellboard-cli --user NAME case show ID [--json]
  cellboard-cli --user NAME case close ID --reason R [--detail TEXT]
  cellboard-cli --user NAME case add --file referral.json [--json]
  cellboard-cli --user NAME case start-work-up ID
  cellboard-cli --user NAME case reopen ID --reason R
  cellboard-cli --user NAME case audit ID [--kind K] [--text T] [--before SEQ] [--limit N] [--json]
referral.json 包含 &quot;patient&quot;（identifiers、family_name、given_name、name_zh、sex、
birth_date）或 &quot;patient_id&quot;，以及 indication、subtype、intended_product、referral_date、
urgency（routine、urgent、emergency）、referrer {name, institution, contact}、
funding_reference。
audit 列出审计追踪中与该病例有关的全部条目（其意见、签署、会诊结论、会议、治疗路径、
监测、随访、导出以及患者记录），最新的在前，列出条目 SEQ 之前的 N 条（默认 200 条）；
--kind 仅保留一类，--text 仅保留操作、用户名或原因中包含 T 的条目。
状态：%1。
结案原因：%2。
类别：%3。</translation>
    </message>
    <message>
        <source>Give one case id: cellboard-cli --user NAME case audit ID [--kind K] [--json]</source>
        <translation>请给出一个病例编号：cellboard-cli --user NAME case audit ID [--kind K] [--json]</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; expected one of: %2.</source>
        <translation>未知类别“%1”；应为以下之一：%2。</translation>
    </message>
    <message>
        <source>--before needs an audit entry&apos;s sequence number (a positive number).</source>
        <translation>--before 需要审计条目的序号（正整数）。</translation>
    </message>
    <message>
        <source>--limit needs a number of entries from 1 to 10000.</source>
        <translation>--limit 需要 1 到 10000 之间的条目数。</translation>
    </message>
    <message>
        <source>%1 of %2 entries; %3</source>
        <translation>共 %2 条中的 %1 条；%3</translation>
    </message>
    <message>
        <source>older ones with --before %1</source>
        <translation>更早的条目请用 --before %1</translation>
    </message>
    <message>
        <source>no older ones</source>
        <translation>没有更早的条目</translation>
    </message>
</context>
<context>
    <name>cb::cli::CliApp</name>
    <message>
        <source>Usage: cellboard-cli [--db URL] [--user NAME] COMMAND [ARGS…]

  --db URL     a SQLite file (default: the user&apos;s CellBoard database) or
               postgresql://user@host:port/dbname?sslmode=… (password from PGPASSWORD or ~/.pgpass)
  --user NAME  act as this user; the password is one line on standard input

Commands:
</source>
        <translation>用法：cellboard-cli [--db URL] [--user NAME] COMMAND [ARGS…]

  --db URL     SQLite 文件（默认：当前用户的 CellBoard 数据库）或
               postgresql://user@host:port/dbname?sslmode=…（密码取自 PGPASSWORD 或 ~/.pgpass）
  --user NAME  以该用户身份操作；密码为标准输入中的一行

命令：
</translation>
    </message>
    <message>
        <source>
&quot;cellboard-cli help COMMAND&quot; shows a command&apos;s usage.
Exit codes: 0 done; 1 failure; 2 bad input or usage; 3 not authenticated or not permitted; 4 conflict or not allowed in the record&apos;s state.</source>
        <translation>
“cellboard-cli help COMMAND”显示某个命令的用法。
退出码：0 完成；1 失败；2 输入或用法错误；3 未认证或无权限；4 冲突，或记录当前状态不允许该操作。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;cellboard-cli --help&quot;.</source>
        <translation>未知命令“%1”。请运行“cellboard-cli --help”。</translation>
    </message>
</context>
<context>
    <name>cb::cli::CliContext</name>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <source>This command needs a user: give --user NAME and the password as one line on standard input.</source>
        <translation>此命令需要用户：请给出 --user NAME，并在标准输入中提供一行密码。</translation>
    </message>
    <message>
        <source>No password on standard input for --user %1.</source>
        <translation>标准输入中没有 --user %1 的密码。</translation>
    </message>
    <message>
        <source>User %1 must choose a new password first: log in to the CellBoard application once.</source>
        <translation>用户 %1 须先设置新密码：请先登录一次 CellBoard 应用程序。</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
</context>
<context>
    <name>cb::cli::DecisionCommand</name>
    <message>
        <source>Record and sign the board&apos;s verdict; dissent, actions, communication</source>
        <translation>记录并签署会诊结论；异议、待办事项、结果告知</translation>
    </message>
    <message>
        <source>Usage:
  cellboard-cli --user CHAIR decision record CASE --verdict V [--rationale TEXT] [--conditions TEXT]
                [--product P] [--bridging TEXT] [--defer-reason TEXT --reassess-date YYYY-MM-DD]
                [--override-approver NAME --override-reason TEXT] [--consent S] [--preference TEXT]
                [--action &quot;DESCRIPTION|OWNER|YYYY-MM-DD&quot;]... [--row-version N]
  cellboard-cli --user MEMBER decision dissent CASE --text TEXT [--discipline D]
  cellboard-cli --user CHAIR decision sign CASE
  cellboard-cli --user NAME decision show CASE [--json]
  cellboard-cli --user NAME decision notify CASE --sent-at ISO-TIME --by NAME [--method M]
  cellboard-cli --user NAME decision action CASE --action &quot;DESCRIPTION|OWNER|YYYY-MM-DD&quot;...
record saves the verdict as a draft; it needs every required discipline&apos;s signed opinion (the
quorum). The rationale is required when the signed opinions hold concerns or contraindications;
an eligible verdict over a contraindication needs the override approver and reason.
sign signs the draft verdict with the --user password already given on standard input.
Verdicts: %1.
Disciplines: %2.</source>
        <translation>用法：
  cellboard-cli --user CHAIR decision record CASE --verdict V [--rationale TEXT] [--conditions TEXT]
                [--product P] [--bridging TEXT] [--defer-reason TEXT --reassess-date YYYY-MM-DD]
                [--override-approver NAME --override-reason TEXT] [--consent S] [--preference TEXT]
                [--action &quot;DESCRIPTION|OWNER|YYYY-MM-DD&quot;]... [--row-version N]
  cellboard-cli --user MEMBER decision dissent CASE --text TEXT [--discipline D]
  cellboard-cli --user CHAIR decision sign CASE
  cellboard-cli --user NAME decision show CASE [--json]
  cellboard-cli --user NAME decision notify CASE --sent-at ISO-TIME --by NAME [--method M]
  cellboard-cli --user NAME decision action CASE --action &quot;DESCRIPTION|OWNER|YYYY-MM-DD&quot;...
record 将会诊结论保存为草稿；需要所有必需专科均已签署意见（法定人数）。
已签署意见中含需关注项或禁忌证时，必须填写决策依据；
存在禁忌证时作出“适合”结论，需要豁免批准人及豁免理由。
sign 使用标准输入中已给出的 --user 密码签署草稿结论。
结论：%1。
专科：%2。</translation>
    </message>
    <message>
        <source>An action is &quot;DESCRIPTION|OWNER|YYYY-MM-DD&quot; (the due date may be left out): &quot;%1&quot;.</source>
        <translation>待办事项格式为“DESCRIPTION|OWNER|YYYY-MM-DD”（到期日可省略）：“%1”。</translation>
    </message>
    <message>
        <source>The action&apos;s due date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>待办事项的到期日“%1”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Unknown decision command &quot;%1&quot;.
</source>
        <translation>未知的 decision 命令“%1”。
</translation>
    </message>
    <message>
        <source>Give one case id: cellboard-cli --user NAME decision %1 CASE …</source>
        <translation>请给出一个病例号：cellboard-cli --user NAME decision %1 CASE …</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case id (a positive number).</source>
        <translation>“%1”不是病例号（应为正整数）。</translation>
    </message>
    <message>
        <source>Give the verdict: --verdict V (one of %1).</source>
        <translation>请给出结论：--verdict V（以下之一 %1）。</translation>
    </message>
    <message>
        <source>Unknown verdict &quot;%1&quot;; expected one of: %2.</source>
        <translation>未知结论“%1”；应为以下之一：%2。</translation>
    </message>
    <message>
        <source>--reassess-date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--reassess-date“%1”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>--row-version takes the draft verdict&apos;s row version, a number.</source>
        <translation>--row-version 需要草稿结论的行版本号（数字）。</translation>
    </message>
    <message>
        <source>Verdict v%1 on case %2 saved as a draft: %3 (row version %4). Sign it with &quot;decision sign %2&quot;.</source>
        <translation>病例 %2 的第 %1 版结论已保存为草稿：%3（行版本 %4）。请用“decision sign %2”签署。</translation>
    </message>
    <message>
        <source>Give the dissent, verbatim: --text TEXT.</source>
        <translation>请给出原文异议：--text TEXT。</translation>
    </message>
    <message>
        <source>Unknown discipline &quot;%1&quot;; expected one of: %2.</source>
        <translation>未知专科“%1”；应为以下之一：%2。</translation>
    </message>
    <message>
        <source>Dissent %1 recorded on the verdict on case %2.</source>
        <translation>异议 %1 已记录于病例 %2 的结论。</translation>
    </message>
    <message>
        <source>The board has not recorded a verdict on case %1 yet.</source>
        <translation>会诊尚未记录病例 %1 的结论。</translation>
    </message>
    <message>
        <source>Case %1 — verdict v%2: %3 (%4)</source>
        <translation>病例 %1 — 第 %2 版结论：%3（%4）</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>决策依据</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Bridging</source>
        <translation>桥接治疗</translation>
    </message>
    <message>
        <source>Deferred because</source>
        <translation>暂缓原因</translation>
    </message>
    <message>
        <source>Reassess on</source>
        <translation>再评估日期</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>豁免</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Patient preference</source>
        <translation>患者意愿</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>%1 at %2, &quot;%3&quot; (SHA-256 %4)</source>
        <translation>%1 于 %2，“%3”（SHA-256 %4）</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>%1 — %2, due %3 [%4]</source>
        <translation>%1 — %2，%3 到期 [%4]</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已告知</translation>
    </message>
    <message>
        <source>%1 by %2 %3</source>
        <translation>%1，由 %2 %3</translation>
    </message>
    <message>
        <source>Say when and by whom the outcome was sent: --sent-at ISO-TIME --by NAME.</source>
        <translation>请说明结果何时由谁告知：--sent-at ISO-TIME --by NAME。</translation>
    </message>
    <message>
        <source>--sent-at &quot;%1&quot; is not a time (e.g. 2026-11-25T14:30:00Z).</source>
        <translation>--sent-at“%1”不是时间（例如 2026-11-25T14:30:00Z）。</translation>
    </message>
    <message>
        <source>Communication %1 recorded: the outcome of case %2 was sent at %3 by %4.</source>
        <translation>已记录告知 %1：病例 %2 的会诊结果已于 %3 由 %4 告知。</translation>
    </message>
    <message>
        <source>Give at least one --action &quot;DESCRIPTION|OWNER|YYYY-MM-DD&quot;.</source>
        <translation>请至少给出一个 --action &quot;DESCRIPTION|OWNER|YYYY-MM-DD&quot;。</translation>
    </message>
    <message>
        <source>Action %1 added to the verdict on case %2: %3 (%4).</source>
        <translation>待办事项 %1 已添加到病例 %2 的结论：%3（%4）。</translation>
    </message>
    <message>
        <source>The case returns to work-up until it is reassessed (%1).</source>
        <translation>病例回到检查评估阶段，等待重新评估（%1）。</translation>
    </message>
    <message>
        <source>no date set</source>
        <translation>未定日期</translation>
    </message>
    <message>
        <source>The case is decided.</source>
        <translation>病例已出结论。</translation>
    </message>
    <message>
        <source>Verdict v%1 on case %2 signed by %3 at %4: %5 (SHA-256 %6).</source>
        <translation>病例 %2 的第 %1 版结论已由 %3 于 %4 签署：%5（SHA-256 %6）。</translation>
    </message>
</context>
<context>
    <name>cb::cli::ExportCommand</name>
    <message>
        <source>Give one case id: cellboard-cli --user NAME export pdf CASE_ID -o FILE</source>
        <translation>请提供一个病例 ID：cellboard-cli --user NAME export pdf CASE_ID -o FILE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case id (a positive number).</source>
        <translation>“%1”不是病例号（应为正整数）。</translation>
    </message>
    <message>
        <source>Give the output file with -o FILE.</source>
        <translation>请用 -o FILE 指定输出文件。</translation>
    </message>
    <message>
        <source>Case %1 %2 written to %3 (%4%5); record fingerprint %6</source>
        <translation>病例 %1 %2 已写入 %3（%4%5）；记录指纹 %6</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>共 1 页</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <source>, DRAFT</source>
        <translation>，草稿</translation>
    </message>
    <message>
        <source>Export a case summary or outcome letter as PDF, or a case as a FHIR R4 bundle</source>
        <translation>将病例摘要或结论函导出为 PDF，或将病例导出为 FHIR R4 Bundle</translation>
    </message>
    <message>
        <source>Usage:
  cellboard-cli --user NAME export pdf CASE_ID -o FILE [--letter] [--json]
Writes the case summary (with --letter: the outcome letter to the referring physician) as a PDF.
The file is replaced atomically and readable by its owner only; every export is audited.
An incomplete or unsigned case prints with a DRAFT watermark.
  cellboard-cli --user NAME export minutes MEETING_ID -o FILE [--json]
Writes the minutes of a meeting (attendance, verdicts, dissent, actions); a meeting not yet held
or whose minutes the chair has not signed prints as a DRAFT with its planned attendance and agenda.
  cellboard-cli --user NAME export fhir CASE_ID -o FILE [--document] [--json]
Writes the patient&apos;s record as a FHIR R4 JSON collection bundle (one Patient with every identifier, the
primary cancer, stage, observations with LOINC and UCUM, prior lines, transplants, the infusion, the
highest CRS and ICANS grades, follow-up responses). With --document: a FHIR document of the board&apos;s
signed verdict (Composition first) carrying the case summary PDF; refused while the verdict is unsigned.</source>
        <translation>用法：
  cellboard-cli --user NAME export pdf CASE_ID -o FILE [--letter] [--json]
将病例摘要（使用 --letter 时为致转诊医生的结论函）写入 PDF。
文件以原子方式替换，且仅文件所有者可读；每次导出均记入审计。
未完成或未签署的病例在打印时带有“草稿”水印。
  cellboard-cli --user NAME export minutes MEETING_ID -o FILE [--json]
将会议的会议纪要（出席情况、会诊结论、异议、待办事项）写入 PDF；尚未召开的会议，
或会诊主席尚未签署会议纪要的会议，将以草稿形式打印，并列出计划出席情况和议程。
  cellboard-cli --user NAME export fhir CASE_ID -o FILE [--document] [--json]
将患者记录写入 FHIR R4 JSON 集合 Bundle（一个 Patient 及其全部标识符、原发肿瘤、分期、
带 LOINC 和 UCUM 的观察项、既往治疗线、移植、回输、CRS 和 ICANS 最高分级、随访疗效）。
使用 --document 时：写入会诊已签署结论的 FHIR 文档（Composition 在首位），附带病例摘要 PDF；
结论未签署时拒绝导出。</translation>
    </message>
    <message>
        <source>Unknown export &quot;%1&quot;: use &quot;pdf&quot; (a case), &quot;fhir&quot; (a case as a FHIR bundle) or &quot;minutes&quot; (a meeting).
</source>
        <translation>未知的导出类型“%1”：请使用 &quot;pdf&quot;（病例）、&quot;fhir&quot;（病例的 FHIR Bundle）或 &quot;minutes&quot;（会议）。
</translation>
    </message>
</context>
<context>
    <name>cb::cli::FollowUpCommand</name>
    <message>
        <source>List due follow-up visits and record a visit&apos;s response and late effects</source>
        <translation>列出到期的随访访视，并记录访视的疗效与远期不良反应</translation>
    </message>
    <message>
        <source>Usage:
  cellboard-cli --user NAME followup list [--due] [--json]
  cellboard-cli --user NAME followup record CASE --visit V --response R [--mrd M] [--date D]
                [--details FILE.json] [--row-version N]
list shows the visits of the cases in treatment or follow-up; --due only those due or overdue.
Visits: day_28, day_90, day_180, day_365, year_2 … year_15 (setting follow_up.schedule).
Responses: myeloma (IMWG-2016) scr, cr, vgpr, pr, mr, sd, pd; lymphoma (Lugano-2014) cmr, pmr, nmr, pmd;
B-ALL cr, cri, no_response, relapse; any: not_evaluable. MRD (myeloma, ALL): not_done, negative, positive.
--date is the visit date (default today). FILE.json holds late effects: %1.
--row-version corrects a visit already recorded (see list --json).</source>
        <translation>用法：
  cellboard-cli --user NAME followup list [--due] [--json]
  cellboard-cli --user NAME followup record CASE --visit V --response R [--mrd M] [--date D]
                [--details FILE.json] [--row-version N]
list 列出处于治疗或随访阶段的病例的访视；--due 仅列出到期或已逾期的访视。
访视：day_28、day_90、day_180、day_365、year_2 … year_15（设置项 follow_up.schedule）。
疗效：骨髓瘤（IMWG-2016）scr、cr、vgpr、pr、mr、sd、pd；淋巴瘤（Lugano-2014）cmr、pmr、nmr、pmd；
B-ALL cr、cri、no_response、relapse；通用：not_evaluable。MRD（骨髓瘤、ALL）：not_done、negative、positive。
--date 为访视日期（默认为今天）。FILE.json 包含远期不良反应：%1。
--row-version 用于更正已记录的访视（参见 list --json）。</translation>
    </message>
    <message>
        <source>Unknown followup command &quot;%1&quot;.
</source>
        <translation>未知的 followup 命令“%1”。
</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Give one case id: cellboard-cli --user NAME followup record CASE …</source>
        <translation>请提供一个病例 ID：cellboard-cli --user NAME followup record CASE …</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case id (a positive number).</source>
        <translation>“%1”不是病例号（应为正整数）。</translation>
    </message>
    <message>
        <source>No follow-up visit is due.</source>
        <translation>没有到期的随访访视。</translation>
    </message>
    <message>
        <source>No follow-up visit is scheduled.</source>
        <translation>没有已安排的随访访视。</translation>
    </message>
    <message>
        <source>Give the visit: --visit V (e.g. day_28, year_2).</source>
        <translation>请指定访视：--visit V（例如 day_28、year_2）。</translation>
    </message>
    <message>
        <source>Give the response: --response R (see &quot;cellboard-cli help followup&quot;).</source>
        <translation>请指定疗效：--response R（参见 &quot;cellboard-cli help followup&quot;）。</translation>
    </message>
    <message>
        <source>Unknown MRD status &quot;%1&quot;; expected one of: %2.</source>
        <translation>未知的 MRD 状态“%1”；应为以下之一：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>--row-version takes the visit&apos;s row version, a positive number.</source>
        <translation>--row-version 需填写该访视的行版本号（正整数）。</translation>
    </message>
    <message>
        <source>details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Visit %1 of case %2 recorded on %3: %4 (%5), MRD %6.</source>
        <translation>已记录病例 %2 的访视 %1（%3）：%4（%5），MRD %6。</translation>
    </message>
</context>
<context>
    <name>cb::cli::GradeCommand</name>
    <message>
        <source>Grade CRS or ICANS, score ICE or CAR-HEMATOTOX from JSON on standard input</source>
        <translation>根据标准输入中的 JSON 进行 CRS 或 ICANS 分级、ICE 或 CAR-HEMATOTOX 评分</translation>
    </message>
    <message>
        <source>Usage: cellboard-cli grade crs|icans|ice|hematotox &lt; input.json
Reads one JSON object (field names of the clinical specification, e.g.
  {&quot;temperature_c&quot;: 38.4, &quot;hypotension&quot;: true, &quot;vasopressors&quot;: [&quot;norepinephrine&quot;],
   &quot;oxygen&quot;: {&quot;device&quot;: &quot;nasal_cannula&quot;, &quot;flow_l_min&quot;: 4}})
and prints one JSON object: the grade or score (crs_grade, icans_grade,
ice_score/unable_to_perform/ice_domain_grade, score/risk/points), rule_version and explanation.
Bad input exits with 2 and one line on standard error naming the field.
Fields that are not understood are ignored with a warning on standard error.
No database or user is needed.</source>
        <translation>用法：cellboard-cli grade crs|icans|ice|hematotox &lt; input.json
读取一个 JSON 对象（字段名见临床规范，例如
  {&quot;temperature_c&quot;: 38.4, &quot;hypotension&quot;: true, &quot;vasopressors&quot;: [&quot;norepinephrine&quot;],
   &quot;oxygen&quot;: {&quot;device&quot;: &quot;nasal_cannula&quot;, &quot;flow_l_min&quot;: 4}}）
并输出一个 JSON 对象：分级或评分（crs_grade、icans_grade、
ice_score/unable_to_perform/ice_domain_grade、score/risk/points）、rule_version 和 explanation。
输入错误时退出码为 2，并在标准错误输出一行指出出错字段。
无法识别的字段将被忽略，并在标准错误输出警告。
无需数据库或用户。</translation>
    </message>
    <message>
        <source>grade: expected one calculator name: crs, icans, ice or hematotox</source>
        <translation>grade：需要一个计算器名称：crs、icans、ice 或 hematotox</translation>
    </message>
    <message>
        <source>warning: ignored unknown field &apos;%1&apos;</source>
        <translation>警告：已忽略未知字段“%1”</translation>
    </message>
</context>
<context>
    <name>cb::cli::Hl7ImportCli</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 holds no HL7 file (*.hl7, *.txt, *.msg, *.oru).</source>
        <translation>%1 中没有 HL7 文件（*.hl7、*.txt、*.msg、*.oru）。</translation>
    </message>
    <message>
        <source>Dry run, nothing kept: </source>
        <translation>试运行，未保存任何内容：</translation>
    </message>
    <message>
        <source>%1 message(s): %2 accepted, %3 superseded, %4 retracted, %5 held, %6 refused (%7 kept with the message only, %8 cancelled, %9 ignored, %10 already imported).</source>
        <translation>%1 条消息：已接收 %2 项，取代 %3 项，撤回 %4 项，暂存 %5 条，拒收 %6 条（仅随消息保存 %7 项，已取消 %8 项，未记录 %9 项，此前已导入 %10 条）。</translation>
    </message>
    <message>
        <source>%1 OBX %2 (%3)</source>
        <translation>%1 OBX %2（%3）</translation>
    </message>
    <message>
        <source>  cellboard-cli --user NAME import hl7 FILE|DIR [--dry-run] [--json]
  cellboard-cli --user NAME import queue list [--json]
  cellboard-cli --user NAME import queue assign QUEUE_ID PATIENT_ID --reason R [--json]
Reads HL7 v2.5.1 ORU^R01 lab results (a file, or the *.hl7, *.txt, *.msg and *.oru files of a
directory; several messages per file; CR, CRLF or LF) into the patient&apos;s record. The patient
is matched on PID-3 authority, type and value; a message that matches nobody is held in the
import queue until a coordinator assigns it to a patient. Statuses: F final, C/A corrected,
P preliminary (superseded by the final), D/W retracted, X cancelled. A time without an offset
is in the sending facility&apos;s time zone (setting hl7.facility_time_zones, e.g.
&apos;{&quot;HOSPA&quot;: &quot;Asia/Shanghai&quot;}&apos;); a message that needs an unknown one is refused. Importing
the same facility and control id (MSH-4, MSH-10) again changes nothing. Exits 2 when a
message was refused; the summary names each with its reason.</source>
        <translation>  cellboard-cli --user NAME import hl7 FILE|DIR [--dry-run] [--json]
  cellboard-cli --user NAME import queue list [--json]
  cellboard-cli --user NAME import queue assign QUEUE_ID PATIENT_ID --reason R [--json]
将 HL7 v2.5.1 ORU^R01 检验结果（一个文件，或目录中的 *.hl7、*.txt、*.msg 和 *.oru 文件；
每个文件可含多条消息；段结束符可为 CR、CRLF 或 LF）读入患者记录。按 PID-3 的签发机构、类型和值
匹配患者；无人匹配的消息暂存于导入队列，直到协调员将其分配给患者。状态：F 最终，C/A 更正，
P 初步（由最终结果取代），D/W 撤回，X 取消。不带时区偏移的时间按发送机构的时区解释
（设置 hl7.facility_time_zones，例如 &apos;{&quot;HOSPA&quot;: &quot;Asia/Shanghai&quot;}&apos;）；需要未知时区的消息
将被拒收。再次导入同一机构和控制号（MSH-4、MSH-10）不会改变任何内容。有消息被拒收时
退出码为 2；摘要逐条列出原因。</translation>
    </message>
    <message>
        <source>Give one file or directory: cellboard-cli --user NAME import hl7 FILE|DIR</source>
        <translation>请给出一个文件或目录：cellboard-cli --user NAME import hl7 FILE|DIR</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB.</source>
        <translation>%1 大于 64 MB。</translation>
    </message>
    <message>
        <source>%1 message(s) refused; the summary names each with its reason.</source>
        <translation>%1 条消息被拒收；摘要逐条列出原因。</translation>
    </message>
    <message>
        <source>Use &quot;import queue list&quot; or &quot;import queue assign QUEUE_ID PATIENT_ID --reason R&quot;.
</source>
        <translation>请使用“import queue list”或“import queue assign QUEUE_ID PATIENT_ID --reason R”。
</translation>
    </message>
    <message>
        <source>&quot;import queue list&quot; takes no argument.</source>
        <translation>“import queue list”不接受参数。</translation>
    </message>
    <message>
        <source>No message is held.</source>
        <translation>没有暂存的消息。</translation>
    </message>
    <message>
        <source>%1  %2 %3  %4 result(s)  %5</source>
        <translation>%1  %2 %3  %4 项结果  %5</translation>
    </message>
    <message>
        <source>Give the queue id and the patient id: import queue assign QUEUE_ID PATIENT_ID --reason R</source>
        <translation>请给出队列编号和患者编号：import queue assign QUEUE_ID PATIENT_ID --reason R</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a queue id.</source>
        <translation>“%1”不是队列编号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a patient id.</source>
        <translation>“%1”不是患者编号。</translation>
    </message>
    <message>
        <source>Give the reason: --reason R (how the patient was identified).</source>
        <translation>请给出原因：--reason R（如何确认了患者）。</translation>
    </message>
</context>
<context>
    <name>cb::cli::ImportCommand</name>
    <message>
        <source>Usage:
  cellboard-cli --user NAME import fhir FILE [--dry-run] [--json] [--referrer NAME]
                [--institution TEXT] [--contact TEXT] [--urgency routine|urgent|emergency]
                [--referral-date YYYY-MM-DD] [--product P]
Reads Patient, Condition, Observation, MedicationRequest, MedicationStatement,
MedicationAdministration and Procedure into a new referral. The patient is matched by
identifier (authority, type and value) or registered; what CellBoard cannot code is kept
as text with a warning. --dry-run shows what would be created or attached and writes
nothing. A malformed file or an invalid resource is refused whole, with the JSON path of
the first problem. The referrer is the document&apos;s author unless --referrer names one.</source>
        <translation>用法：
  cellboard-cli --user NAME import fhir FILE [--dry-run] [--json] [--referrer NAME]
                [--institution TEXT] [--contact TEXT] [--urgency routine|urgent|emergency]
                [--referral-date YYYY-MM-DD] [--product P]
将 Patient、Condition、Observation、MedicationRequest、MedicationStatement、
MedicationAdministration 和 Procedure 读入一个新的转诊。患者按标识符（机构、类型和值）
匹配，未匹配则登记为新患者；CellBoard 无法编码的内容以文本保留并给出警告。
--dry-run 显示将要创建或关联的内容，不写入任何数据。格式错误的文件或无效的资源
整体拒绝，并给出第一个问题的 JSON 路径。转诊医生为文档作者，除非用 --referrer 指定。</translation>
    </message>
    <message>
        <source>Import a referral from a FHIR R4 bundle, or lab results from HL7 v2 messages</source>
        <translation>从 FHIR R4 数据包导入转诊，或从 HL7 v2 消息导入检验结果</translation>
    </message>
    <message>
        <source>Unknown import &quot;%1&quot;: use &quot;fhir&quot;, &quot;hl7&quot; or &quot;queue&quot;.
</source>
        <translation>未知的导入类型“%1”：请使用“fhir”、“hl7”或“queue”。
</translation>
    </message>
    <message>
        <source>Give one file: cellboard-cli --user NAME import fhir FILE [--dry-run]</source>
        <translation>请给出一个文件：cellboard-cli --user NAME import fhir FILE [--dry-run]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB.</source>
        <translation>%1 大于 64 MB。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>attached to patient %1</source>
        <translation>关联到患者 %1</translation>
    </message>
    <message>
        <source>a new patient</source>
        <translation>一位新患者</translation>
    </message>
    <message>
        <source>%1 therapy line(s), %2 transplant(s), %3 observation(s), %4 kept as text</source>
        <translation>%1 条治疗线，%2 次移植，%3 项观察指标，%4 项以文本保留</translation>
    </message>
    <message>
        <source>Dry run, nothing written: a referral for %1; %2.</source>
        <translation>试运行，未写入任何数据：%1 的转诊；%2。</translation>
    </message>
    <message>
        <source>Case %1 registered, %2; %3.</source>
        <translation>病例 %1 已登记，%2；%3。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>cb::cli::InitCommand</name>
    <message>
        <source>Create or update the database; --demo loads the demo program</source>
        <translation>创建或更新数据库；--demo 载入演示项目</translation>
    </message>
    <message>
        <source>Usage: cellboard-cli [--db URL] init [--demo] [--demo-password P] [--synthetic N]
Creates the database (or brings an existing one to this version&apos;s schema).
  --demo              load the demo program into a new, empty database
  --demo-password P   the demo users&apos; password (12 characters or more)
  --synthetic N       add N generated cases (for scale tests); into a database that
                      has users, only with --user of an administrator</source>
        <translation>用法：cellboard-cli [--db URL] init [--demo] [--demo-password P] [--synthetic N]
创建数据库（或将已有数据库升级到此版本的结构）。
  --demo              将演示项目载入一个新的空数据库
  --demo-password P   演示用户的密码（12 个字符或以上）
  --synthetic N       添加 N 个生成的病例（用于规模测试）；数据库已有用户时，
                      只能以管理员的 --user 执行</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.
</source>
        <translation>多余的参数“%1”。
</translation>
    </message>
    <message>
        <source>--demo-password needs --demo.</source>
        <translation>--demo-password 需与 --demo 同用。</translation>
    </message>
    <message>
        <source>The demo password needs at least 12 characters.</source>
        <translation>演示密码至少需要 12 个字符。</translation>
    </message>
    <message>
        <source>--synthetic takes a number of cases, e.g. --synthetic 100000.</source>
        <translation>--synthetic 需要病例数，例如 --synthetic 100000。</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>数据库已就绪：%1（结构版本 %2）</translation>
    </message>
    <message>
        <source>Demo program loaded. Users: admin, coordinator, chair, hematology, cardiology, neurology, pulmonology, icu, nursing.</source>
        <translation>演示项目已载入。用户：admin、coordinator、chair、hematology、cardiology、neurology、pulmonology、icu、nursing。</translation>
    </message>
    <message>
        <source>Demo password for every demo user: %1</source>
        <translation>所有演示用户的演示密码：%1</translation>
    </message>
    <message>
        <source>Added %1 synthetic cases.</source>
        <translation>已添加 %1 个合成病例。</translation>
    </message>
    <message>
        <source>Backed up before the update: %1</source>
        <translation>更新前已备份：%1</translation>
    </message>
</context>
<context>
    <name>cb::cli::MeetingCommand</name>
    <message>
        <source>Tumor board meetings: schedule, agenda, attendance, conflicts of interest, minutes</source>
        <translation>多学科会诊会议：日程安排、议程、出席情况、利益冲突、会议纪要</translation>
    </message>
    <message>
        <source>Unknown meeting command &quot;%1&quot;.
</source>
        <translation>未知的 meeting 命令“%1”。
</translation>
    </message>
    <message>
        <source> — cancelled</source>
        <translation> — 已取消</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>未定日期</translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 date and time, e.g. 2026-12-01T16:00:00+08:00.</source>
        <translation>--at 需要 ISO 8601 格式的日期和时间，例如 2026-12-01T16:00:00+08:00。</translation>
    </message>
    <message>
        <source>Unknown meeting type &quot;%1&quot;.</source>
        <translation>未知的会议类型“%1”。</translation>
    </message>
    <message>
        <source>Unknown meeting mode &quot;%1&quot;.</source>
        <translation>未知的会议方式“%1”。</translation>
    </message>
    <message>
        <source>--duration is a number of minutes.</source>
        <translation>--duration 为分钟数。</translation>
    </message>
    <message>
        <source>Meeting %1 scheduled.</source>
        <translation>会议 %1 已安排。</translation>
    </message>
    <message>
        <source>Give the meeting&apos;s id (a positive number).
</source>
        <translation>请提供会议 ID（正整数）。
</translation>
    </message>
    <message>
        <source>Meeting %1: %2, %3 (%4 min), %5, %6</source>
        <translation>会议 %1：%2，%3（%4 分钟），%5，%6</translation>
    </message>
    <message>
        <source>Chair: %1. Minutes: %2.</source>
        <translation>会诊主席：%1。会议纪要：%2。</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source> — not ready: %1</source>
        <translation> — 未就绪：%1</translation>
    </message>
    <message>
        <source>Meeting %1 moved.</source>
        <translation>会议 %1 已改期。</translation>
    </message>
    <message>
        <source>Meeting %1 cancelled.</source>
        <translation>会议 %1 已取消。</translation>
    </message>
    <message>
        <source>Minutes of meeting %1 signed by %2.</source>
        <translation>会议 %1 的会议纪要已由 %2 签署。</translation>
    </message>
    <message>
        <source>--presence is one of: %1.</source>
        <translation>--presence 应为以下之一：%1。</translation>
    </message>
    <message>
        <source>--arrived needs an ISO 8601 date and time.</source>
        <translation>--arrived 需要 ISO 8601 格式的日期和时间。</translation>
    </message>
    <message>
        <source>--left needs an ISO 8601 date and time.</source>
        <translation>--left 需要 ISO 8601 格式的日期和时间。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>Give the case id (a positive number) after the meeting&apos;s id.
</source>
        <translation>请在会议 ID 之后提供病例 ID（正整数）。
</translation>
    </message>
    <message>
        <source>--slot is a number of minutes.</source>
        <translation>--slot 为分钟数。</translation>
    </message>
    <message>
        <source>Case %1 added to meeting %2.</source>
        <translation>病例 %1 已加入会议 %2。</translation>
    </message>
    <message>
        <source>Case %1 removed from meeting %2.</source>
        <translation>病例 %1 已从会议 %2 中移除。</translation>
    </message>
    <message>
        <source>--by is a non-zero number of places (negative moves up).</source>
        <translation>--by 为非零的移动位数（负数表示上移）。</translation>
    </message>
    <message>
        <source>%1 takes part in case %2 again.</source>
        <translation>%1 重新参与病例 %2 的讨论。</translation>
    </message>
    <message>
        <source>%1 is excluded from case %2.</source>
        <translation>%1 已回避病例 %2。</translation>
    </message>
    <message>
        <source>Usage:
  cellboard-cli --user NAME meeting list [--json]
  cellboard-cli --user NAME meeting show MEETING [--json]
  cellboard-cli --user COORD meeting schedule --at ISO-TIME [--type T] [--mode M] [--duration MIN]
                [--location TEXT] [--chair USER] [--json]
  cellboard-cli --user COORD meeting reschedule MEETING --at ISO-TIME --reason TEXT [--duration MIN]
                [--location TEXT]
  cellboard-cli --user COORD meeting cancel MEETING --reason TEXT
  cellboard-cli --user NAME meeting suggest MEETING [--json]
  cellboard-cli --user COORD meeting agenda-add MEETING CASE [--presenter NAME] [--slot MIN]
  cellboard-cli --user COORD meeting agenda-set MEETING CASE [--presenter NAME] [--slot MIN]
  cellboard-cli --user COORD meeting agenda-remove MEETING CASE
  cellboard-cli --user COORD meeting agenda-move MEETING CASE --by N   (negative moves up)
  cellboard-cli --user COORD meeting attend MEETING USER --presence P [--arrived ISO] [--left ISO]
  cellboard-cli --user COORD meeting conflict MEETING CASE USER (--reason TEXT | --clear)
  cellboard-cli --user CHAIR meeting sign-minutes MEETING
  cellboard-cli --user NAME meeting actions [--all] [--json]   (--all: done and cancelled too)
Types: %1. Modes: %2. Presence: %3.
Times are ISO 8601 with a zone, e.g. 2026-12-01T16:00:00+08:00.</source>
        <translation>用法：
  cellboard-cli --user NAME meeting list [--json]
  cellboard-cli --user NAME meeting show MEETING [--json]
  cellboard-cli --user COORD meeting schedule --at ISO-TIME [--type T] [--mode M] [--duration MIN]
                [--location TEXT] [--chair USER] [--json]
  cellboard-cli --user COORD meeting reschedule MEETING --at ISO-TIME --reason TEXT [--duration MIN]
                [--location TEXT]
  cellboard-cli --user COORD meeting cancel MEETING --reason TEXT
  cellboard-cli --user NAME meeting suggest MEETING [--json]
  cellboard-cli --user COORD meeting agenda-add MEETING CASE [--presenter NAME] [--slot MIN]
  cellboard-cli --user COORD meeting agenda-set MEETING CASE [--presenter NAME] [--slot MIN]
  cellboard-cli --user COORD meeting agenda-remove MEETING CASE
  cellboard-cli --user COORD meeting agenda-move MEETING CASE --by N   （负数表示上移）
  cellboard-cli --user COORD meeting attend MEETING USER --presence P [--arrived ISO] [--left ISO]
  cellboard-cli --user COORD meeting conflict MEETING CASE USER (--reason TEXT | --clear)
  cellboard-cli --user CHAIR meeting sign-minutes MEETING
  cellboard-cli --user NAME meeting actions [--all] [--json]   （--all：含已完成和已取消）
类型：%1。方式：%2。出席状态：%3。
时间采用带时区的 ISO 8601 格式，例如 2026-12-01T16:00:00+08:00。</translation>
    </message>
    <message>
        <source>, meeting %1</source>
        <translation>，会议 %1</translation>
    </message>
    <message>
        <source>Case %1 is not on this meeting&apos;s agenda.</source>
        <translation>病例 %1 不在本次会议议程中。</translation>
    </message>
    <message>
        <source>Case %1 in meeting %2: presenter %3, %4 min.</source>
        <translation>会议 %2 中的病例 %1：汇报人 %3，%4 分钟。</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>未指定</translation>
    </message>
</context>
<context>
    <name>cb::cli::MonitorCommand</name>
    <message>
        <source>Record and show CRS/ICANS monitoring assessments from day 0</source>
        <translation>记录并查看自第 0 天起的 CRS/ICANS 监测评估</translation>
    </message>
    <message>
        <source>Unknown monitor command &quot;%1&quot;.
</source>
        <translation>未知的 monitor 命令“%1”。
</translation>
    </message>
    <message>
        <source>Give one case id: cellboard-cli --user NAME monitor %1 CASE …</source>
        <translation>请提供一个病例 ID：cellboard-cli --user NAME monitor %1 CASE …</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case id (a positive number).</source>
        <translation>“%1”不是病例号（应为正整数）。</translation>
    </message>
    <message>
        <source>Give the assessment: --file ASSESSMENT.json.</source>
        <translation>请提供评估数据：--file ASSESSMENT.json。</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Day %1 assessment recorded for case %2 (id %3): CRS grade %4, ICANS grade %5 (%6).</source>
        <translation>已记录病例 %2 第 %1 天的评估（ID %3）：CRS %4 级，ICANS %5 级（%6）。</translation>
    </message>
    <message>
        <source>Converted: %1</source>
        <translation>已换算：%1</translation>
    </message>
    <message>
        <source>Case %1: no monitoring assessment recorded.</source>
        <translation>病例 %1：尚无监测评估记录。</translation>
    </message>
    <message>
        <source>day %1  %2  %3 °C  CRS %4  ICANS %5  ICE %6  %7</source>
        <translation>第 %1 天  %2  %3 °C  CRS %4  ICANS %5  ICE %6  %7</translation>
    </message>
    <message>
        <source>Worst CRS grade %1 (day %2), worst ICANS grade %3 (day %4); tocilizumab doses: %5.</source>
        <translation>CRS 最高分级 %1（第 %2 天），ICANS 最高分级 %3（第 %4 天）；托珠单抗剂量：%5。</translation>
    </message>
    <message>
        <source>Usage:
  cellboard-cli --user NAME monitor record CASE --file ASSESSMENT.json
  cellboard-cli --user NAME monitor show CASE [--json]
  cellboard-cli --user NAME monitor void CASE --id ID --reason TEXT [--row-version V]
  cellboard-cli --user NAME monitor correct CASE --id ID --file ASSESSMENT.json [--row-version V]
ASSESSMENT.json: the input fields of &quot;grade crs&quot; and &quot;grade icans&quot; in one object, with the ICE
items (arousable, orientation …) or ice_score, plus &quot;time&quot; (with its UTC offset) and optional
&quot;interventions&quot; {tocilizumab_mg, steroid, icu_transfer, other}, attributable_to_other_cause,
free_text. age_years comes from the birth date when left out. Example:
  {&quot;time&quot;: &quot;2026-12-26T08:00:00+01:00&quot;, &quot;temperature_c&quot;: 38.9, &quot;hypotension&quot;: false,
   &quot;vasopressors&quot;: [], &quot;oxygen&quot;: {&quot;device&quot;: &quot;nasal_cannula&quot;, &quot;flow_l_min&quot;: 2},
   &quot;ice_score&quot;: 9, &quot;consciousness&quot;: &quot;alert&quot;, &quot;seizure&quot;: &quot;none&quot;, &quot;motor&quot;: &quot;none&quot;,
   &quot;cerebral_edema&quot;: &quot;none&quot;, &quot;interventions&quot;: {&quot;tocilizumab_mg&quot;: 640}}
The grades (ASTCT-2019) are computed and stored with the inputs, the rule version and you as the assessor.
An assessment is never deleted: &quot;void&quot; marks it voided with the reason (it stays listed, no longer
counts for grades); &quot;correct&quot; grades ASSESSMENT.json as its replacement and marks it superseded.</source>
        <translation>用法：
  cellboard-cli --user NAME monitor record CASE --file ASSESSMENT.json
  cellboard-cli --user NAME monitor show CASE [--json]
  cellboard-cli --user NAME monitor void CASE --id ID --reason TEXT [--row-version V]
  cellboard-cli --user NAME monitor correct CASE --id ID --file ASSESSMENT.json [--row-version V]
ASSESSMENT.json：在一个对象中填写 &quot;grade crs&quot; 和 &quot;grade icans&quot; 的输入字段，包括 ICE
条目（arousable、orientation …）或 ice_score，以及 &quot;time&quot;（带 UTC 偏移）和可选的
&quot;interventions&quot; {tocilizumab_mg, steroid, icu_transfer, other}、attributable_to_other_cause、
free_text。未填写 age_years 时按出生日期计算。示例：
  {&quot;time&quot;: &quot;2026-12-26T08:00:00+01:00&quot;, &quot;temperature_c&quot;: 38.9, &quot;hypotension&quot;: false,
   &quot;vasopressors&quot;: [], &quot;oxygen&quot;: {&quot;device&quot;: &quot;nasal_cannula&quot;, &quot;flow_l_min&quot;: 2},
   &quot;ice_score&quot;: 9, &quot;consciousness&quot;: &quot;alert&quot;, &quot;seizure&quot;: &quot;none&quot;, &quot;motor&quot;: &quot;none&quot;,
   &quot;cerebral_edema&quot;: &quot;none&quot;, &quot;interventions&quot;: {&quot;tocilizumab_mg&quot;: 640}}
分级（ASTCT-2019）由系统计算，并与输入数据、规则版本以及作为评估者的您一并保存。
评估记录不会被删除：&quot;void&quot; 会将其连同原因标记为作废（仍会列出，但不再计入分级）；
&quot;correct&quot; 会将 ASSESSMENT.json 分级后作为替代记录，并将原记录标记为已被取代。</translation>
    </message>
    <message>
        <source>Give the assessment: --id ID (the &quot;id&quot; of monitor show --json).</source>
        <translation>请指定评估：--id ID（monitor show --json 中的 &quot;id&quot;）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an assessment id (a positive number).</source>
        <translation>&quot;%1&quot; 不是评估编号（应为正整数）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a row version (a positive number).</source>
        <translation>&quot;%1&quot; 不是行版本号（应为正整数）。</translation>
    </message>
    <message>
        <source>Give the reason for voiding: --reason TEXT.</source>
        <translation>请填写作废原因：--reason TEXT。</translation>
    </message>
    <message>
        <source>Assessment %1 (day %2) of case %3 voided.</source>
        <translation>病例 %3 的评估 %1（第 %2 天）已作废。</translation>
    </message>
    <message>
        <source>Give the corrected assessment: --file ASSESSMENT.json.</source>
        <translation>请提供更正后的评估：--file ASSESSMENT.json。</translation>
    </message>
    <message>
        <source>Assessment %1 of case %2 corrected by assessment %3: CRS grade %4, ICANS grade %5 (%6).</source>
        <translation>病例 %2 的评估 %1 已由评估 %3 更正：CRS %4 级，ICANS %5 级（%6）。</translation>
    </message>
    <message>
        <source>VOIDED (assessment %1) by %2 at %3: %4</source>
        <translation>已作废（评估 %1），操作人 %2，时间 %3：%4</translation>
    </message>
    <message>
        <source>SUPERSEDED (assessment %1): corrected by assessment %2</source>
        <translation>已被取代（评估 %1）：由评估 %2 更正</translation>
    </message>
</context>
<context>
    <name>cb::cli::OpinionCommand</name>
    <message>
        <source>Record, sign, amend and show a discipline&apos;s opinion on a case</source>
        <translation>记录、签署、修订和查看某专科对病例的意见</translation>
    </message>
    <message>
        <source>Usage:
  cellboard-cli --user NAME opinion record CASE --discipline D --answers FILE.json --recommendation R
                [--conditions TEXT] [--comment TEXT] [--row-version N]
  cellboard-cli --user NAME opinion sign CASE --discipline D
  cellboard-cli --user NAME opinion amend CASE --discipline D --reason TEXT --answers FILE.json
                [--recommendation R] [--conditions TEXT] [--comment TEXT]
  cellboard-cli --user NAME opinion show CASE [--json]
record saves the draft (creating it, or replacing the draft&apos;s answers with FILE&apos;s); --row-version
refuses the save (exit 4) when the draft changed since that row version (see show --json).
sign signs the current draft with the --user password already given on standard input.
amend starts a new version of a signed opinion: the signed version&apos;s answers with FILE&apos;s on
top; recommendation, conditions and comment stay unless given.
FILE.json: {&quot;CAR-01&quot;: 55, &quot;CAR-03&quot;: &quot;normal&quot;, &quot;CAR-04.troponin&quot;: {&quot;value&quot;: 9, &quot;unit&quot;: &quot;ng/L&quot;,
            &quot;date&quot;: &quot;2026-11-20&quot;, &quot;detail&quot;: &quot;…&quot;}, &quot;HEM-06&quot;: {&quot;not_applicable&quot;: true}}
Disciplines: %1.
Recommendations: %2.</source>
        <translation>用法：
  cellboard-cli --user NAME opinion record CASE --discipline D --answers FILE.json --recommendation R
                [--conditions TEXT] [--comment TEXT] [--row-version N]
  cellboard-cli --user NAME opinion sign CASE --discipline D
  cellboard-cli --user NAME opinion amend CASE --discipline D --reason TEXT --answers FILE.json
                [--recommendation R] [--conditions TEXT] [--comment TEXT]
  cellboard-cli --user NAME opinion show CASE [--json]
record 保存草稿（新建草稿，或以 FILE 中的答案替换草稿答案）；若草稿自该行版本后
已被修改，--row-version 会拒绝保存（退出码 4）（见 show --json）。
sign 使用标准输入中已给出的 --user 密码签署当前草稿。
amend 为已签署意见创建新版本：以已签署版本的答案为基础，叠加 FILE 中的答案；
推荐意见、条件和备注如未给出则保持不变。
FILE.json: {&quot;CAR-01&quot;: 55, &quot;CAR-03&quot;: &quot;normal&quot;, &quot;CAR-04.troponin&quot;: {&quot;value&quot;: 9, &quot;unit&quot;: &quot;ng/L&quot;,
            &quot;date&quot;: &quot;2026-11-20&quot;, &quot;detail&quot;: &quot;…&quot;}, &quot;HEM-06&quot;: {&quot;not_applicable&quot;: true}}
专科：%1。
推荐意见：%2。</translation>
    </message>
    <message>
        <source>Cannot read the answers file &quot;%1&quot;: %2.</source>
        <translation>无法读取答案文件“%1”：%2。</translation>
    </message>
    <message>
        <source>The answers file &quot;%1&quot; is not valid JSON: %2 at offset %3.</source>
        <translation>答案文件“%1”不是有效的 JSON：%2，位置 %3。</translation>
    </message>
    <message>
        <source>The answers file &quot;%1&quot; must hold one JSON object {&quot;ITEM-ID&quot;: answer, …}.</source>
        <translation>答案文件“%1”必须包含一个 JSON 对象 {&quot;ITEM-ID&quot;: answer, …}。</translation>
    </message>
    <message>
        <source>Only a specialist of the opinion&apos;s discipline can record, sign or amend it; your account is not a specialist of any discipline.</source>
        <translation>只有该意见所属专科的专科医师才能记录、签署或修订；您的账户不属于任何专科。</translation>
    </message>
    <message>
        <source>Unknown opinion command &quot;%1&quot;.
</source>
        <translation>未知的 opinion 命令“%1”。
</translation>
    </message>
    <message>
        <source>Give one case id: cellboard-cli --user NAME opinion %1 CASE …</source>
        <translation>请给出一个病例号：cellboard-cli --user NAME opinion %1 CASE …</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case id (a positive number).</source>
        <translation>“%1”不是病例号（应为正整数）。</translation>
    </message>
    <message>
        <source>Give the discipline: --discipline D (one of %1).</source>
        <translation>请给出专科：--discipline D（以下之一 %1）。</translation>
    </message>
    <message>
        <source>Unknown discipline &quot;%1&quot;; expected one of: %2.</source>
        <translation>未知专科“%1”；应为以下之一：%2。</translation>
    </message>
    <message>
        <source>Give the checklist answers: --answers FILE.json (&quot;{}&quot; for none).</source>
        <translation>请给出核查清单答案：--answers FILE.json（无答案时为 &quot;{}&quot;）。</translation>
    </message>
    <message>
        <source>Give the recommendation: --recommendation R (one of %1).</source>
        <translation>请给出推荐意见：--recommendation R（以下之一 %1）。</translation>
    </message>
    <message>
        <source>--row-version takes the draft&apos;s row version, a number (0 for a new opinion).</source>
        <translation>--row-version 需要草稿的行版本号（数字；新意见为 0）。</translation>
    </message>
    <message>
        <source>%1 opinion v%2 on case %3 saved as a draft (row version %4): %5.</source>
        <translation>病例 %3 的%1意见第 %2 版已保存为草稿（行版本 %4）：%5。</translation>
    </message>
    <message>
        <source>%1 opinion v%2 on case %3 signed by %4 at %5: &quot;%6&quot; (SHA-256 %7).</source>
        <translation>病例 %3 的%1意见第 %2 版已由 %4 于 %5 签署：“%6”（SHA-256 %7）。</translation>
    </message>
    <message>
        <source>An amendment needs a reason: --reason TEXT.</source>
        <translation>修订需要原因：--reason TEXT。</translation>
    </message>
    <message>
        <source>Give the changed answers: --answers FILE.json (&quot;{}&quot; for none).</source>
        <translation>请给出修改后的答案：--answers FILE.json（无答案时为 &quot;{}&quot;）。</translation>
    </message>
    <message>
        <source>%1 opinion v%2 on case %3 drafted as an amendment of v%4 (row version %5): %6. Sign it to replace v%4.</source>
        <translation>病例 %3 的%1意见第 %2 版已作为第 %4 版的修订草稿保存（行版本 %5）：%6。签署后将取代第 %4 版。</translation>
    </message>
    <message>
        <source>Case %1 — review quorum %2</source>
        <translation>病例 %1 — 评审法定人数%2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已满足</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未满足</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>(no recommendation)</source>
        <translation>（无推荐意见）</translation>
    </message>
    <message>
        <source>  signed by %1 at %2</source>
        <translation>  由 %1 于 %2 签署</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation>（已过期）</translation>
    </message>
    <message>
        <source>      v%1 amends v%2: %3</source>
        <translation>      第 %1 版修订第 %2 版：%3</translation>
    </message>
    <message>
        <source>  to do: %1</source>
        <translation>  待办：%1</translation>
    </message>
</context>
<context>
    <name>cb::cli::PathwayCommand</name>
    <message>
        <source>Record and show a case&apos;s treatment pathway (apheresis … infusion, discharge)</source>
        <translation>记录并查看病例的治疗路径（单采 … 回输、出院）</translation>
    </message>
    <message>
        <source>Unknown pathway command &quot;%1&quot;.
</source>
        <translation>未知的 pathway 命令“%1”。
</translation>
    </message>
    <message>
        <source>Give one case id: cellboard-cli --user NAME pathway %1 CASE …</source>
        <translation>请提供一个病例 ID：cellboard-cli --user NAME pathway %1 CASE …</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case id (a positive number).</source>
        <translation>“%1”不是病例号（应为正整数）。</translation>
    </message>
    <message>
        <source>Give the step: --event E (one of %1).</source>
        <translation>请指定步骤：--event E（取值之一：%1）。</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot;; expected one of: %2.</source>
        <translation>未知的步骤“%1”；应为以下之一：%2。</translation>
    </message>
    <message>
        <source>Give the step&apos;s date: --date YYYY-MM-DD.</source>
        <translation>请指定该步骤的日期：--date YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1 on %2 recorded for case %3 (step %4).</source>
        <translation>已记录病例 %3 的%1（%2，步骤 %4）。</translation>
    </message>
    <message>
        <source>CAR-HEMATOTOX %1 (%2 risk, %3).</source>
        <translation>CAR-HEMATOTOX %1（%2风险，%3）。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <source>Case %1 moved to %2.</source>
        <translation>病例 %1 已转入%2。</translation>
    </message>
    <message>
        <source>%1 follow-up visits scheduled from day 0.</source>
        <translation>已自第 0 天起安排 %1 次随访访视。</translation>
    </message>
    <message>
        <source>Case %1 (%2), product timings: %3</source>
        <translation>病例 %1（%2），产品时间要求：%3</translation>
    </message>
    <message>
        <source>No pathway step recorded yet.</source>
        <translation>尚未记录任何治疗路径步骤。</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>第 %1 天</translation>
    </message>
    <message>
        <source>Usage:
  cellboard-cli --user NAME pathway record CASE --event E --date YYYY-MM-DD [--details FILE.json]
  cellboard-cli --user NAME pathway show CASE [--json]
  cellboard-cli --user NAME pathway void CASE --event-id ID --reason TEXT [--row-version V]
  cellboard-cli --user NAME pathway correct CASE --event-id ID --date YYYY-MM-DD [--details FILE.json]
                [--row-version V]
Steps, in order: %1.
Recording the infusion (day 0) moves a decided case to treatment and schedules its follow-up;
the discharge moves it to follow-up. Out-of-order or impossible dates are refused.
A recorded step is never deleted: &quot;void&quot; marks it voided with the reason (it stays listed, no longer
counts); &quot;correct&quot; records a replacement that supersedes it (without --details the step&apos;s details
are kept). The infusion cannot be voided or moved once anything is dated from it.
--row-version: the version you saw (pathway show --json); a newer one is a conflict (exit 4).
FILE.json holds the step&apos;s details (required ones first):
%2e.g. lymphodepletion: {&quot;regimen&quot;: &quot;Flu/Cy&quot;, &quot;end_date&quot;: &quot;2026-12-22&quot;, &quot;hematotox&quot;: {&quot;platelets_10e9_per_l&quot;: 120,
     &quot;anc_per_ul&quot;: 1500, &quot;hemoglobin_g_dl&quot;: 9.8, &quot;crp_mg_l&quot;: 12, &quot;ferritin_ng_ml&quot;: 700}}</source>
        <translation>用法：
  cellboard-cli --user NAME pathway record CASE --event E --date YYYY-MM-DD [--details FILE.json]
  cellboard-cli --user NAME pathway show CASE [--json]
  cellboard-cli --user NAME pathway void CASE --event-id ID --reason TEXT [--row-version V]
  cellboard-cli --user NAME pathway correct CASE --event-id ID --date YYYY-MM-DD [--details FILE.json]
                [--row-version V]
步骤（按顺序）：%1。
记录回输（第 0 天）后，已作出会诊结论的病例将转入治疗阶段并安排随访；
记录出院后转入随访阶段。顺序错误或不可能的日期将被拒绝。
已记录的步骤不会被删除：&quot;void&quot; 会将其连同原因标记为作废（仍会列出，但不再计入）；
&quot;correct&quot; 会记录一条取代原步骤的新记录（未提供 --details 时沿用原步骤的详情）。
一旦有内容以回输日计时，回输记录便不能作废或改期。
--row-version：您所看到的版本（pathway show --json）；版本已更新则视为冲突（退出码 4）。
FILE.json 包含该步骤的详情（必填项在前）：
%2例如 lymphodepletion: {&quot;regimen&quot;: &quot;Flu/Cy&quot;, &quot;end_date&quot;: &quot;2026-12-22&quot;, &quot;hematotox&quot;: {&quot;platelets_10e9_per_l&quot;: 120,
     &quot;anc_per_ul&quot;: 1500, &quot;hemoglobin_g_dl&quot;: 9.8, &quot;crp_mg_l&quot;: 12, &quot;ferritin_ng_ml&quot;: 700}}</translation>
    </message>
    <message>
        <source>Give the step: --event-id ID (the &quot;id&quot; of pathway show --json).</source>
        <translation>请指定步骤：--event-id ID（pathway show --json 中的 &quot;id&quot;）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step id (a positive number).</source>
        <translation>&quot;%1&quot; 不是步骤编号（应为正整数）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a row version (a positive number).</source>
        <translation>&quot;%1&quot; 不是行版本号（应为正整数）。</translation>
    </message>
    <message>
        <source>Give the reason for voiding: --reason TEXT.</source>
        <translation>请填写作废原因：--reason TEXT。</translation>
    </message>
    <message>
        <source>Step %1 (%2 on %3) of case %4 voided.</source>
        <translation>病例 %4 的步骤 %1（%3 的%2）已作废。</translation>
    </message>
    <message>
        <source>Give the step&apos;s corrected date: --date YYYY-MM-DD.</source>
        <translation>请填写该步骤更正后的日期：--date YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Step %1 of case %2 corrected: %3 on %4 recorded as step %5.</source>
        <translation>病例 %2 的步骤 %1 已更正：%4 的%3已记录为步骤 %5。</translation>
    </message>
    <message>
        <source>VOIDED (step %1) by %2 at %3: %4</source>
        <translation>已作废（步骤 %1），操作人 %2，时间 %3：%4</translation>
    </message>
    <message>
        <source>SUPERSEDED (step %1): corrected by step %2</source>
        <translation>已被取代（步骤 %1）：由步骤 %2 更正</translation>
    </message>
</context>
<context>
    <name>cb::cli::PathwayJson</name>
    <message>
        <source>Cannot read the %1 file &quot;%2&quot;: %3.</source>
        <translation>无法读取%1文件“%2”：%3。</translation>
    </message>
    <message>
        <source>The %1 file &quot;%2&quot; is not valid JSON: %3 at offset %4.</source>
        <translation>%1文件“%2”不是有效的 JSON：%3（偏移量 %4）。</translation>
    </message>
    <message>
        <source>The %1 file &quot;%2&quot; must hold one JSON object {…}.</source>
        <translation>%1文件“%2”必须包含一个 JSON 对象 {…}。</translation>
    </message>
</context>
<context>
    <name>cb::cli::PatientCommand</name>
    <message>
        <source>Find, show, register, correct and merge patients</source>
        <translation>查找、显示、登记、更正和合并患者</translation>
    </message>
    <message>
        <source>Unknown patient command &quot;%1&quot;.
</source>
        <translation>未知的 patient 命令“%1”。
</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--birth-date: &quot;%1&quot; is not a date (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>--birth-date：“%1”不是日期（YYYY、YYYY-MM 或 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Search with --identifier, --name or --birth-date.</source>
        <translation>请用 --identifier、--name 或 --birth-date 进行搜索。</translation>
    </message>
    <message>
        <source>No patient matches.</source>
        <translation>没有匹配的患者。</translation>
    </message>
    <message>
        <source>Give one patient id: cellboard-cli --user NAME patient show ID</source>
        <translation>请指定一个患者 ID：cellboard-cli --user NAME patient show ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a patient id (a positive number).</source>
        <translation>“%1”不是患者 ID（应为正整数）。</translation>
    </message>
    <message>
        <source>Patient %1: %2 %3</source>
        <translation>患者 %1：%2 %3</translation>
    </message>
    <message>
        <source>Sex %1, born %2</source>
        <translation>性别 %1，出生日期 %2</translation>
    </message>
    <message>
        <source> (alias)</source>
        <translation> （别名）</translation>
    </message>
    <message>
        <source>Case %1  %2  %3  referred %4</source>
        <translation>病例 %1  %2  %3  转诊日期 %4</translation>
    </message>
    <message>
        <source>Patient %1 registered.</source>
        <translation>患者 %1 已登记。</translation>
    </message>
    <message>
        <source>Give one patient id: cellboard-cli --user NAME patient correct ID --file F --reason R</source>
        <translation>请指定一个患者 ID：cellboard-cli --user NAME patient correct ID --file F --reason R</translation>
    </message>
    <message>
        <source>A correction needs --reason R.</source>
        <translation>更正需要提供 --reason R。</translation>
    </message>
    <message>
        <source>Patient %1 corrected.</source>
        <translation>患者 %1 已更正。</translation>
    </message>
    <message>
        <source>Patient %1 merged into patient %2.</source>
        <translation>患者 %1 已合并至患者 %2。</translation>
    </message>
    <message>
        <source>Usage:
  cellboard-cli --user NAME patient find [--identifier AUTHORITY:TYPE:VALUE | --identifier VALUE]
                [--name TEXT] [--birth-date D] [--json]
  cellboard-cli --user NAME patient show ID [--json]
  cellboard-cli --user NAME patient add --file F [--json]
  cellboard-cli --user NAME patient correct ID --file F --reason R
  cellboard-cli --user NAME patient merge KEEP_ID MERGED_ID --reason R [--approver NAME]
F holds {identifiers: [{authority, type, value}], family_name, given_name, name_zh, sex,
birth_date}; dates are YYYY, YYYY-MM or YYYY-MM-DD. A correction keeps every identifier
and adds the new ones. An administrator merges alone; a coordinator names the approving
administrator with --approver, whose password is the second line of standard input (after
the user&apos;s own). A merge is refused while both patients have open cases.</source>
        <translation>用法：
  cellboard-cli --user NAME patient find [--identifier AUTHORITY:TYPE:VALUE | --identifier VALUE]
                [--name TEXT] [--birth-date D] [--json]
  cellboard-cli --user NAME patient show ID [--json]
  cellboard-cli --user NAME patient add --file F [--json]
  cellboard-cli --user NAME patient correct ID --file F --reason R
  cellboard-cli --user NAME patient merge KEEP_ID MERGED_ID --reason R [--approver NAME]
F 包含 {identifiers: [{authority, type, value}], family_name, given_name, name_zh, sex,
birth_date}；日期格式为 YYYY、YYYY-MM 或 YYYY-MM-DD。更正会保留所有标识符
并添加新的标识符。管理员可单独合并；协调员须用 --approver 指定批准的管理员，
该管理员的密码为标准输入的第二行（在用户本人密码之后）。若两位患者均有未结病例，
则拒绝合并。</translation>
    </message>
    <message>
        <source>Give two patient ids: cellboard-cli --user NAME patient merge KEEP_ID MERGED_ID --reason R [--approver NAME]</source>
        <translation>请指定两个患者 ID：cellboard-cli --user NAME patient merge KEEP_ID MERGED_ID --reason R [--approver NAME]</translation>
    </message>
    <message>
        <source>Password of %1 (approving the merge): </source>
        <translation>%1 的密码（批准合并）：</translation>
    </message>
</context>
<context>
    <name>cb::cli::RecordCommand</name>
    <message>
        <source>Set or show the patient&apos;s disease history</source>
        <translation>设置或显示患者的疾病史</translation>
    </message>
    <message>
        <source>Add, correct, void or list prior therapy lines</source>
        <translation>添加、更正、作废或列出既往治疗线</translation>
    </message>
    <message>
        <source>Add, correct, void or list transplants</source>
        <translation>添加、更正、作废或列出移植</translation>
    </message>
    <message>
        <source>Add, list, correct or void observations (labs, LVEF, SpO2, ECOG …)</source>
        <translation>添加、列出、更正或作废观察值（化验、LVEF、SpO2、ECOG …）</translation>
    </message>
    <message>
        <source>Usage:
  cellboard-cli --user NAME history set CASE --file F
  cellboard-cli --user NAME history show CASE [--json]
F keys (keys left out are kept): diagnosis, diagnosis_date, staging {iss, r_iss,
ann_arbor, bulky, cns_status, ph_status}, cytogenetics [del17p, t4_14, t14_16, gain1q,
tp53, none, unknown], cytogenetics_note, extramedullary {status: yes|no|unknown, sites},
cns (none, treated, active, unknown), target_antigen {antigen, status, date, method},
row_version.</source>
        <translation>用法：
  cellboard-cli --user NAME history set CASE --file F
  cellboard-cli --user NAME history show CASE [--json]
F 的键（未给出的键保持不变）：diagnosis、diagnosis_date、staging {iss, r_iss,
ann_arbor, bulky, cns_status, ph_status}、cytogenetics [del17p, t4_14, t14_16, gain1q,
tp53, none, unknown]、cytogenetics_note、extramedullary {status: yes|no|unknown, sites}、
cns（none、treated、active、unknown）、target_antigen {antigen, status, date, method}、
row_version。</translation>
    </message>
    <message>
        <source>Usage:
  cellboard-cli --user NAME line add CASE --file F [--json]
  cellboard-cli --user NAME line correct CASE --id N --file F --reason R [--json]
  cellboard-cli --user NAME line void CASE --id N --reason R
  cellboard-cli --user NAME line list CASE [--json]
F = {line_number, regimen, drugs: [{name, class, refractory}], start, stop, ongoing,
reason_stopped, best_response, response_scheme (imwg, lugano, all), intent,
progression_date}. A known regimen (VRd, R-CHOP …) without drugs expands to its drugs.</source>
        <translation>用法：
  cellboard-cli --user NAME line add CASE --file F [--json]
  cellboard-cli --user NAME line correct CASE --id N --file F --reason R [--json]
  cellboard-cli --user NAME line void CASE --id N --reason R
  cellboard-cli --user NAME line list CASE [--json]
F = {line_number, regimen, drugs: [{name, class, refractory}], start, stop, ongoing,
reason_stopped, best_response, response_scheme (imwg, lugano, all), intent,
progression_date}。已知方案（VRd、R-CHOP …）若未给出药物，将自动展开为其所含药物。</translation>
    </message>
    <message>
        <source>Usage:
  cellboard-cli --user NAME transplant add CASE --file F [--json]
  cellboard-cli --user NAME transplant correct CASE --id N --file F --reason R [--json]
  cellboard-cli --user NAME transplant void CASE --id N --reason R
  cellboard-cli --user NAME transplant list CASE [--json]
F = {kind: autologous|allogeneic, date, conditioning, donor, gvhd, notes}.</source>
        <translation>用法：
  cellboard-cli --user NAME transplant add CASE --file F [--json]
  cellboard-cli --user NAME transplant correct CASE --id N --file F --reason R [--json]
  cellboard-cli --user NAME transplant void CASE --id N --reason R
  cellboard-cli --user NAME transplant list CASE [--json]
F = {kind: autologous|allogeneic, date, conditioning, donor, gvhd, notes}。</translation>
    </message>
    <message>
        <source>Usage:
  cellboard-cli --user NAME obs add CASE --code C --value V [--comparator &lt;|&lt;=|&gt;|&gt;=]
                --unit U --date D [--source S] [--json]
  cellboard-cli --user NAME obs list CASE [--json]
  cellboard-cli --user NAME obs correct CASE --id N --value V --unit U --date D --reason R [--json]
  cellboard-cli --user NAME obs void CASE --id N --reason R
D is YYYY-MM-DD or an ISO date and time. Values are converted to the canonical unit;
the value and unit as entered are kept.</source>
        <translation>用法：
  cellboard-cli --user NAME obs add CASE --code C --value V [--comparator &lt;|&lt;=|&gt;|&gt;=]
                --unit U --date D [--source S] [--json]
  cellboard-cli --user NAME obs list CASE [--json]
  cellboard-cli --user NAME obs correct CASE --id N --value V --unit U --date D --reason R [--json]
  cellboard-cli --user NAME obs void CASE --id N --reason R
D 为 YYYY-MM-DD 或 ISO 格式的日期时间。数值会换算为标准单位；
同时保留录入时的数值和单位。</translation>
    </message>
    <message>
        <source>Unknown %1 command &quot;%2&quot;.
</source>
        <translation>未知的 %1 命令“%2”。
</translation>
    </message>
    <message>
        <source>Give one case id.
</source>
        <translation>请指定一个病例 ID。
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case id (a positive number).</source>
        <translation>“%1”不是病例号（应为正整数）。</translation>
    </message>
    <message>
        <source>Disease history of case %1 saved.</source>
        <translation>病例 %1 的疾病史已保存。</translation>
    </message>
    <message>
        <source>Give the entry with --id N (a positive number).</source>
        <translation>请用 --id N 指定条目（正整数）。</translation>
    </message>
    <message>
        <source>A %1 needs --reason R.</source>
        <translation>%1 需要提供 --reason R。</translation>
    </message>
    <message>
        <source>  (not current)</source>
        <translation>  （非当前版本）</translation>
    </message>
    <message>
        <source>Entry %1 marked entered in error.</source>
        <translation>条目 %1 已标记为录入错误。</translation>
    </message>
    <message>
        <source>Entry %1 saved.</source>
        <translation>条目 %1 已保存。</translation>
    </message>
    <message>
        <source>Give the observation with --id N (a positive number).</source>
        <translation>请用 --id N 指定观察值（正整数）。</translation>
    </message>
    <message>
        <source>obs add needs --code C (e.g. lvef, ecog, anc).</source>
        <translation>obs add 需要提供 --code C（如 lvef、ecog、anc）。</translation>
    </message>
    <message>
        <source>--value: &quot;%1&quot; is not a number.</source>
        <translation>--value：“%1”不是数字。</translation>
    </message>
    <message>
        <source>Give the date the value was taken with --date D.</source>
        <translation>请用 --date D 指定数值的采集日期。</translation>
    </message>
    <message>
        <source>Observation %1 marked entered in error.</source>
        <translation>观察值 %1 已标记为录入错误。</translation>
    </message>
    <message>
        <source>The patient of case %1 has no observation %2.</source>
        <translation>病例 %1 的患者没有观察值 %2。</translation>
    </message>
    <message>
        <source>Observation %1 saved: %2 %3 %4.</source>
        <translation>观察值 %1 已保存：%2 %3 %4。</translation>
    </message>
</context>
<context>
    <name>cb::cli::RestoreCommand</name>
    <message>
        <source>Restore the SQLite database from a verified backup, keeping the one it replaces</source>
        <translation>从经校验的备份恢复 SQLite 数据库，并保留被替换的数据库</translation>
    </message>
    <message>
        <source>Usage: cellboard-cli [--db URL] restore FILE [--force] [--json]
Checks the backup FILE first (integrity, schema, audit chain and signatures) and refuses one from a newer
CellBoard. A missing or damaged database is replaced at once (a damaged one is kept as
NAME.replaced-TIME.sqlite beside it); a sound one only with --force, and a copy of it is kept the same way.
The restore is recorded in the restored database&apos;s audit trail. PostgreSQL: use pg_restore.
  --force   replace a sound database too</source>
        <translation>用法：cellboard-cli [--db URL] restore FILE [--force] [--json]
先校验备份 FILE（完整性、架构版本、审计链和签名），拒绝来自更新版本
CellBoard 的备份。缺失或已损坏的数据库会立即被替换（损坏的数据库以
NAME.replaced-TIME.sqlite 保留在旁边）；完好的数据库仅在使用 --force 时替换，其副本同样保留。
恢复操作记录在恢复后数据库的审计记录中。PostgreSQL：请使用 pg_restore。
  --force   也替换完好的数据库</translation>
    </message>
    <message>
        <source>Give one backup file: cellboard-cli restore FILE [--force]</source>
        <translation>请给出一个备份文件：cellboard-cli restore FILE [--force]</translation>
    </message>
    <message>
        <source>Database %1 restored from %2 (schema %3, %4 audit entries up to the backup).</source>
        <translation>数据库 %1 已从 %2 恢复（架构版本 %3，截至备份时 %4 条审计记录）。</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>被替换的数据库保留为 %1。</translation>
    </message>
    <message>
        <source>Recorded as audit entry %1, hash %2</source>
        <translation>已记录为第 %1 条审计记录，哈希 %2</translation>
    </message>
</context>
<context>
    <name>cb::cli::SettingCommand</name>
    <message>
        <source>Show or change program settings (quorum disciplines, institution, idle lock …)</source>
        <translation>查看或修改项目设置（法定人数所需专科、机构、空闲锁定…）</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;; known: %2.</source>
        <translation>未知设置项“%1”；已知设置项：%2。</translation>
    </message>
    <message>
        <source>Unknown setting command &quot;%1&quot;.
</source>
        <translation>未知的 setting 命令“%1”。
</translation>
    </message>
    <message>
        <source>Usage:
  cellboard-cli --user NAME setting list [--json]
  cellboard-cli --user ADMIN setting set KEY VALUE
Keys: %1.
review.required_disciplines is a comma-separated list of discipline ids (the review quorum).
meeting.required_for_verdict is true (the chair signs a verdict only in a meeting whose agenda holds the case) or false (a verdict outside a meeting is recorded as such; the default).</source>
        <translation>用法：
  cellboard-cli --user NAME setting list [--json]
  cellboard-cli --user ADMIN setting set KEY VALUE
设置项：%1。
review.required_disciplines 为以逗号分隔的专科标识列表（评审法定人数）。
meeting.required_for_verdict 为 true（会诊主席只能在议程列有该病例的会议中签署会诊结论）或 false（会议之外的会诊结论按此记录；默认值）。</translation>
    </message>
</context>
<context>
    <name>cb::cli::UserCommand</name>
    <message>
        <source>Manage users: add, list, disable, unlock, reset-password</source>
        <translation>管理用户：添加、列出、停用、解锁、重置密码</translation>
    </message>
    <message>
        <source>Usage:
  cellboard-cli --user ADMIN user add NAME --name &quot;Printed Name&quot; --role ROLE [--role ROLE] [--discipline D]
  cellboard-cli --user ADMIN user list [--json]
  cellboard-cli --user ADMIN user disable NAME
  cellboard-cli --user ADMIN user unlock NAME
  cellboard-cli --user ADMIN user reset-password NAME
Roles: administrator, coordinator, specialist, board_chair, viewer.
Standard input: the administrator&apos;s password on the first line; for add and reset-password the
new password on the next line (or none: a random one is generated and printed).
The very first user of an empty database is added without --user and must be an administrator.</source>
        <translation>用法：
  cellboard-cli --user ADMIN user add NAME --name &quot;Printed Name&quot; --role ROLE [--role ROLE] [--discipline D]
  cellboard-cli --user ADMIN user list [--json]
  cellboard-cli --user ADMIN user disable NAME
  cellboard-cli --user ADMIN user unlock NAME
  cellboard-cli --user ADMIN user reset-password NAME
角色：administrator、coordinator、specialist、board_chair、viewer。
标准输入：第一行为管理员密码；add 和 reset-password 的下一行为新密码
（若不提供，则生成并打印一个随机密码）。
空数据库的第一个用户无需 --user 即可添加，且必须是管理员。</translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;.
</source>
        <translation>未知的 user 命令“%1”。
</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码： </translation>
    </message>
    <message>
        <source>Give exactly one username.
</source>
        <translation>请只给出一个用户名。
</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; expected one of: %2.</source>
        <translation>未知角色“%1”；应为以下之一：%2。</translation>
    </message>
    <message>
        <source>Unknown discipline &quot;%1&quot;; expected one of: %2.</source>
        <translation>未知专科“%1”；应为以下之一：%2。</translation>
    </message>
    <message>
        <source>User %1 added (id %2).</source>
        <translation>用户 %1 已添加（编号 %2）。</translation>
    </message>
    <message>
        <source>Temporary password: %1</source>
        <translation>临时密码：%1</translation>
    </message>
    <message>
        <source>The user must choose a new password at the first login.</source>
        <translation>该用户首次登录时必须设置新密码。</translation>
    </message>
    <message>
        <source>Usage: cellboard-cli --user ADMIN user list [--json]</source>
        <translation>用法：cellboard-cli --user ADMIN user list [--json]</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>Usage: cellboard-cli --user ADMIN user %1 NAME</source>
        <translation>用法：cellboard-cli --user ADMIN user %1 NAME</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>用户 %1 已停用。</translation>
    </message>
    <message>
        <source>User %1 unlocked.</source>
        <translation>用户 %1 已解锁。</translation>
    </message>
    <message>
        <source>Password of %1 reset; the user must choose a new one at the next login.</source>
        <translation>%1 的密码已重置；该用户下次登录时必须设置新密码。</translation>
    </message>
</context>
<context>
    <name>cb::core</name>
    <message>
        <source>Yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>Contraindication</source>
        <translation>禁忌证</translation>
    </message>
    <message>
        <source>hypotension requiring %1 vasopressors (vasopressin not counted)</source>
        <translation>低血压，需要 %1 种血管加压药（不计血管加压素）</translation>
    </message>
    <message>
        <source>hypotension requiring vasopressin alone (local convention)</source>
        <translation>低血压，仅需血管加压素（本地惯例）</translation>
    </message>
    <message>
        <source>hypotension requiring one vasopressor (with or without vasopressin)</source>
        <translation>低血压，需要一种血管加压药（伴或不伴血管加压素）</translation>
    </message>
    <message>
        <source>hypotension not requiring vasopressors</source>
        <translation>低血压，无需血管加压药</translation>
    </message>
    <message>
        <source>%1 at %2 L/min (%3)</source>
        <translation>%1，%2 L/min（%3）</translation>
    </message>
    <message>
        <source>high flow, &gt;6 L/min</source>
        <translation>高流量，&gt;6 L/min</translation>
    </message>
    <message>
        <source>low flow, ≤6 L/min</source>
        <translation>低流量，≤6 L/min</translation>
    </message>
    <message>
        <source>No oxygen (room air)</source>
        <translation>未吸氧（室内空气）</translation>
    </message>
    <message>
        <source>Blow-by oxygen</source>
        <translation>吹氧（blow-by）</translation>
    </message>
    <message>
        <source>Nasal cannula</source>
        <translation>鼻导管</translation>
    </message>
    <message>
        <source>High-flow nasal cannula</source>
        <translation>经鼻高流量氧疗</translation>
    </message>
    <message>
        <source>Simple face mask</source>
        <translation>普通面罩</translation>
    </message>
    <message>
        <source>Non-rebreather mask</source>
        <translation>非重复呼吸面罩</translation>
    </message>
    <message>
        <source>Venturi mask</source>
        <translation>文丘里面罩</translation>
    </message>
    <message>
        <source>CPAP</source>
        <translation>CPAP</translation>
    </message>
    <message>
        <source>BiPAP</source>
        <translation>BiPAP</translation>
    </message>
    <message>
        <source>Intubation and mechanical ventilation</source>
        <translation>气管插管及机械通气</translation>
    </message>
    <message>
        <source>Norepinephrine</source>
        <translation>去甲肾上腺素</translation>
    </message>
    <message>
        <source>Epinephrine</source>
        <translation>肾上腺素</translation>
    </message>
    <message>
        <source>Phenylephrine</source>
        <translation>去氧肾上腺素</translation>
    </message>
    <message>
        <source>Dopamine</source>
        <translation>多巴胺</translation>
    </message>
    <message>
        <source>Angiotensin II</source>
        <translation>血管紧张素 II</translation>
    </message>
    <message>
        <source>Vasopressin</source>
        <translation>血管加压素</translation>
    </message>
    <message>
        <source>Dobutamine</source>
        <translation>多巴酚丁胺</translation>
    </message>
    <message>
        <source>Milrinone</source>
        <translation>米力农</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>清醒</translation>
    </message>
    <message>
        <source>Awakens spontaneously</source>
        <translation>可自行觉醒</translation>
    </message>
    <message>
        <source>Awakens to voice</source>
        <translation>呼唤可觉醒</translation>
    </message>
    <message>
        <source>Awakens only to tactile stimulus</source>
        <translation>仅触觉刺激可觉醒</translation>
    </message>
    <message>
        <source>Unarousable, needs vigorous stimuli, stupor or coma</source>
        <translation>不可唤醒，需强烈刺激，昏睡或昏迷</translation>
    </message>
    <message>
        <source>No seizure</source>
        <translation>无癫痫发作</translation>
    </message>
    <message>
        <source>Clinical seizure that resolved rapidly</source>
        <translation>迅速缓解的临床癫痫发作</translation>
    </message>
    <message>
        <source>Nonconvulsive seizure on EEG resolved with intervention</source>
        <translation>EEG 示非惊厥性癫痫发作，经干预缓解</translation>
    </message>
    <message>
        <source>Life-threatening prolonged seizure (&gt;5 min)</source>
        <translation>危及生命的癫痫持续发作（&gt;5 分钟）</translation>
    </message>
    <message>
        <source>Repetitive seizures without return to baseline</source>
        <translation>反复癫痫发作，发作间期未恢复至基线</translation>
    </message>
    <message>
        <source>No motor finding</source>
        <translation>无运动异常</translation>
    </message>
    <message>
        <source>Tremor or myoclonus</source>
        <translation>震颤或肌阵挛</translation>
    </message>
    <message>
        <source>Deep focal motor weakness</source>
        <translation>深部局灶性运动无力</translation>
    </message>
    <message>
        <source>No edema finding</source>
        <translation>无脑水肿表现</translation>
    </message>
    <message>
        <source>Focal/local edema on imaging</source>
        <translation>影像学示局灶性脑水肿</translation>
    </message>
    <message>
        <source>Diffuse cerebral edema on imaging</source>
        <translation>影像学示弥漫性脑水肿</translation>
    </message>
    <message>
        <source>Decerebrate or decorticate posturing</source>
        <translation>去大脑或去皮质强直</translation>
    </message>
    <message>
        <source>Cranial nerve VI palsy</source>
        <translation>第 VI 对脑神经麻痹</translation>
    </message>
    <message>
        <source>Papilledema</source>
        <translation>视乳头水肿</translation>
    </message>
    <message>
        <source>Cushing&apos;s triad</source>
        <translation>库欣三联征</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>unable to perform CAPD</source>
        <translation>无法完成 CAPD</translation>
    </message>
    <message>
        <source>CAPD %1</source>
        <translation>CAPD %1</translation>
    </message>
    <message>
        <source>ICE 0, unarousable and unable to perform ICE</source>
        <translation>ICE 0，不可唤醒且无法完成 ICE</translation>
    </message>
    <message>
        <source>ICE %1/10</source>
        <translation>ICE %1/10</translation>
    </message>
    <message>
        <source>10 is normal</source>
        <translation>10 分为正常</translation>
    </message>
    <message>
        <source>7-9 is grade 1</source>
        <translation>7-9 分为 1 级</translation>
    </message>
    <message>
        <source>3-6 is grade 2</source>
        <translation>3-6 分为 2 级</translation>
    </message>
    <message>
        <source>0-2 is grade 3 when the patient is awake</source>
        <translation>0-2 分且患者清醒时为 3 级</translation>
    </message>
    <message>
        <source>The case is closed; it cannot change state.</source>
        <translation>病例已结案，状态不能再变更。</translation>
    </message>
    <message>
        <source>A case in state &quot;%1&quot; cannot move to &quot;%2&quot;.</source>
        <translation>处于“%1”状态的病例不能转为“%2”。</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Supports with conditions</source>
        <translation>有条件支持</translation>
    </message>
    <message>
        <source>Does not support</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>Needs more information</source>
        <translation>需补充信息</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已转诊</translation>
    </message>
    <message>
        <source>Work-up</source>
        <translation>检查评估</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>专科评审中</translation>
    </message>
    <message>
        <source>Ready for board</source>
        <translation>待会诊</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已出结论</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>治疗</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Opinions and signatures</source>
        <translation>意见与签署</translation>
    </message>
    <message>
        <source>Verdicts and meetings</source>
        <translation>会诊结论与会议</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>治疗路径</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监测</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Patient record and intake</source>
        <translation>患者记录与收录</translation>
    </message>
    <message>
        <source>Case state, views and refusals</source>
        <translation>病例状态、查阅与拒绝</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>适合</translation>
    </message>
    <message>
        <source>Eligible with conditions</source>
        <translation>有条件适合</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不适合</translation>
    </message>
    <message>
        <source>Hematology</source>
        <translation>血液科</translation>
    </message>
    <message>
        <source>Cardiology</source>
        <translation>心内科</translation>
    </message>
    <message>
        <source>Neurology</source>
        <translation>神经内科</translation>
    </message>
    <message>
        <source>Pulmonology</source>
        <translation>呼吸内科</translation>
    </message>
    <message>
        <source>ICU</source>
        <translation>重症医学科</translation>
    </message>
    <message>
        <source>Nursing</source>
        <translation>护理</translation>
    </message>
    <message>
        <source>Infectious disease</source>
        <translation>感染科</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>药学</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>协调员</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>专科医师</translation>
    </message>
    <message>
        <source>Board chair</source>
        <translation>会诊主席</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>查阅者</translation>
    </message>
    <message>
        <source>Multiple myeloma</source>
        <translation>多发性骨髓瘤</translation>
    </message>
    <message>
        <source>Large B-cell lymphoma</source>
        <translation>大B细胞淋巴瘤</translation>
    </message>
    <message>
        <source>Follicular lymphoma</source>
        <translation>滤泡性淋巴瘤</translation>
    </message>
    <message>
        <source>Mantle cell lymphoma</source>
        <translation>套细胞淋巴瘤</translation>
    </message>
    <message>
        <source>Marginal zone lymphoma</source>
        <translation>边缘区淋巴瘤</translation>
    </message>
    <message>
        <source>CLL/SLL</source>
        <translation>慢性淋巴细胞白血病/小淋巴细胞淋巴瘤</translation>
    </message>
    <message>
        <source>B-cell acute lymphoblastic leukemia</source>
        <translation>B细胞急性淋巴细胞白血病</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation>失访</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>转院</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Pre-lymphodepletion go/no-go</source>
        <translation>淋巴细胞清除前决策（是否继续）</translation>
    </message>
    <message>
        <source>Post-infusion review</source>
        <translation>回输后回顾</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>线上线下结合</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应出席</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>%1 details, &quot;%2&quot;: %3</source>
        <translation>%1详情，“%2”：%3</translation>
    </message>
    <message>
        <source>Apheresis</source>
        <translation>单采</translation>
    </message>
    <message>
        <source>Bridging therapy</source>
        <translation>桥接治疗</translation>
    </message>
    <message>
        <source>Product receipt</source>
        <translation>产品接收</translation>
    </message>
    <message>
        <source>Lymphodepletion</source>
        <translation>淋巴细胞清除</translation>
    </message>
    <message>
        <source>Infusion (day 0)</source>
        <translation>回输（第 0 天）</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>出院</translation>
    </message>
    <message>
        <source>MRD not done</source>
        <translation>MRD 未检测</translation>
    </message>
    <message>
        <source>MRD negative</source>
        <translation>MRD 阴性</translation>
    </message>
    <message>
        <source>MRD positive</source>
        <translation>MRD 阳性</translation>
    </message>
    <message>
        <source>sCR — stringent complete response</source>
        <translation>sCR — 严格意义的完全缓解</translation>
    </message>
    <message>
        <source>CR — complete response</source>
        <translation>CR — 完全缓解</translation>
    </message>
    <message>
        <source>VGPR — very good partial response</source>
        <translation>VGPR — 非常好的部分缓解</translation>
    </message>
    <message>
        <source>PR — partial response</source>
        <translation>PR — 部分缓解</translation>
    </message>
    <message>
        <source>MR — minimal response</source>
        <translation>MR — 微小缓解</translation>
    </message>
    <message>
        <source>SD — stable disease</source>
        <translation>SD — 疾病稳定</translation>
    </message>
    <message>
        <source>PD — progressive disease</source>
        <translation>PD — 疾病进展</translation>
    </message>
    <message>
        <source>Not evaluable</source>
        <translation>不可评估</translation>
    </message>
    <message>
        <source>CMR — complete metabolic response</source>
        <translation>CMR — 完全代谢缓解</translation>
    </message>
    <message>
        <source>PMR — partial metabolic response</source>
        <translation>PMR — 部分代谢缓解</translation>
    </message>
    <message>
        <source>NMR — no metabolic response</source>
        <translation>NMR — 无代谢缓解</translation>
    </message>
    <message>
        <source>PMD — progressive metabolic disease</source>
        <translation>PMD — 代谢性疾病进展</translation>
    </message>
    <message>
        <source>CR — marrow blasts &lt;5% with count recovery</source>
        <translation>CR — 骨髓原始细胞 &lt;5% 且血细胞计数恢复</translation>
    </message>
    <message>
        <source>CRi — CR with incomplete count recovery [unverified]</source>
        <translation>CRi — 血细胞计数未完全恢复的 CR [待核实]</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>未缓解</translation>
    </message>
    <message>
        <source>Relapse</source>
        <translation>复发</translation>
    </message>
    <message>
        <source>IMWG 2016 (myeloma) with MRD</source>
        <translation>IMWG 2016（骨髓瘤），含 MRD</translation>
    </message>
    <message>
        <source>Lugano 2014 PET-CT (lymphoma)</source>
        <translation>Lugano 2014 PET-CT（淋巴瘤）</translation>
    </message>
    <message>
        <source>B-ALL: CR/CRi with MRD</source>
        <translation>B-ALL：CR/CRi，含 MRD</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>, bulky</source>
        <translation>，大包块</translation>
    </message>
    <message>
        <source>CNS status unknown</source>
        <translation>中枢神经系统状态未知</translation>
    </message>
    <message>
        <source>Ph status unknown</source>
        <translation>Ph 状态未知</translation>
    </message>
    <message>
        <source>no high-risk marker</source>
        <translation>无高危标志</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1: %2 characters, more than the %3 allowed; shorten the text.</source>
        <translation>%1: %2 个字符，超过允许的 %3 个；请缩短文字。</translation>
    </message>
    <message>
        <source>%1: a control character (U+%2) at position %3; remove it.</source>
        <translation>%1：第 %3 个位置有控制字符（U+%2）；请删除。</translation>
    </message>
    <message>
        <source>%1: a broken character (half of a UTF-16 pair) at position %2; type the text again.</source>
        <translation>%1：第 %2 个位置有残缺字符（半个 UTF-16 代理对）；请重新输入该文本。</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>必填项未填写</translation>
    </message>
    <message>
        <source>%1 is not possible; expected %2 to %3%4</source>
        <translation>%1 不可能；应为 %2 至 %3%4</translation>
    </message>
    <message>
        <source>follow-up details, &quot;%1&quot;: %2</source>
        <translation>随访详情，“%1”：%2</translation>
    </message>
</context>
<context>
    <name>cb::core::AttendanceCheck</name>
    <message>
        <source>Attendance rule met: %1 present.</source>
        <translation>符合出席要求：%1 出席。</translation>
    </message>
    <message>
        <source>Attendance rule not met.</source>
        <translation>不符合出席要求。</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>缺少：%1。</translation>
    </message>
    <message>
        <source>%1 of the %2 other specialties needed are present.</source>
        <translation>所需的 %2 个其他专科中有 %1 个出席。</translation>
    </message>
    <message>
        <source>This blocks the verdict.</source>
        <translation>因此无法作出会诊结论。</translation>
    </message>
    <message>
        <source>Recorded with the verdict.</source>
        <translation>已随会诊结论一并记录。</translation>
    </message>
</context>
<context>
    <name>cb::core::BackupSchedule</name>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>When CellBoard quits</source>
        <translation>CellBoard 退出时</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
</context>
<context>
    <name>cb::core::CorrectionRules</name>
    <message>
        <source>Give the reason for voiding: what was wrong with the record.</source>
        <translation>请填写作废原因：该记录哪里有误。</translation>
    </message>
    <message>
        <source>The %1 was voided on %2; a voided record stays as it is.</source>
        <translation>%1已于 %2 作废；已作废的记录保持原样，不能再修改。</translation>
    </message>
    <message>
        <source>The %1 was already corrected by record %2; void or correct that one instead.</source>
        <translation>%1已由记录 %2 更正；请对该记录进行作废或更正。</translation>
    </message>
    <message numerus="yes">
        <source>%n monitoring assessment(s)</source>
        <translation>
            <numerusform>%n 条监测评估</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up result(s)</source>
        <translation>
            <numerusform>%n 条随访结果</numerusform>
        </translation>
    </message>
    <message>
        <source>The infusion cannot be %1: day 0 dates what was recorded after it (%2). Void the later steps and assessments first; once follow-up results exist, day 0 stays as recorded (add a note to the follow-up visit instead).</source>
        <translation>回输记录不能%1：其后记录的内容以第 0 天计时（%2）。请先作废之后的步骤和评估；一旦已有随访结果，第 0 天保持原记录不变（请改为在随访访视中添加备注）。</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>The %1 cannot be voided: the %2 recorded after it needs it. Void the %2 first, or correct the %1 instead.</source>
        <translation>%1不能作废：其后记录的%2依赖于它。请先作废%2，或改为更正%1。</translation>
    </message>
    <message>
        <source>A correction replaces the %1 with a %1; to record another step, void this one and record the other.</source>
        <translation>更正只能用新的%1替换原%1；如需记录其他步骤，请作废此步骤后另行记录。</translation>
    </message>
    <message>
        <source>moved to another day</source>
        <translation>改到其他日期</translation>
    </message>
</context>
<context>
    <name>cb::core::CrsGrader</name>
    <message>
        <source>Grade 5: death due to CRS.</source>
        <translation>5 级：死于 CRS。</translation>
    </message>
    <message>
        <source>Grade 0: the fever (%1 °C) is attributed to another cause and CRS was not treated before, so ASTCT CRS criteria are not met.</source>
        <translation>0 级：发热（%1 °C）归因于其他原因，且此前未针对 CRS 治疗，故不符合 ASTCT CRS 标准。</translation>
    </message>
    <message>
        <source>Grade 0: no fever (%1 °C, below 38.0 °C) and no prior antipyretic or anticytokine treatment for CRS, so ASTCT CRS criteria are not met.</source>
        <translation>0 级：无发热（%1 °C，低于 38.0 °C），且此前未接受针对 CRS 的退热或抗细胞因子治疗，故不符合 ASTCT CRS 标准。</translation>
    </message>
    <message>
        <source>Grade 0: fever is no longer required after antipyretic/anticytokine treatment, but there is no hypotension or hypoxia: CRS resolving or resolved.</source>
        <translation>0 级：退热或抗细胞因子治疗后不再要求发热，但无低血压或低氧血症：CRS 正在缓解或已缓解。</translation>
    </message>
    <message>
        <source>Grade %1: %2 and %3 (both grade %1).</source>
        <translation>%1 级：%2 和 %3（均为 %1 级）。</translation>
    </message>
    <message>
        <source>Grade %1: driven by %2.</source>
        <translation>%1 级：由%2决定。</translation>
    </message>
    <message>
        <source>Grade %1: driven by hypoxia needing %2.</source>
        <translation>%1 级：由低氧血症决定，需要%2。</translation>
    </message>
    <message>
        <source>Grade 1: fever %1 °C without hypotension or hypoxia.</source>
        <translation>1 级：发热 %1 °C，无低血压或低氧血症。</translation>
    </message>
    <message>
        <source>Fever not required after antipyretic/anticytokine treatment.</source>
        <translation>退热或抗细胞因子治疗后不再要求发热。</translation>
    </message>
</context>
<context>
    <name>cb::core::DecisionAction</name>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>due_date: not a date.</source>
        <translation>due_date: 不是日期。</translation>
    </message>
    <message>
        <source>due_date: %1 is in the past; an action is due today (%2) or later.</source>
        <translation>due_date: %1 已过去；待办事项应在今天（%2）或之后到期。</translation>
    </message>
</context>
<context>
    <name>cb::core::FhirEntries</name>
    <message>
        <source>an empty value</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a FHIR date (YYYY, YYYY-MM, YYYY-MM-DD or a date-time with its zone)</source>
        <translation>“%1”不是 FHIR 日期（YYYY、YYYY-MM、YYYY-MM-DD 或带时区的日期时间）</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>不是 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>a FHIR resource is a JSON object</source>
        <translation>FHIR 资源应为 JSON 对象</translation>
    </message>
    <message>
        <source>a referral comes as a FHIR Bundle</source>
        <translation>转诊应为 FHIR Bundle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bundle type CellBoard reads (collection, document, transaction, batch, searchset, message)</source>
        <translation>“%1”不是 CellBoard 可读取的数据包类型（collection、document、transaction、batch、searchset、message）</translation>
    </message>
    <message>
        <source>the bundle has no entries</source>
        <translation>数据包没有条目</translation>
    </message>
    <message>
        <source>an entry holds its resource as an object</source>
        <translation>条目应以对象形式包含其资源</translation>
    </message>
    <message>
        <source>the resource has no type</source>
        <translation>资源没有类型</translation>
    </message>
    <message>
        <source>%1 is in the bundle twice</source>
        <translation>%1 在数据包中出现两次</translation>
    </message>
    <message>
        <source>a second Patient: a referral is about one patient</source>
        <translation>第二个 Patient：一个转诊只涉及一位患者</translation>
    </message>
    <message>
        <source>no Patient: a referral needs its patient</source>
        <translation>没有 Patient：转诊需要其患者</translation>
    </message>
    <message>
        <source>missing; a %1 needs it</source>
        <translation>缺失；%1 需要此项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of FHIR&apos;s codes (%2)</source>
        <translation>“%1”不是 FHIR 的代码之一（%2）</translation>
    </message>
    <message>
        <source>the patient has no identifier; CellBoard needs at least one</source>
        <translation>患者没有标识符；CellBoard 至少需要一个</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>missing: an identifier is matched on its system (authority), type and value</source>
        <translation>缺失：标识符按其系统（机构）、类型和值匹配</translation>
    </message>
    <message>
        <source>missing; it names the patient the %1 is about</source>
        <translation>缺失；它指明该 %1 所属的患者</translation>
    </message>
    <message>
        <source>%1 is not the bundle&apos;s Patient</source>
        <translation>%1 不是数据包中的 Patient</translation>
    </message>
    <message>
        <source>a quantity needs its number</source>
        <translation>数量需要数值</translation>
    </message>
    <message>
        <source>not one of &lt;, &lt;=, &gt;=, &gt;</source>
        <translation>不是 &lt;、&lt;=、&gt;=、&gt; 之一</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>missing; it names the drug</source>
        <translation>缺失；它指明药物</translation>
    </message>
</context>
<context>
    <name>cb::core::FhirReader</name>
    <message>
        <source>Not imported (CellBoard does not read them): %1.</source>
        <translation>未导入（CellBoard 不读取）：%1。</translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>诊断：%1</translation>
    </message>
    <message>
        <source>The disease &quot;%1&quot; is not one of CellBoard&apos;s indications: recorded as &quot;other&quot;, named in the subtype.</source>
        <translation>疾病“%1”不是 CellBoard 的适应证之一：记为“其他”，并在亚型中注明。</translation>
    </message>
    <message>
        <source>%1 is %2: not imported.</source>
        <translation>%1 为 %2：未导入。</translation>
    </message>
    <message>
        <source>%1: %2; kept as text.</source>
        <translation>%1：%2；以文本保留。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an observation CellBoard codes</source>
        <translation>“%1”不是 CellBoard 编码的观察指标</translation>
    </message>
    <message>
        <source>the unit &quot;%1&quot; is not one %2 accepts</source>
        <translation>单位“%1”不是 %2 接受的单位</translation>
    </message>
    <message>
        <source>%1 has no number</source>
        <translation>%1 没有数值</translation>
    </message>
    <message>
        <source>%1 has no day it was measured</source>
        <translation>%1 没有测量日期</translation>
    </message>
</context>
<context>
    <name>cb::core::FhirTherapyReader</name>
    <message>
        <source>%1 is %2: not imported.</source>
        <translation>%1 为 %2：未导入。</translation>
    </message>
    <message>
        <source>Medication: %1 (no start date)</source>
        <translation>药物：%1（无开始日期）</translation>
    </message>
    <message>
        <source>%1 has no start date: kept as text.</source>
        <translation>%1 没有开始日期：以文本保留。</translation>
    </message>
    <message>
        <source>%1: drug %2 is not in the drug vocabulary; kept in the regimen&apos;s words.</source>
        <translation>%1：药物 %2 不在药物词表中；按方案原文保留。</translation>
    </message>
    <message>
        <source>Procedure: %1%2</source>
        <translation>操作：%1%2</translation>
    </message>
    <message>
        <source>%1: a CAR-T infusion; kept as text (record a prior CAR-T as a therapy line).</source>
        <translation>%1：CAR-T 输注；以文本保留（既往 CAR-T 请记为一条治疗线）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a transplant CellBoard records; kept as text.</source>
        <translation>%1：“%2”不是 CellBoard 记录的移植类型；以文本保留。</translation>
    </message>
</context>
<context>
    <name>cb::core::FollowUpDetails</name>
    <message>
        <source>unknown field; expected one of %1</source>
        <translation>未知字段；应为以下之一：%1</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>应为文字</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为是或否</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; expected a number 0-%2</source>
        <translation>“%1”不是数字；应为 0-%2 之间的数字</translation>
    </message>
    <message>
        <source>expected a number 0-%1</source>
        <translation>应为 0-%1 之间的数字</translation>
    </message>
    <message>
        <source>say which malignancy was found</source>
        <translation>请说明发现了哪种恶性肿瘤</translation>
    </message>
</context>
<context>
    <name>cb::core::FollowUpSchedule</name>
    <message>
        <source>Write the follow-up schedule as days after infusion, then options, e.g. &quot;28,90,180,365;yearly_to=15;window=14&quot;.</source>
        <translation>请按回输后天数填写随访计划，其后为选项，例如 &quot;28,90,180,365;yearly_to=15;window=14&quot;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day after infusion (1 or more). </source>
        <translation>“%1”不是有效的回输后天数（应 ≥1）。</translation>
    </message>
    <message>
        <source>The visit days must increase (%1 after %2). </source>
        <translation>访视天数必须递增（%1 在 %2 之后）。</translation>
    </message>
    <message>
        <source>Unknown or out-of-range option &quot;%1&quot; (yearly_to 0-%2, window 0-%3 days). </source>
        <translation>未知或超出范围的选项“%1”（yearly_to 0-%2，window 0-%3 天）。</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>第 %1 天</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>第 %1 年</translation>
    </message>
    <message>
        <source>days %1 after the infusion</source>
        <translation>回输后第 %1 天</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>, then yearly to year %1</source>
        <translation>，之后每年一次至第 %1 年</translation>
    </message>
    <message numerus="yes">
        <source>; each visit within ±%n day(s)</source>
        <translation>
            <numerusform>；每次随访允许 ±%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::core::GradingOptionsJson</name>
    <message>
        <source>The grading conventions must be one JSON object, e.g. {&quot;vasopressin_alone_grade&quot;: 3, &quot;inotropes_count_as_vasopressors&quot;: false}.</source>
        <translation>分级约定必须是一个 JSON 对象，例如 {&quot;vasopressin_alone_grade&quot;: 3, &quot;inotropes_count_as_vasopressors&quot;: false}。</translation>
    </message>
    <message>
        <source>%1: give 2 or 3 (the CRS grade when vasopressin is the only vasopressor; SPEC default 3).</source>
        <translation>%1：请填写 2 或 3（仅使用血管加压素时的 CRS 分级；规范默认值为 3）。</translation>
    </message>
    <message>
        <source>%1: give true or false (SPEC default false).</source>
        <translation>%1：请填写 true 或 false（规范默认值为 false）。</translation>
    </message>
    <message>
        <source>%1: give an object of cut-offs, each &quot;higher_risk&quot; or &quot;lower_risk&quot;.</source>
        <translation>%1：请提供由各临界值组成的对象，每项为 &quot;higher_risk&quot; 或 &quot;lower_risk&quot;。</translation>
    </message>
    <message>
        <source>%1.%2: unknown cut-off; expected one of %3.</source>
        <translation>%1.%2：未知的临界值；应为以下之一：%3。</translation>
    </message>
    <message>
        <source>%1.%2: give &quot;higher_risk&quot; or &quot;lower_risk&quot;.</source>
        <translation>%1.%2：请填写 &quot;higher_risk&quot; 或 &quot;lower_risk&quot;。</translation>
    </message>
    <message>
        <source>%1: unknown grading convention; expected %2, %3 or %4.</source>
        <translation>%1：未知的分级约定；应为 %2、%3 或 %4。</translation>
    </message>
</context>
<context>
    <name>cb::core::HematotoxScorer</name>
    <message>
        <source>Score %1 = %2 (0-1 low, ≥2 high): platelets %3 ×10⁹/L → %4, ANC %5/µL → %6, Hb %7 g/dL → %8, CRP %9 mg/dL → %10, ferritin %11 ng/mL → %12.</source>
        <translation>评分 %1 = %2（0-1 低风险，≥2 高风险）：血小板 %3 ×10⁹/L → %4，ANC %5/µL → %6，Hb %7 g/dL → %8，CRP %9 mg/dL → %10，铁蛋白 %11 ng/mL → %12。</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>低风险</translation>
    </message>
</context>
<context>
    <name>cb::core::Hl7CodeMap</name>
    <message>
        <source>hl7_codes.json is not a JSON object: %1</source>
        <translation>hl7_codes.json 不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>hl7_codes.json, local_codes[%1]: a code and an observation code of observations.json are needed.</source>
        <translation>hl7_codes.json，local_codes[%1]：需要代码和 observations.json 中的观察项代码。</translation>
    </message>
</context>
<context>
    <name>cb::core::Hl7FacilityZones</name>
    <message>
        <source>The facility time zones are a JSON object, e.g. {&quot;HOSPA&quot;: &quot;Asia/Shanghai&quot;}.</source>
        <translation>机构时区须为 JSON 对象，例如 {&quot;HOSPA&quot;: &quot;Asia/Shanghai&quot;}。</translation>
    </message>
    <message>
        <source>A facility time zone needs the facility&apos;s name (MSH-4).</source>
        <translation>机构时区需要机构名称（MSH-4）。</translation>
    </message>
    <message>
        <source>The time zone of facility %1 is not a text such as &quot;Asia/Shanghai&quot;.</source>
        <translation>机构 %1 的时区不是“Asia/Shanghai”这样的文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (facility %2) is not a time zone this system knows (an IANA name such as Asia/Shanghai).</source>
        <translation>“%1”（机构 %2）不是本系统已知的时区（应为 IANA 名称，如 Asia/Shanghai）。</translation>
    </message>
</context>
<context>
    <name>cb::core::Hl7LabReader</name>
    <message>
        <source>the result has no value (status %1).</source>
        <translation>结果没有值（状态 %1）。</translation>
    </message>
    <message>
        <source>a result with a value needs its value type.</source>
        <translation>有值的结果需要值类型。</translation>
    </message>
    <message>
        <source>value type &quot;%1&quot; is not read (NM, SN, ST, TX, FT, CWE).</source>
        <translation>不读取值类型“%1”（NM、SN、ST、TX、FT、CWE）。</translation>
    </message>
    <message>
        <source>a %1 result repeats its value.</source>
        <translation>%1 结果的值重复出现。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (value type NM).</source>
        <translation>“%1”不是数字（值类型 NM）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a comparator (&lt;, &lt;=, &gt;, &gt;=, =, &lt;&gt;).</source>
        <translation>“%1”不是比较符（&lt;、&lt;=、&gt;、&gt;=、=、&lt;&gt;）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a separator of a range or ratio (-, +, /, ., :).</source>
        <translation>“%1”不是范围或比值的分隔符（-、+、/、.、:）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (value type SN).</source>
        <translation>“%1”不是数字（值类型 SN）。</translation>
    </message>
    <message>
        <source>a second number needs a separator (value type SN).</source>
        <translation>第二个数字需要分隔符（值类型 SN）。</translation>
    </message>
    <message>
        <source>a coded result has neither a code nor a text.</source>
        <translation>编码结果既无代码也无文本。</translation>
    </message>
    <message>
        <source>the message is %1, not a lab result (ORU^R01).</source>
        <translation>该消息为 %1，不是检验结果（ORU^R01）。</translation>
    </message>
    <message>
        <source>the message has no control id.</source>
        <translation>该消息没有控制号。</translation>
    </message>
    <message>
        <source>the control id is longer than 199 characters.</source>
        <translation>控制号超过 199 个字符。</translation>
    </message>
    <message>
        <source>version &quot;%1&quot; is not HL7 v2.</source>
        <translation>版本“%1”不是 HL7 v2。</translation>
    </message>
    <message>
        <source>a second patient in one message; send one patient per message.</source>
        <translation>一条消息中出现第二位患者；请每条消息只含一位患者。</translation>
    </message>
    <message>
        <source>the patient has no identifier.</source>
        <translation>患者没有标识符。</translation>
    </message>
    <message>
        <source>an order before the patient (PID).</source>
        <translation>医嘱出现在患者（PID）之前。</translation>
    </message>
    <message>
        <source>the order has neither a filler (OBR-3) nor a placer (OBR-2) number.</source>
        <translation>医嘱既无执行方（OBR-3）也无申请方（OBR-2）编号。</translation>
    </message>
    <message>
        <source>a result before any order (OBR).</source>
        <translation>结果出现在任何医嘱（OBR）之前。</translation>
    </message>
    <message>
        <source>the result has no code.</source>
        <translation>结果没有代码。</translation>
    </message>
    <message>
        <source>the result has no status.</source>
        <translation>结果没有状态。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a result status (F, C, A, P, D, W, X …).</source>
        <translation>“%1”不是结果状态（F、C、A、P、D、W、X …）。</translation>
    </message>
    <message>
        <source>the message has no patient (PID).</source>
        <translation>该消息没有患者（PID）。</translation>
    </message>
    <message>
        <source>the message has no result (OBX).</source>
        <translation>该消息没有结果（OBX）。</translation>
    </message>
</context>
<context>
    <name>cb::core::Hl7Parser</name>
    <message>
        <source>The message does not start with an MSH segment.</source>
        <translation>该消息不是以 MSH 段开头。</translation>
    </message>
    <message>
        <source>MSH (segment 1), MSH-2: the header is too short to hold the delimiters.</source>
        <translation>MSH（第 1 段），MSH-2：消息头太短，无法包含分隔符。</translation>
    </message>
    <message>
        <source>MSH (segment 1), MSH-2: the encoding characters &quot;%1&quot; are not four characters (component, repetition, escape, subcomponent).</source>
        <translation>MSH（第 1 段），MSH-2：编码字符“%1”不是四个字符（组件、重复、转义、子组件）。</translation>
    </message>
    <message>
        <source>MSH (segment 1), MSH-1/MSH-2: &quot;%1&quot; cannot be a delimiter.</source>
        <translation>MSH（第 1 段），MSH-1/MSH-2：“%1”不能作为分隔符。</translation>
    </message>
    <message>
        <source>MSH (segment 1), MSH-1/MSH-2: the delimiter &quot;%1&quot; is given twice.</source>
        <translation>MSH（第 1 段），MSH-1/MSH-2：分隔符“%1”重复出现。</translation>
    </message>
    <message>
        <source>Segment %1: &quot;%2&quot; is not a segment id followed by the field separator.</source>
        <translation>第 %1 段：“%2”不是后跟字段分隔符的段标识。</translation>
    </message>
    <message>
        <source>Segment %1: a second MSH segment in one message.</source>
        <translation>第 %1 段：一条消息中出现第二个 MSH 段。</translation>
    </message>
    <message>
        <source>%1 (segment %2), %3: %4</source>
        <translation>%1（第 %2 段），%3：%4</translation>
    </message>
</context>
<context>
    <name>cb::core::Hl7Time</name>
    <message>
        <source>&quot;%1&quot; is not an HL7 date and time (YYYYMMDDHHMMSS with an optional +/-ZZZZ offset).</source>
        <translation>“%1”不是 HL7 日期时间（YYYYMMDDHHMMSS，可带 +/-ZZZZ 偏移）。</translation>
    </message>
    <message>
        <source>%1 has no time zone offset, and the sending facility&apos;s time zone is not known.</source>
        <translation>%1 没有时区偏移，且发送机构的时区未知。</translation>
    </message>
    <message>
        <source>%1 does not give the day.</source>
        <translation>%1 没有给出日。</translation>
    </message>
    <message>
        <source>The time</source>
        <translation>该时间</translation>
    </message>
</context>
<context>
    <name>cb::core::IcansGrader</name>
    <message>
        <source>The imaging finding is intracranial hemorrhage, which is excluded from ICANS (grade it with CTCAE).</source>
        <translation>影像学表现为颅内出血，不属于 ICANS（请按 CTCAE 分级）。</translation>
    </message>
    <message>
        <source>Tremor and myoclonus do not count towards ICANS.</source>
        <translation>震颤和肌阵挛不计入 ICANS。</translation>
    </message>
    <message>
        <source>CAPD replaces ICE at age 12 and under.</source>
        <translation>12 岁及以下以 CAPD 代替 ICE。</translation>
    </message>
    <message>
        <source>Grade 5: death due to ICANS.</source>
        <translation>5 级：死于 ICANS。</translation>
    </message>
    <message>
        <source>consciousness: %1</source>
        <translation>意识水平：%1</translation>
    </message>
    <message>
        <source>seizure: %1</source>
        <translation>癫痫发作：%1</translation>
    </message>
    <message>
        <source>motor: %1</source>
        <translation>运动表现：%1</translation>
    </message>
    <message>
        <source>edema: %1</source>
        <translation>脑水肿：%1</translation>
    </message>
    <message>
        <source>Grade %1: driven by %2.</source>
        <translation>%1 级：由%2决定。</translation>
    </message>
    <message>
        <source>Grade 0: no ICANS domain is affected.</source>
        <translation>0 级：无 ICANS 领域受累。</translation>
    </message>
</context>
<context>
    <name>cb::core::IceScorer</name>
    <message>
        <source>ICE 0: the patient is unarousable and unable to perform ICE, ICE domain grade 4.</source>
        <translation>ICE 0：患者不可唤醒，无法完成 ICE，ICE 领域分级 4 级。</translation>
    </message>
    <message>
        <source>ICE %1/10 (orientation %2/4, naming %3/3, commands %4/1, writing %5/1, attention %6/1): %7, ICE domain grade %8.</source>
        <translation>ICE %1/10（定向力 %2/4，命名 %3/3，执行指令 %4/1，书写 %5/1，注意力 %6/1）：%7，ICE 领域分级 %8 级。</translation>
    </message>
</context>
<context>
    <name>cb::core::IntakeRules</name>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation>%1：“%2”不是 %3 之一。</translation>
    </message>
    <message>
        <source>%1 %2 is in the future.</source>
        <translation>%1 %2 晚于当前日期。</translation>
    </message>
    <message>
        <source>An identifier needs its authority (who issued it, e.g. the hospital).</source>
        <translation>标识符需要填写发证机构（签发方，如医院）。</translation>
    </message>
    <message>
        <source>An identifier needs its type (MR for a record number, NH for a national one …).</source>
        <translation>标识符需要填写类型（MR 表示病案号，NH 表示国家健康编号 …）。</translation>
    </message>
    <message>
        <source>An identifier needs its value.</source>
        <translation>标识符需要填写值。</translation>
    </message>
    <message>
        <source>Identifier %1 is too long (64 characters at most).</source>
        <translation>标识符 %1 过长（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>A patient needs at least one identifier (authority, type and value).</source>
        <translation>患者至少需要一个标识符（发证机构、类型和值）。</translation>
    </message>
    <message>
        <source>Identifier %1 is given twice.</source>
        <translation>标识符 %1 重复填写。</translation>
    </message>
    <message>
        <source>A patient needs a name (family name, given name or Chinese name).</source>
        <translation>患者需要填写姓名（姓、名或中文姓名）。</translation>
    </message>
    <message>
        <source>A name is too long (100 characters at most).</source>
        <translation>姓名过长（最多 100 个字符）。</translation>
    </message>
    <message>
        <source>A patient needs a birth date, at least the year.</source>
        <translation>患者需要填写出生日期，至少填写年份。</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Birth date %1 is more than 120 years ago.</source>
        <translation>出生日期 %1 距今超过 120 年。</translation>
    </message>
    <message>
        <source>An indication &quot;other&quot; needs the disease named in the subtype.</source>
        <translation>适应证为“其他”（other）时，需在亚型中注明具体疾病。</translation>
    </message>
    <message>
        <source>A referral needs its date.</source>
        <translation>转诊需要填写日期。</translation>
    </message>
    <message>
        <source>Referral date %1 is in the future.</source>
        <translation>转诊日期 %1 晚于当前日期。</translation>
    </message>
    <message>
        <source>The birth date is after the referral date.</source>
        <translation>出生日期晚于转诊日期。</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>A referral needs the referring clinician.</source>
        <translation>转诊需要填写转诊医生。</translation>
    </message>
    <message>
        <source>A referral field is too long (200 characters at most).</source>
        <translation>转诊字段过长（最多 200 个字符）。</translation>
    </message>
    <message>
        <source>The referrer&apos;s question is too long (4000 characters at most).</source>
        <translation>转诊医生的问题过长（最多 4000 个字符）。</translation>
    </message>
    <message>
        <source>Diagnosis date</source>
        <translation>诊断日期</translation>
    </message>
    <message>
        <source>Target antigen date</source>
        <translation>靶抗原检测日期</translation>
    </message>
    <message>
        <source>Extramedullary disease</source>
        <translation>髓外病变</translation>
    </message>
    <message>
        <source>CNS involvement</source>
        <translation>中枢神经系统受累</translation>
    </message>
    <message>
        <source>Bulky disease</source>
        <translation>大包块</translation>
    </message>
    <message>
        <source>CNS status</source>
        <translation>中枢神经系统状态</translation>
    </message>
    <message>
        <source>Ph status</source>
        <translation>Ph 状态</translation>
    </message>
    <message>
        <source>Target antigen</source>
        <translation>靶抗原</translation>
    </message>
    <message>
        <source>Target antigen status</source>
        <translation>靶抗原状态</translation>
    </message>
    <message>
        <source>Cytogenetics</source>
        <translation>细胞遗传学</translation>
    </message>
    <message>
        <source>A history field is too long (1000 characters at most).</source>
        <translation>疾病史字段过长（最多 1000 个字符）。</translation>
    </message>
    <message>
        <source>The cytogenetics note is too long (2000 characters at most).</source>
        <translation>细胞遗传学备注过长（最多 2000 个字符）。</translation>
    </message>
    <message>
        <source>Line number %1 is not between 1 and 30.</source>
        <translation>治疗线序号 %1 不在 1 到 30 之间。</translation>
    </message>
    <message>
        <source>A therapy line needs its regimen or its drugs.</source>
        <translation>治疗线需要填写方案或药物。</translation>
    </message>
    <message>
        <source>The regimen is too long (300 characters at most).</source>
        <translation>方案过长（最多 300 个字符）。</translation>
    </message>
    <message>
        <source>A drug of the line has no name.</source>
        <translation>该治疗线中有药物未填写名称。</translation>
    </message>
    <message>
        <source>Drug %1 needs its class.</source>
        <translation>药物 %1 需要填写药物类别。</translation>
    </message>
    <message>
        <source>A therapy line needs its start date, at least the year.</source>
        <translation>治疗线需要填写开始日期，至少填写年份。</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Stop date</source>
        <translation>停止日期</translation>
    </message>
    <message>
        <source>Progression date</source>
        <translation>进展日期</translation>
    </message>
    <message>
        <source>Stop date %1 is before start date %2.</source>
        <translation>停止日期 %1 早于开始日期 %2。</translation>
    </message>
    <message>
        <source>A line still being received has no stop date.</source>
        <translation>仍在接受的治疗线不应有停止日期。</translation>
    </message>
    <message>
        <source>Reason stopped</source>
        <translation>停药原因</translation>
    </message>
    <message>
        <source>Response scheme</source>
        <translation>疗效评估标准</translation>
    </message>
    <message>
        <source>Best response</source>
        <translation>最佳疗效</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>治疗目的</translation>
    </message>
    <message>
        <source>A transplant is autologous or allogeneic (kind).</source>
        <translation>移植类型（kind）须为自体或异基因。</translation>
    </message>
    <message>
        <source>A transplant needs its date, at least the year.</source>
        <translation>移植需要填写日期，至少填写年份。</translation>
    </message>
    <message>
        <source>Transplant date</source>
        <translation>移植日期</translation>
    </message>
    <message>
        <source>Donor and GVHD are recorded for allogeneic transplants only.</source>
        <translation>仅异基因移植记录供者和移植物抗宿主病 (GVHD)。</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>供者</translation>
    </message>
    <message>
        <source>A transplant field is too long.</source>
        <translation>移植字段过长。</translation>
    </message>
</context>
<context>
    <name>cb::core::ObservationCatalog</name>
    <message>
        <source>Unknown observation code &quot;%1&quot;.</source>
        <translation>未知的观察项目代码“%1”。</translation>
    </message>
    <message>
        <source>%1: the value is not a number.</source>
        <translation>%1：该值不是数字。</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>无单位</translation>
    </message>
    <message>
        <source>%1: unknown unit &quot;%2&quot;; accepted: %3.</source>
        <translation>%1：未知单位“%2”；可接受的单位：%3。</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2.</source>
        <translation>%1 必须为整数，不能为 %2。</translation>
    </message>
    <message>
        <source>%1 must be a multiple of %2, not %3.</source>
        <translation>%1 必须为 %2 的倍数，不能为 %3。</translation>
    </message>
    <message>
        <source>%1 %2 (%3) is outside the plausible range %4.</source>
        <translation>%1 %2（%3）超出合理范围 %4。</translation>
    </message>
    <message>
        <source>%1 %2 is outside the plausible range %3.</source>
        <translation>%1 %2 超出合理范围 %3。</translation>
    </message>
</context>
<context>
    <name>cb::core::PathwayDetails</name>
    <message>
        <source>CAR-HEMATOTOX high risk (score %1): consider G-CSF from day +2 (5 µg/kg/day) and antibacterial prophylaxis (e.g. levofloxacin) once ANC is below 500/µL (EHA/EBMT 2023).</source>
        <translation>CAR-HEMATOTOX 高风险（评分 %1）：考虑自第 +2 天起使用 G-CSF（5 µg/kg/d），并在 ANC 低于 500/µL 时给予抗菌预防（如左氧氟沙星）（EHA/EBMT 2023）。</translation>
    </message>
    <message>
        <source>unknown field; expected one of %1</source>
        <translation>未知字段；应为以下之一：%1</translation>
    </message>
    <message>
        <source>required (%1)</source>
        <translation>必填（%1）</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>必须为%1</translation>
    </message>
    <message>
        <source>%1 is outside %2-%3</source>
        <translation>%1 超出 %2-%3 范围</translation>
    </message>
    <message>
        <source>%1 is before the start date %2</source>
        <translation>%1 早于开始日期 %2</translation>
    </message>
    <message>
        <source>CAR-HEMATOTOX uses the labs taken before lymphodepletion; %1 is after its start %2</source>
        <translation>CAR-HEMATOTOX 应使用淋巴细胞清除前的检验结果；%1 晚于其开始日期 %2</translation>
    </message>
    <message>
        <source>lymphodepletion details, &quot;hematotox.%1&quot;</source>
        <translation>淋巴细胞清除详情，“hematotox.%1”</translation>
    </message>
</context>
<context>
    <name>cb::core::PathwayRules</name>
    <message>
        <source>Give the date of the %1 (YYYY-MM-DD).</source>
        <translation>请提供%1日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The %1 date %2 is in the future; record a step once it has happened.</source>
        <translation>%1日期 %2 尚未到来；请在该步骤实际发生后再记录。</translation>
    </message>
    <message>
        <source>The %1 ends on %2, before it starts on %3.</source>
        <translation>%1结束于 %2，早于其开始日期 %3。</translation>
    </message>
    <message>
        <source>The %1 end date %2 is in the future.</source>
        <translation>%1结束日期 %2 尚未到来。</translation>
    </message>
    <message>
        <source>The %1 date %2 is before the referral on %3.</source>
        <translation>%1日期 %2 早于转诊日期 %3。</translation>
    </message>
    <message>
        <source>The %1 is already recorded (%2); a case has one.</source>
        <translation>%1已记录（%2）；每个病例仅有一次。</translation>
    </message>
    <message>
        <source>Record the %1 before the %2.</source>
        <translation>请先记录%1，再记录%2。</translation>
    </message>
    <message>
        <source>The infusion was on %1: no %2 can follow it.</source>
        <translation>回输已于 %1 完成：其后不能再有%2。</translation>
    </message>
    <message>
        <source>The %1 cannot start on %2: the %3 before it ends on %4.</source>
        <translation>%1不能于 %2 开始：其前的%3于 %4 才结束。</translation>
    </message>
    <message>
        <source>The %1 cannot end on %2: the %3 after it is on %4.</source>
        <translation>%1不能于 %2 结束：其后的%3在 %4。</translation>
    </message>
    <message>
        <source>A repeat lymphodepletion starts after the previous one ends (%1).</source>
        <translation>再次淋巴细胞清除须在上一次结束（%1）之后开始。</translation>
    </message>
    <message>
        <source>Lymphodepletion over %1 day(s); the product data say %2 day(s) for %3.</source>
        <translation>淋巴细胞清除共 %1 天；根据产品资料，%3 应为 %2 天。</translation>
    </message>
    <message>
        <source>Infusion on %1 is %2 day(s) after the last lymphodepletion day (%3); %4 is infused %5-%6 days after it.</source>
        <translation>%1 回输距末次淋巴细胞清除日（%3）%2 天；%4 应在其后 %5-%6 天回输。</translation>
    </message>
    <message>
        <source>Infusion on %1 is %2 days after lymphodepletion, beyond the %3-day window of %4: record a repeat lymphodepletion first.</source>
        <translation>%1 回输距淋巴细胞清除 %2 天，超出 %4 的 %3 天窗口期：请先记录再次淋巴细胞清除。</translation>
    </message>
    <message>
        <source>Infusion %1 days after lymphodepletion, later than the %2-%3 days of the product data for %4.</source>
        <translation>回输在淋巴细胞清除后 %1 天，晚于 %4 产品资料规定的 %2-%3 天。</translation>
    </message>
</context>
<context>
    <name>cb::core::PermissionPolicy</name>
    <message>
        <source>Your account has no clinical role, so it cannot open patient data.</source>
        <translation>您的账户没有临床角色，不能打开患者数据。</translation>
    </message>
    <message>
        <source>Only a coordinator or the board chair can do this.</source>
        <translation>只有协调员或会诊主席可以执行此操作。</translation>
    </message>
    <message>
        <source>Name the discipline: only its specialists record or sign its opinion.</source>
        <translation>请指明专科：只有该专科的专科医师可以记录或签署其意见。</translation>
    </message>
    <message>
        <source>Only a specialist of %1 can record or sign the %1 opinion.</source>
        <translation>只有%1专科医师可以记录或签署%1意见。</translation>
    </message>
    <message>
        <source>Only a board chair can record or sign the board&apos;s verdict.</source>
        <translation>只有会诊主席可以记录或签署会诊结论。</translation>
    </message>
    <message>
        <source>Only an administrator can do this.</source>
        <translation>只有管理员可以执行此操作。</translation>
    </message>
    <message>
        <source>Not permitted.</source>
        <translation>无权执行此操作。</translation>
    </message>
    <message>
        <source>Only a coordinator or a clinician (specialist or board chair) can record treatment and follow-up data.</source>
        <translation>仅协调员或临床医生（专科医生或会诊主席）可记录治疗和随访数据。</translation>
    </message>
    <message>
        <source>Only an administrator, or a coordinator with an administrator&apos;s approval, can merge patient records.</source>
        <translation>只有管理员，或经管理员批准的协调员，才能合并患者记录。</translation>
    </message>
    <message>
        <source>A coordinator merges patient records with an administrator&apos;s approval: name the approving administrator and have them enter their password.</source>
        <translation>协调员合并患者记录须经管理员批准：请指定批准的管理员，并由其输入本人密码。</translation>
    </message>
    <message>
        <source>The approval of a merge comes from another person, an administrator.</source>
        <translation>合并须由另一人（管理员）批准。</translation>
    </message>
    <message>
        <source>%1 is not an administrator, so cannot approve a merge of patient records.</source>
        <translation>%1 不是管理员，不能批准合并患者记录。</translation>
    </message>
</context>
<context>
    <name>cb::core::Refractoriness</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 天</translation>
    </message>
    <message>
        <source>Best response %1: no response on therapy, refractory by the IMWG definition.</source>
        <translation>最佳疗效 %1：治疗期间无效，按 IMWG 定义为难治。</translation>
    </message>
    <message>
        <source>No progression date on this line: refractoriness cannot be proposed; record it by hand.</source>
        <translation>该线治疗无疾病进展日期：无法建议是否难治；请手动记录。</translation>
    </message>
    <message>
        <source>The progression date is before the line started: check the dates.</source>
        <translation>疾病进展日期早于该线治疗开始日期：请核对日期。</translation>
    </message>
    <message>
        <source>Progression while still receiving this line: refractory (IMWG).</source>
        <translation>仍在接受该线治疗时疾病进展：难治（IMWG）。</translation>
    </message>
    <message>
        <source>No stop date (last dose) on this line: the 60-day rule cannot be applied.</source>
        <translation>该线治疗无停药日期（末次给药）：无法应用 60 天规则。</translation>
    </message>
    <message>
        <source>Progression before the last dose, on therapy: refractory (IMWG).</source>
        <translation>末次给药前、治疗期间疾病进展：难治（IMWG）。</translation>
    </message>
    <message>
        <source>Progression %1 after the last dose, within 60 days: refractory (IMWG).</source>
        <translation>末次给药后 %1 疾病进展，在 60 天内：难治（IMWG）。</translation>
    </message>
    <message>
        <source>Progression %1 after the last dose, more than 60 days: not refractory (IMWG).</source>
        <translation>末次给药后 %1 疾病进展，超过 60 天：非难治（IMWG）。</translation>
    </message>
    <message>
        <source>Progression %1 after the last dose as the partial dates allow: within 60 days for some days and not for others. Enter the dates to the day, or decide by hand.</source>
        <translation>按不完整日期推算，末次给药后 %1 疾病进展：部分日期在 60 天内，部分不在。请将日期填写到日，或手动判断。</translation>
    </message>
</context>
<context>
    <name>cb::core::VerdictMeeting</name>
    <message>
        <source>Recorded when the chair signs the verdict</source>
        <translation>会诊主席签署会诊结论时记录</translation>
    </message>
    <message>
        <source>Not recorded with this verdict</source>
        <translation>此会诊结论未记录</translation>
    </message>
    <message>
        <source>Outside a meeting</source>
        <translation>会议之外</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>%1 的会议</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>会议 %1</translation>
    </message>
    <message>
        <source>%1, chaired by %2</source>
        <translation>%1，会诊主席：%2</translation>
    </message>
    <message>
        <source>Checked when the chair signs the verdict.</source>
        <translation>会诊主席签署会诊结论时核查。</translation>
    </message>
    <message>
        <source>Not recorded with this verdict.</source>
        <translation>此会诊结论未记录。</translation>
    </message>
    <message>
        <source>None: no meeting attendance was checked for this verdict.</source>
        <translation>无：此会诊结论未核查会议出席情况。</translation>
    </message>
    <message>
        <source>No member was recorded present.</source>
        <translation>未记录任何出席成员。</translation>
    </message>
    <message>
        <source>Present: %1.</source>
        <translation>出席：%1。</translation>
    </message>
    <message>
        <source>Attendance rule met.</source>
        <translation>符合出席要求。</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>缺少%1</translation>
    </message>
    <message>
        <source>%1 of the %2 other specialties needed</source>
        <translation>其他专科需 %2 个，出席 %1 个</translation>
    </message>
    <message>
        <source>Attendance rule not met (recorded with the verdict).</source>
        <translation>不符合出席要求（随会诊结论记录）。</translation>
    </message>
    <message>
        <source>Attendance rule not met (recorded with the verdict): %1.</source>
        <translation>不符合出席要求（随会诊结论记录）：%1。</translation>
    </message>
    <message>
        <source>Excluded for a conflict of interest: %1.</source>
        <translation>因利益冲突回避：%1。</translation>
    </message>
    <message>
        <source>chair %1</source>
        <translation>会诊主席 %1</translation>
    </message>
    <message>
        <source>no member recorded present</source>
        <translation>未记录出席成员</translation>
    </message>
    <message>
        <source>present: %1</source>
        <translation>出席：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>尚未签署</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>None checked</source>
        <translation>未核查</translation>
    </message>
    <message numerus="yes">
        <source>%n present, rule met</source>
        <translation>
            <numerusform>%n 人出席，符合要求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n present, rule not met</source>
        <translation>
            <numerusform>%n 人出席，不符合要求</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. The verdict was signed on %2, after the meeting.</source>
        <translation>%1。会诊结论于会议结束后的 %2 签署。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>cb::exports::DocumentExport</name>
    <message>
        <source>There is no document to export.</source>
        <translation>没有可导出的文件。</translation>
    </message>
    <message>
        <source>The document is not rendered yet.</source>
        <translation>文件尚未生成。</translation>
    </message>
</context>
<context>
    <name>cb::exports::FhirBundle</name>
    <message>
        <source>Case %1 has no signed verdict: the FHIR document carries the board&apos;s signed verdict; export the record as a bundle instead.</source>
        <translation>病例 %1 尚无已签署的会诊结论：FHIR 文档承载的是会诊已签署的结论；请改为将记录导出为 Bundle。</translation>
    </message>
    <message>
        <source>The case summary PDF is missing from the FHIR document.</source>
        <translation>FHIR 文档中缺少病例摘要 PDF。</translation>
    </message>
</context>
<context>
    <name>cb::gui</name>
    <message>
        <source>Start CellBoard with --db FILE or --db postgresql://user@host/dbname to choose another database, or create one with:
    cellboard-cli --db &quot;%1&quot; init
(add --demo for a database of invented patients to try CellBoard).</source>
        <translation>请使用 --db FILE 或 --db postgresql://user@host/dbname 启动 CellBoard 以选择其他数据库，或用以下命令创建数据库：
    cellboard-cli --db &quot;%1&quot; init
（加上 --demo 可创建一个虚构患者的数据库来试用 CellBoard）。</translation>
    </message>
    <message>
        <source>CellBoard cannot open the database</source>
        <translation>CellBoard 无法打开数据库</translation>
    </message>
    <message>
        <source>Start CellBoard with --db FILE or --db postgresql://user@host/dbname to choose another database, or ask your administrator. Nothing was changed.</source>
        <translation>请使用 --db FILE 或 --db postgresql://user@host/dbname 启动 CellBoard 以选择其他数据库，或联系管理员。未做任何更改。</translation>
    </message>
    <message>
        <source>The damaged file is kept beside it, with the time in its name.</source>
        <translation>已损坏的文件会保留在旁边，文件名中带有时间。</translation>
    </message>
    <message>
        <source>%1

The latest backup of this database is
%2
taken %3.

Restore the database from it? It is checked first. Everything recorded after the backup is missing from it. %4</source>
        <translation>%1

此数据库最新的备份是
%2
备份于 %3。

要从该备份恢复数据库吗？恢复前会先校验备份。备份之后记录的所有内容都不在其中。%4</translation>
    </message>
</context>
<context>
    <name>cb::gui::ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>新建待办事项</translation>
    </message>
    <message>
        <source>e.g. Repeat echocardiogram after two cycles of bridging</source>
        <translation>例如：桥接治疗两个周期后复查超声心动图</translation>
    </message>
    <message>
        <source>Person or team responsible</source>
        <translation>负责人或负责团队</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>事项(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>到期日(&amp;D)：</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>添加待办事项</translation>
    </message>
    <message>
        <source>Describe the action.</source>
        <translation>请描述待办事项。</translation>
    </message>
    <message>
        <source>Name who owns the action.</source>
        <translation>请指定待办事项的负责人。</translation>
    </message>
    <message>
        <source>The new action</source>
        <translation>新的待办事项</translation>
    </message>
</context>
<context>
    <name>cb::gui::ActionsPage</name>
    <message>
        <source>&lt;b&gt;Actions from board verdicts&lt;/b&gt;</source>
        <translation>&lt;b&gt;会诊结论的待办事项&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>未完成的待办事项</translation>
    </message>
    <message>
        <source>All actions, done and cancelled too</source>
        <translation>全部待办事项（含已完成和已取消）</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记为完成</translation>
    </message>
    <message>
        <source>Cancel action</source>
        <translation>取消待办事项</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开病例</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n 项未完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>The board has set no action with its verdicts yet.</source>
        <translation>多学科会诊的结论尚未设定任何待办事项。</translation>
    </message>
    <message>
        <source>No open action: every action from the board&apos;s verdicts is done or cancelled.</source>
        <translation>没有未完成的待办事项：会诊结论的所有待办事项均已完成或取消。</translation>
    </message>
    <message>
        <source>Action not changed</source>
        <translation>待办事项未更改</translation>
    </message>
    <message>
        <source>Only the board chair or the coordinator changes actions.</source>
        <translation>只有会诊主席或协调员可以更改待办事项。</translation>
    </message>
    <message>
        <source>Select an action first.</source>
        <translation>请先选择一个待办事项。</translation>
    </message>
</context>
<context>
    <name>cb::gui::AgendaItemDialog</name>
    <message>
        <source>Presenter and time</source>
        <translation>汇报人和时间</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>病例 %1 — %2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Presenter:</source>
        <translation>汇报人(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Time slot:</source>
        <translation>时间段(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>cb::gui::AppController</name>
    <message>
        <source>CellBoard</source>
        <translation>CellBoard</translation>
    </message>
    <message>
        <source>The administrator account &quot;%1&quot; was created. Log in with it to continue.</source>
        <translation>管理员账户“%1”已创建。请用该账户登录以继续。</translation>
    </message>
    <message>
        <source>You must choose a new password before you can use CellBoard. Log in again when you are ready.</source>
        <translation>您必须先设置新密码才能使用 CellBoard。准备好后请重新登录。</translation>
    </message>
    <message>
        <source>%1 was logged out. Log in with your own account.</source>
        <translation>%1 已注销。请用您自己的账户登录。</translation>
    </message>
    <message>
        <source>The backup when quitting failed: %1</source>
        <translation>退出时的备份失败：%1</translation>
    </message>
</context>
<context>
    <name>cb::gui::AttendanceTimesDialog</name>
    <message>
        <source>Arrival and departure</source>
        <translation>到场和离场</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <source>Leave a box unticked when the time was not noted. A member counts for a case&apos;s verdict only while present.</source>
        <translation>未记录时间时请勿勾选。成员仅在在场期间计入病例会诊结论的出席。</translation>
    </message>
</context>
<context>
    <name>cb::gui::CaseAuditPanel</name>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Which entries to show: everything about the case, or one kind of act</source>
        <translation>显示哪些条目：与病例有关的全部内容，或某一类操作</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Action, user or reason</source>
        <translation>操作、用户或原因</translation>
    </message>
    <message>
        <source>Shows the entries whose action, user name or reason holds this text</source>
        <translation>显示操作、用户名或原因中包含此文字的条目</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>更早的条目(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>Show the next %n older entries</source>
        <translation>
            <numerusform>显示接下来 %n 条更早的条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计追踪</translation>
    </message>
    <message>
        <source>The audit trail cannot be read.</source>
        <translation>无法读取审计追踪。</translation>
    </message>
    <message>
        <source>No entry matches the filter</source>
        <translation>没有符合筛选条件的条目</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>没有条目</translation>
    </message>
    <message>
        <source>Newest %1 of %2 entries</source>
        <translation>最新 %1 条，共 %2 条</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>共 1 条</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>共 %1 条</translation>
    </message>
</context>
<context>
    <name>cb::gui::CasePage</name>
    <message>
        <source>Board review</source>
        <translation>会诊评审</translation>
    </message>
    <message>
        <source>Back to worklist</source>
        <translation>返回工作列表</translation>
    </message>
    <message>
        <source>Therapy lines</source>
        <translation>既往治疗线</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观察指标</translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>无法打开病例</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>病例 %1</translation>
    </message>
    <message>
        <source>, %1 years</source>
        <translation>，%1 岁</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>出生于 %1</translation>
    </message>
    <message>
        <source>  (1 day ago)</source>
        <translation>（1 天前）</translation>
    </message>
    <message>
        <source>  (%1 days ago)</source>
        <translation>（%1 天前）</translation>
    </message>
    <message>
        <source>Yes — %1</source>
        <translation>是 — %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>此病例已结案。</translation>
    </message>
    <message>
        <source>Close this case with a reason (withdrawn, deceased, completed …).</source>
        <translation>以原因结案此病例（撤回、死亡、已完成…）。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>导出 PDF(&amp;X)…</translation>
    </message>
    <message>
        <source>Print the case summary or the outcome letter, after a preview</source>
        <translation>预览后打印病例摘要或结论函</translation>
    </message>
    <message>
        <source>Save the case summary or the outcome letter as a PDF, after a preview</source>
        <translation>预览后将病例摘要或结论函保存为 PDF</translation>
    </message>
    <message>
        <source>From the record:</source>
        <translation>来自病历记录：</translation>
    </message>
    <message numerus="yes">
        <source>%n prior line(s)</source>
        <translation>
            <numerusform>既往 %n 线治疗</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refractory</source>
        <translation>%1难治</translation>
    </message>
    <message>
        <source>%1 exposed</source>
        <translation>%1暴露</translation>
    </message>
    <message>
        <source>triple-class</source>
        <translation>三类药物</translation>
    </message>
    <message>
        <source>penta-drug</source>
        <translation>五种药物</translation>
    </message>
    <message>
        <source>lenalidomide-refractory</source>
        <translation>来那度胺难治</translation>
    </message>
    <message>
        <source>prior BCMA-directed therapy</source>
        <translation>既往 BCMA 靶向治疗</translation>
    </message>
    <message>
        <source>prior CD19-directed therapy</source>
        <translation>既往 CD19 靶向治疗</translation>
    </message>
    <message>
        <source>prior CAR-T</source>
        <translation>既往 CAR-T 治疗</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the last allogeneic transplant</source>
        <translation>
            <numerusform>距末次异基因移植 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>The monitoring entry</source>
        <translation>监测录入</translation>
    </message>
    <message>
        <source>The follow-up visit</source>
        <translation>随访访视</translation>
    </message>
</context>
<context>
    <name>cb::gui::ChangePasswordDialog</name>
    <message>
        <source>%1, your password was set by an administrator or is new. Choose your own password of at least 12 characters before you continue.</source>
        <translation>%1，您的密码由管理员设置或为新密码。继续之前，请设置您自己的密码（至少 12 个字符）。</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>两次输入的新密码不一致。请输入相同的密码两次。</translation>
    </message>
</context>
<context>
    <name>cb::gui::ChecklistAnswerDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— 未回答 —</translation>
    </message>
</context>
<context>
    <name>cb::gui::CloseCaseDialog</name>
    <message>
        <source>Close case %1</source>
        <translation>结案病例 %1</translation>
    </message>
    <message>
        <source>Close case %1 (%2). A closed case stays readable; the reason is recorded in the audit trail.</source>
        <translation>结案病例 %1（%2）。已结案病例仍可查阅；结案原因记录在审计追踪中。</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>— choose the reason —</source>
        <translation>— 选择原因 —</translation>
    </message>
    <message>
        <source>Choose the reason first.</source>
        <translation>请先选择原因。</translation>
    </message>
</context>
<context>
    <name>cb::gui::CommunicationDialog</name>
    <message>
        <source>Outcome sent to the referrer</source>
        <translation>已向转诊医生告知结果</translation>
    </message>
    <message>
        <source>Record when the board&apos;s outcome went to the referring physician.</source>
        <translation>记录会诊结果告知转诊医生的时间。</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美国信纸）</translation>
    </message>
    <message>
        <source>Secure e-mail</source>
        <translation>加密电子邮件</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>告知时间(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation>告知人(&amp;B)：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Name who sent the outcome.</source>
        <translation>请填写告知人。</translation>
    </message>
    <message>
        <source>The time the outcome was sent cannot be in the future.</source>
        <translation>告知时间不能晚于当前时间。</translation>
    </message>
</context>
<context>
    <name>cb::gui::DatabaseOpener</name>
    <message>
        <source>CellBoard</source>
        <translation>CellBoard</translation>
    </message>
    <message>
        <source>There is no CellBoard database on this workstation yet.

Create a new, empty database at
%1
and then the administrator account?

To try CellBoard with invented patients instead, choose No and run:
    cellboard-cli init --demo</source>
        <translation>此工作站尚无 CellBoard 数据库。

是否在以下位置创建一个新的空数据库
%1
并随后创建管理员账户？

如要用虚构患者试用 CellBoard，请选择“否”，然后运行：
    cellboard-cli init --demo</translation>
    </message>
</context>
<context>
    <name>cb::gui::DecisionDialog</name>
    <message>
        <source>Board verdict — %1</source>
        <translation>会诊结论 — %1</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>条件：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Bridging plan:</source>
        <translation>桥接治疗方案：</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>决策依据：</translation>
    </message>
    <message>
        <source>Deferral reason:</source>
        <translation>暂缓原因：</translation>
    </message>
    <message>
        <source>Reassess on:</source>
        <translation>再评估日期：</translation>
    </message>
    <message>
        <source>Only to override a contraindication</source>
        <translation>仅用于豁免禁忌证</translation>
    </message>
    <message>
        <source>Override approved by:</source>
        <translation>豁免批准人：</translation>
    </message>
    <message>
        <source>Override reason:</source>
        <translation>豁免理由：</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Patient consent:</source>
        <translation>患者知情同意：</translation>
    </message>
    <message>
        <source>Patient preference:</source>
        <translation>患者意愿：</translation>
    </message>
    <message>
        <source>Save verdict</source>
        <translation>保存结论</translation>
    </message>
    <message>
        <source>Sign verdict…</source>
        <translation>签署结论…</translation>
    </message>
    <message>
        <source>Review quorum met. %1 concern(s), %2 contraindication(s) in the signed opinions.</source>
        <translation>评审法定人数已满足。已签署意见中有 %1 项需关注、%2 项禁忌证。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review quorum not met:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;评审法定人数未满足：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Verdict not saved</source>
        <translation>结论未保存</translation>
    </message>
    <message>
        <source>Board chair</source>
        <translation>会诊主席</translation>
    </message>
    <message>
        <source>The verdict</source>
        <translation>会诊结论</translation>
    </message>
    <message>
        <source>The case page now shows what was saved meanwhile; your text stays here to compare.</source>
        <translation>病例页面现已显示期间保存的内容；您的文字保留在此处以便对照。</translation>
    </message>
    <message>
        <source>Signed now, the verdict is recorded as taken outside a meeting.</source>
        <translation>如现在签署，会诊结论将记录为在会议之外作出。</translation>
    </message>
    <message>
        <source>Signed now, the verdict is recorded with its meeting: %1.</source>
        <translation>如现在签署，会诊结论将连同其会议一并记录：%1。</translation>
    </message>
    <message>
        <source>This program requires a meeting for the verdict: signing is refused outside one.</source>
        <translation>本项目要求会诊结论在会议中作出：会议之外的签署将被拒绝。</translation>
    </message>
</context>
<context>
    <name>cb::gui::ExportPdfDialog</name>
    <message>
        <source>Print case %1</source>
        <translation>打印病例 %1</translation>
    </message>
    <message>
        <source>Export case %1 as PDF</source>
        <translation>将病例 %1 导出为 PDF</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文档(&amp;D)：</translation>
    </message>
    <message>
        <source>Case summary (signed board record)</source>
        <translation>病例摘要（已签署的多学科会诊记录）</translation>
    </message>
    <message>
        <source>Outcome letter to the referring physician</source>
        <translation>致转诊医生的结论函</translation>
    </message>
    <message>
        <source>&amp;Refresh preview</source>
        <translation>刷新预览(&amp;R)</translation>
    </message>
    <message>
        <source>Page %v of %m</source>
        <translation>第 %v 页，共 %m 页</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save PDF</source>
        <translation>保存 PDF(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>正在渲染…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was rendered or saved.</source>
        <translation>已取消：未渲染或保存任何内容。</translation>
    </message>
    <message>
        <source>DRAFT: the case is not complete and signed. </source>
        <translation>草稿：病例尚未完成并签署。</translation>
    </message>
    <message>
        <source>1 page.</source>
        <translation>共 1 页。</translation>
    </message>
    <message>
        <source>%1 pages.</source>
        <translation>共 %1 页。</translation>
    </message>
    <message>
        <source>Record fingerprint %1.</source>
        <translation>记录指纹 %1。</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Saved to %1 (readable by you only).</source>
        <translation>已保存至 %1（仅您本人可读）。</translation>
    </message>
    <message>
        <source>Choose the file to save the PDF in.</source>
        <translation>请选择保存 PDF 的文件。</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 已存在。是否替换？</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送至打印机。</translation>
    </message>
</context>
<context>
    <name>cb::gui::FhirExportMenu</name>
    <message>
        <source>Export &amp;FHIR</source>
        <translation>导出 FHIR(&amp;F)</translation>
    </message>
    <message>
        <source>Export the case as FHIR R4 JSON for another hospital or a registry</source>
        <translation>将病例导出为 FHIR R4 JSON，供其他医院或登记系统使用</translation>
    </message>
    <message>
        <source>FHIR &amp;bundle…</source>
        <translation>FHIR Bundle(&amp;B)…</translation>
    </message>
    <message>
        <source>The patient&apos;s record: identifiers, disease, stage, observations, prior therapy, procedures, toxicity and responses</source>
        <translation>患者记录：标识符、疾病、分期、观察项、既往治疗、操作、毒性和疗效</translation>
    </message>
    <message>
        <source>FHIR &amp;document with the signed verdict…</source>
        <translation>含已签署会诊结论的 FHIR 文档(&amp;D)…</translation>
    </message>
    <message>
        <source>The board&apos;s signed verdict as a FHIR document, with the patient&apos;s record and the case summary PDF</source>
        <translation>会诊已签署的结论，作为 FHIR 文档，附患者记录和病例摘要 PDF</translation>
    </message>
    <message>
        <source>Needs the board&apos;s signed verdict.</source>
        <translation>需要会诊已签署的结论。</translation>
    </message>
    <message>
        <source>Export FHIR document</source>
        <translation>导出 FHIR 文档</translation>
    </message>
    <message>
        <source>Export FHIR bundle</source>
        <translation>导出 FHIR Bundle</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON 文件 (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Saved to %1 (readable by you only): %n entries.</source>
        <translation>
            <numerusform>已保存到 %1（仅您本人可读）：%n 个条目。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::gui::FhirImportPreviewDialog</name>
    <message>
        <source>Import referral — %1</source>
        <translation>导入转诊 — %1</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>危急</translation>
    </message>
    <message>
        <source>Who referred the patient</source>
        <translation>转诊该患者的医生</translation>
    </message>
    <message>
        <source>What the import creates or attaches</source>
        <translation>导入将新建或关联的内容</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB.</source>
        <translation>%1 大于 64 MB。</translation>
    </message>
    <message>
        <source>%1 cannot be imported, nothing was written: %2</source>
        <translation>%1 无法导入，未写入任何内容：%2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>File: %1 · FHIR bundle %2 (%3) · SHA-256 %4</source>
        <translation>文件：%1 · FHIR 数据包 %2（%3）· SHA-256 %4</translation>
    </message>
    <message>
        <source>Patient: already registered</source>
        <translation>患者：已登记</translation>
    </message>
    <message>
        <source>Patient %1: %2</source>
        <translation>患者 %1：%2</translation>
    </message>
    <message>
        <source>%1 · born %2</source>
        <translation>%1 · 出生 %2</translation>
    </message>
    <message>
        <source>Matched by identifier: the referral is added to this patient&apos;s record.</source>
        <translation>按标识符匹配：转诊将添加到该患者的记录中。</translation>
    </message>
    <message>
        <source>Identifiers added: %1</source>
        <translation>新增标识符：%1</translation>
    </message>
    <message>
        <source>Patient: new</source>
        <translation>患者：新患者</translation>
    </message>
    <message>
        <source>New patient: %1</source>
        <translation>新患者：%1</translation>
    </message>
    <message>
        <source>Identifiers: %1</source>
        <translation>标识符：%1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Referral and disease</source>
        <translation>转诊与疾病</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新病例</translation>
    </message>
    <message>
        <source> (the record&apos;s is kept)</source>
        <translation>（保留记录中的内容）</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观察指标</translation>
    </message>
    <message>
        <source>Prior therapy lines</source>
        <translation>既往治疗线</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 线：%2</translation>
    </message>
    <message>
        <source>Transplants and procedures</source>
        <translation>移植与操作</translation>
    </message>
    <message>
        <source>Allogeneic transplant</source>
        <translation>异基因移植</translation>
    </message>
    <message>
        <source>Autologous transplant</source>
        <translation>自体移植</translation>
    </message>
    <message>
        <source>Kept as text (not coded in CellBoard)</source>
        <translation>以文本保留（CellBoard 未编码）</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>无警告。</translation>
    </message>
    <message>
        <source>Warnings (%1):</source>
        <translation>警告（%1）：</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>该文件无法导入。</translation>
    </message>
    <message>
        <source>Name the referring clinician first.</source>
        <translation>请先填写转诊医生。</translation>
    </message>
    <message>
        <source>Choose the urgency first.</source>
        <translation>请先选择紧急程度。</translation>
    </message>
    <message>
        <source>Register the referral with what is listed here</source>
        <translation>按此处所列内容登记转诊</translation>
    </message>
</context>
<context>
    <name>cb::gui::FieldErrors</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>cb::gui::FirstRunDialog</name>
    <message>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请输入相同的密码两次。</translation>
    </message>
</context>
<context>
    <name>cb::gui::FollowThroughPanel</name>
    <message>
        <source>letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>secure e-mail</source>
        <translation>加密电子邮件</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions from the verdict&lt;/b&gt;</source>
        <translation>&lt;b&gt;会诊结论的待办事项&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>添加待办事项…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记为完成</translation>
    </message>
    <message>
        <source>Cancel action</source>
        <translation>取消待办事项</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outcome to the referring physician&lt;/b&gt;</source>
        <translation>&lt;b&gt;向转诊医生告知结果&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record outcome sent…</source>
        <translation>记录已告知结果…</translation>
    </message>
    <message>
        <source>Sent by %1 on %2 (%3).</source>
        <translation>由 %1 于 %2 告知（%3）。</translation>
    </message>
    <message>
        <source>Not yet recorded as sent.</source>
        <translation>尚未记录告知。</translation>
    </message>
    <message>
        <source>Only the board chair or the coordinator keeps actions and the referrer&apos;s letter up to date.</source>
        <translation>只有会诊主席或协调员可以更新待办事项和给转诊医生的信函。</translation>
    </message>
    <message>
        <source>Select an action first.</source>
        <translation>请先选择一个待办事项。</translation>
    </message>
    <message>
        <source>The outcome is sent once the verdict is signed.</source>
        <translation>会诊结论签署后才能告知结果。</translation>
    </message>
    <message>
        <source>Action not added</source>
        <translation>待办事项未添加</translation>
    </message>
    <message>
        <source>Action not changed</source>
        <translation>待办事项未更改</translation>
    </message>
    <message>
        <source>Someone changed this action meanwhile. The list has been reloaded; check it and try again.</source>
        <translation>有人同时修改了此待办事项。列表已重新载入；请核对后重试。</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>cb::gui::FollowUpDuePanel</name>
    <message>
        <source>Follow-up visits due</source>
        <translation>到期的随访访视</translation>
    </message>
    <message>
        <source>Follow-up visits due: %1 (%2 overdue)</source>
        <translation>到期的随访访视：%1（已逾期 %2）</translation>
    </message>
</context>
<context>
    <name>cb::gui::FollowUpPanel</name>
    <message>
        <source>Follow-up visits</source>
        <translation>随访访视</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>记录访视</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访视</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>访视日期</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>疗效</translation>
    </message>
    <message>
        <source>MRD</source>
        <translation>MRD</translation>
    </message>
    <message>
        <source>e.g. grade 2 neutropenia</source>
        <translation>例如：2级中性粒细胞减少</translation>
    </message>
    <message>
        <source>Cytopenias</source>
        <translation>血细胞减少</translation>
    </message>
    <message>
        <source>mg/dL</source>
        <translation>mg/dL</translation>
    </message>
    <message>
        <source>IgG (mg/dL)</source>
        <translation>IgG（mg/dL）</translation>
    </message>
    <message>
        <source>/µL</source>
        <translation>/µL</translation>
    </message>
    <message>
        <source>CD4 (/µL)</source>
        <translation>CD4（/µL）</translation>
    </message>
    <message>
        <source>Infections</source>
        <translation>感染</translation>
    </message>
    <message>
        <source>B-cell aplasia</source>
        <translation>B细胞缺乏</translation>
    </message>
    <message>
        <source>Secondary malignancy</source>
        <translation>继发恶性肿瘤</translation>
    </message>
    <message>
        <source>which malignancy, how diagnosed</source>
        <translation>何种恶性肿瘤，如何确诊</translation>
    </message>
    <message>
        <source>Malignancy</source>
        <translation>恶性肿瘤</translation>
    </message>
    <message>
        <source>Record visit</source>
        <translation>记录访视</translation>
    </message>
    <message>
        <source>To end follow-up (completed, deceased with cause, lost to follow-up, withdrawn), use Close case… above.</source>
        <translation>如需结束随访（已完成、死亡并注明原因、失访、退出），请使用上方的“结案…”。</translation>
    </message>
    <message>
        <source>The follow-up schedule is made when the infusion is recorded.</source>
        <translation>记录回输后即生成随访计划。</translation>
    </message>
    <message>
        <source>Responses by %1; schedule from the infusion: %2.</source>
        <translation>疗效评估标准：%1；随访计划自回输起算：%2。</translation>
    </message>
    <message>
        <source>%1 (due %2, %3)</source>
        <translation>%1（%2 到期，%3）</translation>
    </message>
    <message>
        <source>Only a coordinator or a clinician can record follow-up visits.</source>
        <translation>仅协调员或临床医生可记录随访访视。</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
</context>
<context>
    <name>cb::gui::GradingConventionsEditor</name>
    <message>
        <source>Where the grading sources are silent, the program chooses a convention. The defaults are those of the clinical specification. Every grade is stored with the conventions it used; &quot;cellboard-cli grade&quot; always uses the defaults.</source>
        <translation>分级依据未作规定之处，由本项目选择约定。默认值取自临床规范。每个分级结果都会与所用约定一并保存；命令行的单独分级计算始终使用默认值。</translation>
    </message>
    <message>
        <source>CRS (ASTCT 2019)</source>
        <translation>CRS（ASTCT 2019）</translation>
    </message>
    <message>
        <source>Grade 3, like one vasopressor (default)</source>
        <translation>3 级，视同一种血管加压药（默认）</translation>
    </message>
    <message>
        <source>Grade 2, like hypotension without vasopressors</source>
        <translation>2 级，视同无需血管加压药的低血压</translation>
    </message>
    <message>
        <source>Vasopressin as the only vasopressor</source>
        <translation>仅使用血管加压素</translation>
    </message>
    <message>
        <source>Count pure inotropes (dobutamine, milrinone) as vasopressors (default: no)</source>
        <translation>将单纯正性肌力药（多巴酚丁胺、米力农）计为血管加压药（默认：否）</translation>
    </message>
    <message>
        <source>CAR-HEMATOTOX: a value exactly on a cut-off scores</source>
        <translation>CAR-HEMATOTOX：恰好等于临界值时计分</translation>
    </message>
    <message>
        <source>Platelets exactly 75 ×10⁹/L</source>
        <translation>血小板恰为 75 ×10⁹/L</translation>
    </message>
    <message>
        <source>Platelets exactly 175 ×10⁹/L</source>
        <translation>血小板恰为 175 ×10⁹/L</translation>
    </message>
    <message>
        <source>ANC exactly 1200/µL</source>
        <translation>ANC 恰为 1200/µL</translation>
    </message>
    <message>
        <source>Hemoglobin exactly 9.0 g/dL</source>
        <translation>血红蛋白恰为 9.0 g/dL</translation>
    </message>
    <message>
        <source>CRP exactly 3.0 mg/dL (30 mg/L)</source>
        <translation>CRP 恰为 3.0 mg/dL（30 mg/L）</translation>
    </message>
    <message>
        <source>Ferritin exactly 650 ng/mL</source>
        <translation>铁蛋白恰为 650 ng/mL</translation>
    </message>
    <message>
        <source>Ferritin exactly 2000 ng/mL</source>
        <translation>铁蛋白恰为 2000 ng/mL</translation>
    </message>
    <message>
        <source>as the higher-risk side (more points)</source>
        <translation>按高风险侧计分（分值较高）</translation>
    </message>
    <message>
        <source>as the lower-risk side (fewer points)</source>
        <translation>按低风险侧计分（分值较低）</translation>
    </message>
</context>
<context>
    <name>cb::gui::HistoryDialog</name>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Disease history</source>
        <translation>病史</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation>诊断(&amp;D)：</translation>
    </message>
    <message>
        <source>The date of the first pathological diagnosis (sample collection).</source>
        <translation>首次病理诊断日期（标本采集日期）。</translation>
    </message>
    <message>
        <source>Diagnosis da&amp;te:</source>
        <translation>诊断日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Ph-positive</source>
        <translation>Ph 阳性</translation>
    </message>
    <message>
        <source>Ph-negative</source>
        <translation>Ph 阴性</translation>
    </message>
    <message>
        <source>CNS &amp;status:</source>
        <translation>中枢神经系统状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ph status:</source>
        <translation>Ph 状态(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Ann Arbor / Lugano stage:</source>
        <translation>Ann Arbor / Lugano 分期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Bulky disease:</source>
        <translation>大包块(&amp;B)：</translation>
    </message>
    <message>
        <source>Staging &amp;note:</source>
        <translation>分期备注(&amp;N)：</translation>
    </message>
    <message>
        <source>gain/amp(1q)</source>
        <translation>1q 增益/扩增</translation>
    </message>
    <message>
        <source>TP53 mutation</source>
        <translation>TP53 突变</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation>以上均无</translation>
    </message>
    <message>
        <source>not tested / unknown</source>
        <translation>未检测 / 未知</translation>
    </message>
    <message>
        <source>Cytogenetic risk:</source>
        <translation>细胞遗传学风险：</translation>
    </message>
    <message>
        <source>Cytogenetics &amp;note:</source>
        <translation>细胞遗传学备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>&amp;Extramedullary disease:</source>
        <translation>髓外病变(&amp;E)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Treated, in remission</source>
        <translation>已治疗，缓解中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动性</translation>
    </message>
    <message>
        <source>&amp;CNS involvement:</source>
        <translation>中枢神经系统受累(&amp;C)：</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>阳性</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>阴性</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>未检测</translation>
    </message>
    <message>
        <source>Method, e.g. IHC, flow cytometry</source>
        <translation>检测方法，如 IHC、流式细胞术</translation>
    </message>
    <message>
        <source>&amp;Target antigen after the last line:</source>
        <translation>最后一线治疗后的靶抗原(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>cb::gui::LabImportActions</name>
    <message>
        <source>Import &amp;lab results…</source>
        <translation>导入检验结果(&amp;L)…</translation>
    </message>
    <message>
        <source>Read HL7 v2 lab result messages (ORU^R01) into the patients&apos; records</source>
        <translation>将 HL7 v2 检验结果消息（ORU^R01）读入患者记录</translation>
    </message>
    <message>
        <source>Lab results import &amp;queue…</source>
        <translation>检验结果导入队列(&amp;Q)…</translation>
    </message>
    <message>
        <source>Lab messages held because their patient matched nobody</source>
        <translation>因无匹配患者而暂存的检验消息</translation>
    </message>
    <message>
        <source>Import lab results</source>
        <translation>导入检验结果</translation>
    </message>
    <message>
        <source>HL7 v2 messages (*.hl7 *.txt *.msg *.oru);;All files (*)</source>
        <translation>HL7 v2 消息 (*.hl7 *.txt *.msg *.oru);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB.</source>
        <translation>%1 大于 64 MB。</translation>
    </message>
</context>
<context>
    <name>cb::gui::LabImportQueueDialog</name>
    <message>
        <source>Lab results import queue</source>
        <translation>检验结果导入队列</translation>
    </message>
    <message>
        <source>These lab messages name no registered patient (or more than one), so they wait here: they are never attached to a guessed patient. Check the patient with the laboratory, then assign the message to the patient&apos;s record.</source>
        <translation>这些检验消息未指向任何已登记患者（或指向多位患者），因此在此等待：它们绝不会被关联到猜测的患者。请与检验科核实患者，然后将消息分配到该患者的记录。</translation>
    </message>
    <message>
        <source>No lab message is waiting.</source>
        <translation>没有等待中的检验消息。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Facility / message</source>
        <translation>机构 / 消息</translation>
    </message>
    <message>
        <source>Patient in the message</source>
        <translation>消息中的患者</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果数</translation>
    </message>
    <message>
        <source>Why held</source>
        <translation>暂存原因</translation>
    </message>
    <message>
        <source>(patient number)</source>
        <translation>（患者编号）</translation>
    </message>
    <message>
        <source>The patient&apos;s number, as the case page and `patient find` show it.</source>
        <translation>患者编号，即病例页和 `patient find` 显示的编号。</translation>
    </message>
    <message>
        <source>Assign to patient number:</source>
        <translation>分配给患者编号：</translation>
    </message>
    <message>
        <source>How the patient was confirmed, e.g. the laboratory corrected the MRN by phone</source>
        <translation>如何确认的患者，例如检验科电话更正了病案号</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Assign and import</source>
        <translation>分配并导入</translation>
    </message>
    <message>
        <source>Why message %1 is held: %2</source>
        <translation>消息 %1 暂存的原因：%2</translation>
    </message>
    <message>
        <source>Assign a lab message</source>
        <translation>分配检验消息</translation>
    </message>
</context>
<context>
    <name>cb::gui::LabImportSummaryDialog</name>
    <message>
        <source>Accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Supersedes an earlier result</source>
        <translation>取代了先前结果</translation>
    </message>
    <message>
        <source>Retracts an earlier result</source>
        <translation>撤回了先前结果</translation>
    </message>
    <message>
        <source>Held in the queue</source>
        <translation>暂存于队列</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <source>Kept with the message</source>
        <translation>随消息保存</translation>
    </message>
    <message>
        <source>Cancelled by the lab</source>
        <translation>检验科已取消</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>此前已导入</translation>
    </message>
    <message>
        <source>Lab results: what an import would do</source>
        <translation>检验结果：导入将执行的操作</translation>
    </message>
    <message>
        <source>Lab results imported</source>
        <translation>检验结果已导入</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s): </source>
        <translation>
            <numerusform>%n 条消息：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accepted, %2 superseded, %3 retracted, %4 held, %5 refused.</source>
        <translation>已接收 %1 项，取代 %2 项，撤回 %3 项，暂存 %4 条，拒收 %5 条。</translation>
    </message>
    <message>
        <source>Also: %1 kept with the message only, %2 cancelled, %3 not recorded, %4 already imported.</source>
        <translation>另有：仅随消息保存 %1 项，已取消 %2 项，未记录 %3 项，此前已导入 %4 条。</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>OBX %1 %2</source>
        <translation>OBX %1 %2</translation>
    </message>
</context>
<context>
    <name>cb::gui::LockScreen</name>
    <message>
        <source>Patient data is hidden. %1 (%2): enter your password to continue where you left off, or log in as another user.</source>
        <translation>患者数据已隐藏。%1（%2）：请输入密码从中断处继续，或以其他用户身份登录。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>cb::gui::LoginDialog</name>
    <message>
        <source>CAR-T tumor board workspace</source>
        <translation>CAR-T 多学科会诊工作台</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>cb::gui::MainWindow</name>
    <message>
        <source>CellBoard</source>
        <translation>CellBoard</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Refreshed from the database.</source>
        <translation>已从数据库刷新。</translation>
    </message>
    <message>
        <source>About CellBoard</source>
        <translation>关于 CellBoard</translation>
    </message>
    <message>
        <source>CellBoard %1
The CAR-T cell therapy tumor board workspace.

Report renderer %2
Database: %3</source>
        <translation>CellBoard %1
CAR-T 细胞治疗多学科会诊工作台。

报告渲染器 %2
数据库：%3</translation>
    </message>
    <message>
        <source>Settings saved. The language or database change applies the next time CellBoard starts.</source>
        <translation>设置已保存。语言或数据库的更改将在下次启动 CellBoard 时生效。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>新建转诊</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>定时备份失败：%1</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>CellBoard backups (*.backup.sqlite);;All files (*)</source>
        <translation>CellBoard 备份 (*.backup.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The backup is written and verified:
%1

Schema %2 · integrity ok · audit chain intact (%3 entries, %4 signatures verified). Keep it where the database&apos;s disk cannot take it along.</source>
        <translation>备份已写入并校验：
%1

架构版本 %2 · 完整性正常 · 审计链完整（%3 条记录，已校验 %4 个签名）。请将其存放在不会与数据库所在磁盘一同损坏的地方。</translation>
    </message>
    <message>
        <source>Backup written and verified.</source>
        <translation>备份已写入并校验。</translation>
    </message>
    <message>
        <source>Register a referral from another hospital&apos;s FHIR R4 bundle, after a preview of what it creates</source>
        <translation>从其他医院的 FHIR R4 数据包登记转诊，先预览将新建的内容</translation>
    </message>
    <message>
        <source>Import referral</source>
        <translation>导入转诊</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json);;All files (*)</source>
        <translation>FHIR JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Referral imported as case %1.</source>
        <translation>转诊已导入为病例 %1。</translation>
    </message>
</context>
<context>
    <name>cb::gui::MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Room, or the video link</source>
        <translation>会议室或视频链接</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>开始时间(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>形式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Room or link:</source>
        <translation>会议室或链接(&amp;R)：</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>安排</translation>
    </message>
    <message>
        <source>Reschedule meeting</source>
        <translation>更改会议时间</translation>
    </message>
    <message>
        <source>Why it moves; the invitees and the audit trail see it</source>
        <translation>更改原因；受邀者和审计记录可见</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>更改时间</translation>
    </message>
</context>
<context>
    <name>cb::gui::MeetingModeWindow</name>
    <message>
        <source>CellBoard — meeting mode</source>
        <translation>CellBoard — 会议模式</translation>
    </message>
    <message>
        <source>◀ Previous case</source>
        <translation>◀ 上一病例</translation>
    </message>
    <message>
        <source>Next case ▶</source>
        <translation>下一病例 ▶</translation>
    </message>
    <message>
        <source>Record verdict…</source>
        <translation>记录会诊结论…</translation>
    </message>
    <message>
        <source>Add dissent…</source>
        <translation>添加异议…</translation>
    </message>
    <message>
        <source>Leave meeting mode</source>
        <translation>退出会议模式</translation>
    </message>
    <message>
        <source>The agenda of this meeting is empty.</source>
        <translation>本次会议议程为空。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n prior line(s)</source>
        <translation>
            <numerusform>%1 · %2 · 既往 %n 线治疗</numerusform>
        </translation>
    </message>
    <message>
        <source> · extramedullary disease</source>
        <translation> · 髓外病变</translation>
    </message>
    <message numerus="yes">
        <source> · %n transplant(s)</source>
        <translation>
            <numerusform> · %n 次移植</numerusform>
        </translation>
    </message>
    <message>
        <source>Intended product: %1</source>
        <translation>拟用产品：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The disciplines&lt;/b&gt;</source>
        <translation>&lt;b&gt;各专科&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no opinion</source>
        <translation>尚无意见</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n concern(s)</source>
        <translation>
            <numerusform>⚠ %n 项需关注</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1d6b3a&apos;&gt;✔ Ready: every required discipline signed.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#1d6b3a&apos;&gt;✔ 已就绪：所有必需专科均已签署。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#8a5a00&apos;&gt;To check&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#8a5a00&apos;&gt;待核查&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#8a5a00&apos;&gt;Still missing&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#8a5a00&apos;&gt;尚缺&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict:&lt;/b&gt; %1%2</source>
        <translation>&lt;b&gt;会诊结论：&lt;/b&gt;%1%2</translation>
    </message>
    <message>
        <source> (signed)</source>
        <translation> （已签署）</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation>（草稿）</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>条件：%1</translation>
    </message>
    <message>
        <source>Dissent — %1: “%2”</source>
        <translation>异议 — %1：“%2”</translation>
    </message>
    <message>
        <source>Only a board chair records the verdict.</source>
        <translation>仅会诊主席可记录会诊结论。</translation>
    </message>
    <message>
        <source>Only a case ready for the board can be decided.</source>
        <translation>仅已就绪提交多学科会诊的病例可作出会诊结论。</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>会诊结论</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Your dissent, recorded verbatim (it cannot be changed afterwards):</source>
        <translation>您的异议将按原文记录（记录后不可更改）：</translation>
    </message>
    <message>
        <source>Dissent not recorded</source>
        <translation>异议未记录</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#5f6670&apos;&gt;Case %1 of %2 · %3–%4 · %5 · presented by %6&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#5f6670&apos;&gt;第 %1 例（共 %2 例） · %3–%4 · %5 · 汇报人：%6&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>✖ %n contraindication(s)</source>
        <translation>
            <numerusform>✖ %n 项禁忌证</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::gui::MeetingsPage</name>
    <message>
        <source>&lt;b&gt;Meetings&lt;/b&gt;</source>
        <translation>&lt;b&gt;会议&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>新建会议…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Add suggested cases</source>
        <translation>添加推荐病例</translation>
    </message>
    <message>
        <source>Add case…</source>
        <translation>添加病例…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Conflict of interest…</source>
        <translation>利益冲突…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开病例</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Cancel meeting…</source>
        <translation>取消会议…</translation>
    </message>
    <message>
        <source>Sign minutes…</source>
        <translation>签署会议纪要…</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>会议模式</translation>
    </message>
    <message>
        <source>Full screen, large type, for the shared screen (F11)</source>
        <translation>全屏大字显示，用于共享屏幕（F11）</translation>
    </message>
    <message>
        <source>No further case is ready for the board or due for reassessment.</source>
        <translation>暂无其他已就绪待多学科会诊或到期需重新评估的病例。</translation>
    </message>
    <message>
        <source>Add case</source>
        <translation>添加病例</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>病例号：</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>利益冲突</translation>
    </message>
    <message>
        <source>The selected member leaves the discussion and verdict of the selected case. Why? (Leave empty to lift an exclusion.)</source>
        <translation>所选成员将回避所选病例的讨论及会诊结论。原因是什么？（留空则解除回避。）</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>取消会议</translation>
    </message>
    <message>
        <source>Why is the meeting cancelled?</source>
        <translation>会议取消的原因是什么？</translation>
    </message>
    <message>
        <source>%1 meeting</source>
        <translation>%1会议</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Chair: %1. Room or link: %2</source>
        <translation>会诊主席：%1。会议室或链接：%2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Minutes signed by %1 on %2.</source>
        <translation>会议纪要已由 %1 于 %2 签署。</translation>
    </message>
    <message>
        <source>Minutes: draft.</source>
        <translation>会议纪要：草稿。</translation>
    </message>
    <message>
        <source>Only a coordinator or the board chair manages meetings.</source>
        <translation>仅协调员或会诊主席可管理会议。</translation>
    </message>
    <message>
        <source>Select a meeting first.</source>
        <translation>请先选择会议。</translation>
    </message>
    <message>
        <source>The minutes are signed: the meeting no longer changes.</source>
        <translation>会议纪要已签署，会议不可再更改。</translation>
    </message>
    <message>
        <source>The meeting was cancelled.</source>
        <translation>该会议已取消。</translation>
    </message>
    <message>
        <source>Only the board chair signs the minutes.</source>
        <translation>仅会诊主席可签署会议纪要。</translation>
    </message>
    <message>
        <source>The minutes are signed once the meeting has started.</source>
        <translation>会议开始后方可签署会议纪要。</translation>
    </message>
    <message>
        <source>Meeting not scheduled</source>
        <translation>会议未安排</translation>
    </message>
    <message>
        <source>Case not added</source>
        <translation>病例未添加</translation>
    </message>
    <message>
        <source>Case not removed</source>
        <translation>病例未移除</translation>
    </message>
    <message>
        <source>Attendance not recorded</source>
        <translation>出席情况未记录</translation>
    </message>
    <message>
        <source>Select the case in the agenda and the member in the attendance list.</source>
        <translation>请在议程中选择病例，并在出席情况列表中选择成员。</translation>
    </message>
    <message>
        <source>Meeting not cancelled</source>
        <translation>会议未取消</translation>
    </message>
    <message>
        <source>Board chair</source>
        <translation>会诊主席</translation>
    </message>
    <message>
        <source>Export minutes…</source>
        <translation>导出会议纪要…</translation>
    </message>
    <message>
        <source>The minutes as a PDF; a DRAFT until the chair has signed them</source>
        <translation>将会议纪要导出为 PDF；会诊主席签署前为草稿</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>导出会议纪要</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Minutes not exported</source>
        <translation>会议纪要未导出</translation>
    </message>
    <message>
        <source>Presenter and time…</source>
        <translation>汇报人和时间…</translation>
    </message>
    <message>
        <source>Left now</source>
        <translation>现在离场</translation>
    </message>
    <message>
        <source>The selected member leaves the meeting now; later verdicts do not count them</source>
        <translation>所选成员现在离开会议；之后的会诊结论不再计入该成员</translation>
    </message>
    <message>
        <source>Times…</source>
        <translation>时间…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>更改时间…</translation>
    </message>
    <message>
        <source>Select a case in the agenda first.</source>
        <translation>请先在议程中选择一个病例。</translation>
    </message>
    <message>
        <source>Select a member in the attendance list first.</source>
        <translation>请先在出席名单中选择一名成员。</translation>
    </message>
    <message>
        <source>%1 is not marked present: only a present member can leave.</source>
        <translation>%1 未标记为出席：只有出席的成员才能离场。</translation>
    </message>
    <message>
        <source>The meeting has not started yet. Use Times… to record a departure time.</source>
        <translation>会议尚未开始。请使用“时间…”记录离场时间。</translation>
    </message>
    <message>
        <source>Meeting not rescheduled</source>
        <translation>会议时间未更改</translation>
    </message>
</context>
<context>
    <name>cb::gui::MonitoringChart</name>
    <message>
        <source>Temperature and CRS/ICANS grade by day since infusion</source>
        <translation>回输后每日体温及 CRS/ICANS 分级</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>体温（°C）</translation>
    </message>
    <message>
        <source>Fever 38.0 °C</source>
        <translation>发热 38.0 °C</translation>
    </message>
    <message>
        <source>CRS grade</source>
        <translation>CRS 分级</translation>
    </message>
    <message>
        <source>ICANS grade</source>
        <translation>ICANS 分级</translation>
    </message>
    <message>
        <source>Days since infusion</source>
        <translation>回输后天数</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>分级</translation>
    </message>
</context>
<context>
    <name>cb::gui::MonitoringEntryForm</name>
    <message>
        <source>Vital signs and oxygen</source>
        <translation>生命体征及吸氧</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Hypotension (e.g. SBP &lt; 90 mmHg, adult)</source>
        <translation>低血压（如成人收缩压 &lt; 90 mmHg）</translation>
    </message>
    <message>
        <source>Vasoactive agents</source>
        <translation>血管活性药物</translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation>吸氧</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>ICE score and neurology</source>
        <translation>ICE 评分及神经系统</translation>
    </message>
    <message>
        <source>ICE assessed</source>
        <translation>已行 ICE 评估</translation>
    </message>
    <message>
        <source>Arousable, able to perform ICE</source>
        <translation>可唤醒，能完成 ICE 评估</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>定向力</translation>
    </message>
    <message>
        <source> of 3 objects</source>
        <translation> / 3 个物品</translation>
    </message>
    <message>
        <source>Naming</source>
        <translation>命名</translation>
    </message>
    <message>
        <source>Follows commands</source>
        <translation>遵嘱动作</translation>
    </message>
    <message>
        <source>Writes a standard sentence</source>
        <translation>书写标准句子</translation>
    </message>
    <message>
        <source>Counts back from 100 by 10</source>
        <translation>从 100 开始每次减 10 倒数</translation>
    </message>
    <message>
        <source>Consciousness</source>
        <translation>意识水平</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>癫痫发作</translation>
    </message>
    <message>
        <source>Motor</source>
        <translation>运动功能</translation>
    </message>
    <message>
        <source>Raised ICP / edema</source>
        <translation>颅内压升高/脑水肿</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>干预措施</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Tocilizumab</source>
        <translation>托珠单抗</translation>
    </message>
    <message>
        <source>e.g. dexamethasone 10 mg IV</source>
        <translation>例如：地塞米松 10 mg 静脉注射</translation>
    </message>
    <message>
        <source>Steroid</source>
        <translation>糖皮质激素</translation>
    </message>
    <message>
        <source>Transferred to ICU</source>
        <translation>转入 ICU</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Grades (ASTCT 2019), as entered</source>
        <translation>分级（ASTCT 2019），按录入值</translation>
    </message>
    <message>
        <source>Record assessment</source>
        <translation>记录评估</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
    <message>
        <source>CRS –</source>
        <translation>CRS –</translation>
    </message>
    <message>
        <source>ICANS –</source>
        <translation>ICANS –</translation>
    </message>
    <message>
        <source>ICE –</source>
        <translation>ICE –</translation>
    </message>
    <message>
        <source>CRS grade %1</source>
        <translation>CRS %1 级</translation>
    </message>
    <message>
        <source>ICANS grade %1</source>
        <translation>ICANS %1 级</translation>
    </message>
    <message>
        <source>ICE %1/10</source>
        <translation>ICE %1/10</translation>
    </message>
    <message>
        <source>ICE not done</source>
        <translation>未行 ICE 评估</translation>
    </message>
    <message>
        <source>Day %1 after infusion.</source>
        <translation>回输后第 %1 天。</translation>
    </message>
    <message>
        <source>CAPD (children 12 and under, instead of ICE)</source>
        <translation>CAPD（12 岁及以下儿童，代替 ICE）</translation>
    </message>
    <message>
        <source> of 32</source>
        <translation> / 32</translation>
    </message>
    <message>
        <source>CAPD total score</source>
        <translation>CAPD 总分</translation>
    </message>
    <message>
        <source>Unable to perform CAPD</source>
        <translation>无法完成 CAPD</translation>
    </message>
    <message>
        <source>Death (grade 5)</source>
        <translation>死亡（5 级）</translation>
    </message>
    <message>
        <source>Death due to CRS (no other principal cause)</source>
        <translation>死于 CRS（无其他主要原因）</translation>
    </message>
    <message>
        <source>Death due to ICANS (no other principal cause)</source>
        <translation>死于 ICANS（无其他主要原因）</translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation>取消更正</translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>记录更正</translation>
    </message>
    <message>
        <source>Correcting the assessment of %1 (day %2): the original stays on the sheet, marked as corrected.</source>
        <translation>正在更正 %1（第 %2 天）的评估：原记录保留在记录单中，并标记为已更正。</translation>
    </message>
    <message>
        <source>— not assessed —</source>
        <translation>— 未评估 —</translation>
    </message>
    <message>
        <source>(now, when the form opened)</source>
        <translation>（当前时间，表单打开时）</translation>
    </message>
    <message>
        <source>No hypotension</source>
        <translation>无低血压</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>血压</translation>
    </message>
</context>
<context>
    <name>cb::gui::MonitoringPanel</name>
    <message>
        <source>Monitoring sheet</source>
        <translation>监测记录单</translation>
    </message>
    <message>
        <source>Worst grade per day</source>
        <translation>每日最重分级</translation>
    </message>
    <message>
        <source>Monitoring starts at the infusion (day 0), which is not recorded yet.</source>
        <translation>监测自回输（第 0 天）开始，尚未记录回输。</translation>
    </message>
    <message>
        <source>Day 0 was %1. No assessment recorded yet.</source>
        <translation>第 0 天为 %1。尚未记录评估。</translation>
    </message>
    <message>
        <source>Overall: worst CRS grade %1%2, worst ICANS grade %3%4; tocilizumab doses: %5%6%7.</source>
        <translation>总体：最重 CRS 分级 %1%2，最重 ICANS 分级 %3%4；托珠单抗给药次数：%5%6%7。</translation>
    </message>
    <message>
        <source> (day %1)</source>
        <translation> （第 %1 天）</translation>
    </message>
    <message>
        <source>; steroids given</source>
        <translation>；已使用糖皮质激素</translation>
    </message>
    <message>
        <source>; ICU transfer</source>
        <translation>；转入 ICU</translation>
    </message>
    <message>
        <source>Only a coordinator or a clinician can record assessments.</source>
        <translation>仅协调员或临床医生可记录评估。</translation>
    </message>
    <message>
        <source>Monitoring starts at the infusion (day 0).</source>
        <translation>监测自回输（第 0 天）开始。</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Load the selected assessment into the form to record a corrected version; the original stays on the sheet, marked as corrected.</source>
        <translation>将所选评估载入表单以记录更正版本；原记录保留在记录单中，并标记为已更正。</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Void the selected assessment with a reason; it stays on the sheet, struck through, and no longer counts.</source>
        <translation>填写原因后作废所选评估；该评估仍保留在记录单中，以删除线显示，不再计入。</translation>
    </message>
    <message>
        <source>the assessment of %1 (day %2)</source>
        <translation>%1（第 %2 天）的评估</translation>
    </message>
    <message>
        <source>Assessment not voided</source>
        <translation>评估未作废</translation>
    </message>
    <message>
        <source>the assessment being corrected is no longer on the sheet; cancel the correction and select it again.</source>
        <translation>正在更正的评估已不在记录单中；请取消更正后重新选择。</translation>
    </message>
</context>
<context>
    <name>cb::gui::NewReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>新建转诊</translation>
    </message>
    <message>
        <source>* required. Choose &quot;unknown&quot; where a value is not known; nothing is left blank by accident.</source>
        <translation>* 为必填项。值不明时请选择“未知”，以免误留空白。</translation>
    </message>
    <message>
        <source>&amp;Register referral</source>
        <translation>登记转诊(&amp;R)</translation>
    </message>
    <message>
        <source>1. Find the patient</source>
        <translation>1. 查找患者</translation>
    </message>
    <message>
        <source>MRN or national number</source>
        <translation>病案号或国家编号</translation>
    </message>
    <message>
        <source>Family or given name, Latin or Chinese</source>
        <translation>姓或名，拉丁字母或中文均可</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>标识符(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>找到的患者</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>查找结果：</translation>
    </message>
    <message>
        <source>No patient chosen: a new patient will be registered.</source>
        <translation>未选择患者：将登记新患者。</translation>
    </message>
    <message>
        <source>Register a &amp;new patient instead</source>
        <translation>改为登记新患者(&amp;N)</translation>
    </message>
    <message>
        <source>2. The patient</source>
        <translation>2. 患者信息</translation>
    </message>
    <message>
        <source>Who issued the identifier: the hospital&apos;s record-number namespace, a national health authority …</source>
        <translation>标识符的发证机构：医院病案号命名空间、国家卫生健康部门 …</translation>
    </message>
    <message>
        <source>MR — medical record number</source>
        <translation>MR — 病案号</translation>
    </message>
    <message>
        <source>NH — national health number</source>
        <translation>NH — 国家健康编号</translation>
    </message>
    <message>
        <source>NI — national identity number</source>
        <translation>NI — 身份证号</translation>
    </message>
    <message>
        <source>PPN — passport</source>
        <translation>PPN — 护照号</translation>
    </message>
    <message>
        <source>PI — patient internal id</source>
        <translation>PI — 患者内部编号</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Identifier (authority, type, value)</source>
        <translation>标识符（发证机构、类型、值）</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>姓(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Given name(s):</source>
        <translation>名(&amp;G)：</translation>
    </message>
    <message>
        <source>Chinese &amp;name:</source>
        <translation>中文姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>性别(&amp;S)：</translation>
    </message>
    <message>
        <source>3. The referral</source>
        <translation>3. 转诊信息</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>电话或电子邮箱</translation>
    </message>
    <message>
        <source>Referring &amp;clinician:</source>
        <translation>转诊医生(&amp;C)：</translation>
    </message>
    <message>
        <source>I&amp;nstitution:</source>
        <translation>机构(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系方式(&amp;O)：</translation>
    </message>
    <message>
        <source>Referral &amp;date:</source>
        <translation>转诊日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>危急</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>紧急程度(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Indication:</source>
        <translation>适应证(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. DLBCL NOS, transformed follicular lymphoma, Ph-like B-ALL</source>
        <translation>如 DLBCL NOS、转化型滤泡性淋巴瘤、Ph 样 B-ALL</translation>
    </message>
    <message>
        <source>Su&amp;btype:</source>
        <translation>亚型(&amp;B)：</translation>
    </message>
    <message>
        <source>e.g. cilta-cel, axi-cel</source>
        <translation>如 cilta-cel、axi-cel</translation>
    </message>
    <message>
        <source>Intended &amp;product:</source>
        <translation>拟用产品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Funding / approval ref.:</source>
        <translation>医保/审批编号(&amp;F)：</translation>
    </message>
    <message>
        <source>What the referrer asks the board</source>
        <translation>转诊医生向多学科会诊提出的问题</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>%1 %2 · born %3 · %4 · %5</source>
        <translation>%1 %2 · 出生 %3 · %4 · %5</translation>
    </message>
    <message>
        <source>No patient found: register a new one below.</source>
        <translation>未找到患者：请在下方登记新患者。</translation>
    </message>
    <message>
        <source>case %1 (%2, %3)</source>
        <translation>病例 %1（%2，%3）</translation>
    </message>
    <message>
        <source>Referral for the known patient &lt;b&gt;%1&lt;/b&gt; (%2 earlier case(s)); the record is kept.</source>
        <translation>为已有患者 &lt;b&gt;%1&lt;/b&gt; 登记转诊（既往病例 %2 个）；沿用其病历记录。</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>未结病例：%1</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1，%2 出生</translation>
    </message>
    <message>
        <source>Possible duplicate — is this the same person? %1. Choose the record to refer that patient, or go on to register a new one.</source>
        <translation>疑似重复——是否为同一人？%1。选择该病历记录即为该患者转诊，或继续登记新患者。</translation>
    </message>
    <message>
        <source>Give the patient&apos;s identifier (its value).</source>
        <translation>请填写患者的标识符（值）。</translation>
    </message>
    <message>
        <source>Give the family name (or the Chinese name).</source>
        <translation>请填写姓（或中文姓名）。</translation>
    </message>
    <message>
        <source>Choose the sex (&quot;unknown&quot; is a choice).</source>
        <translation>请选择性别（可选“未知”）。</translation>
    </message>
    <message>
        <source>Birth date: %1</source>
        <translation>出生日期：%1</translation>
    </message>
    <message>
        <source>Give the referring clinician.</source>
        <translation>请填写转诊医生。</translation>
    </message>
    <message>
        <source>Choose the indication.</source>
        <translation>请选择适应证。</translation>
    </message>
    <message>
        <source>Choose the urgency.</source>
        <translation>请选择紧急程度。</translation>
    </message>
</context>
<context>
    <name>cb::gui::ObservationDialog</name>
    <message>
        <source>Correct an observation</source>
        <translation>更正观察值</translation>
    </message>
    <message>
        <source>Add an observation</source>
        <translation>添加观察值</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>&amp;Observation: *</source>
        <translation>观察值(&amp;O)：*</translation>
    </message>
    <message>
        <source>&amp;Value: *</source>
        <translation>数值(&amp;V)：*</translation>
    </message>
    <message>
        <source>day only</source>
        <translation>仅日期</translation>
    </message>
    <message>
        <source>with the time</source>
        <translation>含时间</translation>
    </message>
    <message>
        <source>&amp;Taken: *</source>
        <translation>采集时间(&amp;T)：*</translation>
    </message>
    <message>
        <source>e.g. echocardiogram report, hospital lab</source>
        <translation>如超声心动图报告、医院检验科</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reason for the correction: *</source>
        <translation>更正原因(&amp;R)：*</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <source>Plausible: %1–%2 %3</source>
        <translation>合理范围：%1–%2 %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>= %1 %2 (stored), as entered %3 %4</source>
        <translation>= %1 %2（存储值），录入值 %3 %4</translation>
    </message>
    <message>
        <source>Choose the observation.</source>
        <translation>请选择观察值。</translation>
    </message>
    <message>
        <source>Value: &quot;%1&quot; is not a number.</source>
        <translation>数值：“%1”不是数字。</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>请填写更正原因。</translation>
    </message>
</context>
<context>
    <name>cb::gui::OpinionEditorDialog</name>
    <message>
        <source>%1 opinion — %2</source>
        <translation>%1意见 — %2</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>推荐意见：</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>条件：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>签署…</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>修订…</translation>
    </message>
    <message>
        <source>Amend the signed opinion</source>
        <translation>修订已签署的意见</translation>
    </message>
    <message>
        <source>Why is the opinion amended? (required)</source>
        <translation>为什么修订此意见？（必填）</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>第 %1 版 — %2</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>New opinion</source>
        <translation>新意见</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed&lt;/b&gt; by %1 (%2) on %3&lt;br&gt;&lt;i&gt;%4&lt;/i&gt;</source>
        <translation>由 %1（%2）于 %3 &lt;b&gt;签署&lt;/b&gt;&lt;br&gt;&lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Draft by %1, last saved %2. Not signed.</source>
        <translation>%1 的草稿，最后保存于 %2。未签署。</translation>
    </message>
    <message>
        <source>&lt;br&gt;Amendment of version %1 — reason: %2</source>
        <translation>&lt;br&gt;第 %1 版的修订 — 原因：%2</translation>
    </message>
    <message>
        <source>Only a specialist of %1 can record or sign this opinion, while the case is in work-up or review.</source>
        <translation>只有%1专科医师可以在病例处于检查评估或专科评审阶段时记录或签署此意见。</translation>
    </message>
    <message>
        <source>The opinion is signed: amend it to change it.</source>
        <translation>此意见已签署：如需更改请修订。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; checklist %2 · %3 concern(s) · %4 contraindication(s) · %5 stale</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;核查清单 %2 · %3 项需关注 · %4 项禁忌证 · %5 项已过期</translation>
    </message>
    <message>
        <source>Opinion changed meanwhile</source>
        <translation>意见已被他人修改</translation>
    </message>
    <message>
        <source>Reload now? Your unsaved changes will be lost.</source>
        <translation>现在重新载入吗？未保存的更改将丢失。</translation>
    </message>
    <message>
        <source>Opinion not saved</source>
        <translation>意见未保存</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Choose a recommendation and save the draft before signing.</source>
        <translation>签署前请选择推荐意见并保存草稿。</translation>
    </message>
    <message>
        <source>Specialist, %1</source>
        <translation>%1专科医师</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation>修订需要填写原因。</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Amending&lt;/b&gt; — reason: %1. Save or sign to record the new version.</source>
        <translation>&lt;br&gt;&lt;b&gt;修订中&lt;/b&gt; — 原因：%1。保存或签署以记录新版本。</translation>
    </message>
    <message>
        <source>The %1 opinion</source>
        <translation>%1意见</translation>
    </message>
</context>
<context>
    <name>cb::gui::OverdueActionsPanel</name>
    <message>
        <source>Overdue actions from board verdicts: %1</source>
        <translation>多学科会诊结论中已逾期的待办事项：%1</translation>
    </message>
</context>
<context>
    <name>cb::gui::PartialDateEdit</name>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type 2019, 2019-03 or 2019-03-14.</source>
        <translation>“%1”不是日期：请输入 2019、2019-03 或 2019-03-14。</translation>
    </message>
    <message>
        <source>Required: at least the year.</source>
        <translation>必填：至少填写年份。</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 晚于当前日期。</translation>
    </message>
</context>
<context>
    <name>cb::gui::PathwayPanel</name>
    <message>
        <source>Record step…</source>
        <translation>记录步骤…</translation>
    </message>
    <message>
        <source>Pathway steps</source>
        <translation>治疗流程步骤</translation>
    </message>
    <message>
        <source> [%1 — to be confirmed locally]</source>
        <translation> [%1 — 待本中心确认]</translation>
    </message>
    <message>
        <source>Product timings (%1): lymphodepletion %2 day(s); infusion %3–%4 days after it</source>
        <translation>产品时间安排（%1）：淋巴细胞清除 %2 天；清除结束后 %3–%4 天回输</translation>
    </message>
    <message>
        <source>; repeat lymphodepletion after %1 days</source>
        <translation>；超过 %1 天需重新进行淋巴细胞清除</translation>
    </message>
    <message>
        <source>Day 0: %1.</source>
        <translation>第 0 天：%1。</translation>
    </message>
    <message>
        <source>Only a coordinator or a clinician can record pathway steps.</source>
        <translation>仅协调员或临床医生可记录治疗流程步骤。</translation>
    </message>
    <message>
        <source>The pathway starts after the board&apos;s eligible verdict.</source>
        <translation>多学科会诊作出“符合条件”的会诊结论后，治疗流程方可开始。</translation>
    </message>
    <message>
        <source>Step recorded</source>
        <translation>步骤已记录</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Record a corrected version of the selected step; the original stays, marked as corrected.</source>
        <translation>为所选步骤记录更正版本；原记录保留，并标记为已更正。</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Void the selected step with a reason; it stays listed, struck through.</source>
        <translation>填写原因后作废所选步骤；该步骤仍保留在列表中，以删除线显示。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>Step not voided</source>
        <translation>步骤未作废</translation>
    </message>
</context>
<context>
    <name>cb::gui::PathwayStepDialog</name>
    <message>
        <source>Washouts met</source>
        <translation>已满足洗脱期</translation>
    </message>
    <message>
        <source>ALC (/µL)</source>
        <translation>ALC（/µL）</translation>
    </message>
    <message>
        <source>CD3 (/µL)</source>
        <translation>CD3（/µL）</translation>
    </message>
    <message>
        <source>Chain of identity</source>
        <translation>身份识别链</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>末次用药日期</translation>
    </message>
    <message>
        <source>Cardiotoxic agent</source>
        <translation>心脏毒性药物</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>疗效</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Fludarabine (mg/m²/day)</source>
        <translation>氟达拉滨（mg/m²/day）</translation>
    </message>
    <message>
        <source>Cyclophosphamide (mg/m²/day)</source>
        <translation>环磷酰胺（mg/m²/day）</translation>
    </message>
    <message>
        <source>BSA (m²)</source>
        <translation>体表面积（m²）</translation>
    </message>
    <message>
        <source>Labs taken on</source>
        <translation>检验日期</translation>
    </message>
    <message>
        <source>Platelets (×10⁹/L)</source>
        <translation>血小板（×10⁹/L）</translation>
    </message>
    <message>
        <source>ANC (/µL)</source>
        <translation>ANC（/µL）</translation>
    </message>
    <message>
        <source>Hemoglobin (g/dL)</source>
        <translation>血红蛋白（g/dL）</translation>
    </message>
    <message>
        <source>CRP</source>
        <translation>C 反应蛋白（CRP）</translation>
    </message>
    <message>
        <source>Ferritin (ng/mL)</source>
        <translation>铁蛋白（ng/mL）</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Premedication</source>
        <translation>预给药</translation>
    </message>
    <message>
        <source>Caregiver confirmed</source>
        <translation>已确认照护者</translation>
    </message>
    <message>
        <source>Prophylaxis</source>
        <translation>预防用药</translation>
    </message>
    <message>
        <source>No driving until</source>
        <translation>禁止驾驶至</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record a pathway step</source>
        <translation>记录治疗路径步骤</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Date (first day)</source>
        <translation>日期（首日）</translation>
    </message>
    <message>
        <source>Record step</source>
        <translation>记录步骤</translation>
    </message>
    <message>
        <source>CAR-HEMATOTOX is scored from these labs, taken before lymphodepletion.</source>
        <translation>CAR-HEMATOTOX 评分依据以下淋巴细胞清除前的实验室检查结果计算。</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
    <message>
        <source>Correct a pathway step</source>
        <translation>更正治疗路径步骤</translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>记录更正</translation>
    </message>
    <message>
        <source>The %1 step</source>
        <translation>“%1”步骤</translation>
    </message>
</context>
<context>
    <name>cb::gui::PatientMergeDialog</name>
    <message>
        <source>Merge patient records</source>
        <translation>合并患者记录</translation>
    </message>
    <message>
        <source>Two records of one person become one: every identifier of the merged record stays as an alias of the kept one, and its cases and record entries move to it. A merge cannot be undone, and is refused while both have open cases.</source>
        <translation>同一人的两份记录合并为一份：被合并记录的所有标识符作为别名保留在保留的记录中，其病例和记录条目也移至该记录。合并无法撤销；若两份记录均有未结病例，则拒绝合并。</translation>
    </message>
    <message>
        <source>Identifier or name of the other record</source>
        <translation>另一份记录的标识符或姓名</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Other record:</source>
        <translation>另一份记录(&amp;O)：</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>查找结果：</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>本记录</translation>
    </message>
    <message>
        <source>&amp;Keep this record</source>
        <translation>保留本记录(&amp;K)</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>另一份记录</translation>
    </message>
    <message>
        <source>Keep the o&amp;ther record</source>
        <translation>保留另一份记录(&amp;T)</translation>
    </message>
    <message>
        <source>Find the other record above.</source>
        <translation>请在上方查找另一份记录。</translation>
    </message>
    <message>
        <source>&amp;Reason *:</source>
        <translation>理由(&amp;R) *：</translation>
    </message>
    <message>
        <source>Approval by an administrator</source>
        <translation>管理员批准</translation>
    </message>
    <message>
        <source>A coordinator merges records with an administrator&apos;s approval: the administrator types their own username and password here.</source>
        <translation>协调员合并记录须经管理员批准：由管理员在此输入本人的用户名和密码。</translation>
    </message>
    <message>
        <source>&amp;Administrator *:</source>
        <translation>管理员(&amp;A) *：</translation>
    </message>
    <message>
        <source>&amp;Password *:</source>
        <translation>密码(&amp;P) *：</translation>
    </message>
    <message>
        <source>&amp;Merge records</source>
        <translation>合并记录(&amp;M)</translation>
    </message>
    <message>
        <source>Patient %1 cannot be shown.</source>
        <translation>无法显示患者 %1。</translation>
    </message>
    <message>
        <source>record number</source>
        <translation>病历号</translation>
    </message>
    <message>
        <source>national health number</source>
        <translation>国家医保号</translation>
    </message>
    <message>
        <source>national identity number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>internal id</source>
        <translation>内部编号</translation>
    </message>
    <message>
        <source>other identifier</source>
        <translation>其他标识符</translation>
    </message>
    <message>
        <source>patient %1</source>
        <translation>患者 %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1，%2 出生</translation>
    </message>
    <message>
        <source>this hospital</source>
        <translation>本院</translation>
    </message>
    <message>
        <source>alias of a merged record</source>
        <translation>已合并记录的别名</translation>
    </message>
    <message>
        <source>Identifiers:</source>
        <translation>标识符：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Case %1: %2 — %3</source>
        <translation>病例 %1：%2 — %3</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>病例：</translation>
    </message>
    <message>
        <source>Type an identifier or a name of the other record.</source>
        <translation>请输入另一份记录的标识符或姓名。</translation>
    </message>
    <message>
        <source>%1 (patient %2, born %3)</source>
        <translation>%1（患者 %2，出生于 %3）</translation>
    </message>
    <message>
        <source>No other record found for &quot;%1&quot;.</source>
        <translation>未找到与“%1”相符的其他记录。</translation>
    </message>
    <message>
        <source>This record cannot be shown, so it cannot be merged.</source>
        <translation>无法显示本记录，因此不能合并。</translation>
    </message>
    <message>
        <source>Find and choose the other record first.</source>
        <translation>请先查找并选择另一份记录。</translation>
    </message>
    <message>
        <source>Give the reason for the merge (kept in the audit trail).</source>
        <translation>请填写合并理由（记入审计追踪）。</translation>
    </message>
    <message>
        <source>The approving administrator types their username and password.</source>
        <translation>请批准的管理员输入其用户名和密码。</translation>
    </message>
    <message>
        <source>Merge patient %1 into patient %2? Every identifier, case and record entry of patient %1 moves to patient %2. This cannot be undone.</source>
        <translation>将患者 %1 合并至患者 %2？患者 %1 的所有标识符、病例和记录条目将移至患者 %2。此操作无法撤销。</translation>
    </message>
    <message>
        <source>The records were not merged.</source>
        <translation>记录未合并。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>an identifier: its value, its type and who issued it</extracomment>
        <translation>%1（%2，%3）</translation>
    </message>
</context>
<context>
    <name>cb::gui::RecordActions</name>
    <message>
        <source>Start &amp;work-up</source>
        <translation>开始检查评估(&amp;W)</translation>
    </message>
    <message>
        <source>Move the referred case to work-up: the disciplines can then give their opinions.</source>
        <translation>将已转诊病例转入检查评估：各专科随后即可发表意见。</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>重新开启(&amp;O)…</translation>
    </message>
    <message>
        <source>Reopen the closed case, with a reason</source>
        <translation>重新开启已结案的病例（需填写原因）</translation>
    </message>
    <message>
        <source>Edit &amp;history…</source>
        <translation>编辑疾病史(&amp;H)…</translation>
    </message>
    <message>
        <source>Diagnosis, staging, cytogenetics, extramedullary and CNS disease, target antigen</source>
        <translation>诊断、分期、细胞遗传学、髓外病变和中枢神经系统病变、靶抗原</translation>
    </message>
    <message>
        <source>Add trans&amp;plant…</source>
        <translation>添加移植(&amp;P)…</translation>
    </message>
    <message>
        <source>An autologous or allogeneic transplant</source>
        <translation>自体或异基因移植</translation>
    </message>
    <message>
        <source>&amp;Add line…</source>
        <translation>添加治疗线(&amp;A)…</translation>
    </message>
    <message>
        <source>A prior line of therapy</source>
        <translation>一条既往治疗线</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <source>Replace the selected line with a corrected one; the original stays in the record</source>
        <translation>以更正后的治疗线替换所选治疗线；原治疗线保留在病历记录中</translation>
    </message>
    <message>
        <source>Entered in &amp;error…</source>
        <translation>录入错误(&amp;E)…</translation>
    </message>
    <message>
        <source>Mark the selected line as entered in error, with a reason</source>
        <translation>将所选治疗线标记为录入错误（需填写原因）</translation>
    </message>
    <message>
        <source>&amp;Add observation…</source>
        <translation>添加观察值(&amp;A)…</translation>
    </message>
    <message>
        <source>A lab value, LVEF, SpO2, ECOG … with its unit and the time it was taken</source>
        <translation>化验值、LVEF、SpO2、ECOG …，含单位及采集时间</translation>
    </message>
    <message>
        <source>Replace the selected value with a corrected one; the original stays</source>
        <translation>以更正后的数值替换所选数值；原值保留</translation>
    </message>
    <message>
        <source>Mark the selected value as entered in error, with a reason</source>
        <translation>将所选数值标记为录入错误（需填写原因）</translation>
    </message>
    <message>
        <source>The case is closed; reopen it to change the record.</source>
        <translation>该病例已结案；需重新开启后才能修改病历记录。</translation>
    </message>
    <message>
        <source>Allogeneic</source>
        <translation>异基因</translation>
    </message>
    <message>
        <source>Autologous</source>
        <translation>自体</translation>
    </message>
    <message>
        <source>correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>entered in error…</source>
        <translation>录入错误…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Cannot start the work-up</source>
        <translation>无法开始检查评估</translation>
    </message>
    <message>
        <source>Reopen case %1</source>
        <translation>重新开启病例 %1</translation>
    </message>
    <message>
        <source>Why is the case reopened? (kept in the audit trail)</source>
        <translation>重新开启该病例的原因？（将记入审计日志）</translation>
    </message>
    <message>
        <source>Cannot reopen the case</source>
        <translation>无法重新开启病例</translation>
    </message>
    <message>
        <source>Correct a line</source>
        <translation>更正治疗线</translation>
    </message>
    <message>
        <source>Select the line to correct first.</source>
        <translation>请先选择要更正的治疗线。</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>录入错误</translation>
    </message>
    <message>
        <source>Select the line first.</source>
        <translation>请先选择治疗线。</translation>
    </message>
    <message>
        <source>Line %1 entered in error</source>
        <translation>治疗线 %1 录入错误</translation>
    </message>
    <message>
        <source>Why was this line entered in error? It stays in the record, marked.</source>
        <translation>该治疗线录入错误的原因？它将保留在病历记录中并加以标记。</translation>
    </message>
    <message>
        <source>Cannot mark the line</source>
        <translation>无法标记该治疗线</translation>
    </message>
    <message>
        <source>Transplant entered in error</source>
        <translation>移植录入错误</translation>
    </message>
    <message>
        <source>Why was this transplant entered in error? It stays in the record, marked.</source>
        <translation>该移植录入错误的原因？它将保留在病历记录中并加以标记。</translation>
    </message>
    <message>
        <source>Cannot mark the transplant</source>
        <translation>无法标记该移植</translation>
    </message>
    <message>
        <source>Correct an observation</source>
        <translation>更正观察值</translation>
    </message>
    <message>
        <source>Select the value to correct first.</source>
        <translation>请先选择要更正的数值。</translation>
    </message>
    <message>
        <source>Select the value first.</source>
        <translation>请先选择数值。</translation>
    </message>
    <message>
        <source>Value entered in error</source>
        <translation>数值录入错误</translation>
    </message>
    <message>
        <source>Why was this value entered in error? It stays in the record, marked.</source>
        <translation>该数值录入错误的原因？它将保留在病历记录中并加以标记。</translation>
    </message>
    <message>
        <source>Cannot mark the value</source>
        <translation>无法标记该数值</translation>
    </message>
    <message>
        <source>Mer&amp;ge records…</source>
        <translation>合并记录(&amp;G)…</translation>
    </message>
    <message>
        <source>Merge this patient&apos;s record with another record of the same person (a coordinator needs an administrator&apos;s approval)</source>
        <translation>将本患者的记录与同一人的另一份记录合并（协调员须经管理员批准）</translation>
    </message>
</context>
<context>
    <name>cb::gui::RecordDialog</name>
    <message>
        <source>Discard your entries?</source>
        <translation>放弃已填写的内容？</translation>
    </message>
    <message>
        <source>What you typed in this form is not saved. Close it and lose it?</source>
        <translation>此表单中填写的内容尚未保存。确定关闭并丢弃？</translation>
    </message>
</context>
<context>
    <name>cb::gui::ReviewPanel</name>
    <message>
        <source>Record verdict…</source>
        <translation>记录会诊结论…</translation>
    </message>
    <message>
        <source>Add dissent…</source>
        <translation>添加异议…</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <source>No recommendation yet</source>
        <translation>尚无推荐意见</translation>
    </message>
    <message>
        <source>%1 concern(s) · %2 contraindication(s)</source>
        <translation>%1 项需关注 · %2 项禁忌证</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>已过期：%1</translation>
    </message>
    <message>
        <source>Open and edit…</source>
        <translation>打开并编辑…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1d6b3a&apos;&gt;Review complete:&lt;/b&gt; every required discipline has signed.</source>
        <translation>&lt;b style=&apos;color:#1d6b3a&apos;&gt;评审完成：&lt;/b&gt;所有必需专科均已签署。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Still missing before the board:&lt;/b&gt;&lt;br&gt;• %1</source>
        <translation>&lt;b&gt;会诊前仍缺少：&lt;/b&gt;&lt;br&gt;• %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict:&lt;/b&gt; %1 %2</source>
        <translation>&lt;b&gt;结论：&lt;/b&gt;%1 %2</translation>
    </message>
    <message>
        <source>(draft, not signed)</source>
        <translation>（草稿，未签署）</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>条件：%1</translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation>决策依据：%1</translation>
    </message>
    <message>
        <source>Override approved by %1: %2</source>
        <translation>豁免由 %1 批准：%2</translation>
    </message>
    <message>
        <source>Dissent — %1 (%2): “%3”</source>
        <translation>异议 — %1（%2）：“%3”</translation>
    </message>
    <message>
        <source>Signed by %1 on %2: %3</source>
        <translation>由 %1 于 %2 签署：%3</translation>
    </message>
    <message>
        <source>Only a board chair records and signs the verdict.</source>
        <translation>只有会诊主席可以记录和签署会诊结论。</translation>
    </message>
    <message>
        <source>The case must be ready for the board: every required discipline signed.</source>
        <translation>病例必须处于待会诊状态：所有必需专科均已签署。</translation>
    </message>
    <message>
        <source>Only board members (specialists and the chair) record dissent.</source>
        <translation>只有会诊成员（专科医师和会诊主席）可以记录异议。</translation>
    </message>
    <message>
        <source>Dissent is recorded against a verdict.</source>
        <translation>异议须针对会诊结论记录。</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Your dissent, recorded verbatim (it cannot be changed afterwards):</source>
        <translation>您的异议将按原文记录（记录后不可更改）：</translation>
    </message>
    <message>
        <source>Dissent not recorded</source>
        <translation>异议未记录</translation>
    </message>
    <message>
        <source>Record changed since signed</source>
        <translation>签署后病历记录已变更</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meeting:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Attendance:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;会议：&lt;/b&gt;%1&lt;br&gt;&lt;b&gt;出席情况：&lt;/b&gt;%2</translation>
    </message>
</context>
<context>
    <name>cb::gui::SettingsDialog</name>
    <message>
        <source>Follow the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>In use now: %1. A change takes effect the next time CellBoard starts; leave the field empty for this workstation&apos;s own database file.</source>
        <translation>当前使用：%1。更改将在下次启动 CellBoard 时生效；留空则使用本工作站自己的数据库文件。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美国信纸）</translation>
    </message>
    <message>
        <source>Only an administrator changes this setting: it applies to the whole program and every change is recorded in the audit trail.</source>
        <translation>只有管理员可以更改此设置：它适用于整个项目，每次更改都会记录在审计追踪中。</translation>
    </message>
    <message>
        <source>You may change this workstation&apos;s language and database. The program settings on the other tabs are changed by an administrator.</source>
        <translation>您可以更改本工作站的语言和数据库。其他选项卡中的项目设置由管理员更改。</translation>
    </message>
    <message>
        <source>Choose the CellBoard database</source>
        <translation>选择 CellBoard 数据库</translation>
    </message>
    <message>
        <source>CellBoard databases (*.sqlite *.db);;All files (*)</source>
        <translation>CellBoard 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Grading</source>
        <translation>分级(&amp;G)</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 份备份</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored by its administrator with pg_restore.</source>
        <translation>PostgreSQL 数据库由其管理员用 pg_restore 恢复。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>Backups of this workstation&apos;s database %1 are verified after writing (integrity, audit trail, signatures) and readable by their owner only. Latest backup: %2. Choose a folder on another disk where you can.</source>
        <translation>本工作站数据库 %1 的备份在写入后会被校验（完整性、审计记录、签名），且只有其所有者可读。最新备份：%2。如有可能，请选择另一块磁盘上的文件夹。</translation>
    </message>
    <message>
        <source>The backup is checked first, and the database in use now is kept beside it with the time in its name. Changes made after the backup are then only in that kept copy. Everyone logs in again.</source>
        <translation>恢复前会先校验备份，当前使用的数据库会保留在旁边，文件名中带有时间。备份之后的更改将只存在于该保留副本中。所有人需要重新登录。</translation>
    </message>
    <message>
        <source>Only an administrator restores the database from a backup.</source>
        <translation>只有管理员可以从备份恢复数据库。</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>Restore the database from a backup</source>
        <translation>从备份恢复数据库</translation>
    </message>
    <message>
        <source>CellBoard backups (*.backup.sqlite *.sqlite);;All files (*)</source>
        <translation>CellBoard 备份 (*.backup.sqlite *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2.</source>
        <translation>备份 %1 无法恢复：%2。</translation>
    </message>
    <message>
        <source>Restore the database from this backup?

%1
taken %2 · schema %3 · %4 audit entries and %5 signatures verified

Everything recorded after the backup is replaced: it stays only in the database in use now, which is kept in the same folder with the time in its name. Everyone using this database logs in again.</source>
        <translation>要从此备份恢复数据库吗？

%1
备份于 %2 · 架构版本 %3 · 已校验 %4 条审计记录和 %5 个签名

备份之后记录的所有内容都将被替换：它们只保留在当前使用的数据库中，该数据库会保留在同一文件夹，文件名中带有时间。使用此数据库的所有人需要重新登录。</translation>
    </message>
    <message>
        <source>The database was restored from %1. Log in again.</source>
        <translation>数据库已从 %1 恢复。请重新登录。</translation>
    </message>
    <message>
        <source>The database was restored from %1; the one it replaced is kept as %2. Log in again.</source>
        <translation>数据库已从 %1 恢复；被替换的数据库保留为 %2。请重新登录。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1: choose a folder you may write to.</source>
        <translation>无法创建备份文件夹 %1：请选择一个您有写入权限的文件夹。</translation>
    </message>
</context>
<context>
    <name>cb::gui::SignatureDialog</name>
    <message>
        <source>Sign</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>签署人：</translation>
    </message>
    <message>
        <source>Signing as:</source>
        <translation>签署身份：</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>您的密码：</translation>
    </message>
    <message>
        <source>I confirm the meaning of this signature.</source>
        <translation>我确认此签署的含义。</translation>
    </message>
    <message>
        <source>A signed record cannot be changed, only amended with a reason.</source>
        <translation>已签署的记录不能更改，只能附原因修订。</translation>
    </message>
</context>
<context>
    <name>cb::gui::StateChip</name>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
</context>
<context>
    <name>cb::gui::StatusBarPanel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>当前用户：%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Every patient in this database is invented. Do not enter real patients here.</source>
        <translation>本数据库中的所有患者均为虚构。请勿在此录入真实患者。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of roles or disciplines</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>最近备份：%1</translation>
    </message>
    <message>
        <source>The latest backup of this database in its backup folder (File → Back up now…; the schedule is in Settings → Backups).</source>
        <translation>此数据库在其备份文件夹中的最新备份（文件 → 立即备份…；备份计划在 设置 → 备份 中）。</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <source>There is no backup of this database in its backup folder. Back it up with File → Back up now…, or set a schedule in Settings → Backups.</source>
        <translation>此数据库的备份文件夹中没有备份。请通过 文件 → 立即备份… 进行备份，或在 设置 → 备份 中设置计划。</translation>
    </message>
</context>
<context>
    <name>cb::gui::TextLimit</name>
    <message>
        <source>At most %1 characters: the limit is reached.</source>
        <translation>最多 %1 个字符：已达上限。</translation>
    </message>
    <message>
        <source>%1 of %2 characters: the limit; the pasted text was cut there.</source>
        <translation>%1 / %2 个字符：已达上限；粘贴的文字在此处被截断。</translation>
    </message>
    <message>
        <source>%1 of %2 characters: the limit is reached.</source>
        <translation>%1 / %2 个字符：已达上限。</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2 个字符</translation>
    </message>
</context>
<context>
    <name>cb::gui::TherapyLineDialog</name>
    <message>
        <source>Progression</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Toxicity</source>
        <translation>毒性</translation>
    </message>
    <message>
        <source>Completed as planned</source>
        <translation>按计划完成</translation>
    </message>
    <message>
        <source>Patient&apos;s choice</source>
        <translation>患者意愿</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Induction</source>
        <translation>诱导</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>巩固</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维持</translation>
    </message>
    <message>
        <source>Salvage</source>
        <translation>挽救</translation>
    </message>
    <message>
        <source>Bridging</source>
        <translation>桥接治疗</translation>
    </message>
    <message>
        <source>Correct a therapy line</source>
        <translation>更正治疗线</translation>
    </message>
    <message>
        <source>Add a therapy line</source>
        <translation>添加治疗线</translation>
    </message>
    <message>
        <source>Line &amp;number: *</source>
        <translation>治疗线序号(&amp;N)：*</translation>
    </message>
    <message>
        <source>e.g. VRd, R-CHOP — a known regimen fills its drugs</source>
        <translation>如 VRd、R-CHOP——已知方案会自动填入其药物</translation>
    </message>
    <message>
        <source>&amp;Regimen: *</source>
        <translation>方案(&amp;R)：*</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>药物类别</translation>
    </message>
    <message>
        <source>Refractory</source>
        <translation>难治</translation>
    </message>
    <message>
        <source>Add &amp;drug</source>
        <translation>添加药物(&amp;D)</translation>
    </message>
    <message>
        <source>Remo&amp;ve drug</source>
        <translation>移除药物(&amp;V)</translation>
    </message>
    <message>
        <source>Drugs:</source>
        <translation>药物：</translation>
    </message>
    <message>
        <source>still &amp;receiving</source>
        <translation>仍在接受(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start: *</source>
        <translation>开始日期(&amp;S)：*</translation>
    </message>
    <message>
        <source>Sto&amp;p:</source>
        <translation>停止日期(&amp;P)：</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Reason s&amp;topped:</source>
        <translation>停药原因(&amp;T)：</translation>
    </message>
    <message>
        <source>ALL</source>
        <translation>ALL</translation>
    </message>
    <message>
        <source>Best res&amp;ponse:</source>
        <translation>最佳疗效(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Intent:</source>
        <translation>治疗目的(&amp;I)：</translation>
    </message>
    <message>
        <source>Propose re&amp;fractoriness</source>
        <translation>建议难治判定(&amp;F)</translation>
    </message>
    <message>
        <source>Pro&amp;gression date:</source>
        <translation>进展日期(&amp;G)：</translation>
    </message>
    <message>
        <source>Reason for the correction: *</source>
        <translation>更正原因：*</translation>
    </message>
    <message>
        <source>— class —</source>
        <translation>— 药物类别 —</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>refractory</source>
        <translation>难治</translation>
    </message>
    <message>
        <source>not refractory</source>
        <translation>非难治</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>请填写更正原因。</translation>
    </message>
</context>
<context>
    <name>cb::gui::TransplantDialog</name>
    <message>
        <source>Correct a transplant</source>
        <translation>更正移植</translation>
    </message>
    <message>
        <source>Add a transplant</source>
        <translation>添加移植</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Autologous</source>
        <translation>自体</translation>
    </message>
    <message>
        <source>Allogeneic</source>
        <translation>异基因</translation>
    </message>
    <message>
        <source>&amp;Kind: *</source>
        <translation>类型(&amp;K)：*</translation>
    </message>
    <message>
        <source>&amp;Date: *</source>
        <translation>日期(&amp;D)：*</translation>
    </message>
    <message>
        <source>e.g. melphalan 200 mg/m², BEAM, Flu/Bu4</source>
        <translation>如美法仑 200 mg/m²、BEAM、Flu/Bu4</translation>
    </message>
    <message>
        <source>&amp;Conditioning:</source>
        <translation>预处理(&amp;C)：</translation>
    </message>
    <message>
        <source>Matched related</source>
        <translation>亲缘全相合</translation>
    </message>
    <message>
        <source>Matched unrelated</source>
        <translation>非亲缘全相合</translation>
    </message>
    <message>
        <source>Mismatched unrelated</source>
        <translation>非亲缘不全相合</translation>
    </message>
    <message>
        <source>Haploidentical</source>
        <translation>单倍体相合</translation>
    </message>
    <message>
        <source>Cord blood</source>
        <translation>脐血</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>D&amp;onor:</source>
        <translation>供者(&amp;O)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Acute</source>
        <translation>急性</translation>
    </message>
    <message>
        <source>Chronic</source>
        <translation>慢性</translation>
    </message>
    <message>
        <source>&amp;GVHD:</source>
        <translation>移植物抗宿主病 (GVHD)(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason for the correction: *</source>
        <translation>更正原因(&amp;R)：*</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Choose autologous or allogeneic.</source>
        <translation>请选择自体或异基因。</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>请填写更正原因。</translation>
    </message>
</context>
<context>
    <name>cb::gui::TreatmentTabs</name>
    <message>
        <source>Pathway</source>
        <translation>治疗路径</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监测</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>随访</translation>
    </message>
</context>
<context>
    <name>cb::gui::UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them before closing?</source>
        <translation>%1有未保存的更改。关闭前保存吗？</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Discard them?</source>
        <translation>%1有未保存的更改。放弃这些更改吗？</translation>
    </message>
</context>
<context>
    <name>cb::gui::VoidReasonDialog</name>
    <message>
        <source>Void %1</source>
        <translation>作废%1</translation>
    </message>
    <message>
        <source>The %1 stays in the record, struck through and marked with your name, the time and this reason; it no longer counts. Why is it void?</source>
        <translation>%1将保留在记录中，以删除线显示，并标注您的姓名、时间和此原因；它将不再计入。作废原因是什么？</translation>
    </message>
    <message>
        <source>e.g. entered on the wrong patient</source>
        <translation>例如：录入到了错误的患者</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
</context>
<context>
    <name>cb::gui::WorklistPage</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Administrators manage users with &quot;cellboard-cli user add | list | disable | unlock | reset-password&quot;. To see cases, log in with a clinical account.</source>
        <translation>管理员可使用“cellboard-cli user add | list | disable | unlock | reset-password”管理用户。如需查看病例，请使用临床账户登录。</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All indications</source>
        <translation>全部适应证</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>工作列表</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 个病例</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 个病例</translation>
    </message>
    <message>
        <source>No case matches these filters. Clear the search or choose &quot;All&quot; to see more.</source>
        <translation>没有符合筛选条件的病例。请清除搜索或选择“全部”以查看更多。</translation>
    </message>
    <message>
        <source>There are no cases yet. Register the first referral with File → New referral… (Ctrl+N).</source>
        <translation>还没有病例。请通过“文件 → 新建转诊…”（Ctrl+N）登记第一份转诊。</translation>
    </message>
    <message>
        <source>There are no cases yet. A coordinator or the board chair registers referrals with File → New referral… (Ctrl+N).</source>
        <translation>还没有病例。协调员或会诊主席可通过“文件 → 新建转诊…”（Ctrl+N）登记转诊。</translation>
    </message>
</context>
<context>
    <name>cb::presentation::AgendaModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Ready; to check: %1</source>
        <translation>就绪；待核查：%1</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>未就绪：%1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪状态</translation>
    </message>
    <message>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2（%3）</translation>
    </message>
    <message>
        <source>This case&apos;s slot ends after the meeting&apos;s planned end (%1): shorten slots or move cases to another meeting.</source>
        <translation>该病例的时间段超出会议计划结束时间（%1）：请缩短时间段，或将病例移至其他会议。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>cb::presentation::AssessmentModel</name>
    <message>
        <source>Tocilizumab %1 mg</source>
        <translation>托珠单抗 %1 mg</translation>
    </message>
    <message>
        <source>ICU transfer</source>
        <translation>转入 ICU</translation>
    </message>
    <message>
        <source>Hypotension</source>
        <translation>低血压</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Room air</source>
        <translation>未吸氧</translation>
    </message>
    <message>
        <source>%1, %2 L/min</source>
        <translation>%1，%2 L/min</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>清醒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Temp °C</source>
        <translation>体温 °C</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation>吸氧</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>Neurology</source>
        <translation>神经内科</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>CRS</translation>
    </message>
    <message>
        <source>ICANS</source>
        <translation>ICANS</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>干预措施</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>评估者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Voided by %1 at %2: %3</source>
        <translation>已由 %1 于 %2 作废：%3</translation>
    </message>
    <message>
        <source>Corrected: see assessment %1</source>
        <translation>已更正：见评估 %1</translation>
    </message>
    <message>
        <source>Correction of assessment %1</source>
        <translation>评估 %1 的更正</translation>
    </message>
</context>
<context>
    <name>cb::presentation::AttendanceModel</name>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>专科</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>出席状态</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离开时间</translation>
    </message>
</context>
<context>
    <name>cb::presentation::AuditTrailModel</name>
    <message>
        <source>(system)</source>
        <translation>（系统）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 was %2</source>
        <translation>%1 原为 %2</translation>
    </message>
    <message>
        <source>demo program</source>
        <translation>演示项目</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>case id</source>
        <translation>病例号</translation>
    </message>
    <message>
        <source>why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>failed attempts</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <source>discipline</source>
        <translation>专科</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>signature id</source>
        <translation>签名编号</translation>
    </message>
    <message>
        <source>locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>indication</source>
        <translation>适应证</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>sent at</source>
        <translation>告知时间</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>推荐意见</translation>
    </message>
    <message>
        <source>printed name</source>
        <translation>签名姓名</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>override</source>
        <translation>豁免</translation>
    </message>
    <message>
        <source>opinions</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>opinion id</source>
        <translation>意见编号</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待办数</translation>
    </message>
    <message>
        <source>observed on</source>
        <translation>观察日期</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>met</source>
        <translation>法定人数已满足</translation>
    </message>
    <message>
        <source>due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>dissent id</source>
        <translation>异议编号</translation>
    </message>
    <message>
        <source>disciplines</source>
        <translation>专科</translation>
    </message>
    <message>
        <source>contraindications</source>
        <translation>禁忌证</translation>
    </message>
    <message>
        <source>concerns</source>
        <translation>需关注项</translation>
    </message>
    <message>
        <source>code</source>
        <translation>观察指标</translation>
    </message>
    <message>
        <source>close reason</source>
        <translation>结案原因</translation>
    </message>
    <message>
        <source>action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>assessment id</source>
        <translation>评估编号</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>audit entry</source>
        <translation>审计条目</translation>
    </message>
    <message>
        <source>by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>content SHA-256</source>
        <translation>内容 SHA-256</translation>
    </message>
    <message>
        <source>CRS grade</source>
        <translation>CRS 分级</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>due only</source>
        <translation>仅到期</translation>
    </message>
    <message>
        <source>duration (min)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>step id</source>
        <translation>步骤编号</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>已回避</translation>
    </message>
    <message>
        <source>final</source>
        <translation>正式版</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>CAR-HEMATOTOX score</source>
        <translation>CAR-HEMATOTOX 评分</translation>
    </message>
    <message>
        <source>ICANS grade</source>
        <translation>ICANS 分级</translation>
    </message>
    <message>
        <source>infusion date</source>
        <translation>回输日期</translation>
    </message>
    <message>
        <source>infusion step id</source>
        <translation>回输步骤编号</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>会议形式</translation>
    </message>
    <message>
        <source>MRD</source>
        <translation>MRD</translation>
    </message>
    <message>
        <source>patient id</source>
        <translation>患者编号</translation>
    </message>
    <message>
        <source>position</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>presence</source>
        <translation>出席状态</translation>
    </message>
    <message>
        <source>response</source>
        <translation>疗效</translation>
    </message>
    <message>
        <source>rule version</source>
        <translation>规则版本</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>随访计划</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>slot (min)</source>
        <translation>时间段（分钟）</translation>
    </message>
    <message>
        <source>starts at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>target</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>用户编号</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>随访次数</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>supersedes</source>
        <translation>取代</translation>
    </message>
    <message>
        <source>superseded by</source>
        <translation>被取代于</translation>
    </message>
    <message>
        <source>void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>meeting id</source>
        <translation>会议编号</translation>
    </message>
    <message>
        <source>decision id</source>
        <translation>会诊结论编号</translation>
    </message>
    <message>
        <source>action id</source>
        <translation>待办事项编号</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <source>ICE score</source>
        <translation>ICE 评分</translation>
    </message>
    <message>
        <source>temperature (°C)</source>
        <translation>体温（°C）</translation>
    </message>
    <message>
        <source>grading conventions</source>
        <translation>分级约定</translation>
    </message>
    <message>
        <source>the review quorum was met</source>
        <translation>已达到专科评审法定人数</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>未知用户名</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>账户已停用</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>a voided pathway step</source>
        <translation>作废的治疗路径步骤</translation>
    </message>
    <message>
        <source>a follow-up visit</source>
        <translation>随访访视</translation>
    </message>
    <message>
        <source>the %1 step</source>
        <translation>“%1”步骤</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>危急</translation>
    </message>
    <message>
        <source>a lifecycle step</source>
        <translation>病例流程步骤</translation>
    </message>
    <message>
        <source>the start of the work-up</source>
        <translation>开始检查评估</translation>
    </message>
    <message>
        <source>reopening the case</source>
        <translation>重新开启病例</translation>
    </message>
    <message>
        <source>the signed verdict</source>
        <translation>已签署的会诊结论</translation>
    </message>
    <message>
        <source>a signed opinion</source>
        <translation>已签署的意见</translation>
    </message>
    <message>
        <source>a change of the record</source>
        <translation>病历记录的变更</translation>
    </message>
    <message>
        <source>subtype</source>
        <translation>亚型</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>closed for</source>
        <translation>结案原因</translation>
    </message>
    <message>
        <source>a recorded opinion</source>
        <translation>已记录的意见</translation>
    </message>
    <message>
        <source>an amended opinion</source>
        <translation>已修订的意见</translation>
    </message>
    <message>
        <source>comparator</source>
        <translation>比较符</translation>
    </message>
    <message>
        <source>entered unit</source>
        <translation>录入单位</translation>
    </message>
    <message>
        <source>entered value</source>
        <translation>录入值</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>provenance</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>row version</source>
        <translation>行版本</translation>
    </message>
    <message>
        <source>best response</source>
        <translation>最佳疗效</translation>
    </message>
    <message>
        <source>conditioning</source>
        <translation>预处理</translation>
    </message>
    <message>
        <source>donor</source>
        <translation>供者</translation>
    </message>
    <message>
        <source>GVHD</source>
        <translation>GVHD</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>drug classes</source>
        <translation>药物类别</translation>
    </message>
    <message>
        <source>drugs</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>intent</source>
        <translation>治疗目的</translation>
    </message>
    <message>
        <source>line</source>
        <translation>线数</translation>
    </message>
    <message>
        <source>regimen</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>reason stopped</source>
        <translation>停药原因</translation>
    </message>
    <message>
        <source>progression date</source>
        <translation>进展日期</translation>
    </message>
    <message>
        <source>refractory</source>
        <translation>难治</translation>
    </message>
    <message>
        <source>response criteria</source>
        <translation>疗效标准</translation>
    </message>
    <message>
        <source>correction reason</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估计</translation>
    </message>
    <message>
        <source>days since allo-HCT</source>
        <translation>异基因移植后天数</translation>
    </message>
    <message>
        <source>target antigen</source>
        <translation>靶抗原</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>CNS</source>
        <translation>CNS</translation>
    </message>
    <message>
        <source>cytogenetics</source>
        <translation>细胞遗传学</translation>
    </message>
    <message>
        <source>cytogenetics note</source>
        <translation>细胞遗传学备注</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>diagnosis date</source>
        <translation>诊断日期</translation>
    </message>
    <message>
        <source>Ann Arbor stage</source>
        <translation>Ann Arbor 分期</translation>
    </message>
    <message>
        <source>ISS</source>
        <translation>ISS</translation>
    </message>
    <message>
        <source>R-ISS</source>
        <translation>R-ISS</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>extramedullary disease</source>
        <translation>髓外病变</translation>
    </message>
    <message>
        <source>bulky disease</source>
        <translation>大包块</translation>
    </message>
    <message>
        <source>Ph status</source>
        <translation>Ph 状态</translation>
    </message>
    <message>
        <source>CNS status</source>
        <translation>中枢神经系统状态</translation>
    </message>
    <message>
        <source>prior lines</source>
        <translation>既往治疗线数</translation>
    </message>
    <message>
        <source>prior BCMA therapy</source>
        <translation>既往 BCMA 治疗</translation>
    </message>
    <message>
        <source>prior CAR-T</source>
        <translation>既往 CAR-T 治疗</translation>
    </message>
    <message>
        <source>triple-class exposed</source>
        <translation>三类药物暴露</translation>
    </message>
    <message>
        <source>triple-class refractory</source>
        <translation>三类药物难治</translation>
    </message>
    <message>
        <source>penta-exposed</source>
        <translation>五药暴露</translation>
    </message>
    <message>
        <source>penta-refractory</source>
        <translation>五药难治</translation>
    </message>
    <message>
        <source>exposed classes</source>
        <translation>已暴露药物类别</translation>
    </message>
    <message>
        <source>lenalidomide refractory</source>
        <translation>来那度胺难治</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>identifiers</source>
        <translation>标识符</translation>
    </message>
    <message>
        <source>referrer</source>
        <translation>转诊医生</translation>
    </message>
    <message>
        <source>merged into</source>
        <translation>合并至</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>observations</source>
        <translation>观察指标</translation>
    </message>
    <message>
        <source>regimens</source>
        <translation>方案</translation>
    </message>
</context>
<context>
    <name>cb::presentation::BoardActionModel</name>
    <message>
        <source>%1 (case %2)</source>
        <translation>%1（病例 %2）</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>未定日期</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — 已逾期</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Verdict taken</source>
        <translation>会诊结论所在会议</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
</context>
<context>
    <name>cb::presentation::ChecklistModel</name>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>[unverified]</source>
        <translation>[未经核实]</translation>
    </message>
    <message>
        <source>(from record)</source>
        <translation>（来自病历）</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>Contraindication</source>
        <translation>禁忌证</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Source: %1 %2</source>
        <translation>来源：%1 %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>date?</source>
        <translation>日期？</translation>
    </message>
    <message numerus="yes">
        <source>When was this value measured? It must be from the %n day(s) before the meeting.</source>
        <translation>
            <numerusform>该数值是何时测得的？须为会议前%n天内的数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: type the date as YYYY-MM-DD (&quot;%2&quot; is not a date).</source>
        <translation>%1：请按 YYYY-MM-DD 输入日期（“%2”不是日期）。</translation>
    </message>
    <message>
        <source>%1: %2 is in the future; give the day the value was measured.</source>
        <translation>%1：%2 是将来的日期；请填写测得该数值的日期。</translation>
    </message>
    <message>
        <source>%1 needs a number; &quot;%2&quot; is not one.</source>
        <translation>%1 需要一个数字；“%2”不是数字。</translation>
    </message>
</context>
<context>
    <name>cb::presentation::ClinicalLabels</name>
    <message>
        <source>ECOG performance status</source>
        <translation>ECOG 体能状态评分</translation>
    </message>
    <message>
        <source>LVEF</source>
        <translation>左心室射血分数（LVEF）</translation>
    </message>
    <message>
        <source>SpO₂ (room air)</source>
        <translation>血氧饱和度（SpO₂，室内空气）</translation>
    </message>
    <message>
        <source>Bilirubin</source>
        <translation>胆红素</translation>
    </message>
    <message>
        <source>AST (× ULN)</source>
        <translation>AST（× ULN）</translation>
    </message>
    <message>
        <source>ALT (× ULN)</source>
        <translation>ALT（× ULN）</translation>
    </message>
    <message>
        <source>Creatinine clearance</source>
        <translation>肌酐清除率</translation>
    </message>
    <message>
        <source>ANC</source>
        <translation>中性粒细胞绝对计数（ANC）</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>血小板</translation>
    </message>
    <message>
        <source>Hemoglobin</source>
        <translation>血红蛋白</translation>
    </message>
    <message>
        <source>ALC</source>
        <translation>淋巴细胞绝对计数（ALC）</translation>
    </message>
    <message>
        <source>CRP</source>
        <translation>C 反应蛋白（CRP）</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>铁蛋白</translation>
    </message>
    <message>
        <source>Marrow plasma cells</source>
        <translation>骨髓浆细胞比例</translation>
    </message>
    <message>
        <source>Troponin</source>
        <translation>肌钙蛋白</translation>
    </message>
    <message>
        <source>NT-proBNP</source>
        <translation>NT-proBNP</translation>
    </message>
    <message>
        <source>IgG</source>
        <translation>IgG</translation>
    </message>
    <message>
        <source>ICE score (baseline)</source>
        <translation>ICE 评分（基线）</translation>
    </message>
    <message>
        <source>Life expectancy</source>
        <translation>预期生存期</translation>
    </message>
    <message>
        <source>CAR-HEMATOTOX score</source>
        <translation>CAR-HEMATOTOX 评分</translation>
    </message>
    <message>
        <source>PI</source>
        <translation>蛋白酶体抑制剂（PI）</translation>
    </message>
    <message>
        <source>IMiD</source>
        <translation>免疫调节剂（IMiD）</translation>
    </message>
    <message>
        <source>anti-CD38</source>
        <translation>抗 CD38 单抗</translation>
    </message>
    <message>
        <source>BCMA-directed</source>
        <translation>靶向 BCMA</translation>
    </message>
    <message>
        <source>anti-CD20</source>
        <translation>抗 CD20 单抗</translation>
    </message>
    <message>
        <source>alkylator</source>
        <translation>烷化剂</translation>
    </message>
    <message>
        <source>anthracycline</source>
        <translation>蒽环类</translation>
    </message>
    <message>
        <source>chemotherapy</source>
        <translation>化疗</translation>
    </message>
    <message>
        <source>bispecific</source>
        <translation>双特异性抗体</translation>
    </message>
    <message>
        <source>ADC</source>
        <translation>抗体偶联药物（ADC）</translation>
    </message>
    <message>
        <source>BTKi</source>
        <translation>BTK 抑制剂</translation>
    </message>
    <message>
        <source>BCL2i</source>
        <translation>BCL2 抑制剂</translation>
    </message>
    <message>
        <source>CAR-T</source>
        <translation>CAR-T</translation>
    </message>
    <message>
        <source>XPO1i</source>
        <translation>XPO1 抑制剂</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Treated (history of CNS disease)</source>
        <translation>已治疗（既往中枢神经系统受累）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动性</translation>
    </message>
    <message>
        <source>Opened the case</source>
        <translation>打开了病例</translation>
    </message>
    <message>
        <source>Registered the referral</source>
        <translation>登记了转诊</translation>
    </message>
    <message>
        <source>Moved the case</source>
        <translation>变更了病例状态</translation>
    </message>
    <message>
        <source>Closed the case</source>
        <translation>结案了病例</translation>
    </message>
    <message>
        <source>Listed cases</source>
        <translation>列出了病例</translation>
    </message>
    <message>
        <source>Added an observation</source>
        <translation>添加了观察指标</translation>
    </message>
    <message>
        <source>Refused: not permitted</source>
        <translation>被拒绝：无权限</translation>
    </message>
    <message>
        <source>Generated (synthetic test case)</source>
        <translation>自动生成（合成测试病例）</translation>
    </message>
    <message>
        <source>Reopened the case</source>
        <translation>重新开启了病例</translation>
    </message>
    <message>
        <source>Started the work-up</source>
        <translation>开始了检查评估</translation>
    </message>
    <message>
        <source>Exported the case</source>
        <translation>导出了病例</translation>
    </message>
    <message>
        <source>Imported records into the case</source>
        <translation>向病例导入了记录</translation>
    </message>
    <message>
        <source>Recorded an opinion</source>
        <translation>记录了意见</translation>
    </message>
    <message>
        <source>Changed a draft opinion</source>
        <translation>修改了意见草稿</translation>
    </message>
    <message>
        <source>Amended an opinion</source>
        <translation>修订了意见</translation>
    </message>
    <message>
        <source>Signed an opinion</source>
        <translation>签署了意见</translation>
    </message>
    <message>
        <source>Refused a signature (wrong password)</source>
        <translation>拒绝了签署（密码错误）</translation>
    </message>
    <message>
        <source>Recorded the verdict</source>
        <translation>记录了会诊结论</translation>
    </message>
    <message>
        <source>Signed the verdict</source>
        <translation>签署了会诊结论</translation>
    </message>
    <message>
        <source>Recorded a dissent</source>
        <translation>记录了异议</translation>
    </message>
    <message>
        <source>Recorded how the verdict was communicated</source>
        <translation>记录了会诊结论的告知方式</translation>
    </message>
    <message>
        <source>Added an action of the verdict</source>
        <translation>添加了会诊结论的待办事项</translation>
    </message>
    <message>
        <source>Changed the status of an action</source>
        <translation>更改了待办事项的状态</translation>
    </message>
    <message>
        <source>Scheduled a meeting</source>
        <translation>安排了会议</translation>
    </message>
    <message>
        <source>Rescheduled a meeting</source>
        <translation>重新安排了会议</translation>
    </message>
    <message>
        <source>Cancelled a meeting</source>
        <translation>取消了会议</translation>
    </message>
    <message>
        <source>Recorded attendance</source>
        <translation>记录了出席情况</translation>
    </message>
    <message>
        <source>Exported the minutes</source>
        <translation>导出了会议纪要</translation>
    </message>
    <message>
        <source>Put the case on a meeting&apos;s agenda</source>
        <translation>将病例列入会议议程</translation>
    </message>
    <message>
        <source>Took the case off a meeting&apos;s agenda</source>
        <translation>将病例移出会议议程</translation>
    </message>
    <message>
        <source>Moved the case on the agenda</source>
        <translation>调整了病例在议程中的顺序</translation>
    </message>
    <message>
        <source>Set the presenter and time slot</source>
        <translation>设置了汇报人和时段</translation>
    </message>
    <message>
        <source>Recorded a conflict of interest</source>
        <translation>记录了利益冲突</translation>
    </message>
    <message>
        <source>Signed the minutes</source>
        <translation>签署了会议纪要</translation>
    </message>
    <message>
        <source>Corrected a pathway step</source>
        <translation>更正了治疗路径步骤</translation>
    </message>
    <message>
        <source>Voided a pathway step</source>
        <translation>作废了治疗路径步骤</translation>
    </message>
    <message>
        <source>Corrected a monitoring assessment</source>
        <translation>更正了监测评估</translation>
    </message>
    <message>
        <source>Voided a monitoring assessment</source>
        <translation>作废了监测评估</translation>
    </message>
    <message>
        <source>Removed the open follow-up visits</source>
        <translation>移除了未完成的随访访视</translation>
    </message>
    <message>
        <source>Changed the disease history</source>
        <translation>修改了疾病史</translation>
    </message>
    <message>
        <source>Added a therapy line</source>
        <translation>添加了治疗线</translation>
    </message>
    <message>
        <source>Corrected a therapy line</source>
        <translation>更正了治疗线</translation>
    </message>
    <message>
        <source>Voided a therapy line</source>
        <translation>作废了治疗线</translation>
    </message>
    <message>
        <source>Added a transplant</source>
        <translation>添加了移植</translation>
    </message>
    <message>
        <source>Corrected a transplant</source>
        <translation>更正了移植</translation>
    </message>
    <message>
        <source>Voided a transplant</source>
        <translation>作废了移植</translation>
    </message>
    <message>
        <source>Corrected an observation</source>
        <translation>更正了观察指标</translation>
    </message>
    <message>
        <source>Voided an observation</source>
        <translation>作废了观察指标</translation>
    </message>
    <message>
        <source>Viewed the record&apos;s entries</source>
        <translation>查阅了记录条目</translation>
    </message>
    <message>
        <source>Added the patient</source>
        <translation>添加了患者</translation>
    </message>
    <message>
        <source>Corrected the patient&apos;s details</source>
        <translation>更正了患者信息</translation>
    </message>
    <message>
        <source>Merged two records of the patient</source>
        <translation>合并了该患者的两份记录</translation>
    </message>
    <message>
        <source>Opened the patient</source>
        <translation>打开了患者</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>doses</source>
        <translation>剂</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>线</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>cells/µL</source>
        <translation>个/µL</translation>
    </message>
    <message>
        <source>radiotherapy</source>
        <translation>放疗</translation>
    </message>
    <message>
        <source>Recorded a pathway step</source>
        <translation>记录治疗路径步骤</translation>
    </message>
    <message>
        <source>Recorded a monitoring assessment</source>
        <translation>记录监测评估</translation>
    </message>
    <message>
        <source>Scheduled the follow-up visits</source>
        <translation>安排随访访视</translation>
    </message>
    <message>
        <source>Recorded a follow-up visit</source>
        <translation>记录随访访视</translation>
    </message>
    <message>
        <source>Imported lab results (HL7)</source>
        <translation>导入了检验结果（HL7）</translation>
    </message>
    <message>
        <source>Held lab results: no patient matched</source>
        <translation>暂存了检验结果：未匹配到患者</translation>
    </message>
    <message>
        <source>Assigned held lab results to the patient</source>
        <translation>将暂存的检验结果分配给该患者</translation>
    </message>
</context>
<context>
    <name>cb::presentation::DecisionActionModel</name>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message numerus="yes">
        <source>Open — overdue by %n day(s)</source>
        <translation>
            <numerusform>待办 — 已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>cb::presentation::FollowUpDueModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>随访访视</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>cb::presentation::FollowUpModel</name>
    <message>
        <source>IgG %1 mg/dL</source>
        <translation>IgG %1 mg/dL</translation>
    </message>
    <message>
        <source>CD4 %1/µL</source>
        <translation>CD4 %1/µL</translation>
    </message>
    <message>
        <source>B-cell aplasia</source>
        <translation>B细胞缺乏</translation>
    </message>
    <message>
        <source>Secondary malignancy: %1</source>
        <translation>继发恶性肿瘤：%1</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访视</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>疗效</translation>
    </message>
    <message>
        <source>MRD</source>
        <translation>MRD</translation>
    </message>
    <message>
        <source>Late effects</source>
        <translation>远期不良反应</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>cb::presentation::MeetingListModel</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已召开</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将召开</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>会议形式</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>cb::presentation::MonitoringDayModel</name>
    <message>
        <source>tocilizumab ×%1</source>
        <translation>托珠单抗 ×%1</translation>
    </message>
    <message>
        <source>steroids</source>
        <translation>糖皮质激素</translation>
    </message>
    <message>
        <source>ICU</source>
        <translation>重症医学科</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Max °C</source>
        <translation>最高 °C</translation>
    </message>
    <message>
        <source>Worst CRS</source>
        <translation>最重 CRS</translation>
    </message>
    <message>
        <source>Worst ICANS</source>
        <translation>最重 ICANS</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>治疗</translation>
    </message>
</context>
<context>
    <name>cb::presentation::ObservationModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>观察指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Entered as %1 %2</source>
        <translation>录入值：%1 %2</translation>
    </message>
</context>
<context>
    <name>cb::presentation::PathwayEventModel</name>
    <message>
        <source>Washouts met</source>
        <translation>已满足洗脱期</translation>
    </message>
    <message>
        <source>Washouts NOT met</source>
        <translation>未满足洗脱期</translation>
    </message>
    <message>
        <source>ALC %1/µL</source>
        <translation>ALC %1/µL</translation>
    </message>
    <message>
        <source>CD3 %1/µL</source>
        <translation>CD3 %1/µL</translation>
    </message>
    <message>
        <source>cardiotoxic</source>
        <translation>心脏毒性</translation>
    </message>
    <message>
        <source>response: %1</source>
        <translation>疗效：%1</translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation>批号 %1</translation>
    </message>
    <message>
        <source>CAR-HEMATOTOX %1 (%2)</source>
        <translation>CAR-HEMATOTOX %1（%2）</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>dose %1</source>
        <translation>剂量 %1</translation>
    </message>
    <message>
        <source>caregiver confirmed</source>
        <translation>已确认照护者</translation>
    </message>
    <message>
        <source>prophylaxis: %1</source>
        <translation>预防用药：%1</translation>
    </message>
    <message>
        <source>no driving until %1</source>
        <translation>%1 前禁止驾驶</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>第 %1 天</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Voided by %1 at %2: %3</source>
        <translation>已由 %1 于 %2 作废：%3</translation>
    </message>
    <message>
        <source>Corrected: see step %1</source>
        <translation>已更正：见步骤 %1</translation>
    </message>
    <message>
        <source>Correction of step %1</source>
        <translation>步骤 %1 的更正</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>cb::presentation::TherapyLineModel</name>
    <message>
        <source>ongoing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes (lenalidomide)</source>
        <translation>是（来那度胺）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线数</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Best response</source>
        <translation>最佳疗效</translation>
    </message>
    <message>
        <source>Refractory</source>
        <translation>难治</translation>
    </message>
    <message>
        <source>%1 (refractory)</source>
        <translation>%1（难治）</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>药物</translation>
    </message>
</context>
<context>
    <name>cb::presentation::WorklistModel</name>
    <message>
        <source>Search finds an MRN; the list is not sorted by MRN.</source>
        <translation>可搜索病案号；列表不按病案号排序。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>病案号</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>适应证</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>转诊日期</translation>
    </message>
    <message>
        <source>Days since referral</source>
        <translation>距转诊天数</translation>
    </message>
</context>
<context>
    <name>cb::report</name>
    <message>
        <source>Board chair — verdict</source>
        <translation>会诊主席 — 会诊结论</translation>
    </message>
    <message>
        <source>%1 — opinion</source>
        <translation>%1 — 意见</translation>
    </message>
    <message>
        <source>No opinion recorded</source>
        <translation>未记录意见</translation>
    </message>
    <message>
        <source>DRAFT — not signed (version %1)</source>
        <translation>草稿 — 未签署（第 %1 版）</translation>
    </message>
    <message>
        <source>Signed (version %1)</source>
        <translation>已签署（第 %1 版）</translation>
    </message>
    <message>
        <source>1. Patient and referral</source>
        <translation>1. 患者与转诊信息</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1（%2 岁）</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>病案号</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>适应证</translation>
    </message>
    <message>
        <source>Intended product</source>
        <translation>拟用产品</translation>
    </message>
    <message>
        <source>Referring physician</source>
        <translation>转诊医生</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>转诊日期</translation>
    </message>
    <message>
        <source>Referrer&apos;s question</source>
        <translation>转诊医生的问题</translation>
    </message>
    <message>
        <source>Case state</source>
        <translation>病例状态</translation>
    </message>
    <message>
        <source>Closure:</source>
        <translation>结案：</translation>
    </message>
    <message>
        <source>2. Disease and prior treatment</source>
        <translation>2. 疾病与既往治疗</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Diagnosis date</source>
        <translation>诊断日期</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>Cytogenetic risk</source>
        <translation>细胞遗传学风险</translation>
    </message>
    <message>
        <source>Extramedullary disease</source>
        <translation>髓外病变</translation>
    </message>
    <message>
        <source>CNS disease</source>
        <translation>中枢神经系统受累</translation>
    </message>
    <message>
        <source>Prior therapy lines (%1)</source>
        <translation>既往治疗线数（%1）</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Drug classes</source>
        <translation>药物类别</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Best response</source>
        <translation>最佳疗效</translation>
    </message>
    <message>
        <source>Refractory</source>
        <translation>难治</translation>
    </message>
    <message>
        <source>lenalidomide-refractory</source>
        <translation>来那度胺难治</translation>
    </message>
    <message>
        <source>Transplants</source>
        <translation>移植</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Autologous</source>
        <translation>自体</translation>
    </message>
    <message>
        <source>Allogeneic</source>
        <translation>异基因</translation>
    </message>
    <message>
        <source>Key observations</source>
        <translation>关键观察结果</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>观察指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>[unverified]</source>
        <translation>[未经核实]</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>stale value</source>
        <translation>数值已过期</translation>
    </message>
    <message>
        <source>3. Discipline opinions</source>
        <translation>3. 各专科意见</translation>
    </message>
    <message>
        <source>optional discipline</source>
        <translation>非必需专科</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>填写人：%1</translation>
    </message>
    <message>
        <source>checklist %1, version %2</source>
        <translation>核查表 %1，第 %2 版</translation>
    </message>
    <message>
        <source>%1 contraindication(s), %2 concern(s)</source>
        <translation>%1 项禁忌证，%2 项需关注</translation>
    </message>
    <message>
        <source>Amended (version %1 supersedes version %2). Reason:</source>
        <translation>已修订（第 %1 版取代第 %2 版）。原因：</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>条件：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>signed by %1 on %2</source>
        <translation>由 %1 于 %2 签署</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>No discipline is required or has an opinion.</source>
        <translation>无必需专科，也无任何专科提交意见。</translation>
    </message>
    <message>
        <source>4. Board verdict</source>
        <translation>4. 多学科会诊结论</translation>
    </message>
    <message>
        <source>The board has not recorded a verdict.</source>
        <translation>多学科会诊尚未记录会诊结论。</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <source>DRAFT — the chair has not signed this verdict (version %1).</source>
        <translation>草稿 — 会诊主席尚未签署本会诊结论（第 %1 版）。</translation>
    </message>
    <message>
        <source>Amended verdict (version %1). Reason:</source>
        <translation>已修订的会诊结论（第 %1 版）。原因：</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Bridging plan</source>
        <translation>桥接方案</translation>
    </message>
    <message>
        <source>Reason for deferral</source>
        <translation>暂缓原因</translation>
    </message>
    <message>
        <source>Reassess on</source>
        <translation>再评估日期</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>决策依据</translation>
    </message>
    <message>
        <source>Contraindication override</source>
        <translation>禁忌证豁免</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>批准人：%1</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Patient preference</source>
        <translation>患者意愿</translation>
    </message>
    <message>
        <source>Review quorum</source>
        <translation>审议法定人数</translation>
    </message>
    <message>
        <source>Met when the verdict was signed: </source>
        <translation>签署会诊结论时已满足：</translation>
    </message>
    <message>
        <source>Not met: </source>
        <translation>未满足：</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>No dissent recorded.</source>
        <translation>无异议记录。</translation>
    </message>
    <message>
        <source>%1 (%2), %3, verbatim:</source>
        <translation>%1（%2），%3，原文：</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>No actions recorded.</source>
        <translation>无待办事项记录。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Communication to the referring physician</source>
        <translation>与转诊医生的沟通</translation>
    </message>
    <message>
        <source>Sent %1 by %2 (%3).</source>
        <translation>%1 由 %2 发送（%3）。</translation>
    </message>
    <message>
        <source>Nothing in this case is signed yet.</source>
        <translation>本病例尚无任何内容已签署。</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Discipline / role</source>
        <translation>专科 / 角色</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>签署含义</translation>
    </message>
    <message>
        <source>Record fingerprint (SHA-256)</source>
        <translation>记录指纹（SHA-256）</translation>
    </message>
    <message>
        <source>Audit entry at export</source>
        <translation>导出时的审计条目</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>#%1  %2</translation>
    </message>
    <message>
        <source>Renderer</source>
        <translation>渲染程序</translation>
    </message>
    <message>
        <source>To check this paper against the database: &quot;cellboard-cli audit verify&quot; must report an intact chain, &quot;cellboard-cli audit entry %1&quot; must print the hash above, and an export of the same case must print the same record fingerprint unless the record changed since.</source>
        <translation>如需将本纸质文件与数据库核对：“cellboard-cli audit verify” 须报告审计链完整，“cellboard-cli audit entry %1” 须输出上述哈希值，且再次导出同一病例时须输出相同的记录指纹（除非记录在此之后有变更）。</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>出席：%1</translation>
    </message>
    <message>
        <source>no specialty required</source>
        <translation>无必需专科</translation>
    </message>
    <message>
        <source>; and at least %1 of: %2</source>
        <translation>；且以下专科中至少 %1 个：%2</translation>
    </message>
    <message>
        <source>A verdict that misses it is refused.</source>
        <translation>未满足该规则的会诊结论将被拒绝。</translation>
    </message>
    <message>
        <source>A shortfall is recorded with the verdict.</source>
        <translation>未满足的情况将随会诊结论一并记录。</translation>
    </message>
    <message>
        <source>The board found your patient eligible for CAR-T cell therapy with %1.</source>
        <translation>多学科会诊认为您的患者适合接受 %1 CAR-T 细胞治疗。</translation>
    </message>
    <message>
        <source>The board found your patient eligible for CAR-T cell therapy with %1, provided the conditions below are met before treatment goes ahead.</source>
        <translation>多学科会诊认为您的患者适合接受 %1 CAR-T 细胞治疗，前提是在开始治疗前满足以下条件。</translation>
    </message>
    <message>
        <source>The board has not decided yet and will look at the case again%1. The reason is: %2</source>
        <translation>多学科会诊尚未作出决定，将%1再次讨论该病例。原因：%2</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation>于 %1 </translation>
    </message>
    <message>
        <source>The board concluded that CAR-T cell therapy is not a suitable treatment for your patient at this time.</source>
        <translation>多学科会诊认为，目前 CAR-T 细胞治疗不适合您的患者。</translation>
    </message>
    <message>
        <source>ECOG performance status</source>
        <translation>ECOG 体能状态评分</translation>
    </message>
    <message>
        <source>LVEF</source>
        <translation>左心室射血分数（LVEF）</translation>
    </message>
    <message>
        <source>SpO₂ (room air)</source>
        <translation>血氧饱和度（SpO₂，室内空气）</translation>
    </message>
    <message>
        <source>Bilirubin</source>
        <translation>胆红素</translation>
    </message>
    <message>
        <source>AST</source>
        <translation>AST</translation>
    </message>
    <message>
        <source>ALT</source>
        <translation>ALT</translation>
    </message>
    <message>
        <source>Creatinine clearance</source>
        <translation>肌酐清除率</translation>
    </message>
    <message>
        <source>ANC</source>
        <translation>中性粒细胞绝对计数（ANC）</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>血小板</translation>
    </message>
    <message>
        <source>Hemoglobin</source>
        <translation>血红蛋白</translation>
    </message>
    <message>
        <source>ALC</source>
        <translation>淋巴细胞绝对计数（ALC）</translation>
    </message>
    <message>
        <source>CRP</source>
        <translation>C 反应蛋白（CRP）</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>铁蛋白</translation>
    </message>
    <message>
        <source>Marrow plasma cells</source>
        <translation>骨髓浆细胞比例</translation>
    </message>
    <message>
        <source>Troponin</source>
        <translation>肌钙蛋白</translation>
    </message>
    <message>
        <source>NT-proBNP</source>
        <translation>NT-proBNP</translation>
    </message>
    <message>
        <source>IgG</source>
        <translation>IgG</translation>
    </message>
    <message>
        <source>ICE score (baseline)</source>
        <translation>ICE 评分（基线）</translation>
    </message>
    <message>
        <source>Life expectancy</source>
        <translation>预期生存期</translation>
    </message>
    <message>
        <source>CAR-HEMATOTOX score</source>
        <translation>CAR-HEMATOTOX 评分</translation>
    </message>
    <message>
        <source>PI</source>
        <translation>蛋白酶体抑制剂（PI）</translation>
    </message>
    <message>
        <source>IMiD</source>
        <translation>免疫调节剂（IMiD）</translation>
    </message>
    <message>
        <source>anti-CD38</source>
        <translation>抗 CD38 单抗</translation>
    </message>
    <message>
        <source>BCMA-directed</source>
        <translation>靶向 BCMA</translation>
    </message>
    <message>
        <source>anti-CD20</source>
        <translation>抗 CD20 单抗</translation>
    </message>
    <message>
        <source>alkylator</source>
        <translation>烷化剂</translation>
    </message>
    <message>
        <source>anthracycline</source>
        <translation>蒽环类</translation>
    </message>
    <message>
        <source>chemotherapy</source>
        <translation>化疗</translation>
    </message>
    <message>
        <source>bispecific</source>
        <translation>双特异性抗体</translation>
    </message>
    <message>
        <source>ADC</source>
        <translation>抗体偶联药物（ADC）</translation>
    </message>
    <message>
        <source>BTKi</source>
        <translation>BTK 抑制剂</translation>
    </message>
    <message>
        <source>BCL2i</source>
        <translation>BCL2 抑制剂</translation>
    </message>
    <message>
        <source>CAR-T</source>
        <translation>CAR-T</translation>
    </message>
    <message>
        <source>XPO1i</source>
        <translation>XPO1 抑制剂</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Treated (history of CNS disease)</source>
        <translation>已治疗（既往中枢神经系统受累）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动性</translation>
    </message>
    <message>
        <source>%1. Signatures</source>
        <translation>%1. 签名</translation>
    </message>
    <message>
        <source>%1. Verification</source>
        <translation>%1. 核验</translation>
    </message>
    <message>
        <source>day 0</source>
        <translation>第 0 天</translation>
    </message>
    <message>
        <source>day −%1</source>
        <translation>第 −%1 天</translation>
    </message>
    <message>
        <source>day +%1</source>
        <translation>第 +%1 天</translation>
    </message>
    <message>
        <source>ALC %1/µL</source>
        <translation>ALC %1/µL</translation>
    </message>
    <message>
        <source>CD3 %1/µL</source>
        <translation>CD3 %1/µL</translation>
    </message>
    <message>
        <source>response: %1</source>
        <translation>疗效：%1</translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation>批号 %1</translation>
    </message>
    <message>
        <source>caregiver confirmed</source>
        <translation>已确认照护者</translation>
    </message>
    <message>
        <source>caregiver not confirmed</source>
        <translation>照护者未确认</translation>
    </message>
    <message>
        <source>no driving until %1</source>
        <translation>%1 前禁止驾驶</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Grade %1, first reached on %2 (%3)</source>
        <translation>%1 级，首次出现于%2（%3）</translation>
    </message>
    <message>
        <source>tocilizumab %1 mg</source>
        <translation>托珠单抗 %1 mg</translation>
    </message>
    <message>
        <source>transfer to the ICU</source>
        <translation>转入 ICU</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>%1 dose(s), %2 mg in total</source>
        <translation>%1 剂，共 %2 mg</translation>
    </message>
    <message>
        <source>Toxicity and its treatment (ASTCT 2019)</source>
        <translation>毒性及其处理（ASTCT 2019）</translation>
    </message>
    <message>
        <source>No monitoring assessment recorded.</source>
        <translation>尚无监测评估记录。</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监测</translation>
    </message>
    <message>
        <source>%1 assessments, day 0 to %2</source>
        <translation>共 %1 次评估，第 0 天至%2</translation>
    </message>
    <message>
        <source>Maximum CRS grade</source>
        <translation>CRS最高分级</translation>
    </message>
    <message>
        <source>No CRS (grade 0)</source>
        <translation>无 CRS（0 级）</translation>
    </message>
    <message>
        <source>Maximum ICANS grade</source>
        <translation>ICANS最高分级</translation>
    </message>
    <message>
        <source>No ICANS (grade 0)</source>
        <translation>无 ICANS（0 级）</translation>
    </message>
    <message>
        <source>Tocilizumab</source>
        <translation>托珠单抗</translation>
    </message>
    <message>
        <source>Corticosteroids</source>
        <translation>糖皮质激素</translation>
    </message>
    <message>
        <source>ICU transfer</source>
        <translation>转入 ICU</translation>
    </message>
    <message>
        <source>Yes, %1 (%2)</source>
        <translation>是，%1（%2）</translation>
    </message>
    <message>
        <source>Treatment given, with the grades of that assessment:</source>
        <translation>所给治疗及当次评估的分级：</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>CRS</translation>
    </message>
    <message>
        <source>ICANS</source>
        <translation>ICANS</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>给予</translation>
    </message>
    <message>
        <source>high risk (HT-high)</source>
        <translation>高风险（HT-high）</translation>
    </message>
    <message>
        <source>low risk (HT-low)</source>
        <translation>低风险（HT-low）</translation>
    </message>
    <message>
        <source>platelets</source>
        <translation>血小板</translation>
    </message>
    <message>
        <source>hemoglobin</source>
        <translation>血红蛋白</translation>
    </message>
    <message>
        <source>ferritin</source>
        <translation>铁蛋白</translation>
    </message>
    <message>
        <source>CAR-HEMATOTOX before lymphodepletion</source>
        <translation>淋巴细胞清除前 CAR-HEMATOTOX</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>未记录。</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>%1 of 7: %2</source>
        <translation>%1 分（满分 7 分）：%2</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>各项得分</translation>
    </message>
    <message>
        <source>Labs of</source>
        <translation>检验日期</translation>
    </message>
    <message>
        <source>Rule version</source>
        <translation>规则版本</translation>
    </message>
    <message>
        <source>Follow-up responses: %1</source>
        <translation>随访疗效：%1</translation>
    </message>
    <message>
        <source>No follow-up visit recorded yet.</source>
        <translation>尚无随访记录。</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访视</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>疗效</translation>
    </message>
    <message>
        <source>MRD</source>
        <translation>MRD</translation>
    </message>
    <message>
        <source>Next visit: %1, due %2.</source>
        <translation>下次访视：%1，应于 %2 进行。</translation>
    </message>
    <message>
        <source>%1. Treatment</source>
        <translation>%1. 治疗</translation>
    </message>
    <message>
        <source>%1 infused on %2 (day 0); days below count from the infusion.</source>
        <translation>%1 于 %2 回输（第 0 天）；下文天数均自回输日起计。</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>治疗路径</translation>
    </message>
    <message>
        <source>CAR-T infusion (day 0): %1, %2.</source>
        <translation>CAR-T 回输（第 0 天）：%1，%2。</translation>
    </message>
    <message>
        <source>Discharged on %1 (%2).</source>
        <translation>%1 出院（%2）。</translation>
    </message>
    <message>
        <source>Cytokine release syndrome: highest grade %1, on %2 (%3).</source>
        <translation>细胞因子释放综合征：最高 %1 级，出现于%2（%3）。</translation>
    </message>
    <message>
        <source>No cytokine release syndrome was graded.</source>
        <translation>未评出细胞因子释放综合征。</translation>
    </message>
    <message>
        <source>Neurotoxicity (ICANS): highest grade %1, on %2 (%3).</source>
        <translation>神经毒性（ICANS）：最高 %1 级，出现于%2（%3）。</translation>
    </message>
    <message>
        <source>No neurotoxicity (ICANS) was graded.</source>
        <translation>未评出神经毒性（ICANS）。</translation>
    </message>
    <message>
        <source>tocilizumab, %1</source>
        <translation>托珠单抗，%1</translation>
    </message>
    <message>
        <source>transfer to the ICU on %1</source>
        <translation>%1转入 ICU</translation>
    </message>
    <message>
        <source>Neither tocilizumab nor corticosteroids were needed.</source>
        <translation>未需使用托珠单抗或糖皮质激素。</translation>
    </message>
    <message>
        <source>Treatment given: %1.</source>
        <translation>所给治疗：%1。</translation>
    </message>
    <message>
        <source>CAR-HEMATOTOX before lymphodepletion: score %1, %2.</source>
        <translation>淋巴细胞清除前 CAR-HEMATOTOX：%1 分，%2。</translation>
    </message>
    <message>
        <source>Response at the %1 visit (%2): %3.</source>
        <translation>%1访视（%2）疗效：%3。</translation>
    </message>
    <message>
        <source>Response at the %1 visit (%2): %3, %4.</source>
        <translation>%1访视（%2）疗效：%3，%4。</translation>
    </message>
    <message>
        <source>Next follow-up visit: %1, due %2.</source>
        <translation>下次随访：%1，应于 %2 进行。</translation>
    </message>
    <message>
        <source>Treatment so far</source>
        <translation>目前的治疗经过</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
</context>
<context>
    <name>cb::report::CaseSummary</name>
    <message>
        <source>CAR-T Board Case Summary</source>
        <translation>CAR-T 多学科会诊病例摘要</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>%1 · case %2 · %3</source>
        <translation>%1 · 病例 %2 · %3</translation>
    </message>
    <message>
        <source>no verdict recorded</source>
        <translation>未记录会诊结论</translation>
    </message>
    <message>
        <source>the verdict is not signed</source>
        <translation>会诊结论未签署</translation>
    </message>
    <message>
        <source>DRAFT — this case is not complete and signed; not valid as the board&apos;s record. Missing: %1.</source>
        <translation>草稿 — 本病例尚未完成并签署，不能作为多学科会诊的正式记录。缺少：%1。</translation>
    </message>
    <message>
        <source>Final — every required opinion and the verdict are signed.</source>
        <translation>终版 — 所有必需意见及会诊结论均已签署。</translation>
    </message>
</context>
<context>
    <name>cb::report::MeetingMinutes</name>
    <message>
        <source>Minutes of the CAR-T Board Meeting</source>
        <translation>CAR-T 多学科会诊会议纪要</translation>
    </message>
    <message>
        <source>Meeting %1 — %2, %3</source>
        <translation>会议 %1 — %2，%3</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>DRAFT: this meeting was cancelled (%1).</source>
        <translation>草稿：本次会议已取消（%1）。</translation>
    </message>
    <message>
        <source>DRAFT: the chair has not signed these minutes; they may still change.</source>
        <translation>草稿：会诊主席尚未签署本会议纪要，内容仍可能变更。</translation>
    </message>
    <message>
        <source>DRAFT: this meeting has not been held yet; the attendance and agenda below are as planned.</source>
        <translation>草稿：本次会议尚未召开，以下出席情况及议程为计划安排。</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1（编号 %2）</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期与时间</translation>
    </message>
    <message>
        <source>%1, %2 minutes</source>
        <translation>%1，%2 分钟</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>会议形式</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>会诊主席</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已召开</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Attendance rule: %1</source>
        <translation>出席规则：%1</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Specialty or role</source>
        <translation>专科或角色</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>出席状态</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <source>Cases discussed</source>
        <translation>讨论病例</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>议程为空。</translation>
    </message>
    <message>
        <source>%1. %2 — MRN %3 — case %4 — %5</source>
        <translation>%1. %2 — 病案号 %3 — 病例 %4 — %5</translation>
    </message>
    <message>
        <source>Presented by %1</source>
        <translation>汇报人：%1</translation>
    </message>
    <message>
        <source>Excluded for a conflict of interest: %1</source>
        <translation>因利益冲突回避：%1</translation>
    </message>
    <message>
        <source>No verdict was recorded for this case in this meeting.</source>
        <translation>本次会议未就该病例记录会诊结论。</translation>
    </message>
    <message>
        <source>No verdict in this meeting. Still open: %1</source>
        <translation>本次会议未作出会诊结论。仍待完成：%1</translation>
    </message>
    <message>
        <source>Verdict: %1%2</source>
        <translation>会诊结论：%1%2</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation>（草稿）</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>条件：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>决策依据：</translation>
    </message>
    <message>
        <source>Attendance rule met at the verdict.</source>
        <translation>作出会诊结论时已满足出席规则。</translation>
    </message>
    <message>
        <source>Attendance rule NOT met at the verdict (recorded).</source>
        <translation>作出会诊结论时未满足出席规则（已记录）。</translation>
    </message>
    <message>
        <source>Dissent — %1 (%2):</source>
        <translation>异议 — %1（%2）：</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Verdict signed by %1 on %2.</source>
        <translation>会诊结论由 %1 于 %2 签署。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Board chair</source>
        <translation>会诊主席</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>签署含义</translation>
    </message>
    <message>
        <source>SHA-256 of the signed minutes</source>
        <translation>已签署会议纪要的 SHA-256</translation>
    </message>
    <message>
        <source>Not signed: the chair has not signed these minutes.</source>
        <translation>未签署：会诊主席尚未签署本会议纪要。</translation>
    </message>
    <message>
        <source>Audit chain at export: entry %1, hash %2 (check with cellboard-cli audit entry %1).</source>
        <translation>导出时的审计链：条目 %1，哈希值 %2（可用 cellboard-cli audit entry %1 核对）。</translation>
    </message>
</context>
<context>
    <name>cb::report::OutcomeLetter</name>
    <message>
        <source>CAR-T Board Outcome Letter</source>
        <translation>CAR-T 多学科会诊结果函</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>致：</translation>
    </message>
    <message>
        <source>Re: %1, born %2, MRN %3 — referred on %4</source>
        <translation>事由：%1，出生日期 %2，病案号 %3 — 转诊日期 %4</translation>
    </message>
    <message>
        <source>Dear colleague,</source>
        <translation>尊敬的同道：</translation>
    </message>
    <message>
        <source>Thank you for referring your patient to the CAR-T cell therapy board of %1 for %2.</source>
        <translation>感谢您将这位 %2 患者转诊至 %1 的 CAR-T 细胞治疗多学科会诊。</translation>
    </message>
    <message>
        <source>You asked:</source>
        <translation>您的问题：</translation>
    </message>
    <message>
        <source>The board has not reached a decision yet. This draft is not a decision and must not be sent.</source>
        <translation>多学科会诊尚未作出决定。本草稿不构成决定，不得发出。</translation>
    </message>
    <message>
        <source>The board&apos;s decision</source>
        <translation>多学科会诊决定</translation>
    </message>
    <message>
        <source>The board discussed the case and the chair signed its verdict on %1.</source>
        <translation>多学科会诊已讨论该病例，会诊主席已于 %1 签署会诊结论。</translation>
    </message>
    <message>
        <source>DRAFT: the chair has not signed this verdict; it may still change.</source>
        <translation>草稿：会诊主席尚未签署本会诊结论，内容仍可能变更。</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>条件：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Not every board member agreed; the dissent is recorded in full in the case summary.</source>
        <translation>并非所有会诊成员均表示同意，异议已完整记录于病例摘要中。</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <source>%1 — %2, by %3</source>
        <translation>%1 — %2，%3 前完成</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation>（已完成）</translation>
    </message>
    <message>
        <source>Bridging therapy:</source>
        <translation>桥接治疗：</translation>
    </message>
    <message>
        <source>The board looks at the case again on %1.</source>
        <translation>多学科会诊将于 %1 再次讨论该病例。</translation>
    </message>
    <message>
        <source>No further steps are planned by the board; your patient stays in your care.</source>
        <translation>多学科会诊未计划进一步措施，您的患者将继续由您诊治。</translation>
    </message>
    <message>
        <source>Caregiver and distance from the centre</source>
        <translation>照护者及与本中心的距离</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>For questions, results to send us or a change in your patient&apos;s condition, please contact: %1.</source>
        <translation>如有疑问、需向我们发送检查结果或患者病情发生变化，请联系：%1。</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation>此致敬礼！</translation>
    </message>
    <message>
        <source>Chair, CAR-T cell therapy board</source>
        <translation>CAR-T 细胞治疗多学科会诊主席</translation>
    </message>
    <message>
        <source>Signed electronically on %1; record fingerprint %2</source>
        <translation>已于 %1 电子签署；记录指纹 %2</translation>
    </message>
    <message>
        <source>Not signed: the chair has not signed the verdict.</source>
        <translation>未签署：会诊主席尚未签署会诊结论。</translation>
    </message>
    <message>
        <source>The board discussed the case at its meeting of %1 and the chair signed its verdict on %2.</source>
        <translation>多学科会诊在 %1 的会议上讨论了该病例，会诊主席于 %2 签署了会诊结论。</translation>
    </message>
    <message>
        <source>The chair signed the board&apos;s verdict on %1, outside a board meeting.</source>
        <translation>会诊主席于 %1 在会诊会议之外签署了会诊结论。</translation>
    </message>
</context>
<context>
    <name>cb::report::text</name>
    <message>
        <source>Give the name of the file to write.</source>
        <translation>请指定要写入的文件名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give a file name.</source>
        <translation>“%1”是文件夹，请指定文件名。</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; does not exist.</source>
        <translation>“%1”所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>The permissions of &quot;%1&quot; cannot be restricted to its owner.</source>
        <translation>无法将“%1”的权限限制为仅其所有者可访问。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be saved: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>DRAFT — not signed</source>
        <translation>草稿 — 未签署</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The output device refused a new page.</source>
        <translation>输出设备拒绝新建页面。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>The PDF could not be produced.</source>
        <translation>无法生成 PDF。</translation>
    </message>
    <message>
        <source>The document could not be painted on the output device.</source>
        <translation>无法在输出设备上绘制该文档。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>⚠ CONCERN</source>
        <translation>⚠ 需关注</translation>
    </message>
    <message>
        <source>✖ Contraindication</source>
        <translation>✖ 禁忌证</translation>
    </message>
    <message>
        <source>%1  ·  MRN %2  ·  born %3  ·  case %4</source>
        <translation>%1  ·  病案号 %2  ·  出生日期 %3  ·  病例 %4</translation>
    </message>
    <message>
        <source>Confidential: contains personal health information. For the treating team and the patient&apos;s record only; do not copy or forward.</source>
        <translation>机密：含个人健康信息。仅供治疗团队及患者病历使用，请勿复制或转发。</translation>
    </message>
</context>
<context>
    <name>cb::services</name>
    <message>
        <source>The %1 checklist is missing from this build.</source>
        <translation>此版本缺少%1核查清单。</translation>
    </message>
    <message>
        <source>Demo data: %1 has an unknown value &quot;%2&quot;.</source>
        <translation>演示数据：%1 含有未知值“%2”。</translation>
    </message>
    <message>
        <source>Demo data: case %1 lacks an MRN or a referral date.</source>
        <translation>演示数据：病例 %1 缺少病案号或转诊日期。</translation>
    </message>
    <message>
        <source>Demo review of %1: %2</source>
        <translation>%1 的演示评审：%2</translation>
    </message>
    <message>
        <source>The password library failed to start.</source>
        <translation>密码库启动失败。</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>内存不足，无法计算密码哈希。</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>A password cannot start or end with a space.</source>
        <translation>密码不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>已修订</translation>
    </message>
    <message>
        <source>Your account is not active.</source>
        <translation>您的账户未激活。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>不存在用户“%1”。</translation>
    </message>
    <message>
        <source>Demo meeting &quot;%1&quot;: %2</source>
        <translation>演示会议“%1”：%2</translation>
    </message>
    <message>
        <source>Demo pathway of %1: %2</source>
        <translation>%1 的演示治疗路径：%2</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>cb::services::AuditAnchor</name>
    <message>
        <source>The cryptography library (libsodium) could not start.</source>
        <translation>加密库（libsodium）无法启动。</translation>
    </message>
    <message>
        <source>Cannot read the audit key %1: %2. Its owner can read it; ask the administrator.</source>
        <translation>无法读取审计密钥 %1：%2。只有其所有者可以读取；请联系管理员。</translation>
    </message>
    <message>
        <source>The audit key %1 is damaged. Restore it from the workstation&apos;s backup, or ask the administrator: checkpoints signed with it cannot be checked without it.</source>
        <translation>审计密钥 %1 已损坏。请从工作站备份中恢复，或联系管理员：没有它，由它签署的检查点无法验证。</translation>
    </message>
    <message>
        <source>Cannot create the audit key %1: %2.</source>
        <translation>无法创建审计密钥 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot write the audit anchor %1: %2.</source>
        <translation>无法写入审计锚点 %1：%2。</translation>
    </message>
</context>
<context>
    <name>cb::services::AuditService</name>
    <message>
        <source>checkpoint %1 does not carry a valid signature (it was forged or changed)</source>
        <translation>检查点 %1 的签名无效（已被伪造或修改）</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation>缺少第 %1 至 %2 条记录</translation>
    </message>
    <message>
        <source>its link to the previous entry does not match (an entry before it was changed or removed)</source>
        <translation>其与上一条记录的链接不匹配（之前的某条记录被更改或删除）</translation>
    </message>
    <message>
        <source>its content does not match its hash (the entry was changed)</source>
        <translation>其内容与哈希值不匹配（该记录已被更改）</translation>
    </message>
    <message>
        <source>it, or an entry before it, was changed after checkpoint %1 signed it (the chain was re-hashed)</source>
        <translation>该记录或其之前的记录在检查点 %1 签署后被修改（审计链被重新计算了哈希）</translation>
    </message>
    <message>
        <source>of this workstation</source>
        <translation>（本工作站）</translation>
    </message>
    <message>
        <source>the chain ends at entry %1, but entry %2 was signed by a checkpoint: entries were removed</source>
        <translation>审计链止于第 %1 条，但检查点签署过第 %2 条：有记录被删除</translation>
    </message>
    <message>
        <source>the %1 %2 it signed is missing</source>
        <translation>其签署的%1 %2 已缺失</translation>
    </message>
    <message>
        <source>the %1 %2 no longer matches what %3 signed</source>
        <translation>%1 %2 与 %3 签署时的内容不再一致</translation>
    </message>
    <message>
        <source>The audit trail changed since this workstation signed entry %1: it was cut short or rewritten. Nothing more is signed; run &quot;cellboard-cli audit verify&quot; and tell the administrator.</source>
        <translation>自本工作站签署第 %1 条以来，审计记录已被改动：被截短或改写。不再签署新的检查点；请运行 &quot;cellboard-cli audit verify&quot; 并告知管理员。</translation>
    </message>
</context>
<context>
    <name>cb::services::AuthService</name>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>此账户已停用。请联系管理员。</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many wrong passwords. Try again in %n minute(s), or ask an administrator to unlock it.</source>
        <translation>
            <numerusform>因密码错误次数过多，此账户已被锁定。请在 %n 分钟后重试，或请管理员解锁。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked for %1 minutes.</source>
        <translation>密码错误次数过多：账户已锁定 %1 分钟。</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>新密码必须与旧密码不同。</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Name the approving user.</source>
        <translation>请指定批准人。</translation>
    </message>
    <message>
        <source>The approving user&apos;s password is missing.</source>
        <translation>缺少批准人的密码。</translation>
    </message>
    <message>
        <source>Approval refused: %1</source>
        <translation>批准被拒绝：%1</translation>
    </message>
    <message>
        <source>Approval refused: %1 must choose a new password before approving anything.</source>
        <translation>批准被拒绝：%1 须先设置新密码，才能批准任何操作。</translation>
    </message>
</context>
<context>
    <name>cb::services::BackupService</name>
    <message>
        <source>its audit trail is broken at entry %1: %2</source>
        <translation>其审计链在第 %1 条记录处断裂：%2</translation>
    </message>
    <message>
        <source>signature %1 does not verify: %2</source>
        <translation>签名 %1 校验失败：%2</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database: its administrator backs it up and restores it with the server&apos;s tools, e.g. pg_dump --format=custom --file=cellboard.dump &quot;%1&quot; and pg_restore (see the README, &quot;Backups&quot;). cellboard-cli backup and restore work on SQLite files.</source>
        <translation>%1 是 PostgreSQL 数据库：由其管理员使用服务器工具备份和恢复，例如 pg_dump --format=custom --file=cellboard.dump &quot;%1&quot; 和 pg_restore（见 README 的“Backups”一节）。cellboard-cli backup 和 restore 仅适用于 SQLite 文件。</translation>
    </message>
    <message>
        <source>No temporary folder to check the backup %1 in.</source>
        <translation>没有可用于校验备份 %1 的临时文件夹。</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>没有备份文件 %1。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a backup file.</source>
        <translation>%1 是文件夹，不是备份文件。</translation>
    </message>
    <message>
        <source>it is empty: it holds no CellBoard database</source>
        <translation>它是空的：不含 CellBoard 数据库</translation>
    </message>
    <message>
        <source>it is a SQLite database of another program, not a CellBoard backup</source>
        <translation>它是其他程序的 SQLite 数据库，不是 CellBoard 备份</translation>
    </message>
    <message>
        <source>it is not a database file at all</source>
        <translation>它根本不是数据库文件</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>它已损坏（%1）</translation>
    </message>
    <message>
        <source>it was written by a newer CellBoard (schema %1; this version knows %2): install the newer version to use it</source>
        <translation>它由更新版本的 CellBoard 写入（架构版本 %1；本版本支持到 %2）：请安装新版本后使用</translation>
    </message>
    <message>
        <source>it fails its integrity check (%1)</source>
        <translation>它未通过完整性检查（%1）</translation>
    </message>
    <message>
        <source>Name the backup file, e.g. -o cellboard-backup.sqlite.</source>
        <translation>请指定备份文件，例如 -o cellboard-backup.sqlite。</translation>
    </message>
    <message>
        <source>The backup must be another file than the database %1.</source>
        <translation>备份必须是不同于数据库 %1 的另一个文件。</translation>
    </message>
    <message>
        <source>%1 exists already: choose a new file name for the backup.</source>
        <translation>%1 已存在：请为备份选择新的文件名。</translation>
    </message>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation>%1 处没有可备份的数据库。</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to back up (&quot;cellboard-cli init&quot; creates a database in it).</source>
        <translation>%1 是空的：没有可备份的内容（“cellboard-cli init”会在其中创建数据库）。</translation>
    </message>
    <message>
        <source>%1 is not a CellBoard database: it is a SQLite database of another program, so CellBoard does not back it up.</source>
        <translation>%1 不是 CellBoard 数据库：它是其他程序的 SQLite 数据库，因此 CellBoard 不备份它。</translation>
    </message>
    <message>
        <source>%1 is not a CellBoard database: it is not a database file at all, so there is nothing to back up. Restore the latest backup, or ask your administrator.</source>
        <translation>%1 不是 CellBoard 数据库：它根本不是数据库文件，因此没有可备份的内容。请恢复最新的备份，或联系管理员。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2): a copy of it would not be a backup. Restore the latest good backup instead, or ask your administrator.</source>
        <translation>数据库 %1 已损坏（%2）：它的副本不能作为备份。请改为恢复最新的完好备份，或联系管理员。</translation>
    </message>
    <message>
        <source>The backup was written but does not verify (%1), so it was removed. The database %2 was not changed.</source>
        <translation>备份已写入但未通过校验（%1），因此已被删除。数据库 %2 未被更改。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 是数据库本身，不是它的备份。</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer CellBoard (schema %2; this version knows %3). Install the newer version to restore it. Nothing was changed.</source>
        <translation>备份 %1 由更新版本的 CellBoard 写入（架构版本 %2；本版本支持到 %3）。请安装新版本后再恢复。未做任何更改。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2. Nothing was changed.</source>
        <translation>备份 %1 无法恢复：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>%1 holds a sound database. Restoring replaces its content with the backup; every change made since the backup would then be only in the copy kept beside it. Confirm to go on (cellboard-cli restore --force).</source>
        <translation>%1 中是一个完好的数据库。恢复会用备份替换其内容；备份之后的所有更改将只存在于保留在旁边的副本中。请确认后继续（cellboard-cli restore --force）。</translation>
    </message>
    <message>
        <source>The database that was there is kept as %1.</source>
        <translation>原来的数据库保留为 %1。</translation>
    </message>
</context>
<context>
    <name>cb::services::CaseService</name>
    <message>
        <source>There is no case %1.</source>
        <translation>不存在病例 %1。</translation>
    </message>
    <message>
        <source>A page of the audit trail holds at least one entry.</source>
        <translation>审计追踪的每页至少包含一条条目。</translation>
    </message>
    <message>
        <source>Someone else changed this case meanwhile. Reload it and try again.</source>
        <translation>有人同时修改了此病例。请重新载入后重试。</translation>
    </message>
    <message>
        <source>Closing a case needs a reason: use Close case.</source>
        <translation>结案需要原因：请使用“结案”。</translation>
    </message>
    <message>
        <source>Only the board&apos;s signed verdict decides a case.</source>
        <translation>只有会诊签署的结论才能决定病例。</translation>
    </message>
    <message>
        <source>Closing for death needs the cause (--detail).</source>
        <translation>因死亡结案需要填写死因（--detail）。</translation>
    </message>
    <message>
        <source>Case %1 is already closed.</source>
        <translation>病例 %1 已结案。</translation>
    </message>
</context>
<context>
    <name>cb::services::ClinicalAct</name>
    <message>
        <source>There is no case %1.</source>
        <translation>不存在病例 %1。</translation>
    </message>
    <message>
        <source>Case %1 is closed; reopen it first.</source>
        <translation>病例 %1 已结案；请先重新开启。</translation>
    </message>
    <message>
        <source>The act has no open transaction.</source>
        <translation>该操作没有打开的事务。</translation>
    </message>
    <message>
        <source>Case %1 is not closed, so it cannot be reopened.</source>
        <translation>病例 %1 尚未结案，无法重新开启。</translation>
    </message>
</context>
<context>
    <name>cb::services::DecisionService</name>
    <message>
        <source>As chair of the CAR-T board I record the board&apos;s verdict: %1.</source>
        <translation>作为 CAR-T 多学科会诊主席，我记录会诊结论：%1。</translation>
    </message>
    <message>
        <source>The board has not recorded a verdict on case %1 yet.</source>
        <translation>会诊尚未记录病例 %1 的结论。</translation>
    </message>
    <message>
        <source>The review quorum is not met: %1 must sign their opinion first.</source>
        <translation>评审法定人数未满足：%1 须先签署意见。</translation>
    </message>
    <message>
        <source>A deferred verdict needs the reason.</source>
        <translation>暂缓结论需要填写原因。</translation>
    </message>
    <message>
        <source>A deferred verdict needs the reassessment date.</source>
        <translation>暂缓结论需要填写再评估日期。</translation>
    </message>
    <message>
        <source>The reassessment date is in the past.</source>
        <translation>再评估日期已过。</translation>
    </message>
    <message>
        <source>&quot;Eligible with conditions&quot; needs the conditions.</source>
        <translation>“有条件适合”需要填写条件。</translation>
    </message>
    <message>
        <source>The signed opinions hold %1 concern(s) and %2 contraindication(s): the rationale is required.</source>
        <translation>已签署意见中有 %1 项需关注、%2 项禁忌证：必须填写决策依据。</translation>
    </message>
    <message>
        <source>A contraindication stands in the signed opinions: an eligible verdict needs an override with a named approver and a reason.</source>
        <translation>已签署意见中存在禁忌证：作出“适合”结论需要豁免，并注明批准人姓名和理由。</translation>
    </message>
    <message>
        <source>An override needs both the approver&apos;s name and the reason.</source>
        <translation>豁免需要同时填写批准人姓名和理由。</translation>
    </message>
    <message>
        <source>A verdict is recorded on a case that is ready for the board; case %1 is &quot;%2&quot;.</source>
        <translation>会诊结论只能针对待会诊的病例记录；病例 %1 的状态为“%2”。</translation>
    </message>
    <message>
        <source>Someone saved this verdict meanwhile. Reload it, then apply your change again.</source>
        <translation>有人同时保存了此结论。请重新载入，然后再次进行修改。</translation>
    </message>
    <message>
        <source>An action needs a description and an owner.</source>
        <translation>待办事项需要描述和负责人。</translation>
    </message>
    <message>
        <source>The password is wrong; the verdict was not signed.</source>
        <translation>密码错误；结论未签署。</translation>
    </message>
    <message>
        <source>The verdict on case %1 is already signed.</source>
        <translation>病例 %1 的结论已签署。</translation>
    </message>
    <message>
        <source>Case %1 is &quot;%2&quot;: only a case ready for the board can be decided.</source>
        <translation>病例 %1 的状态为“%2”：只有待会诊的病例才能作出结论。</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Only a board member (a specialist or the chair) can record dissent.</source>
        <translation>只有会诊成员（专科医师或会诊主席）可以记录异议。</translation>
    </message>
    <message>
        <source>Dissent needs its text, recorded verbatim.</source>
        <translation>异议需要按原文填写内容。</translation>
    </message>
    <message>
        <source>An action&apos;s status is open, done or cancelled.</source>
        <translation>待办事项的状态为待办、已完成或已取消。</translation>
    </message>
    <message>
        <source>Say when and by whom the outcome was sent.</source>
        <translation>请说明结果何时由谁告知。</translation>
    </message>
    <message>
        <source>The time the outcome was sent cannot be in the future.</source>
        <translation>告知时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>Send the outcome after the verdict is signed.</source>
        <translation>请在结论签署后再告知结果。</translation>
    </message>
    <message>
        <source>Unknown act on a verdict.</source>
        <translation>对会诊结论的未知操作。</translation>
    </message>
    <message>
        <source>Case %1 is on the agenda of the meeting of %2: sign the verdict there, once the meeting has started.</source>
        <translation>病例 %1 已列入 %2 会议的议程：请在会议开始后于会上签署会诊结论。</translation>
    </message>
    <message>
        <source>Put case %1 on a meeting&apos;s agenda and sign the verdict there, once the meeting has started.</source>
        <translation>请将病例 %1 列入会议议程，并在会议开始后于会上签署会诊结论。</translation>
    </message>
    <message>
        <source>This program requires a meeting for the board&apos;s verdict (setting meeting.required_for_verdict), and no meeting holding case %1 has started.</source>
        <translation>本项目要求会诊结论在会议中作出（设置 meeting.required_for_verdict），而议程列有病例 %1 的会议均未开始。</translation>
    </message>
    <message>
        <source>The attendance rule blocks verdicts taken outside a meeting.</source>
        <translation>出席要求不允许在会议之外作出会诊结论。</translation>
    </message>
</context>
<context>
    <name>cb::services::DemoMeetings</name>
    <message>
        <source>The demo meetings are missing from this build.</source>
        <translation>此版本缺少演示会议数据。</translation>
    </message>
    <message>
        <source>The demo meetings are not valid JSON.</source>
        <translation>演示会议数据不是有效的 JSON。</translation>
    </message>
    <message>
        <source>unknown case &quot;%1&quot;</source>
        <translation>未知病例“%1”</translation>
    </message>
</context>
<context>
    <name>cb::services::DemoPathway</name>
    <message>
        <source>The demo pathway is missing from this build.</source>
        <translation>此版本缺少演示治疗路径数据。</translation>
    </message>
    <message>
        <source>The demo pathway is not valid JSON.</source>
        <translation>演示治疗路径数据不是有效的 JSON。</translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;</source>
        <translation>未知步骤“%1”</translation>
    </message>
</context>
<context>
    <name>cb::services::DemoProgram</name>
    <message>
        <source>The demo program is missing from this build.</source>
        <translation>此版本缺少演示项目。</translation>
    </message>
    <message>
        <source>The demo program is not valid JSON: %1</source>
        <translation>演示项目不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>This database already has users or cases; the demo program loads only into a new database. Choose another file with --db.</source>
        <translation>此数据库已有用户或病例；演示项目只能载入新数据库。请用 --db 选择其他文件。</translation>
    </message>
    <message>
        <source>Demo data: the first user must be an administrator.</source>
        <translation>演示数据：第一个用户必须是管理员。</translation>
    </message>
    <message>
        <source>The number of synthetic cases must be between 0 and 10,000,000.</source>
        <translation>合成病例数必须在 0 到 10,000,000 之间。</translation>
    </message>
    <message>
        <source>Demo data: case %1: %2</source>
        <translation>演示数据：病例 %1：%2</translation>
    </message>
</context>
<context>
    <name>cb::services::DemoReviews</name>
    <message>
        <source>The demo reviews are missing from this build.</source>
        <translation>此版本缺少演示评审。</translation>
    </message>
    <message>
        <source>The demo reviews are not valid JSON.</source>
        <translation>演示评审不是有效的 JSON。</translation>
    </message>
    <message>
        <source>Demo reviews name an unknown case &quot;%1&quot;.</source>
        <translation>演示评审中有未知病例“%1”。</translation>
    </message>
    <message>
        <source>unknown discipline</source>
        <translation>未知专科</translation>
    </message>
    <message>
        <source>unknown final state</source>
        <translation>未知最终状态</translation>
    </message>
</context>
<context>
    <name>cb::services::DemoUsers</name>
    <message>
        <source>The demo data names an unknown user &quot;%1&quot;.</source>
        <translation>演示数据中有未知用户“%1”。</translation>
    </message>
</context>
<context>
    <name>cb::services::FhirImportService</name>
    <message>
        <source>The bundle does not name the referring clinician: give the referrer.</source>
        <translation>数据包未指明转诊医生：请给出转诊医生。</translation>
    </message>
    <message>
        <source>From the FHIR bundle, not coded in CellBoard:</source>
        <translation>来自 FHIR 数据包、未在 CellBoard 中编码的内容：</translation>
    </message>
    <message>
        <source>the identifiers of the bundle&apos;s patient name different patients (%1): merge them first, or correct the bundle</source>
        <translation>数据包中患者的标识符指向不同的患者（%1）：请先合并，或更正数据包</translation>
    </message>
    <message>
        <source>Possible duplicate: patient %1 has the same name, birth date and sex.</source>
        <translation>疑似重复：患者 %1 的姓名、出生日期和性别相同。</translation>
    </message>
    <message>
        <source>Patient %1 is already registered with an identifier of the bundle: the referral is added to that record.</source>
        <translation>患者 %1 已以数据包中的某个标识符登记：转诊添加到该记录。</translation>
    </message>
    <message>
        <source>Patient %1 already has open case %2 for this indication: work on that case, or close it first.</source>
        <translation>患者 %1 已有该适应证的未结病例 %2：请继续处理该病例，或先将其结案。</translation>
    </message>
    <message>
        <source>The record&apos;s diagnosis date %1 is kept; the bundle says %2.</source>
        <translation>保留记录中的诊断日期 %1；数据包为 %2。</translation>
    </message>
    <message>
        <source>Line %1 (%2) is on the record already: not added again.</source>
        <translation>第 %1 线（%2）已在记录中：不再添加。</translation>
    </message>
    <message>
        <source>The %1 transplant of %2 is on the record already: not added again.</source>
        <translation>%2 的%1移植已在记录中：不再添加。</translation>
    </message>
    <message>
        <source>Imported from FHIR bundle %1</source>
        <translation>从 FHIR 数据包 %1 导入</translation>
    </message>
</context>
<context>
    <name>cb::services::FollowUpService</name>
    <message>
        <source>There is no case %1.</source>
        <translation>不存在病例 %1。</translation>
    </message>
    <message>
        <source>Case %1 is closed; its follow-up cannot change.</source>
        <translation>病例 %1 已结案，其随访不能再更改。</translation>
    </message>
    <message>
        <source>Case %1 has no follow-up schedule: it is made when the infusion is recorded.</source>
        <translation>病例 %1 尚无随访计划：随访计划在记录回输后生成。</translation>
    </message>
    <message>
        <source>Case %1 has no visit &quot;%2&quot;; its visits are %3.</source>
        <translation>病例 %1 没有访视“%2”；其访视为：%3。</translation>
    </message>
    <message>
        <source>The %1 visit is already recorded (%2, row version %3); give that row version to correct it.</source>
        <translation>%1 访视已记录（%2，行版本 %3）；如需更正，请提供该行版本。</translation>
    </message>
    <message>
        <source>Someone else changed this follow-up visit meanwhile. Reload it and try again.</source>
        <translation>其他人已同时修改此随访访视。请重新加载后重试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a response of %2; expected one of %3.</source>
        <translation>“%1”不是 %2 的疗效类别；应为以下之一：%3。</translation>
    </message>
    <message>
        <source>The visit date %1 is in the future.</source>
        <translation>访视日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The visit date %1 is not after the infusion on %2.</source>
        <translation>访视日期 %1 不晚于 %2 的回输日期。</translation>
    </message>
    <message>
        <source>The %1 visit is due on %2; its window opens on %3, after the visit date %4.</source>
        <translation>%1 访视到期日为 %2；其访视窗口于 %3 开放，晚于访视日期 %4。</translation>
    </message>
    <message>
        <source>response: required; choose the response by %1 (or not evaluable).</source>
        <translation>response: 必填；请按 %1 选择疗效（或不可评估）。</translation>
    </message>
    <message>
        <source>mrd: required for %1; choose negative, positive or not done.</source>
        <translation>mrd: %1 必填；请选择阴性、阳性或未做。</translation>
    </message>
</context>
<context>
    <name>cb::services::Hl7ImportService</name>
    <message>
        <source>OBX %1 (segment %2)</source>
        <translation>OBX %1（第 %2 段）</translation>
    </message>
    <message>
        <source>%1 holds no HL7 message (none starts with MSH).</source>
        <translation>%1 中没有 HL7 消息（没有以 MSH 开头的消息）。</translation>
    </message>
    <message>
        <source>Message %1 of the file: %2</source>
        <translation>文件中的第 %1 条消息：%2</translation>
    </message>
    <message>
        <source>Already taken in on %1 and held in the import queue (item %2): nothing changed.</source>
        <translation>已于 %1 接收并暂存于导入队列（第 %2 项）：未作任何更改。</translation>
    </message>
    <message>
        <source>Already imported on %1: nothing changed.</source>
        <translation>已于 %1 导入：未作任何更改。</translation>
    </message>
    <message>
        <source>Its times carry no time zone offset and the time zone of facility &quot;%1&quot; is not known: an administrator sets it (setting hl7.facility_time_zones), then import the file again.</source>
        <translation>其时间不带时区偏移，且机构“%1”的时区未知：请管理员设置（设置项 hl7.facility_time_zones），然后重新导入该文件。</translation>
    </message>
    <message>
        <source>The identifiers of PID-3 name different patients (%1): merge the records or assign the message to one of them.</source>
        <translation>PID-3 的标识符指向不同的患者（%1）：请合并记录，或将消息分配给其中一位。</translation>
    </message>
    <message>
        <source>No patient has an identifier of PID-3 (authority, type and value: %1).</source>
        <translation>没有患者具有 PID-3 中的标识符（签发机构、类型和值：%1）。</translation>
    </message>
    <message>
        <source>none with an authority</source>
        <translation>没有带签发机构的标识符</translation>
    </message>
    <message>
        <source>There is no patient %1.</source>
        <translation>不存在患者 %1。</translation>
    </message>
    <message>
        <source>Patient %1 has no open case to record the results through.</source>
        <translation>患者 %1 没有可记录结果的未结病例。</translation>
    </message>
    <message>
        <source>the result has no time (OBX-14, nor OBR-7 of its order).</source>
        <translation>结果没有时间（既无 OBX-14，其医嘱也无 OBR-7）。</translation>
    </message>
    <message>
        <source>Code %1 (%2) is not in the observation vocabulary: kept with the message, not written to the record.</source>
        <translation>代码 %1（%2）不在观察项词表中：随消息保存，未写入记录。</translation>
    </message>
    <message>
        <source>no code system</source>
        <translation>无编码系统</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one number: kept with the message, not written to the record.</source>
        <translation>%1“%2”不是单个数字：随消息保存，未写入记录。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a value the record holds: kept with the message.</source>
        <translation>%1“%2”不是记录可保存的值：随消息保存。</translation>
    </message>
    <message>
        <source>%1 has no unit (OBX-6): kept with the message, not written to the record.</source>
        <translation>%1 没有单位（OBX-6）：随消息保存，未写入记录。</translation>
    </message>
    <message>
        <source>A preliminary result after the final one is not recorded.</source>
        <translation>最终结果之后的初步结果不予记录。</translation>
    </message>
    <message>
        <source>Result %1 from the lab (%2) replaces result %3 (%4).</source>
        <translation>检验科的%1结果（%2）取代结果 %3（%4）。</translation>
    </message>
    <message>
        <source>final</source>
        <translation>正式版</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Replaced by the lab (%1) with a result the record does not hold as a number.</source>
        <translation>被检验科（%1）替换为记录无法以数字保存的结果。</translation>
    </message>
    <message>
        <source>Supersedes the earlier result (status %1) of order %2, code %3%4.</source>
        <translation>取代医嘱 %2、代码 %3%4 的先前结果（状态 %1）。</translation>
    </message>
    <message>
        <source>, sub-id %1</source>
        <translation>，子标识 %1</translation>
    </message>
    <message>
        <source>A correction of a result not on record: recorded as it is.</source>
        <translation>对记录中不存在的结果的更正：按原样记录。</translation>
    </message>
    <message>
        <source>Preliminary: a final result will supersede it.</source>
        <translation>初步结果：将由最终结果取代。</translation>
    </message>
    <message>
        <source>The lab says the result belongs to another patient (%1).</source>
        <translation>检验科表示该结果属于另一位患者（%1）。</translation>
    </message>
    <message>
        <source>The lab cancelled the test; the preliminary result is withdrawn (%1).</source>
        <translation>检验科取消了该检验；初步结果已撤回（%1）。</translation>
    </message>
    <message>
        <source>The lab deleted the result as entered in error (%1).</source>
        <translation>检验科将该结果作为录入错误删除（%1）。</translation>
    </message>
    <message>
        <source>Retracts the earlier result (status %1) of order %2, code %3.</source>
        <translation>撤回医嘱 %2、代码 %3 的先前结果（状态 %1）。</translation>
    </message>
    <message>
        <source>Nothing on record to retract for order %1, code %2.</source>
        <translation>医嘱 %1、代码 %2 在记录中没有可撤回的结果。</translation>
    </message>
    <message>
        <source>The lab cancelled the test; the preliminary result of order %1 is withdrawn.</source>
        <translation>检验科取消了该检验；医嘱 %1 的初步结果已撤回。</translation>
    </message>
    <message>
        <source>No result: the lab cancelled the test.</source>
        <translation>无结果：检验科取消了该检验。</translation>
    </message>
    <message>
        <source>Status %1 is not a result: nothing recorded.</source>
        <translation>状态 %1 不是结果：未作记录。</translation>
    </message>
    <message>
        <source>A reason is required: say how the patient was identified.</source>
        <translation>需要原因：请说明如何确认了患者。</translation>
    </message>
    <message>
        <source>The reason is too long (2000 characters at most).</source>
        <translation>原因过长（最多 2000 个字符）。</translation>
    </message>
    <message>
        <source>There is no message %1 in the import queue.</source>
        <translation>导入队列中没有消息 %1。</translation>
    </message>
    <message>
        <source>Message %1 is not held any more (it was assigned on %2).</source>
        <translation>消息 %1 已不再暂存（已于 %2 分配）。</translation>
    </message>
    <message>
        <source>The time zone of facility &quot;%1&quot; is not known: an administrator sets it (setting hl7.facility_time_zones) first.</source>
        <translation>机构“%1”的时区未知：请管理员先设置（设置项 hl7.facility_time_zones）。</translation>
    </message>
</context>
<context>
    <name>cb::services::IntakeJson</name>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 必须是文本。</translation>
    </message>
    <message>
        <source>%1 must be a date (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>%1 必须是日期（YYYY、YYYY-MM 或 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>%1：“%2”不是日期（YYYY、YYYY-MM 或 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>patient.identifiers must be a list of {authority, type, value}.</source>
        <translation>patient.identifiers 必须是 {authority, type, value} 列表。</translation>
    </message>
    <message>
        <source>%1 must be an object {authority, type, value}.</source>
        <translation>%1 必须是对象 {authority, type, value}。</translation>
    </message>
    <message>
        <source>sex is required (female, male, other or unknown).</source>
        <translation>sex 为必填项（female、male、other 或 unknown）。</translation>
    </message>
    <message>
        <source>sex: &quot;%1&quot; is not female, male, other or unknown.</source>
        <translation>sex：“%1”不是 female、male、other 或 unknown。</translation>
    </message>
    <message>
        <source>indication is required (e.g. multiple_myeloma, large_b_cell_lymphoma, b_all).</source>
        <translation>indication 为必填项（如 multiple_myeloma、large_b_cell_lymphoma、b_all）。</translation>
    </message>
    <message>
        <source>indication: &quot;%1&quot; is not a known indication.</source>
        <translation>indication：“%1”不是已知的适应证。</translation>
    </message>
    <message>
        <source>referral_date: &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>referral_date：“%1”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>referrer must be an object {name, institution, contact}.</source>
        <translation>referrer 必须是对象 {name, institution, contact}。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; (known: %2).</source>
        <translation>未知的键“%1”（已知键：%2）。</translation>
    </message>
    <message>
        <source>staging must be an object {iss, r_iss, ann_arbor, bulky, cns_status, ph_status}.</source>
        <translation>staging 必须是对象 {iss, r_iss, ann_arbor, bulky, cns_status, ph_status}。</translation>
    </message>
    <message>
        <source>cytogenetics must be a list of markers (del17p, t4_14, t14_16, gain1q, tp53).</source>
        <translation>cytogenetics 必须是标志物列表（del17p、t4_14、t14_16、gain1q、tp53）。</translation>
    </message>
    <message>
        <source>extramedullary must be {status: yes|no|unknown, sites}.</source>
        <translation>extramedullary 必须是 {status: yes|no|unknown, sites}。</translation>
    </message>
    <message>
        <source>target_antigen must be {antigen, status, date, method}.</source>
        <translation>target_antigen 必须是 {antigen, status, date, method}。</translation>
    </message>
    <message>
        <source>line_number is required, a whole number (1 for the first line).</source>
        <translation>line_number 为必填项，须为整数（一线治疗为 1）。</translation>
    </message>
    <message>
        <source>drugs must be a list of {name, class, refractory}.</source>
        <translation>drugs 必须是 {name, class, refractory} 列表。</translation>
    </message>
    <message>
        <source>%1.refractory must be true, false or null.</source>
        <translation>%1.refractory 必须是 true、false 或 null。</translation>
    </message>
    <message>
        <source>%1 must be a drug name or {name, class, refractory}.</source>
        <translation>%1 必须是药物名称或 {name, class, refractory}。</translation>
    </message>
    <message>
        <source>%1.name is required.</source>
        <translation>%1.name 为必填项。</translation>
    </message>
</context>
<context>
    <name>cb::services::IntakeService</name>
    <message>
        <source>A reason is required.</source>
        <translation>必须填写原因。</translation>
    </message>
    <message>
        <source>The reason is too long (2000 characters at most).</source>
        <translation>原因过长（最多 2000 个字符）。</translation>
    </message>
    <message>
        <source>The patient of case %1 has no therapy line %2.</source>
        <translation>病例 %1 的患者没有治疗线 %2。</translation>
    </message>
    <message>
        <source>The patient of case %1 has no transplant %2.</source>
        <translation>病例 %1 的患者没有移植 %2。</translation>
    </message>
    <message>
        <source>The patient of case %1 has no observation %2.</source>
        <translation>病例 %1 的患者没有观察值 %2。</translation>
    </message>
    <message>
        <source>This entry was marked entered in error; it cannot change.</source>
        <translation>此条目已标记为录入错误，不能再修改。</translation>
    </message>
    <message>
        <source>This entry was corrected by entry %1; correct that one instead.</source>
        <translation>此条目已被条目 %1 更正；请更正该条目。</translation>
    </message>
    <message>
        <source>Search by an identifier, a name or a birth date.</source>
        <translation>请按标识符、姓名或出生日期搜索。</translation>
    </message>
    <message>
        <source>There is no patient %1.</source>
        <translation>不存在患者 %1。</translation>
    </message>
    <message>
        <source>Identifier %1 (%2, %3) already belongs to patient %4: use that record.</source>
        <translation>标识符 %1（%2，%3）已属于患者 %4：请使用该病历记录。</translation>
    </message>
    <message>
        <source>Possible duplicate: patient %1 has the same name, birth date and sex.</source>
        <translation>疑似重复：患者 %1 的姓名、出生日期和性别相同。</translation>
    </message>
    <message>
        <source>Patient %1 was merged into patient %2: correct that record.</source>
        <translation>患者 %1 已合并至患者 %2：请更正该病历记录。</translation>
    </message>
    <message>
        <source>Identifier %1 (%2, %3) already belongs to patient %4.</source>
        <translation>标识符 %1（%2，%3）已属于患者 %4。</translation>
    </message>
    <message>
        <source>A patient cannot be merged into itself.</source>
        <translation>患者不能与自身合并。</translation>
    </message>
    <message>
        <source>One of these records was merged already.</source>
        <translation>其中一份病历记录已被合并。</translation>
    </message>
    <message>
        <source>Both patients have open cases (%1 and %2): close one of them before merging.</source>
        <translation>两位患者均有未结病例（%1 和 %2）：请先结案其中一个再合并。</translation>
    </message>
    <message>
        <source>Patient %1 was merged into patient %2: refer that record.</source>
        <translation>患者 %1 已合并至患者 %2：请为该病历记录转诊。</translation>
    </message>
    <message>
        <source>Patient %1 is already registered with identifier %2: the referral is added to that record.</source>
        <translation>患者 %1 已使用标识符 %2 登记：转诊将添加到该病历记录。</translation>
    </message>
    <message>
        <source>Patient %1 already has open case %2 for this indication: work on that case, or close it first.</source>
        <translation>患者 %1 已有该适应证的未结病例 %2：请继续处理该病例，或先将其结案。</translation>
    </message>
    <message>
        <source>Case %1 is %2, not referred: its work-up has started already.</source>
        <translation>病例 %1 当前为“%2”，而非“已转诊”：其检查评估已开始。</translation>
    </message>
    <message>
        <source>Case %1 is not closed, so it cannot be reopened.</source>
        <translation>病例 %1 尚未结案，无法重新开启。</translation>
    </message>
    <message>
        <source>Someone else changed the disease history meanwhile. Reload it and apply your change again.</source>
        <translation>其他用户已同时修改了疾病史。请重新加载后再次应用您的修改。</translation>
    </message>
    <message>
        <source>Drug &quot;%1&quot; is not in the drug vocabulary (version %2): give its class.</source>
        <translation>药物“%1”不在药物词表（版本 %2）中：请填写其药物类别。</translation>
    </message>
    <message>
        <source>Drug class &quot;%1&quot; of %2 is not in the drug vocabulary.</source>
        <translation>%2 的药物类别“%1”不在药物词表中。</translation>
    </message>
    <message>
        <source>Someone else changed this therapy line meanwhile. Reload and try again.</source>
        <translation>其他用户已同时修改了此治疗线。请重新加载后重试。</translation>
    </message>
    <message>
        <source>An observation needs a code (e.g. lvef, ecog, anc).</source>
        <translation>观察值需要代码（如 lvef、ecog、anc）。</translation>
    </message>
    <message>
        <source>Comparator &quot;%1&quot; is not one of &lt;, &lt;=, &gt;, &gt;=.</source>
        <translation>比较符“%1”不是 &lt;、&lt;=、&gt;、&gt;= 之一。</translation>
    </message>
    <message>
        <source>An observation needs the date it was taken (YYYY-MM-DD).</source>
        <translation>观察值需要采集日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Observation date %1 is in the future.</source>
        <translation>观察日期 %1 晚于当前日期。</translation>
    </message>
    <message>
        <source>Observation date &quot;%1&quot; is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM).</source>
        <translation>观察日期“%1”不是日期（YYYY-MM-DD）或日期时间（YYYY-MM-DDTHH:MM）。</translation>
    </message>
    <message>
        <source>Observation time %1 is in the future.</source>
        <translation>观察时间 %1 晚于当前时间。</translation>
    </message>
    <message>
        <source>A correction keeps the observation&apos;s code (%1).</source>
        <translation>更正须保持观察值代码（%1）不变。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>不存在病例 %1。</translation>
    </message>
    <message>
        <source>Possible duplicate: patient %1 has identifier %2 too (under another authority or type).</source>
        <translation>疑似重复：患者 %1 也有标识符 %2（签发机构或类型不同）。</translation>
    </message>
    <message>
        <source>Name both patients by their ids (positive numbers).</source>
        <translation>请用编号（正整数）指定两位患者。</translation>
    </message>
</context>
<context>
    <name>cb::services::MeetingService</name>
    <message>
        <source>There is no meeting %1.</source>
        <translation>会议 %1 不存在。</translation>
    </message>
    <message>
        <source>Overdue action: %1 (%2, due %3)</source>
        <translation>已逾期待办事项：%1（%2，%3 到期）</translation>
    </message>
    <message>
        <source>Give the meeting&apos;s date and time.</source>
        <translation>请填写会议日期和时间。</translation>
    </message>
    <message>
        <source>A meeting lasts from 5 minutes to 12 hours.</source>
        <translation>会议时长须在 5 分钟至 12 小时之间。</translation>
    </message>
    <message>
        <source>The chair must be an active user with the board chair role.</source>
        <translation>会诊主席须为具有会诊主席角色的在职用户。</translation>
    </message>
    <message>
        <source>The minutes of this meeting are signed: it can no longer change.</source>
        <translation>本次会议的会议纪要已签署，不能再更改。</translation>
    </message>
    <message>
        <source>This meeting was cancelled: schedule a new one.</source>
        <translation>本次会议已取消，请安排新的会议。</translation>
    </message>
    <message>
        <source>Give the meeting&apos;s new date and time.</source>
        <translation>请填写会议的新日期和时间。</translation>
    </message>
    <message>
        <source>Say why the meeting moves.</source>
        <translation>请说明会议改期的原因。</translation>
    </message>
    <message>
        <source>Say why the meeting is cancelled.</source>
        <translation>请说明会议取消的原因。</translation>
    </message>
    <message>
        <source>Ready for board: every required discipline signed.</source>
        <translation>可提交多学科会诊：所有必需专科均已签署。</translation>
    </message>
    <message>
        <source>Deferred: reassessment due %1.</source>
        <translation>已暂缓：重新评估于 %1 到期。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>不存在病例 %1。</translation>
    </message>
    <message>
        <source>Case %1 is closed: it cannot go on an agenda.</source>
        <translation>病例 %1 已结案，不能列入议程。</translation>
    </message>
    <message>
        <source>Case %1 is already on this meeting&apos;s agenda.</source>
        <translation>病例 %1 已在本次会议议程中。</translation>
    </message>
    <message>
        <source>A case&apos;s time slot is from 1 to 240 minutes.</source>
        <translation>每个病例的讨论时段须在 1 至 240 分钟之间。</translation>
    </message>
    <message>
        <source>Case %1 is not on this meeting&apos;s agenda.</source>
        <translation>病例 %1 不在本次会议议程中。</translation>
    </message>
    <message>
        <source>A member cannot leave before arriving.</source>
        <translation>成员的离开时间不能早于到达时间。</translation>
    </message>
    <message>
        <source>Arrival and departure times are for members who are present.</source>
        <translation>到达和离开时间仅适用于出席的成员。</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>用户 %1 不存在。</translation>
    </message>
    <message>
        <source>Say what the conflict of interest is.</source>
        <translation>请说明利益冲突的内容。</translation>
    </message>
    <message>
        <source>As chair I confirm these minutes: the attendance and the cases discussed are recorded correctly.</source>
        <translation>作为会诊主席，我确认本会议纪要：出席情况和讨论病例均已正确记录。</translation>
    </message>
    <message>
        <source>The minutes of meeting %1 are already signed.</source>
        <translation>会议 %1 的会议纪要已签署。</translation>
    </message>
    <message>
        <source>Meeting %1 was cancelled: it has no minutes to sign.</source>
        <translation>会议 %1 已取消，没有可签署的会议纪要。</translation>
    </message>
    <message>
        <source>Meeting %1 has not started yet: sign its minutes after it is held.</source>
        <translation>会议 %1 尚未开始：请在会议召开后签署会议纪要。</translation>
    </message>
    <message>
        <source>The password is wrong; the minutes were not signed.</source>
        <translation>密码错误，会议纪要未签署。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>不存在用户“%1”。</translation>
    </message>
</context>
<context>
    <name>cb::services::MonitoringService</name>
    <message>
        <source>There is no case %1.</source>
        <translation>不存在病例 %1。</translation>
    </message>
    <message>
        <source>Case %1 is closed; no assessment can be added.</source>
        <translation>病例 %1 已结案，不能添加评估。</translation>
    </message>
    <message>
        <source>Case %1 has no infusion recorded: monitoring starts on day 0, record the infusion first.</source>
        <translation>病例 %1 尚未记录回输：监测从第 0 天开始，请先记录回输。</translation>
    </message>
    <message>
        <source>time: %1 is before the infusion on %2 (day 0).</source>
        <translation>时间：%1 早于 %2 的回输（第 0 天）。</translation>
    </message>
    <message>
        <source>time: %1 is in the future.</source>
        <translation>时间：%1 晚于当前时间。</translation>
    </message>
    <message>
        <source>Case %1 has no assessment %2.</source>
        <translation>病例 %1 没有评估 %2。</translation>
    </message>
    <message>
        <source>Someone else changed assessment %1 meanwhile. Reload the monitoring sheet to see their change, then apply yours again.</source>
        <translation>其他人已同时修改了评估 %1。请重新加载监测记录单查看其修改，然后再次进行您的操作。</translation>
    </message>
    <message>
        <source>assessment %1</source>
        <translation>评估 %1</translation>
    </message>
</context>
<context>
    <name>cb::services::PathwayService</name>
    <message>
        <source>The product timings are missing from this build.</source>
        <translation>此版本缺少产品时间参数。</translation>
    </message>
    <message>
        <source>The product timings are not valid: %1</source>
        <translation>产品时间参数无效：%1</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>不存在病例 %1。</translation>
    </message>
    <message>
        <source>Case %1 is closed; its pathway cannot change.</source>
        <translation>病例 %1 已结案，其治疗路径不能再更改。</translation>
    </message>
    <message>
        <source>Case %1 is in &quot;%2&quot;: the pathway starts after the board&apos;s eligible verdict.</source>
        <translation>病例 %1 处于“%2”状态：治疗路径在多学科会诊作出适合治疗的会诊结论后开始。</translation>
    </message>
    <message>
        <source>Case %1 has no signed eligible verdict: the pathway starts after one.</source>
        <translation>病例 %1 尚无已签署的适合治疗会诊结论：治疗路径须在签署该结论后开始。</translation>
    </message>
    <message>
        <source>Case %1 has no pathway step %2.</source>
        <translation>病例 %1 没有治疗路径步骤 %2。</translation>
    </message>
    <message>
        <source>Someone else changed step %1 meanwhile. Reload the pathway to see their change, then apply yours again.</source>
        <translation>其他人已同时修改了步骤 %1。请重新加载治疗路径查看其修改，然后再次进行您的操作。</translation>
    </message>
</context>
<context>
    <name>cb::services::ReportService</name>
    <message>
        <source>There is no case %1.</source>
        <translation>不存在病例 %1。</translation>
    </message>
</context>
<context>
    <name>cb::services::ReviewService</name>
    <message>
        <source>There is no case %1.</source>
        <translation>不存在病例 %1。</translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation>修订需要填写原因。</translation>
    </message>
    <message>
        <source>Opinions are recorded while a case is in work-up or review; case %1 is &quot;%2&quot;.</source>
        <translation>只能在病例处于检查评估或专科评审阶段时记录意见；病例 %1 的状态为“%2”。</translation>
    </message>
    <message>
        <source>The %1 checklist has no item &quot;%2&quot;.</source>
        <translation>%1核查清单中没有条目“%2”。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>An amendment of the %1 opinion is already in draft: edit that draft.</source>
        <translation>%1意见已有一份修订草稿：请编辑该草稿。</translation>
    </message>
    <message>
        <source>%1 saved this draft meanwhile. Reload to see their version, then apply your change again.</source>
        <translation>%1 同时保存了此草稿。请重新载入查看其版本，然后再次进行修改。</translation>
    </message>
    <message>
        <source>The %1 opinion is signed and cannot change. Amend it (with a reason) to record a new version.</source>
        <translation>%1意见已签署，不能更改。请修订（注明原因）以记录新版本。</translation>
    </message>
    <message>
        <source>There is no signed %1 opinion to amend.</source>
        <translation>没有可修订的已签署%1意见。</translation>
    </message>
    <message>
        <source>This draft no longer exists. Reload the case.</source>
        <translation>此草稿已不存在。请重新载入病例。</translation>
    </message>
    <message>
        <source>support CAR-T therapy</source>
        <translation>支持 CAR-T 治疗</translation>
    </message>
    <message>
        <source>support CAR-T therapy with the stated conditions</source>
        <translation>在所述条件下支持 CAR-T 治疗</translation>
    </message>
    <message>
        <source>do not support CAR-T therapy</source>
        <translation>不支持 CAR-T 治疗</translation>
    </message>
    <message>
        <source>need more information before a recommendation</source>
        <translation>需补充信息后方能给出推荐意见</translation>
    </message>
    <message>
        <source>I have reviewed this case for %1 and %2.</source>
        <translation>我已从%1角度审阅此病例，%2。</translation>
    </message>
    <message>
        <source>The password is wrong; the opinion was not signed.</source>
        <translation>密码错误；意见未签署。</translation>
    </message>
    <message>
        <source>There is no %1 opinion to sign yet.</source>
        <translation>尚无可签署的%1意见。</translation>
    </message>
    <message>
        <source>The %1 opinion is already signed.</source>
        <translation>%1意见已签署。</translation>
    </message>
    <message>
        <source>Choose a recommendation before signing.</source>
        <translation>签署前请选择推荐意见。</translation>
    </message>
    <message>
        <source>&quot;Supports with conditions&quot; needs the conditions written out.</source>
        <translation>“有条件支持”需要写明条件。</translation>
    </message>
    <message>
        <source>The case is &quot;%1&quot;: opinions can no longer be signed.</source>
        <translation>病例状态为“%1”：意见已不能再签署。</translation>
    </message>
    <message>
        <source>%1: the current version is not signed</source>
        <translation>%1：当前版本未签署</translation>
    </message>
    <message>
        <source>%1: no opinion yet</source>
        <translation>%1：尚无意见</translation>
    </message>
    <message>
        <source>%1: stale data (%2)</source>
        <translation>%1：数据已过期（%2）</translation>
    </message>
    <message>
        <source>%1: record changed since signed (re-sign or amend the opinion)</source>
        <translation>%1：签署后病历记录已变更（请重新签署或修订意见）</translation>
    </message>
    <message>
        <source>%1 is not asked for this case&apos;s indication (%2); the %3 checklist asks it for: %4.</source>
        <translation>%1 不适用于本病例的适应证（%2）；%3核查表仅对以下适应证提问：%4。</translation>
    </message>
</context>
<context>
    <name>cb::services::SettingsService</name>
    <message>
        <source>The idle lock time is 1 to 240 minutes.</source>
        <translation>空闲锁定时间为 1 至 240 分钟。</translation>
    </message>
    <message>
        <source>At least one discipline must be required for the quorum.</source>
        <translation>评审法定人数至少需要一个必需专科。</translation>
    </message>
    <message>
        <source>Unknown discipline &quot;%1&quot;.</source>
        <translation>未知专科“%1”。</translation>
    </message>
    <message>
        <source>The paper size is a4 or letter.</source>
        <translation>纸张大小为 a4 或 letter。</translation>
    </message>
    <message>
        <source>The institution name cannot be empty.</source>
        <translation>机构名称不能为空。</translation>
    </message>
    <message>
        <source>The demo marker is set by &quot;cellboard-cli init --demo&quot; only.</source>
        <translation>演示标记只能由“cellboard-cli init --demo”设置。</translation>
    </message>
    <message>
        <source>Keep institution details under %1 characters.</source>
        <translation>机构信息请保持在 %1 个字符以内。</translation>
    </message>
    <message>
        <source>A telephone number holds digits, spaces and + ( ) - . / only, e.g. +86 21 5555 0100.</source>
        <translation>电话号码只能包含数字、空格和 + ( ) - . /，例如 +86 21 5555 0100。</translation>
    </message>
    <message>
        <source>This setting cannot be empty.</source>
        <translation>此设置不能为空。</translation>
    </message>
    <message>
        <source>The number of other specialties is a whole number from 0 to %1.</source>
        <translation>其他专科数须为 0 至 %1 之间的整数。</translation>
    </message>
    <message>
        <source>Say 1 when a missed attendance rule blocks the verdict, 0 when it is only recorded.</source>
        <translation>填 1 表示未满足出席规则时阻止作出会诊结论，填 0 表示仅作记录。</translation>
    </message>
    <message>
        <source>Unknown label jurisdiction &quot;%1&quot;; expected one of %2.</source>
        <translation>未知的说明书监管辖区“%1”；应为以下之一：%2。</translation>
    </message>
    <message>
        <source>Say true when the verdict must be signed in a meeting, false when a verdict outside a meeting is only recorded as such.</source>
        <translation>会诊结论必须在会议中签署时填 true；会议之外的会诊结论仅作记录时填 false。</translation>
    </message>
</context>
<context>
    <name>cb::services::UserService</name>
    <message>
        <source>A username is 2 to 32 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>用户名为 2 至 32 个字符：小写字母、数字、“.”、“_”或“-”，以字母开头。</translation>
    </message>
    <message>
        <source>The first user of a new database must be an administrator (--role administrator).</source>
        <translation>新数据库的第一个用户必须是管理员（--role administrator）。</translation>
    </message>
    <message>
        <source>The printed name is required: it appears on signatures.</source>
        <translation>签名姓名为必填项：它会显示在签名上。</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>请至少为用户指定一个角色。</translation>
    </message>
    <message>
        <source>A specialist needs a discipline (--discipline).</source>
        <translation>专科医师需要指定专科（--discipline）。</translation>
    </message>
    <message>
        <source>Only specialists and board chairs have a discipline.</source>
        <translation>只有专科医师和会诊主席才有所属专科。</translation>
    </message>
    <message>
        <source>The demo password needs at least %1 characters.</source>
        <translation>演示密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The username &quot;%1&quot; is taken. Usernames are never reused, even after an account is disabled: choose another.</source>
        <translation>用户名“%1”已被使用。用户名永不重复使用，即使账户已停用：请另选一个。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>您不能停用自己的账户。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is already disabled.</source>
        <translation>账户“%1”已停用。</translation>
    </message>
</context>
<context>
    <name>cb::storage</name>
    <message>
        <source>A patient with this MRN is already registered.</source>
        <translation>已有使用此病案号的患者。</translation>
    </message>
    <message>
        <source>Someone else changed this case meanwhile. Reload it and apply your change again.</source>
        <translation>有人同时修改了此病例。请重新载入，然后再次进行修改。</translation>
    </message>
    <message>
        <source>The database is busy: another CellBoard is writing to it. Wait a moment and try again.</source>
        <translation>数据库繁忙：另一个 CellBoard 正在写入。请稍候再试。</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Check the network or the database server, then try again; nothing was saved.</source>
        <translation>与数据库的连接已断开。请检查网络或数据库服务器后重试；未保存任何内容。</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>A record with the same identifier already exists.</source>
        <translation>已存在相同标识的记录。</translation>
    </message>
    <message>
        <source>The database file is read-only. Check its permissions.</source>
        <translation>数据库文件为只读。请检查其权限。</translation>
    </message>
    <message>
        <source>The database reported an error (%1). Nothing was saved; try again or ask your administrator.</source>
        <translation>数据库报告错误（%1）。未保存任何内容；请重试或联系管理员。</translation>
    </message>
    <message>
        <source>Someone else saved this record meanwhile. Reload it to see their version, then apply your change again.</source>
        <translation>有人同时保存了此记录。请重新载入查看其版本，然后再次进行修改。</translation>
    </message>
    <message>
        <source>Someone else started a new version of this opinion meanwhile. Reload and try again.</source>
        <translation>有人同时创建了此意见的新版本。请重新载入后重试。</translation>
    </message>
    <message>
        <source>Part of the change failed; nothing was saved.</source>
        <translation>部分更改失败；未保存任何内容。</translation>
    </message>
    <message>
        <source>Someone else changed this user meanwhile. Reload and apply your change again.</source>
        <translation>有人同时修改了此用户。请重新载入，然后再次进行修改。</translation>
    </message>
    <message>
        <source>Someone else changed this meeting meanwhile. Reload it to see their version, then apply your change again.</source>
        <translation>其他人已同时修改此会议。请重新加载以查看其版本，然后重新进行您的更改。</translation>
    </message>
    <message>
        <source>Someone else recorded this follow-up visit meanwhile. Reload it to see their entry, then apply your change again.</source>
        <translation>其他人已同时记录此随访访视。请重新加载以查看其记录，然后重新进行您的更改。</translation>
    </message>
    <message>
        <source>Someone else changed this pathway step meanwhile. Reload the pathway to see their change, then apply yours again.</source>
        <translation>其他人已同时修改了此治疗路径步骤。请重新加载治疗路径查看其修改，然后再次进行您的操作。</translation>
    </message>
    <message>
        <source>Someone else changed this assessment meanwhile. Reload the monitoring sheet to see their change, then apply yours again.</source>
        <translation>其他人已同时修改了此评估。请重新加载监测记录单查看其修改，然后再次进行您的操作。</translation>
    </message>
    <message>
        <source>The identifier %1 (%2, %3) is already another patient&apos;s.</source>
        <translation>标识符 %1（%2，%3）已属于另一位患者。</translation>
    </message>
    <message>
        <source>A patient with MRN %1 (%2) is already registered.</source>
        <translation>病案号为 %1（%2）的患者已登记。</translation>
    </message>
    <message>
        <source>Someone else changed this patient meanwhile. Reload and apply your change again.</source>
        <translation>其他用户已同时修改了该患者。请重新加载后再次应用您的修改。</translation>
    </message>
    <message>
        <source>Someone else changed this entry of the record meanwhile. Reload the record to see their change, then apply yours again.</source>
        <translation>其他用户已同时修改了病历记录中的此条目。请重新加载病历记录查看其修改，然后再次应用您的修改。</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full. Nothing was saved: ask your administrator to free space on the server, then try again.</source>
        <translation>数据库服务器的磁盘已满。未保存任何内容：请联系管理员释放服务器空间后再试。</translation>
    </message>
    <message>
        <source>The held message changed since it was read (someone assigned it): reload the queue.</source>
        <translation>暂存消息在读取后已被更改（有人已分配）：请重新加载队列。</translation>
    </message>
</context>
<context>
    <name>cb::storage::Database</name>
    <message>
        <source>The SQLite driver for Qt is missing: install libqt6sql6-sqlite.</source>
        <translation>缺少 Qt 的 SQLite 驱动：请安装 libqt6sql6-sqlite。</translation>
    </message>
    <message>
        <source>There is no database at %1. Create it with &quot;cellboard-cli init&quot; or choose another file.</source>
        <translation>%1 处没有数据库。请用“cellboard-cli init”创建，或选择其他文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>无法为数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a CellBoard database (or it is damaged). Choose another file, or restore it from a backup.</source>
        <translation>%1 不是 CellBoard 数据库（或已损坏）。请选择其他文件，或从备份恢复。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is missing: install libqt6sql6-psql.</source>
        <translation>缺少 Qt 的 PostgreSQL 驱动：请安装 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1: %2. Check that the server is running, the address is right, and the password is in PGPASSWORD or ~/.pgpass.</source>
        <translation>无法连接数据库服务器 %1：%2。请检查服务器是否在运行、地址是否正确，以及密码是否在 PGPASSWORD 或 ~/.pgpass 中。</translation>
    </message>
    <message>
        <source>The database %1 has no schema &quot;%2&quot;. Check the address, or create it with &quot;cellboard-cli --db … init&quot;.</source>
        <translation>数据库 %1 没有结构“%2”。请检查地址，或用“cellboard-cli --db … init”创建。</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>此版本缺少迁移脚本 %1。</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed; nothing was changed. %2</source>
        <translation>将数据库更新到结构版本 %1 失败；未做任何更改。%2</translation>
    </message>
    <message>
        <source>it is not a database file at all</source>
        <translation>它根本不是数据库文件</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>完整性检查：%1</translation>
    </message>
    <message>
        <source>Cannot read the database file %1: check its permissions and its folder&apos;s, or ask your administrator.</source>
        <translation>无法读取数据库文件 %1：请检查它及其所在文件夹的权限，或联系管理员。</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a CellBoard database yet. Create the database in it with &quot;cellboard-cli --db &quot;%1&quot; init&quot;, or choose another file.</source>
        <translation>%1 是空的：它还不是 CellBoard 数据库。请用“cellboard-cli --db &quot;%1&quot; init”在其中创建数据库，或选择其他文件。</translation>
    </message>
    <message>
        <source>%1 is not a CellBoard database: it is a SQLite database of another program (it has no CellBoard tables). CellBoard leaves it as it is: choose another file, or create a new database with &quot;cellboard-cli --db NEW-FILE init&quot;.</source>
        <translation>%1 不是 CellBoard 数据库：它是其他程序的 SQLite 数据库（没有 CellBoard 的表）。CellBoard 不会改动它：请选择其他文件，或用“cellboard-cli --db NEW-FILE init”创建新数据库。</translation>
    </message>
    <message>
        <source>%1 is not a CellBoard database: it is not a database file at all (it may have been overwritten). Choose another file, or restore the database from a backup.</source>
        <translation>%1 不是 CellBoard 数据库：它根本不是数据库文件（可能已被覆盖）。请选择其他文件，或从备份恢复数据库。</translation>
    </message>
    <message>
        <source>%1 is open read-only: it cannot be updated.</source>
        <translation>%1 以只读方式打开：无法更新。</translation>
    </message>
    <message>
        <source>%1 is not a CellBoard database; only &quot;cellboard-cli init&quot; creates one, in an absent or empty file.</source>
        <translation>%1 不是 CellBoard 数据库；只有“cellboard-cli init”会创建数据库，且只在不存在或空的文件中创建。</translation>
    </message>
    <message>
        <source>%1 was written by a newer CellBoard (schema %2; this version knows %3). Install the newer version; this one leaves the database as it is.</source>
        <translation>%1 由更新版本的 CellBoard 写入（架构版本 %2；本版本支持到 %3）。请安装新版本；本版本不会改动该数据库。</translation>
    </message>
    <message>
        <source>Before updating %1 to schema %2, CellBoard backs it up, and that backup failed: %3 Nothing was changed.</source>
        <translation>在将 %1 更新到架构版本 %2 之前，CellBoard 会先备份它，而该备份失败了：%3 未做任何更改。</translation>
    </message>
</context>
<context>
    <name>cb::storage::DatabaseUrl</name>
    <message>
        <source>No database given.</source>
        <translation>未指定数据库。</translation>
    </message>
    <message>
        <source>The PostgreSQL address &quot;%1&quot; is not valid; expected postgresql://user@host:port/dbname</source>
        <translation>PostgreSQL 地址“%1”无效；应为 postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>Do not put the password in the database address; use PGPASSWORD or ~/.pgpass.</source>
        <translation>请勿将密码写入数据库地址；请使用 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
    <message>
        <source>The PostgreSQL address has no database name: postgresql://user@host:port/dbname</source>
        <translation>PostgreSQL 地址缺少数据库名：postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the PostgreSQL address (known: sslmode, schema).</source>
        <translation>PostgreSQL 地址中有未知选项“%1”（已知选项：sslmode、schema）。</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;.</source>
        <translation>未知的 sslmode“%1”。</translation>
    </message>
    <message>
        <source>The schema name may hold only letters, digits and &apos;_&apos;.</source>
        <translation>结构名只能包含字母、数字和“_”。</translation>
    </message>
    <message>
        <source>Unknown database address &quot;%1&quot;: give a file path or a postgresql:// address.</source>
        <translation>未知的数据库地址“%1”：请给出文件路径或 postgresql:// 地址。</translation>
    </message>
</context>
<context>
    <name>cb::storage::SqliteErrors</name>
    <message>
        <source>The disk holding the database is full. Nothing was saved: free some space (or ask your administrator), then try again. The database itself is not damaged.</source>
        <translation>数据库所在的磁盘已满。未保存任何内容：请释放一些空间（或联系管理员）后再试。数据库本身没有损坏。</translation>
    </message>
    <message>
        <source>The disk holding the database %1 is full. Nothing was saved: free some space (or ask your administrator), then try again. The database itself is not damaged.</source>
        <translation>数据库 %1 所在的磁盘已满。未保存任何内容：请释放一些空间（或联系管理员）后再试。数据库本身没有损坏。</translation>
    </message>
    <message>
        <source>The database is damaged (%1). Nothing was saved. Restore the latest backup, or ask your administrator.</source>
        <translation>数据库已损坏（%1）。未保存任何内容。请恢复最新的备份，或联系管理员。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). CellBoard does not write to a damaged database. Restore the latest backup (cellboard-cli --db &quot;%1&quot; restore BACKUP-FILE keeps the damaged file beside it), or ask your administrator.</source>
        <translation>数据库 %1 已损坏（%2）。CellBoard 不会写入已损坏的数据库。请恢复最新的备份（cellboard-cli --db &quot;%1&quot; restore BACKUP-FILE 会将损坏的文件保留在旁边），或联系管理员。</translation>
    </message>
    <message>
        <source>The database is busy: another CellBoard is writing to it. Wait a moment and try again.</source>
        <translation>数据库繁忙：另一个 CellBoard 正在写入。请稍候再试。</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program (another CellBoard, or a tool such as sqlite3); nothing was changed. Wait a moment and try again; if it stays locked, close that program or ask your administrator.</source>
        <translation>数据库 %1 被其他程序锁定（另一个 CellBoard，或 sqlite3 之类的工具）；未做任何更改。请稍候再试；如果一直被锁定，请关闭该程序或联系管理员。</translation>
    </message>
    <message>
        <source>The database file is read-only. Check its permissions.</source>
        <translation>数据库文件为只读。请检查其权限。</translation>
    </message>
    <message>
        <source>The database file %1 is read-only for this account. CellBoard records every login and view in it, so it needs to write: ask your administrator to make the file (and its folder) writable.</source>
        <translation>数据库文件 %1 对此账户是只读的。CellBoard 会在其中记录每次登录和查看，因此需要写入：请联系管理员使该文件（及其所在文件夹）可写。</translation>
    </message>
    <message>
        <source>The database could not be read or written (disk I/O error: %1). Nothing was saved; check the disk, or ask your administrator.</source>
        <translation>无法读写数据库（磁盘 I/O 错误：%1）。未保存任何内容；请检查磁盘，或联系管理员。</translation>
    </message>
    <message>
        <source>The database %1 could not be read or written (disk I/O error: %2). Nothing was saved; check the disk, or ask your administrator.</source>
        <translation>无法读写数据库 %1（磁盘 I/O 错误：%2）。未保存任何内容；请检查磁盘，或联系管理员。</translation>
    </message>
    <message>
        <source>Cannot open the database file %1, or create its journal files beside it: check that its folder exists and is writable.</source>
        <translation>无法打开数据库文件 %1，或无法在其旁边创建日志文件：请检查其所在文件夹存在且可写。</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
</context>
<context>
    <name>cb::storage::SqliteFile</name>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>对 %2 执行“%1”失败：%3</translation>
    </message>
    <message>
        <source>%1 exists already: choose a new file name for the backup.</source>
        <translation>%1 已存在：请为备份选择新的文件名。</translation>
    </message>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation>%1 处没有可备份的数据库。</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: check that its folder exists and is writable.</source>
        <translation>无法写入备份 %1：请检查其所在文件夹存在且可写。</translation>
    </message>
    <message>
        <source>The disk holding the backup %1 is full: no backup was written. Free some space or choose another folder.</source>
        <translation>备份 %1 所在的磁盘已满：未写入备份。请释放一些空间或选择其他文件夹。</translation>
    </message>
    <message>
        <source>The copy of %1 fails its integrity check (%2): the database is damaged. No backup was written.</source>
        <translation>%1 的副本未通过完整性检查（%2）：数据库已损坏。未写入备份。</translation>
    </message>
    <message>
        <source>Cannot name the backup %1.</source>
        <translation>无法为备份 %1 命名。</translation>
    </message>
    <message>
        <source>Cannot create the database %1: check that its folder exists and is writable.</source>
        <translation>无法创建数据库 %1：请检查其所在文件夹存在且可写。</translation>
    </message>
    <message>
        <source>There is no database file at %1.</source>
        <translation>%1 处没有数据库文件。</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to %2: check that the folder is writable.</source>
        <translation>无法将 %1 移至 %2：请检查文件夹可写。</translation>
    </message>
</context>
</TS>
