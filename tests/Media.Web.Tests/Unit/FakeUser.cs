using Media.Abstractions.Security;

namespace Media.Web.Tests.Unit;

internal sealed class FakeUser(bool signedIn, params string[] roles) : ICurrentUser
{
    public bool IsAuthenticated => signedIn;

    public Guid Id { get; } = Guid.NewGuid();

    public string UserName => "tester";

    public string DisplayName => "测试";

    public IReadOnlyCollection<string> Roles => roles;

    public bool IsInRole(string role) => roles.Contains(role);
}
