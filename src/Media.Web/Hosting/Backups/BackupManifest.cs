using System.Text.Json;

namespace Media.Web.Hosting.Backups;

/// <summary><c>manifest.json</c> in a backup folder: what was copied, when, from which version, and every file's
/// size and SHA-256, which restore checks before it touches anything.</summary>
public sealed record BackupManifest(
    string Format,
    int FormatVersion,
    DateTimeOffset CreatedAt,
    string MediaVersion,
    string DatabaseProvider,
    string DatabaseFile,
    string? LastMigration,
    bool MediaIncluded,
    IReadOnlyList<string> NotIncluded,
    IReadOnlyList<BackupFile> Files)
{
    public const string FileName = "manifest.json";
    public const string FormatName = "media-backup";
    public const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { WriteIndented = true };

    public async Task WriteAsync(string folder, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(Path.Combine(folder, FileName));
        await JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken);
    }

    /// <summary>The manifest in <paramref name="folder"/>, or why there is none that this version understands.</summary>
    public static async Task<(BackupManifest? Manifest, string? Problem)> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return (null, $"{path} does not exist: {folder} is not a Media backup.");
        try
        {
            await using var stream = File.OpenRead(path);
            var manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, cancellationToken);
            if (manifest is null || manifest.Format != FormatName) return (null, $"{path} is not a Media backup manifest.");
            return manifest.FormatVersion > CurrentVersion
                ? (null, $"{path} is format version {manifest.FormatVersion}; this Media reads up to {CurrentVersion}.")
                : (manifest, null);
        }
        catch (JsonException e)
        {
            return (null, $"{path} cannot be read: {e.Message}");
        }
    }
}

/// <summary>One file of a backup: its path inside the backup folder ('/'-separated), size and SHA-256 (hex).</summary>
public sealed record BackupFile(string Path, long Bytes, string Sha256);
