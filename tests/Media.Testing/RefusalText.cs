using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace Media.Testing;

/// <summary>What a page says when a desk refused (docs/admin-ui.md §13): the <c>_Refusal</c> block's visible text is the
/// newsroom's Chinese — no English sentence, no state code — and the API's English detail sits only inside its closed
/// 技术信息.</summary>
public static partial class RefusalText
{
    /// <summary>The refusal's visible sentence and its 技术信息 text; fails when the page shows no refusal or shows one in
    /// English.</summary>
    public static (string Visible, string Technical) AssertChinese(string html)
    {
        var block = Block().Match(html);
        Assert.True(block.Success, $"The page shows no refusal: {html}");
        var technical = Technical().Match(block.Groups[1].Value);
        var visible = Text(Technical().Replace(block.Groups[1].Value, ""));
        Assert.Matches(Chinese(), visible);
        var english = EnglishWords().Match(visible);
        Assert.False(english.Success, $"The refusal shows English: “{english.Value}” in “{visible}”.");
        var code = StateCode().Match(visible);
        Assert.False(code.Success, $"The refusal shows a state code: “{code.Value}” in “{visible}”.");
        Assert.DoesNotContain("<details class=\"tech\" open", block.Value);
        return (visible, technical.Success ? Text(technical.Groups[1].Value) : "");
    }

    private static string Text(string fragment) => WebUtility.HtmlDecode(Tags().Replace(fragment, " ")).Trim();

    [GeneratedRegex("""<div class="error refusal" role="alert">(.*?)</div>""", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex("""<details class="tech"><summary>技术信息</summary>(.*?)</details>""", RegexOptions.Singleline)]
    private static partial Regex Technical();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"[\u4e00-\u9fa5]")]
    private static partial Regex Chinese();

    /// <summary>Three English words in a row: a sentence, not an AppID or a channel's name.</summary>
    [GeneratedRegex(@"\b[A-Za-z]{2,}\b[ ,;:'’]+\b[A-Za-z]{2,}\b[ ,;:'’]+\b[A-Za-z]{2,}\b")]
    private static partial Regex EnglishWords();

    [GeneratedRegex(@"\b(draft|in_review|approved|scheduled|published|retracted|correcting|pending|sending|delivered|failed|retracting|signed_off|sent)\b")]
    private static partial Regex StateCode();
}
