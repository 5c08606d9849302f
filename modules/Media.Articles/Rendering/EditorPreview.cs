using System.Net;
using System.Text;
using Media.Abstractions.Content;

namespace Media.Articles.Rendering;

/// <summary>The editor's live preview of unsaved fields (heading, deck, byline, body), shown inside the editing page.
/// A saved version is previewed as the site itself renders it: the <c>web</c> channel's <see cref="IArticlePreview"/>,
/// which the public site provides (docs/review.md §4).</summary>
public sealed class EditorPreview(IMarkdownRenderer markdown)
{
    public string Render(string title, string? subtitle, string? author, string? source, string? summary, string body)
    {
        var html = new StringBuilder("<article class=\"media-article\">");
        html.Append("<h1>").Append(WebUtility.HtmlEncode(title)).Append("</h1>");
        if (subtitle is not null) html.Append("<p class=\"subtitle\">").Append(WebUtility.HtmlEncode(subtitle)).Append("</p>");
        var byline = string.Join(" · ", new[] { author, source }.Where(x => x is not null));
        if (byline.Length > 0) html.Append("<p class=\"byline\">").Append(WebUtility.HtmlEncode(byline)).Append("</p>");
        if (summary is not null) html.Append("<p class=\"summary\">").Append(WebUtility.HtmlEncode(summary)).Append("</p>");
        html.Append("<div class=\"body\">").Append(markdown.ToSafeHtml(body)).Append("</div></article>");
        return html.ToString();
    }
}
