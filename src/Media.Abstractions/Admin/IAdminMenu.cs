namespace Media.Abstractions.Admin;

/// <summary>A module's contribution to the admin top bar (Orchard's <c>INavigationProvider</c> is the model): the
/// layout renders every registered entry the signed-in user may use, ordered, and names no module itself.
/// Register with <see cref="AdminCompositionServiceCollectionExtensions.AddAdminMenu{TMenu}"/>.</summary>
public interface IAdminMenu
{
    IEnumerable<AdminMenuEntry> GetEntries();
}
