using Media.Abstractions.Problems;
using Media.Channels.WeChat.Pushes.Data;

namespace Media.Channels.WeChat.Pushes.Pushes;

/// <summary><c>POST /api/wechat/pushes</c> (docs/wechat.md §15.2).</summary>
public sealed record PushInput(Guid? ChannelId, string? Mode, List<Guid>? ArticleIds, PushTarget? Target, DateTimeOffset? SendAt)
{
    public const int MaxArticles = 8;

    /// <summary>Field errors before anything is read; the articles' states are the desk's to check.</summary>
    public FieldErrors Check()
    {
        var errors = new FieldErrors();
        if (ChannelId is null || ChannelId == Guid.Empty) errors.Add("channelId", "'channelId' is required.");
        if (Mode is not (PushModes.Publish or PushModes.MassSend)) errors.Add("mode", "Use 'publish' (发布) or 'massSend' (群发).");
        if (ArticleIds is not { Count: >= 1 and <= MaxArticles })
            errors.Add("articleIds", $"A push carries 1 to {MaxArticles} articles; the first is the 头条.");
        else if (ArticleIds.Distinct().Count() != ArticleIds.Count)
            errors.Add("articleIds", "An article appears only once in a push.");
        if (Mode == PushModes.Publish && Target is not null)
            errors.Add("target", "发布 reaches no followers: a target belongs to a mass send only.");
        if (Target is { ToAll: true, TagId: not null } or { ToAll: not true, TagId: null })
            errors.Add("target", "Give either { \"toAll\": true } or { \"tagId\": n }.");
        if (Target?.TagId is < 0) errors.Add("target.tagId", "A tag id is not negative.");
        return errors;
    }

    /// <summary>A mass send without a target goes to all followers.</summary>
    public string? StoredTarget() => Mode == PushModes.MassSend ? (Target ?? PushTarget.All).ToStored() : null;
}
