using Media.Data;
using Media.Testing;

namespace Media.Distribution.Tests.Integration;

/// <summary>Sites whose outbox polls WeChat and backs off in fractions of a second, so a full run takes seconds.</summary>
public sealed class FastSqliteApp() : MediaAppFactory(DatabaseProvider.Sqlite)
{
    protected override IDictionary<string, string?> Settings => FastDelivery.Settings;
}

public sealed class FastPostgresApp() : MediaAppFactory(DatabaseProvider.PostgreSql)
{
    protected override IDictionary<string, string?> Settings => FastDelivery.Settings;
}

internal static class FastDelivery
{
    public static Dictionary<string, string?> Settings => new()
    {
        ["Media:Channels:WeChat:PublishPollDelay"] = "00:00:00.200",
        ["Media:Distribution:FirstBackoff"] = "00:00:00.200",
        ["Media:Jobs:PollInterval"] = "00:00:00.200",
    };
}
