using System.Collections.Concurrent;
using System.Data.Common;
using Media.Data;
using Media.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Site.Tests.Integration;

/// <summary>Every SQL command the site runs, as EF Core sends it: the data module adds each registered
/// <see cref="IInterceptor"/> to its context.</summary>
public sealed class CommandLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> commands = new();

    public void Clear() => commands.Clear();

    /// <summary>The commands so far whose SQL names <paramref name="table"/>.</summary>
    public IReadOnlyList<string> On(string table) => commands.Where(c => c.Contains(table, StringComparison.Ordinal)).ToList();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        commands.Enqueue(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        commands.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }
}

public sealed class CommandLogSqliteApp() : MediaAppFactory(DatabaseProvider.Sqlite)
{
    public CommandLog Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Commands));
    }
}

public sealed class CommandLogPostgresApp() : MediaAppFactory(DatabaseProvider.PostgreSql)
{
    public CommandLog Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Commands));
    }
}
