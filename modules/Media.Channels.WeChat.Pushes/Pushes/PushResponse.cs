using Media.Channels.WeChat.Pushes.Data;
using Media.Channels.WeChat.Pushes.Sending;

namespace Media.Channels.WeChat.Pushes.Pushes;

/// <summary>The Push JSON (docs/http-api.md §13).</summary>
public sealed record PushResponse(Guid Id, Guid ChannelId, string Mode, PushTarget? Target, IReadOnlyList<PushArticleResponse> Articles,
    string Status, string ContentHash, DateTimeOffset? SendAt, Guid CreatedBy, DateTimeOffset CreatedAt, Guid? SignedOffBy,
    DateTimeOffset? SentAt, IReadOnlyDictionary<string, string> ExternalIds, string? LastError, string? RetractionNote)
{
    public static PushResponse From(Push push) => new(push.Id, push.ChannelId, push.Mode, PushTarget.FromStored(push.Target),
        push.Articles.OrderBy(a => a.Position).Select(a => new PushArticleResponse(a.ArticleId, a.Version, a.ContentHash, a.Title, a.CoverMediaId, a.Url, a.RetractedAt)).ToList(),
        push.Status, push.ContentHash, push.SendAt, push.CreatedBy, push.CreatedAt, push.SignedOffBy, push.SentAt,
        PublicIds(push.ExternalIds), push.LastError, push.RetractionNote);

    /// <summary>WeChat's ids (draft media_id, msg_id, msg_data_id, publish_id, article_id); not the sending job's bookkeeping.</summary>
    private static Dictionary<string, string> PublicIds(string externalIds) =>
        PushProgress.Read(externalIds).Where(p => PushProgress.Public.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value);
}

/// <param name="CoverMediaId">The photo chosen as the article's cover in this push; null for the article's own cover.</param>
public sealed record PushArticleResponse(Guid ArticleId, int Version, string ContentHash, string Title, Guid? CoverMediaId, string? Url,
    DateTimeOffset? RetractedAt);
