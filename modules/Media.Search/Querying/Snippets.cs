using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Media.Search.Indexing;

namespace Media.Search.Querying;

/// <summary>The snippet of a hit (docs/search.md §5): the best passage of the body with the matched words in
/// <c>&lt;em&gt;</c>, escaped; the opening of the body when only the title matched.</summary>
internal sealed class Snippets(Analyzer analyzer, Query query)
{
    public const int Length = 120;

    private readonly EscapingEncoder encoder = new();
    private readonly Highlighter highlighter = new(new SimpleHTMLFormatter("<em>", "</em>"), new EscapingEncoder(),
        new QueryScorer(query, ArticleDocument.Body))
    { TextFragmenter = new SimpleFragmenter(Length) };

    /// <summary>The snippet of document <paramref name="docId"/>, from its term vectors when it has them.</summary>
    public string For(IndexReader reader, int docId, string body)
    {
        var tokens = TokenSources.GetAnyTokenStream(reader, docId, ArticleDocument.Body, analyzer);
        var best = highlighter.GetBestFragment(tokens, body);
        if (!string.IsNullOrEmpty(best)) return best.Trim();
        return encoder.EncodeText(body.Length <= Length ? body : body[..Length] + "…");
    }
}
