using Media.Data;
using Media.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Media.MediaLibrary.Tests.Integration;

/// <summary>
/// The real host on Kestrel (a free port, real sockets) rather than the in-memory test server, so that body
/// size limits and early 413 answers behave as in production.
/// </summary>
public abstract class KestrelMediaAppFactory : MediaAppFactory
{
    protected KestrelMediaAppFactory(DatabaseProvider provider)
        : base(provider) => UseKestrel(0);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        // Program reads these while building (AddMediaData, AddMediaLibrary), before configuration added with
        // ConfigureAppConfiguration is visible; host settings are there from the start.
        builder.UseSetting("Media:AppData", AppData);
        builder.UseSetting("Media:Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Media", ConnectionString);
        builder.UseSetting("Media:Demo", "false");
    }
}
