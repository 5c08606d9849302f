using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Media.Abstractions.Hosting;

/// <summary>The folder that holds all local state (<c>Media:AppData</c>, default <c>App_Data</c> under the
/// content root): SQLite database, media, search index, keys.</summary>
public sealed class MediaAppData
{
    public MediaAppData(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Media:AppData"];
        Root = Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(environment.ContentRootPath, "App_Data")
            : Path.Combine(environment.ContentRootPath, configured));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>A sub-folder of the app data root, created if missing.</summary>
    public string Folder(string name)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        return path;
    }
}
