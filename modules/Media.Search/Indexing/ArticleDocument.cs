using System.Text;
using AngleSharp.Html.Parser;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Media.Abstractions.Content;

namespace Media.Search.Indexing;

/// <summary>The index fields of one published article (docs/search.md §1). Title and body are analysed with SmartCn;
/// what a result shows is kept as binary doc values (nothing is a stored field), <see cref="Published"/> as a numeric
/// doc value for "newest first".</summary>
internal static class ArticleDocument
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Body = "body";
    public const string Url = "url";
    public const string Column = "column";
    public const string Published = "published";

    /// <summary>The index layout's version, kept in the index's commit data: an index of another layout is rebuilt at
    /// start (docs/search.md §3). Change it with the fields.</summary>
    public const string Format = "doc-values-2";

    private static readonly HtmlParser Parser = new();

    /// <summary>The body keeps its term vectors with offsets, so a snippet is highlighted from them instead of
    /// segmenting the text again for every hit (docs/search.md §5).</summary>
    private static readonly FieldType BodyType = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorPositions = true,
        StoreTermVectorOffsets = true,
    });

    public static Document From(PublishedArticle article)
    {
        var key = Key(article.Id);
        var body = BodyText(article);
        return new Document
        {
            new StringField(Id, key, Field.Store.NO),
            new TextField(Title, article.Title, Field.Store.NO),
            new Field(Body, body, BodyType),
            Value(Id, key),
            Value(Title, article.Title),
            Value(Body, body),
            Value(Url, article.Url),
            Value(Column, article.ColumnName),
            new NumericDocValuesField(Published, article.PublishedAt.UtcTicks),
        };
    }

    private static BinaryDocValuesField Value(string name, string text) => new(name, new BytesRef(Encoding.UTF8.GetBytes(text)));

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    public static string Key(Guid id) => id.ToString("N");

    /// <summary>The summary, then the rendered body's text: what a reader sees under the title.</summary>
    public static string BodyText(PublishedArticle article)
    {
        var text = Parser.ParseDocument(article.BodyHtml).Body?.TextContent ?? "";
        return string.IsNullOrWhiteSpace(article.Summary) ? text.Trim() : article.Summary.Trim() + "\n" + text.Trim();
    }
}
