using AngleSharp.Html.Parser;
using Lucene.Net.Documents;
using Media.Abstractions.Content;

namespace Media.Search.Indexing;

/// <summary>The index fields of one published article (docs/search.md §1). Title and body are analysed with SmartCn
/// and stored (the snippet is cut from the stored body); <see cref="Published"/> is a doc value for "newest first".</summary>
internal static class ArticleDocument
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Body = "body";
    public const string Url = "url";
    public const string Column = "column";
    public const string Published = "published";

    /// <summary>The index layout's version: the fields and how they are stored. Change it with the fields, so a kept
    /// benchmark index of the old layout is built again.</summary>
    public const string Format = "body-term-vectors-1";

    private static readonly HtmlParser Parser = new();

    /// <summary>The body keeps its term vectors with offsets, so a snippet is highlighted from them instead of
    /// segmenting the text again for every hit (SmartCn is the slow part of a search; docs/search.md §5).</summary>
    private static readonly FieldType BodyType = Frozen(new FieldType(TextField.TYPE_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorPositions = true,
        StoreTermVectorOffsets = true,
    });

    public static Document From(PublishedArticle article)
    {
        var body = BodyText(article);
        var document = new Document
        {
            new StringField(Id, Key(article.Id), Field.Store.YES),
            new TextField(Title, article.Title, Field.Store.YES),
            new Field(Body, body, BodyType),
            new StoredField(Url, article.Url),
            new StoredField(Column, article.ColumnName),
            new NumericDocValuesField(Published, article.PublishedAt.UtcTicks),
            new StoredField(Published, article.PublishedAt.UtcTicks),
        };
        return document;
    }

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
