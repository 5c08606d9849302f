namespace Media.Site.Views;

/// <summary>The search page (docs/search.md §6): the words searched, the results of this page and how many in all;
/// <see cref="Error"/> says what is wrong with the request instead.</summary>
internal sealed record SearchPage(string Query, bool Searched, int Total, IReadOnlyList<SearchResult> Items, Pager? Pager, string? Error);
