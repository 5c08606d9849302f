namespace Media.Articles.Content;

/// <summary>Where the county site shows an article.</summary>
public static class ArticleUrls
{
    public static string Of(Guid articleId) => $"/articles/{articleId}";
}
