using Media.Data;
using Media.Testing;

namespace Media.Channels.WeChat.Tests.Pushes;

/// <summary>A site whose jobs poll every 200 ms and whose WeChat polls wait 200 ms, so a push goes out in seconds.</summary>
public sealed class PushSendSqliteApp() : MediaAppFactory(DatabaseProvider.Sqlite)
{
    protected override IDictionary<string, string?> Settings => PushSendSettings.Fast(runJobs: true);
}

public sealed class PushSendPostgresApp() : MediaAppFactory(DatabaseProvider.PostgreSql)
{
    protected override IDictionary<string, string?> Settings => PushSendSettings.Fast(runJobs: true);
}

/// <summary>The owner of a database that only other nodes work on: it runs no jobs itself (restart tests).</summary>
public sealed class IdleSqliteSite() : MediaAppFactory(DatabaseProvider.Sqlite)
{
    protected override IDictionary<string, string?> Settings => PushSendSettings.Fast(runJobs: false);
}

public sealed class IdlePostgresSite() : MediaAppFactory(DatabaseProvider.PostgreSql)
{
    protected override IDictionary<string, string?> Settings => PushSendSettings.Fast(runJobs: false);
}

/// <summary>A process on the owner's database with the AppData <paramref name="appData"/> (its data-protection keys, media
/// files and, on SQLite, job storage): the one that is killed, and the one started after it on the same AppData.</summary>
public sealed class PushNode(MediaAppFactory owner, string appData) : MediaAppFactory(owner)
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(PushSendSettings.Fast(runJobs: true))
    {
        ["Media:AppData"] = appData,
    };
}

internal static class PushSendSettings
{
    public static Dictionary<string, string?> Fast(bool runJobs) => new()
    {
        ["Media:Channels:WeChat:PublishPollDelay"] = "00:00:00.200",
        ["Media:Jobs:PollInterval"] = "00:00:00.200",
        ["Media:Jobs:RunServer"] = runJobs ? "true" : "false",
    };
}
