namespace Media.Abstractions.Auditing;

/// <summary>The one table of the newsroom's words for the recorded actions (docs/admin-ui.md §13): the audit pages show
/// these, and the code (<see cref="AuditActions"/>, part of the signed history) only inside 技术信息. Every action the
/// code records has a name here; <c>AuditActionLabelsTests</c> fails on one without.</summary>
public static class AuditActionLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [AuditActions.SignInSucceeded] = "登录成功",
        [AuditActions.SignInFailed] = "登录失败",
        [AuditActions.AccountLockedOut] = "账户锁定",
        [AuditActions.SignedOut] = "退出登录",

        [AuditActions.UserCreated] = "创建用户",
        [AuditActions.UserRolesChanged] = "修改角色",
        [AuditActions.UserDisabled] = "停用用户",
        [AuditActions.UserEnabled] = "重新启用用户",
        [AuditActions.UserChanged] = "修改用户姓名",
        [AuditActions.PasswordChanged] = "修改密码",
        [AuditActions.PasswordReset] = "重置密码",
        [AuditActions.SecondFactorEnrolled] = "开始绑定两步验证",
        [AuditActions.SecondFactorConfirmed] = "启用两步验证",
        [AuditActions.SecondFactorReset] = "重置两步验证",
        [AuditActions.RecoveryCodeUsed] = "使用恢复码",

        [AuditActions.ColumnCreated] = "创建栏目",
        [AuditActions.ColumnChanged] = "修改栏目",

        [AuditActions.ArticleCreated] = "新建稿件",
        [AuditActions.ArticleEdited] = "修改稿件",
        [AuditActions.ArticleRestored] = "恢复旧版本",
        [AuditActions.CorrectionOpened] = "发起更正",
        [AuditActions.CorrectionPublished] = "发布更正",

        [AuditActions.MediaUploaded] = "上传图片",
        [AuditActions.MediaChanged] = "修改图片信息",

        [AuditActions.ReviewSubmitted] = "送审",
        [AuditActions.ReviewWithdrawn] = "撤回送审",
        [AuditActions.ReviewApproved] = "审核通过",
        [AuditActions.ReviewRejected] = "退回修改",
        [AuditActions.ReviewSignedOff] = "签发",
        [AuditActions.ArticleReopened] = "重新打开（签发作废）",
        [AuditActions.ScreeningRecorded] = "校对与敏感词检查",
        [AuditActions.LexiconChanged] = "修改敏感词表",
        [AuditActions.WorkflowCreated] = "创建审核流程",
        [AuditActions.WorkflowChanged] = "修改审核流程",

        [AuditActions.ChannelCreated] = "添加渠道",
        [AuditActions.ChannelChanged] = "修改渠道",

        [AuditActions.ArticlePublished] = "发布",
        [AuditActions.ArticleScheduled] = "定时发布",
        [AuditActions.ArticleRetracted] = "撤稿",
        [AuditActions.PublishRefused] = "拒绝发布",
        [AuditActions.DeliveryDelivered] = "投递成功",
        [AuditActions.DeliveryFailed] = "投递失败",
        [AuditActions.DeliveryRetracted] = "渠道已撤回",
        [AuditActions.DeliveryNotSupported] = "渠道不支持",
        [AuditActions.DeliveryRetried] = "重新投递",
        [AuditActions.DeliveryAdded] = "加发渠道",

        [AuditActions.JobsDashboardAction] = "后台任务操作",

        [AuditActions.AccessRefused] = "拒绝访问",
        [AuditActions.AuditListed] = "查看审计日志",
        [AuditActions.AuditVerified] = "校验审计链",
        [AuditActions.AuditExported] = "导出审计日志",

        [AuditActions.WeChatPushCreated] = "新建公众号推送",
        [AuditActions.WeChatPushSignedOff] = "签发公众号推送",
        [AuditActions.WeChatPushSignOffVoided] = "公众号推送签发作废",
        [AuditActions.WeChatPushSendRequested] = "申请群发公众号推送",
        [AuditActions.WeChatPushSent] = "公众号推送已群发",
        [AuditActions.WeChatPushFailed] = "公众号推送失败",
        [AuditActions.WeChatPushRetractRequested] = "申请撤回公众号推送",
        [AuditActions.WeChatPushRetracted] = "公众号推送已撤回",
        [AuditActions.WeChatPushRetractFailed] = "公众号推送撤回失败",
        [AuditActions.WeChatPushArticleRetracted] = "稿件撤出公众号推送",
        [AuditActions.WeChatPushPreviewed] = "公众号推送发送预览",
        [AuditActions.WeChatPushReordered] = "调整公众号推送顺序",
        [AuditActions.WeChatPushEdited] = "修改公众号推送的稿件或封面",
    };

    /// <summary>Whether <paramref name="action"/> has a name (the test enumerates <see cref="AuditActions"/> with it).</summary>
    public static bool Has(string action) => Labels.ContainsKey(action);

    /// <summary>The name of <paramref name="action"/>; an action recorded by an older version and since renamed shows
    /// as 其他操作 (its code stays in 技术信息).</summary>
    public static string Label(string action) => Labels.TryGetValue(action, out var label) ? label : "其他操作";

    /// <summary>The actions and their names in the table's order, for the audit page's 操作 filter.</summary>
    public static IEnumerable<KeyValuePair<string, string>> All => Labels;
}
