using Media.Articles.Content;
using Microsoft.AspNetCore.Html;

namespace Media.Articles.Pages.Admin.Articles;

/// <summary>One field's diff as <c>&lt;del&gt;</c>/<c>&lt;ins&gt;</c> runs. Only the tags are literal markup;
/// every piece of text goes through <see cref="HtmlContentBuilder.Append(string)"/>, which HTML-encodes it.</summary>
public static class DiffMarkup
{
    public static IHtmlContent Render(FieldDiff field)
    {
        var html = new HtmlContentBuilder();
        foreach (var segment in field.Segments)
        {
            var tag = segment.Op switch { "insert" => "ins", "delete" => "del", _ => null };
            if (tag is not null) html.AppendHtml($"<{tag}>");
            html.Append(segment.Text);
            if (tag is not null) html.AppendHtml($"</{tag}>");
        }
        return html;
    }
}
