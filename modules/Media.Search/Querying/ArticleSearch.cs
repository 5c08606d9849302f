using Lucene.Net.Search;
using Media.Abstractions.Search;
using Media.Search.Indexing;

namespace Media.Search.Querying;

/// <summary>Searches the index (docs/search.md §4): best score first, newest first among equal scores.</summary>
internal sealed class ArticleSearch(SearchIndex index) : IArticleSearch
{
    private static readonly Sort BestThenNewest =
        new(SortField.FIELD_SCORE, new SortField(ArticleDocument.Published, SortFieldType.INT64, true));

    public ArticleSearchResults Search(string query, int page, int pageSize)
    {
        var built = SearchQuery.Build(index.Analyzer, query);
        if (built is null) return new ArticleSearchResults([], 0, page, pageSize);
        return index.Search(searcher =>
        {
            var top = searcher.Search(built, null, page * pageSize, BestThenNewest, doDocScores: false, doMaxScore: false);
            var snippets = new Snippets(index.Analyzer, built);
            var hits = top.ScoreDocs.Skip((page - 1) * pageSize).Select(d => Hit(searcher, d.Doc, snippets)).ToList();
            return new ArticleSearchResults(hits, top.TotalHits, page, pageSize);
        });
    }

    private static ArticleSearchHit Hit(IndexSearcher searcher, int docId, Snippets snippets)
    {
        var document = searcher.Doc(docId);
        return new(Guid.ParseExact(document.Get(ArticleDocument.Id), "N"),
            document.Get(ArticleDocument.Title),
            document.Get(ArticleDocument.Url),
            snippets.For(searcher.IndexReader, docId, document.Get(ArticleDocument.Body)),
            new DateTimeOffset(document.GetField(ArticleDocument.Published).GetInt64Value() ?? 0, TimeSpan.Zero),
            document.Get(ArticleDocument.Column));
    }
}
