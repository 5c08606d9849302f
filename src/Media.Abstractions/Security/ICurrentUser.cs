namespace Media.Abstractions.Security;

/// <summary>The signed-in user of the current request, as the server knows them (never as the request claims).</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid Id { get; }

    string UserName { get; }

    string DisplayName { get; }

    IReadOnlyCollection<string> Roles { get; }

    bool IsInRole(string role);
}
