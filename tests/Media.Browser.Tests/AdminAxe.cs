using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Media.Browser.Tests;

/// <summary>axe-core's rules (WCAG 2.x A and AA among them) on an admin page as shown: nothing serious or critical
/// (docs/admin-ui.md §13). Not inside iframes: the article page's channel previews frame the public pages (sandboxed,
/// without scripts, where axe cannot run and the run would wait for it); those pages have their own axe tests.</summary>
internal static class AdminAxe
{
    public static async Task NoSeriousViolationAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { Iframes = false });
        Assert.NotEmpty(result.Passes); // axe ran on the page (its rules found things to check)
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe-core on {page.Url}: " + string.Join("; ", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
