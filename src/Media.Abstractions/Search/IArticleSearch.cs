namespace Media.Abstractions.Search;

/// <summary>Full-text search over the published articles (docs/search.md): the public API and the site's search page
/// both ask it. Implemented by the search module.</summary>
public interface IArticleSearch
{
    /// <summary>Page <paramref name="page"/> of the published articles matching <paramref name="query"/>, best first and
    /// newest first among equals. The query is words as a reader types them, never query syntax; it must have passed
    /// <see cref="SearchLimits.Check"/>.</summary>
    ArticleSearchResults Search(string query, int page, int pageSize);
}
