using Media.Abstractions.Auditing;
using Media.Abstractions.Content;
using Media.Abstractions.Distribution;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Channels.WeChat.Delivery;
using Media.Channels.WeChat.Pushes.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Channels.WeChat.Pushes.Pushes;

/// <summary>Composes and signs off WeChat pushes (docs/wechat.md §15.2). Articles are read only through
/// <see cref="IArticleLifecycle"/>; every command records its audit entry and saves once.</summary>
public sealed class PushDesk(MediaDbContext db, IArticleLifecycle articles, IChannelDirectory channels, ICurrentUser user,
    IAuditTrail audit, TimeProvider clock)
{
    public async Task<(Outcome Outcome, Push? Push)> CreateAsync(PushInput input, CancellationToken ct)
    {
        var errors = input.Check();
        if (errors.Any) return (Outcome.Invalid(errors.ToDictionary()), null);
        if (await channels.FindAsync(input.ChannelId!.Value, ct) is not { Type: WeChatChannelSettings.ChannelType })
            return (Outcome.Unprocessable("channelId", "No WeChat channel has this id.", "The channel is not a WeChat account.").Says("所选渠道不是公众号。"), null);

        var push = new Push
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), ChannelId = input.ChannelId.Value, Mode = input.Mode!,
            Target = input.StoredTarget(), Status = PushStatuses.Draft, ContentHash = "", SendAt = input.SendAt,
            CreatedBy = user.Id, CreatedAt = clock.GetUtcNow(),
        };
        for (var position = 0; position < input.ArticleIds!.Count; position++)
        {
            var state = await articles.FindAsync(input.ArticleIds[position], ct);
            if (state is not { ViewerMaySee: true })
                return (Outcome.Unprocessable("articleIds", $"No article {input.ArticleIds[position]}.", "An article of the push does not exist.").Says("推送中的一篇稿件不存在。"), null);
            if (!IsSignedOff(state))
                return (Outcome.Unprocessable("articleIds", $"《{state.Title}》 is {state.Status}: only signed-off articles (approved or published) go out.",
                    "Every article of a push must be signed off.")
                    .Says($"《{state.Title}》现在是「{EditorialStatus.Label(state.Status)}」：只有已签发或已发布的稿件可以推送。"), null);
            push.Articles.Add(new PushArticle
            {
                PushId = push.Id, Position = position, ArticleId = state.Id, Version = state.Version, ContentHash = state.ContentHash,
                Title = state.Title,
            });
        }

        push.ContentHash = PushContentHash.Of(push.Mode, push.Target, push.Articles);
        db.Add(push);
        audit.Record(new AuditEvent(AuditActions.WeChatPushCreated, Subject(push), ContentHash: push.ContentHash, Data: Describe(push)));
        await db.SaveChangesAsync(ct);
        return (Outcome.Done, push);
    }

    /// <summary>终审 of a push: a leader other than its creator signs the hash they saw; every article must still be the
    /// signed-off version the push lists.</summary>
    public async Task<(Outcome Outcome, Push? Push)> SignOffAsync(Guid id, string? contentHash, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(contentHash))
            return (Outcome.Invalid("contentHash", "Give the contentHash of the push you reviewed.").Says("缺少你审看的推送内容，请刷新后再签发。"), null);
        if (await db.Set<Push>().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } push) return (Outcome.NotFound($"No push {id}.").Says("找不到这条推送，可能已被删除。"), null);
        if (push.CreatedBy == user.Id) return (Outcome.Forbidden("The one who composed a push cannot sign it off.").Says("不能签发自己编排的推送，须由另一位领导签发。"), null);
        if (push.Status != PushStatuses.Draft) return (Outcome.Conflict($"The push is {push.Status}: only a push waiting for sign-off can be signed off.")
            .Says($"这条推送现在是「{PushStatuses.Label(push.Status)}」，只有待签发的推送可以签发。"), null);
        if (!string.Equals(push.ContentHash, contentHash.Trim(), StringComparison.OrdinalIgnoreCase))
            return (Outcome.Conflict("The push has changed since you reviewed it: reload it and review it again.")
                .Says("你审看之后推送已有改动，未签发；请刷新后重新审看。"), null);
        foreach (var listed in push.Articles)
        {
            var state = await articles.FindAsync(listed.ArticleId, ct);
            if (state is null || !IsSignedOff(state) || state.Version != listed.Version)
                return (Outcome.Conflict($"《{listed.Title}》 has changed or is no longer signed off since the push was composed: compose it again.")
                    .Says($"编排推送后《{listed.Title}》已有改动或不再是已签发，未签发；请重新编排推送。"), null);
        }

        push.Status = PushStatuses.SignedOff;
        push.SignedOffBy = user.Id;
        push.SignedOffAt = clock.GetUtcNow();
        push.Revision++;
        audit.Record(new AuditEvent(AuditActions.WeChatPushSignedOff, Subject(push), ContentHash: push.ContentHash, Data: Describe(push)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (Outcome.Conflict("Someone else changed the push at the same moment: reload it.").Says("同一时间有人改动了这条推送，未执行；请刷新后再试。"), null);
        }
        return (Outcome.Done, push);
    }

    internal static AuditSubject Subject(Push push) => AuditSubject.Named("wechat-push", push.Id.ToString());

    internal static Dictionary<string, object?> Describe(Push push) => new()
    {
        ["channelId"] = push.ChannelId, ["mode"] = push.Mode, ["target"] = push.Target,
        ["articles"] = push.Articles.OrderBy(a => a.Position).Select(a => new Dictionary<string, object?>
        {
            ["articleId"] = a.ArticleId, ["version"] = a.Version, ["contentHash"] = a.ContentHash,
        }).ToList(),
    };

    internal static bool IsSignedOff(ArticleState state) =>
        state.Status is EditorialStatus.Approved or EditorialStatus.Published;
}
