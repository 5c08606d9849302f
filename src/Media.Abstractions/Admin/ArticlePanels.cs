using Media.Abstractions.Security;

namespace Media.Abstractions.Admin;

/// <summary>The article-page panels of the current request: every registered <see cref="ArticlePanel"/> the signed-in
/// user may see, by order (then component name, so equal orders render the same way every time).</summary>
public sealed class ArticlePanels(IEnumerable<ArticlePanel> panels, IPermissionService permissions, ICurrentUser user)
{
    public IReadOnlyList<ArticlePanel> Visible()
    {
        if (!user.IsAuthenticated) return [];
        return panels
            .Where(p => permissions.HasAny(user.Roles, p.AnyOf))
            .OrderBy(p => p.Order)
            .ThenBy(p => p.Component.FullName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>What the page passes to <c>Component.InvokeAsync</c> for every panel.</summary>
    public static IDictionary<string, object?> Arguments(Guid articleId) =>
        new Dictionary<string, object?> { [ArticlePanelComponent.ArticleIdArgument] = articleId };
}
