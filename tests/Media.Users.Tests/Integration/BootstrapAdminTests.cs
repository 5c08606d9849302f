using Media.Data;
using Media.Testing;
using Media.Users.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Users.Tests.Integration;

/// <summary>A site started without <c>MEDIA_ADMIN_PASSWORD</c>: the bootstrap admin gets a generated password that
/// was printed, and so must change it (docs/accounts.md §5).</summary>
public abstract class GeneratedAdminApp(DatabaseProvider provider) : MediaAppFactory(provider)
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["MEDIA_ADMIN_PASSWORD"] = "" };
}

public sealed class SqliteGeneratedAdminApp() : GeneratedAdminApp(DatabaseProvider.Sqlite);

public sealed class PostgresGeneratedAdminApp() : GeneratedAdminApp(DatabaseProvider.PostgreSql);

public abstract class BootstrapAdminTests(GeneratedAdminApp app)
{
    [Fact]
    public async Task BootstrapAdmin_WithAGeneratedPassword_MustChangeIt()
    {
        app.CreateClient().Dispose(); // starts the site, which creates the admin
        using var scope = app.Services.CreateScope();
        var admin = await scope.ServiceProvider.GetRequiredService<MediaDbContext>().Set<MediaUser>()
            .SingleAsync(u => u.NormalizedUserName == "ADMIN");

        Assert.True(admin.MustChangePassword);
    }
}

public sealed class BootstrapAdminTestsOnSqlite(SqliteGeneratedAdminApp app) : BootstrapAdminTests(app), IClassFixture<SqliteGeneratedAdminApp>;

public sealed class BootstrapAdminTestsOnPostgreSql(PostgresGeneratedAdminApp app) : BootstrapAdminTests(app), IClassFixture<PostgresGeneratedAdminApp>;
