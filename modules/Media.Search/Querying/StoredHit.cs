using Lucene.Net.Index;
using Lucene.Net.Search;
using Media.Search.Indexing;

namespace Media.Search.Querying;

/// <summary>The stored fields of one hit, read straight into strings: no <c>Document</c> of <c>Field</c> objects is
/// built for a result that only needs their values.</summary>
internal sealed class StoredHit : StoredFieldVisitor
{
    private int remaining = 6;

    public string Id { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public string Url { get; private set; } = "";
    public string Column { get; private set; } = "";
    public long PublishedTicks { get; private set; }

    public static StoredHit Load(IndexSearcher searcher, int docId)
    {
        var hit = new StoredHit();
        searcher.Doc(docId, hit);
        return hit;
    }

    public override Status NeedsField(FieldInfo fieldInfo) => remaining == 0 ? Status.STOP : Status.YES;

    public override void StringField(FieldInfo fieldInfo, string value)
    {
        remaining--;
        switch (fieldInfo.Name)
        {
            case ArticleDocument.Id: Id = value; break;
            case ArticleDocument.Title: Title = value; break;
            case ArticleDocument.Body: Body = value; break;
            case ArticleDocument.Url: Url = value; break;
            case ArticleDocument.Column: Column = value; break;
            default: remaining++; break;
        }
    }

    public override void Int64Field(FieldInfo fieldInfo, long value)
    {
        if (fieldInfo.Name != ArticleDocument.Published) return;
        remaining--;
        PublishedTicks = value;
    }
}
