using Media.Abstractions.Hosting;
using Media.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Media.AuditTrail.Tests.Integration;

/// <summary>Guards the premise of every other test here: each fixture is its own site on its own database.</summary>
public sealed class HarnessIsolationTests
{
    [Fact]
    public async Task Factory_UsesItsOwnAppDataAndProvider_NotTheDevelopmentSite()
    {
        await using var sqlite = new AuditSqliteApp();
        await using var postgres = new AuditPostgresApp();

        Assert.Equal(Path.GetFullPath(sqlite.AppData), sqlite.Services.GetRequiredService<MediaAppData>().Root);
        Assert.Equal(DatabaseProvider.PostgreSql, postgres.Services.GetRequiredService<MediaDatabaseSettings>().Provider);
    }
}
