namespace Media.Channels.WeChat.Pushes.Data;

/// <summary>One article of a push at the version it was listed with; position 0 is the 头条.</summary>
public sealed class PushArticle
{
    public Guid PushId { get; set; }

    public int Position { get; set; }

    public Guid ArticleId { get; set; }

    public int Version { get; set; }

    public required string ContentHash { get; set; }

    public required string Title { get; set; }

    /// <summary>The photo (media library asset) chosen as this article's cover in this push, one of the article's own
    /// photos; null for the article's own cover (docs/wechat.md §15.2).</summary>
    public Guid? CoverMediaId { get; set; }

    /// <summary>The article's link at WeChat once the push went out.</summary>
    public string? Url { get; set; }

    /// <summary>When the article was taken out of the sent message (message/mass/delete or freepublish/delete).</summary>
    public DateTimeOffset? RetractedAt { get; set; }
}
