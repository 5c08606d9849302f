using Media.Abstractions.Security;

namespace Media.Abstractions.Admin;

/// <summary>A panel a module contributes to the 今日 page, the admin's landing page (docs/admin-ui.md §8): what waits
/// for the signed-in user today, from each module's own data. The page renders every registered panel the user may
/// see, ordered, and names none of them. Register with
/// <see cref="AdminCompositionServiceCollectionExtensions.AddTodayPanel{TComponent}"/>.</summary>
/// <param name="Component">A <see cref="TodayPanelComponent"/>.</param>
/// <param name="Order">Lower comes first.</param>
/// <param name="AnyOf">The panel shows to a user holding any one of these; empty shows it to every signed-in user.</param>
public sealed record TodayPanel(Type Component, int Order, IReadOnlyList<Permission> AnyOf);
