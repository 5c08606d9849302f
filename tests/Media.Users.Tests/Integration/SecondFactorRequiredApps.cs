using Media.Data;
using Media.Testing;

namespace Media.Users.Tests.Integration;

/// <summary>A site where Leaders and Editors must enrol a second factor (docs/accounts.md §8).</summary>
public abstract class SecondFactorRequiredApp(DatabaseProvider provider) : MediaAppFactory(provider)
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Media:Users:RequireSecondFactor"] = "Leader, Editor",
    };
}

public sealed class SqliteSecondFactorRequiredApp() : SecondFactorRequiredApp(DatabaseProvider.Sqlite);

public sealed class PostgresSecondFactorRequiredApp() : SecondFactorRequiredApp(DatabaseProvider.PostgreSql);
