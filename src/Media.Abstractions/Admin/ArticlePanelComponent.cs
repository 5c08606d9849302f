using Microsoft.AspNetCore.Mvc;

namespace Media.Abstractions.Admin;

/// <summary>The view component behind an <see cref="ArticlePanel"/>: one method with the article's id, so the
/// article page can invoke every panel the same way without knowing its type.</summary>
public abstract class ArticlePanelComponent : ViewComponent
{
    /// <summary>The argument name the article page binds; an override keeps it.</summary>
    public const string ArticleIdArgument = "articleId";

    public abstract Task<IViewComponentResult> InvokeAsync(Guid articleId);
}
