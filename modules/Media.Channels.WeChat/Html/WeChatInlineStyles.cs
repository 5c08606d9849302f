using System.Collections.Frozen;

namespace Media.Channels.WeChat.Html;

/// <summary>
/// The fixed look of WeChat articles. WeChat keeps only inline style="" (no classes, no style sheets; docs/wechat.md §11),
/// so each element gets a small style of its own, chosen to read well on a phone.
/// </summary>
internal static class WeChatInlineStyles
{
    private const string Body = "font-size:16px;line-height:1.75;color:#333;";

    public static readonly FrozenDictionary<string, string> ByTag = new Dictionary<string, string>
    {
        ["section"] = "",
        ["p"] = "margin:0 0 1em;" + Body,
        ["h1"] = "margin:1.2em 0 0.6em;font-size:22px;font-weight:bold;line-height:1.4;color:#222;",
        ["h2"] = "margin:1.2em 0 0.6em;font-size:20px;font-weight:bold;line-height:1.4;color:#222;",
        ["h3"] = "margin:1em 0 0.5em;font-size:18px;font-weight:bold;line-height:1.4;color:#222;",
        ["h4"] = "margin:1em 0 0.5em;font-size:16px;font-weight:bold;line-height:1.4;color:#222;",
        ["h5"] = "margin:1em 0 0.5em;font-size:16px;font-weight:bold;line-height:1.4;color:#444;",
        ["h6"] = "margin:1em 0 0.5em;font-size:15px;font-weight:bold;line-height:1.4;color:#666;",
        ["strong"] = "font-weight:bold;",
        ["b"] = "font-weight:bold;",
        ["em"] = "font-style:italic;",
        ["i"] = "font-style:italic;",
        ["u"] = "text-decoration:underline;",
        ["span"] = "",
        ["br"] = "",
        ["blockquote"] = "margin:1em 0;padding:0.6em 1em;border-left:4px solid #d0d7de;background:#f7f7f7;color:#666;",
        ["ul"] = "margin:0 0 1em;padding-left:2em;list-style-type:disc;",
        ["ol"] = "margin:0 0 1em;padding-left:2em;list-style-type:decimal;",
        ["li"] = "margin:0.25em 0;" + Body,
        ["a"] = "color:#576b95;text-decoration:none;",
        ["img"] = "display:block;max-width:100%;height:auto;margin:0 auto;",
        ["figure"] = "margin:1em 0;text-align:center;",
        ["figcaption"] = "margin-top:0.5em;font-size:14px;line-height:1.5;color:#888;text-align:center;",
        ["table"] = "width:100%;margin:1em 0;border-collapse:collapse;font-size:14px;",
        ["thead"] = "",
        ["tbody"] = "",
        ["tr"] = "",
        ["th"] = "padding:6px 8px;border:1px solid #d0d7de;background:#f5f5f5;font-weight:bold;",
        ["td"] = "padding:6px 8px;border:1px solid #d0d7de;",
        ["pre"] = "margin:1em 0;padding:1em;background:#f6f8fa;border-radius:4px;overflow-x:auto;white-space:pre;font-size:13px;line-height:1.5;",
        ["code"] = "padding:2px 4px;background:#f6f8fa;border-radius:3px;font-family:Menlo,Consolas,monospace;font-size:90%;",
        ["hr"] = "margin:1.5em 0;border:0;border-top:1px solid #e5e5e5;",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Code inside pre takes the block's background; a second one would draw boxes per line.</summary>
    public const string CodeInPre = "font-family:Menlo,Consolas,monospace;";

    /// <summary>Tags outside WeChat's conservative set, written as a span with the same look.</summary>
    public static readonly FrozenDictionary<string, string> AsSpan = new Dictionary<string, string>
    {
        ["del"] = "text-decoration:line-through;",
        ["s"] = "text-decoration:line-through;",
        ["strike"] = "text-decoration:line-through;",
        ["ins"] = "text-decoration:underline;",
        ["mark"] = "background:#fff3a3;",
        ["sup"] = "vertical-align:super;font-size:75%;",
        ["sub"] = "vertical-align:sub;font-size:75%;",
        ["small"] = "font-size:85%;",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The footnote marker after a link turned into text, and the list of links at the end.</summary>
    public const string FootnoteMarker = "vertical-align:super;font-size:75%;color:#888;";

    public const string FootnoteSection = "margin-top:2em;padding-top:0.5em;border-top:1px solid #e5e5e5;";

    public const string FootnoteLine = "margin:0 0 0.3em;font-size:13px;line-height:1.5;color:#888;word-break:break-all;";
}
