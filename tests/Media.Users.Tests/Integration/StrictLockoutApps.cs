using Media.Data;
using Media.Testing;

namespace Media.Users.Tests.Integration;

/// <summary>A site that locks an account only after 20 failures: 20 parallel wrong passwords lock it only if every
/// one of them is counted.</summary>
public abstract class StrictLockoutApp(DatabaseProvider provider) : MediaAppFactory(provider)
{
    public const int MaxFailedSignIns = 20;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Media:Users:MaxFailedSignIns"] = MaxFailedSignIns.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Media:Users:SignInLimitPerUserName"] = "100", // the rate limit would refuse attempts before they are counted
    };
}

public sealed class SqliteStrictLockoutApp() : StrictLockoutApp(DatabaseProvider.Sqlite);

public sealed class PostgresStrictLockoutApp() : StrictLockoutApp(DatabaseProvider.PostgreSql);
