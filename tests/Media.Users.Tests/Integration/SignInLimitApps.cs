using Media.Data;
using Media.Testing;

namespace Media.Users.Tests.Integration;

/// <summary>A site with small sign-in rate limits over a long window, so a test reaches them in a few attempts and the
/// window does not roll over during it.</summary>
public abstract class SignInLimitApp(DatabaseProvider provider, int perAddress, int perUserName) : MediaAppFactory(provider)
{
    public int PerAddress => perAddress;

    public int PerUserName => perUserName;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Media:Users:SignInLimitPerAddress"] = perAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Media:Users:SignInLimitPerUserName"] = perUserName.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Media:Users:SignInLimitWindow"] = "00:30:00",
    };
}

public sealed class SqliteUserNameLimitApp() : SignInLimitApp(DatabaseProvider.Sqlite, perAddress: 1000, perUserName: 3);

public sealed class PostgresUserNameLimitApp() : SignInLimitApp(DatabaseProvider.PostgreSql, perAddress: 1000, perUserName: 3);

public sealed class SqliteAddressLimitApp() : SignInLimitApp(DatabaseProvider.Sqlite, perAddress: 5, perUserName: 1000);

public sealed class PostgresAddressLimitApp() : SignInLimitApp(DatabaseProvider.PostgreSql, perAddress: 5, perUserName: 1000);
