using System.Globalization;
using AngleSharp.Dom;

namespace Media.Channels.WeChat.Html;

/// <summary>Numbered notes for links WeChat does not allow as hyperlinks: "[1]" in the text, the addresses at the end.</summary>
internal sealed class WeChatFootnotes(IDocument document)
{
    private readonly List<string> _links = [];

    public IReadOnlyList<string> Links => _links;

    /// <summary>The marker for a link; the same address twice gets the same number.</summary>
    public IElement Marker(string url)
    {
        var index = _links.IndexOf(url);
        if (index < 0)
        {
            _links.Add(url);
            index = _links.Count - 1;
        }

        var marker = document.CreateElement("span");
        marker.SetAttribute("style", WeChatInlineStyles.FootnoteMarker);
        marker.TextContent = Number(index);
        return marker;
    }

    public void AppendTo(IElement body)
    {
        if (_links.Count == 0)
        {
            return;
        }

        var section = document.CreateElement("section");
        section.SetAttribute("style", WeChatInlineStyles.FootnoteSection);
        section.AppendChild(Line("文中链接："));
        for (var i = 0; i < _links.Count; i++)
        {
            section.AppendChild(Line($"{Number(i)} {_links[i]}"));
        }

        body.AppendChild(section);
    }

    private IElement Line(string text)
    {
        var line = document.CreateElement("p");
        line.SetAttribute("style", WeChatInlineStyles.FootnoteLine);
        line.TextContent = text;
        return line;
    }

    private static string Number(int index) => "[" + (index + 1).ToString(CultureInfo.InvariantCulture) + "]";
}
