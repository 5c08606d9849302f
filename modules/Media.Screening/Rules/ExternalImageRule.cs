using System.Text.RegularExpressions;

namespace Media.Screening;

/// <summary>
/// An image in a body that does not come from the media library (<c>/media/…</c>): an outside address is signed off
/// by its URL, not its bytes, and whoever controls that server can swap the picture after 签发 — so it blocks.
/// Finds Markdown images (inline <c>![](…)</c> and reference-style <c>![][label]</c> with their definitions) and
/// HTML <c>&lt;img src&gt;</c>.
/// </summary>
public sealed partial class ExternalImageRule : IProofreadingRule
{
    public const string LibraryPrefix = "/media/";

    public string Name => ScreeningRuleNames.ExternalImage;

    public IEnumerable<ScreeningHit> Inspect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in InlineImage().Matches(text)) if (Outside(m.Groups["src"].Value)) yield return Hit(m.Groups["src"]);
        foreach (Match m in HtmlImage().Matches(text)) if (Outside(m.Groups["src"].Value)) yield return Hit(m.Groups["src"]);

        var imageLabels = ReferenceImage().Matches(text).Select(m => Label(m.Groups["label"].Value)).ToHashSet(StringComparer.Ordinal);
        if (imageLabels.Count == 0) yield break;
        foreach (Match m in ReferenceDefinition().Matches(text))
        {
            if (imageLabels.Contains(Label(m.Groups["label"].Value)) && Outside(m.Groups["src"].Value)) yield return Hit(m.Groups["src"]);
        }
    }

    private static bool Outside(string source) => !source.Trim('<', '>').StartsWith(LibraryPrefix, StringComparison.Ordinal);

    private static string Label(string label) => label.Trim().ToUpperInvariant();

    private static ScreeningHit Hit(Group source) => new(
        ScreeningRuleNames.ExternalImage,
        source.Value,
        ScreeningSeverity.Block,
        source.Index,
        source.Length,
        $"正文图片须来自本系统媒体库，外部图片「{Shorten(source.Value)}」签发后可能被替换：请下载后上传。" +
        " Images must come from the media library; an outside image could be swapped after sign-off.");

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "…";

    [GeneratedRegex(@"!\[[^\]\n]*\]\(\s*(?<src><[^>\n]*>|[^)\s]+)")]
    private static partial Regex InlineImage();

    [GeneratedRegex(@"<img\b[^>]*?\bsrc\s*=\s*(?:""(?<src>[^""]*)""|'(?<src>[^']*)'|(?<src>[^\s>]+))", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlImage();

    [GeneratedRegex(@"!\[(?<alt>[^\]\n]*)\]\[(?<label>[^\]\n]*)\]")]
    private static partial Regex ReferenceImage();

    [GeneratedRegex(@"^[ ]{0,3}\[(?<label>[^\]\n]+)\]:[ \t]*(?<src><[^>\n]*>|\S+)", RegexOptions.Multiline)]
    private static partial Regex ReferenceDefinition();
}
