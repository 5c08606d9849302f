using Media.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Web.Tests.Integration;

/// <summary>The demo seeds accounts whose password is printed in the README: Production refuses it unless told twice.</summary>
public sealed class DemoInProductionTests
{
    [Fact]
    public void Production_RefusesToStart_WithTheDemoOn()
    {
        using var app = new SqliteMediaApp();
        using var production = app.WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("Media:Demo", "true"));

        var refused = Assert.ThrowsAny<Exception>(() => production.Services.GetRequiredService<TimeProvider>());

        Assert.Contains("AllowInProduction", Flatten(refused));
    }

    [Fact]
    public void Production_StartsWithTheDemo_WhenExplicitlyAllowed()
    {
        using var app = new SqliteMediaApp();
        using var production = app.WithWebHostBuilder(b => b.UseEnvironment("Production")
            .UseSetting("Media:Demo", "true").UseSetting("Media:Demo:AllowInProduction", "true")
            .UseSetting("Media:Demo:WeChatSandboxPort", "0")); // any free port: never collide with a running demo

        Assert.NotNull(production.Services.GetRequiredService<TimeProvider>());
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " / " + Flatten(e.InnerException);
}
