using Media.Abstractions.Security;

namespace Media.Abstractions.Admin;

/// <summary>A panel a module contributes to an article's admin page (Orchard's display drivers are the model): the
/// page renders every registered panel the signed-in user may see, ordered, and names none of them.
/// Register with <see cref="AdminCompositionServiceCollectionExtensions.AddArticlePanel{TComponent}"/>.</summary>
/// <param name="Component">An <see cref="ArticlePanelComponent"/>, invoked with the article's id.</param>
/// <param name="Order">Lower comes first.</param>
/// <param name="AnyOf">The panel shows to a user holding any one of these; empty shows it to every signed-in user.
/// The component still checks what it shows of the article (the page-level filter only saves it the work).</param>
public sealed record ArticlePanel(Type Component, int Order, IReadOnlyList<Permission> AnyOf);
