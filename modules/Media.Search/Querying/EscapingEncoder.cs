using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Search.Highlight;

namespace Media.Search.Querying;

/// <summary>Escapes the snippet's text for HTML (markup characters encoded, Chinese left readable), so only the
/// highlighter's own <c>&lt;em&gt;</c> tags are markup. Lucene's <c>SimpleHTMLEncoder</c> would also turn every
/// Chinese character into a numeric entity.</summary>
internal sealed class EscapingEncoder : IEncoder
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public string EncodeText(string originalText) => Html.Encode(originalText);
}
