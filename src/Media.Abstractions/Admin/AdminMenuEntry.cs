using Media.Abstractions.Security;
using Microsoft.AspNetCore.Mvc;

namespace Media.Abstractions.Admin;

/// <summary>One link of the admin top bar.</summary>
/// <param name="Text">What the link says, Chinese first (<c>稿件</c>).</param>
/// <param name="Order">Lower comes first. Modules leave gaps so others fit between: the article list is 100, review
/// 200–300, the audit trail 800, background jobs 900.</param>
/// <param name="AnyOf">The entry shows to a user holding any one of these; an empty list shows it to every signed-in
/// user, for pages every role uses (their own notifications).</param>
public sealed record AdminMenuEntry(string Text, string Href, int Order, IReadOnlyList<Permission> AnyOf)
{
    /// <summary>A tooltip for the link, when the text alone does not say enough.</summary>
    public string? Title { get; init; }

    /// <summary>A view component without arguments rendered inside the link after the text (a count, say).</summary>
    public Type? Badge { get; private init; }

    public AdminMenuEntry WithBadge<TComponent>()
        where TComponent : ViewComponent => this with { Badge = typeof(TComponent) };
}
