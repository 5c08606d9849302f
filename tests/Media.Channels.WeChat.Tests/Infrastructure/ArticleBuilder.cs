using Media.Abstractions.Content;

namespace Media.Channels.WeChat.Tests.Infrastructure;

/// <summary>A published article with valid defaults for WeChat: a short title, a summary, a body, a cover.</summary>
public sealed class ArticleBuilder
{
    private string _title = "全县春耕生产有序推进";
    private string? _summary = "县农业农村局组织技术人员下乡指导春耕。";
    private string _body = "<p>全县春耕生产有序推进。</p>";
    private Guid? _cover;

    public ArticleBuilder WithTitle(string title)
    {
        _title = title;
        return this;
    }

    public ArticleBuilder WithSummary(string? summary)
    {
        _summary = summary;
        return this;
    }

    public ArticleBuilder WithBody(string html)
    {
        _body = html;
        return this;
    }

    public ArticleBuilder WithCover(Guid? mediaId)
    {
        _cover = mediaId;
        return this;
    }

    public PublishedArticle Build()
    {
        var id = Guid.NewGuid();
        return new PublishedArticle(id, Guid.NewGuid(), "本县要闻", "news", _title, null, "县融媒体中心", null, _summary, _body,
            _cover, [], 1, "hash", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, $"/news/{id:N}");
    }
}
