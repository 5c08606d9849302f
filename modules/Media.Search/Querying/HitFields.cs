using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Media.Search.Indexing;

namespace Media.Search.Querying;

/// <summary>What a result shows of one hit, read from the index's binary doc values (docs/search.md §1): a slice of
/// uncompressed bytes per field, where stored fields would decompress a 16 KB block for each hit.</summary>
internal sealed record HitFields(string Id, string Title, string Body, string Url, string Column, long PublishedTicks)
{
    public static HitFields Load(IndexSearcher searcher, int docId)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var reader = leaf.AtomicReader;
        var doc = docId - leaf.DocBase;
        var bytes = new BytesRef();
        string Text(string field)
        {
            var values = reader.GetBinaryDocValues(field)
                ?? throw new InvalidOperationException($"The search index has no '{field}' values: rebuild it (docs/search.md §3).");
            values.Get(doc, bytes);
            return Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length);
        }
        return new(Text(ArticleDocument.Id), Text(ArticleDocument.Title), Text(ArticleDocument.Body), Text(ArticleDocument.Url),
            Text(ArticleDocument.Column), reader.GetNumericDocValues(ArticleDocument.Published).Get(doc));
    }
}
