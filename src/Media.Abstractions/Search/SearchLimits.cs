namespace Media.Abstractions.Search;

/// <summary>What a search request may ask (docs/search.md §4): words of at most <see cref="MaxQueryLength"/>
/// characters, pages from 1 to <see cref="MaxPage"/>, 1 to <see cref="MaxPageSize"/> results a page.</summary>
public static class SearchLimits
{
    public const int MaxQueryLength = 100;
    public const int MaxPage = 100;
    public const int MaxPageSize = 50;
    public const int DefaultPageSize = 10;

    /// <summary>The field-keyed errors of a request; empty when it may be searched.</summary>
    public static Dictionary<string, string[]> Check(string? query, int page, int pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(query)) errors["q"] = ["请输入要搜索的词语。"];
        else if (query.Length > MaxQueryLength) errors["q"] = [$"搜索词最多 {MaxQueryLength} 个字。"];
        if (page is < 1 or > MaxPage) errors["page"] = [$"页码须在 1 到 {MaxPage} 之间。"];
        if (pageSize is < 1 or > MaxPageSize) errors["pageSize"] = [$"每页条数须在 1 到 {MaxPageSize} 之间。"];
        return errors;
    }
}
