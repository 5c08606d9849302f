using Media.Abstractions.Admin;
using Media.Abstractions.Security;

namespace Media.Web.Tests.Unit;

public sealed class AdminNavigationTests
{
    private static readonly Permission Read = new("Read", "read");
    private static readonly Permission Audit = new("Audit", "audit");

    private static readonly FakePermissions Grants = new(new()
    {
        ["Reporter"] = [Read],
        ["Auditor"] = [Read, Audit],
    });

    [Fact]
    public void Entries_AreOrderedByOrderThenText_AcrossModules()
    {
        var navigation = Navigation(new FakeUser(true, "Auditor"),
            new FakeMenu(new("审计", "/audit", 800, [Audit]), new("稿件", "/articles", 100, [])),
            new FakeMenu(new("乙", "/b", 200, [Read]), new("甲", "/a", 200, [Read])));

        var hrefs = navigation.Entries().Select(e => e.Href);

        Assert.Equal(["/articles", "/b", "/a", "/audit"], hrefs);
    }

    [Fact]
    public void Entries_LeaveOutWhatNoRoleOfTheUserGrants_WhenSignedIn()
    {
        var navigation = Navigation(new FakeUser(true, "Reporter"),
            new FakeMenu(new("稿件", "/articles", 100, [Read]), new("审计", "/audit", 800, [Audit]), new("通知", "/notes", 300, [])));

        var hrefs = navigation.Entries().Select(e => e.Href);

        Assert.Equal(["/articles", "/notes"], hrefs);
    }

    [Fact]
    public void Entries_ShowAnEntry_WhenAnyOneOfItsPermissionsIsHeld()
    {
        var navigation = Navigation(new FakeUser(true, "Reporter"), new FakeMenu(new AdminMenuEntry("稿件", "/articles", 100, [Audit, Read])));

        Assert.Single(navigation.Entries());
    }

    [Fact]
    public void Entries_AreEmpty_WhenAnonymous()
    {
        var navigation = Navigation(new FakeUser(false), new FakeMenu(new AdminMenuEntry("通知", "/notes", 300, [])));

        Assert.Empty(navigation.Entries());
    }

    [Fact]
    public void WithBadge_KeepsTheEntry_AndNamesTheComponentByType()
    {
        var entry = new AdminMenuEntry("通知", "/notes", 300, []).WithBadge<CountComponent>();

        Assert.Equal(typeof(CountComponent), entry.Badge);
        Assert.Equal("/notes", entry.Href);
    }

    private static AdminNavigation Navigation(FakeUser user, params IAdminMenu[] menus) => new(menus, Grants, user);

    private sealed class FakeMenu(params AdminMenuEntry[] entries) : IAdminMenu
    {
        public IEnumerable<AdminMenuEntry> GetEntries() => entries;
    }

    private sealed class CountComponent : Microsoft.AspNetCore.Mvc.ViewComponent;
}
