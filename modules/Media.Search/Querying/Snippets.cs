using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.VectorHighlight;

namespace Media.Search.Querying;

/// <summary>The snippets of one search's hits (docs/search.md §5): the best passage of the body with the matched words
/// in <c>&lt;em&gt;</c>, escaped; the opening of the body when only the title matched. Lucene's
/// <see cref="FastVectorHighlighter"/> finds the passage from the body's term vectors (positions and offsets of the
/// query's words only), so the text is neither segmented again nor turned into tokens word by word; the body already
/// loaded with the hit's stored fields is used as it is, not read a second time.</summary>
internal sealed class Snippets(Query query)
{
    public const int Length = 120;

    private static readonly string[] Open = ["<em>"];
    private static readonly string[] Close = ["</em>"];

    /// <summary>A passage starts after and ends before one of these (looked for at most 20 characters away).</summary>
    private static readonly char[] Boundaries = ['。', '，', '；', '！', '？', '、', '：', '\n', ' ', '.', ',', '!', '?', ';'];

    private static readonly FastVectorHighlighter Highlighter = new(phraseHighlight: false, fieldMatch: true);
    private static readonly SimpleFragListBuilder Passages = new();

    private readonly EscapingEncoder encoder = new();
    private readonly FieldQuery fieldQuery = Highlighter.GetFieldQuery(query);
    private readonly LoadedBody body = new();

    /// <summary>The snippet of document <paramref name="docId"/> whose stored body is <paramref name="text"/>.</summary>
    public string For(IndexReader reader, int docId, string text)
    {
        body.Text = text;
        var best = Highlighter.GetBestFragment(fieldQuery, reader, docId, Indexing.ArticleDocument.Body, Length,
            Passages, body, Open, Close, encoder);
        if (!string.IsNullOrEmpty(best)) return best.Trim();
        return encoder.EncodeText(text.Length <= Length ? text : text[..Length] + "…");
    }

    /// <summary>Hands the highlighter the body the search loaded already, best passage first.</summary>
    private sealed class LoadedBody() : ScoreOrderFragmentsBuilder(Open, Close, new SimpleBoundaryScanner(20, Boundaries))
    {
        public string Text { get; set; } = "";

        protected override Field[] GetFields(IndexReader reader, int docId, string fieldName) =>
            [new TextField(fieldName, Text, Field.Store.YES)];
    }
}
