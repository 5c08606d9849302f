using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Media.Site.Rendering;

/// <summary>Plain text of sanitized body HTML, for descriptions and share cards (the output is HTML-encoded
/// again when rendered, so this never has to be safe HTML itself).</summary>
internal static partial class PlainText
{
    public static string FromHtml(string html)
    {
        var text = WebUtility.HtmlDecode(Tags().Replace(html, " "));
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>At most <paramref name="length"/> text elements (never half a surrogate pair), with an ellipsis when cut.</summary>
    public static string Excerpt(string text, int length)
    {
        var info = new StringInfo(text);
        return info.LengthInTextElements <= length ? text : info.SubstringByTextElements(0, length).TrimEnd() + "…";
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
