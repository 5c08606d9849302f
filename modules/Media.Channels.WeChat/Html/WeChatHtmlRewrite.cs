using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Media.Channels.WeChat.Html;

/// <summary>One conversion: walks the tree once, rewriting it in place and collecting images and links.</summary>
internal sealed class WeChatHtmlRewrite(IDocument document, IReadOnlyDictionary<string, string> uploadedImages)
{
    // Removed with everything inside: active content, embedded documents, forms, media WeChat would not play.
    private static readonly FrozenSet<string> Dropped = FrozenSet.Create(StringComparer.Ordinal, [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button", "select",
        "textarea", "option", "noscript", "template", "link", "meta", "base", "title", "head", "svg", "math", "canvas",
        "audio", "video", "source", "track", "map", "area", "dialog",
    ]);

    // HTML5 wrappers lose their look in WeChat; section keeps it (docs/wechat.md §11).
    private static readonly FrozenSet<string> AsSection = FrozenSet.Create(StringComparer.Ordinal, [
        "div", "article", "header", "footer", "main", "nav", "aside", "section", "dl", "details",
    ]);

    private static readonly FrozenSet<string> WeChatImageHosts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, [
        "mmbiz.qpic.cn", "mmbiz.qlogo.cn",
    ]);

    private readonly List<string> _imagesToUpload = [];
    private readonly WeChatFootnotes _footnotes = new(document);
    private readonly Dictionary<IElement, string> _renamedStyles = [];

    public IReadOnlyList<string> ImagesToUpload => _imagesToUpload;

    public IReadOnlyList<string> ExternalLinks => _footnotes.Links;

    public void Run(IElement body)
    {
        foreach (var comment in body.Descendants<IComment>().ToList())
        {
            comment.Parent?.RemoveChild(comment);
        }

        VisitChildren(body);
        _footnotes.AppendTo(body);
    }

    private void VisitChildren(IElement parent)
    {
        foreach (var child in parent.Children.ToList())
        {
            Visit(child);
        }
    }

    private void Visit(IElement element)
    {
        var tag = element.LocalName;
        if (Dropped.Contains(tag))
        {
            element.Remove();
            return;
        }

        VisitChildren(element);
        var result = tag switch
        {
            "img" => Image(element),
            "a" => Link(element),
            _ when WeChatInlineStyles.ByTag.ContainsKey(tag) => element,
            _ when WeChatInlineStyles.AsSpan.TryGetValue(tag, out var look) => Rename(element, "span", look),
            _ when AsSection.Contains(tag) => Rename(element, "section", ""),
            "dt" => Rename(element, "p", "margin:0.5em 0 0.2em;font-weight:bold;"),
            "dd" => Rename(element, "p", "margin:0 0 0.5em 2em;"),
            "kbd" or "samp" or "tt" or "var" => Rename(element, "code", null),
            _ => Unwrap(element),
        };
        if (result is not null)
        {
            Restyle(result);
        }
    }

    /// <summary>Keeps only the attributes WeChat needs, then sets the element's fixed style.</summary>
    private void Restyle(IElement element)
    {
        var tag = element.LocalName;
        var align = element.GetAttribute("align");
        foreach (var name in element.Attributes.Select(a => a.Name).ToList())
        {
            if (!Keeps(tag, name))
            {
                element.RemoveAttribute(name);
            }
        }

        var style = _renamedStyles.GetValueOrDefault(element)
            ?? (tag == "code" && element.ParentElement?.LocalName == "pre" ? WeChatInlineStyles.CodeInPre : WeChatInlineStyles.ByTag[tag]);
        if (tag is "th" or "td" && align is "left" or "center" or "right")
        {
            style += $"text-align:{align};";
        }

        if (style.Length > 0)
        {
            element.SetAttribute("style", style);
        }
    }

    private static bool Keeps(string tag, string attribute) => (tag, attribute) switch
    {
        ("img", "src" or "alt") => true,
        ("a", "href") => true,
        ("ol", "start") => true,
        ("th" or "td", "colspan" or "rowspan") => true,
        _ => false,
    };

    private IElement? Image(IElement img)
    {
        var src = img.GetAttribute("src")?.Trim();
        if (string.IsNullOrEmpty(src))
        {
            img.Remove();
            return null;
        }

        if (IsWeChatHosted(src))
        {
            return img;
        }

        if (uploadedImages.TryGetValue(src, out var hosted))
        {
            img.SetAttribute("src", hosted);
            return img;
        }

        // WeChat filters external images out anyway; leave it out until it has been uploaded.
        if (!_imagesToUpload.Contains(src, StringComparer.Ordinal))
        {
            _imagesToUpload.Add(src);
        }

        img.Remove();
        return null;
    }

    private IElement? Link(IElement anchor)
    {
        var href = anchor.GetAttribute("href")?.Trim();
        Uri? uri = href is not null && Uri.TryCreate(href, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"
            ? parsed
            : null;
        if (uri is not null && string.Equals(uri.Host, "mp.weixin.qq.com", StringComparison.OrdinalIgnoreCase))
        {
            // Links to official-account articles are the only hyperlinks WeChat allows in content (docs/wechat.md §11).
            return anchor;
        }

        // Any other link becomes its text; a note gives the address unless the text already is the address.
        var text = anchor.TextContent.Trim();
        if (uri is not null && text != href && text != uri.AbsoluteUri)
        {
            anchor.After(_footnotes.Marker(uri.AbsoluteUri));
        }

        return Unwrap(anchor);
    }

    private IElement Rename(IElement element, string tag, string? style)
    {
        var renamed = document.CreateElement(tag);
        if (style is not null)
        {
            _renamedStyles[renamed] = style;
        }

        foreach (var attribute in element.Attributes.ToList())
        {
            if (Keeps(tag, attribute.Name)) renamed.SetAttribute(attribute.Name, attribute.Value);
        }

        renamed.Append([.. element.ChildNodes]);
        element.Replace(renamed);
        return renamed;
    }

    private static IElement? Unwrap(IElement element)
    {
        element.Replace([.. element.ChildNodes]);
        return null;
    }

    private static bool IsWeChatHosted(string src) =>
        Uri.TryCreate(src, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && WeChatImageHosts.Contains(uri.Host);
}
