namespace Media.Users.Security;

/// <summary>Marks what a session may still use while its password must be changed: <c>GET /api/me</c>, the change
/// itself (API and page) and signing out. Everything else that needs a signed-in user is refused
/// (<see cref="PasswordChangeGate"/>).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowedWhilePasswordChangeRequiredAttribute : Attribute;
