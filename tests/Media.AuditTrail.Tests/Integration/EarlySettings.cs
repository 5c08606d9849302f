using Media.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Media.AuditTrail.Tests.Integration;

/// <summary>
/// Program reads <c>Media:AppData</c>, the provider and the connection string from <c>builder.Configuration</c>
/// before <c>Build()</c>, but the factory's <c>ConfigureAppConfiguration</c> only lands at <c>Build()</c>: without
/// this, every fixture shares <c>src/Media.Web/App_Data/media.db</c> (PostgreSQL ones too). Host settings arrive
/// early. (The shared harness should do this itself; reported.)
/// </summary>
internal static class EarlySettings
{
    public static void Apply(MediaAppFactory app, IWebHostBuilder builder)
    {
        builder.UseSetting("Media:AppData", app.AppData);
        builder.UseSetting("Media:Demo", "false");
        builder.UseSetting("Media:Database:Provider", app.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Media", app.ConnectionString);
        builder.UseSetting("MEDIA_ADMIN_PASSWORD", MediaAppFactory.AdminPassword);
    }
}
