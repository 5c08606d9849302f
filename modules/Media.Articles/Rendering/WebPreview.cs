using System.Net;
using System.Text;
using Media.Abstractions.Content;

namespace Media.Articles.Rendering;

/// <summary>The article as the county site's article page shows it (heading, deck, byline, body).</summary>
internal sealed class WebPreview(IMarkdownRenderer markdown) : IArticlePreview
{
    public string Channel => "web";

    public Task<string> RenderAsync(ArticlePreviewSource s, CancellationToken cancellationToken)
    {
        var html = new StringBuilder("<article class=\"media-article\">");
        html.Append("<h1>").Append(WebUtility.HtmlEncode(s.Title)).Append("</h1>");
        if (s.Subtitle is not null) html.Append("<p class=\"subtitle\">").Append(WebUtility.HtmlEncode(s.Subtitle)).Append("</p>");
        var byline = string.Join(" · ", new[] { s.Author, s.Source }.Where(x => x is not null));
        if (byline.Length > 0) html.Append("<p class=\"byline\">").Append(WebUtility.HtmlEncode(byline)).Append("</p>");
        if (s.Summary is not null) html.Append("<p class=\"summary\">").Append(WebUtility.HtmlEncode(s.Summary)).Append("</p>");
        html.Append("<div class=\"body\">").Append(markdown.ToSafeHtml(s.Body)).Append("</div></article>");
        return Task.FromResult(html.ToString());
    }
}
