using Media.Data;
using Media.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Media.AuditTrail.Tests.Integration;

/// <summary>A fresh SQLite site whose settings really reach the host (see <see cref="EarlySettings"/>).</summary>
public sealed class AuditSqliteApp() : MediaAppFactory(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        EarlySettings.Apply(this, builder);
    }
}
