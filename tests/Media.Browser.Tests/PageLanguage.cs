using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Media.Browser.Tests;

/// <summary>One language on every page (docs/admin-ui.md §13): what a person sees — the visible text, leaving out what a
/// closed 技术信息 <c>&lt;details&gt;</c> holds — has no English status code, no 64-character hash, no ISO or UTC time
/// and no label doubled in English. Any browser test calls <see cref="AssertChineseOnlyAsync"/> after a page loads.</summary>
public static partial class PageLanguage
{
    /// <summary>The visible text: text nodes that are rendered, outside closed &lt;details&gt; (their summary excepted),
    /// and outside scripts, styles and form values.</summary>
    private const string VisibleText = """
        () => {
          const parts = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const element = node.parentElement;
            if (!element || element.closest('script, style, template, noscript, textarea, option')) continue;
            const closed = element.closest('details:not([open])');
            if (closed && !element.closest('summary')) continue;
            if (element.checkVisibility && !element.checkVisibility({ visibilityProperty: true })) continue;
            const text = node.textContent.trim();
            if (text) parts.push(text);
          }
          return parts.join('\n');
        }
        """;

    /// <summary>Codes of the API's states, decisions and rounds, as whole words.</summary>
    [GeneratedRegex(@"\b(draft|in_review|signed_off|signed-off|approved|approve|published|retracted|retracting|failed|delivered|pending|sending|scheduled|correcting|rejected|reject|withdrawn|voided|not_supported)\b")]
    private static partial Regex StatusCode();

    /// <summary>A hash shown as a value; not one inside an address (a photo's <c>/media/{hash}/article.jpg</c> in the
    /// Markdown of a version's text).</summary>
    [GeneratedRegex(@"(?<!/)\b[0-9a-fA-F]{64}\b")]
    private static partial Regex Hash();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T|\bUTC\b")]
    private static partial Regex IsoOrUtc();

    /// <summary>A Chinese label followed by its English double ("送审 Submit").</summary>
    [GeneratedRegex(@"[\u4e00-\u9fa5]+ (?!JavaScript\b)[A-Z][a-z]+\b")]
    private static partial Regex Doubled();

    public static async Task AssertChineseOnlyAsync(IPage page)
    {
        var text = await page.EvaluateAsync<string>(VisibleText);
        Assert.True(text.Length > 0, $"{page.Url} shows no text.");
        foreach (var (rule, what) in new[] { (StatusCode(), "an English status code"), (Hash(), "a 64-character hash"), (IsoOrUtc(), "an ISO or UTC time"), (Doubled(), "a label doubled in English") })
        {
            var found = rule.Match(text);
            Assert.False(found.Success, $"{page.Url} shows {what} outside 技术信息: “{found.Value}” in “{Around(text, found.Index)}”.");
        }
    }

    /// <summary>Saves what the viewport shows (PNG) as <paramref name="name"/> in <see cref="ChromiumFixture.ScreenshotFolder"/>.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ChromiumFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotFolder, name + ".png"), Type = ScreenshotType.Png });
    }

    /// <summary>Checks the page's language and saves its screenshot: the walk calls this after every page it opens.</summary>
    public static async Task CheckAsync(IPage page, string name)
    {
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await ScreenshotAsync(page, name);
        await AssertChineseOnlyAsync(page);
    }

    private static string Around(string text, int index) =>
        text.Substring(Math.Max(0, index - 40), Math.Min(text.Length - Math.Max(0, index - 40), 100)).ReplaceLineEndings(" ");
}
