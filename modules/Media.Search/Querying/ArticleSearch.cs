using Lucene.Net.Search;
using Media.Abstractions.Search;
using Media.Search.Indexing;

namespace Media.Search.Querying;

/// <summary>Searches the index (docs/search.md §4): best score first, newest first among equal scores. Only the page's
/// hits are loaded and given snippets (docs/search.md §7).</summary>
internal sealed class ArticleSearch(SearchIndex index) : IArticleSearch
{
    internal static readonly Sort BestThenNewest =
        new(SortField.FIELD_SCORE, new SortField(ArticleDocument.Published, SortFieldType.INT64, true));

    public ArticleSearchResults Search(string query, int page, int pageSize)
    {
        var built = SearchQuery.Build(index.Analyzer, query);
        if (built is null) return new ArticleSearchResults([], 0, page, pageSize);
        return index.Search(searcher =>
        {
            var top = searcher.Search(built, null, page * pageSize, BestThenNewest, doDocScores: false, doMaxScore: false);
            var snippets = new Snippets(built);
            var hits = top.ScoreDocs.Skip((page - 1) * pageSize).Select(d => Hit(searcher, d.Doc, snippets)).ToList();
            return new ArticleSearchResults(hits, top.TotalHits, page, pageSize);
        });
    }

    private static ArticleSearchHit Hit(IndexSearcher searcher, int docId, Snippets snippets)
    {
        var stored = Load(searcher, docId);
        return new(Guid.ParseExact(stored.Id, "N"), stored.Title, stored.Url,
            snippets.For(searcher.IndexReader, docId, stored.Body),
            new DateTimeOffset(stored.PublishedTicks, TimeSpan.Zero), stored.Column);
    }

    /// <summary>The stored fields of one hit.</summary>
    internal static HitFields Load(IndexSearcher searcher, int docId) => HitFields.Load(searcher, docId);
}
