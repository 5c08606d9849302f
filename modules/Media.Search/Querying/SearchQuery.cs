using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Media.Search.Indexing;

namespace Media.Search.Querying;

/// <summary>
/// Turns what a reader typed into a Lucene query without any query syntax (docs/search.md §4): the text goes through
/// the same SmartCn analyzer as the articles, and each word it yields must appear in the title or the body. A title
/// match is boosted so it ranks above a body match. Quotes, brackets, <c>AND</c>, <c>*</c> and the like are just
/// characters here: the analyzer drops punctuation, so nothing a reader types can make the query fail.
/// </summary>
internal static class SearchQuery
{
    public const float TitleBoost = 8f;

    /// <summary>More words than this are ignored: the limit keeps one request's cost bounded.</summary>
    public const int MaxWords = 16;

    /// <summary>The distinct words of <paramref name="text"/> as the index sees them, in order.</summary>
    public static IReadOnlyList<string> Words(Analyzer analyzer, string text)
    {
        var words = new List<string>();
        using var stream = analyzer.GetTokenStream(ArticleDocument.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (words.Count < MaxWords && stream.IncrementToken())
        {
            var word = term.ToString();
            if (!words.Contains(word, StringComparer.Ordinal)) words.Add(word);
        }
        stream.End();
        return words;
    }

    /// <summary>The query for <paramref name="text"/>; null when it has no searchable word (only punctuation).</summary>
    public static Query? Build(Analyzer analyzer, string text)
    {
        var words = Words(analyzer, text);
        if (words.Count == 0) return null;
        var query = new BooleanQuery();
        foreach (var word in words)
        {
            var titleOrBody = new BooleanQuery
            {
                { new TermQuery(new Term(ArticleDocument.Title, word)) { Boost = TitleBoost }, Occur.SHOULD },
                { new TermQuery(new Term(ArticleDocument.Body, word)), Occur.SHOULD },
            };
            query.Add(titleOrBody, Occur.MUST);
        }
        return query;
    }
}
