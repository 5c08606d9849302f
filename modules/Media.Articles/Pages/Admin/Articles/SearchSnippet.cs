using Media.Articles.Data;

namespace Media.Articles.Pages.Admin.Articles;

/// <summary>Where a list search matched when the title does not hold the text: the field's name and a few characters
/// either side of the first match, as plain text for Razor to escape (docs/admin-ui.md §14).</summary>
public sealed record SearchSnippet(string Field, string Before, string Match, string After)
{
    private const int Around = 24;

    public static SearchSnippet? Find(ArticleVersion version, string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return null;
        var text = query.Trim();
        if (version.Title.Contains(text, StringComparison.Ordinal)) return null;
        return In("副标题", version.Subtitle, text) ?? In("摘要", version.Summary, text) ?? In("正文", version.Body, text);
    }

    private static SearchSnippet? In(string field, string? value, string text)
    {
        var at = value?.IndexOf(text, StringComparison.Ordinal) ?? -1;
        if (value is null || at < 0) return null;
        var start = Math.Max(0, at - Around);
        var end = Math.Min(value.Length, at + text.Length + Around);
        var before = (start > 0 ? "…" : "") + Flat(value[start..at]);
        var after = Flat(value[(at + text.Length)..end]) + (end < value.Length ? "…" : "");
        return new SearchSnippet(field, before, value.Substring(at, text.Length), after);
    }

    private static string Flat(string part) => string.Join(' ', part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
