namespace Media.Abstractions.Screening;

/// <summary>校对 and 敏感词 screening of an article against the county's current word list and the built-in rules.</summary>
public interface IArticleScreening
{
    Task<ArticleScreeningResult> ScreenAsync(ArticleText text, CancellationToken cancellationToken);
}
