namespace Media.Abstractions.Content;

/// <summary>Renders a version exactly as one channel will receive it (web, app, wechat…).</summary>
public interface IArticlePreview
{
    string Channel { get; }

    Task<string> RenderAsync(ArticlePreviewSource source, CancellationToken cancellationToken);
}
