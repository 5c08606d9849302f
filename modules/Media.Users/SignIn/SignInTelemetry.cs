using System.Diagnostics.Metrics;
using Media.Abstractions.Telemetry;

namespace Media.Users.SignIn;

/// <summary>The <c>Media.Users</c> meter (docs/operations.md §6): failed sign-ins by reason (bad-password,
/// unknown-user, disabled, locked-out). A spike is someone guessing passwords.</summary>
public sealed class SignInTelemetry : IMeterOwner
{
    public const string Name = "Media.Users";

    private readonly Counter<long> failures;

    public SignInTelemetry(IMeterFactory meters) =>
        failures = meters.Create(Name).CreateCounter<long>("media.signin.failures", "{attempt}",
            "Sign-ins refused for the credentials, by reason");

    public string MeterName => Name;

    public void Failed(string reason) => failures.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
