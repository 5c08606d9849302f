using Media.Abstractions.Content;

namespace Media.Articles.Rendering;

/// <summary>The body HTML the county app receives from the public read API.</summary>
internal sealed class AppPreview(IMarkdownRenderer markdown) : IArticlePreview
{
    public string Channel => "app";

    public Task<string> RenderAsync(ArticlePreviewSource s, CancellationToken cancellationToken) =>
        Task.FromResult(markdown.ToSafeHtml(s.Body));
}
