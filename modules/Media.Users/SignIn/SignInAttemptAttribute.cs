namespace Media.Users.SignIn;

/// <summary>Marks an endpoint whose POST is a sign-in attempt (the API login and the admin sign-in form), so the
/// sign-in rate limits apply to it (<see cref="SignInRateLimits"/>).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class SignInAttemptAttribute : Attribute;
