using System.Text.Json;
using Media.Channels.WeChat.Pushes.Data;

namespace Media.Channels.WeChat.Pushes.Pushes;

/// <summary>The Push JSON (docs/http-api.md §13).</summary>
public sealed record PushResponse(Guid Id, Guid ChannelId, string Mode, PushTarget? Target, IReadOnlyList<PushArticleResponse> Articles,
    string Status, string ContentHash, DateTimeOffset? SendAt, Guid CreatedBy, DateTimeOffset CreatedAt, Guid? SignedOffBy,
    DateTimeOffset? SentAt, IReadOnlyDictionary<string, string> ExternalIds, string? LastError)
{
    public static PushResponse From(Push push) => new(push.Id, push.ChannelId, push.Mode, PushTarget.FromStored(push.Target),
        push.Articles.OrderBy(a => a.Position).Select(a => new PushArticleResponse(a.ArticleId, a.Version, a.ContentHash, a.Title, a.Url)).ToList(),
        push.Status, push.ContentHash, push.SendAt, push.CreatedBy, push.CreatedAt, push.SignedOffBy, push.SentAt,
        JsonSerializer.Deserialize<Dictionary<string, string>>(push.ExternalIds) ?? [], push.LastError);
}

public sealed record PushArticleResponse(Guid ArticleId, int Version, string ContentHash, string Title, string? Url);
