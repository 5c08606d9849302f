namespace Media.Abstractions.Auditing;

/// <summary>The names of recorded actions. Stable: they are part of exported, signed history.</summary>
public static class AuditActions
{
    public const string SignInSucceeded = "auth.signin.succeeded";
    public const string SignInFailed = "auth.signin.failed";
    public const string AccountLockedOut = "auth.lockout";
    public const string SignedOut = "auth.signout";

    public const string UserCreated = "user.created";
    public const string UserRolesChanged = "user.roles.changed";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string UserChanged = "user.changed";
    public const string PasswordChanged = "user.password.changed";
    public const string PasswordReset = "user.password.reset";
    public const string SecondFactorEnrolled = "user.totp.enrolled";
    public const string SecondFactorConfirmed = "user.totp.confirmed";
    public const string SecondFactorReset = "user.totp.reset";
    public const string RecoveryCodeUsed = "user.totp.recovery-code-used";

    public const string ColumnCreated = "column.created";
    public const string ColumnChanged = "column.changed";

    public const string ArticleCreated = "article.created";
    public const string ArticleEdited = "article.edited";
    public const string ArticleRestored = "article.restored";
    public const string CorrectionOpened = "correction.opened";
    public const string CorrectionPublished = "correction.published";

    public const string MediaUploaded = "media.uploaded";
    public const string MediaChanged = "media.changed";

    public const string ReviewSubmitted = "review.submitted";
    public const string ReviewWithdrawn = "review.withdrawn";
    public const string ReviewApproved = "review.approved";
    public const string ReviewRejected = "review.rejected";
    public const string ReviewSignedOff = "review.signed-off";
    public const string ArticleReopened = "article.reopened";
    public const string ScreeningRecorded = "screening.recorded";
    public const string LexiconChanged = "lexicon.changed";
    public const string WorkflowCreated = "workflow.created";
    public const string WorkflowChanged = "workflow.changed";

    public const string ChannelCreated = "channel.created";
    public const string ChannelChanged = "channel.changed";

    public const string ArticlePublished = "article.published";
    public const string ArticleScheduled = "article.scheduled";
    public const string ArticleRetracted = "article.retracted";
    public const string PublishRefused = "publish.refused";
    public const string DeliveryDelivered = "delivery.delivered";
    public const string DeliveryFailed = "delivery.failed";
    public const string DeliveryRetracted = "delivery.retracted";
    public const string DeliveryNotSupported = "delivery.not-supported";
    public const string DeliveryRetried = "delivery.retried";
    public const string DeliveryAdded = "delivery.added";

    /// <summary>A command given through the background-jobs dashboard (requeue, delete, trigger…).</summary>
    public const string JobsDashboardAction = "jobs.dashboard-action";

    /// <summary>A signed-in user was refused (403) by an API endpoint or an admin page.</summary>
    public const string AccessRefused = "access.refused";
    public const string AuditListed = "audit.listed";
    public const string AuditVerified = "audit.verified";
    public const string AuditExported = "audit.exported";

    public const string WeChatPushCreated = "wechat-push.created";
    public const string WeChatPushSignedOff = "wechat-push.signed-off";
    public const string WeChatPushSignOffVoided = "wechat-push.signoff-voided";
    public const string WeChatPushSendRequested = "wechat-push.send-requested";
    public const string WeChatPushSent = "wechat-push.sent";
    public const string WeChatPushFailed = "wechat-push.failed";
    public const string WeChatPushRetractRequested = "wechat-push.retract-requested";
    public const string WeChatPushRetracted = "wechat-push.retracted";
    public const string WeChatPushRetractFailed = "wechat-push.retract-failed";
    public const string WeChatPushArticleRetracted = "wechat-push.article-retracted";
    public const string WeChatPushPreviewed = "wechat-push.previewed";
    public const string WeChatPushReordered = "wechat-push.reordered";
    public const string WeChatPushEdited = "wechat-push.edited";
}
